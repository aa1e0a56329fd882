from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReceiptCancel")


@_attrs_define
class ReceiptCancel:
    """The cancellation of a receipt, and why.

    Attributes:
        state (Literal['canceled']): Always `canceled` (the only change a receipt takes).
        message (str): Why the receipt is cancelled.
    """

    state: Literal["canceled"]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = cast(Literal["canceled"], d.pop("state"))
        if state != "canceled":
            raise ValueError(f"state must match const 'canceled', got '{state}'")

        message = d.pop("message")

        receipt_cancel = cls(
            state=state,
            message=message,
        )

        receipt_cancel.additional_properties = d
        return receipt_cancel

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
