from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_document import NewDocument


T = TypeVar("T", bound="NewDocumentRequest")


@_attrs_define
class NewDocumentRequest:
    """A document to create, under `invoice` (the family's key, which every type of the family takes), and the unique id
    that makes the creation safe to look up after an answer is lost.

        Attributes:
            invoice (NewDocument): A document to create, or what a draft becomes (an optional field null is not given) (an
                update replaces the whole document, so it sends the client and the items again).
            proprietary_uid (None | str | Unset): A unique id of this creation, chosen by the caller (the client makes one
                per call unless given); null is none.
    """

    invoice: NewDocument
    proprietary_uid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        proprietary_uid: None | str | Unset
        if isinstance(self.proprietary_uid, Unset):
            proprietary_uid = UNSET
        else:
            proprietary_uid = self.proprietary_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice": invoice,
            }
        )
        if proprietary_uid is not UNSET:
            field_dict["proprietary_uid"] = proprietary_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_document import NewDocument  # noqa: PLC0415

        d = dict(src_dict)
        invoice = NewDocument.from_dict(d.pop("invoice"))

        proprietary_uid = d.pop("proprietary_uid", UNSET)

        new_document_request = cls(
            invoice=invoice,
            proprietary_uid=proprietary_uid,
        )

        new_document_request.additional_properties = d
        return new_document_request

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
