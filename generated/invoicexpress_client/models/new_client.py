from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_client_language import NewClientLanguage, check_new_client_language
from ..models.new_client_send_options import (
    NewClientSendOptions,
    check_new_client_send_options,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferred_contact import PreferredContact


T = TypeVar("T", bound="NewClient")


@_attrs_define
class NewClient:
    """A client to create, or what a client becomes. An update sends `name` again (the service requires it) and
    changes the fields it sends; those it leaves out keep their values.

        Attributes:
            name (str): The client's name, unique in the account; a name in use is refused.
            code (str | Unset): The client's code, unique in the account; a code in use is refused.
            email (str | Unset): The client's e-mail address.
            language (NewClientLanguage | Unset): The language of the client's documents (the account's own unless given).
            address (str | Unset): The street address.
            city (str | Unset): The city.
            postal_code (str | Unset): The postal code, e.g. `1000-100`.
            country (str | Unset): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK` ...), not
                an ISO code.
            fiscal_id (str | Unset): The tax number; for a client in Portugal a valid NIF (nine digits with their check
                digit), else refused.
            website (str | Unset): The client's website.
            phone (str | Unset): The phone number.
            fax (str | Unset): The fax number.
            preferred_contact (PreferredContact | Unset): The person to address at a client.
            observations (str | Unset): Text copied into the observations of the client's documents.
            send_options (NewClientSendOptions | Unset): How many copies its documents print: `"1"` the original, `"2"` with
                a duplicate, `"3"` with a triplicate.
    """

    name: str
    code: str | Unset = UNSET
    email: str | Unset = UNSET
    language: NewClientLanguage | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    fiscal_id: str | Unset = UNSET
    website: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    preferred_contact: PreferredContact | Unset = UNSET
    observations: str | Unset = UNSET
    send_options: NewClientSendOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        email = self.email

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        address = self.address

        city = self.city

        postal_code = self.postal_code

        country = self.country

        fiscal_id = self.fiscal_id

        website = self.website

        phone = self.phone

        fax = self.fax

        preferred_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_contact, Unset):
            preferred_contact = self.preferred_contact.to_dict()

        observations = self.observations

        send_options: str | Unset = UNSET
        if not isinstance(self.send_options, Unset):
            send_options = self.send_options

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
        if language is not UNSET:
            field_dict["language"] = language
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if fiscal_id is not UNSET:
            field_dict["fiscal_id"] = fiscal_id
        if website is not UNSET:
            field_dict["website"] = website
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if preferred_contact is not UNSET:
            field_dict["preferred_contact"] = preferred_contact
        if observations is not UNSET:
            field_dict["observations"] = observations
        if send_options is not UNSET:
            field_dict["send_options"] = send_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferred_contact import PreferredContact  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code", UNSET)

        email = d.pop("email", UNSET)

        _language = d.pop("language", UNSET)
        language: NewClientLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_new_client_language(_language)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        fiscal_id = d.pop("fiscal_id", UNSET)

        website = d.pop("website", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        _preferred_contact = d.pop("preferred_contact", UNSET)
        preferred_contact: PreferredContact | Unset
        if isinstance(_preferred_contact, Unset):
            preferred_contact = UNSET
        else:
            preferred_contact = PreferredContact.from_dict(_preferred_contact)

        observations = d.pop("observations", UNSET)

        _send_options = d.pop("send_options", UNSET)
        send_options: NewClientSendOptions | Unset
        if isinstance(_send_options, Unset):
            send_options = UNSET
        else:
            send_options = check_new_client_send_options(_send_options)

        new_client = cls(
            name=name,
            code=code,
            email=email,
            language=language,
            address=address,
            city=city,
            postal_code=postal_code,
            country=country,
            fiscal_id=fiscal_id,
            website=website,
            phone=phone,
            fax=fax,
            preferred_contact=preferred_contact,
            observations=observations,
            send_options=send_options,
        )

        new_client.additional_properties = d
        return new_client

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
