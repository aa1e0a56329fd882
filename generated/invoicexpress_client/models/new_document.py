from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_document_client import NewDocumentClient
    from ..models.new_document_item import NewDocumentItem


T = TypeVar("T", bound="NewDocument")


@_attrs_define
class NewDocument:
    """A document to create, or what a draft becomes (an update replaces the whole document, so it sends the client and the
    items again).

        Attributes:
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document of its
                type in its series.
            due_date (datetime.date): When it falls due; not before `date`.
            client (NewDocumentClient): Whom a document is issued to. A name the account has no client by creates that
                client; `code` picks an existing one.
            items (list[NewDocumentItem]): Its lines, one at least.
            reference (str | Unset): Free text, such as the order number.
            observations (str | Unset): Printed on the document.
            retention (str | Unset): The withholding tax, in percent (`"25.0"`).
            tax_exemption (str | Unset): The tax exemption code, for lines taxed at 0%.
            sequence_id (str | Unset): The series to number it in, as the series' `current_<type>_sequence_id` for the
                document's type (sent as a string; an integer is refused), not the series' `id`. The account's default series
                unless given.
            owner_invoice_id (int | Unset): For a credit or debit note, the id of the invoice it corrects.
            currency_code (str | Unset): Its currency, by ISO 4217 code, for a document not in euros.
            rate (str | Unset): The exchange rate to the euro, for a document in another currency (`"1.10"`).
    """

    date: datetime.date
    due_date: datetime.date
    client: NewDocumentClient
    items: list[NewDocumentItem]
    reference: str | Unset = UNSET
    observations: str | Unset = UNSET
    retention: str | Unset = UNSET
    tax_exemption: str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    owner_invoice_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = _codecs.write_date(self.date, "date", "string")

        due_date = _codecs.write_date(self.due_date, "due_date", "string")

        client = self.client.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        reference = self.reference

        observations = self.observations

        retention = self.retention

        tax_exemption = self.tax_exemption

        sequence_id = self.sequence_id

        owner_invoice_id = self.owner_invoice_id

        currency_code = self.currency_code

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "due_date": due_date,
                "client": client,
                "items": items,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if observations is not UNSET:
            field_dict["observations"] = observations
        if retention is not UNSET:
            field_dict["retention"] = retention
        if tax_exemption is not UNSET:
            field_dict["tax_exemption"] = tax_exemption
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if owner_invoice_id is not UNSET:
            field_dict["owner_invoice_id"] = owner_invoice_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_document_client import NewDocumentClient  # noqa: PLC0415
        from ..models.new_document_item import NewDocumentItem  # noqa: PLC0415

        d = dict(src_dict)
        date = _codecs.read_date(d.pop("date"), "date")

        due_date = _codecs.read_date(d.pop("due_date"), "due_date")

        client = NewDocumentClient.from_dict(d.pop("client"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = NewDocumentItem.from_dict(items_item_data)

            items.append(items_item)

        reference = d.pop("reference", UNSET)

        observations = d.pop("observations", UNSET)

        retention = d.pop("retention", UNSET)

        tax_exemption = d.pop("tax_exemption", UNSET)

        sequence_id = d.pop("sequence_id", UNSET)

        owner_invoice_id = d.pop("owner_invoice_id", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        rate = d.pop("rate", UNSET)

        new_document = cls(
            date=date,
            due_date=due_date,
            client=client,
            items=items,
            reference=reference,
            observations=observations,
            retention=retention,
            tax_exemption=tax_exemption,
            sequence_id=sequence_id,
            owner_invoice_id=owner_invoice_id,
            currency_code=currency_code,
            rate=rate,
        )

        new_document.additional_properties = d
        return new_document

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
