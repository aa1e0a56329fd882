from typing import Literal

DocumentStatus = Literal["canceled", "deleted", "draft", "final", "second_copy", "settled"]

DOCUMENT_STATUS_VALUES: set[DocumentStatus] = {
    "canceled",
    "deleted",
    "draft",
    "final",
    "second_copy",
    "settled",
}


def check_document_status(value: str) -> DocumentStatus:
    if value in DOCUMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCUMENT_STATUS_VALUES!r}")
