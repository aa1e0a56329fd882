from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentClient")


@_attrs_define
class DocumentClient:
    """The client a document is issued to, as the document holds it (the list's entries give less).

    Attributes:
        name (str): The client's name.
        id (int | Unset): The client's id in the account.
        code (None | str | Unset): The client's code.
        email (None | str | Unset): The client's e-mail address.
        country (None | str | Unset): The client's country, by its name (`Portugal`).
        fiscal_id (None | str | Unset): The client's tax number, where the answer gives it.
    """

    name: str
    id: int | Unset = UNSET
    code: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    fiscal_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id if isinstance(self.id, Unset) else _codecs.write_integer(self.id, "id", "integer")

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        fiscal_id: None | str | Unset
        if isinstance(self.fiscal_id, Unset):
            fiscal_id = UNSET
        else:
            fiscal_id = self.fiscal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if email is not UNSET:
            field_dict["email"] = email
        if country is not UNSET:
            field_dict["country"] = country
        if fiscal_id is not UNSET:
            field_dict["fiscal_id"] = fiscal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _id = d.pop("id", UNSET)
        id: int | Unset = _id if isinstance(_id, Unset) else _codecs.read_integer(_id, "id")

        code = d.pop("code", UNSET)

        email = d.pop("email", UNSET)

        country = d.pop("country", UNSET)

        fiscal_id = d.pop("fiscal_id", UNSET)

        document_client = cls(
            name=name,
            id=id,
            code=code,
            email=email,
            country=country,
            fiscal_id=fiscal_id,
        )

        document_client.additional_properties = d
        return document_client

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
