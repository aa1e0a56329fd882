from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import InvoiceXpressClient
from ...models.sequence_list import SequenceList
from ...types import Response


def _get_kwargs(
    sequence_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sequences/{sequence_id}/register.json".format(
            sequence_id=quote(str(sequence_id), safe=""),
        ),
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
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
) -> Response[SequenceList]:
    """Register a sequence

    Registers the series with the Tax Authority (AT): each ATCUD type still `N/D` gets an AT code.
    Mandatory for Portuguese accounts since 1 January 2023.

    **A one-shot change, never to be retried automatically.** It changes the account's Tax Authority
    records and cannot be undone. A registration the AT accepts for some types only ends "Partial" and
    cannot be retried: create a new series instead. The account's default series cannot be registered.

    | status | code | message |
    |---|---|---|
    | 404 | `006` | The sequence doesn't exist. |
    | 409 | `005` | All sequences are registered. |
    | 409 | `008` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Invalid Tax Authority credentials. |
    | 422 | `003` | Account fiscal ID doesn't have open activity in Tax Authority. |
    | 422 | `004` | Account is not Portuguese. |
    | 422 | `007` | All Sequences are registered in AT. |

    The numbering differs from createSequence's. Where the documentation is silent this description
    chooses, and the fake follows: `000` for the default series, whose refusal has no documented code;
    `005` when every series of the account is registered already; `007` when this series is (fully, or
    "Partial"). Checks run in this order: key (`401`), rate limit (`429`), series (`404`), not Portuguese
    (`004`), registration under way (`008`), default (`000`), `005`, `007`, then the Tax Authority (`002`,
    `003`). The documentation gives the `200` body as an array under `sequences` without saying what it
    holds; the fake sends the registered series alone, and a client should pick the series out by `id`.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[SequenceList]: the status, headers, raw body and parsed body.
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
) -> SequenceList:
    """Register a sequence

    Registers the series with the Tax Authority (AT): each ATCUD type still `N/D` gets an AT code.
    Mandatory for Portuguese accounts since 1 January 2023.

    **A one-shot change, never to be retried automatically.** It changes the account's Tax Authority
    records and cannot be undone. A registration the AT accepts for some types only ends "Partial" and
    cannot be retried: create a new series instead. The account's default series cannot be registered.

    | status | code | message |
    |---|---|---|
    | 404 | `006` | The sequence doesn't exist. |
    | 409 | `005` | All sequences are registered. |
    | 409 | `008` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Invalid Tax Authority credentials. |
    | 422 | `003` | Account fiscal ID doesn't have open activity in Tax Authority. |
    | 422 | `004` | Account is not Portuguese. |
    | 422 | `007` | All Sequences are registered in AT. |

    The numbering differs from createSequence's. Where the documentation is silent this description
    chooses, and the fake follows: `000` for the default series, whose refusal has no documented code;
    `005` when every series of the account is registered already; `007` when this series is (fully, or
    "Partial"). Checks run in this order: key (`401`), rate limit (`429`), series (`404`), not Portuguese
    (`004`), registration under way (`008`), default (`000`), `005`, `007`, then the Tax Authority (`002`,
    `003`). The documentation gives the `200` body as an array under `sequences` without saying what it
    holds; the fake sends the registered series alone, and a client should pick the series out by `id`.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
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
) -> Response[SequenceList]:
    """Register a sequence

    Registers the series with the Tax Authority (AT): each ATCUD type still `N/D` gets an AT code.
    Mandatory for Portuguese accounts since 1 January 2023.

    **A one-shot change, never to be retried automatically.** It changes the account's Tax Authority
    records and cannot be undone. A registration the AT accepts for some types only ends "Partial" and
    cannot be retried: create a new series instead. The account's default series cannot be registered.

    | status | code | message |
    |---|---|---|
    | 404 | `006` | The sequence doesn't exist. |
    | 409 | `005` | All sequences are registered. |
    | 409 | `008` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Invalid Tax Authority credentials. |
    | 422 | `003` | Account fiscal ID doesn't have open activity in Tax Authority. |
    | 422 | `004` | Account is not Portuguese. |
    | 422 | `007` | All Sequences are registered in AT. |

    The numbering differs from createSequence's. Where the documentation is silent this description
    chooses, and the fake follows: `000` for the default series, whose refusal has no documented code;
    `005` when every series of the account is registered already; `007` when this series is (fully, or
    "Partial"). Checks run in this order: key (`401`), rate limit (`429`), series (`404`), not Portuguese
    (`004`), registration under way (`008`), default (`000`), `005`, `007`, then the Tax Authority (`002`,
    `003`). The documentation gives the `200` body as an array under `sequences` without saying what it
    holds; the fake sends the registered series alone, and a client should pick the series out by `id`.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        Response[SequenceList]: the status, headers, raw body and parsed body.
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
) -> SequenceList:
    """Register a sequence

    Registers the series with the Tax Authority (AT): each ATCUD type still `N/D` gets an AT code.
    Mandatory for Portuguese accounts since 1 January 2023.

    **A one-shot change, never to be retried automatically.** It changes the account's Tax Authority
    records and cannot be undone. A registration the AT accepts for some types only ends "Partial" and
    cannot be retried: create a new series instead. The account's default series cannot be registered.

    | status | code | message |
    |---|---|---|
    | 404 | `006` | The sequence doesn't exist. |
    | 409 | `005` | All sequences are registered. |
    | 409 | `008` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Invalid Tax Authority credentials. |
    | 422 | `003` | Account fiscal ID doesn't have open activity in Tax Authority. |
    | 422 | `004` | Account is not Portuguese. |
    | 422 | `007` | All Sequences are registered in AT. |

    The numbering differs from createSequence's. Where the documentation is silent this description
    chooses, and the fake follows: `000` for the default series, whose refusal has no documented code;
    `005` when every series of the account is registered already; `007` when this series is (fully, or
    "Partial"). Checks run in this order: key (`401`), rate limit (`429`), series (`404`), not Portuguese
    (`004`), registration under way (`008`), default (`000`), `005`, `007`, then the Tax Authority (`002`,
    `003`). The documentation gives the `200` body as an array under `sequences` without saying what it
    holds; the fake sends the registered series alone, and a client should pick the series out by `id`.


    Args:
        sequence_id (int):

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body breaks the contract.
        errors.UnexpectedStatus: The service answered with a status the contract does not document.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
