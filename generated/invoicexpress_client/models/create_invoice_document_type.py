from typing import Literal

CreateInvoiceDocumentType = Literal[
    "credit_notes", "debit_notes", "invoice_receipts", "invoices", "simplified_invoices"
]

CREATE_INVOICE_DOCUMENT_TYPE_VALUES: set[CreateInvoiceDocumentType] = {
    "credit_notes",
    "debit_notes",
    "invoice_receipts",
    "invoices",
    "simplified_invoices",
}


def check_create_invoice_document_type(value: str) -> CreateInvoiceDocumentType:
    if value in CREATE_INVOICE_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INVOICE_DOCUMENT_TYPE_VALUES!r}")
