from ..._base_client import BaseClient
from ..._operation import Operation
from ...models.sequence import Sequence
from ...types import Response

OPERATION: Operation[Sequence] = Operation(
    name="get_sequence",
    method="GET",
    path="/sequences/{sequence_id}.json",
    statuses=(
        "200",
        "401",
        "404",
        "429",
    ),
    successes=("200",),
    envelope=(
        "sequence",
        "sequences",
    ),
    integers=("sequence_id",),
    build=Sequence.from_dict,
)


def sync_detailed(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.RateLimitError: 429, more requests than the account's limit per minute (after the
            client's retries); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
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
        path={
            "sequence_id": sequence_id,
        },
    )


def sync(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.RateLimitError: 429, more requests than the account's limit per minute (after the
            client's retries); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
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
        path={
            "sequence_id": sequence_id,
        },
    ).parsed


async def asyncio_detailed(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.RateLimitError: 429, more requests than the account's limit per minute (after the
            client's retries); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
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
        path={
            "sequence_id": sequence_id,
        },
    )


async def asyncio(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
        errors.RateLimitError: 429, more requests than the account's limit per minute (after the
            client's retries); `retry_after` says how long to wait.
        errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
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
            path={
                "sequence_id": sequence_id,
            },
        )
    ).parsed
