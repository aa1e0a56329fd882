from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_recipient import EmailRecipient


T = TypeVar("T", bound="EmailMessage")


@_attrs_define
class EmailMessage:
    """A document sent by e-mail.

    Attributes:
        client (EmailRecipient): Whom the document is sent to.
        subject (None | str | Unset): The message's subject.
        body (None | str | Unset): The message's text (HTML is taken).
        cc (None | str | Unset): Addresses to copy it to.
        bcc (None | str | Unset): Addresses to copy it to, unseen.
        logo (bool | None | Unset): Whether the account's logo is shown.
    """

    client: EmailRecipient
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    cc: None | str | Unset = UNSET
    bcc: None | str | Unset = UNSET
    logo: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        cc: None | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        bcc: None | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        logo = (
            self.logo
            if self.logo is None or isinstance(self.logo, Unset)
            else _codecs.write_flag(self.logo, "logo", "string")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_recipient import EmailRecipient  # noqa: PLC0415

        d = dict(src_dict)
        client = EmailRecipient.from_dict(d.pop("client"))

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        _logo = d.pop("logo", UNSET)
        logo: bool | None | Unset = (
            _logo if _logo is None or isinstance(_logo, Unset) else _codecs.read_flag(_logo, "logo")
        )

        email_message = cls(
            client=client,
            subject=subject,
            body=body,
            cc=cc,
            bcc=bcc,
            logo=logo,
        )

        email_message.additional_properties = d
        return email_message

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
