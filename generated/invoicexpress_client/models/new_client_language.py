from typing import Literal

NewClientLanguage = Literal["en", "es", "pt"]

NEW_CLIENT_LANGUAGE_VALUES: set[NewClientLanguage] = {
    "en",
    "es",
    "pt",
}


def check_new_client_language(value: str) -> NewClientLanguage:
    if value in NEW_CLIENT_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_CLIENT_LANGUAGE_VALUES!r}")
