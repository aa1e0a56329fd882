from ..._base_client import BaseClient
from ..._operation import Operation
from ...models.sequence_list import SequenceList
from ...types import Response

OPERATION: Operation[SequenceList] = Operation(
    name="register_sequence",
    method="PUT",
    path="/sequences/{sequence_id}/register.json",
    statuses=(
        "200",
        "401",
        "404",
        "409",
        "422",
        "429",
    ),
    successes=("200",),
    integers=("sequence_id",),
    build=SequenceList.from_dict,
)


def sync_detailed(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
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

    The numbering differs from createSequence's. The default series is refused with `000`; `005` means
    every series of the account is registered already, `007` that this one is (fully, or "Partial"). The
    answer is an array under `sequences`: pick the registered series out of it by `id`.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
        errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
            retried); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed.
        errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
            followed).
        errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
            larger than `max_response_bytes`).
        errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
        errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

    Returns:
        Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return client.call(
        OPERATION,
        timeout=timeout,
        path={
            "sequence_id": sequence_id,
        },
    )


def sync(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
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

    The numbering differs from createSequence's. The default series is refused with `000`; `005` means
    every series of the account is registered already, `007` that this one is (fully, or "Partial"). The
    answer is an array under `sequences`: pick the registered series out of it by `id`.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
        errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
            retried); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed.
        errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
            followed).
        errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
            larger than `max_response_bytes`).
        errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
        errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

    Returns:
        SequenceList
    """

    return client.call(
        OPERATION,
        timeout=timeout,
        path={
            "sequence_id": sequence_id,
        },
    ).parsed


async def asyncio_detailed(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
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

    The numbering differs from createSequence's. The default series is refused with `000`; `005` means
    every series of the account is registered already, `007` that this one is (fully, or "Partial"). The
    answer is an array under `sequences`: pick the registered series out of it by `id`.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
        errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
            retried); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed.
        errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
            followed).
        errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
            larger than `max_response_bytes`).
        errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
        errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

    Returns:
        Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return await client.acall(
        OPERATION,
        timeout=timeout,
        path={
            "sequence_id": sequence_id,
        },
    )


async def asyncio(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
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

    The numbering differs from createSequence's. The default series is refused with `000`; `005` means
    every series of the account is registered already, `007` that this one is (fully, or "Partial"). The
    answer is an array under `sequences`: pick the registered series out of it by `id`.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
        errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
            retried); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed.
        errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
            followed).
        errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
            larger than `max_response_bytes`).
        errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
        errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

    Returns:
        SequenceList
    """

    return (
        await client.acall(
            OPERATION,
            timeout=timeout,
            path={
                "sequence_id": sequence_id,
            },
        )
    ).parsed
