"""A write whose answer is lost is never repeated by accident, and none is lost: against a server that acts and then
drops the connection (or answers a gateway's 502, 503, 504), or loses the request before acting (tests/lossy.py),
a create is looked up by its `proprietary_uid` and made exactly once under each of the fake's `--uid-replay`
behaviours, a finalize is read back and done once, a series' create or registration is read back; what cannot be
settled raises `APIOutcomeUnknown`, honestly worded, within the call's deadline. Each is declared in the contract
(`x-reconcile`), not decided from the operation."""

import datetime
import json
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client import _base_client as client_module
from invoicexpress_client import _deadline as deadline_module
from invoicexpress_client.models import Document, NewDocumentClient, NewDocumentItem, NewDocumentItemTax, Sequence
from invoicexpress_fake import Account, create_app, seeded_account
from lossy import Loss, Proxy, lossy
from support import exposures

TODAY = datetime.datetime.now(datetime.UTC).date()
BREAD = NewDocumentItem(name="Pão de forma", description="Pão de forma, 750 g", unit_price=Decimal("1.6981"),
                        quantity=Decimal(40), tax=NewDocumentItemTax(name="IVA6"))  # fmt: skip
CAFE = NewDocumentClient(name="Café Aurora, Unipessoal Lda.", code="C0043")
CREATE = ("POST", "/invoices.json")
LIST = ("GET", "/invoices.json")
STATE = ("PUT", r"/invoices/\d+/change-state\.json")
MODES = ["first", "new", "conflict"]
LOSSES = {"dropped": None, "502": 502, "503": 503, "504": 504}
UNDER_WAY = json.dumps({"reason": "There's an ongoing document creation with the provided UID k-1"}).encode()


class Fake:
    """The fake on the session's loopback server, with the options a test gives it."""

    def __init__(self, switchable: Any, url: str, api_key: str) -> None:
        self.switchable, self.url, self.api_key = switchable, url, api_key
        self.account: Account = seeded_account(api_key)

    def start(self, *, page_size: int = 20, **options: Any) -> Account:
        self.account = seeded_account(self.api_key, page_size=page_size)
        self.switchable.app = create_app(self.account, **options)
        return self.account

    def documents(self, uid: str, *, live: bool = True) -> list[Any]:
        return [
            document for document in self.account.documents.values()
            if document.proprietary_uid == uid and (not live or document.status != "deleted")
        ]  # fmt: skip

    def create_directly(self, count: int) -> Callable[[], None]:
        """Documents of the same day made by someone else, straight at the fake (not through the proxy)."""

        def create() -> None:
            for number in range(count):
                day = TODAY.strftime("%d/%m/%Y")
                line = {"name": f"Item {number}", "description": "-", "unit_price": "1", "quantity": "1"}
                body = {"invoice": {"date": day, "due_date": day, "client": {"name": "Outra Lda."}, "items": [line]}}
                answer = httpx.post(f"{self.url}/invoices.json", params={"api_key": self.api_key}, json=body)
                assert answer.status_code == 201, answer.text

        return create


@pytest.fixture
def fake(loopback: tuple[Any, str], api_key: str) -> Iterator[Fake]:
    switchable, url = loopback
    served = Fake(switchable, url, api_key)
    served.start()
    yield served
    switchable.app = None


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the client asked for, recorded instead of slept."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    monkeypatch.setattr(client_module, "_random", lambda: 1.0)
    return recorded


def client_of(proxy: Proxy, api_key: str, **settings: Any) -> InvoiceXpressClient:
    return InvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True, **settings)


def create(client: InvoiceXpressClient, uid: str = "k-1", **settings: Any) -> Document:
    return client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD], proprietary_uid=uid,
                                  **settings)  # fmt: skip


# --- A create: looked up by its key, made once ------------------------------------------------------------------


