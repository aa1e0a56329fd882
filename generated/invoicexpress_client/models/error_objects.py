from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_objects_errors_item import ErrorObjectsErrorsItem


T = TypeVar("T", bound="ErrorObjects")


@_attrs_define
class ErrorObjects:
    """A refusal as a list of objects, each with its message (`{"errors": [{"error": "..."}]}`).

    Attributes:
        errors (list[ErrorObjectsErrorsItem]): What was refused, one object each.
    """

    errors: list[ErrorObjectsErrorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_objects_errors_item import ErrorObjectsErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ErrorObjectsErrorsItem.from_dict(errors_item_data)

            errors.append(errors_item)

        error_objects = cls(
            errors=errors,
        )

        error_objects.additional_properties = d
        return error_objects

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
