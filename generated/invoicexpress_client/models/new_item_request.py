from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_item import NewItem


T = TypeVar("T", bound="NewItemRequest")


@_attrs_define
class NewItemRequest:
    """The body of an item's create or update.

    Attributes:
        item (NewItem): An item to create, or what an item becomes (an update sends `name`, `description` and
            `unit_price` again).
    """

    item: NewItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_item import NewItem  # noqa: PLC0415

        d = dict(src_dict)
        item = NewItem.from_dict(d.pop("item"))

        new_item_request = cls(
            item=item,
        )

        new_item_request.additional_properties = d
        return new_item_request

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