@pytest.mark.parametrize("how", list(LOSSES), ids=list(LOSSES))
@pytest.mark.parametrize("mode", MODES)
def test_a_create_whose_answer_is_lost_after_it_was_made_leaves_one_document(
    fake: Fake, api_key: str, waits: list[float], mode: str, how: str
) -> None:
    fake.start(uid_replay=mode)
    with lossy(fake.url, Loss(*CREATE, status=LOSSES[how])) as proxy, client_of(proxy, api_key) as client:
        created = create(client)
    [made] = fake.documents("k-1")
    assert (created.id, created.proprietary_uid, created.status) == (made.id, "k-1", "draft")
    assert proxy.count(*CREATE) == 1  # found by its key: never sent again
    assert proxy.count(*LIST) >= 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_async_client_settles_a_lost_create_the_same_way(fake: Fake, api_key: str, mode: str) -> None:
    fake.start(uid_replay=mode)
    with lossy(fake.url, Loss(*CREATE)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            created = await client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD],
                                                   proprietary_uid="k-1")  # fmt: skip
    [made] = fake.documents("k-1")
    assert created.id == made.id
    assert proxy.count(*CREATE) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_create_lost_before_it_was_made_is_sent_again_with_its_key_and_made_once(
    fake: Fake, api_key: str, mode: str
) -> None:
    fake.start(uid_replay=mode)
    with lossy(fake.url, Loss(*CREATE, act=False)) as proxy, client_of(proxy, api_key) as client:
        created = create(client)
    [made] = fake.documents("k-1")
    assert created.id == made.id
    assert proxy.count(*CREATE) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_async_client_sends_a_create_lost_before_it_was_made_again(
    fake: Fake, api_key: str, mode: str
) -> None:
    fake.start(uid_replay=mode)
    with lossy(fake.url, Loss(*CREATE, act=False)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            created = await client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD],
                                                   proprietary_uid="k-1")  # fmt: skip
    assert [made.id for made in fake.documents("k-1")] == [created.id]


def test_a_key_is_generated_and_kept_for_the_resend(fake: Fake, api_key: str) -> None:
    fake.start(uid_replay="new")
    with lossy(fake.url, Loss(*CREATE, act=False)) as proxy, client_of(proxy, api_key) as client:
        created = client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD])
    assert created.proprietary_uid
    assert [made.id for made in fake.documents(created.proprietary_uid)] == [created.id]


def test_a_second_draft_with_the_same_key_is_deleted_and_the_first_returned(fake: Fake, api_key: str) -> None:
    """The list may not show a document made a moment ago: the create is sent again, the service (`new`) makes a
    second one with the same key, and the look-up after it finds both: the second, a draft, is deleted."""
    fake.start(uid_replay="new")
    empty = json.dumps({"invoices": [], "pagination": {"total_entries": 0, "current_page": 1, "total_pages": 1,
                                                       "per_page": 20}}).encode()  # fmt: skip
    with (
        lossy(fake.url, Loss(*CREATE), Loss(*LIST, status=200, body=empty)) as proxy,
        client_of(proxy, api_key) as client,
    ):
        created = create(client)
    first, second = fake.documents("k-1", live=False)
    assert (created.id, first.status, second.status) == (first.id, "draft", "deleted")
    assert proxy.count(*CREATE) == 2


def test_the_look_up_walks_every_page(fake: Fake, api_key: str) -> None:
    """Others made 25 documents of the same day after it: with pages of 10, it is on the third."""
    fake.start(uid_replay="new", page_size=10)
    with lossy(fake.url, Loss(*CREATE, then=fake.create_directly(25))) as proxy, client_of(proxy, api_key) as client:
        created = create(client)
    assert [made.id for made in fake.documents("k-1")] == [created.id]
    assert proxy.count(*LIST) == 3
    assert proxy.count(*CREATE) == 1
    day = TODAY.strftime("%d/%m/%Y")
    asked = next(parse_qs(query) for sent, query in zip(proxy.seen, proxy.queries, strict=True) if sent == LIST)
    assert (asked["type[]"], asked["date[from]"], asked["date[to]"]) == (["Invoice"], [day], [day])


@pytest.mark.anyio
async def test_the_async_look_up_walks_every_page(fake: Fake, api_key: str) -> None:
    fake.start(uid_replay="new", page_size=10)
    with lossy(fake.url, Loss(*CREATE, then=fake.create_directly(25))) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            created = await client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD],
                                                   proprietary_uid="k-1")  # fmt: skip
    assert [made.id for made in fake.documents("k-1")] == [created.id]
    assert (proxy.count(*LIST), proxy.count(*CREATE)) == (3, 1)


def test_a_deleted_draft_with_the_same_key_is_not_taken_for_it(fake: Fake, api_key: str) -> None:
    fake.start(uid_replay="new")
    with lossy(fake.url, Loss(*CREATE, nth=2)) as proxy, client_of(proxy, api_key) as client:
        client.invoices.delete(create(client))  # a draft deleted; its key used again
        created = create(client)
    [made] = fake.documents("k-1")
    assert (created.id, created.status) == (made.id, "draft")


def test_a_look_up_cut_off_by_the_calls_deadline_ends_by_it(fake: Fake, api_key: str) -> None:
    """The reads that settle a write end by the write's own deadline, not by theirs (the client's 60 s)."""
    fake.start()
    started = time.monotonic()
    with (
        lossy(fake.url, Loss(*CREATE), Loss(*LIST, hold=30)) as proxy,
        client_of(proxy, api_key) as client,
        pytest.raises(errors.APIOutcomeUnknown, match="may have been carried out"),
    ):
        create(client, timeout=0.5)
    assert time.monotonic() - started < 5


