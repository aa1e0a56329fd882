from typing import Literal

StateChangeState = Literal["canceled", "deleted", "finalized", "settled", "unsettled"]

STATE_CHANGE_STATE_VALUES: set[StateChangeState] = {
    "canceled",
    "deleted",
    "finalized",
    "settled",
    "unsettled",
}


def check_state_change_state(value: str) -> StateChangeState:
    if value in STATE_CHANGE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATE_CHANGE_STATE_VALUES!r}")
