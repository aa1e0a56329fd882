from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_item_tax import NewItemTax


T = TypeVar("T", bound="NewItem")


@_attrs_define
class NewItem:
    """An item to create, or what an item becomes (an update sends `name`, `description` and `unit_price` again).

    Attributes:
        name (str): The item's name, unique in the catalogue; a name in use is refused.
        description (str): What the item is, as printed on document lines.
        unit_price (Decimal): The price of one unit, before taxes, e.g. `16.2602` (written with its digits, never
            through a float).
        unit (str | Unset): The unit it is sold by, e.g. `service`, `hour`, `unit`.
        tax (NewItemTax | Unset): The tax of an item, by its name.
    """

    name: str
    description: str
    unit_price: Decimal
    unit: str | Unset = UNSET
    tax: NewItemTax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        unit_price = _codecs.write_decimal(self.unit_price, "unit_price", "number")

        unit = self.unit

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "unit_price": unit_price,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_item_tax import NewItemTax  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        unit_price = _codecs.read_decimal(d.pop("unit_price"), "unit_price")

        unit = d.pop("unit", UNSET)

        _tax = d.pop("tax", UNSET)
        tax: NewItemTax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = NewItemTax.from_dict(_tax)

        new_item = cls(
            name=name,
            description=description,
            unit_price=unit_price,
            unit=unit,
            tax=tax,
        )

        new_item.additional_properties = d
        return new_item

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
