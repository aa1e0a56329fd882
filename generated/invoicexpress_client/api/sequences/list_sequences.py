from ..._operation import Operation
from ...client import InvoiceXpressClient
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
    build=SequenceList.from_dict,
)


def sync_detailed(
    *,
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
    """

    return client.call(
        OPERATION,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> Response[SequenceList]:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
) -> SequenceList:
    """List all sequences

    Returns every document series of the account, in one response: the service documents no
    pagination for this list.


    Args:
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

    Returns:
        SequenceList
    """

    return (
        await client.acall(
            OPERATION,
            timeout=timeout,
        )
    ).parsed
