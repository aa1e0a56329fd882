"""Payments and their receipts, and the documents related to one: a payment of a final document whose type
takes payments (the table's `payments`) makes a receipt, numbered in a series as finalizing numbers a document,
and settles the document once what was paid reaches its total (the choices payment-settles, payment-documents,
payment-amount and receipt-series); cancelling a receipt makes its amount owed again (receipt-cancel)."""

from decimal import Decimal

from ..http.refusals import Refusal, error_object
from ..rules import common
from ..rules import documents as document_rules
from ..rules import payments as rules
from . import documents
from .account import Account
from .document_types import KINDS, PAYABLE
from .documents import Document, DocumentClient, Line

RECEIPT = KINDS["receipt"]
# The states a payment moves a document between (its type's row: final --settled--> settled).
FINAL = "final"
SETTLED = "settled"


def receipts_of(account: Account, document: Document) -> list[Document]:
    """The receipts of payments of `document`, canceled or not, oldest first."""
    return [other for other in account.documents.values()
            if other.kind is RECEIPT and other.owner_invoice_id == document.id]  # fmt: skip


def owed(account: Account, document: Document) -> Decimal:
    """What is still owed of `document`: its total less what its receipts not canceled paid."""
    paid = sum((receipt.total for receipt in receipts_of(account, document) if receipt.status != "canceled"),
               Decimal(0))  # fmt: skip
    return document.total - paid


def _payable(document: Document) -> None:
    if not document.kind.payments:
        types = " and ".join(f"{kind.type}s" for kind in PAYABLE)
        raise rules.field_refused("document", rules.NOT_PAYABLE_TYPE.format(type=document.kind.type, types=types))
    if document.status != FINAL:
        raise rules.field_refused("document", rules.NOT_PAYABLE_STATE.format(status=document.status))


def pay(account: Account, document_id: int, payment: rules.Payment) -> Document:
    """The receipt of a payment of the document: final, numbered in the series named (else the document's),
    dated the payment's day (else today), its total the amount; the document settled once paid in full."""
    document = account.documents.get(document_id)
    if document is None:
        raise document_rules.NOT_FOUND
    _payable(document)
    left = owed(account, document)
    if payment.amount > left:
        raise rules.field_refused("amount", rules.TOO_MUCH.format(owed=left))
    chosen = account.series.get(document.series_id)
    if payment.serie is not None:
        chosen = next((found for found in account.series.values() if found.serie == payment.serie), None)
        if chosen is None:
            raise rules.field_refused("serie")
    assert chosen is not None
    day = payment.date or account.clock().date()
    number = f"{document.serie}/{document.number}"
    receipt = Document(
        id=0,
        kind=RECEIPT,
        status=documents.draft_state(RECEIPT),  # its first state: final (a receipt is never a draft)
        series_id=chosen.id,
        serie=chosen.serie,
        sequence_id=chosen.numbering[RECEIPT.name].sequence_id,
        date=day,
        due_date=day,
        client=DocumentClient(**vars(document.client)),
        lines=[Line(f"Pagamento {number}", payment.note or "", payment.amount, Decimal(1), Decimal(0), None, None)],
        permalink="",
        created_at=account.clock(),
        observations=payment.note,
        owner_invoice_id=document.id,
    )
    try:  # the numbering finalizing uses: the series' next receipt number, and the date order
        documents.finalize(account, receipt)
    except Refusal:
        raise rules.field_refused("payment_date", rules.BEFORE_LAST) from None
    receipt.id = account.new_id("document")
    receipt.permalink = f"https://www.app.invoicexpress.com/documents/{account.rng.getrandbits(40):010x}"
    account.documents[receipt.id] = receipt
    if owed(account, document) == 0:
        document.status = document.kind.states[FINAL]["settled"]
    return receipt


def cancel_receipt(account: Account, receipt_id: int, change: rules.ReceiptChange) -> Document:
    """Cancels a receipt, as its row of the table allows; the document it paid is owed its amount again, and
    one settled by payments is final again."""
    receipt = account.documents.get(receipt_id)
    if receipt is None or receipt.kind is not RECEIPT:
        raise rules.RECEIPT_NOT_FOUND
    target = RECEIPT.states[receipt.status].get(change.state) if change.state == rules.CANCELED else None
    if target is None:
        raise error_object(422, document_rules.CANT_HANDLE.format(event=change.state, type=RECEIPT.type))
    if change.message is None:
        raise document_rules.MESSAGE_REQUIRED
    receipt.status = target
    paid = account.documents.get(receipt.owner_invoice_id or 0)
    if paid is not None and paid.status == SETTLED and owed(account, paid) > 0:
        paid.status = FINAL
    return receipt


def related(account: Account, document_id: int) -> list[Document]:
    """The documents related to one (the choice related-documents): those that name it as theirs (its
    receipts, credit and debit notes), oldest first, then the one it names; an unknown id is an empty 404."""
    document = account.documents.get(document_id)
    if document is None:
        raise common.NOT_FOUND
    found = [other for other in account.documents.values() if other.owner_invoice_id == document.id]
    owner = account.documents.get(document.owner_invoice_id or 0)
    return found + ([owner] if owner is not None else [])
