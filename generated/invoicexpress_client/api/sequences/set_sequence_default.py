from ..._operation import Operation
from ...client import InvoiceXpressClient
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
    build=None,
)


def sync_detailed(
    sequence_id: int,
    *,
    client: InvoiceXpressClient,
    timeout: float | None = None,
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
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
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
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
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
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
    client: InvoiceXpressClient,
    timeout: float | None = None,
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
        timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

    Raises:
        errors.APIStatusError: The service answered with an error status; the subclass says which (e.g.
            errors.AuthenticationError for 401), `code` and `message` what the service said.
        errors.InvalidResponse: The answer's body cannot be read as the contract describes it.
        errors.UnexpectedStatus: The service answered with a status that is neither success nor error.
        errors.APIConnectionError: The service could not be reached (errors.APITimeoutError: not in time).

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
