from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.state_change import StateChange


T = TypeVar("T", bound="StateChangeRequest")


@_attrs_define
class StateChangeRequest:
    """A change of state, under `invoice`.

    Attributes:
        invoice (StateChange): A change of a document's state, by the event that makes it; what each type allows in each
            state is the table of document types'.
    """

    invoice: StateChange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_change import StateChange  # noqa: PLC0415

        d = dict(src_dict)
        invoice = StateChange.from_dict(d.pop("invoice"))

        state_change_request = cls(
            invoice=invoice,
        )

        state_change_request.additional_properties = d
        return state_change_request

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
