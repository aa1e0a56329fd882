from typing import Literal

ChangeInvoiceStateDocumentType = Literal[
    "credit_notes", "debit_notes", "invoice_receipts", "invoices", "simplified_invoices"
]

CHANGE_INVOICE_STATE_DOCUMENT_TYPE_VALUES: set[ChangeInvoiceStateDocumentType] = {
    "credit_notes",
    "debit_notes",
    "invoice_receipts",
    "invoices",
    "simplified_invoices",
}


def check_change_invoice_state_document_type(value: str) -> ChangeInvoiceStateDocumentType:
    if value in CHANGE_INVOICE_STATE_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_INVOICE_STATE_DOCUMENT_TYPE_VALUES!r}")
