"""The operations of the contract, one subpackage per tag: its resource classes (`client.<tag>`), and a module per
operation with the same call as functions (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`)."""

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .clients import AsyncClients, Clients
    from .items import AsyncItems, Items
    from .sequences import AsyncSequences, Sequences
    from .taxes import AsyncTaxes, Taxes


# What the command line offers of each resource: its operations that change nothing, by method name, each with
# the fields a table of its entries shows (a list's, from its schema's `x-summary`).
COMMANDS: dict[str, dict[str, tuple[str, ...]]] = {
    "clients": {
        "list": ("id", "name", "code", "fiscal_id", "email", "country"),
        "find_by_name": (),
        "find_by_code": (),
        "get": (),
    },
    "items": {"list": ("id", "name", "unit_price", "unit", "description"), "get": ()},
    "sequences": {"list": (), "get": ()},
    "taxes": {"list": ("id", "name", "value", "region", "code", "default_tax"), "get": ()},
}


class Resources:
    """The resources of InvoiceXpressClient."""

    __slots__ = ()

    @property
    def clients(self) -> "Clients":
        """Clients of the account: whom documents are issued to: one method per operation; `.detailed` for whole responses."""
        from .clients import Clients

        return Clients(cast("BaseClient", self))

    @property
    def items(self) -> "Items":
        """Items of the account's catalogue: the products and services document lines name: one method per operation; `.detailed` for whole responses."""
        from .items import Items

        return Items(cast("BaseClient", self))

    @property
    def sequences(self) -> "Sequences":
        """Document series ("sequences"): one method per operation; `.detailed` for whole responses."""
        from .sequences import Sequences

        return Sequences(cast("BaseClient", self))

    @property
    def taxes(self) -> "Taxes":
        """Taxes (VAT rates) of the account: one method per operation; `.detailed` for whole responses."""
        from .taxes import Taxes

        return Taxes(cast("BaseClient", self))


class AsyncResources:
    """The resources of AsyncInvoiceXpressClient."""

    __slots__ = ()

    @property
    def clients(self) -> "AsyncClients":
        """Clients of the account: whom documents are issued to: one coroutine per operation; `.detailed` for whole responses."""
        from .clients import AsyncClients

        return AsyncClients(cast("BaseClient", self))

    @property
    def items(self) -> "AsyncItems":
        """Items of the account's catalogue: the products and services document lines name: one coroutine per operation; `.detailed` for whole responses."""
        from .items import AsyncItems

        return AsyncItems(cast("BaseClient", self))

    @property
    def sequences(self) -> "AsyncSequences":
        """Document series ("sequences"): one coroutine per operation; `.detailed` for whole responses."""
        from .sequences import AsyncSequences

        return AsyncSequences(cast("BaseClient", self))

    @property
    def taxes(self) -> "AsyncTaxes":
        """Taxes (VAT rates) of the account: one coroutine per operation; `.detailed` for whole responses."""
        from .taxes import AsyncTaxes

        return AsyncTaxes(cast("BaseClient", self))
