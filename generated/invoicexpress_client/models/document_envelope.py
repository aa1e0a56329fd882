from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="DocumentEnvelope")


@_attrs_define
class DocumentEnvelope:
    """One document, under its type's own key (`credit_note`) or the family's (`invoice`), as the table of document types
    says for each type.

        Attributes:
            invoice (Document | Unset): A document of the invoices family (an invoice, an invoice-receipt, a simplified
                invoice, a credit or a debit
                note) as the service answers it: a draft until finalized, when it takes its number in its series and its
                ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
                here are kept.
            invoice_receipt (Document | Unset): A document of the invoices family (an invoice, an invoice-receipt, a
                simplified invoice, a credit or a debit
                note) as the service answers it: a draft until finalized, when it takes its number in its series and its
                ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
                here are kept.
            simplified_invoice (Document | Unset): A document of the invoices family (an invoice, an invoice-receipt, a
                simplified invoice, a credit or a debit
                note) as the service answers it: a draft until finalized, when it takes its number in its series and its
                ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
                here are kept.
            credit_note (Document | Unset): A document of the invoices family (an invoice, an invoice-receipt, a simplified
                invoice, a credit or a debit
                note) as the service answers it: a draft until finalized, when it takes its number in its series and its
                ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
                here are kept.
            debit_note (Document | Unset): A document of the invoices family (an invoice, an invoice-receipt, a simplified
                invoice, a credit or a debit
                note) as the service answers it: a draft until finalized, when it takes its number in its series and its
                ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
                here are kept.
    """

    invoice: Document | Unset = UNSET
    invoice_receipt: Document | Unset = UNSET
    simplified_invoice: Document | Unset = UNSET
    credit_note: Document | Unset = UNSET
    debit_note: Document | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        invoice_receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_receipt, Unset):
            invoice_receipt = self.invoice_receipt.to_dict()

        simplified_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simplified_invoice, Unset):
            simplified_invoice = self.simplified_invoice.to_dict()

        credit_note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_note, Unset):
            credit_note = self.credit_note.to_dict()

        debit_note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_note, Unset):
            debit_note = self.debit_note.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if invoice_receipt is not UNSET:
            field_dict["invoice_receipt"] = invoice_receipt
        if simplified_invoice is not UNSET:
            field_dict["simplified_invoice"] = simplified_invoice
        if credit_note is not UNSET:
            field_dict["credit_note"] = credit_note
        if debit_note is not UNSET:
            field_dict["debit_note"] = debit_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        _invoice = d.pop("invoice", UNSET)
        invoice: Document | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Document.from_dict(_invoice)

        _invoice_receipt = d.pop("invoice_receipt", UNSET)
        invoice_receipt: Document | Unset
        if isinstance(_invoice_receipt, Unset):
            invoice_receipt = UNSET
        else:
            invoice_receipt = Document.from_dict(_invoice_receipt)

        _simplified_invoice = d.pop("simplified_invoice", UNSET)
        simplified_invoice: Document | Unset
        if isinstance(_simplified_invoice, Unset):
            simplified_invoice = UNSET
        else:
            simplified_invoice = Document.from_dict(_simplified_invoice)

        _credit_note = d.pop("credit_note", UNSET)
        credit_note: Document | Unset
        if isinstance(_credit_note, Unset):
            credit_note = UNSET
        else:
            credit_note = Document.from_dict(_credit_note)

        _debit_note = d.pop("debit_note", UNSET)
        debit_note: Document | Unset
        if isinstance(_debit_note, Unset):
            debit_note = UNSET
        else:
            debit_note = Document.from_dict(_debit_note)

        document_envelope = cls(
            invoice=invoice,
            invoice_receipt=invoice_receipt,
            simplified_invoice=simplified_invoice,
            credit_note=credit_note,
            debit_note=debit_note,
        )

        return document_envelope
