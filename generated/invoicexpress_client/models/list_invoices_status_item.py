from typing import Literal

ListInvoicesStatusItem = Literal["canceled", "deleted", "draft", "final", "second_copy", "sent", "settled"]

LIST_INVOICES_STATUS_ITEM_VALUES: set[ListInvoicesStatusItem] = {
    "canceled",
    "deleted",
    "draft",
    "final",
    "second_copy",
    "sent",
    "settled",
}


def check_list_invoices_status_item(value: str) -> ListInvoicesStatusItem:
    if value in LIST_INVOICES_STATUS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICES_STATUS_ITEM_VALUES!r}")
