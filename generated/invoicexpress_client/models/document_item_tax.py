from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentItemTax")


@_attrs_define
class DocumentItemTax:
    """The tax a document line is charged, as the document holds it (name and value are null on some lines of real
    answers).

        Attributes:
            id (int | Unset): The tax's id.
            name (None | str | Unset): The tax's name (`IVA23`).
            value (Decimal | None | Unset): The rate, in percent (`23.0`).
    """

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id if isinstance(self.id, Unset) else _codecs.write_integer(self.id, "id", "integer")

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset = _id if isinstance(_id, Unset) else _codecs.read_integer(_id, "id")

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: Decimal | None | Unset = (
            _value if _value is None or isinstance(_value, Unset) else _codecs.read_decimal(_value, "value")
        )

        document_item_tax = cls(
            id=id,
            name=name,
            value=value,
        )

        document_item_tax.additional_properties = d
        return document_item_tax

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
