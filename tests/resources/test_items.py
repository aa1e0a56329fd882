"""`client.items`, sync and async, against the fake over loopback: every operation through the resource, prices
sent and read with their digits as `Decimal`, what each write leaves in the catalogue, the item refusals'
messages, and a list that has no `pagination` walked to its last page (the first one shorter than the page)."""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client._pagination import AsyncPage, Page
from invoicexpress_client.models import Item, ItemTax, NewItemTax
from invoicexpress_fake import Account
from invoicexpress_fake.domain.items import add_item

from .wire import body_of, list_requests, result_of

UNKNOWN = 999_999
LIST_PATH = "/items.json"
PRICE_INVALID = "Price is not valid. Check the decimal mark and if you are inserting only numbers."


def item_named(account: Account, name: str) -> int:
    return next(item.id for item in account.items.values() if item.name == name)


def tax_of(item: Item) -> ItemTax:
    assert isinstance(item.tax, ItemTax), item
    return item.tax


# --- Reading ---------------------------------------------------------------------------------------------------


def test_list_returns_the_first_page_of_the_catalogue_typed(ix: InvoiceXpressClient, account: Account) -> None:
    page = ix.items.list()
    assert isinstance(page, Page)
    assert len(page) == account.page_size == 20
    assert [item.id for item in page] == list(account.items)[:20]
    assert page.items == list(page)  # the answer's own field
    bread = page[0]
    assert isinstance(bread, Item)
    assert (bread.name, bread.description, bread.unit) == ("Pão de forma", "Pão de forma 500 g", "unit")
    assert isinstance(bread.unit_price, Decimal)
    assert str(bread.unit_price) == "1.6981"
    assert (tax_of(bread).name, str(tax_of(bread).value), tax_of(bread).comment) == ("IVA6", "6.0", "tax value:6.0%")
    assert page.pagination is None  # the items list sends none
    assert page.has_next_page()


def test_get_reads_the_price_and_the_rate_as_decimals(ix: InvoiceXpressClient, account: Account) -> None:
    """The list writes an item's rate as a string, the item's own answer as a number: both read exactly."""
    bread = item_named(account, "Pão de forma")
    response = ix.items.detailed.get(bread)
    assert b'"unit_price":1.6981' in response.content
    assert b'"value":6.0' in response.content
    item = response.parsed
    assert (item.id, str(item.unit_price), str(tax_of(item).value)) == (bread, "1.6981", "6.0")
    assert isinstance(tax_of(item).value, Decimal)
    assert str(tax_of(ix.items.list()[0]).value) == "6.0"  # from `"value":"6.0"`


def test_get_returns_each_item_as_the_catalogue_holds_it(ix: InvoiceXpressClient, account: Account) -> None:
    for item_id, held in account.items.items():
        got = ix.items.get(item_id)
        assert (got.id, got.name, got.description, got.unit_price, got.unit) == (
            held.id,
            held.name,
            held.description,
            held.unit_price,
            held.unit,
        )
        assert held.tax is not None
        assert (tax_of(got).name, tax_of(got).value) == (held.tax.name, held.tax.value)


# --- Walking the pages -----------------------------------------------------------------------------------------


