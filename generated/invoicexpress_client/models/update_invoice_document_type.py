from typing import Literal

UpdateInvoiceDocumentType = Literal[
    "credit_notes", "debit_notes", "invoice_receipts", "invoices", "simplified_invoices"
]

UPDATE_INVOICE_DOCUMENT_TYPE_VALUES: set[UpdateInvoiceDocumentType] = {
    "credit_notes",
    "debit_notes",
    "invoice_receipts",
    "invoices",
    "simplified_invoices",
}


def check_update_invoice_document_type(value: str) -> UpdateInvoiceDocumentType:
    if value in UPDATE_INVOICE_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_INVOICE_DOCUMENT_TYPE_VALUES!r}")
