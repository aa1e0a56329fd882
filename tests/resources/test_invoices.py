"""`client.invoices`, `.invoice_receipts`, `.simplified_invoices`, `.credit_notes`, `.debit_notes` (sync and
async) against the fake over loopback: a document of each type created as a draft in a chosen series, read back,
updated, finalized with the number and ATCUD its series implies, changed as its type's row of the table allows
and no further, sent by e-mail, and listed by type; and answers shaped as InvoiceXpress documents them."""

import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client.atcud import numbering
from invoicexpress_client.document_types import DocumentType
from invoicexpress_client.models import Document, NewDocumentClient, NewDocumentItem, NewDocumentItemTax, Sequence
from invoicexpress_fake import Account

from .wire import body_of, result_of

# The types of the family: the rows of the table with a path (the client has a resource for each).
FAMILY = [member for member in DocumentType if member.path is not None]
# The fake's day (its clock is the machine's, in UTC): the seeded documents are dated on it or before.
TODAY = datetime.datetime.now(datetime.UTC).date()
CENT = Decimal("0.01")
BREAD = NewDocumentItem(
    name="Pão de forma", description="Pão de forma, 750 g", unit_price=Decimal("1.6981"), quantity=Decimal(40),
    tax=NewDocumentItemTax(name="IVA6"),
)  # fmt: skip
CAFE = NewDocumentClient(name="Café Aurora, Unipessoal Lda.", code="C0043")


def resource(client: InvoiceXpressClient | AsyncInvoiceXpressClient, kind: DocumentType) -> Any:
    """The client's resource of a document type (`client.credit_notes`), reached by the table's path."""
    assert kind.path is not None
    return getattr(client, kind.path)


def default_series(ix: InvoiceXpressClient) -> Sequence:
    return next(series for series in ix.sequences.list() if series.default_sequence == 1)


def draft(ix: InvoiceXpressClient, kind: DocumentType, **changes: Any) -> Document:
    sequence_id = str(numbering(default_series(ix), kind).sequence_id)
    arguments: dict[str, Any] = {
        "date": TODAY, "due_date": TODAY + datetime.timedelta(days=30), "client": CAFE, "items": [BREAD],
        "sequence_id": sequence_id, "reference": "PO-2026-118", **changes,
    }  # fmt: skip
    created: Document = resource(ix, kind).create(**arguments)
    return created


# --- Creating and reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_a_draft_of_each_type_is_created_typed_in_its_series(
    ix: InvoiceXpressClient, sent: list[httpx.Request], kind: DocumentType
) -> None:
    created = draft(ix, kind)
    assert (created.type_, created.status) == (kind.type, "draft")
    assert (created.date, created.due_date) == (TODAY, TODAY + datetime.timedelta(days=30))
    assert created.sequence_id == numbering(default_series(ix), kind).sequence_id
    assert created.atcud is None
    assert isinstance(created.items, list)
    [line] = created.items
    assert (line.unit_price, line.quantity) == (Decimal("1.6981"), Decimal("40.0"))
    assert isinstance(created.total, Decimal)
    assert isinstance(created.before_taxes, Decimal)
    assert isinstance(created.taxes, Decimal)
    # What it comes to, to the cent (the contract's choice `document-totals`), read digit for digit.
    assert created.total == (created.before_taxes + created.taxes).quantize(CENT, ROUND_HALF_UP)
    [request] = [request for request in sent if request.method == "POST"]
    assert request.url.path == f"/{kind.path}.json"
    wire = body_of(request)
    assert wire["invoice"]["date"] == TODAY.strftime("%d/%m/%Y")
    assert wire["invoice"]["items"][0]["unit_price"] == Decimal("1.6981")  # sent with its digits, as a number
    assert len(wire["proprietary_uid"]) == 32  # a key of its own, for looking a lost creation up


