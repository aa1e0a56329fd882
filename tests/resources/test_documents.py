"""`client.documents` (sync and async) against the fake over loopback: the family's list across types with its
filters, the PDF's and the QR code's addresses waited for (one request per wait, each wait longer, counted by the
fake: never spinning), the related documents, and payments (a receipt; paid in full, the invoice settled).
`download_pdf` against a second 127.0.0.1 server that records what reaches it: the key never does; a file too
large, not a PDF, or not answered 200 is a typed error, and so is one that does not arrive by the deadline."""

import asyncio
import datetime
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client import _base_client as client_module
from invoicexpress_client import _deadline as deadline_module
from invoicexpress_client.models import Document
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain import jobs
from invoicexpress_fake.serve import serving
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .wire import body_of, list_requests

# The seeded documents (seed.DOCUMENTS): two final invoices (the second settled), a credit note, a draft.
FIRST_INVOICE, SETTLED_INVOICE, CREDIT_NOTE, DRAFT = 9601, 9602, 9603, 9604
POLLS = 3


@pytest.fixture
def account(api_key: str) -> Account:
    return seeded_account(api_key)


@pytest.fixture
def app(account: Account) -> Starlette:
    """The fake, its PDFs and QR codes ready after POLLS requests each."""
    return create_app(account, pdf_polls=POLLS)


class VirtualClock:
    """The deadline's clock, moved on by each wait the client asks for instead of sleeping it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between polls, recorded instead of slept, each moving the deadline's clock on."""
    virtual = VirtualClock()

    async def async_sleep(seconds: float) -> None:
        virtual.sleep(seconds)

    monkeypatch.setattr(deadline_module, "time", virtual)
    monkeypatch.setattr(client_module, "_sleep", virtual.sleep)
    monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    return virtual.waits


# --- The family's list ---------------------------------------------------------------------------------------


