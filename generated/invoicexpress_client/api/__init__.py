"""The operations of the contract, one subpackage per tag: each has a module per operation (with `sync`,
`sync_detailed`, `asyncio`, `asyncio_detailed`) and the resource classes the clients expose."""

from typing import TYPE_CHECKING, cast

from .sequences import AsyncSequences, Sequences

if TYPE_CHECKING:
    from .._base_client import BaseClient


class Resources:
    """The resources of InvoiceXpressClient."""

    __slots__ = ()

    @property
    def sequences(self) -> Sequences:
        """Sequences: one method per operation; `.detailed` for whole responses."""
        return Sequences(cast("BaseClient", self))


class AsyncResources:
    """The resources of AsyncInvoiceXpressClient."""

    __slots__ = ()

    @property
    def sequences(self) -> AsyncSequences:
        """Sequences: one coroutine per operation; `.detailed` for whole responses."""
        return AsyncSequences(cast("BaseClient", self))
