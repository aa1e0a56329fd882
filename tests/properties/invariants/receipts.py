"""After a receipt's cancellation: it is canceled, still among the paid document's related documents, and that
document is settled exactly when the receipts left add up to its total."""

from typing import Any

from . import after, body
from .documents import paid_state, settled_exactly_when_paid_in_full


@after("cancelReceipt")
def a_cancelled_receipt_pays_nothing_any_more(machine: Any, case: Any, response: Any) -> None:
    receipt = body(response)["receipt"]
    assert (receipt["id"], receipt["type"], receipt["status"]) == (
        int(case.path_parameters["receipt-id"]), "Receipt", "canceled"
    )  # fmt: skip
    paid, receipts = paid_state(machine, receipt["owner_invoice_id"])
    assert {one["id"]: one["status"] for one in receipts}[receipt["id"]] == "canceled"
    settled_exactly_when_paid_in_full(paid, receipts)
