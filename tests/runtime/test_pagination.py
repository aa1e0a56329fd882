"""Lists as pages (`Page`, `AsyncPage`): a page holds its own entries and the answer's model, knows whether
another follows, and fetches it only when asked or when a walk reaches it. A walk ends where the service says
the list ends, and a service whose pages do not advance is stopped with PaginationError, never walked in a
circle. The clients list answers with `pagination`; the items list without (a short page is the last)."""

import itertools
from collections.abc import AsyncIterable, Callable, Iterable
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, AsyncPage, InvoiceXpressClient, Page, errors
from invoicexpress_client import _base_client as client_module
from invoicexpress_client.models import ClientList, ClientListEntry, Item, ItemList, Pagination, SequenceList
from invoicexpress_fake import seeded_account
from support import series_wire

KEY = "pagination-test-key-77aa"

Entry = dict[str, Any]
Answer = Callable[[int], httpx.Response]


def clients(count: int, first: int = 1) -> list[Entry]:
    """`count` clients as the list gives them, numbered from `first`."""
    return [{"id": 8000 + number, "name": f"Client {number}"} for number in range(first, first + count)]


def items(count: int, first: int = 1) -> list[Entry]:
    """`count` items as the catalogue gives them, numbered from `first`."""
    return [{"id": 3000 + n, "name": f"Item {n}", "unit_price": "1.50"} for n in range(first, first + count)]


