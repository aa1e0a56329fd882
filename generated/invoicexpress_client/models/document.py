from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..models.document_status import DocumentStatus, check_document_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_client import DocumentClient
    from ..models.document_item import DocumentItem


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A document of the invoices family (an invoice, an invoice-receipt, a simplified invoice, a credit or a debit
    note) as the service answers it: a draft until finalized, when it takes its number in its series and its
    ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
    here are kept.

        Attributes:
            id (int): The document's id, unique among every document of the account.
            status (DocumentStatus): Where the document stands (`draft` until finalized; a status not listed is a final one,
                never a draft).
            type_ (str): The document's type (`Invoice`, `CreditNote`, ...), as the table of document types names it.
            archived (bool | None | Unset): Whether the document is archived.
            sequence_number (None | str | Unset): Its number in its series, `<number>/<series>` (`5/A`); a draft's is
                `rascunho` or empty.
            inverted_sequence_number (None | str | Unset): The same, `<series>/<number>` (`A/5`), as the legal number is
                printed (`FT A/5`).
            atcud (None | str | Unset): Its ATCUD, `<validation code>-<number>` (`ABCD1234-5`), or `N/D` / `N/A`; none on a
                draft.
            sequence_id (int | None | Unset): The id of the series' numbering of its type it was issued in
                (`current_<type>_sequence_id`).
            date (datetime.date | None | Unset): The document's date.
            due_date (datetime.date | None | Unset): When it falls due.
            reference (None | str | Unset): Free text, such as the order number.
            observations (None | str | Unset): Printed on the document.
            retention (float | None | str | Unset): The withholding tax, in percent.
            permalink (None | str | Unset): Where the document can be seen online.
            saft_hash (None | str | Unset): The four characters of its signature printed on it (`p6Ex`).
            sum_ (Decimal | None | Unset): What its lines come to before discounts and taxes.
            discount (Decimal | None | Unset): Its discounts, as an amount.
            before_taxes (Decimal | None | Unset): The sum less the discounts.
            taxes (Decimal | None | Unset): Its taxes.
            total (Decimal | None | Unset): What it comes to, taxes included.
            currency (None | str | Unset): Its currency, by name (`Euro`).
            tax_exemption (None | str | Unset): Its tax exemption code, empty when none.
            client (DocumentClient | Unset): The client a document is issued to, as the document holds it (the list's
                entries give less).
            items (list[DocumentItem] | Unset): Its lines.
            owner_invoice_id (int | None | Unset): For a credit or debit note, the id of the invoice it corrects.
            proprietary_uid (None | str | Unset): The unique id the document was created with, where the answer gives it.
    """

    id: int
    status: DocumentStatus
    type_: str
    archived: bool | None | Unset = UNSET
    sequence_number: None | str | Unset = UNSET
    inverted_sequence_number: None | str | Unset = UNSET
    atcud: None | str | Unset = UNSET
    sequence_id: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    observations: None | str | Unset = UNSET
    retention: float | None | str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    saft_hash: None | str | Unset = UNSET
    sum_: Decimal | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    before_taxes: Decimal | None | Unset = UNSET
    taxes: Decimal | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    tax_exemption: None | str | Unset = UNSET
    client: DocumentClient | Unset = UNSET
    items: list[DocumentItem] | Unset = UNSET
    owner_invoice_id: int | None | Unset = UNSET
    proprietary_uid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = _codecs.write_integer(self.id, "id", "integer")

        status: str = self.status

        type_ = self.type_

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        sequence_number: None | str | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        inverted_sequence_number: None | str | Unset
        if isinstance(self.inverted_sequence_number, Unset):
            inverted_sequence_number = UNSET
        else:
            inverted_sequence_number = self.inverted_sequence_number

        atcud: None | str | Unset
        if isinstance(self.atcud, Unset):
            atcud = UNSET
        else:
            atcud = self.atcud

        sequence_id = (
            self.sequence_id
            if self.sequence_id is None or isinstance(self.sequence_id, Unset)
            else _codecs.write_integer(self.sequence_id, "sequence_id", "integer")
        )

        date = (
            self.date
            if self.date is None or isinstance(self.date, Unset)
            else _codecs.write_date(self.date, "date", "string")
        )

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

        retention: float | None | str | Unset
        if isinstance(self.retention, Unset):
            retention = UNSET
        else:
            retention = self.retention

        permalink: None | str | Unset
        if isinstance(self.permalink, Unset):
            permalink = UNSET
        else:
            permalink = self.permalink

        saft_hash: None | str | Unset
        if isinstance(self.saft_hash, Unset):
            saft_hash = UNSET
        else:
            saft_hash = self.saft_hash

        sum_ = (
            self.sum_
            if self.sum_ is None or isinstance(self.sum_, Unset)
            else _codecs.write_decimal(self.sum_, "sum", "number")
        )

        discount = (
            self.discount
            if self.discount is None or isinstance(self.discount, Unset)
            else _codecs.write_decimal(self.discount, "discount", "number")
        )

        before_taxes = (
            self.before_taxes
            if self.before_taxes is None or isinstance(self.before_taxes, Unset)
            else _codecs.write_decimal(self.before_taxes, "before_taxes", "number")
        )

        taxes = (
            self.taxes
            if self.taxes is None or isinstance(self.taxes, Unset)
            else _codecs.write_decimal(self.taxes, "taxes", "number")
        )

        total = (
            self.total
            if self.total is None or isinstance(self.total, Unset)
            else _codecs.write_decimal(self.total, "total", "number")
        )

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        tax_exemption: None | str | Unset
        if isinstance(self.tax_exemption, Unset):
            tax_exemption = UNSET
        else:
            tax_exemption = self.tax_exemption

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        owner_invoice_id = (
            self.owner_invoice_id
            if self.owner_invoice_id is None or isinstance(self.owner_invoice_id, Unset)
            else _codecs.write_integer(self.owner_invoice_id, "owner_invoice_id", "integer")
        )

        proprietary_uid: None | str | Unset
        if isinstance(self.proprietary_uid, Unset):
            proprietary_uid = UNSET
        else:
            proprietary_uid = self.proprietary_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if inverted_sequence_number is not UNSET:
            field_dict["inverted_sequence_number"] = inverted_sequence_number
        if atcud is not UNSET:
            field_dict["atcud"] = atcud
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if reference is not UNSET:
            field_dict["reference"] = reference
        if observations is not UNSET:
            field_dict["observations"] = observations
        if retention is not UNSET:
            field_dict["retention"] = retention
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if saft_hash is not UNSET:
            field_dict["saft_hash"] = saft_hash
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if before_taxes is not UNSET:
            field_dict["before_taxes"] = before_taxes
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_exemption is not UNSET:
            field_dict["tax_exemption"] = tax_exemption
        if client is not UNSET:
            field_dict["client"] = client
        if items is not UNSET:
            field_dict["items"] = items
        if owner_invoice_id is not UNSET:
            field_dict["owner_invoice_id"] = owner_invoice_id
        if proprietary_uid is not UNSET:
            field_dict["proprietary_uid"] = proprietary_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_client import DocumentClient  # noqa: PLC0415
        from ..models.document_item import DocumentItem  # noqa: PLC0415

        d = dict(src_dict)
        id = _codecs.read_integer(d.pop("id"), "id")

        status = check_document_status(d.pop("status"))

        type_ = d.pop("type")

        archived = d.pop("archived", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        inverted_sequence_number = d.pop("inverted_sequence_number", UNSET)

        atcud = d.pop("atcud", UNSET)

        _sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: int | None | Unset = (
            _sequence_id
            if _sequence_id is None or isinstance(_sequence_id, Unset)
            else _codecs.read_integer(_sequence_id, "sequence_id")
        )

        _date = d.pop("date", UNSET)
        date: datetime.date | None | Unset = (
            _date if _date is None or isinstance(_date, Unset) else _codecs.read_date(_date, "date")
        )

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | None | Unset = (
            _due_date if _due_date is None or isinstance(_due_date, Unset) else _codecs.read_date(_due_date, "due_date")
        )

        reference = d.pop("reference", UNSET)

        observations = d.pop("observations", UNSET)

        retention = d.pop("retention", UNSET)

        permalink = d.pop("permalink", UNSET)

        saft_hash = d.pop("saft_hash", UNSET)

        _sum_ = d.pop("sum", UNSET)
        sum_: Decimal | None | Unset = (
            _sum_ if _sum_ is None or isinstance(_sum_, Unset) else _codecs.read_decimal(_sum_, "sum")
        )

        _discount = d.pop("discount", UNSET)
        discount: Decimal | None | Unset = (
            _discount
            if _discount is None or isinstance(_discount, Unset)
            else _codecs.read_decimal(_discount, "discount")
        )

        _before_taxes = d.pop("before_taxes", UNSET)
        before_taxes: Decimal | None | Unset = (
            _before_taxes
            if _before_taxes is None or isinstance(_before_taxes, Unset)
            else _codecs.read_decimal(_before_taxes, "before_taxes")
        )

        _taxes = d.pop("taxes", UNSET)
        taxes: Decimal | None | Unset = (
            _taxes if _taxes is None or isinstance(_taxes, Unset) else _codecs.read_decimal(_taxes, "taxes")
        )

        _total = d.pop("total", UNSET)
        total: Decimal | None | Unset = (
            _total if _total is None or isinstance(_total, Unset) else _codecs.read_decimal(_total, "total")
        )

        currency = d.pop("currency", UNSET)

        tax_exemption = d.pop("tax_exemption", UNSET)

        _client = d.pop("client", UNSET)
        client: DocumentClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = DocumentClient.from_dict(_client)

        _items = d.pop("items", UNSET)
        items: list[DocumentItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = DocumentItem.from_dict(items_item_data)

                items.append(items_item)

        _owner_invoice_id = d.pop("owner_invoice_id", UNSET)
        owner_invoice_id: int | None | Unset = (
            _owner_invoice_id
            if _owner_invoice_id is None or isinstance(_owner_invoice_id, Unset)
            else _codecs.read_integer(_owner_invoice_id, "owner_invoice_id")
        )

        proprietary_uid = d.pop("proprietary_uid", UNSET)

        document = cls(
            id=id,
            status=status,
            type_=type_,
            archived=archived,
            sequence_number=sequence_number,
            inverted_sequence_number=inverted_sequence_number,
            atcud=atcud,
            sequence_id=sequence_id,
            date=date,
            due_date=due_date,
            reference=reference,
            observations=observations,
            retention=retention,
            permalink=permalink,
            saft_hash=saft_hash,
            sum_=sum_,
            discount=discount,
            before_taxes=before_taxes,
            taxes=taxes,
            total=total,
            currency=currency,
            tax_exemption=tax_exemption,
            client=client,
            items=items,
            owner_invoice_id=owner_invoice_id,
            proprietary_uid=proprietary_uid,
        )

        document.additional_properties = d
        return document

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
