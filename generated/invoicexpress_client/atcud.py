"""The ATCUD of a series' documents, typed: the 15 document types, and for each type of a series its last
number, the `sequence_id` to issue documents with, its Tax Authority (AT) validation code and the next ATCUD.

>>> from invoicexpress_client.atcud import DocumentType, numbering
>>> series = client.sequences.get(146124)
>>> invoices = numbering(series, DocumentType.INVOICE)
>>> invoices.next_atcud  # 'ABCD1234-29' after invoice 28; 'N/D' while the series is not registered
"""

from collections.abc import Callable
from enum import StrEnum

from attrs import frozen

from .models.sequence import Sequence

NOT_REGISTERED = "N/D"  # relevant for ATCUD, but the series is not registered with the AT for this type
NOT_APPLICABLE = "N/A"  # not relevant for ATCUD (fees notes, VAT MOSS), or an account outside Portugal


class DocumentType(StrEnum):
    """A document type a series numbers, by the name the API gives it (`current_<name>_number`)."""

    INVOICE = "invoice"  # Fatura, FT
    INVOICE_RECEIPT = "invoice_receipt"  # Fatura-recibo, FR
    SIMPLIFIED_INVOICE = "simplified_invoice"  # Fatura simplificada, FS
    CREDIT_NOTE = "credit_note"  # Nota de crédito, NC
    DEBIT_NOTE = "debit_note"  # Nota de débito, ND
    RECEIPT = "receipt"  # Recibo, RG
    SHIPPING = "shipping"  # Guia de remessa, GR
    TRANSPORT = "transport"  # Guia de transporte, GT
    DEVOLUTION = "devolution"  # Guia de devolução, GD
    PROFORMA = "proforma"  # Fatura pró-forma, PF
    QUOTE = "quote"  # Orçamento, OR
    FEES_NOTE = "fees_note"  # Nota de honorários
    VAT_MOSS_INVOICE = "vat_moss_invoice"
    VAT_MOSS_CREDIT_NOTE = "vat_moss_credit_note"
    VAT_MOSS_RECEIPT = "vat_moss_receipt"

    @property
    def relevant_for_atcud(self) -> bool:
        """Whether documents of this type carry an ATCUD: all but fees notes and the VAT MOSS documents."""
        return self not in _NOT_RELEVANT


_NOT_RELEVANT = frozenset(
    {
        DocumentType.FEES_NOTE,
        DocumentType.VAT_MOSS_INVOICE,
        DocumentType.VAT_MOSS_CREDIT_NOTE,
        DocumentType.VAT_MOSS_RECEIPT,
    }
)


def atcud(validation_code: str, number: int) -> str:
    """The ATCUD of document `number` of a type whose validation code is `validation_code`: the code, `-`, the
    number (`ABCD1234-28`); where the code is `N/D` or `N/A`, the ATCUD is that value."""
    if validation_code in (NOT_REGISTERED, NOT_APPLICABLE):
        return validation_code
    return f"{validation_code}-{number}"


@frozen
class Numbering:
    """How one series numbers one document type.

    Attributes:
        type: The document type.
        last_number: The last number used; 0 before the first document.
        sequence_id: The id to pass as `sequence_id` when issuing a document of this type in this series
            (not the series' `id`).
        validation_code: The AT validation code: an AT code such as `ABCD1234`, `N/D` or `N/A`.
    """

    type: DocumentType
    last_number: int
    sequence_id: int
    validation_code: str

    @property
    def registered(self) -> bool:
        """Whether the series is registered with the AT for this type (its code is neither `N/D` nor `N/A`)."""
        return self.validation_code not in (NOT_REGISTERED, NOT_APPLICABLE)

    @property
    def next_number(self) -> int:
        return self.last_number + 1

    @property
    def next_atcud(self) -> str:
        """The ATCUD the next document of this type in this series will carry."""
        return atcud(self.validation_code, self.next_number)

    def atcud(self, number: int) -> str:
        """The ATCUD of document `number` of this type in this series."""
        return atcud(self.validation_code, number)


