from typing import Literal

ListInvoicesTypeItem = Literal[
    "CashInvoice", "CreditNote", "DebitNote", "Invoice", "InvoiceReceipt", "Receipt", "SimplifiedInvoice"
]

LIST_INVOICES_TYPE_ITEM_VALUES: set[ListInvoicesTypeItem] = {
    "CashInvoice",
    "CreditNote",
    "DebitNote",
    "Invoice",
    "InvoiceReceipt",
    "Receipt",
    "SimplifiedInvoice",
}


def check_list_invoices_type_item(value: str) -> ListInvoicesTypeItem:
    if value in LIST_INVOICES_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICES_TYPE_ITEM_VALUES!r}")
