"""Creating a document in a series given as the series itself (`series=`), not as a number: the client sends the
`current_<type>_sequence_id` of that series for the document's type, as the text the service reads; given the
series' id, it reads the series first. Giving both `series` and `sequence_id` is refused before anything is
sent; a wrong kind of value is refused naming what was wrong."""

import datetime
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client.atcud import numbering
from invoicexpress_client.document_types import DocumentType
from invoicexpress_client.models import Sequence

from .test_invoices import BREAD, CAFE, FAMILY, TODAY, resource
from .wire import body_of

WHEN: dict[str, Any] = {
    "date": TODAY,
    "due_date": TODAY + datetime.timedelta(days=30),
    "client": CAFE,
    "items": [BREAD],
}


def other_series(ix: InvoiceXpressClient, serie: str) -> Sequence:
    """A series that is not the account's default: a document lands in it only if the client says so."""
    created: Sequence = ix.sequences.create(serie=serie, default=False)
    return created


def posts(sent: list[httpx.Request]) -> list[httpx.Request]:
    return [request for request in sent if request.method == "POST" and "sequences" not in request.url.path]


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_a_series_object_sends_its_id_for_the_documents_type(
    ix: InvoiceXpressClient, sent: list[httpx.Request], kind: DocumentType
) -> None:
    series = other_series(ix, f"S{kind.name[:6]}")
    created = resource(ix, kind).create(**WHEN, series=series)
    wanted = numbering(series, kind).sequence_id
    assert created.sequence_id == wanted
    [request] = posts(sent)
    # As the text the service reads (an integer there is answered "undefined method `match'").
    assert body_of(request)["invoice"]["sequence_id"] == str(wanted)
    assert "series" not in body_of(request)["invoice"]


def test_a_series_id_reads_the_series_first(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    series = other_series(ix, "BYID")
    sent.clear()
    created = ix.credit_notes.create(**WHEN, series=series.id)
    assert created.sequence_id == series.current_credit_note_sequence_id
    assert [(request.method, request.url.path) for request in sent] == [
        ("GET", f"/sequences/{series.id}.json"),
        ("POST", "/credit_notes.json"),
    ]
    # The series' own id is never what is sent: it would be answered "Sequence category mismatch".
    assert body_of(sent[-1])["invoice"]["sequence_id"] == str(series.current_credit_note_sequence_id)


def test_an_unknown_series_id_is_the_reads_not_found_and_nothing_is_created(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    with pytest.raises(errors.NotFoundError, match="get_sequence"):
        ix.invoices.create(**WHEN, series=987654321)
    assert posts(sent) == []


def test_series_and_sequence_id_together_are_refused_before_sending(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    series = other_series(ix, "BOTH")
    sent.clear()
    with pytest.raises(errors.InvalidArgument, match="create_invoice: series and sequence_id"):
        ix.invoices.create(**WHEN, series=series, sequence_id=str(series.current_invoice_sequence_id))
    with pytest.raises(errors.InvalidArgument, match="series and sequence_id"):
        ix.invoices.create(**WHEN, series=series.id, sequence_id="1")
    assert sent == []


@pytest.mark.parametrize("value", ["2105", 2.5, True, object()], ids=["text", "float", "flag", "object"])
def test_a_series_that_is_neither_a_series_nor_its_id_is_refused(
    ix: InvoiceXpressClient, sent: list[httpx.Request], value: Any
) -> None:
    with pytest.raises(errors.InvalidArgument, match="series must be an object with a current_invoice_sequence_id"):
        ix.invoices.create(**WHEN, series=value)
    assert sent == []


def test_a_raw_sequence_id_alone_is_sent_as_given(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    series = other_series(ix, "RAW")
    sequence_id = str(series.current_debit_note_sequence_id)
    created = ix.debit_notes.create(**WHEN, sequence_id=sequence_id)
    assert created.sequence_id == series.current_debit_note_sequence_id
    assert body_of(posts(sent)[-1])["invoice"]["sequence_id"] == sequence_id


def test_a_draft_moves_to_another_series_by_update(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    draft = ix.invoices.create(**WHEN)
    series = other_series(ix, "MOVE")
    updated = ix.invoices.update(draft.id, **WHEN, series=series)
    assert updated.sequence_id == series.current_invoice_sequence_id
    assert body_of(sent[-1])["invoice"]["sequence_id"] == str(series.current_invoice_sequence_id)


@pytest.mark.anyio
async def test_async_takes_the_series_or_its_id(
    ix: InvoiceXpressClient, aix: AsyncInvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    series = other_series(ix, "ASYNC")
    by_object = await aix.invoice_receipts.create(**WHEN, series=series)
    assert by_object.sequence_id == series.current_invoice_receipt_sequence_id
    sent.clear()
    by_id = await aix.simplified_invoices.create(**WHEN, series=series.id)
    assert by_id.sequence_id == series.current_simplified_invoice_sequence_id
    assert [request.method for request in sent] == ["GET", "POST"]
    with pytest.raises(errors.InvalidArgument, match="series and sequence_id"):
        await aix.invoices.create(**WHEN, series=series, sequence_id="1")
