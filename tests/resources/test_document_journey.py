"""A document of each type of the invoices family, its whole life against the fake, sync and async, as a user
lives it: created in a chosen series (given as the series), finalized with the number and ATCUD the series
implies (the ATCUD helpers say what it must be, the series shows the number taken), read back, its PDF and QR
code fetched, paid in part where its type takes payments (a receipt, related to it, then cancelled), and
cancelled. What each type takes is read from the table of document types, not listed here."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient
from invoicexpress_client.atcud import numbering
from invoicexpress_client.document_types import DocumentType
from invoicexpress_client.models import Document, Sequence

from .test_invoices import BREAD, CAFE, FAMILY, TODAY, resource

WHEN: dict[str, Any] = {
    "date": TODAY,
    "due_date": TODAY + datetime.timedelta(days=30),
    "client": CAFE,
    "items": [BREAD],
}


def expected_after_finalizing(series: Sequence, kind: DocumentType) -> tuple[str, int, str]:
    """The state, number and ATCUD a first finalized document of `kind` in `series` must have."""
    numbered = numbering(series, kind)
    return kind.states["draft"]["finalized"], numbered.last_number + 1, numbered.next_atcud


def check_finalized(document: Document, series: Sequence, kind: DocumentType, wanted: tuple[str, int, str]) -> None:
    state, number, atcud = wanted
    assert (document.type_, document.status, document.atcud) == (kind.type, state, atcud)
    assert document.sequence_number == f"{number}/{series.serie}"
    assert document.inverted_sequence_number == f"{series.serie}/{number}"


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_each_type_lives_its_whole_life(ix: InvoiceXpressClient, kind: DocumentType) -> None:
    series = ix.sequences.create(serie=f"J{kind.name[:8]}", default=False)
    wanted = expected_after_finalizing(series, kind)
    documents = resource(ix, kind)
    draft = documents.create(**WHEN, series=series)
    final = documents.finalize(draft)
    check_finalized(final, series, kind, wanted)
    check_finalized(documents.get(final.id), series, kind, wanted)
    assert numbering(ix.sequences.get(series.id), kind).last_number == wanted[1]  # the number taken, written back
    assert ix.documents.pdf(final.id).endswith(".pdf")
    assert documents.download_pdf(final.id).startswith(b"%PDF-")
    assert ix.documents.qr_code(final.id)
    if kind.takes_payments:
        half = (final.total / 2).quantize(Decimal("0.01"))
        receipt = ix.documents.pay(final.id, amount=half)
        assert (receipt.type_, receipt.status, receipt.total) == ("Receipt", "final", half)
        assert receipt.id in [related.id for related in ix.documents.related(final.id)]
        assert documents.get(final.id).status == "final"  # paid in part: still owed
        assert ix.receipts.cancel(receipt.id, message="Paid by mistake").status == "canceled"
    state = documents.get(final.id).status
    assert "canceled" in kind.states[state]  # every type of the family can be cancelled once issued
    canceled = documents.cancel(final.id, "Issued to the wrong client")
    assert (canceled.status, canceled.atcud) == ("canceled", wanted[2])  # its number and ATCUD stay taken


@pytest.mark.anyio
@pytest.mark.parametrize("kind", FAMILY, ids=str)
async def test_each_type_lives_its_whole_life_async(aix: AsyncInvoiceXpressClient, kind: DocumentType) -> None:
    series = await aix.sequences.create(serie=f"A{kind.name[:8]}", default=False)
    wanted = expected_after_finalizing(series, kind)
    documents = resource(aix, kind)
    draft = await documents.create(**WHEN, series=series.id)  # by its id: the client reads the series first
    final = await documents.finalize(draft)
    check_finalized(final, series, kind, wanted)
    assert (await aix.documents.pdf(final.id)).endswith(".pdf")
    assert (await aix.documents.download_pdf(final.id)).startswith(b"%PDF-")
    assert await aix.documents.qr_code(final.id)
    if kind.takes_payments:
        receipt = await aix.documents.pay(final.id, amount=final.total)  # in full: the document is settled
        assert (await documents.get(final.id)).status == "settled"
        assert [one.id for one in await aix.documents.related(final.id)] == [receipt.id]
        await aix.receipts.cancel(receipt.id, message="Paid by mistake")
        assert (await documents.get(final.id)).status == "final"  # owed again
    canceled = await documents.cancel(final.id, "Issued to the wrong client")
    assert canceled.status == "canceled"
    assert numbering(await aix.sequences.get(series.id), kind).last_number == wanted[1]