def numbering(series: Sequence, type: DocumentType) -> Numbering:
    """How `series` numbers documents of `type` (a DocumentType, or its value: `"invoice"`)."""
    type = DocumentType(type)  # a ValueError that names it, for a type that is not one
    last_number, sequence_id, validation_code = _FIELDS[type](series)
    return Numbering(type, last_number, sequence_id, validation_code)


def numberings(series: Sequence) -> list[Numbering]:
    """How `series` numbers each of the 15 document types, in the order of `DocumentType`."""
    return [numbering(series, type) for type in DocumentType]


def is_default(series: Sequence) -> bool:
    """Whether `series` is the account's default (documents are issued in it unless told otherwise)."""
    return series.default_sequence == 1


# Spelled out rather than built from names: mypy checks each field, and a field renamed in the contract
# breaks the type check, not a user's call.
_FIELDS: dict[DocumentType, Callable[[Sequence], tuple[int, int, str]]] = {
    DocumentType.INVOICE: lambda s: (
        s.current_invoice_number,
        s.current_invoice_sequence_id,
        s.current_invoice_validation_code,
    ),
    DocumentType.INVOICE_RECEIPT: lambda s: (
        s.current_invoice_receipt_number,
        s.current_invoice_receipt_sequence_id,
        s.current_invoice_receipt_validation_code,
    ),
    DocumentType.SIMPLIFIED_INVOICE: lambda s: (
        s.current_simplified_invoice_number,
        s.current_simplified_invoice_sequence_id,
        s.current_simplified_invoice_validation_code,
    ),
    DocumentType.CREDIT_NOTE: lambda s: (
        s.current_credit_note_number,
        s.current_credit_note_sequence_id,
        s.current_credit_note_validation_code,
    ),
    DocumentType.DEBIT_NOTE: lambda s: (
        s.current_debit_note_number,
        s.current_debit_note_sequence_id,
        s.current_debit_note_validation_code,
    ),
    DocumentType.RECEIPT: lambda s: (
        s.current_receipt_number,
        s.current_receipt_sequence_id,
        s.current_receipt_validation_code,
    ),
    DocumentType.SHIPPING: lambda s: (
        s.current_shipping_number,
        s.current_shipping_sequence_id,
        s.current_shipping_validation_code,
    ),
    DocumentType.TRANSPORT: lambda s: (
        s.current_transport_number,
        s.current_transport_sequence_id,
        s.current_transport_validation_code,
    ),
    DocumentType.DEVOLUTION: lambda s: (
        s.current_devolution_number,
        s.current_devolution_sequence_id,
        s.current_devolution_validation_code,
    ),
    DocumentType.PROFORMA: lambda s: (
        s.current_proforma_number,
        s.current_proforma_sequence_id,
        s.current_proforma_validation_code,
    ),
    DocumentType.QUOTE: lambda s: (
        s.current_quote_number,
        s.current_quote_sequence_id,
        s.current_quote_validation_code,
    ),
    DocumentType.FEES_NOTE: lambda s: (
        s.current_fees_note_number,
        s.current_fees_note_sequence_id,
        s.current_fees_note_validation_code,
    ),
    DocumentType.VAT_MOSS_INVOICE: lambda s: (
        s.current_vat_moss_invoice_number,
        s.current_vat_moss_invoice_sequence_id,
        s.current_vat_moss_invoice_validation_code,
    ),
    DocumentType.VAT_MOSS_CREDIT_NOTE: lambda s: (
        s.current_vat_moss_credit_note_number,
        s.current_vat_moss_credit_note_sequence_id,
        s.current_vat_moss_credit_note_validation_code,
    ),
    DocumentType.VAT_MOSS_RECEIPT: lambda s: (
        s.current_vat_moss_receipt_number,
        s.current_vat_moss_receipt_sequence_id,
        s.current_vat_moss_receipt_validation_code,
    ),
}

__all__ = [
    "NOT_APPLICABLE",
    "NOT_REGISTERED",
    "DocumentType",
    "Numbering",
    "atcud",
    "is_default",
    "numbering",
    "numberings",
]
