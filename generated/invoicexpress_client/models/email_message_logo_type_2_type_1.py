from typing import Literal

EmailMessageLogoType2Type1 = Literal["0", "1"]

EMAIL_MESSAGE_LOGO_TYPE_2_TYPE_1_VALUES: set[EmailMessageLogoType2Type1] = {
    "0",
    "1",
}


def check_email_message_logo_type_2_type_1(value: str) -> EmailMessageLogoType2Type1:
    if value in EMAIL_MESSAGE_LOGO_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_MESSAGE_LOGO_TYPE_2_TYPE_1_VALUES!r}")
