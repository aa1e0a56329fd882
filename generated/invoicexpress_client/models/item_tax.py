from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemTax")


@_attrs_define
class ItemTax:
    """The tax an item's lines are charged, as the item reports it.

    Attributes:
        name (None | str | Unset): The tax's name, e.g. `IVA23`.
        value (Decimal | None | Unset): The tax's rate in percent (a numeric string in the items list).
        comment (None | str | Unset): A note on the rate, e.g. `tax value:23.0%`.
    """

    name: None | str | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value = (
            self.value
            if self.value is None or isinstance(self.value, Unset)
            else _codecs.write_decimal(self.value, "value", "number")
        )

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: Decimal | None | Unset = (
            _value if _value is None or isinstance(_value, Unset) else _codecs.read_decimal(_value, "value")
        )

        comment = d.pop("comment", UNSET)

        item_tax = cls(
            name=name,
            value=value,
            comment=comment,
        )

        item_tax.additional_properties = d
        return item_tax

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
