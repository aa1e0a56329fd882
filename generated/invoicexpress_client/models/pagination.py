from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page stands among the pages of a list.

    Attributes:
        total_entries (int): How many entries the whole list holds.
        current_page (int): This page's number, counted from 1.
        total_pages (int): How many pages the list has at this page size (0 for an empty list).
        per_page (int): How many entries a page holds.
    """

    total_entries: int
    current_page: int
    total_pages: int
    per_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_entries = self.total_entries

        current_page = self.current_page

        total_pages = self.total_pages

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_entries": total_entries,
                "current_page": current_page,
                "total_pages": total_pages,
                "per_page": per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_entries = d.pop("total_entries")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        per_page = d.pop("per_page")

        pagination = cls(
            total_entries=total_entries,
            current_page=current_page,
            total_pages=total_pages,
            per_page=per_page,
        )

        pagination.additional_properties = d
        return pagination

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
