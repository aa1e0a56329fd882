from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_item_tax import DocumentItemTax


T = TypeVar("T", bound="DocumentItem")


@_attrs_define
class DocumentItem:
    """One line of a document, with what it comes to. Prices and quantities arrive as strings, the amounts as numbers
    (unrounded but for `total`); all are read as Decimal.

        Attributes:
            name (str): The item's name.
            unit_price (Decimal): The price of one unit, before taxes (`"24.3902"`).
            quantity (Decimal): How many units (`"1.0"`).
            description (None | str | Unset): The line's description.
            unit (None | str | Unset): The unit (`unit`, `hour`, `service`).
            tax (DocumentItemTax | None | Unset): The tax the line is charged.
            discount (Decimal | None | Unset): The line's discount, in percent.
            subtotal (Decimal | Unset): Quantity times unit price, unrounded (`2.0244`).
            tax_amount (Decimal | Unset): The line's tax, unrounded (`0.465612`).
            discount_amount (Decimal | Unset): The line's discount, as an amount.
            total (Decimal | Unset): What the line comes to, taxes included, rounded to the cent (`2.49`).
    """

    name: str
    unit_price: Decimal
    quantity: Decimal
    description: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    tax: DocumentItemTax | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    subtotal: Decimal | Unset = UNSET
    tax_amount: Decimal | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_item_tax import DocumentItemTax  # noqa: PLC0415

        name = self.name

        unit_price = _codecs.write_decimal(self.unit_price, "unit_price", "number")

        quantity = _codecs.write_decimal(self.quantity, "quantity", "number")

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
        elif isinstance(self.tax, DocumentItemTax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        discount = (
            self.discount
            if self.discount is None or isinstance(self.discount, Unset)
            else _codecs.write_decimal(self.discount, "discount", "number")
        )

        subtotal = (
            self.subtotal
            if isinstance(self.subtotal, Unset)
            else _codecs.write_decimal(self.subtotal, "subtotal", "number")
        )

        tax_amount = (
            self.tax_amount
            if isinstance(self.tax_amount, Unset)
            else _codecs.write_decimal(self.tax_amount, "tax_amount", "number")
        )

        discount_amount = (
            self.discount_amount
            if isinstance(self.discount_amount, Unset)
            else _codecs.write_decimal(self.discount_amount, "discount_amount", "number")
        )

        total = self.total if isinstance(self.total, Unset) else _codecs.write_decimal(self.total, "total", "number")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "unit_price": unit_price,
                "quantity": quantity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tax is not UNSET:
            field_dict["tax"] = tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_item_tax import DocumentItemTax  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        unit_price = _codecs.read_decimal(d.pop("unit_price"), "unit_price")

        quantity = _codecs.read_decimal(d.pop("quantity"), "quantity")

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        def _parse_tax(data: object) -> DocumentItemTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_type_0 = DocumentItemTax.from_dict(data)

                return tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentItemTax | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        _discount = d.pop("discount", UNSET)
        discount: Decimal | None | Unset = (
            _discount
            if _discount is None or isinstance(_discount, Unset)
            else _codecs.read_decimal(_discount, "discount")
        )

        _subtotal = d.pop("subtotal", UNSET)
        subtotal: Decimal | Unset = (
            _subtotal if isinstance(_subtotal, Unset) else _codecs.read_decimal(_subtotal, "subtotal")
        )

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Decimal | Unset = (
            _tax_amount if isinstance(_tax_amount, Unset) else _codecs.read_decimal(_tax_amount, "tax_amount")
        )

        _discount_amount = d.pop("discount_amount", UNSET)
        discount_amount: Decimal | Unset = (
            _discount_amount
            if isinstance(_discount_amount, Unset)
            else _codecs.read_decimal(_discount_amount, "discount_amount")
        )

        _total = d.pop("total", UNSET)
        total: Decimal | Unset = _total if isinstance(_total, Unset) else _codecs.read_decimal(_total, "total")

        document_item = cls(
            name=name,
            unit_price=unit_price,
            quantity=quantity,
            description=description,
            unit=unit,
            tax=tax,
            discount=discount,
            subtotal=subtotal,
            tax_amount=tax_amount,
            discount_amount=discount_amount,
            total=total,
        )

        document_item.additional_properties = d
        return document_item

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
