"""`client.clients`, sync and async, against the fake over loopback: every operation through the resource, the
list's pages walked one request at a time, ids read as int whether written as numbers or digit strings, updates
that change only what they send, exact-match finds, and the refusals' messages as the service words them."""

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client._pagination import AsyncPage, Page
from invoicexpress_client.models import Client, ClientListEntry, PreferredContact
from invoicexpress_client.types import UNSET
from invoicexpress_fake import Account
from invoicexpress_fake.domain.clients import Contact

from .wire import body_of, list_requests, result_of

UNKNOWN = 999_999
LIST_PATH = "/clients.json"
BAKERY = "Padaria Central, Lda."


def client_named(account: Account, name: str) -> int:
    return next(client.id for client in account.clients.values() if client.name == name)


def names(account: Account) -> list[str]:
    return [client.name for client in account.clients.values()]


# --- Listing and walking the pages -----------------------------------------------------------------------------


def test_list_returns_the_first_page_with_where_it_stands(ix: InvoiceXpressClient, account: Account) -> None:
    assert (len(account.clients), account.page_size) == (22, 20)
    page = ix.clients.list()
    assert isinstance(page, Page)
    assert len(page) == 20
    assert [entry.name for entry in page] == names(account)[:20]
    assert page.clients == list(page)  # the answer's own field
    assert page.pagination is not None
    pagination = page.pagination
    assert (pagination.current_page, pagination.total_pages, pagination.total_entries, pagination.per_page) == (
        1,
        2,
        22,
        20,
    )
    assert page.has_next_page()


def test_a_list_entry_is_typed(ix: InvoiceXpressClient, account: Account) -> None:
    bakery = ix.clients.list()[0]
    held = account.clients[client_named(account, BAKERY)]
    assert isinstance(bakery, ClientListEntry)
    assert bakery.id == held.id
    assert isinstance(bakery.id, int)
    assert (bakery.code, bakery.city, bakery.postal_code, bakery.country) == ("C0042", "Lisboa", "1100-053", "Portugal")
    assert (bakery.fiscal_id, bakery.payment_days, bakery.send_options) == (held.fiscal_id, held.payment_days, 1)
    assert (bakery.address, bakery.website, bakery.phone) == (None, None, None)  # null on the wire
    assert isinstance(bakery.preferred_contact, PreferredContact)
    assert (bakery.preferred_contact.name, bakery.preferred_contact.phone) == ("Contabilidade", None)


def test_next_page_fetches_the_last_page_which_has_none_after_it(ix: InvoiceXpressClient, account: Account) -> None:
    second = ix.clients.list().next_page()
    assert (second.page_number, len(second)) == (2, 2)
    assert [entry.name for entry in second] == names(account)[20:]
    assert second.pagination is not None
    assert second.pagination.current_page == 2
    assert not second.has_next_page()
    with pytest.raises(errors.PaginationError):
        second.next_page()


def test_a_page_past_the_last_is_empty(ix: InvoiceXpressClient) -> None:
    past = ix.clients.list(page=3)
    assert (len(past), list(past), past.has_next_page()) == (0, [], False)


