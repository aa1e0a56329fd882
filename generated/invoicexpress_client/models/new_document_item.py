from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_document_item_tax import NewDocumentItemTax


T = TypeVar("T", bound="NewDocumentItem")


@_attrs_define
class NewDocumentItem:
    """One line of a document. An item name the catalogue lacks adds that item; a known one is updated with the line's
    values.

        Attributes:
            name (str): The item's name.
            description (str): The line's description.
            unit_price (Decimal): The price of one unit, before taxes (written with its digits, never through a float).
            quantity (Decimal): How many units.
            unit (str | Unset): The unit (`unit`, `hour`, `service`).
            discount (Decimal | Unset): The line's discount, in percent.
            tax (NewDocumentItemTax | Unset): The tax a line is charged, by name (an unknown name gets the account's default
                tax).
    """

    name: str
    description: str
    unit_price: Decimal
    quantity: Decimal
    unit: str | Unset = UNSET
    discount: Decimal | Unset = UNSET
    tax: NewDocumentItemTax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        unit_price = _codecs.write_decimal(self.unit_price, "unit_price", "number")

        quantity = _codecs.write_decimal(self.quantity, "quantity", "number")

        unit = self.unit

        discount = (
            self.discount
            if isinstance(self.discount, Unset)
            else _codecs.write_decimal(self.discount, "discount", "number")
        )

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
                "quantity": quantity,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_document_item_tax import NewDocumentItemTax  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        unit_price = _codecs.read_decimal(d.pop("unit_price"), "unit_price")

        quantity = _codecs.read_decimal(d.pop("quantity"), "quantity")

        unit = d.pop("unit", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: Decimal | Unset = (
            _discount if isinstance(_discount, Unset) else _codecs.read_decimal(_discount, "discount")
        )

        _tax = d.pop("tax", UNSET)
        tax: NewDocumentItemTax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = NewDocumentItemTax.from_dict(_tax)

        new_document_item = cls(
            name=name,
            description=description,
            unit_price=unit_price,
            quantity=quantity,
            unit=unit,
            discount=discount,
            tax=tax,
        )

        new_document_item.additional_properties = d
        return new_document_item

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
