from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tax import Tax


T = TypeVar("T", bound="TaxEnvelope")


@_attrs_define
class TaxEnvelope:
    """One tax, under `tax`.

    Attributes:
        tax (Tax): A tax (a VAT rate) of the account, which items and document lines refer to by name. Fields not listed
            here
            are kept.
    """

    tax: Tax
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
        from ..models.tax import Tax  # noqa: PLC0415

        d = dict(src_dict)
        tax = Tax.from_dict(d.pop("tax"))

        tax_envelope = cls(
            tax=tax,
        )

        tax_envelope.additional_properties = d
        return tax_envelope

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