def test_the_walk_stops_at_the_first_page_shorter_than_the_page_size(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    assert len(account.items) == 24
    walked = [item.id for item in ix.items.list().auto_paging_iter()]
    assert walked == list(account.items)
    assert list_requests(sent, LIST_PATH) == [{}, {"page": "2"}]  # 20, then 4: the last


def test_the_walk_fetches_each_page_only_when_it_reaches_it(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    walk = ix.items.list(per_page=5).auto_paging_iter()
    first_five = [next(walk) for _ in range(5)]
    assert len(list_requests(sent, LIST_PATH)) == 1
    sixth = next(walk)
    assert len(list_requests(sent, LIST_PATH)) == 2
    rest = list(walk)
    assert [item.id for item in [*first_five, sixth, *rest]] == list(account.items)
    assert list_requests(sent, LIST_PATH) == [{"per_page": "5"}] + [
        {"page": str(n), "per_page": "5"} for n in range(2, 6)
    ]


def test_a_full_last_page_is_followed_by_an_empty_one_that_ends_the_walk(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    walked = list(ix.items.list(per_page=8).auto_paging_iter())
    assert [item.id for item in walked] == list(account.items)
    assert [query.get("page", "1") for query in list_requests(sent, LIST_PATH)] == ["1", "2", "3", "4"]


def test_next_page_fetches_the_page_after_and_the_last_has_none(ix: InvoiceXpressClient, account: Account) -> None:
    first = ix.items.list()
    second = first.next_page()
    assert (second.page_number, len(second)) == (2, 4)
    assert [item.id for item in second] == list(account.items)[20:]
    assert not second.has_next_page()
    with pytest.raises(errors.PaginationError):
        second.next_page()


def test_the_walk_reaches_every_item_when_per_page_is_above_the_services_largest_page(
    ix: InvoiceXpressClient, account: Account
) -> None:
    for number in range(120 - len(account.items)):
        add_item(account, f"Peça {number}", "Peça avulsa", Decimal(1))
    walked = [item.id for item in ix.items.list(per_page=150).auto_paging_iter()]
    assert walked == list(account.items)


# --- Writing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit_price", "digits"),
    [
        pytest.param(Decimal("12.30"), "12.30", id="Decimal keeps its digits"),
        pytest.param(650, "650", id="int"),
        pytest.param(12.3, "12.3", id="float as typed"),
        pytest.param("16.2602", "16.2602", id="numeric text, sent as a number"),
    ],
)
def test_create_sends_the_price_as_a_json_number_with_its_digits(
    ix: InvoiceXpressClient,
    account: Account,
    sent: list[httpx.Request],
    unit_price: Decimal | int | float | str,
    digits: str,
) -> None:
    created = ix.items.create(name="Bolacha", description="Bolacha de manteiga", unit_price=unit_price)
    assert f'"unit_price":{digits}'.encode() in sent[-1].content  # a number, not a string, and not through a float
    # Only what was given: unit and tax left at None are not sent at all.
    assert body_of(sent[-1]) == {
        "item": {"name": "Bolacha", "description": "Bolacha de manteiga", "unit_price": Decimal(digits)}
    }
    assert account.items[created.id].unit_price == Decimal(digits)
    assert created.unit_price == Decimal(digits)


def test_create_with_a_unit_and_a_tax_by_name(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.items.create(
        name="Bolo de arroz", description="Bolo de arroz", unit_price=Decimal("1.2264"), unit="unit",
        tax=NewItemTax(name="IVA13"),
    )  # fmt: skip
    assert body_of(sent[-1]) == {
        "item": {
            "name": "Bolo de arroz",
            "description": "Bolo de arroz",
            "unit_price": Decimal("1.2264"),
            "unit": "unit",
            "tax": {"name": "IVA13"},
        }
    }
    assert isinstance(created, Item)
    assert (created.unit, tax_of(created).name, tax_of(created).value) == ("unit", "IVA13", Decimal("13.0"))
    assert ix.items.get(created.id) == created
    held = account.items[created.id]
    assert held.tax is not None
    assert (held.unit_price, held.tax.name) == (Decimal("1.2264"), "IVA13")


@pytest.mark.parametrize("tax", [None, NewItemTax(name="IVA99")], ids=["no tax", "a tax the account lacks"])
def test_an_item_without_a_known_tax_gets_the_accounts_default(ix: InvoiceXpressClient, tax: NewItemTax | None) -> None:
    created = ix.items.create(name="Guardanapo", description="Guardanapo de papel", unit_price="0.05", tax=tax)
    assert (tax_of(created).name, tax_of(created).value) == ("IVA23", Decimal("23.0"))


def test_update_returns_none_and_the_next_get_shows_the_change(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    bread = item_named(account, "Pão de forma")
    returned = result_of(
        lambda: ix.items.update(bread, name="Pão de forma", description="Pão de forma 750 g", unit_price="2.5472")
    )
    assert returned is None
    assert body_of(sent[-1]) == {
        "item": {"name": "Pão de forma", "description": "Pão de forma 750 g", "unit_price": Decimal("2.5472")}
    }
    held = account.items[bread]
    assert (held.description, held.unit_price) == ("Pão de forma 750 g", Decimal("2.5472"))
    got = ix.items.get(bread)
    assert (got.description, got.unit_price) == ("Pão de forma 750 g", Decimal("2.5472"))
    assert (got.unit, tax_of(got).name) == ("unit", "IVA6")  # not sent: kept


def test_update_changes_the_unit_and_the_tax_when_given(ix: InvoiceXpressClient, account: Account) -> None:
    delivery = item_named(account, "Entrega")
    ix.items.update(
        delivery, name="Entrega", description="Entrega ao domicílio", unit_price=3, unit="km", tax=NewItemTax("IVA6")
    )
    got = ix.items.get(delivery)
    assert (got.unit, got.unit_price, tax_of(got).name, tax_of(got).value) == ("km", Decimal(3), "IVA6", Decimal("6.0"))


def test_delete_returns_none_and_the_item_is_gone(ix: InvoiceXpressClient, account: Account) -> None:
    cleaning = item_named(account, "Limpeza")
    assert result_of(lambda: ix.items.delete(cleaning)) is None
    assert cleaning not in account.items
    with pytest.raises(errors.NotFoundError) as raised:
        ix.items.get(cleaning)
    assert raised.value.status_code == 404
    with pytest.raises(errors.NotFoundError):
        ix.items.delete(cleaning)  # the first attempt, not a resend: a 404 is an error


# --- Refusals --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"name": "Pão de forma", "unit_price": 1}, "Name is not available.", id="name in use"),
        pytest.param({"name": "Bolacha", "unit_price": -1}, PRICE_INVALID, id="negative price"),
        pytest.param({"name": "Bolacha", "unit_price": 1, "description": " "}, "Description is a required field",
                     id="blank description"),
        pytest.param({"name": "", "unit_price": 1}, "Name is a required field", id="no name"),
    ],
)  # fmt: skip
def test_a_refused_create_raises_with_the_services_message(
    ix: InvoiceXpressClient, account: Account, fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        ix.items.create(**{"description": "Bolacha", **fields})
    error = raised.value
    assert (error.status_code, error.code, error.message) == (422, None, message)
    assert str(error) == f"create_item: POST /items.json: 422 Unprocessable Entity: {message}"
    assert len(account.items) == 24


def test_a_refused_update_raises_and_changes_nothing(ix: InvoiceXpressClient, account: Account) -> None:
    bread = item_named(account, "Pão de forma")
    with pytest.raises(errors.UnprocessableEntityError) as taken:
        ix.items.update(bread, name="Broa de milho", description="Pão", unit_price=1)
    assert taken.value.message == "Name is not available."
    assert str(taken.value).startswith(f"update_item: PUT /items/{bread}.json: 422 Unprocessable Entity: ")
    with pytest.raises(errors.UnprocessableEntityError) as priced:
        ix.items.update(bread, name="Pão de forma", description="Pão", unit_price=Decimal("-0.01"))
    assert priced.value.message == PRICE_INVALID
    assert (account.items[bread].name, account.items[bread].unit_price) == ("Pão de forma", Decimal("1.6981"))


def test_a_price_that_is_not_a_number_is_refused_before_anything_is_sent(
    ix: InvoiceXpressClient, sent: list[httpx.Request]
) -> None:
    with pytest.raises(errors.InvalidArgument, match=r"^create_item: unit_price must be a finite number"):
        ix.items.create(name="Bolacha", description="Bolacha", unit_price="1,50")
    assert sent == []


def test_an_unknown_item_is_not_found_with_an_empty_body(ix: InvoiceXpressClient) -> None:
    path = f"/items/{UNKNOWN}.json"
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: ix.items.get(UNKNOWN), f"get_item: GET {path}"),
        (lambda: ix.items.update(UNKNOWN, name="X", description="X", unit_price=1), f"update_item: PUT {path}"),
        (lambda: ix.items.delete(UNKNOWN), f"delete_item: DELETE {path}"),
    ]
    for call, request in calls:
        with pytest.raises(errors.NotFoundError) as raised:
            call()
        assert (raised.value.status_code, raised.value.code, raised.value.content) == (404, None, b"")
        assert str(raised.value).startswith(f"{request}: 404 Not Found")


# --- Detailed and async ----------------------------------------------------------------------------------------


def test_detailed_returns_the_whole_response_of_each_operation(ix: InvoiceXpressClient, account: Account) -> None:
    listed = ix.items.detailed.list(per_page=3)
    assert listed.status_code == 200
    assert listed.headers["content-type"].startswith("application/json")
    assert [item["id"] for item in json.loads(listed.content)["items"]] == [item.id for item in listed.parsed]
    assert (len(listed.parsed), listed.deviations) == (3, ())

    created = ix.items.detailed.create(name="Bolacha", description="Bolacha", unit_price=Decimal("0.80"))
    assert created.status_code == 201
    assert json.loads(created.content)["item"]["id"] == created.parsed.id
    got = ix.items.detailed.get(created.parsed.id)
    assert (got.status_code, got.parsed) == (200, created.parsed)
    updated = ix.items.detailed.update(created.parsed.id, name="Bolacha", description="Bolacha", unit_price=1)
    assert (updated.status_code, updated.content, updated.parsed) == (200, b"", None)
    deleted = ix.items.detailed.delete(created.parsed.id)
    assert (deleted.status_code, deleted.parsed) == (200, None)
    assert created.parsed.id not in account.items


@pytest.mark.anyio
async def test_the_async_list_walks_every_page(
    aix: AsyncInvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    page = await aix.items.list(per_page=10)
    assert isinstance(page, AsyncPage)
    assert str(page[0].unit_price) == "1.6981"
    assert [item.id async for item in page] == list(account.items)
    assert len(list_requests(sent, LIST_PATH)) == 3  # 10, 10, then 4: the last
    assert [item.id async for item in page.auto_paging_iter()] == list(account.items)
    assert [item.id for item in await page.next_page()] == list(account.items)[10:20]


@pytest.mark.anyio
async def test_the_async_resource_creates_gets_updates_and_deletes(
    aix: AsyncInvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = await aix.items.create(
        name="Bolacha", description="Bolacha", unit_price=Decimal("12.30"), tax=NewItemTax("Isento")
    )
    assert b'"unit_price":12.30' in sent[-1].content
    assert (created.unit_price, tax_of(created).name) == (Decimal("12.30"), "Isento")
    assert await aix.items.get(created.id) == created

    await aix.items.update(created.id, name="Bolacha", description="Bolacha", unit_price="13")
    assert account.items[created.id].unit_price == Decimal(13)
    assert (await aix.items.detailed.get(created.id)).parsed.unit_price == Decimal(13)

    await aix.items.delete(created.id)
    with pytest.raises(errors.NotFoundError):
        await aix.items.get(created.id)
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        await aix.items.create(name="Bolacha", description="Bolacha", unit_price=-5)
    assert raised.value.message == PRICE_INVALID


# --- Answers the fake does not send ----------------------------------------------------------------------------


def test_an_item_the_service_writes_with_string_ids_and_prices_is_read_exactly(api_key: str) -> None:
    """Ids and prices as strings, which the contract allows: ints and Decimals with every digit."""
    answer = (
        b'{"item":{"id":"3040","name":"Bolacha","description":null,"unit_price":"0.46561200000000001",'
        b'"unit":null,"tax":{"name":"IVA23","value":"23.0","comment":null}}}'
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=answer, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    with InvoiceXpressClient(
        api_key=api_key, account_name="acme", strict=True, max_retries=0, httpx_args={"transport": transport}
    ) as client:
        item = client.items.get(3040)
    assert (item.id, str(item.unit_price), item.description, item.unit) == (3040, "0.46561200000000001", None, None)
    assert (str(tax_of(item).value), tax_of(item).comment) == ("23.0", None)
