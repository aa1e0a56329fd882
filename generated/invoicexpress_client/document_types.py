"""The document types of InvoiceXpress, as the contract's table gives them (`x-document-types`): generated
from openapi/document-types.yaml, the one place they are written down.

>>> from invoicexpress_client.document_types import DocumentType
>>> DocumentType.CREDIT_NOTE.type, DocumentType.CREDIT_NOTE.path
('CreditNote', 'credit_notes')
"""

from ._document_table import DocumentTypes, rows


class DocumentType(DocumentTypes):
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


# The table's rows, one a line, as the contract writes them.
DocumentType._ROWS = rows(  # type: ignore[attr-defined]
    """[
{"name": "invoice", "type": "Invoice", "label": "Fatura (FT)", "atcud": true, "payments": true, "path": "invoices", "request-root": "invoice", "answer-roots": ["invoice"], "states": {"draft": {"finalized": "final", "deleted": "deleted"}, "final": {"canceled": "canceled", "settled": "settled"}, "settled": {}, "canceled": {}, "deleted": {}}},
{"name": "invoice_receipt", "type": "InvoiceReceipt", "label": "Fatura-recibo (FR)", "atcud": true, "path": "invoice_receipts", "request-root": "invoice", "answer-roots": ["invoice_receipt", "invoice"], "states": {"draft": {"finalized": "settled", "deleted": "deleted"}, "settled": {"canceled": "canceled"}, "canceled": {}, "deleted": {}}},
{"name": "simplified_invoice", "type": "SimplifiedInvoice", "label": "Fatura simplificada (FS)", "atcud": true, "payments": true, "path": "simplified_invoices", "request-root": "invoice", "answer-roots": ["simplified_invoice", "invoice"], "states": {"draft": {"finalized": "final", "deleted": "deleted"}, "final": {"canceled": "canceled", "settled": "settled"}, "settled": {}, "canceled": {}, "deleted": {}}},
{"name": "credit_note", "type": "CreditNote", "label": "Nota de crédito (NC)", "atcud": true, "path": "credit_notes", "request-root": "invoice", "answer-roots": ["credit_note", "invoice"], "states": {"draft": {"finalized": "final", "deleted": "deleted"}, "final": {"canceled": "canceled", "settled": "settled"}, "settled": {"unsettled": "final"}, "canceled": {}, "deleted": {}}},
{"name": "debit_note", "type": "DebitNote", "label": "Nota de débito (ND)", "atcud": true, "path": "debit_notes", "request-root": "invoice", "answer-roots": ["debit_note", "invoice"], "states": {"draft": {"finalized": "final", "deleted": "deleted"}, "final": {"canceled": "canceled", "settled": "settled"}, "settled": {"unsettled": "final"}, "canceled": {}, "deleted": {}}},
{"name": "receipt", "type": "Receipt", "label": "Recibo (RG)", "atcud": true, "answer-roots": ["receipt"], "states": {"final": {"canceled": "canceled"}, "canceled": {}}},
{"name": "shipping", "type": "Shipping", "label": "Guia de remessa (GR)", "atcud": true},
{"name": "transport", "type": "Transport", "label": "Guia de transporte (GT)", "atcud": true},
{"name": "devolution", "type": "Devolution", "label": "Guia de devolução (GD)", "atcud": true},
{"name": "proforma", "type": "Proforma", "label": "Fatura pró-forma (PF)", "atcud": true},
{"name": "quote", "type": "Quote", "label": "Orçamento (OR)", "atcud": true},
{"name": "fees_note", "type": "FeesNote", "label": "Nota de honorários", "atcud": false},
{"name": "vat_moss_invoice", "type": "VatMossInvoice", "label": "Fatura VAT MOSS (FVM)", "atcud": false},
{"name": "vat_moss_credit_note", "type": "VatMossCreditNote", "label": "Nota de crédito VAT MOSS", "atcud": false},
{"name": "vat_moss_receipt", "type": "VatMossReceipt", "label": "Recibo VAT MOSS", "atcud": false}
]"""
)

__all__ = ["DocumentType"]
