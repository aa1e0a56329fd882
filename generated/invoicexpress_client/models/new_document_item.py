from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
            unit (None | str | Unset): The unit (`unit`, `hour`, `service`).
            discount (Decimal | None | Unset): The line's discount, in percent.
            tax (NewDocumentItemTax | None | Unset): The tax the line is charged (the account's default tax unless given).
    """

    name: str
    description: str
    unit_price: Decimal
    quantity: Decimal
    unit: None | str | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    tax: NewDocumentItemTax | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_document_item_tax import NewDocumentItemTax  # noqa: PLC0415

        name = self.name

        description = self.description

        unit_price = _codecs.write_decimal(self.unit_price, "unit_price", "number")

        quantity = _codecs.write_decimal(self.quantity, "quantity", "number")

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        discount = (
            self.discount
            if self.discount is None or isinstance(self.discount, Unset)
            else _codecs.write_decimal(self.discount, "discount", "number")
        )

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, NewDocumentItemTax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

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
        discount: Decimal | None | Unset = (
            _discount
            if _discount is None or isinstance(_discount, Unset)
            else _codecs.read_decimal(_discount, "discount")
        )

        def _parse_tax(data: object) -> NewDocumentItemTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_type_0 = NewDocumentItemTax.from_dict(data)

                return tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewDocumentItemTax | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

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