@pytest.mark.anyio
async def test_an_async_look_up_cut_off_by_the_calls_deadline_ends_by_it(fake: Fake, api_key: str) -> None:
    fake.start()
    started = time.monotonic()
    with lossy(fake.url, Loss(*CREATE), Loss(*LIST, hold=30)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            with pytest.raises(errors.APIOutcomeUnknown, match="may have been carried out"):
                await client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD], timeout=0.5)
    assert time.monotonic() - started < 5


def test_a_creation_under_way_is_waited_out(fake: Fake, api_key: str, waits: list[float]) -> None:
    fake.start()
    under_way = Loss(*CREATE, act=False, status=409, body=UNDER_WAY, times=2)
    with lossy(fake.url, under_way) as proxy, client_of(proxy, api_key) as client:
        created = create(client)
    assert [made.id for made in fake.documents("k-1")] == [created.id]
    assert waits == [0.5, 1.0]  # asked again, waiting longer each time
    assert proxy.count(*CREATE) == 3


def test_a_rate_limited_create_is_sent_again_a_429_did_nothing(fake: Fake, api_key: str, waits: list[float]) -> None:
    fake.start(uid_replay="new")
    with lossy(fake.url, Loss(*CREATE, act=False, status=429)) as proxy, client_of(proxy, api_key) as client:
        created = create(client)
    assert [made.id for made in fake.documents("k-1")] == [created.id]
    assert (proxy.count(*CREATE), proxy.count(*LIST), waits) == (2, 0, [1.0])


def test_a_create_that_cannot_be_looked_up_raises_outcome_unknown_honestly(
    fake: Fake, api_key: str, waits: list[float]
) -> None:
    fake.start()
    losses = (Loss(*CREATE), Loss(*LIST, times=99))
    with (
        lossy(fake.url, *losses) as proxy,
        client_of(proxy, api_key, max_retries=1) as client,
        pytest.raises(errors.APIOutcomeUnknown) as raised,
    ):
        create(client)
    error = raised.value
    assert str(error).startswith("create_invoice: POST /invoices.json: the request was sent and may have been")
    assert "could not reach" not in str(error)
    assert isinstance(error, errors.APIConnectionError)
    assert error.request is not None
    assert error.request.url.path == "/invoices.json"
    assert error.__traceback__ is not None
    error.__traceback__ = error.__traceback__.tb_next  # the client's frames, not this test's (its api_key)
    assert not [text for text in exposures(error) if api_key in text]
    assert len(fake.documents("k-1")) == 1
    assert proxy.count(*CREATE) == 1  # not found is not known: never sent again without a look-up


