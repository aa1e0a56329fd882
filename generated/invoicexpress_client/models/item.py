from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_tax import ItemTax


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item of the account's catalogue: a product or service that document lines name. Fields not listed here
    are kept.

        Attributes:
            id (int): The item's id (an integer, or its digits as a string).
            name (str): The item's name, unique in the catalogue; document lines name the item by it.
            unit_price (Decimal): The price of one unit, before taxes, e.g. `16.2602`.
            description (None | str | Unset): What the item is, as printed on document lines.
            unit (None | str | Unset): The unit it is sold by, e.g. `service`, `hour`, `unit`.
            tax (ItemTax | None | Unset): The tax the item's lines are charged, if any.
    """

    id: int
    name: str
    unit_price: Decimal
    description: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    tax: ItemTax | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_tax import ItemTax  # noqa: PLC0415

        id = _codecs.write_integer(self.id, "id", "integer")

        name = self.name

        unit_price = _codecs.write_decimal(self.unit_price, "unit_price", "number")

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, ItemTax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "unit_price": unit_price,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_tax import ItemTax  # noqa: PLC0415

        d = dict(src_dict)
        id = _codecs.read_integer(d.pop("id"), "id")

        name = d.pop("name")

        unit_price = _codecs.read_decimal(d.pop("unit_price"), "unit_price")

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        def _parse_tax(data: object) -> ItemTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_type_0 = ItemTax.from_dict(data)

                return tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemTax | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        item = cls(
            id=id,
            name=name,
            unit_price=unit_price,
            description=description,
            unit=unit,
            tax=tax,
        )

        item.additional_properties = d
        return item

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
