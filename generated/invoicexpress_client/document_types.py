"""The document types of InvoiceXpress, as the contract's table gives them (`x-document-types`): generated
from openapi/document-types.yaml, the one place they are written down.

>>> from invoicexpress_client.document_types import DocumentType
>>> DocumentType.CREDIT_NOTE.type, DocumentType.CREDIT_NOTE.path
('CreditNote', 'credit_notes')
"""

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class _Row:
    type: str
    label: str
    atcud: bool
    path: str | None
    request_root: str | None
    answer_roots: tuple[str, ...]
    states: MappingProxyType[str, MappingProxyType[str, str]]


class DocumentType(StrEnum):
    """A document type, by the name the API gives it: a series numbers it in `current_<name>_number`."""

    INVOICE = "invoice"
    """Invoice: Fatura (FT)."""
    INVOICE_RECEIPT = "invoice_receipt"
    """InvoiceReceipt: Fatura-recibo (FR)."""
    SIMPLIFIED_INVOICE = "simplified_invoice"
    """SimplifiedInvoice: Fatura simplificada (FS)."""
    CREDIT_NOTE = "credit_note"
    """CreditNote: Nota de crédito (NC)."""
    DEBIT_NOTE = "debit_note"
    """DebitNote: Nota de débito (ND)."""
    RECEIPT = "receipt"
    """Receipt: Recibo (RG)."""
    SHIPPING = "shipping"
    """Shipping: Guia de remessa (GR)."""
    TRANSPORT = "transport"
    """Transport: Guia de transporte (GT)."""
    DEVOLUTION = "devolution"
    """Devolution: Guia de devolução (GD)."""
    PROFORMA = "proforma"
    """Proforma: Fatura pró-forma (PF)."""
    QUOTE = "quote"
    """Quote: Orçamento (OR)."""
    FEES_NOTE = "fees_note"
    """FeesNote: Nota de honorários."""
    VAT_MOSS_INVOICE = "vat_moss_invoice"
    """VatMossInvoice: Fatura VAT MOSS (FVM)."""
    VAT_MOSS_CREDIT_NOTE = "vat_moss_credit_note"
    """VatMossCreditNote: Nota de crédito VAT MOSS."""
    VAT_MOSS_RECEIPT = "vat_moss_receipt"
    """VatMossReceipt: Recibo VAT MOSS."""

    @property
    def type(self) -> str:
        """The `type` a document of this type has in answers (`CreditNote`)."""
        return _ROWS[self].type

    @property
    def label(self) -> str:
        """Its name in Portugal, with its SAF-T code where it has one (`Nota de crédito (NC)`)."""
        return _ROWS[self].label

    @property
    def relevant_for_atcud(self) -> bool:
        """Whether documents of this type carry an ATCUD: all but fees notes and the VAT MOSS documents."""
        return _ROWS[self].atcud

    @property
    def path(self) -> str | None:
        """The path segment of its documents' operations (`credit_notes`); None where the client has none."""
        return _ROWS[self].path

    @property
    def request_root(self) -> str | None:
        """The key a create, update or change of state sends one of its documents under."""
        return _ROWS[self].request_root

    @property
    def answer_roots(self) -> tuple[str, ...]:
        """The keys an answer holding one of its documents may put it under, its own first."""
        return _ROWS[self].answer_roots

    @property
    def states(self) -> MappingProxyType[str, MappingProxyType[str, str]]:
        """Each state its documents can be in, with the events a change of state takes there and the state each
        leads to (`{"draft": {"finalized": "final", "deleted": "deleted"}, ...}`)."""
        return _ROWS[self].states


def _states(table: dict[str, dict[str, str]]) -> MappingProxyType[str, MappingProxyType[str, str]]:
    return MappingProxyType({state: MappingProxyType(events) for state, events in table.items()})


_ROWS: dict[str, _Row] = {
    "invoice": _Row(
        type="Invoice",
        label="Fatura (FT)",
        atcud=True,
        path="invoices",
        request_root="invoice",
        answer_roots=("invoice",),
        states=_states(
            {
                "draft": {"finalized": "final", "deleted": "deleted"},
                "final": {"canceled": "canceled", "settled": "settled"},
                "settled": {},
                "canceled": {},
                "deleted": {},
            }
        ),
    ),
    "invoice_receipt": _Row(
        type="InvoiceReceipt",
        label="Fatura-recibo (FR)",
        atcud=True,
        path="invoice_receipts",
        request_root="invoice",
        answer_roots=("invoice_receipt", "invoice"),
        states=_states(
            {
                "draft": {"finalized": "settled", "deleted": "deleted"},
                "settled": {"canceled": "canceled"},
                "canceled": {},
                "deleted": {},
            }
        ),
    ),
    "simplified_invoice": _Row(
        type="SimplifiedInvoice",
        label="Fatura simplificada (FS)",
        atcud=True,
        path="simplified_invoices",
        request_root="invoice",
        answer_roots=("simplified_invoice", "invoice"),
        states=_states(
            {
                "draft": {"finalized": "final", "deleted": "deleted"},
                "final": {"canceled": "canceled", "settled": "settled"},
                "settled": {},
                "canceled": {},
                "deleted": {},
            }
        ),
    ),
    "credit_note": _Row(
        type="CreditNote",
        label="Nota de crédito (NC)",
        atcud=True,
        path="credit_notes",
        request_root="invoice",
        answer_roots=("credit_note", "invoice"),
        states=_states(
            {
                "draft": {"finalized": "final", "deleted": "deleted"},
                "final": {"canceled": "canceled", "settled": "settled"},
                "settled": {"unsettled": "final"},
                "canceled": {},
                "deleted": {},
            }
        ),
    ),
    "debit_note": _Row(
        type="DebitNote",
        label="Nota de débito (ND)",
        atcud=True,
        path="debit_notes",
        request_root="invoice",
        answer_roots=("debit_note", "invoice"),
        states=_states(
            {
                "draft": {"finalized": "final", "deleted": "deleted"},
                "final": {"canceled": "canceled", "settled": "settled"},
                "settled": {"unsettled": "final"},
                "canceled": {},
                "deleted": {},
            }
        ),
    ),
    "receipt": _Row(
        type="Receipt",
        label="Recibo (RG)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "shipping": _Row(
        type="Shipping",
        label="Guia de remessa (GR)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "transport": _Row(
        type="Transport",
        label="Guia de transporte (GT)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "devolution": _Row(
        type="Devolution",
        label="Guia de devolução (GD)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "proforma": _Row(
        type="Proforma",
        label="Fatura pró-forma (PF)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "quote": _Row(
        type="Quote",
        label="Orçamento (OR)",
        atcud=True,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "fees_note": _Row(
        type="FeesNote",
        label="Nota de honorários",
        atcud=False,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "vat_moss_invoice": _Row(
        type="VatMossInvoice",
        label="Fatura VAT MOSS (FVM)",
        atcud=False,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "vat_moss_credit_note": _Row(
        type="VatMossCreditNote",
        label="Nota de crédito VAT MOSS",
        atcud=False,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
    "vat_moss_receipt": _Row(
        type="VatMossReceipt",
        label="Recibo VAT MOSS",
        atcud=False,
        path=None,
        request_root=None,
        answer_roots=(),
        states=_states({}),
    ),
}

__all__ = ["DocumentType"]
