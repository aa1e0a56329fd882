from ..._base_client import BaseClient
from ..._operation import Operation
from ...models.sequence_list import SequenceList
from ...types import Response

OPERATION: Operation[SequenceList] = Operation(
    name="list_sequences",
    method="GET",
    path="/sequences.json",
    statuses=(
        "200",
        "401",
        "429",
    ),
    successes=("200",),
    integers=(),
    build=SequenceList.from_dict,
)


def sync_detailed(
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
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
        Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return client.call(
        OPERATION,
        timeout=timeout,
    )


def sync(
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
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
        SequenceList
    """

    return client.call(
        OPERATION,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
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
        Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
            contract that were tolerated.
    """

    return await client.acall(
        OPERATION,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
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
        SequenceList
    """

    return (
        await client.acall(
            OPERATION,
            timeout=timeout,
        )
    ).parsed
