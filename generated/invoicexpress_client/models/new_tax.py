from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..models.new_tax_code import NewTaxCode, check_new_tax_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTax")


@_attrs_define
class NewTax:
    """A tax to create, or what a tax becomes (an update sends `name` and `value` again).

    Attributes:
        name (str): The tax's name, unique in the account, e.g. `IVA23`; a name in use is refused.
        value (Decimal): The rate in percent, from 0 to 100, as a numeric string (`"23.0"`); a rate above 100 is
            refused.
        region (str | Unset): Where the rate applies (`PT`, `PT-AC`, `PT-MA`, `Desconhecido`, or a country's code);
            SAF-T (PT) needs it.
        code (NewTaxCode | Unset): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
            (other), `ISE` (exempt).
        default_tax (bool | Unset): Whether the tax becomes the account's default (and the previous default no longer
            is).
    """

    name: str
    value: Decimal
    region: str | Unset = UNSET
    code: NewTaxCode | Unset = UNSET
    default_tax: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = _codecs.write_decimal(self.value, "value", "string")

        region = self.region

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        default_tax = (
            self.default_tax
            if isinstance(self.default_tax, Unset)
            else _codecs.write_boolean(self.default_tax, "default_tax", "integer")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if code is not UNSET:
            field_dict["code"] = code
        if default_tax is not UNSET:
            field_dict["default_tax"] = default_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        value = _codecs.read_decimal(d.pop("value"), "value")

        region = d.pop("region", UNSET)

        _code = d.pop("code", UNSET)
        code: NewTaxCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_new_tax_code(_code)

        _default_tax = d.pop("default_tax", UNSET)
        default_tax: bool | Unset = (
            _default_tax if isinstance(_default_tax, Unset) else _codecs.read_boolean(_default_tax, "default_tax")
        )

        new_tax = cls(
            name=name,
            value=value,
            region=region,
            code=code,
            default_tax=default_tax,
        )

        new_tax.additional_properties = d
        return new_tax

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
