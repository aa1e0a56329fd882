from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qr_code_in_progress_qr_code import QrCodeInProgressQrCode


T = TypeVar("T", bound="QrCodeInProgress")


@_attrs_define
class QrCodeInProgress:
    """A QR code not ready yet: `{"qr_code": {"status": "In progress"}}`.

    Attributes:
        qr_code (QrCodeInProgressQrCode):
    """

    qr_code: QrCodeInProgressQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_code = self.qr_code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qr_code": qr_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qr_code_in_progress_qr_code import QrCodeInProgressQrCode  # noqa: PLC0415

        d = dict(src_dict)
        qr_code = QrCodeInProgressQrCode.from_dict(d.pop("qr_code"))

        qr_code_in_progress = cls(
            qr_code=qr_code,
        )

        qr_code_in_progress.additional_properties = d
        return qr_code_in_progress

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
