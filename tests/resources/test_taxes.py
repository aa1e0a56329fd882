"""`client.taxes`, sync and async, against the fake over loopback: every operation through the resource, rates
read and sent exactly as `Decimal`, the default flag as a bool, what each write leaves in the account, and the
Rails error hash of a refused tax read as a typed error with the service's words."""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client._pagination import AsyncPage, Page
from invoicexpress_client.models import ItemTax, Tax
from invoicexpress_fake import Account

from .wire import body_of, result_of

UNKNOWN = 999_999


def tax_named(account: Account, name: str) -> int:
    return next(tax.id for tax in account.taxes.values() if tax.name == name)


def the_default(account: Account) -> list[str]:
    return [tax.name for tax in account.taxes.values() if tax.default]


# --- Reading ---------------------------------------------------------------------------------------------------


def test_list_is_one_page_of_every_tax_typed(ix: InvoiceXpressClient, account: Account) -> None:
    page = ix.taxes.list()
    assert isinstance(page, Page)
    assert len(page) == len(account.taxes) == 6
    assert [tax.id for tax in page] == list(account.taxes)
    assert page.taxes == list(page)  # the answer's own field
    first = page[0]
    assert isinstance(first, Tax)
    assert (first.name, first.value, first.region, first.code) == ("IVA23", Decimal("23.0"), "PT", "NOR")
    assert [tax.default_tax for tax in page] == [True, False, False, False, False, False]
    exempt = page[-1]
    assert (exempt.name, exempt.region, exempt.value) == ("Isento", None, Decimal("0.0"))


def test_the_list_has_no_pages_after_it(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    page = ix.taxes.list()
    assert page.pagination is None
    assert not page.has_next_page()
    assert list(page.auto_paging_iter()) == list(page)
    assert len(sent) == 1  # the walk asked for nothing more


def test_asking_the_tax_list_for_a_next_page_is_a_pagination_error(ix: InvoiceXpressClient) -> None:
    page = ix.taxes.list()
    with pytest.raises(errors.PaginationError):
        page.next_page()


def test_a_rate_is_a_decimal_whether_sent_as_a_string_or_a_number(ix: InvoiceXpressClient, account: Account) -> None:
    """The list writes `"value":"23.0"`, a tax's own answer `"value":23.0`: both are Decimal("23.0"), exactly."""
    iva23 = tax_named(account, "IVA23")
    listed = ix.taxes.detailed.list()
    got = ix.taxes.detailed.get(iva23)
    assert b'"value":"23.0"' in listed.content
    assert b'"value":23.0' in got.content
    for tax in (listed.parsed[0], got.parsed):
        assert isinstance(tax.value, Decimal)
        assert str(tax.value) == "23.0"


def test_get_returns_each_tax_as_the_account_holds_it(ix: InvoiceXpressClient, account: Account) -> None:
    for tax_id, held in account.taxes.items():
        got = ix.taxes.get(tax_id)
        assert isinstance(got, Tax)
        assert (got.id, got.name, got.value, got.region, got.code) == (
            held.id,
            held.name,
            held.value,
            held.region,
            held.code,
        )
        assert got.default_tax is held.default


# --- Writing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        pytest.param(Decimal("23.0"), "23.0", id="Decimal keeps its digits"),
        pytest.param(6, "6", id="int"),
        pytest.param(23.0, "23.0", id="float as typed"),
        pytest.param("13.5", "13.5", id="numeric text"),
        pytest.param(Decimal("0.465612"), "0.465612", id="six decimals"),
    ],
)
def test_create_sends_the_rate_as_the_numeric_string_the_contract_declares(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request], value: Decimal | int | float | str, wire: str
) -> None:
    created = ix.taxes.create(name="IVA-X", value=value)
    # Only what was given: region, code and the default flag left at None are not sent at all.
    assert body_of(sent[-1]) == {"tax": {"name": "IVA-X", "value": wire}}
    assert account.taxes[created.id].value == Decimal(wire)
    assert created.value == Decimal(wire)


