from ..._operation import Operation
from ...client import InvoiceXpressClient
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
    build=Sequence.from_dict,
)


def sync_detailed(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Response[Sequence]:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Sequence:
    """Get a sequence

    Returns one series of the account.

    Args:
        sequence_id (int):
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
