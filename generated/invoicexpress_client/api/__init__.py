"""The operations of the contract, one subpackage per tag: its resource classes (`client.<tag>`), and a module per
operation with the same call as functions (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`)."""

from importlib import import_module
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .clients import AsyncClients, Clients
    from .documents import AsyncDocuments, Documents
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
    from .receipts import AsyncReceipts, Receipts
    from .sequences import AsyncSequences, Sequences
    from .taxes import AsyncTaxes, Taxes


R = TypeVar("R")

# What the command line offers of each resource (by its attribute on the clients: a bound tag's, one per
# document type): the module and class it is, and its operations that change nothing, by method name, each with
# the fields a table of its entries shows (a list's, from its schema's `x-summary`).
_READS: dict[str, dict[str, tuple[str, ...]]] = {
    "clients": {
        "list": ("id", "name", "code", "fiscal_id", "email", "country"),
        "find_by_name": (),
        "find_by_code": (),
        "get": (),
    },
    "documents": {
        "pdf": (),
        "qr_code": (),
        "related": ("id", "type", "status", "inverted_sequence_number", "date", "total"),
        "list": ("id", "type", "status", "inverted_sequence_number", "date", "total"),
    },
    "invoices": {"list": ("id", "type", "status", "inverted_sequence_number", "date", "total"), "get": (), "pdf": ()},
    "items": {"list": ("id", "name", "unit_price", "unit", "description"), "get": ()},
    "receipts": {},
    "sequences": {"list": (), "get": ()},
    "taxes": {"list": ("id", "name", "value", "region", "code", "default_tax"), "get": ()},
}
# The changes of state the command line offers, each asked for first (by tag: method -> its event, and what it
# does that cannot be undone, its `x-lifecycle` step's `confirm`); a type's command has those its class has.
CONFIRMED_STEPS: dict[str, dict[str, tuple[str, str]]] = {
    "invoices": {
        "finalize": (
            "finalized",
            "It takes the next number of its type in its series and its ATCUD, and is communicated to the Tax Authority (AT) as issued. It cannot be undone: a final document can be cancelled, never changed or deleted.",
        ),
        "cancel": (
            "canceled",
            "The cancellation is communicated to the Tax Authority (AT), and its number stays taken. It cannot be undone.",
        ),
    },
}
# The writes the command line offers (`x-confirm`), asking first: by tag and method, what cannot be undone and
# what it leads to. And the reads whose answer is a file's address, with the method that downloads it.
CONFIRMED: dict[str, dict[str, tuple[str, str]]] = {
    "receipts": {
        "cancel": (
            "cancelling a receipt",
            "The receipt stays in the account as canceled, and what it paid is owed again.",
        )
    },
}
DOWNLOADS: dict[str, dict[str, str]] = {
    "documents": {"pdf": "download_pdf"},
    "invoices": {"pdf": "download_pdf"},
}
COMMANDS: dict[str, tuple[str, str, dict[str, tuple[str, ...]]]] = {
    attribute: (tag, name, _READS[tag])
    for attribute, tag, name in [
        ("clients", "clients", "Clients"),
        ("documents", "documents", "Documents"),
        ("invoices", "invoices", "Invoices"),
        ("invoice_receipts", "invoices", "InvoiceReceipts"),
        ("simplified_invoices", "invoices", "SimplifiedInvoices"),
        ("credit_notes", "invoices", "CreditNotes"),
        ("debit_notes", "invoices", "DebitNotes"),
        ("items", "items", "Items"),
        ("receipts", "receipts", "Receipts"),
        ("sequences", "sequences", "Sequences"),
        ("taxes", "taxes", "Taxes"),
    ]
}


class _Lazy(Generic[R]):
    """A resource of the clients (`client.taxes`), its module imported on first use: importing the package
    and making a client load no resource or model."""

    __slots__ = ("_module", "_name")

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    @overload
    def __get__(self, client: None, owner: type) -> "_Lazy[R]": ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object, owner: type) -> "R | _Lazy[R]":
        if client is None:
            return self
        resource: R = getattr(import_module(f".{self._module}", __package__), self._name)(cast("BaseClient", client))
        return resource


