"""`client.receipts` (sync and async) against the fake over loopback: a receipt made by a payment cancelled,
saying why (the state is always sent as `canceled`, no argument of the method's), its amount owed again; a second
cancellation, or another document's id, refused as documented."""

from decimal import Decimal

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors

from .wire import body_of

FIRST_INVOICE = 9601


def test_a_receipt_is_cancelled_saying_why(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    total = ix.invoices.get(FIRST_INVOICE).total
    assert isinstance(total, Decimal)
    receipt = ix.documents.pay(FIRST_INVOICE, amount=total)
    assert ix.invoices.get(FIRST_INVOICE).status == "settled"
    canceled = ix.receipts.cancel(receipt.id, message="Pagamento registado por engano")
    assert (canceled.id, canceled.type_, canceled.status) == (receipt.id, "Receipt", "canceled")
    assert body_of(sent[-1]) == {"receipt": {"state": "canceled", "message": "Pagamento registado por engano"}}
    assert sent[-1].url.path == f"/receipts/{receipt.id}/change-state.json"
    assert ix.invoices.get(FIRST_INVOICE).status == "final"  # owed again
    with pytest.raises(errors.UnprocessableEntityError, match="CantHandle: canceled for Receipt"):
        ix.receipts.cancel(receipt.id, message="again")
    with pytest.raises(errors.NotFoundError, match="Document not found"):
        ix.receipts.cancel(FIRST_INVOICE, message="not a receipt")


@pytest.mark.anyio
async def test_a_receipt_is_cancelled_async(aix: AsyncInvoiceXpressClient) -> None:
    receipt = await aix.documents.pay(FIRST_INVOICE, amount=1)
    canceled = await aix.receipts.cancel(receipt.id, message="Engano")
    assert canceled.status == "canceled"
    with pytest.raises(errors.UnprocessableEntityError) as refused:
        await aix.receipts.detailed.cancel(receipt.id, message="again")
    assert refused.value.status_code == 422
