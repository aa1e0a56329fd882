from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _codecs
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSequence")


@_attrs_define
class NewSequence:
    """A series to create. Fields other than these two are refused (`422`, code `003`).

    Attributes:
        serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace, control
            characters, a byte-order mark, `/` or `^` (a document number is `TYPE SERIE/NUMBER` in SAF-T (PT));
            otherwise refused with `001` ("Sequence name not allowed"). A name already used by one of the
            account's series is refused with `002`.
        default_sequence (bool | Unset): Whether the new series becomes the account's default: `"1"` makes it the
            default (and the previous default no longer is), `"0"` (or leaving the field out) leaves the default as it is. A
            string here, although answers carry the flag as an integer. Other values are refused (`422`, `003`).
    """

    serie: str
    default_sequence: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        serie = self.serie

        default_sequence = (
            self.default_sequence
            if isinstance(self.default_sequence, Unset)
            else _codecs.write_flag(self.default_sequence, "default_sequence", "string")
        )

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serie": serie,
            }
        )
        if default_sequence is not UNSET:
            field_dict["default_sequence"] = default_sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        serie = d.pop("serie")

        _default_sequence = d.pop("default_sequence", UNSET)
        default_sequence: bool | Unset = (
            _default_sequence
            if isinstance(_default_sequence, Unset)
            else _codecs.read_flag(_default_sequence, "default_sequence")
        )

        new_sequence = cls(
            serie=serie,
            default_sequence=default_sequence,
        )

        return new_sequence
