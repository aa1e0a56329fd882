"""The payments' rules: how a payment (`{"partial_payment": {...}}`) and a receipt's cancellation are read and
refused. A payment is refused with a bare array, the field and what is wrong with it (`["payment_mechanism",
"is invalid"]`, the documented shape); the choices payment-documents, payment-amount and receipt-cancel of the
contract say the rest."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..http.bodies import NOT_JSON, is_unicode_text, wrapped
from ..http.fields import number
from ..http.refusals import Refusal, error_object
from . import documents as document_rules

# The mechanisms of the documentation's table (its request enum lists only TB, MB and CC).
MECHANISMS = frozenset({"CC", "CD", "CH", "CO", "CS", "DE", "LC", "MB", "NU", "OU", "PR", "TB", "TR"})
INVALID = "is invalid"
TOO_MUCH = "is greater than what is owed ({owed})"
NOT_PAYABLE_TYPE = "is a {type}, which takes no payments (only {types} do)"
NOT_PAYABLE_STATE = "is {status}: only final documents take payments"
BEFORE_LAST = "is earlier than the last receipt of the series"
RECEIPT_NOT_FOUND = error_object(404, "Document not found")
# A payment is of whole cents (a receipt's total is the amount paid).
CENT = Decimal("0.01")
# The state a receipt's cancellation names, and the only one it takes.
CANCELED = "canceled"


def field_refused(field: str, message: str = INVALID) -> Refusal:
    """The documented shape: `["payment_mechanism", "is invalid"]`."""
    return Refusal(422, [field, message])


@dataclass(frozen=True)
class Payment:
    amount: Decimal
    mechanism: str | None
    note: str | None
    serie: str | None
    date: dt.date | None


def _text(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not is_unicode_text(value):
        raise field_refused(name)
    return value


def parse_payment(document: Any) -> Payment:
    """A payment, or the bare-array 422 of its first refused field: an amount that is not a number above 0
    with at most two decimals, a mechanism not in the table, a date that is not a dd/mm/yyyy day, a note or a
    series name that is not text."""
    fields = (wrapped(document, "partial_payment") if document is not NOT_JSON else None) or {}
    amount = number(fields.get("amount")) if not isinstance(fields.get("amount"), str) else None
    if amount is None or not 0 < amount < document_rules.AMOUNT_LIMIT or amount != amount.quantize(CENT):
        raise field_refused("amount")
    mechanism = _text(fields, "payment_mechanism")
    if mechanism is not None and mechanism not in MECHANISMS:
        raise field_refused("payment_mechanism")
    day = None
    if fields.get("payment_date") is not None:
        day = document_rules.parse_date(fields["payment_date"])
        if day is None:
            raise field_refused("payment_date")
    serie = _text(fields, "serie")
    if serie is not None and not serie.strip():
        raise field_refused("serie")
    return Payment(amount, mechanism, _text(fields, "note"), serie, day)


@dataclass(frozen=True)
class ReceiptChange:
    state: str
    message: str | None


def parse_receipt_change(document: Any) -> ReceiptChange:
    """A receipt's change of state (`{"receipt": {"state": "canceled", "message": ...}}`): the state as a
    CantHandle names it, the message where one was given (an empty one is none)."""
    fields = (wrapped(document, "receipt") if document is not NOT_JSON else None) or {}
    state = fields.get("state")
    message = fields.get("message")
    if message is not None and not (isinstance(message, str) and is_unicode_text(message)):
        raise document_rules.MESSAGE_REQUIRED
    return ReceiptChange(
        state if isinstance(state, str) else "" if state is None else str(state),
        message if isinstance(message, str) and message.strip() else None,
    )


CHOICES: dict[str, tuple[str, ...]] = {
    "payment-settles": ("domain.payments:pay", "domain.payments:owed"),
    "payment-documents": (
        "domain.payments:_payable",
        "domain.document_types:PAYABLE",
        "rules.payments:NOT_PAYABLE_TYPE",
        "rules.payments:NOT_PAYABLE_STATE",
    ),
    "payment-amount": (
        "rules.payments:parse_payment",
        "rules.payments:CENT",
        "rules.payments:TOO_MUCH",
        "domain.payments:owed",
    ),
    "receipt-series": ("domain.payments:pay", "domain.documents:finalize", "rules.payments:BEFORE_LAST"),
    "receipt-cancel": ("domain.payments:cancel_receipt", "rules.payments:parse_receipt_change"),
    "related-documents": ("domain.payments:related",),
}
# The documented: the mechanisms' table, the bare-array refusal and its message, a receipt's 404 and its state.
DOCUMENTED: tuple[str, ...] = ("MECHANISMS", "INVALID", "field_refused", "RECEIPT_NOT_FOUND", "CANCELED")
