from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codecs
from ..models.payment_payment_mechanism import (
    PaymentPaymentMechanism,
    check_payment_payment_mechanism,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment of a document, in part or in full.

    Attributes:
        amount (Decimal): What is paid (written with its digits, never through a float); at most what is still owed.
        payment_mechanism (PaymentPaymentMechanism | Unset): How it was paid: CC credit card, CD debit card, CH bank
            cheque, CO cheque or voucher, CS current-account compensation, DE e-money, LC commercial paper, MB Multibanco
            references, NU cash, OU other, PR exchange of goods, TB bank transfer or direct debit, TR restaurant ticket.
        note (str | Unset): A note on the receipt.
        serie (str | Unset): The name of the series the receipt is numbered in (the document's own unless given).
        payment_date (datetime.date | Unset): The day it was paid (dd/mm/yyyy); today unless given.
    """

    amount: Decimal
    payment_mechanism: PaymentPaymentMechanism | Unset = UNSET
    note: str | Unset = UNSET
    serie: str | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = _codecs.write_decimal(self.amount, "amount", "number")

        payment_mechanism: str | Unset = UNSET
        if not isinstance(self.payment_mechanism, Unset):
            payment_mechanism = self.payment_mechanism

        note = self.note

        serie = self.serie

        payment_date = (
            self.payment_date
            if isinstance(self.payment_date, Unset)
            else _codecs.write_date(self.payment_date, "payment_date", "string")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if payment_mechanism is not UNSET:
            field_dict["payment_mechanism"] = payment_mechanism
        if note is not UNSET:
            field_dict["note"] = note
        if serie is not UNSET:
            field_dict["serie"] = serie
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = _codecs.read_decimal(d.pop("amount"), "amount")

        _payment_mechanism = d.pop("payment_mechanism", UNSET)
        payment_mechanism: PaymentPaymentMechanism | Unset
        if isinstance(_payment_mechanism, Unset):
            payment_mechanism = UNSET
        else:
            payment_mechanism = check_payment_payment_mechanism(_payment_mechanism)

        note = d.pop("note", UNSET)

        serie = d.pop("serie", UNSET)

        _payment_date = d.pop("payment_date", UNSET)
        payment_date: datetime.date | Unset = (
            _payment_date if isinstance(_payment_date, Unset) else _codecs.read_date(_payment_date, "payment_date")
        )

        payment = cls(
            amount=amount,
            payment_mechanism=payment_mechanism,
            note=note,
            serie=serie,
            payment_date=payment_date,
        )

        payment.additional_properties = d
        return payment

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