def test_a_creation_key_given_is_sent_as_it_is(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    draft(ix, DocumentType.INVOICE, proprietary_uid="ERP-2026-000118")
    assert [body_of(r)["proprietary_uid"] for r in sent if r.method == "POST"] == ["ERP-2026-000118"]


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_get_reads_the_document_back_and_only_as_its_own_type(ix: InvoiceXpressClient, kind: DocumentType) -> None:
    created = draft(ix, kind)
    assert resource(ix, kind).get(created.id) == created
    other = next(member for member in FAMILY if member is not kind)
    with pytest.raises(errors.NotFoundError):
        resource(ix, other).get(created.id)


def test_update_replaces_a_draft_and_returns_it(ix: InvoiceXpressClient) -> None:
    created = ix.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD])  # the default series
    more = NewDocumentItem(name=BREAD.name, description=BREAD.description, unit_price=Decimal("1.6981"),
                           quantity=Decimal(60),
                           tax=NewDocumentItemTax(name="IVA6"))  # fmt: skip
    updated = ix.invoices.update(created.id, date=TODAY, due_date=TODAY, client=CAFE, items=[more])
    assert isinstance(updated.items, list)
    assert (updated.id, updated.items[0].quantity, updated.due_date) == (created.id, Decimal("60.0"), TODAY)
    assert ix.invoices.get(created.id) == updated


# --- The lifecycle ---------------------------------------------------------------------------------------------

LIFECYCLE = {"finalize": "finalized", "cancel": "canceled", "settle": "settled", "unsettle": "unsettled",
             "delete": "deleted"}  # fmt: skip


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_each_type_offers_the_changes_of_state_its_row_takes_and_no_other(
    ix: InvoiceXpressClient, kind: DocumentType
) -> None:
    taken = {event for events in kind.states.values() for event in events}
    offered = {method for method, event in LIFECYCLE.items() if hasattr(resource(ix, kind), method)}
    assert offered == {method for method, event in LIFECYCLE.items() if event in taken}


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_finalizing_numbers_the_document_in_its_series_as_the_atcud_helpers_say(
    ix: InvoiceXpressClient, kind: DocumentType
) -> None:
    series = default_series(ix)
    expected = numbering(series, kind)
    final = resource(ix, kind).finalize(draft(ix, kind).id)
    assert final.status == kind.states["draft"]["finalized"]
    assert final.sequence_number == f"{expected.next_number}/{series.serie}"
    assert final.inverted_sequence_number == f"{series.serie}/{expected.next_number}"
    assert final.atcud == expected.next_atcud
    after = numbering(ix.sequences.get(series.id), kind)
    assert after.last_number == expected.next_number  # the series shows the number taken
    assert final.atcud == after.atcud(after.last_number)


def test_a_draft_deleted_takes_no_number(ix: InvoiceXpressClient) -> None:
    before = numbering(default_series(ix), DocumentType.INVOICE).last_number
    deleted = ix.invoices.delete(draft(ix, DocumentType.INVOICE).id)
    assert deleted.status == "deleted"
    assert numbering(default_series(ix), DocumentType.INVOICE).last_number == before


def test_cancel_takes_the_reason_and_a_settled_credit_note_is_unsettled(ix: InvoiceXpressClient) -> None:
    note = ix.credit_notes.finalize(draft(ix, DocumentType.CREDIT_NOTE).id)
    assert ix.credit_notes.settle(note).status == "settled"
    assert ix.credit_notes.unsettle(note.id).status == "final"
    assert ix.credit_notes.cancel(note.id, "Issued to the wrong client").status == "canceled"