def test_create_with_every_field_makes_the_new_tax_the_only_default(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.taxes.create(name="IVA5", value=Decimal("5.0"), region="PT-MA", code="RED", default=True)
    assert body_of(sent[-1]) == {
        "tax": {"name": "IVA5", "value": "5.0", "region": "PT-MA", "code": "RED", "default_tax": 1}
    }
    assert isinstance(created, Tax)
    assert (created.name, created.value, created.region, created.code) == ("IVA5", Decimal("5.0"), "PT-MA", "RED")
    assert created.default_tax is True
    assert the_default(account) == ["IVA5"]


def test_create_not_as_the_default_sends_0(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.taxes.create(name="IVA4", value="4", default=False)
    assert body_of(sent[-1]) == {"tax": {"name": "IVA4", "value": "4", "default_tax": 0}}
    assert created.default_tax is False
    assert the_default(account) == ["IVA23"]


def test_create_then_get_returns_the_same_tax(ix: InvoiceXpressClient, account: Account) -> None:
    created = ix.taxes.create(name="IVA18", value=Decimal("18.0"), region="PT", code="INT")
    assert created.id not in {tax_named(account, "IVA23"), tax_named(account, "Isento")}
    assert ix.taxes.get(created.id) == created
    assert (account.taxes[created.id].name, account.taxes[created.id].region) == ("IVA18", "PT")


def test_update_returns_none_and_the_next_get_shows_the_change(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    iva13 = tax_named(account, "IVA13")
    assert result_of(lambda: ix.taxes.update(iva13, name="IVA13", value=Decimal("13.5"))) is None
    assert body_of(sent[-1]) == {"tax": {"name": "IVA13", "value": "13.5"}}
    assert account.taxes[iva13].value == Decimal("13.5")
    got = ix.taxes.get(iva13)
    assert got.value == Decimal("13.5")
    assert (got.region, got.code) == ("PT", "INT")  # not sent: kept


def test_update_as_the_default_moves_the_default(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    iva6 = tax_named(account, "IVA6")
    ix.taxes.update(iva6, name="IVA6", value="6.0", default=True)
    assert body_of(sent[-1])["tax"]["default_tax"] == 1
    assert the_default(account) == ["IVA6"]
    assert ix.taxes.get(iva6).default_tax is True
    assert ix.taxes.get(tax_named(account, "IVA23")).default_tax is False


def test_delete_returns_none_and_the_tax_is_gone(ix: InvoiceXpressClient, account: Account) -> None:
    iva16 = tax_named(account, "IVA16")
    assert result_of(lambda: ix.taxes.delete(iva16)) is None
    assert iva16 not in account.taxes
    with pytest.raises(errors.NotFoundError) as raised:
        ix.taxes.get(iva16)
    assert raised.value.status_code == 404
    assert iva16 not in [tax.id for tax in ix.taxes.list()]


def test_items_keep_the_name_and_rate_of_a_deleted_tax(ix: InvoiceXpressClient, account: Account) -> None:
    bread = next(item.id for item in account.items.values() if item.name == "Pão de forma")
    ix.taxes.delete(tax_named(account, "IVA6"))
    tax = ix.items.get(bread).tax
    assert isinstance(tax, ItemTax)
    assert (tax.name, tax.value) == ("IVA6", Decimal("6.0"))


# --- Refusals --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"name": "IVA23", "value": "23.0"}, "name is not available.", id="name in use"),
        pytest.param({"name": "", "value": "23.0"}, "name can't be blank", id="no name"),
        pytest.param({"name": "IVA101", "value": "101"}, "value must be between 0 and 100", id="rate over 100"),
    ],
)
def test_a_refused_create_raises_with_the_services_message(
    ix: InvoiceXpressClient, account: Account, fields: dict[str, str], message: str
) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        ix.taxes.create(name=fields["name"], value=fields["value"])
    error = raised.value
    assert (error.status_code, error.code, error.message) == (422, None, message)
    assert str(error) == f"create_tax: POST /taxes.json: 422 Unprocessable Entity: {message}"
    assert len(account.taxes) == 6


def test_a_refused_update_raises_and_changes_nothing(ix: InvoiceXpressClient, account: Account) -> None:
    iva13 = tax_named(account, "IVA13")
    with pytest.raises(errors.UnprocessableEntityError) as taken:
        ix.taxes.update(iva13, name="IVA23", value="13.0")
    assert taken.value.message == "name is not available."
    assert str(taken.value).startswith(f"update_tax: PUT /taxes/{iva13}.json: 422 Unprocessable Entity: ")
    with pytest.raises(errors.UnprocessableEntityError) as emptied:
        ix.taxes.update(iva13, name="IVA13", value="13.0", region="")
    assert emptied.value.message == "Tax region is empty"  # the record's own (`base`) error, without a field
    assert (account.taxes[iva13].name, account.taxes[iva13].region) == ("IVA13", "PT")


@pytest.mark.parametrize("value", ["1e5", "23,0", "", Decimal("NaN"), True])
def test_a_rate_that_is_not_a_number_is_refused_before_anything_is_sent(
    ix: InvoiceXpressClient, sent: list[httpx.Request], value: Any
) -> None:
    with pytest.raises(errors.InvalidArgument, match=r"^create_tax: value must be a finite number"):
        ix.taxes.create(name="IVA-X", value=value)
    assert sent == []


def test_an_unknown_tax_is_not_found_with_an_empty_body(ix: InvoiceXpressClient) -> None:
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: ix.taxes.get(UNKNOWN), f"get_tax: GET /taxes/{UNKNOWN}.json"),
        (lambda: ix.taxes.update(UNKNOWN, name="IVA23", value="23.0"), f"update_tax: PUT /taxes/{UNKNOWN}.json"),
        (lambda: ix.taxes.delete(UNKNOWN), f"delete_tax: DELETE /taxes/{UNKNOWN}.json"),
    ]
    for call, request in calls:
        with pytest.raises(errors.NotFoundError) as raised:
            call()
        assert (raised.value.status_code, raised.value.code, raised.value.content) == (404, None, b"")
        assert str(raised.value).startswith(f"{request}: 404 Not Found")
        assert raised.value.message  # something to show, though the body said nothing


