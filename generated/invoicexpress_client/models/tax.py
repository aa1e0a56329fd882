from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax (a VAT rate) of the account, which items and document lines refer to by name. Fields not listed here
    are kept.

        Attributes:
            id (int): The tax's id (an integer, or its digits as a string).
            name (str): The tax's name, unique in the account, e.g. `IVA23`.
            value (Decimal): The rate, in percent, e.g. `23.0` (a number in a tax's own answer, a numeric string in the
                list).
            region (None | str | Unset): Where the rate applies, as SAF-T (PT) needs it; `PT` (the mainland), `PT-AC` (the
                Azores), `PT-MA` (Madeira), `Desconhecido` (unknown), or a country's code.
            code (None | str | Unset): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
                (other), `ISE` (exempt).
            default_tax (bool | Unset): Whether it is the account's default tax (the one a document line without a known tax
                gets).
    """

    id: int
    name: str
    value: Decimal
    region: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    default_tax: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = _codecs.write_integer(self.id, "id", "integer")

        name = self.name

        value = _codecs.write_decimal(self.value, "value", "number")

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
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
                "id": id,
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
        id = _codecs.read_integer(d.pop("id"), "id")

        name = d.pop("name")

        value = _codecs.read_decimal(d.pop("value"), "value")

        region = d.pop("region", UNSET)

        code = d.pop("code", UNSET)

        _default_tax = d.pop("default_tax", UNSET)
        default_tax: bool | Unset = (
            _default_tax if isinstance(_default_tax, Unset) else _codecs.read_boolean(_default_tax, "default_tax")
        )

        tax = cls(
            id=id,
            name=name,
            value=value,
            region=region,
            code=code,
            default_tax=default_tax,
        )

        tax.additional_properties = d
        return tax

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
