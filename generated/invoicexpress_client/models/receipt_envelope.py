from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="ReceiptEnvelope")


@_attrs_define
class ReceiptEnvelope:
    """One receipt, under `receipt`.

    Attributes:
        receipt (Document): A document of the invoices family (an invoice, an invoice-receipt, a simplified invoice, a
            credit or a debit
            note) as the service answers it: a draft until finalized, when it takes its number in its series and its
            ATCUD. Money arrives as numbers or numeric strings, read as Decimal; dates are dd/mm/yyyy. Fields not listed
            here are kept.
    """

    receipt: Document
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt = self.receipt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receipt": receipt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        receipt = Document.from_dict(d.pop("receipt"))

        receipt_envelope = cls(
            receipt=receipt,
        )

        receipt_envelope.additional_properties = d
        return receipt_envelope

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