def test_the_list_is_the_familys_across_types_with_every_filter(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    everything = ix.documents.list()
    assert {entry.type_ for entry in everything} == {"Invoice", "CreditNote"}
    credit_notes = ix.documents.list(types=["CreditNote"], statuses=["final"])
    assert [entry.id for entry in credit_notes] == [CREDIT_NOTE]
    assert [entry.id for entry in ix.documents.list(reference="Encomenda 88")] == [DRAFT]
    assert list(ix.documents.list(text="nothing like it")) == []
    today = datetime.datetime.now(datetime.UTC).date()
    dated = ix.documents.list(date_from=today, date_to=today, per_page=1, page=1)
    assert [entry.id for entry in dated] == [DRAFT]
    queries = list_requests(sent, "/invoices.json")
    assert queries[1] == {"type[]": "CreditNote", "status[]": "final"}
    assert queries[-1]["date[from]"] == today.strftime("%d/%m/%Y")


@pytest.mark.anyio
async def test_the_list_async(aix: AsyncInvoiceXpressClient) -> None:
    page = await aix.documents.list(types=["Invoice"])
    assert {entry.type_ for entry in page} == {"Invoice"}


# --- Waiting for a PDF and a QR code ---------------------------------------------------------------------------


def test_the_pdfs_address_is_waited_for_one_request_per_wait_each_longer(
    ix: InvoiceXpressClient, account: Account, waits: list[float]
) -> None:
    address = ix.documents.pdf(FIRST_INVOICE)
    assert address.endswith(f"/files/{FIRST_INVOICE}.pdf")
    # POLLS answers of 202, each waited out once (never spinning), then the 200: counted by the fake.
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == POLLS + 1
    assert waits == [0.5, 1.0, 2.0]
    assert ix.documents.pdf(FIRST_INVOICE, second_copy=True).endswith("-second-copy.pdf")
    assert jobs.asked(account, "pdf-second-copy", FIRST_INVOICE) == POLLS + 1


def test_a_pdf_not_ready_by_the_deadline_is_not_ready_error(
    ix: InvoiceXpressClient, account: Account, waits: list[float]
) -> None:
    with pytest.raises(errors.NotReadyError, match="not ready"):
        ix.documents.pdf(FIRST_INVOICE, timeout=1.2)  # room for the first wait (0.5 s), not the second
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == 2
    with pytest.raises(errors.NotFoundError):
        ix.documents.pdf(999999)


def test_the_qr_codes_address_and_a_drafts_refusal(
    ix: InvoiceXpressClient, account: Account, waits: list[float]
) -> None:
    assert ix.documents.qr_code(FIRST_INVOICE).endswith(f"/files/{FIRST_INVOICE}-qr.png")
    assert jobs.asked(account, "qr-code", FIRST_INVOICE) == POLLS + 1
    with pytest.raises(errors.UnprocessableEntityError, match="still in draft"):
        ix.documents.qr_code(DRAFT)
    with pytest.raises(errors.NotFoundError, match="No document with ID 999999"):
        ix.documents.qr_code(999999)


@pytest.mark.anyio
async def test_the_pdf_and_qr_code_async(aix: AsyncInvoiceXpressClient, account: Account, waits: list[float]) -> None:
    assert (await aix.documents.pdf(FIRST_INVOICE)).endswith(".pdf")
    assert (await aix.documents.qr_code(FIRST_INVOICE)).endswith(".png")
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == jobs.asked(account, "qr-code", FIRST_INVOICE) == POLLS + 1
    assert waits == [0.5, 1.0, 2.0] * 2


# --- Payments and related documents ----------------------------------------------------------------------------


def test_a_payment_is_a_receipt_related_to_the_invoice_and_in_full_settles_it(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    invoice = ix.invoices.get(FIRST_INVOICE)
    assert isinstance(invoice.total, Decimal)
    part = ix.documents.pay(FIRST_INVOICE, amount=Decimal("10.00"), payment_mechanism="TB",
                            payment_date=datetime.date(2026, 12, 2), note="Parte")  # fmt: skip
    assert isinstance(part, Document)
    assert (part.type_, part.status, part.total) == ("Receipt", "final", Decimal(10))
    assert part.owner_invoice_id == FIRST_INVOICE
    wire = body_of(sent[-1])
    assert wire == {"partial_payment": {"amount": Decimal("10.00"), "payment_mechanism": "TB",
                                        "payment_date": "02/12/2026", "note": "Parte"}}  # fmt: skip
    rest = ix.documents.pay(FIRST_INVOICE, amount=invoice.total - 10)
    assert ix.invoices.get(FIRST_INVOICE).status == "settled"
    related = ix.documents.related(FIRST_INVOICE)
    assert [(one.type_, one.id) for one in related] == [("CreditNote", CREDIT_NOTE), ("Receipt", part.id),
                                                        ("Receipt", rest.id)]  # fmt: skip
    assert all(isinstance(one, Document) for one in related)


def test_a_refused_payment_names_the_field(ix: InvoiceXpressClient) -> None:
    with pytest.raises(errors.UnprocessableEntityError, match="amount is greater than what is owed"):
        ix.documents.pay(FIRST_INVOICE, amount=10**6)
    with pytest.raises(errors.UnprocessableEntityError, match="only final documents take payments"):
        ix.documents.pay(DRAFT, amount=1)
    with pytest.raises(errors.NotFoundError):
        ix.documents.pay(999999, amount=1)
    with pytest.raises(errors.InvalidArgument):
        ix.documents.pay(FIRST_INVOICE, amount="ten")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("answer", "said"),
    [
        pytest.param({"receipt": {"id": 1, "status": "final", "type": "Invoice"}}, "of type 'Invoice'",
                     id="another type's document"),
        pytest.param({"invoice": {"id": 1, "status": "final", "type": "Receipt"}}, "\"receipt\" is a required property",
                     id="under another key"),
        pytest.param({"receipt": None}, "breaks the contract", id="null"),
    ],
)  # fmt: skip
def test_a_payment_answered_with_anything_but_a_receipt_is_invalid_response(answer: Any, said: str) -> None:
    """The receipt is read under the receipt's row of the table: its key, its type."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with (
        InvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": transport}) as client,
        pytest.raises(errors.InvalidResponse, match=said),
    ):
        client.documents.pay(FIRST_INVOICE, amount=1)


@pytest.mark.anyio
async def test_payments_and_related_async(aix: AsyncInvoiceXpressClient) -> None:
    receipt = await aix.documents.pay(FIRST_INVOICE, amount=1)
    related = await aix.documents.related(receipt.id)
    assert [one.id for one in related] == [FIRST_INVOICE]


# --- Downloading the PDF from another host -----------------------------------------------------------------------


class FileHost:
    """A second server on 127.0.0.1 that serves the file and records what reached it."""

    def __init__(self) -> None:
        self.seen: list[Request] = []
        self.body = b"%PDF-1.7\n" + b"0" * 100 + b"\n%%EOF\n"
        self.status = 200
        self.delay = 0.0
        self.app = Starlette(routes=[Route("/bucket/{name}", self.serve)])

    async def serve(self, request: Request) -> Response:
        self.seen.append(request)
        if self.delay:  # the file a byte at a time, each soon enough for any per-read time limit
            return StreamingResponse(self.drip(), media_type="application/pdf")
        return Response(self.body, status_code=self.status, media_type="application/pdf")

    async def drip(self) -> AsyncIterator[bytes]:
        for byte in self.body[: round(self.delay / 0.05)]:
            yield bytes([byte])
            await asyncio.sleep(0.05)


@pytest.fixture
def files() -> Iterator[tuple[FileHost, str]]:
    host = FileHost()
    with serving(host.app) as url:
        yield host, url


def account_pointing_at(files_url: str, api_key: str, address: str | None = None) -> Starlette:
    """An account whose PDF answers give an address on the file host, with a signature in its query."""

    async def pdf(request: Request) -> Response:
        if request.query_params.get("api_key") != api_key:
            return Response(status_code=401)
        name = request.path_params["id"]
        given = address or f"{files_url}/bucket/{name}.pdf?X-Amz-Signature=s1gn"
        return JSONResponse({"output": {"pdfUrl": given}})

    return Starlette(routes=[Route("/api/pdf/{id}.json", pdf)])


@pytest.fixture
def pointing(loopback: tuple[Any, str], files: tuple[FileHost, str], api_key: str) -> Iterator[str]:
    """The session's loopback server, serving an account whose PDFs are on the file host."""
    switchable, url = loopback
    switchable.app = account_pointing_at(files[1], api_key)
    yield url
    switchable.app = None


def test_download_pdf_fetches_the_file_and_the_key_never_reaches_its_host(
    pointing: str, files: tuple[FileHost, str], api_key: str
) -> None:
    host, _ = files
    with InvoiceXpressClient(api_key=api_key, base_url=pointing, headers={"X-Team": "books"}) as client:
        assert client.documents.download_pdf(FIRST_INVOICE) == host.body
    [request] = host.seen
    assert dict(request.query_params) == {"X-Amz-Signature": "s1gn"}
    assert api_key not in str(request.url)
    assert all(api_key not in value for value in request.headers.values())
    assert "x-team" not in request.headers  # none of the client's own headers go there either
    assert "authorization" not in request.headers


@pytest.mark.anyio
async def test_download_pdf_async(pointing: str, files: tuple[FileHost, str], api_key: str) -> None:
    host, _ = files
    async with AsyncInvoiceXpressClient(api_key=api_key, base_url=pointing) as client:
        assert await client.documents.download_pdf(FIRST_INVOICE) == host.body
    assert all(api_key not in str(request.url) for request in host.seen)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_file_larger_than_max_response_bytes_is_refused(
    pointing: str, files: tuple[FileHost, str], api_key: str, asynchronous: bool
) -> None:
    host, _ = files
    host.body = b"%PDF-1.7\n" + b"0" * 5000
    with pytest.raises(errors.InvalidResponse, match=r"limit of 1000 bytes \(max_response_bytes\)"):
        fetch(pointing, api_key, asynchronous, max_response_bytes=1000)


@pytest.mark.parametrize(
    ("status", "content", "said"),
    [(404, b"%PDF-no", r"404 Not Found, not the file"), (200, b"<html>sign in</html>", r"not a PDF")],
)
def test_a_non_200_or_non_pdf_answer_is_a_typed_error(
    pointing: str, files: tuple[FileHost, str], api_key: str, status: int, content: bytes, said: str
) -> None:
    host, _ = files
    host.status, host.body = status, content
    with pytest.raises(errors.InvalidResponse, match=said) as raised:
        fetch(pointing, api_key, False)
    assert raised.value.status_code == status
    assert "s1gn" not in str(raised.value)  # the address is shown without its signature


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_file_that_does_not_arrive_by_the_deadline_times_out(
    pointing: str, files: tuple[FileHost, str], api_key: str, asynchronous: bool
) -> None:
    host, _ = files
    host.delay = 2.0  # a byte every 0.05 s: no per-read limit trips, only the call's deadline
    with pytest.raises(errors.APITimeoutError, match=r"^generate_pdf: .*(timeout|no answer)"):
        fetch(pointing, api_key, asynchronous, timeout=0.5)


@pytest.mark.parametrize("address", ["ftp://files.example/9601.pdf", "not a url", "/relative/9601.pdf"])
def test_an_address_that_is_no_http_url_is_invalid_response(
    loopback: tuple[Any, str], files: tuple[FileHost, str], api_key: str, address: str
) -> None:
    switchable, url = loopback
    switchable.app = account_pointing_at(files[1], api_key, address)
    with pytest.raises(errors.InvalidResponse, match="not an http"):
        fetch(url, api_key, False)
    assert files[0].seen == []


def fetch(base_url: str, api_key: str, asynchronous: bool, *, timeout: float | None = None, **settings: Any) -> bytes:
    if not asynchronous:
        with InvoiceXpressClient(api_key=api_key, base_url=base_url, **settings) as client:
            return client.documents.download_pdf(FIRST_INVOICE, timeout=timeout)

    async def run() -> bytes:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=base_url, **settings) as client:
            return await client.documents.download_pdf(FIRST_INVOICE, timeout=timeout)

    return asyncio.run(run())


def test_download_pdf_against_the_fake_serves_its_own_file(ix: InvoiceXpressClient, waits: list[float]) -> None:
    assert ix.documents.download_pdf(FIRST_INVOICE).startswith(b"%PDF-")