class Clock:
    """The deadline's clock, moved on only by the waits the client asks for."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_a_creation_forever_under_way_ends_by_the_deadline(
    fake: Fake, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    monkeypatch.setattr(deadline_module, "time", clock)
    monkeypatch.setattr(client_module, "_sleep", clock.sleep)
    fake.start()
    forever = Loss(*CREATE, act=False, status=409, body=UNDER_WAY, times=999)
    with (
        lossy(fake.url, forever) as proxy,
        client_of(proxy, api_key, timeout=10) as client,
        pytest.raises(errors.APIOutcomeUnknown, match="still under way, and the call's deadline"),
    ):
        create(client)
    assert clock.waits == [0.5, 1.0, 2.0, 4.0]  # the next, 5 s, would pass the deadline
    assert fake.documents("k-1") == []


# --- A change of state: read back, done once ----------------------------------------------------------------------


def draft(client: InvoiceXpressClient) -> Document:
    return client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD])


@pytest.mark.parametrize("how", list(LOSSES), ids=list(LOSSES))
def test_a_finalize_whose_answer_is_lost_leaves_it_finalized_once(fake: Fake, api_key: str, how: str) -> None:
    account = fake.start()
    with lossy(fake.url, Loss(*STATE, status=LOSSES[how])) as proxy, client_of(proxy, api_key) as client:
        document = draft(client)
        numbers = {s.id: s.numbering["invoice"].last_number for s in account.series.values()}
        final = client.invoices.finalize(document)
    assert (final.id, final.status) == (document.id, "final")
    assert final.atcud
    assert final.atcud == account.documents[document.id].atcud
    taken = {s.id: s.numbering["invoice"].last_number - numbers[s.id] for s in account.series.values()}
    assert sorted(taken.values()) == [0] * (len(taken) - 1) + [1]  # one number taken, once, in one series
    assert proxy.count(*STATE) == 1


@pytest.mark.anyio
async def test_the_async_client_reads_a_lost_finalize_back(fake: Fake, api_key: str) -> None:
    fake.start()
    with lossy(fake.url, Loss(*STATE)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            document = await client.invoices.create(date=TODAY, due_date=TODAY, client=CAFE, items=[BREAD])
            final = await client.invoices.finalize(document.id)
    assert final.status == "final"
    assert proxy.count(*STATE) == 1


def test_a_finalize_lost_before_it_was_done_is_sent_once_more(fake: Fake, api_key: str) -> None:
    """Read back still a draft, it was not done: the states refuse a second finalize, so once more is safe."""
    fake.start()
    with lossy(fake.url, Loss(*STATE, act=False)) as proxy, client_of(proxy, api_key) as client:
        document = draft(client)
        final = client.invoices.finalize(document.id)
    assert final.status == "final"
    assert proxy.count(*STATE) == 2


def test_a_finalize_that_cannot_be_read_back_raises_outcome_unknown(
    fake: Fake, api_key: str, waits: list[float]
) -> None:
    fake.start()
    read = ("GET", r"/invoices/\d+\.json")
    with lossy(fake.url, Loss(*STATE), Loss(*read, times=99)) as proxy, client_of(proxy, api_key) as client:
        document = draft(client)
        with pytest.raises(errors.APIOutcomeUnknown, match=r"may have been carried out.*reading it back failed"):
            client.invoices.finalize(document.id)
    assert proxy.count(*STATE) == 1


# --- The sequences' writes: read back by the series' name, its codes -----------------------------------------------

SEQUENCES = ("POST", "/sequences.json")
REGISTER = ("PUT", r"/sequences/\d+/register\.json")


def test_a_series_whose_creation_answer_is_lost_is_found_by_its_name(fake: Fake, api_key: str) -> None:
    account = fake.start()
    with lossy(fake.url, Loss(*SEQUENCES)) as proxy, client_of(proxy, api_key) as client:
        series = client.sequences.create(serie="LOJA7")
    assert isinstance(series, Sequence)
    assert [found.id for found in account.series.values() if found.serie == "LOJA7"] == [series.id]
    assert proxy.count(*SEQUENCES) == 1


@pytest.mark.anyio
async def test_the_async_client_finds_a_lost_series_too(fake: Fake, api_key: str) -> None:
    account = fake.start()
    with lossy(fake.url, Loss(*SEQUENCES, status=504)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            series = await client.sequences.create(serie="LOJA7")
    assert [found.id for found in account.series.values() if found.serie == "LOJA7"] == [series.id]


def test_a_series_creation_lost_before_it_was_made_is_not_sent_again(fake: Fake, api_key: str) -> None:
    account = fake.start()
    with (
        lossy(fake.url, Loss(*SEQUENCES, act=False)) as proxy,
        client_of(proxy, api_key) as client,
        pytest.raises(errors.APIOutcomeUnknown, match=r"may have been carried out.*shows no result of it"),
    ):
        client.sequences.create(serie="LOJA7")
    assert not [found for found in account.series.values() if found.serie == "LOJA7"]
    assert proxy.count(*SEQUENCES) == 1


def unregistered(account: Account) -> int:
    return next(
        series.id for series in account.series.values()
        if not series.default and not series.registered_at_all
    )  # fmt: skip


def test_a_registration_whose_answer_is_lost_is_read_back_with_its_codes(fake: Fake, api_key: str) -> None:
    account = fake.start()
    series_id = unregistered(account)
    with lossy(fake.url, Loss(*REGISTER)) as proxy, client_of(proxy, api_key) as client:
        page = client.sequences.register(series_id)
    [registered] = [series for series in page if series.id == series_id]
    assert registered.current_invoice_validation_code not in ("N/D", "N/A")
    assert proxy.count(*REGISTER) == 1


@pytest.mark.anyio
async def test_the_async_client_reads_a_lost_registration_back(fake: Fake, api_key: str) -> None:
    account = fake.start()
    series_id = unregistered(account)
    with lossy(fake.url, Loss(*REGISTER, status=502)) as proxy:
        async with AsyncInvoiceXpressClient(api_key=api_key, base_url=proxy.url, strict=True) as client:
            page = await client.sequences.register(series_id)
    assert series_id in [series.id async for series in page.auto_paging_iter()]
    assert proxy.count(*REGISTER) == 1


def test_a_registration_not_seen_done_is_not_sent_again(fake: Fake, api_key: str) -> None:
    """No codes yet may be a registration the Tax Authority is still at: it is never registered again blindly."""
    account = fake.start()
    series_id = unregistered(account)
    with (
        lossy(fake.url, Loss(*REGISTER, act=False)) as proxy,
        client_of(proxy, api_key) as client,
        pytest.raises(errors.APIOutcomeUnknown, match=r"may have been carried out.*no validation codes set"),
    ):
        client.sequences.register(series_id)
    assert proxy.count(*REGISTER) == 1
