"""The two clients people use: the shared base (`_base_client.BaseClient`: settings, sending, retries, reading)
with the contract's resources on top, generated from its tags (`api/__init__.py`)."""

from typing import Self

from ._base_client import DEFAULT_TIMEOUT, BaseClient
from .api import AsyncResources, Resources


class InvoiceXpressClient(BaseClient, Resources):
    """A client for one InvoiceXpress account, whose operations wait for their answer.

    >>> with InvoiceXpressClient() as client:  # INVOICEXPRESS_API_KEY and INVOICEXPRESS_ACCOUNT_NAME
    ...     for series in client.sequences.list().sequences:
    ...         print(series.serie)

    Each resource (`client.sequences`) has one method per operation; `client.sequences.detailed` has the
    same methods returning the whole `Response` (status, headers, raw body, deviations). Settings: see
    `BaseClient`. Close it (`with`, or `close()`) to release its connections.
    """

    __slots__ = ()

    async def __aenter__(self) -> Self:
        # Its methods wait for their answer: under `async with`, each would block the event loop.
        raise TypeError("InvoiceXpressClient is used with `with`; AsyncInvoiceXpressClient with `async with`")


class AsyncInvoiceXpressClient(BaseClient, AsyncResources):
    """A client for one InvoiceXpress account whose operations are coroutines (asyncio or trio).

    >>> async with AsyncInvoiceXpressClient() as client:
    ...     page = await client.sequences.list()

    The same settings, resources and errors as `InvoiceXpressClient`; close it with `async with` or
    `await client.aclose()`. One client may serve several event loops (it keeps a connection pool per loop).
    """

    __slots__ = ()

    def __enter__(self) -> Self:
        # Its methods are coroutines: a plain `with` would hand out calls that never run unless awaited.
        raise TypeError("AsyncInvoiceXpressClient is used with `async with`; InvoiceXpressClient with `with`")


__all__ = ["DEFAULT_TIMEOUT", "AsyncInvoiceXpressClient", "BaseClient", "InvoiceXpressClient"]