def test_auto_paging_iter_walks_every_client_fetching_each_page_when_reached(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    walk = ix.clients.list(per_page=5).auto_paging_iter()
    first_five = [next(walk) for _ in range(5)]
    assert len(list_requests(sent, LIST_PATH)) == 1
    sixth = next(walk)
    assert len(list_requests(sent, LIST_PATH)) == 2
    rest = list(walk)
    assert [entry.name for entry in [*first_five, sixth, *rest]] == names(account)
    assert [entry.id for entry in [*first_five, sixth, *rest]] == list(account.clients)
    assert list_requests(sent, LIST_PATH) == [{"per_page": "5"}] + [
        {"page": str(n), "per_page": "5"} for n in range(2, 6)
    ]


# --- Reading one ---------------------------------------------------------------------------------------------


def test_get_reads_the_id_as_an_int_though_the_service_writes_digits(ix: InvoiceXpressClient, account: Account) -> None:
    bakery = client_named(account, BAKERY)
    response = ix.clients.detailed.get(bakery)
    assert f'"id":"{bakery}"'.encode() in response.content
    got = response.parsed
    assert isinstance(got, Client)
    assert got.id == bakery
    assert isinstance(got.id, int)


def test_get_returns_each_client_as_the_account_holds_it(ix: InvoiceXpressClient, account: Account) -> None:
    for client_id, held in account.clients.items():
        got = ix.clients.get(client_id)
        assert (got.id, got.name, got.code, got.email, got.fiscal_id, got.country, got.language) == (
            held.id,
            held.name,
            held.code,
            held.email,
            held.fiscal_id,
            held.country,
            held.language,
        )
        assert (got.send_options, got.payment_days, got.tax_exemption_code) == (
            held.send_options,
            held.payment_days,
            held.tax_exemption_code,
        )
        if held.preferred_contact is None:
            assert got.preferred_contact is None
        else:
            assert isinstance(got.preferred_contact, PreferredContact)
            assert got.preferred_contact.email == held.preferred_contact.email


# --- Writing ---------------------------------------------------------------------------------------------------


def test_create_sends_only_the_fields_given(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.clients.create(name="Sapataria Elegante")
    assert body_of(sent[-1]) == {"client": {"name": "Sapataria Elegante"}}
    assert isinstance(created, Client)
    assert (created.name, created.code, created.email, created.preferred_contact) == (
        "Sapataria Elegante",
        None,
        None,
        None,
    )
    assert account.clients[created.id].name == "Sapataria Elegante"


def test_create_with_every_kind_of_field_then_get_returns_the_same(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.clients.create(
        name="Sapataria Elegante", code="C0100", email="geral@sapataria.pt", language="en",
        address="Rua do Carmo, 5", city="Lisboa", postal_code="1200-093", country="Portugal",
        fiscal_id="999999990", phone="213000000", observations="Entregas à tarde", send_options="2",
        preferred_contact=PreferredContact(name="Rita", email="rita@sapataria.pt"),
    )  # fmt: skip
    assert body_of(sent[-1]) == {
        "client": {
            "name": "Sapataria Elegante",
            "code": "C0100",
            "email": "geral@sapataria.pt",
            "language": "en",
            "address": "Rua do Carmo, 5",
            "city": "Lisboa",
            "postal_code": "1200-093",
            "country": "Portugal",
            "fiscal_id": "999999990",
            "phone": "213000000",
            "preferred_contact": {"name": "Rita", "email": "rita@sapataria.pt"},
            "observations": "Entregas à tarde",
            "send_options": "2",
        }
    }
    assert (created.send_options, created.website, created.fax) == (2, None, None)  # "2" sent, 2 read
    assert isinstance(created.preferred_contact, PreferredContact)
    assert (created.preferred_contact.name, created.preferred_contact.mobile) == ("Rita", None)
    assert ix.clients.get(created.id) == created
    held = account.clients[created.id]
    assert (held.code, held.send_options, held.preferred_contact) == ("C0100", 2, Contact("Rita", "rita@sapataria.pt"))


def test_update_resends_the_name_and_keeps_the_fields_it_did_not_send(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    bakery = client_named(account, BAKERY)
    before = ix.clients.get(bakery)
    assert result_of(lambda: ix.clients.update(bakery, name=BAKERY, email="novo@padariacentral.pt")) is None
    assert body_of(sent[-1]) == {"client": {"name": BAKERY, "email": "novo@padariacentral.pt"}}
    assert account.clients[bakery].email == "novo@padariacentral.pt"
    after = ix.clients.get(bakery)
    assert after.email == "novo@padariacentral.pt"
    after.email = before.email
    assert after == before  # everything else kept


def test_update_renames_a_client(ix: InvoiceXpressClient, account: Account) -> None:
    bakery = client_named(account, BAKERY)
    ix.clients.update(bakery, name="Padaria Central, S.A.", address="Avenida da Liberdade, 10")
    assert (account.clients[bakery].name, account.clients[bakery].code) == ("Padaria Central, S.A.", "C0042")
    assert ix.clients.find_by_name(name="Padaria Central, S.A.").id == bakery
    with pytest.raises(errors.NotFoundError):
        ix.clients.find_by_name(name=BAKERY)


# --- Finding by name and by code -------------------------------------------------------------------------------


def test_find_by_name_matches_the_whole_name_exactly(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    grocer = "Mercearia Ribeiro & Filhos"
    found = ix.clients.find_by_name(name=grocer)
    assert isinstance(found, Client)
    assert (found.id, found.name) == (client_named(account, grocer), grocer)
    assert sent[-1].url.path == "/clients/find-by-name.json"
    assert sent[-1].url.params["client_name"] == grocer  # "&" sent inside the value, not as a separator
    assert ix.clients.find_by_name(name="Clínica Dentária Sorriso").code == "C0047"


@pytest.mark.parametrize("name", ["padaria central, lda.", "PADARIA CENTRAL, LDA.", "Padaria", "Padaria Central"])
def test_find_by_name_does_no_partial_or_case_blind_search(ix: InvoiceXpressClient, name: str) -> None:
    with pytest.raises(errors.NotFoundError) as raised:
        ix.clients.find_by_name(name=name)
    assert raised.value.content == b""
    assert str(raised.value).startswith("find_client_by_name: GET /clients/find-by-name.json: 404 Not Found")


def test_find_by_code_matches_the_code_exactly(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    found = ix.clients.find_by_code(code="CF")
    consumer = client_named(account, "Consumidor final")
    assert (found.id, found.name, found.fiscal_id) == (consumer, "Consumidor final", "999999990")
    assert (sent[-1].url.path, dict(sent[-1].url.params)) == ("/clients/find-by-code.json", {"client_code": "CF"})
    for other in ("cf", "C004", "C00421"):
        with pytest.raises(errors.NotFoundError):
            ix.clients.find_by_code(code=other)


# --- Refusals --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"name": BAKERY}, "Nome não está disponível", id="name in use"),
        pytest.param({"name": "Nova", "code": "C0042"}, "Code has already been taken", id="code in use"),
        pytest.param({"name": "Nova", "fiscal_id": "123456780"}, "Fiscal is invalid", id="not a valid NIF"),
        pytest.param({"name": ""}, "Name can't be blank", id="no name"),
    ],
)
def test_a_refused_create_raises_with_the_services_message(
    ix: InvoiceXpressClient, account: Account, fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        ix.clients.create(**fields)
    error = raised.value
    assert (error.status_code, error.code, error.message) == (422, None, message)
    assert str(error) == f"create_client: POST /clients.json: 422 Unprocessable Entity: {message}"
    assert len(account.clients) == 22


def test_a_refused_update_raises_and_changes_nothing(ix: InvoiceXpressClient, account: Account) -> None:
    bakery = client_named(account, BAKERY)
    with pytest.raises(errors.UnprocessableEntityError) as taken:
        ix.clients.update(bakery, name="Livraria Pessoa", email="x@example.pt")
    assert taken.value.message == "Nome não está disponível"
    assert str(taken.value).startswith(f"update_client: PUT /clients/{bakery}.json: 422 Unprocessable Entity: ")
    with pytest.raises(errors.UnprocessableEntityError) as invalid:
        ix.clients.update(bakery, name=BAKERY, fiscal_id="500000001")
    assert invalid.value.message == "Fiscal is invalid"
    held = account.clients[bakery]
    assert (held.name, held.email) == (BAKERY, "faturas.c0042@example.pt")


def test_an_unknown_client_is_not_found_with_an_empty_body(ix: InvoiceXpressClient) -> None:
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: ix.clients.get(UNKNOWN), f"get_client: GET /clients/{UNKNOWN}.json"),
        (lambda: ix.clients.update(UNKNOWN, name="Nova"), f"update_client: PUT /clients/{UNKNOWN}.json"),
    ]
    for call, request in calls:
        with pytest.raises(errors.NotFoundError) as raised:
            call()
        assert (raised.value.status_code, raised.value.code, raised.value.content) == (404, None, b"")
        assert str(raised.value).startswith(f"{request}: 404 Not Found")


# --- Detailed and async ----------------------------------------------------------------------------------------


def test_detailed_returns_the_whole_response_of_each_operation(ix: InvoiceXpressClient, account: Account) -> None:
    listed = ix.clients.detailed.list(page=2)
    assert listed.status_code == 200
    assert listed.headers["content-type"].startswith("application/json")
    assert json.loads(listed.content)["pagination"]["current_page"] == 2
    assert [entry.name for entry in listed.parsed] == names(account)[20:]
    assert listed.deviations == ()

    created = ix.clients.detailed.create(name="Nova", code="N1")
    assert created.status_code == 201
    assert int(json.loads(created.content)["client"]["id"]) == created.parsed.id
    by_name = ix.clients.detailed.find_by_name(name="Nova")
    by_code = ix.clients.detailed.find_by_code(code="N1")
    assert (by_name.status_code, by_name.parsed, by_code.parsed) == (200, created.parsed, created.parsed)
    updated = ix.clients.detailed.update(created.parsed.id, name="Nova", city="Porto")
    assert (updated.status_code, updated.content, updated.parsed) == (200, b"", None)
    assert ix.clients.detailed.get(created.parsed.id).parsed.city == "Porto"


@pytest.mark.anyio
async def test_the_async_list_walks_every_client(
    aix: AsyncInvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    page = await aix.clients.list(per_page=5)
    assert isinstance(page, AsyncPage)
    assert page.pagination is not None
    assert page.pagination.total_pages == 5
    assert [entry.name async for entry in page] == names(account)
    assert len(list_requests(sent, LIST_PATH)) == 5
    assert [entry.id async for entry in page.auto_paging_iter()] == list(account.clients)
    assert (await page.next_page()).page_number == 2


@pytest.mark.anyio
async def test_the_async_resource_creates_gets_updates_and_finds(
    aix: AsyncInvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = await aix.clients.create(name="Nova", code="N1", email="geral@nova.pt")
    assert body_of(sent[-1]) == {"client": {"name": "Nova", "code": "N1", "email": "geral@nova.pt"}}
    assert await aix.clients.get(created.id) == created

    await aix.clients.update(created.id, name="Nova", city="Porto")
    assert body_of(sent[-1]) == {"client": {"name": "Nova", "city": "Porto"}}
    assert (account.clients[created.id].city, account.clients[created.id].email) == ("Porto", "geral@nova.pt")

    assert (await aix.clients.find_by_name(name="Nova")).id == created.id
    assert (await aix.clients.find_by_code(code="N1")).city == "Porto"
    with pytest.raises(errors.NotFoundError):
        await aix.clients.find_by_name(name="nova")
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        await aix.clients.create(name="Nova")
    assert raised.value.message == "Nome não está disponível"
    assert (await aix.clients.detailed.get(created.id)).status_code == 200


# --- Answers the fake does not send ----------------------------------------------------------------------------


def test_a_list_entry_without_an_id_is_read_with_id_unset(api_key: str) -> None:
    """The documentation's list entries have no `id`: the client reads them, conforming, with `id` UNSET."""
    answer = {
        "clients": [{"name": BAKERY, "code": "C0042", "email": None}, {"name": "Livraria Pessoa", "code": "C0050"}],
        "pagination": {"total_entries": 2, "current_page": 1, "total_pages": 1, "per_page": 20},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    transport = httpx.MockTransport(handler)
    with InvoiceXpressClient(
        api_key=api_key, account_name="acme", strict=True, max_retries=0, httpx_args={"transport": transport}
    ) as client:
        response = client.clients.detailed.list()
    assert response.deviations == ()
    page = response.parsed
    walked = [(entry.name, entry.id) for entry in page.auto_paging_iter()]
    assert walked == [(BAKERY, UNSET), ("Livraria Pessoa", UNSET)]
    assert (page[0].email, page[0].city) == (None, UNSET)  # null, and absent
