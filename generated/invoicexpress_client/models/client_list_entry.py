from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferred_contact import PreferredContact


T = TypeVar("T", bound="ClientListEntry")


@_attrs_define
class ClientListEntry:
    """A client of the account, as a list gives it. The documentation's list entries have no `id`, although the
    service's do: a client that reads an `id` from a list must allow for its absence. Fields not listed here are
    kept.

        Attributes:
            name (str): The client's name, unique in the account.
            id (int | Unset): The client's id (an integer, or its digits as a string, as a client's own answer gives it).
            code (None | str | Unset): The client's code, unique in the account (the account's own reference for it).
            email (None | str | Unset): The client's e-mail address.
            language (None | str | Unset): The language of the client's documents, `pt`, `en` or `es`.
            address (None | str | Unset): The street address.
            city (None | str | Unset): The city.
            postal_code (None | str | Unset): The postal code, e.g. `1000-100`.
            country (None | str | Unset): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK`
                ...), not an ISO code.
            fiscal_id (None | str | Unset): The tax number (NIF for a Portuguese client; `999999990` is the anonymous
                consumer).
            website (None | str | Unset): The client's website.
            phone (None | str | Unset): The phone number.
            fax (None | str | Unset): The fax number.
            preferred_contact (None | PreferredContact | Unset): The person to address at the client, if any.
            observations (None | str | Unset): Text copied into the observations of the client's documents.
            send_options (int | None | Unset): How many copies its documents print: `1` the original, `2` with a duplicate,
                `3` with a triplicate.
            open_account_link (None | str | Unset): The address of the client's statement of account, to share with the
                client.
            payment_days (int | None | Unset): The days the client is given to pay.
            tax_exemption_code (None | str | Unset): The VAT exemption code its documents carry by default, e.g. `M00`
                (none).
    """

    name: str
    id: int | Unset = UNSET
    code: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    fiscal_id: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    preferred_contact: None | PreferredContact | Unset = UNSET
    observations: None | str | Unset = UNSET
    send_options: int | None | Unset = UNSET
    open_account_link: None | str | Unset = UNSET
    payment_days: int | None | Unset = UNSET
    tax_exemption_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.preferred_contact import PreferredContact  # noqa: PLC0415

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

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

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

        preferred_contact: dict[str, Any] | None | Unset
        if isinstance(self.preferred_contact, Unset):
            preferred_contact = UNSET
        elif isinstance(self.preferred_contact, PreferredContact):
            preferred_contact = self.preferred_contact.to_dict()
        else:
            preferred_contact = self.preferred_contact

        observations: None | str | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        else:
            observations = self.observations

        send_options = (
            self.send_options
            if self.send_options is None or isinstance(self.send_options, Unset)
            else _codecs.write_integer(self.send_options, "send_options", "integer")
        )

        open_account_link: None | str | Unset
        if isinstance(self.open_account_link, Unset):
            open_account_link = UNSET
        else:
            open_account_link = self.open_account_link

        payment_days = (
            self.payment_days
            if self.payment_days is None or isinstance(self.payment_days, Unset)
            else _codecs.write_integer(self.payment_days, "payment_days", "integer")
        )

        tax_exemption_code: None | str | Unset
        if isinstance(self.tax_exemption_code, Unset):
            tax_exemption_code = UNSET
        else:
            tax_exemption_code = self.tax_exemption_code

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
        if open_account_link is not UNSET:
            field_dict["open_account_link"] = open_account_link
        if payment_days is not UNSET:
            field_dict["payment_days"] = payment_days
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferred_contact import PreferredContact  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _id = d.pop("id", UNSET)
        id: int | Unset = _id if isinstance(_id, Unset) else _codecs.read_integer(_id, "id")

        code = d.pop("code", UNSET)

        email = d.pop("email", UNSET)

        language = d.pop("language", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        fiscal_id = d.pop("fiscal_id", UNSET)

        website = d.pop("website", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        def _parse_preferred_contact(data: object) -> None | PreferredContact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_contact_type_0 = PreferredContact.from_dict(data)

                return preferred_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreferredContact | Unset, data)

        preferred_contact = _parse_preferred_contact(d.pop("preferred_contact", UNSET))

        observations = d.pop("observations", UNSET)

        _send_options = d.pop("send_options", UNSET)
        send_options: int | None | Unset = (
            _send_options
            if _send_options is None or isinstance(_send_options, Unset)
            else _codecs.read_integer(_send_options, "send_options")
        )

        open_account_link = d.pop("open_account_link", UNSET)

        _payment_days = d.pop("payment_days", UNSET)
        payment_days: int | None | Unset = (
            _payment_days
            if _payment_days is None or isinstance(_payment_days, Unset)
            else _codecs.read_integer(_payment_days, "payment_days")
        )

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        client_list_entry = cls(
            name=name,
            id=id,
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
            open_account_link=open_account_link,
            payment_days=payment_days,
            tax_exemption_code=tax_exemption_code,
        )

        client_list_entry.additional_properties = d
        return client_list_entry

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
