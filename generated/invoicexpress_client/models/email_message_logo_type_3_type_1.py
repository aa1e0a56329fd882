from typing import Literal

EmailMessageLogoType3Type1 = Literal["0", "1"]

EMAIL_MESSAGE_LOGO_TYPE_3_TYPE_1_VALUES: set[EmailMessageLogoType3Type1] = {
    "0",
    "1",
}


def check_email_message_logo_type_3_type_1(value: str) -> EmailMessageLogoType3Type1:
    if value in EMAIL_MESSAGE_LOGO_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_MESSAGE_LOGO_TYPE_3_TYPE_1_VALUES!r}")
