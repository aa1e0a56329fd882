from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_change_state import StateChangeState, check_state_change_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="StateChange")


@_attrs_define
class StateChange:
    """A change of a document's state, by the event that makes it; what each type allows in each state is the table of
    document types'.

        Attributes:
            state (StateChangeState): The event: `finalized` numbers a draft in its series, `deleted` removes a draft,
                `canceled` cancels a final document (with a `message`), `settled` marks it paid, `unsettled` undoes that.
            message (None | str | Unset): Why; required to cancel (an empty one is none).
    """

    state: StateChangeState
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = check_state_change_state(d.pop("state"))

        message = d.pop("message", UNSET)

        state_change = cls(
            state=state,
            message=message,
        )

        state_change.additional_properties = d
        return state_change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
