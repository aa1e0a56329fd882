from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import InvoiceXpressClient
from ...types import Response


def _get_kwargs(
    sequence_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sequences/{sequence_id}/set_current.json".format(
            sequence_id=quote(str(sequence_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[None]:
    # Parsed first: it raises for any status not documented, before HTTPStatus() could refuse an unknown one.
    _parse_response(response)
    parsed = None
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
) -> Response[None]:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    The documentation describes no body for the `200` and no code for the `422`. This description
    chooses, and the fake follows: in a Portuguese account a series that is not registered with the
    Tax Authority (an ATCUD type still `N/D`) cannot become the default (`422`, code `000`), since no
    document could be issued in it.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[None]: the status, headers, raw body and parsed body.
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
) -> None:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    The documentation describes no body for the `200` and no code for the `422`. This description
    chooses, and the fake follows: in a Portuguese account a series that is not registered with the
    Tax Authority (an ATCUD type still `N/D`) cannot become the default (`422`, code `000`), since no
    document could be issued in it.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        None
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
) -> Response[None]:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    The documentation describes no body for the `200` and no code for the `422`. This description
    chooses, and the fake follows: in a Portuguese account a series that is not registered with the
    Tax Authority (an ATCUD type still `N/D`) cannot become the default (`422`, code `000`), since no
    document could be issued in it.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[None]: the status, headers, raw body and parsed body.
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
) -> None:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    The documentation describes no body for the `200` and no code for the `422`. This description
    chooses, and the fake follows: in a Portuguese account a series that is not registered with the
    Tax Authority (an ATCUD type still `N/D`) cannot become the default (`422`, code `000`), since no
    document could be issued in it.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
