"""The operations of the contract, one subpackage per tag: its resource classes (`client.<tag>`), and a module per
operation with the same call as functions (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`)."""

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .clients import AsyncClients, Clients
    from .invoices import (
        AsyncCreditNotes,
        AsyncDebitNotes,
        AsyncInvoiceReceipts,
        AsyncInvoices,
        AsyncSimplifiedInvoices,
        CreditNotes,
        DebitNotes,
        InvoiceReceipts,
        Invoices,
        SimplifiedInvoices,
    )
    from .items import AsyncItems, Items
    from .sequences import AsyncSequences, Sequences
    from .taxes import AsyncTaxes, Taxes


# What the command line offers of each resource (by its attribute on the clients: a bound tag's, one per
# document type): the module and class it is, and its operations that change nothing, by method name, each with
# the fields a table of its entries shows (a list's, from its schema's `x-summary`).
COMMANDS: dict[str, tuple[str, str, dict[str, tuple[str, ...]]]] = {
    "clients": (
        "clients",
        "Clients",
        {
            "list": ("id", "name", "code", "fiscal_id", "email", "country"),
            "find_by_name": (),
            "find_by_code": (),
            "get": (),
        },
    ),
    "invoices": (
        "invoices",
        "Invoices",
        {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": ()},
    ),
    "invoice_receipts": (
        "invoices",
        "InvoiceReceipts",
        {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": ()},
    ),
    "simplified_invoices": (
        "invoices",
        "SimplifiedInvoices",
        {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": ()},
    ),
    "credit_notes": (
        "invoices",
        "CreditNotes",
        {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": ()},
    ),
    "debit_notes": (
        "invoices",
        "DebitNotes",
        {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": ()},
    ),
    "items": ("items", "Items", {"list": ("id", "name", "unit_price", "unit", "description"), "get": ()}),
    "sequences": ("sequences", "Sequences", {"list": (), "get": ()}),
    "taxes": ("taxes", "Taxes", {"list": ("id", "name", "value", "region", "code", "default_tax"), "get": ()}),
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
    def credit_notes(self) -> "CreditNotes":
        """CreditNote: Nota de crédito (NC); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
        from .invoices import CreditNotes

        return CreditNotes(cast("BaseClient", self))

    @property
    def debit_notes(self) -> "DebitNotes":
        """DebitNote: Nota de débito (ND); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
        from .invoices import DebitNotes

        return DebitNotes(cast("BaseClient", self))

    @property
    def invoice_receipts(self) -> "InvoiceReceipts":
        """InvoiceReceipt: Fatura-recibo (FR); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
        from .invoices import InvoiceReceipts

        return InvoiceReceipts(cast("BaseClient", self))

    @property
    def invoices(self) -> "Invoices":
        """Invoice: Fatura (FT); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
        from .invoices import Invoices

        return Invoices(cast("BaseClient", self))

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
    def simplified_invoices(self) -> "SimplifiedInvoices":
        """SimplifiedInvoice: Fatura simplificada (FS); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
        from .invoices import SimplifiedInvoices

        return SimplifiedInvoices(cast("BaseClient", self))

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
    def credit_notes(self) -> "AsyncCreditNotes":
        """CreditNote: Nota de crédito (NC); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
        from .invoices import AsyncCreditNotes

        return AsyncCreditNotes(cast("BaseClient", self))

    @property
    def debit_notes(self) -> "AsyncDebitNotes":
        """DebitNote: Nota de débito (ND); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
        from .invoices import AsyncDebitNotes

        return AsyncDebitNotes(cast("BaseClient", self))

    @property
    def invoice_receipts(self) -> "AsyncInvoiceReceipts":
        """InvoiceReceipt: Fatura-recibo (FR); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
        from .invoices import AsyncInvoiceReceipts

        return AsyncInvoiceReceipts(cast("BaseClient", self))

    @property
    def invoices(self) -> "AsyncInvoices":
        """Invoice: Fatura (FT); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
        from .invoices import AsyncInvoices

        return AsyncInvoices(cast("BaseClient", self))

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
    def simplified_invoices(self) -> "AsyncSimplifiedInvoices":
        """SimplifiedInvoice: Fatura simplificada (FS); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
        from .invoices import AsyncSimplifiedInvoices

        return AsyncSimplifiedInvoices(cast("BaseClient", self))

    @property
    def taxes(self) -> "AsyncTaxes":
        """Taxes (VAT rates) of the account: one coroutine per operation; `.detailed` for whole responses."""
        from .taxes import AsyncTaxes

        return AsyncTaxes(cast("BaseClient", self))
