from typing import Literal

GetInvoiceDocumentType = Literal["credit_notes", "debit_notes", "invoice_receipts", "invoices", "simplified_invoices"]

GET_INVOICE_DOCUMENT_TYPE_VALUES: set[GetInvoiceDocumentType] = {
    "credit_notes",
    "debit_notes",
    "invoice_receipts",
    "invoices",
    "simplified_invoices",
}


def check_get_invoice_document_type(value: str) -> GetInvoiceDocumentType:
    if value in GET_INVOICE_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INVOICE_DOCUMENT_TYPE_VALUES!r}")
