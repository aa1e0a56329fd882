from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import InvoiceXpressClient
from ...models.sequence import Sequence
from ...types import Response


def _get_kwargs(
    sequence_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sequences/{sequence_id}.json".format(
            sequence_id=quote(str(sequence_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Sequence:
    if response.status_code == 200:
        body = response.json()
        key = next(key for key in ["sequence", "sequences"] if key in body)
        return Sequence.from_dict(body[key])
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[Sequence]:
    # Parsed first: it raises for any status not documented, before HTTPStatus() could refuse an unknown one.
    parsed = _parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[Sequence]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Sequence
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _parse_response(response)


async def asyncio_detailed(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[Sequence]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Sequence
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
