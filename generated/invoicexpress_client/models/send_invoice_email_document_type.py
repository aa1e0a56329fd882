from typing import Literal

SendInvoiceEmailDocumentType = Literal[
    "credit_notes", "debit_notes", "invoice_receipts", "invoices", "simplified_invoices"
]

SEND_INVOICE_EMAIL_DOCUMENT_TYPE_VALUES: set[SendInvoiceEmailDocumentType] = {
    "credit_notes",
    "debit_notes",
    "invoice_receipts",
    "invoices",
    "simplified_invoices",
}


def check_send_invoice_email_document_type(value: str) -> SendInvoiceEmailDocumentType:
    if value in SEND_INVOICE_EMAIL_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_INVOICE_EMAIL_DOCUMENT_TYPE_VALUES!r}")
