from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_document import NewDocument


T = TypeVar("T", bound="DocumentUpdateRequest")


@_attrs_define
class DocumentUpdateRequest:
    """What a draft becomes, under `invoice`.

    Attributes:
        invoice (NewDocument): A document to create, or what a draft becomes (an optional field null is not given) (an
            update replaces the whole document, so it sends the client and the items again).
    """

    invoice: NewDocument
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_document import NewDocument  # noqa: PLC0415

        d = dict(src_dict)
        invoice = NewDocument.from_dict(d.pop("invoice"))

        document_update_request = cls(
            invoice=invoice,
        )

        document_update_request.additional_properties = d
        return document_update_request

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
