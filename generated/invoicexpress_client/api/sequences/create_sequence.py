from ..._base_client import BaseClient
from ..._operation import Operation
from ...models.new_sequence_request import NewSequenceRequest
from ...models.sequence import Sequence
from ...types import Response

OPERATION: Operation[Sequence] = Operation(
    name="create_sequence",
    method="POST",
    path="/sequences.json",
    statuses=(
        "201",
        "400",
        "401",
        "409",
        "413",
        "422",
        "429",
    ),
    successes=("201",),
    envelope=(
        "sequence",
        "sequences",
    ),
    integers=(),
    build=Sequence.from_dict,
)


def sync_detailed(
    *,
    client: BaseClient,
    body: NewSequenceRequest,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Create a sequence

    Creates a series and, for a Portuguese account, registers it with the Tax Authority (AT) at once: the
    new series has an AT code for each of the 11 ATCUD types and `N/A` for the others. The account's AT
    credentials must be configured. An account that is not Portuguese gets the series unregistered, `N/A`
    for every type.

    This changes the account's Tax Authority records and cannot be undone (sequences can be neither
    updated nor deleted through the API).

    | status | code | message |
    |---|---|---|
    | 409 | `006` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Sequence already exists. |
    | 422 | `003` | Invalid sequence. |
    | 422 | `004` | Invalid Tax Authority credentials. |
    | 422 | `005` | Account fiscal ID doesn't have open activity in Tax Authority. |

    A body that is not JSON gets `400`; one not of the shape below, or with other fields, gets `422` `003`;
    a `serie` that breaks its rules gets `001`; a body over 64 KiB gets `413`.


    Args:
        body (NewSequenceRequest): The body of a request that creates a series.
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.BadRequestError: 400, the request was malformed.
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
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
        Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return client.call(
        OPERATION,
        timeout=timeout,
        body=body.to_dict(),
    )


def sync(
    *,
    client: BaseClient,
    body: NewSequenceRequest,
    timeout: float | None = None,
) -> Sequence:
    """Create a sequence

    Creates a series and, for a Portuguese account, registers it with the Tax Authority (AT) at once: the
    new series has an AT code for each of the 11 ATCUD types and `N/A` for the others. The account's AT
    credentials must be configured. An account that is not Portuguese gets the series unregistered, `N/A`
    for every type.

    This changes the account's Tax Authority records and cannot be undone (sequences can be neither
    updated nor deleted through the API).

    | status | code | message |
    |---|---|---|
    | 409 | `006` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Sequence already exists. |
    | 422 | `003` | Invalid sequence. |
    | 422 | `004` | Invalid Tax Authority credentials. |
    | 422 | `005` | Account fiscal ID doesn't have open activity in Tax Authority. |

    A body that is not JSON gets `400`; one not of the shape below, or with other fields, gets `422` `003`;
    a `serie` that breaks its rules gets `001`; a body over 64 KiB gets `413`.


    Args:
        body (NewSequenceRequest): The body of a request that creates a series.
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.BadRequestError: 400, the request was malformed.
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
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
        Sequence
    """

    return client.call(
        OPERATION,
        timeout=timeout,
        body=body.to_dict(),
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
    body: NewSequenceRequest,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Create a sequence

    Creates a series and, for a Portuguese account, registers it with the Tax Authority (AT) at once: the
    new series has an AT code for each of the 11 ATCUD types and `N/A` for the others. The account's AT
    credentials must be configured. An account that is not Portuguese gets the series unregistered, `N/A`
    for every type.

    This changes the account's Tax Authority records and cannot be undone (sequences can be neither
    updated nor deleted through the API).

    | status | code | message |
    |---|---|---|
    | 409 | `006` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Sequence already exists. |
    | 422 | `003` | Invalid sequence. |
    | 422 | `004` | Invalid Tax Authority credentials. |
    | 422 | `005` | Account fiscal ID doesn't have open activity in Tax Authority. |

    A body that is not JSON gets `400`; one not of the shape below, or with other fields, gets `422` `003`;
    a `serie` that breaks its rules gets `001`; a body over 64 KiB gets `413`.


    Args:
        body (NewSequenceRequest): The body of a request that creates a series.
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.BadRequestError: 400, the request was malformed.
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
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
        Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return await client.acall(
        OPERATION,
        timeout=timeout,
        body=body.to_dict(),
    )


async def asyncio(
    *,
    client: BaseClient,
    body: NewSequenceRequest,
    timeout: float | None = None,
) -> Sequence:
    """Create a sequence

    Creates a series and, for a Portuguese account, registers it with the Tax Authority (AT) at once: the
    new series has an AT code for each of the 11 ATCUD types and `N/A` for the others. The account's AT
    credentials must be configured. An account that is not Portuguese gets the series unregistered, `N/A`
    for every type.

    This changes the account's Tax Authority records and cannot be undone (sequences can be neither
    updated nor deleted through the API).

    | status | code | message |
    |---|---|---|
    | 409 | `006` | The sequence is already being registered. |
    | 422 | `000` | Unknown error. |
    | 422 | `001` | Sequence name not allowed. |
    | 422 | `002` | Sequence already exists. |
    | 422 | `003` | Invalid sequence. |
    | 422 | `004` | Invalid Tax Authority credentials. |
    | 422 | `005` | Account fiscal ID doesn't have open activity in Tax Authority. |

    A body that is not JSON gets `400`; one not of the shape below, or with other fields, gets `422` `003`;
    a `serie` that breaks its rules gets `001`; a body over 64 KiB gets `413`.


    Args:
        body (NewSequenceRequest): The body of a request that creates a series.
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.BadRequestError: 400, the request was malformed.
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.ConflictError: 409, refused in the resource's present state; `code` says which.
        errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
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
        Sequence
    """

    return (
        await client.acall(
            OPERATION,
            timeout=timeout,
            body=body.to_dict(),
        )
    ).parsed
