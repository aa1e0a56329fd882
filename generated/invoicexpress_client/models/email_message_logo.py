from typing import Literal

EmailMessageLogo = Literal["0", "1"]

EMAIL_MESSAGE_LOGO_VALUES: set[EmailMessageLogo] = {
    "0",
    "1",
}


def check_email_message_logo(value: str) -> EmailMessageLogo:
    if value in EMAIL_MESSAGE_LOGO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_MESSAGE_LOGO_VALUES!r}")