def test_the_message_of_an_empty_404_says_what_the_status_means(ix: InvoiceXpressClient) -> None:
    with pytest.raises(errors.NotFoundError) as raised:
        ix.taxes.get(UNKNOWN)
    assert raised.value.message == "no such resource in this account"


# --- Detailed and async ----------------------------------------------------------------------------------------


def test_detailed_returns_the_whole_response_of_each_operation(ix: InvoiceXpressClient, account: Account) -> None:
    listed = ix.taxes.detailed.list()
    assert listed.status_code == 200
    assert listed.headers["content-type"].startswith("application/json")
    assert [tax["id"] for tax in json.loads(listed.content)["taxes"]] == [tax.id for tax in listed.parsed]
    assert listed.deviations == ()

    created = ix.taxes.detailed.create(name="IVA9", value="9")
    assert created.status_code == 201
    assert json.loads(created.content)["tax"]["id"] == created.parsed.id
    got = ix.taxes.detailed.get(created.parsed.id)
    assert (got.status_code, got.parsed) == (200, created.parsed)

    updated = ix.taxes.detailed.update(created.parsed.id, name="IVA9", value="9.5")
    assert (updated.status_code, updated.content, updated.parsed) == (200, b"", None)
    deleted = ix.taxes.detailed.delete(created.parsed.id)
    assert (deleted.status_code, deleted.parsed) == (200, None)
    assert created.parsed.id not in account.taxes


@pytest.mark.anyio
async def test_the_async_resource_lists_creates_gets_updates_and_deletes(
    aix: AsyncInvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    page = await aix.taxes.list()
    assert isinstance(page, AsyncPage)
    assert [tax.id async for tax in page] == list(account.taxes)
    assert page[0].value == Decimal("23.0")

    created = await aix.taxes.create(name="IVA7", value=Decimal("7.0"), default=True)
    assert body_of(sent[-1]) == {"tax": {"name": "IVA7", "value": "7.0", "default_tax": 1}}
    assert the_default(account) == ["IVA7"]
    assert await aix.taxes.get(created.id) == created

    await aix.taxes.update(created.id, name="IVA7", value="7.5")
    assert account.taxes[created.id].value == Decimal("7.5")
    assert (await aix.taxes.detailed.get(created.id)).parsed.value == Decimal("7.5")

    await aix.taxes.delete(created.id)
    with pytest.raises(errors.NotFoundError) as raised:
        await aix.taxes.get(created.id)
    assert str(raised.value).startswith(f"get_tax: GET /taxes/{created.id}.json: 404 Not Found")


@pytest.mark.anyio
async def test_the_async_resource_raises_the_services_refusal(aix: AsyncInvoiceXpressClient) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        await aix.taxes.create(name="IVA23", value="23.0")
    assert raised.value.message == "name is not available."


# --- Answers the fake does not send ----------------------------------------------------------------------------


def test_a_rate_of_17_significant_digits_is_read_exactly(api_key: str) -> None:
    """A float would read 0.46561200000000001 as 0.465612; the client keeps every digit, number or string."""
    answers = {
        "/taxes/1.json": b'{"tax":{"id":1,"name":"IVA-X","value":0.46561200000000001,"default_tax":0}}',
        "/taxes.json": b'{"taxes":[{"id":"1","name":"IVA-X","value":"0.46561200000000001","default_tax":false}]}',
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=answers[request.url.path], headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    with InvoiceXpressClient(
        api_key=api_key, account_name="acme", strict=True, max_retries=0, httpx_args={"transport": transport}
    ) as client:
        got = client.taxes.get(1)
        [listed] = client.taxes.list()
    for tax in (got, listed):
        assert str(tax.value) == "0.46561200000000001"
        assert (tax.id, tax.default_tax) == (1, False)
