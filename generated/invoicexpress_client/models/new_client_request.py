from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_client import NewClient


T = TypeVar("T", bound="NewClientRequest")


@_attrs_define
class NewClientRequest:
    """The body of a client's create or update.

    Attributes:
        client (NewClient): A client to create, or what a client becomes. An update sends `name` again (the service
            requires it) and
            changes the fields it sends; those it leaves out keep their values.
    """

    client: NewClient
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_client import NewClient  # noqa: PLC0415

        d = dict(src_dict)
        client = NewClient.from_dict(d.pop("client"))

        new_client_request = cls(
            client=client,
        )

        new_client_request.additional_properties = d
        return new_client_request

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