class Service:
    """A list operation of the service: answers each page number as `answer` says, and keeps the query of
    every request (without the key) in the order they came."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = {name: value for name, value in request.url.params.items() if name != "api_key"}
        self.queries.append(query)
        return self.answer(int(query.get("page", "1")))

    @property
    def pages_asked(self) -> list[int]:
        return [int(query.get("page", "1")) for query in self.queries]


def client_pages(
    pages: list[list[Entry]], *, total_pages: int | None = None, answers_page: Callable[[int], int] | None = None
) -> Service:
    """GET /clients.json: page n is `pages[n - 1]` (empty past them), with `pagination` saying `total_pages`
    (the number of pages, unless given) and `current_page` (the one asked for, unless `answers_page` says)."""

    def answer(number: int) -> httpx.Response:
        entries = pages[number - 1] if number <= len(pages) else []
        pagination = {
            "total_entries": sum(len(page) for page in pages),
            "current_page": answers_page(number) if answers_page else number,
            "total_pages": len(pages) if total_pages is None else total_pages,
            "per_page": max((len(page) for page in pages), default=1),
        }
        return httpx.Response(200, json={"clients": entries, "pagination": pagination})

    return Service(answer)


def item_pages(pages: list[list[Entry]]) -> Service:
    """GET /items.json: page n is `pages[n - 1]` (empty past them), with no `pagination`, as the service does."""

    def answer(number: int) -> httpx.Response:
        return httpx.Response(200, json={"items": pages[number - 1] if number <= len(pages) else []})

    return Service(answer)


def client_for(service: Callable[[httpx.Request], httpx.Response]) -> InvoiceXpressClient:
    return InvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(service)})


def async_client_for(service: Callable[[httpx.Request], httpx.Response]) -> AsyncInvoiceXpressClient:
    return AsyncInvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(service)}
    )


def ids(entries: Any) -> list[int]:
    return [entry.id for entry in entries]


def walked_until_refused(walk: Iterable[Any]) -> tuple[list[int], errors.PaginationError]:
    """The ids a walk gave before it raised PaginationError, and the error; failing if it ended without."""
    walked: list[int] = []
    try:
        for entry in walk:
            walked.append(entry.id)
    except errors.PaginationError as error:
        return walked, error
    raise AssertionError(f"the walk ended without PaginationError, after {walked}")


async def awalked_until_refused(walk: AsyncIterable[Any]) -> tuple[list[int], errors.PaginationError]:
    """`walked_until_refused`, for the walk of an AsyncPage."""
    walked: list[int] = []
    try:
        async for entry in walk:
            walked.append(entry.id)
    except errors.PaginationError as error:
        return walked, error
    raise AssertionError(f"the walk ended without PaginationError, after {walked}")


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the client asked for, recorded instead of slept."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    monkeypatch.setattr(client_module, "_random", lambda: 1.0)  # the jitter at its top: each wait whole
    return recorded


THREE_PAGES_OF_CLIENTS = [clients(2, 1), clients(2, 3), clients(2, 5)]


# --- One page ---------------------------------------------------------------------------------------------------


def test_a_page_holds_its_own_entries_and_fetches_nothing_more() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS)
    page = client_for(service).clients.list()
    assert isinstance(page, Page)
    assert len(page) == 2
    assert isinstance(page[0], ClientListEntry)
    assert (page[0].id, page[1].id, page[-1].id) == (8001, 8002, 8002)
    assert ids(page[0:1]) == [8001]
    assert ids(page[:]) == [8001, 8002]
    assert ids(page) == [8001, 8002]  # iterating a page is its own entries: the walk is auto_paging_iter()
    assert service.pages_asked == [1]


def test_a_page_gives_the_answers_model_its_pagination_and_its_own_fields() -> None:
    page = client_for(client_pages(THREE_PAGES_OF_CLIENTS)).clients.list()
    assert isinstance(page.model, ClientList)
    assert isinstance(page.pagination, Pagination)
    assert (page.pagination.current_page, page.pagination.total_pages, page.pagination.total_entries) == (1, 3, 6)
    assert page.page_number == 1
    assert ids(page.clients) == [8001, 8002]  # the answer's own field, as its model has it
    assert page.clients is page.model.clients
    with pytest.raises(AttributeError):
        page.not_a_field_of_the_answer  # noqa: B018


def test_a_page_of_a_list_without_pagination_says_none() -> None:
    page = client_for(item_pages([items(2)])).items.list()
    assert isinstance(page.model, ItemList)
    assert page.pagination is None
    assert all(isinstance(item, Item) for item in page)
    assert ids(page.items) == [3001, 3002]


# --- The next page ----------------------------------------------------------------------------------------------


def test_next_page_fetches_the_page_after_this_one() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS)
    first = client_for(service).clients.list(per_page=2)
    assert first.has_next_page()
    second = first.next_page()
    assert (second.page_number, ids(second)) == (2, [8003, 8004])
    third = second.next_page()
    assert (third.page_number, ids(third), third.has_next_page()) == (3, [8005, 8006], False)
    assert service.queries == [{"per_page": "2"}, {"page": "2", "per_page": "2"}, {"page": "3", "per_page": "2"}]


def test_next_page_of_the_last_page_raises_pagination_error_without_asking() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS)
    last = client_for(service).clients.list(page=3)
    assert not last.has_next_page()
    with pytest.raises(errors.PaginationError, match="is the last page"):
        last.next_page()
    assert service.pages_asked == [3]


def test_next_page_of_a_short_page_of_a_list_without_pagination_raises_pagination_error() -> None:
    service = item_pages([items(2, 1), items(1, 3)])
    second = client_for(service).items.list(per_page=2).next_page()
    assert not second.has_next_page()
    with pytest.raises(errors.PaginationError):
        second.next_page()
    assert service.pages_asked == [1, 2]


# --- Walking every page -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("taken", "pages_asked"),
    [
        pytest.param(1, [1], id="one entry"),
        pytest.param(2, [1], id="the first page whole"),
        pytest.param(3, [1, 2], id="the first entry of page 2"),
        pytest.param(4, [1, 2], id="two pages whole"),
        pytest.param(5, [1, 2, 3], id="into the last page"),
        pytest.param(6, [1, 2, 3], id="every entry"),
    ],
)
def test_a_walk_fetches_each_next_page_only_when_it_reaches_it(taken: int, pages_asked: list[int]) -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS)
    page = client_for(service).clients.list()
    taken_ids = ids(itertools.islice(page.auto_paging_iter(), taken))
    assert taken_ids == list(range(8001, 8001 + taken))
    assert service.pages_asked == pages_asked


def test_a_walk_stops_where_pagination_says_the_list_ends() -> None:
    """The service would answer page 3 with entries; its `pagination` says there are 2 pages: 2 are walked."""
    service = client_pages(THREE_PAGES_OF_CLIENTS, total_pages=2)
    assert ids(client_for(service).clients.list().auto_paging_iter()) == [8001, 8002, 8003, 8004]
    assert service.pages_asked == [1, 2]


def test_a_walk_stops_at_an_empty_page() -> None:
    """`pagination` promises 5 pages; page 2 is empty: the list ended early, and nothing past it is asked."""
    service = client_pages([clients(2), []], total_pages=5)
    assert ids(client_for(service).clients.list().auto_paging_iter()) == [8001, 8002]
    assert service.pages_asked == [1, 2]


def test_an_empty_list_is_one_empty_page_with_no_next() -> None:
    service = client_pages([], total_pages=0)
    page = client_for(service).clients.list()
    assert (len(page), page.has_next_page(), list(page.auto_paging_iter())) == (0, False, [])
    assert service.pages_asked == [1]


def test_without_pagination_a_page_shorter_than_per_page_asked_is_the_last() -> None:
    service = item_pages([items(2, 1), items(2, 3), items(1, 5), items(2, 6)])
    walked = ids(client_for(service).items.list(per_page=2).auto_paging_iter())
    assert walked == [3001, 3002, 3003, 3004, 3005]
    assert service.queries == [{"per_page": "2"}, {"page": "2", "per_page": "2"}, {"page": "3", "per_page": "2"}]


def test_without_pagination_or_per_page_a_page_shorter_than_the_first_is_the_last() -> None:
    """The account's own page size is unknown to the client: the first page's size stands for it."""
    service = item_pages([items(3, 1), items(3, 4), items(2, 7), items(3, 9)])
    walked = ids(client_for(service).items.list().auto_paging_iter())
    assert walked == list(range(3001, 3009))
    assert service.queries == [{}, {"page": "2"}, {"page": "3"}]


def test_without_pagination_a_full_last_page_ends_at_the_empty_one_after_it() -> None:
    service = item_pages([items(2, 1), items(2, 3)])
    assert ids(client_for(service).items.list(per_page=2).auto_paging_iter()) == [3001, 3002, 3003, 3004]
    assert service.pages_asked == [1, 2, 3]


def test_without_pagination_a_first_page_shorter_than_asked_is_followed_by_one_more_request() -> None:
    """The service may give fewer than the per_page asked (its largest page is its own): the client asks once more."""
    service = item_pages([items(2)])
    assert ids(client_for(service).items.list(per_page=5).auto_paging_iter()) == [3001, 3002]
    assert service.pages_asked == [1, 2]


def test_without_pagination_a_per_page_above_the_services_cap_still_walks_every_entry() -> None:
    """The service takes a per_page above 100 as 100 (the contract's list-page-parameters): pages of 100 asked for
    150 are not the end of the list."""
    catalogue = items(250)

    def capped(number: int, per_page: int) -> httpx.Response:
        size = min(per_page, 100)
        return httpx.Response(200, json={"items": catalogue[(number - 1) * size : number * size]})

    def handler(request: httpx.Request) -> httpx.Response:
        return capped(int(request.url.params.get("page", "1")), int(request.url.params.get("per_page", "30")))

    walked = ids(client_for(handler).items.list(per_page=150).auto_paging_iter())
    assert walked == [item["id"] for item in catalogue]


# --- A service whose pages do not advance -----------------------------------------------------------------------


def test_a_service_answering_page_1_again_is_stopped_not_looped() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS, answers_page=lambda asked: 1)
    first = client_for(service).clients.list()
    with pytest.raises(errors.PaginationError, match="asked for page 2, the service answered page 1 again"):
        first.next_page()
    assert service.pages_asked == [1, 2]


def test_a_walk_over_a_service_answering_page_1_again_ends_in_pagination_error() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS, answers_page=lambda asked: 1)
    walked, _ = walked_until_refused(client_for(service).clients.list().auto_paging_iter())
    assert (walked, service.pages_asked) == ([8001, 8002], [1, 2])


def test_a_page_of_entries_all_seen_already_ends_the_walk_in_pagination_error() -> None:
    """The items list has no `pagination` to tell: a service ignoring `page` answers the same full page forever."""
    page_one = items(2)
    service = Service(lambda number: httpx.Response(200, json={"items": page_one}))
    walked, error = walked_until_refused(client_for(service).items.list(per_page=2).auto_paging_iter())
    assert "only entries of pages already walked" in str(error)
    assert (walked, service.pages_asked) == ([3001, 3002], [1, 2])


def test_pages_that_advance_in_number_but_repeat_their_entries_end_in_pagination_error() -> None:
    service = client_pages([clients(2), clients(2), clients(2)])
    with pytest.raises(errors.PaginationError):
        list(client_for(service).clients.list().auto_paging_iter())
    assert service.pages_asked == [1, 2]


# --- Each page fetch is a call of its own -----------------------------------------------------------------------


def failing_once_on(page: int, status: int, service: Service) -> Service:
    """`service`, except that its first answer to `page` is `status`."""
    failed: list[int] = []

    def answer(number: int) -> httpx.Response:
        if number == page and not failed:
            failed.append(number)
            return httpx.Response(status, text="overloaded")
        return service.answer(number)

    return Service(answer)


def test_a_page_answered_503_is_retried_and_the_walk_goes_on(waits: list[float]) -> None:
    service = failing_once_on(2, 503, client_pages(THREE_PAGES_OF_CLIENTS))
    walked = ids(client_for(service).clients.list().auto_paging_iter())
    assert walked == list(range(8001, 8007))
    assert (service.pages_asked, waits) == ([1, 2, 2, 3], [1.0])


def test_each_page_has_its_own_retries(waits: list[float]) -> None:
    """max_retries counts per call: pages 2 and 3 each fail twice, and each is retried twice."""
    failures = {2: 2, 3: 2}
    inner = client_pages(THREE_PAGES_OF_CLIENTS)

    def answer(number: int) -> httpx.Response:
        if failures.get(number, 0):
            failures[number] -= 1
            return httpx.Response(503)
        return inner.answer(number)

    service = Service(answer)
    assert ids(client_for(service).clients.list().auto_paging_iter()) == list(range(8001, 8007))
    assert (service.pages_asked, waits) == ([1, 2, 2, 2, 3, 3, 3], [1.0, 2.0, 1.0, 2.0])


# --- Asynchronously ---------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_for_walks_every_page_fetching_each_when_reached() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS)
    page = await async_client_for(service).clients.list()
    assert isinstance(page, AsyncPage)
    assert (len(page), ids(page), service.pages_asked) == (2, [8001, 8002], [1])
    walked = [(entry.id, len(service.queries)) async for entry in page]
    # Each entry with how many pages had been asked for when it came: page n only once the walk reached it.
    assert walked == [(8001, 1), (8002, 1), (8003, 2), (8004, 2), (8005, 3), (8006, 3)]


@pytest.mark.anyio
async def test_async_next_page_and_the_end_of_the_list() -> None:
    service = item_pages([items(2, 1), items(1, 3)])
    first = await async_client_for(service).items.list(per_page=2)
    second = await first.next_page()
    assert (ids(second), second.has_next_page()) == ([3003], False)
    with pytest.raises(errors.PaginationError):
        await second.next_page()
    assert [entry.id async for entry in first.auto_paging_iter()] == [3001, 3002, 3003]


@pytest.mark.anyio
async def test_async_a_service_answering_page_1_again_is_stopped() -> None:
    service = client_pages(THREE_PAGES_OF_CLIENTS, answers_page=lambda asked: 1)
    page = await async_client_for(service).clients.list()
    walked, _ = await awalked_until_refused(page)
    assert (walked, service.pages_asked) == ([8001, 8002], [1, 2])


@pytest.mark.anyio
async def test_async_a_page_answered_503_is_retried_and_the_walk_goes_on(waits: list[float]) -> None:
    service = failing_once_on(2, 503, client_pages(THREE_PAGES_OF_CLIENTS))
    page = await async_client_for(service).clients.list()
    assert [entry.id async for entry in page] == list(range(8001, 8007))
    assert (service.pages_asked, waits) == ([1, 2, 2, 3], [1.0])


# --- A list answered whole --------------------------------------------------------------------------------------


def series_list() -> list[Entry]:
    return list(series_wire(seeded_account("k")).values())


def test_a_list_without_pages_is_one_page_with_no_next() -> None:
    every_series = series_list()
    service = Service(lambda number: httpx.Response(200, json={"sequences": every_series}))
    page = client_for(service).sequences.list()
    assert isinstance(page, Page)
    assert isinstance(page.model, SequenceList)
    assert not page.has_next_page()
    assert ids(page.sequences) == ids(page) == [series["id"] for series in every_series]
    assert ids(page.auto_paging_iter()) == ids(page)
    assert service.queries == [{}]


def test_next_page_of_a_list_without_pages_raises_pagination_error() -> None:
    service = Service(lambda number: httpx.Response(200, json={"sequences": series_list()}))
    page = client_for(service).sequences.list()
    with pytest.raises(errors.PaginationError):
        page.next_page()
    assert len(service.queries) == 1
