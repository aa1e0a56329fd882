from typing import Literal

NewSequenceDefaultSequence = Literal["0", "1"]

NEW_SEQUENCE_DEFAULT_SEQUENCE_VALUES: set[NewSequenceDefaultSequence] = {
    "0",
    "1",
}


def check_new_sequence_default_sequence(value: str) -> NewSequenceDefaultSequence:
    if value in NEW_SEQUENCE_DEFAULT_SEQUENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_SEQUENCE_DEFAULT_SEQUENCE_VALUES!r}")
