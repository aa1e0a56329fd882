from typing import Literal

NewClientSendOptions = Literal["1", "2", "3"]

NEW_CLIENT_SEND_OPTIONS_VALUES: set[NewClientSendOptions] = {
    "1",
    "2",
    "3",
}


def check_new_client_send_options(value: str) -> NewClientSendOptions:
    if value in NEW_CLIENT_SEND_OPTIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_CLIENT_SEND_OPTIONS_VALUES!r}")
