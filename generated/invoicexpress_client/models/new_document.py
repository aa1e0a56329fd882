from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    """A document to create, or what a draft becomes (an optional field null is not given) (an update replaces the whole
    document, so it sends the client and the items again).

        Attributes:
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document of its
                type in its series.
            client (NewDocumentClient | None): Whom it is issued to.
            items (list[NewDocumentItem]): Its lines, one at least.
            due_date (datetime.date | None | Unset): When it falls due; not before `date` (the date itself unless given, as
                a production client finds for invoice-receipts).
            reference (None | str | Unset): Free text, such as the order number.
            observations (None | str | Unset): Printed on the document.
            retention (None | str | Unset): The withholding tax, in percent (`"25.0"`).
            tax_exemption (None | str | Unset): The tax exemption code, for lines taxed at 0%.
            sequence_id (None | str | Unset): The series to number it in, as the series' `current_<type>_sequence_id` for
                the document's type (sent as a string; an integer is refused), not the series' `id`. The account's default
                series unless given.
            owner_invoice_id (int | None | Unset): For a credit or debit note, the id of the invoice it corrects.
    """

    date: datetime.date
    client: NewDocumentClient | None
    items: list[NewDocumentItem]
    due_date: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    observations: None | str | Unset = UNSET
    retention: None | str | Unset = UNSET
    tax_exemption: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    owner_invoice_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_document_client import NewDocumentClient  # noqa: PLC0415

        date = _codecs.write_date(self.date, "date", "string")

        client: dict[str, Any] | None
        if isinstance(self.client, NewDocumentClient):
            client = self.client.to_dict()
        else:
            client = self.client

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        due_date = (
            self.due_date
            if self.due_date is None or isinstance(self.due_date, Unset)
            else _codecs.write_date(self.due_date, "due_date", "string")
        )

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        observations: None | str | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        else:
            observations = self.observations

        retention: None | str | Unset
        if isinstance(self.retention, Unset):
            retention = UNSET
        else:
            retention = self.retention

        tax_exemption: None | str | Unset
        if isinstance(self.tax_exemption, Unset):
            tax_exemption = UNSET
        else:
            tax_exemption = self.tax_exemption

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id

        owner_invoice_id: int | None | Unset
        if isinstance(self.owner_invoice_id, Unset):
            owner_invoice_id = UNSET
        else:
            owner_invoice_id = self.owner_invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "client": client,
                "items": items,
            }
        )
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_document_client import NewDocumentClient  # noqa: PLC0415
        from ..models.new_document_item import NewDocumentItem  # noqa: PLC0415

        d = dict(src_dict)
        date = _codecs.read_date(d.pop("date"), "date")

        def _parse_client(data: object) -> NewDocumentClient | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = NewDocumentClient.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewDocumentClient | None, data)

        client = _parse_client(d.pop("client"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = NewDocumentItem.from_dict(items_item_data)

            items.append(items_item)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | None | Unset = (
            _due_date if _due_date is None or isinstance(_due_date, Unset) else _codecs.read_date(_due_date, "due_date")
        )

        reference = d.pop("reference", UNSET)

        observations = d.pop("observations", UNSET)

        retention = d.pop("retention", UNSET)

        tax_exemption = d.pop("tax_exemption", UNSET)

        sequence_id = d.pop("sequence_id", UNSET)

        owner_invoice_id = d.pop("owner_invoice_id", UNSET)

        new_document = cls(
            date=date,
            client=client,
            items=items,
            due_date=due_date,
            reference=reference,
            observations=observations,
            retention=retention,
            tax_exemption=tax_exemption,
            sequence_id=sequence_id,
            owner_invoice_id=owner_invoice_id,
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
