from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_tax import NewTax


T = TypeVar("T", bound="NewTaxRequest")


@_attrs_define
class NewTaxRequest:
    """The body of a tax's create or update.

    Attributes:
        tax (NewTax): A tax to create, or what a tax becomes (an update sends `name` and `value` again).
    """

    tax: NewTax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax": tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_tax import NewTax  # noqa: PLC0415

        d = dict(src_dict)
        tax = NewTax.from_dict(d.pop("tax"))

        new_tax_request = cls(
            tax=tax,
        )

        new_tax_request.additional_properties = d
        return new_tax_request

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
