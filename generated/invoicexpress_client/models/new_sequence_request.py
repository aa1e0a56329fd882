from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_sequence import NewSequence


T = TypeVar("T", bound="NewSequenceRequest")


@_attrs_define
class NewSequenceRequest:
    """The body of a request that creates a series.

    Attributes:
        sequence (NewSequence): A series to create. Fields other than these two are refused (`422`, code `003`).
    """

    sequence: NewSequence

    def to_dict(self) -> dict[str, Any]:
        sequence = self.sequence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sequence": sequence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_sequence import NewSequence  # noqa: PLC0415

        d = dict(src_dict)
        sequence = NewSequence.from_dict(d.pop("sequence"))

        new_sequence_request = cls(
            sequence=sequence,
        )

        return new_sequence_request
