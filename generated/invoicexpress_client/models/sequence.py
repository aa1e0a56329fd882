from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence:
    """A document series. The series numbers each of its 15 document types separately; for each type
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

        Attributes:
            id (int): The series' id, used in the paths of the sequences operations.
            serie (str): The series' name, e.g. `2022` or `A`; it prefixes every document number in the series (`FT
                2022/28`).
            default_sequence (int): `1` for the account's default series (documents are created in it unless told
                otherwise), else `0`. Exactly one series is the default.
            current_invoice_number (int): The last number used for invoices (Fatura, FT) in this series; `0` before the
                first.
            current_invoice_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating invoices
                (Fatura, FT) in this series.
            current_invoice_validation_code (str): The Tax Authority validation code for invoices (Fatura, FT) in this
                series.
            current_invoice_receipt_number (int): The last number used for invoice-receipts (Fatura-recibo, FR) in this
                series; `0` before the first.
            current_invoice_receipt_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating
                invoice-receipts (Fatura-recibo, FR) in this series.
            current_invoice_receipt_validation_code (str): The Tax Authority validation code for invoice-receipts (Fatura-
                recibo, FR) in this series.
            current_simplified_invoice_number (int): The last number used for simplified invoices (Fatura simplificada, FS)
                in this series; `0` before the first.
            current_simplified_invoice_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating
                simplified invoices (Fatura simplificada, FS) in this series.
            current_simplified_invoice_validation_code (str): The Tax Authority validation code for simplified invoices
                (Fatura simplificada, FS) in this series.
            current_credit_note_number (int): The last number used for credit notes (Nota de crédito, NC) in this series;
                `0` before the first.
            current_credit_note_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating credit
                notes (Nota de crédito, NC) in this series.
            current_credit_note_validation_code (str): The Tax Authority validation code for credit notes (Nota de crédito,
                NC) in this series.
            current_debit_note_number (int): The last number used for debit notes (Nota de débito, ND) in this series; `0`
                before the first.
            current_debit_note_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating debit notes
                (Nota de débito, ND) in this series.
            current_debit_note_validation_code (str): The Tax Authority validation code for debit notes (Nota de débito, ND)
                in this series.
            current_receipt_number (int): The last number used for receipts (Recibo, RG) in this series; `0` before the
                first.
            current_receipt_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating receipts
                (Recibo, RG) in this series.
            current_receipt_validation_code (str): The Tax Authority validation code for receipts (Recibo, RG) in this
                series.
            current_shipping_number (int): The last number used for delivery notes (Guia de remessa, GR) in this series; `0`
                before the first.
            current_shipping_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating delivery
                notes (Guia de remessa, GR) in this series.
            current_shipping_validation_code (str): The Tax Authority validation code for delivery notes (Guia de remessa,
                GR) in this series.
            current_transport_number (int): The last number used for transport guides (Guia de transporte, GT) in this
                series; `0` before the first.
            current_transport_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating transport
                guides (Guia de transporte, GT) in this series.
            current_transport_validation_code (str): The Tax Authority validation code for transport guides (Guia de
                transporte, GT) in this series.
            current_devolution_number (int): The last number used for return notes (Guia de devolução, GD) in this series;
                `0` before the first.
            current_devolution_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating return
                notes (Guia de devolução, GD) in this series.
            current_devolution_validation_code (str): The Tax Authority validation code for return notes (Guia de devolução,
                GD) in this series.
            current_proforma_number (int): The last number used for pro forma invoices (Fatura pró-forma, PF) in this
                series; `0` before the first.
            current_proforma_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating pro forma
                invoices (Fatura pró-forma, PF) in this series.
            current_proforma_validation_code (str): The Tax Authority validation code for pro forma invoices (Fatura pró-
                forma, PF) in this series.
            current_quote_number (int): The last number used for quotes (Orçamento, OR) in this series; `0` before the
                first.
            current_quote_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating quotes
                (Orçamento, OR) in this series.
            current_quote_validation_code (str): The Tax Authority validation code for quotes (Orçamento, OR) in this
                series.
            current_fees_note_number (int): The last number used for fees notes (Nota de honorários) in this series; `0`
                before the first.
            current_fees_note_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating fees notes
                (Nota de honorários) in this series.
            current_fees_note_validation_code (str): The Tax Authority validation code for fees notes (Nota de honorários)
                in this series. Not relevant for ATCUD, so `N/A`.
            current_vat_moss_invoice_number (int): The last number used for VAT MOSS invoices in this series; `0` before the
                first.
            current_vat_moss_invoice_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating VAT
                MOSS invoices in this series.
            current_vat_moss_invoice_validation_code (str): The Tax Authority validation code for VAT MOSS invoices in this
                series. Not relevant for ATCUD, so `N/A`.
            current_vat_moss_credit_note_number (int): The last number used for VAT MOSS credit notes in this series; `0`
                before the first.
            current_vat_moss_credit_note_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating
                VAT MOSS credit notes in this series.
            current_vat_moss_credit_note_validation_code (str): The Tax Authority validation code for VAT MOSS credit notes
                in this series. Not relevant for ATCUD, so `N/A`.
            current_vat_moss_receipt_number (int): The last number used for VAT MOSS receipts in this series; `0` before the
                first.
            current_vat_moss_receipt_sequence_id (int): The `sequence_id` to pass (not the series' `id`) when creating VAT
                MOSS receipts in this series.
            current_vat_moss_receipt_validation_code (str): The Tax Authority validation code for VAT MOSS receipts in this
                series. Not relevant for ATCUD, so `N/A`.
    """

    id: int
    serie: str
    default_sequence: int
    current_invoice_number: int
    current_invoice_sequence_id: int
    current_invoice_validation_code: str
    current_invoice_receipt_number: int
    current_invoice_receipt_sequence_id: int
    current_invoice_receipt_validation_code: str
    current_simplified_invoice_number: int
    current_simplified_invoice_sequence_id: int
    current_simplified_invoice_validation_code: str
    current_credit_note_number: int
    current_credit_note_sequence_id: int
    current_credit_note_validation_code: str
    current_debit_note_number: int
    current_debit_note_sequence_id: int
    current_debit_note_validation_code: str
    current_receipt_number: int
    current_receipt_sequence_id: int
    current_receipt_validation_code: str
    current_shipping_number: int
    current_shipping_sequence_id: int
    current_shipping_validation_code: str
    current_transport_number: int
    current_transport_sequence_id: int
    current_transport_validation_code: str
    current_devolution_number: int
    current_devolution_sequence_id: int
    current_devolution_validation_code: str
    current_proforma_number: int
    current_proforma_sequence_id: int
    current_proforma_validation_code: str
    current_quote_number: int
    current_quote_sequence_id: int
    current_quote_validation_code: str
    current_fees_note_number: int
    current_fees_note_sequence_id: int
    current_fees_note_validation_code: str
    current_vat_moss_invoice_number: int
    current_vat_moss_invoice_sequence_id: int
    current_vat_moss_invoice_validation_code: str
    current_vat_moss_credit_note_number: int
    current_vat_moss_credit_note_sequence_id: int
    current_vat_moss_credit_note_validation_code: str
    current_vat_moss_receipt_number: int
    current_vat_moss_receipt_sequence_id: int
    current_vat_moss_receipt_validation_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        serie = self.serie

        default_sequence = self.default_sequence

        current_invoice_number = self.current_invoice_number

        current_invoice_sequence_id = self.current_invoice_sequence_id

        current_invoice_validation_code = self.current_invoice_validation_code

        current_invoice_receipt_number = self.current_invoice_receipt_number

        current_invoice_receipt_sequence_id = self.current_invoice_receipt_sequence_id

        current_invoice_receipt_validation_code = self.current_invoice_receipt_validation_code

        current_simplified_invoice_number = self.current_simplified_invoice_number

        current_simplified_invoice_sequence_id = self.current_simplified_invoice_sequence_id

        current_simplified_invoice_validation_code = self.current_simplified_invoice_validation_code

        current_credit_note_number = self.current_credit_note_number

        current_credit_note_sequence_id = self.current_credit_note_sequence_id

        current_credit_note_validation_code = self.current_credit_note_validation_code

        current_debit_note_number = self.current_debit_note_number

        current_debit_note_sequence_id = self.current_debit_note_sequence_id

        current_debit_note_validation_code = self.current_debit_note_validation_code

        current_receipt_number = self.current_receipt_number

        current_receipt_sequence_id = self.current_receipt_sequence_id

        current_receipt_validation_code = self.current_receipt_validation_code

        current_shipping_number = self.current_shipping_number

        current_shipping_sequence_id = self.current_shipping_sequence_id

        current_shipping_validation_code = self.current_shipping_validation_code

        current_transport_number = self.current_transport_number

        current_transport_sequence_id = self.current_transport_sequence_id

        current_transport_validation_code = self.current_transport_validation_code

        current_devolution_number = self.current_devolution_number

        current_devolution_sequence_id = self.current_devolution_sequence_id

        current_devolution_validation_code = self.current_devolution_validation_code

        current_proforma_number = self.current_proforma_number

        current_proforma_sequence_id = self.current_proforma_sequence_id

        current_proforma_validation_code = self.current_proforma_validation_code

        current_quote_number = self.current_quote_number

        current_quote_sequence_id = self.current_quote_sequence_id

        current_quote_validation_code = self.current_quote_validation_code

        current_fees_note_number = self.current_fees_note_number

        current_fees_note_sequence_id = self.current_fees_note_sequence_id

        current_fees_note_validation_code = self.current_fees_note_validation_code

        current_vat_moss_invoice_number = self.current_vat_moss_invoice_number

        current_vat_moss_invoice_sequence_id = self.current_vat_moss_invoice_sequence_id

        current_vat_moss_invoice_validation_code = self.current_vat_moss_invoice_validation_code

        current_vat_moss_credit_note_number = self.current_vat_moss_credit_note_number

        current_vat_moss_credit_note_sequence_id = self.current_vat_moss_credit_note_sequence_id

        current_vat_moss_credit_note_validation_code = self.current_vat_moss_credit_note_validation_code

        current_vat_moss_receipt_number = self.current_vat_moss_receipt_number

        current_vat_moss_receipt_sequence_id = self.current_vat_moss_receipt_sequence_id

        current_vat_moss_receipt_validation_code = self.current_vat_moss_receipt_validation_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "serie": serie,
                "default_sequence": default_sequence,
                "current_invoice_number": current_invoice_number,
                "current_invoice_sequence_id": current_invoice_sequence_id,
                "current_invoice_validation_code": current_invoice_validation_code,
                "current_invoice_receipt_number": current_invoice_receipt_number,
                "current_invoice_receipt_sequence_id": current_invoice_receipt_sequence_id,
                "current_invoice_receipt_validation_code": current_invoice_receipt_validation_code,
                "current_simplified_invoice_number": current_simplified_invoice_number,
                "current_simplified_invoice_sequence_id": current_simplified_invoice_sequence_id,
                "current_simplified_invoice_validation_code": current_simplified_invoice_validation_code,
                "current_credit_note_number": current_credit_note_number,
                "current_credit_note_sequence_id": current_credit_note_sequence_id,
                "current_credit_note_validation_code": current_credit_note_validation_code,
                "current_debit_note_number": current_debit_note_number,
                "current_debit_note_sequence_id": current_debit_note_sequence_id,
                "current_debit_note_validation_code": current_debit_note_validation_code,
                "current_receipt_number": current_receipt_number,
                "current_receipt_sequence_id": current_receipt_sequence_id,
                "current_receipt_validation_code": current_receipt_validation_code,
                "current_shipping_number": current_shipping_number,
                "current_shipping_sequence_id": current_shipping_sequence_id,
                "current_shipping_validation_code": current_shipping_validation_code,
                "current_transport_number": current_transport_number,
                "current_transport_sequence_id": current_transport_sequence_id,
                "current_transport_validation_code": current_transport_validation_code,
                "current_devolution_number": current_devolution_number,
                "current_devolution_sequence_id": current_devolution_sequence_id,
                "current_devolution_validation_code": current_devolution_validation_code,
                "current_proforma_number": current_proforma_number,
                "current_proforma_sequence_id": current_proforma_sequence_id,
                "current_proforma_validation_code": current_proforma_validation_code,
                "current_quote_number": current_quote_number,
                "current_quote_sequence_id": current_quote_sequence_id,
                "current_quote_validation_code": current_quote_validation_code,
                "current_fees_note_number": current_fees_note_number,
                "current_fees_note_sequence_id": current_fees_note_sequence_id,
                "current_fees_note_validation_code": current_fees_note_validation_code,
                "current_vat_moss_invoice_number": current_vat_moss_invoice_number,
                "current_vat_moss_invoice_sequence_id": current_vat_moss_invoice_sequence_id,
                "current_vat_moss_invoice_validation_code": current_vat_moss_invoice_validation_code,
                "current_vat_moss_credit_note_number": current_vat_moss_credit_note_number,
                "current_vat_moss_credit_note_sequence_id": current_vat_moss_credit_note_sequence_id,
                "current_vat_moss_credit_note_validation_code": current_vat_moss_credit_note_validation_code,
                "current_vat_moss_receipt_number": current_vat_moss_receipt_number,
                "current_vat_moss_receipt_sequence_id": current_vat_moss_receipt_sequence_id,
                "current_vat_moss_receipt_validation_code": current_vat_moss_receipt_validation_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        serie = d.pop("serie")

        default_sequence = d.pop("default_sequence")

        current_invoice_number = d.pop("current_invoice_number")

        current_invoice_sequence_id = d.pop("current_invoice_sequence_id")

        current_invoice_validation_code = d.pop("current_invoice_validation_code")

        current_invoice_receipt_number = d.pop("current_invoice_receipt_number")

        current_invoice_receipt_sequence_id = d.pop("current_invoice_receipt_sequence_id")

        current_invoice_receipt_validation_code = d.pop("current_invoice_receipt_validation_code")

        current_simplified_invoice_number = d.pop("current_simplified_invoice_number")

        current_simplified_invoice_sequence_id = d.pop("current_simplified_invoice_sequence_id")

        current_simplified_invoice_validation_code = d.pop("current_simplified_invoice_validation_code")

        current_credit_note_number = d.pop("current_credit_note_number")

        current_credit_note_sequence_id = d.pop("current_credit_note_sequence_id")

        current_credit_note_validation_code = d.pop("current_credit_note_validation_code")

        current_debit_note_number = d.pop("current_debit_note_number")

        current_debit_note_sequence_id = d.pop("current_debit_note_sequence_id")

        current_debit_note_validation_code = d.pop("current_debit_note_validation_code")

        current_receipt_number = d.pop("current_receipt_number")

        current_receipt_sequence_id = d.pop("current_receipt_sequence_id")

        current_receipt_validation_code = d.pop("current_receipt_validation_code")

        current_shipping_number = d.pop("current_shipping_number")

        current_shipping_sequence_id = d.pop("current_shipping_sequence_id")

        current_shipping_validation_code = d.pop("current_shipping_validation_code")

        current_transport_number = d.pop("current_transport_number")

        current_transport_sequence_id = d.pop("current_transport_sequence_id")

        current_transport_validation_code = d.pop("current_transport_validation_code")

        current_devolution_number = d.pop("current_devolution_number")

        current_devolution_sequence_id = d.pop("current_devolution_sequence_id")

        current_devolution_validation_code = d.pop("current_devolution_validation_code")

        current_proforma_number = d.pop("current_proforma_number")

        current_proforma_sequence_id = d.pop("current_proforma_sequence_id")

        current_proforma_validation_code = d.pop("current_proforma_validation_code")

        current_quote_number = d.pop("current_quote_number")

        current_quote_sequence_id = d.pop("current_quote_sequence_id")

        current_quote_validation_code = d.pop("current_quote_validation_code")

        current_fees_note_number = d.pop("current_fees_note_number")

        current_fees_note_sequence_id = d.pop("current_fees_note_sequence_id")

        current_fees_note_validation_code = d.pop("current_fees_note_validation_code")

        current_vat_moss_invoice_number = d.pop("current_vat_moss_invoice_number")

        current_vat_moss_invoice_sequence_id = d.pop("current_vat_moss_invoice_sequence_id")

        current_vat_moss_invoice_validation_code = d.pop("current_vat_moss_invoice_validation_code")

        current_vat_moss_credit_note_number = d.pop("current_vat_moss_credit_note_number")

        current_vat_moss_credit_note_sequence_id = d.pop("current_vat_moss_credit_note_sequence_id")

        current_vat_moss_credit_note_validation_code = d.pop("current_vat_moss_credit_note_validation_code")

        current_vat_moss_receipt_number = d.pop("current_vat_moss_receipt_number")

        current_vat_moss_receipt_sequence_id = d.pop("current_vat_moss_receipt_sequence_id")

        current_vat_moss_receipt_validation_code = d.pop("current_vat_moss_receipt_validation_code")

        sequence = cls(
            id=id,
            serie=serie,
            default_sequence=default_sequence,
            current_invoice_number=current_invoice_number,
            current_invoice_sequence_id=current_invoice_sequence_id,
            current_invoice_validation_code=current_invoice_validation_code,
            current_invoice_receipt_number=current_invoice_receipt_number,
            current_invoice_receipt_sequence_id=current_invoice_receipt_sequence_id,
            current_invoice_receipt_validation_code=current_invoice_receipt_validation_code,
            current_simplified_invoice_number=current_simplified_invoice_number,
            current_simplified_invoice_sequence_id=current_simplified_invoice_sequence_id,
            current_simplified_invoice_validation_code=current_simplified_invoice_validation_code,
            current_credit_note_number=current_credit_note_number,
            current_credit_note_sequence_id=current_credit_note_sequence_id,
            current_credit_note_validation_code=current_credit_note_validation_code,
            current_debit_note_number=current_debit_note_number,
            current_debit_note_sequence_id=current_debit_note_sequence_id,
            current_debit_note_validation_code=current_debit_note_validation_code,
            current_receipt_number=current_receipt_number,
            current_receipt_sequence_id=current_receipt_sequence_id,
            current_receipt_validation_code=current_receipt_validation_code,
            current_shipping_number=current_shipping_number,
            current_shipping_sequence_id=current_shipping_sequence_id,
            current_shipping_validation_code=current_shipping_validation_code,
            current_transport_number=current_transport_number,
            current_transport_sequence_id=current_transport_sequence_id,
            current_transport_validation_code=current_transport_validation_code,
            current_devolution_number=current_devolution_number,
            current_devolution_sequence_id=current_devolution_sequence_id,
            current_devolution_validation_code=current_devolution_validation_code,
            current_proforma_number=current_proforma_number,
            current_proforma_sequence_id=current_proforma_sequence_id,
            current_proforma_validation_code=current_proforma_validation_code,
            current_quote_number=current_quote_number,
            current_quote_sequence_id=current_quote_sequence_id,
            current_quote_validation_code=current_quote_validation_code,
            current_fees_note_number=current_fees_note_number,
            current_fees_note_sequence_id=current_fees_note_sequence_id,
            current_fees_note_validation_code=current_fees_note_validation_code,
            current_vat_moss_invoice_number=current_vat_moss_invoice_number,
            current_vat_moss_invoice_sequence_id=current_vat_moss_invoice_sequence_id,
            current_vat_moss_invoice_validation_code=current_vat_moss_invoice_validation_code,
            current_vat_moss_credit_note_number=current_vat_moss_credit_note_number,
            current_vat_moss_credit_note_sequence_id=current_vat_moss_credit_note_sequence_id,
            current_vat_moss_credit_note_validation_code=current_vat_moss_credit_note_validation_code,
            current_vat_moss_receipt_number=current_vat_moss_receipt_number,
            current_vat_moss_receipt_sequence_id=current_vat_moss_receipt_sequence_id,
            current_vat_moss_receipt_validation_code=current_vat_moss_receipt_validation_code,
        )

        sequence.additional_properties = d
        return sequence

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