class Resources:
    """The resources of InvoiceXpressClient."""

    __slots__ = ()
    clients: "_Lazy[Clients]" = _Lazy("clients", "Clients")
    """Clients of the account: whom documents are issued to: one method per operation; `.detailed` for whole responses."""
    credit_notes: "_Lazy[CreditNotes]" = _Lazy("invoices", "CreditNotes")
    """CreditNote: Nota de crédito (NC); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
    debit_notes: "_Lazy[DebitNotes]" = _Lazy("invoices", "DebitNotes")
    """DebitNote: Nota de débito (ND); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
    documents: "_Lazy[Documents]" = _Lazy("documents", "Documents")
    """Documents of any type, by their id: one method per operation; `.detailed` for whole responses."""
    invoice_receipts: "_Lazy[InvoiceReceipts]" = _Lazy("invoices", "InvoiceReceipts")
    """InvoiceReceipt: Fatura-recibo (FR); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
    invoices: "_Lazy[Invoices]" = _Lazy("invoices", "Invoices")
    """Invoice: Fatura (FT); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
    items: "_Lazy[Items]" = _Lazy("items", "Items")
    """Items of the account's catalogue: the products and services document lines name: one method per operation; `.detailed` for whole responses."""
    receipts: "_Lazy[Receipts]" = _Lazy("receipts", "Receipts")
    """Receipts, made by payments (`documents`): cancelling one, saying why: one method per operation; `.detailed` for whole responses."""
    sequences: "_Lazy[Sequences]" = _Lazy("sequences", "Sequences")
    """Document series ("sequences"): one method per operation; `.detailed` for whole responses."""
    simplified_invoices: "_Lazy[SimplifiedInvoices]" = _Lazy("invoices", "SimplifiedInvoices")
    """SimplifiedInvoice: Fatura simplificada (FS); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one method per operation; `.detailed` for whole responses."""
    taxes: "_Lazy[Taxes]" = _Lazy("taxes", "Taxes")
    """Taxes (VAT rates) of the account: one method per operation; `.detailed` for whole responses."""


class AsyncResources:
    """The resources of AsyncInvoiceXpressClient."""

    __slots__ = ()
    clients: "_Lazy[AsyncClients]" = _Lazy("clients", "AsyncClients")
    """Clients of the account: whom documents are issued to: one coroutine per operation; `.detailed` for whole responses."""
    credit_notes: "_Lazy[AsyncCreditNotes]" = _Lazy("invoices", "AsyncCreditNotes")
    """CreditNote: Nota de crédito (NC); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
    debit_notes: "_Lazy[AsyncDebitNotes]" = _Lazy("invoices", "AsyncDebitNotes")
    """DebitNote: Nota de débito (ND); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
    documents: "_Lazy[AsyncDocuments]" = _Lazy("documents", "AsyncDocuments")
    """Documents of any type, by their id: one coroutine per operation; `.detailed` for whole responses."""
    invoice_receipts: "_Lazy[AsyncInvoiceReceipts]" = _Lazy("invoices", "AsyncInvoiceReceipts")
    """InvoiceReceipt: Fatura-recibo (FR); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
    invoices: "_Lazy[AsyncInvoices]" = _Lazy("invoices", "AsyncInvoices")
    """Invoice: Fatura (FT); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
    items: "_Lazy[AsyncItems]" = _Lazy("items", "AsyncItems")
    """Items of the account's catalogue: the products and services document lines name: one coroutine per operation; `.detailed` for whole responses."""
    receipts: "_Lazy[AsyncReceipts]" = _Lazy("receipts", "AsyncReceipts")
    """Receipts, made by payments (`documents`): cancelling one, saying why: one coroutine per operation; `.detailed` for whole responses."""
    sequences: "_Lazy[AsyncSequences]" = _Lazy("sequences", "AsyncSequences")
    """Document series ("sequences"): one coroutine per operation; `.detailed` for whole responses."""
    simplified_invoices: "_Lazy[AsyncSimplifiedInvoices]" = _Lazy("invoices", "AsyncSimplifiedInvoices")
    """SimplifiedInvoice: Fatura simplificada (FS); documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes: one coroutine per operation; `.detailed` for whole responses."""
    taxes: "_Lazy[AsyncTaxes]" = _Lazy("taxes", "AsyncTaxes")
    """Taxes (VAT rates) of the account: one coroutine per operation; `.detailed` for whole responses."""
