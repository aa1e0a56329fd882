"""After each payment: the receipt is final, of type Receipt, names the paid document as its own, is among that
document's related documents, and that document is settled exactly when its receipts not canceled add up to its
total (the choice payment-settles)."""

from decimal import Decimal
from typing import Any

from . import after, body


def paid_state(machine: Any, document_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A paid document (as its receipts' related documents show it) and its receipts."""
    related = body(machine.http.get(f"/document/{document_id}/related_documents.json"))["documents"]
    receipts = [one for one in related if one["type"] == "Receipt"]
    assert receipts, related
    [paid] = body(machine.http.get(f"/document/{receipts[0]['id']}/related_documents.json"))["documents"]
    return paid, receipts


def settled_exactly_when_paid_in_full(paid: dict[str, Any], receipts: list[dict[str, Any]]) -> None:
    total = sum((Decimal(str(one["total"])) for one in receipts if one["status"] != "canceled"), Decimal(0))
    assert total <= Decimal(str(paid["total"]))
    assert (paid["status"] == "settled") == (total == Decimal(str(paid["total"]))), (paid, receipts)


@after("generatePayment")
def a_payment_is_a_receipt_of_the_paid_document(machine: Any, case: Any, response: Any) -> None:
    document_id = int(case.path_parameters["document-id"])
    receipt = body(response)["receipt"]
    assert (receipt["type"], receipt["status"], receipt["owner_invoice_id"]) == ("Receipt", "final", document_id)
    assert receipt["atcud"], receipt
    paid, receipts = paid_state(machine, document_id)
    assert paid["id"] == document_id
    assert receipt["id"] in [one["id"] for one in receipts]
    settled_exactly_when_paid_in_full(paid, receipts)
