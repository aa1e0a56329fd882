from typing import Literal

EmailRecipientSave = Literal["0", "1"]

EMAIL_RECIPIENT_SAVE_VALUES: set[EmailRecipientSave] = {
    "0",
    "1",
}


def check_email_recipient_save(value: str) -> EmailRecipientSave:
    if value in EMAIL_RECIPIENT_SAVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_RECIPIENT_SAVE_VALUES!r}")
