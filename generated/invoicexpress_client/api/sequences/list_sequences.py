from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import InvoiceXpressClient
from ...models.sequence_list import SequenceList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sequences.json",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SequenceList:
    if response.status_code == 200:
        response_200 = SequenceList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[SequenceList]:
    # Parsed first: it raises for any status not documented, before HTTPStatus() could refuse an unknown one.
    parsed = _parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: InvoiceXpressClient,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[SequenceList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: InvoiceXpressClient,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _parse_response(response)


async def asyncio_detailed(
    *,
    client: InvoiceXpressClient,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[SequenceList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: InvoiceXpressClient,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
