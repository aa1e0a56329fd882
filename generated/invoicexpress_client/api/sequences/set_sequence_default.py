from ..._base_client import BaseClient
from ..._operation import Operation
from ...types import Response

OPERATION: Operation[None] = Operation(
    name="set_sequence_default",
    method="PUT",
    path="/sequences/{sequence_id}/set_current.json",
    statuses=(
        "200",
        "401",
        "404",
        "422",
        "429",
    ),
    successes=("200",),
    integers=("sequence_id",),
    build=None,
)


def sync_detailed(
    sequence_id: int,
    *,
    client: BaseClient,
    timeout: float | None = None,
) -> Response[None]:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
    `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
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
        Response[None]: the status, headers, raw body, parsed body and the deviations from the
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
) -> None:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
    `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
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
        None
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
) -> Response[None]:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
    `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
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
        Response[None]: the status, headers, raw body, parsed body and the deviations from the
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
) -> None:
    """Set a sequence as the default

    Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
    exactly one series is the default. Setting the current default again changes nothing.

    In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
    `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


    Args:
        sequence_id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
        client (BaseClient): The client to send it with (an InvoiceXpressClient, sync or async).
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.AuthenticationError: 401, the API key is missing or is not the account's key.
        errors.NotFoundError: 404, nothing with that id in this account.
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
        None
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