def test_a_change_its_state_does_not_take_is_refused_before_sending_given_the_document(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    created = draft(ix, DocumentType.INVOICE)
    before = len(sent)
    with pytest.raises(errors.InvalidArgument, match=r"is draft, and a draft Invoice cannot be canceled"):
        ix.invoices.cancel(created, "too early")
    assert len(sent) == before


def test_the_service_refuses_one_it_cannot_see_given_an_id(ix: InvoiceXpressClient) -> None:
    created = draft(ix, DocumentType.INVOICE)
    with pytest.raises(errors.UnprocessableEntityError, match="CantHandle"):
        ix.invoices.settle(created.id)


# --- E-mail and lists ------------------------------------------------------------------------------------------


def test_send_email_returns_nothing_and_sends_the_message(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    from invoicexpress_client.models import EmailRecipient

    final = ix.invoices.finalize(draft(ix, DocumentType.INVOICE).id)
    recipient = EmailRecipient(email="contabilidade@cafeaurora.pt", save=True)
    assert result_of(lambda: ix.invoices.send_email(final.id, client=recipient, subject="Fatura")) is None
    assert body_of(sent[-1])["message"]["client"] == {"email": "contabilidade@cafeaurora.pt", "save": "1"}


@pytest.mark.parametrize("kind", FAMILY, ids=str)
def test_each_resource_lists_its_own_type(ix: InvoiceXpressClient, kind: DocumentType) -> None:
    draft(ix, kind)
    listed = list(resource(ix, kind).list().auto_paging_iter())
    assert listed
    assert {document.type_ for document in listed} == {kind.type}


def test_a_list_is_filtered_by_day_state_and_reference(ix: InvoiceXpressClient, account: Account) -> None:
    created = draft(ix, DocumentType.INVOICE, reference="Encomenda 3141")
    assert [d.id for d in ix.invoices.list(reference="Encomenda 3141")] == [created.id]
    assert created.id in [d.id for d in ix.invoices.list(statuses=["draft"], date_from=TODAY, date_to=TODAY)]
    assert created.id not in [d.id for d in ix.invoices.list(statuses=["final"], per_page=100)]


# --- Asynchronously ----------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_resources_do_the_same(aix: AsyncInvoiceXpressClient, account: Account) -> None:
    series = next(s for s in await aix.sequences.list() if s.default_sequence == 1)
    sequence_id = str(numbering(series, DocumentType.DEBIT_NOTE).sequence_id)
    created = await aix.debit_notes.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD],
                                          sequence_id=sequence_id)  # fmt: skip
    assert await aix.debit_notes.get(created.id) == created
    updated = await aix.debit_notes.update(created.id, date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD],
                                           reference="ND-1", sequence_id=sequence_id)  # fmt: skip
    assert updated.reference == "ND-1"
    final = await aix.debit_notes.change_state(created.id, state="finalized")
    assert final.atcud == numbering(series, DocumentType.DEBIT_NOTE).next_atcud
    from invoicexpress_client.models import EmailRecipient

    await aix.debit_notes.send_email(final.id, client=EmailRecipient(email="a@example.pt", save=False))
    page = await aix.debit_notes.list(statuses=["final"])
    assert final.id in [document.id async for document in page.auto_paging_iter()]


def test_change_state_is_the_lifecycle_methods_call(ix: InvoiceXpressClient) -> None:
    created = draft(ix, DocumentType.SIMPLIFIED_INVOICE)
    assert ix.simplified_invoices.change_state(created.id, state="finalized").status == "final"


# --- Answers as InvoiceXpress documents them ---------------------------------------------------------------------


def client_answering(answer: httpx.Response) -> InvoiceXpressClient:
    transport = httpx.MockTransport(lambda request: answer)
    return InvoiceXpressClient(account_name="acme", api_key="k", httpx_args={"transport": transport})


CREDIT_NOTE = {"id": 9611, "status": "final", "type": "CreditNote", "total": "12.30", "date": "02/12/2026"}


@pytest.mark.parametrize("key", ["credit_note", "invoice"])
def test_a_document_is_read_under_its_types_key_or_the_familys(key: str) -> None:
    read = client_answering(httpx.Response(200, json={key: CREDIT_NOTE})).credit_notes.get(9611)
    assert (read.id, read.total, read.date) == (9611, Decimal("12.30"), datetime.date(2026, 12, 2))


@pytest.mark.parametrize(
    "body",
    [
        {"invoice": {**CREDIT_NOTE, "type": "Invoice"}},  # another type's document
        {"credit_note": None},
        {"errors": {"error": "Document not found"}},  # an error payload with a 200
        {},
    ],
    ids=["another type", "null", "an error payload", "neither key"],
)
def test_a_200_without_a_document_of_the_type_is_an_invalid_response(body: dict[str, Any]) -> None:
    with pytest.raises(errors.InvalidResponse):
        client_answering(httpx.Response(200, json=body)).credit_notes.get(9611)
