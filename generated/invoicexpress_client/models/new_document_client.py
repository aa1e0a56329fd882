from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewDocumentClient")


@_attrs_define
class NewDocumentClient:
    """Whom a document is issued to. A name the account has no client by creates that client; `code` picks an existing one.

    Attributes:
        name (str): The client's name.
        code (None | str | Unset): The client's code.
        email (None | str | Unset): Its e-mail address.
        address (None | str | Unset): Its address.
        city (None | str | Unset): Its city.
        postal_code (None | str | Unset): Its postal code.
        fiscal_id (None | str | Unset): Its tax number (a NIF in Portugal).
        country (None | str | Unset): Its country, by name (`Portugal`).
        website (None | str | Unset): Its website.
        phone (None | str | Unset): Its phone number.
        fax (None | str | Unset): Its fax number.
        observations (None | str | Unset): Notes on the client.
    """

    name: str
    code: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    fiscal_id: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    observations: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        fiscal_id: None | str | Unset
        if isinstance(self.fiscal_id, Unset):
            fiscal_id = UNSET
        else:
            fiscal_id = self.fiscal_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        observations: None | str | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        else:
            observations = self.observations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if fiscal_id is not UNSET:
            field_dict["fiscal_id"] = fiscal_id
        if country is not UNSET:
            field_dict["country"] = country
        if website is not UNSET:
            field_dict["website"] = website
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if observations is not UNSET:
            field_dict["observations"] = observations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code", UNSET)

        email = d.pop("email", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        fiscal_id = d.pop("fiscal_id", UNSET)

        country = d.pop("country", UNSET)

        website = d.pop("website", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        observations = d.pop("observations", UNSET)

        new_document_client = cls(
            name=name,
            code=code,
            email=email,
            address=address,
            city=city,
            postal_code=postal_code,
            fiscal_id=fiscal_id,
            country=country,
            website=website,
            phone=phone,
            fax=fax,
            observations=observations,
        )

        new_document_client.additional_properties = d
        return new_document_client

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
