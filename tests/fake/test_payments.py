"""The fake's payments, receipts and related documents, as a team's client sees them over HTTP: a payment of a
final invoice makes a receipt numbered in the receipts' series (written back to it, with its ATCUD), related to
the invoice; paid in full (Decimal), the invoice is settled; an amount above what is owed, a draft, a settled
document or a type that takes no payments is refused in the documented bare-array shape, leaving the account
as it was; a receipt is cancelled as its row of the table allows, and its amount is owed again."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_fake import Account, seeded_account
from invoicexpress_fake.domain.document_types import KINDS

from .wire import state

NOW = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
# The seeded documents (seed.DOCUMENTS): two final invoices (the second settled), a credit note, a draft.
FIRST_INVOICE, SETTLED_INVOICE, CREDIT_NOTE, DRAFT = 9601, 9602, 9603, 9604
SERIES_2026 = 146124


@pytest.fixture
def account(api_key: str) -> Account:
    return seeded_account(api_key, clock=lambda: NOW)


def pay(api: httpx.Client, document_id: int, **fields: Any) -> httpx.Response:
    return api.post(f"/documents/{document_id}/partial_payments.json", json={"partial_payment": fields})


def total(api: httpx.Client, document_id: int) -> Decimal:
    return Decimal(str(api.get(f"/invoices/{document_id}.json").json()["invoice"]["total"]))


def receipt_numbering(api: httpx.Client, series_id: int = SERIES_2026) -> tuple[int, str]:
    series = api.get(f"/sequences/{series_id}.json").json()["sequence"]
    return series["current_receipt_number"], series["current_receipt_validation_code"]


def test_a_payment_makes_a_receipt_numbered_in_the_receipts_series_and_related_to_the_invoice(
    api: httpx.Client, account: Account
) -> None:
    last, code = receipt_numbering(api)
    answer = pay(api, FIRST_INVOICE, amount=10, payment_mechanism="TB", payment_date="01/12/2026", note="Parte")
    assert answer.status_code == 200, answer.text
    receipt = answer.json()["receipt"]
    assert (receipt["type"], receipt["status"], receipt["total"]) == ("Receipt", "final", 10.0)
    assert (receipt["sequence_number"], receipt["atcud"]) == (f"{last + 1}/2026", f"{code}-{last + 1}")
    assert (receipt["date"], receipt["owner_invoice_id"]) == ("01/12/2026", FIRST_INVOICE)
    assert receipt["observations"] == "Parte"
    assert receipt_numbering(api)[0] == last + 1  # written back to the series
    second = pay(api, FIRST_INVOICE, amount=5).json()["receipt"]
    assert second["sequence_number"] == f"{last + 2}/2026"
    assert second["date"] == "02/12/2026"  # today, by the account's clock
    related = api.get(f"/document/{FIRST_INVOICE}/related_documents.json").json()["documents"]
    assert [(one["type"], one["id"]) for one in related] == [
        ("CreditNote", CREDIT_NOTE), ("Receipt", receipt["id"]), ("Receipt", second["id"])
    ]  # fmt: skip
    assert account.documents[receipt["id"]].kind is KINDS["receipt"]
    assert api.get(f"/invoices/{FIRST_INVOICE}.json").json()["invoice"]["status"] == "final"  # not paid in full


def test_a_receipts_related_documents_are_the_invoice_it_paid(api: httpx.Client) -> None:
    receipt = pay(api, FIRST_INVOICE, amount=1).json()["receipt"]
    related = api.get(f"/document/{receipt['id']}/related_documents.json").json()["documents"]
    assert [one["id"] for one in related] == [FIRST_INVOICE]
    assert api.get("/document/999999/related_documents.json").status_code == 404


def test_paid_in_full_the_invoice_is_settled_to_the_cent(api: httpx.Client) -> None:
    owed = total(api, FIRST_INVOICE)
    first = owed - Decimal("0.01")
    assert pay(api, FIRST_INVOICE, amount=float(first)).status_code == 200
    assert api.get(f"/invoices/{FIRST_INVOICE}.json").json()["invoice"]["status"] == "final"
    answer = pay(api, FIRST_INVOICE, amount=0.01)
    assert answer.status_code == 200, answer.text
    assert api.get(f"/invoices/{FIRST_INVOICE}.json").json()["invoice"]["status"] == "settled"
    assert pay(api, FIRST_INVOICE, amount=0.01).json() == ["document", "is settled: only final documents take payments"]


@pytest.mark.parametrize(
    ("document_id", "fields", "refused"),
    [
        pytest.param(
            FIRST_INVOICE,
            {"amount": 1, "payment_mechanism": "XX"},
            ["payment_mechanism", "is invalid"],
            id="a mechanism not in the table",
        ),
        pytest.param(FIRST_INVOICE, {"amount": 0}, ["amount", "is invalid"], id="nothing paid"),
        pytest.param(FIRST_INVOICE, {"amount": "10"}, ["amount", "is invalid"], id="an amount as text"),
        pytest.param(FIRST_INVOICE, {"amount": 1.005}, ["amount", "is invalid"], id="less than a cent"),
        pytest.param(FIRST_INVOICE, {}, ["amount", "is invalid"], id="no amount"),
        pytest.param(
            FIRST_INVOICE,
            {"amount": 1, "payment_date": "2026-12-01"},
            ["payment_date", "is invalid"],
            id="a date that is not dd/mm/yyyy",
        ),
        pytest.param(FIRST_INVOICE, {"amount": 1, "serie": "9999"}, ["serie", "is invalid"], id="no such series"),
        pytest.param(DRAFT, {"amount": 1}, ["document", "is draft: only final documents take payments"], id="a draft"),
        pytest.param(
            SETTLED_INVOICE, {"amount": 1}, ["document", "is settled: only final documents take payments"], id="settled"
        ),
        pytest.param(
            CREDIT_NOTE,
            {"amount": 1},
            ["document", "is a CreditNote, which takes no payments (only Invoices and SimplifiedInvoices do)"],
            id="a type that takes no payments",
        ),
    ],
)
def test_a_refused_payment_is_a_bare_array_and_changes_nothing(
    api: httpx.Client, account: Account, document_id: int, fields: dict[str, Any], refused: list[str]
) -> None:
    before = state(account)
    answer = pay(api, document_id, **fields)
    assert (answer.status_code, answer.json()) == (422, refused)
    assert state(account) == before


def test_more_than_is_owed_is_refused_naming_what_is(api: httpx.Client, account: Account) -> None:
    owed = total(api, FIRST_INVOICE)
    before = state(account)
    answer = pay(api, FIRST_INVOICE, amount=float(owed + 1))
    assert (answer.status_code, answer.json()) == (422, ["amount", f"is greater than what is owed ({owed})"])
    assert state(account) == before
    assert pay(api, 999999, amount=1).json() == {"errors": {"error": "Document not found"}}


def cancel(api: httpx.Client, receipt_id: int, **fields: Any) -> httpx.Response:
    return api.put(f"/receipts/{receipt_id}/change-state.json", json={"receipt": fields})


def test_cancelling_a_receipt_owes_its_amount_again_and_reopens_a_settled_invoice(api: httpx.Client) -> None:
    receipt = pay(api, FIRST_INVOICE, amount=float(total(api, FIRST_INVOICE))).json()["receipt"]
    assert api.get(f"/invoices/{FIRST_INVOICE}.json").json()["invoice"]["status"] == "settled"
    answer = cancel(api, receipt["id"], state="canceled", message="Engano")
    assert (answer.status_code, answer.json()["receipt"]["status"]) == (200, "canceled")
    assert api.get(f"/invoices/{FIRST_INVOICE}.json").json()["invoice"]["status"] == "final"
    assert pay(api, FIRST_INVOICE, amount=1).status_code == 200  # owed again
    again = cancel(api, receipt["id"], state="canceled", message="Engano")
    assert (again.status_code, again.json()) == (422, {"errors": {"error": "CantHandle: canceled for Receipt"}})


def test_a_receipts_cancellation_is_refused_as_documented(api: httpx.Client, account: Account) -> None:
    receipt = pay(api, FIRST_INVOICE, amount=1).json()["receipt"]
    before = state(account)
    not_a_receipt = cancel(api, FIRST_INVOICE, state="canceled", message="x")
    assert not_a_receipt.json() == {"errors": {"error": "Document not found"}}
    assert cancel(api, 999999, state="canceled", message="x").status_code == 404
    no_message = cancel(api, receipt["id"], state="canceled", message=" ")
    assert (no_message.status_code, no_message.json()) == (422, {"errors": {"error": "Message is a required field"}})
    other = cancel(api, receipt["id"], state="settled", message="x")
    assert (other.status_code, other.json()) == (422, {"errors": {"error": "CantHandle: settled for Receipt"}})
    assert state(account) == before


def test_a_simplified_invoice_takes_payments_once_final_and_a_receipt_of_it_is_its_own(api: httpx.Client) -> None:
    """Each type whose row says `payments: true` is paid as an invoice is; the table says which."""
    payable = [kind.path for kind in KINDS.values() if kind.payments]
    assert payable == ["invoices", "simplified_invoices"]
    line = {"name": "Café", "description": "Café expresso", "unit_price": 0.6504, "quantity": 10}
    new = {"date": "02/12/2026", "due_date": "02/12/2026", "client": {"name": "Café Aurora, Unipessoal Lda."},
           "items": [line]}  # fmt: skip
    draft = api.post("/simplified_invoices.json", json={"invoice": new}).json()["simplified_invoice"]
    assert pay(api, draft["id"], amount=1).json() == ["document", "is draft: only final documents take payments"]
    change = {"invoice": {"state": "finalized"}}
    final = api.put(f"/simplified_invoices/{draft['id']}/change-state.json", json=change).json()["simplified_invoice"]
    receipt = pay(api, final["id"], amount=final["total"]).json()["receipt"]
    assert (receipt["type"], receipt["owner_invoice_id"]) == ("Receipt", final["id"])
    settled = api.get(f"/simplified_invoices/{final['id']}.json").json()["simplified_invoice"]
    assert settled["status"] == "settled"
