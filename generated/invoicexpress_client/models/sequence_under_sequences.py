from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sequence import Sequence


T = TypeVar("T", bound="SequenceUnderSequences")


@_attrs_define
class SequenceUnderSequences:
    """
    Attributes:
        sequences (Sequence): A document series. The series numbers each of its 15 document types separately; for each
            type
            `<t>` it reports the last number used (`current_<t>_number`), the id to pass as `sequence_id` when
            creating a document of that type in this series (`current_<t>_sequence_id`, not the series' `id`),
            and the Tax Authority (AT) validation code of that type in this series (`current_<t>_validation_code`),
            which is one of:

            - an AT code such as `ABCD1234` (at least 8 letters and digits, Portaria 195/2020): the series is
              registered with the AT for this type;
            - `N/D`: the type is relevant for ATCUD but the series is not registered with the AT for it;
            - `N/A`: not relevant for ATCUD, and not registered: fees notes and VAT MOSS documents, and every
              type in an account outside Portugal.

            A document's ATCUD is its type's validation code, `-`, and the document's number in the series
            (`ABCD1234-28`); where the code is `N/D` or `N/A`, the ATCUD is that value. Eleven types are relevant
            for ATCUD (invoice to quote).

            Fields not listed here are kept: the schema is open so that a field added by the service does not
            break clients.
    """

    sequences: Sequence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequences = self.sequences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequences": sequences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence import Sequence  # noqa: PLC0415

        d = dict(src_dict)
        sequences = Sequence.from_dict(d.pop("sequences"))

        sequence_under_sequences = cls(
            sequences=sequences,
        )

        sequence_under_sequences.additional_properties = d
        return sequence_under_sequences

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
