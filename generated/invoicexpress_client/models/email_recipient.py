from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs

T = TypeVar("T", bound="EmailRecipient")


@_attrs_define
class EmailRecipient:
    """Whom the document is sent to.

    Attributes:
        email (str): The address to send it to.
        save (bool): Whether to keep the address on the document's client.
    """

    email: str
    save: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        save = _codecs.write_flag(self.save, "save", "string")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "save": save,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        save = _codecs.read_flag(d.pop("save"), "save")

        email_recipient = cls(
            email=email,
            save=save,
        )

        email_recipient.additional_properties = d
        return email_recipient

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
