from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_list_entry import ClientListEntry
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ClientList")


@_attrs_define
class ClientList:
    """One page of the account's clients.

    Attributes:
        clients (list[ClientListEntry]): The clients of this page, in the order the service returns them.
        pagination (Pagination): Where a page stands among the pages of a list.
    """

    clients: list[ClientListEntry]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients = []
        for clients_item_data in self.clients:
            clients_item = clients_item_data.to_dict()
            clients.append(clients_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clients": clients,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_list_entry import ClientListEntry  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        clients = []
        _clients = d.pop("clients")
        for clients_item_data in _clients:
            clients_item = ClientListEntry.from_dict(clients_item_data)

            clients.append(clients_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        client_list = cls(
            clients=clients,
            pagination=pagination,
        )

        client_list.additional_properties = d
        return client_list

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
