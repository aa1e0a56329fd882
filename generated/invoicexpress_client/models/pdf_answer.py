from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pdf_link import PdfLink


T = TypeVar("T", bound="PdfAnswer")


@_attrs_define
class PdfAnswer:
    """A PDF ready to download, under `output`: `{"output": {"pdfUrl": "<url>"}}`.

    Attributes:
        output (PdfLink): Where a document's PDF can be downloaded.
    """

    output: PdfLink
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pdf_link import PdfLink  # noqa: PLC0415

        d = dict(src_dict)
        output = PdfLink.from_dict(d.pop("output"))

        pdf_answer = cls(
            output=output,
        )

        pdf_answer.additional_properties = d
        return pdf_answer

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
