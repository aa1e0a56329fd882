"""The fake's clients, as a team's client sees them over HTTP: the list's pages with `pagination`, a client's id
an integer in the list and a digit string in its own answer, every refusal with its exact body (a list of
messages), names and codes unique, tax numbers checked as NIFs for clients in Portugal only, an update that keeps
what it does not send, and the exact finds by name and code; each write checked in the account's typed state, and
each refusal shown to leave it as it was."""

import dataclasses
from typing import Any

import httpx
import pytest
from invoicexpress_fake import Account
from invoicexpress_fake.domain.clients import Client, Contact
from invoicexpress_fake.rules.clients import valid_nif

from .wire import BAD_REQUEST, send, state

PADARIA, CONSUMIDOR_FINAL, IBERICAS = 8010, 8030, 8031
NEW = {"name": "Papelaria Estrela", "code": "C0100", "fiscal_id": "508041309", "country": "Portugal"}
FISCAL_ID_INVALID = {"errors": ["Fiscal is invalid"]}
NAME_TAKEN = {"errors": ["Nome não está disponível"]}
CODE_TAKEN = {"errors": ["Code has already been taken"]}


def test_the_list_is_a_page_of_clients_with_integer_ids_and_pagination(api: httpx.Client, account: Account) -> None:
    response = api.get("/clients.json")
    assert response.status_code == 200
    answer = response.json()
    assert set(answer) == {"clients", "pagination"}
    assert answer["pagination"] == {"total_entries": 22, "current_page": 1, "total_pages": 2, "per_page": 20}
    assert [client["id"] for client in answer["clients"]] == list(account.clients)[:20]
    assert all(type(client["id"]) is int for client in answer["clients"])


def test_pages_past_the_last_are_empty_and_per_page_is_at_most_100(api: httpx.Client, account: Account) -> None:
    second = api.get("/clients.json", params={"page": 2}).json()
    assert [client["id"] for client in second["clients"]] == list(account.clients)[20:]
    past = api.get("/clients.json", params={"page": 3}).json()
    assert past == {
        "clients": [],
        "pagination": {"total_entries": 22, "current_page": 3, "total_pages": 2, "per_page": 20},
    }
    everything = api.get("/clients.json", params={"per_page": 1000}).json()
    assert len(everything["clients"]) == 22
    assert everything["pagination"] == {"total_entries": 22, "current_page": 1, "total_pages": 1, "per_page": 100}


@pytest.mark.parametrize(
    "params", [{"page": "0"}, {"page": "-1"}, {"page": "1.5"}, {"per_page": "0"}, {"per_page": "ten"}]
)
def test_a_page_that_is_not_a_whole_number_from_1_is_a_bad_request(api: httpx.Client, params: dict[str, str]) -> None:
    response = api.get("/clients.json", params=params)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)


def test_a_clients_own_answer_gives_its_id_as_a_digit_string(api: httpx.Client, account: Account) -> None:
    response = api.get(f"/clients/{CONSUMIDOR_FINAL}.json")
    assert response.status_code == 200
    assert response.json() == {
        "client": {
            "id": "8030",
            "name": "Consumidor final",
            "code": "CF",
            "email": None,
            "language": None,
            "address": None,
            "city": None,
            "postal_code": None,
            "country": "Portugal",
            "fiscal_id": "999999990",
            "website": None,
            "phone": None,
            "fax": None,
            "preferred_contact": None,
            "observations": None,
            "send_options": 1,
            "open_account_link": account.clients[CONSUMIDOR_FINAL].open_account_link,
            "payment_days": 0,
            "tax_exemption_code": "M00",
        }
    }
    contact = api.get(f"/clients/{PADARIA}.json").json()["client"]["preferred_contact"]
    assert contact == {
        "name": "Contabilidade",
        "email": "contabilidade.c0042@example.pt",
        "phone": None,
        "mobile": None,
    }


def test_create_answers_201_with_the_new_client(api: httpx.Client, account: Account) -> None:
    sent = {
        **NEW,
        "email": "geral@estrela.pt",
        "language": "en",
        "send_options": "2",
        "preferred_contact": {"name": "Rui", "mobile": "912000000"},
    }
    response = api.post("/clients.json", json={"client": sent})
    assert response.status_code == 201
    created = response.json()["client"]
    client_id = int(created["id"])
    assert created["id"] == str(client_id)
    kept = account.clients[client_id]
    assert kept == Client(
        client_id,
        "Papelaria Estrela",
        code="C0100",
        email="geral@estrela.pt",
        language="en",
        country="Portugal",
        fiscal_id="508041309",
        preferred_contact=Contact(name="Rui", mobile="912000000"),
        send_options=2,
        open_account_link=kept.open_account_link,
    )
    assert created["send_options"] == 2
    assert created["preferred_contact"] == {"name": "Rui", "email": None, "phone": None, "mobile": "912000000"}
    assert api.get(f"/clients/{client_id}.json").json() == {"client": created}
    listed = api.get("/clients.json", params={"page": 2}).json()["clients"][-1]
    assert listed == {**created, "id": client_id}


@pytest.mark.parametrize(
    ("fields", "messages"),
    [
        pytest.param({}, ["Name can't be blank"], id="nothing"),
        pytest.param({"name": ""}, ["Name can't be blank"], id="empty name"),
        pytest.param({"name": "   "}, ["Name can't be blank"], id="blank name"),
        pytest.param({"name": "X", "language": "fr"}, ["Language is not included in the list"], id="language"),
        pytest.param(
            {"name": "X", "send_options": "4"}, ["Send options is not included in the list"], id="send options 4"
        ),
        pytest.param({"name": "X", "send_options": 2}, ["Send options is invalid"], id="send options a number"),
        pytest.param({"name": "X", "postal_code": 1100}, ["Postal code is invalid"], id="postal code a number"),
        pytest.param({"name": "X", "email": None}, ["Email is invalid"], id="email null"),
        pytest.param({"name": "X", "code": None}, ["Code is invalid"], id="code null"),
        pytest.param({"name": "X", "preferred_contact": "Rui"}, ["Preferred contact is invalid"], id="contact as text"),
        pytest.param(
            {"name": "X", "preferred_contact": {"name": 5}},
            ["Preferred contact is invalid"],
            id="contact name a number",
        ),
        pytest.param(
            {"name": "", "city": 5, "language": "fr", "send_options": "9"},
            [
                "City is invalid",
                "Name can't be blank",
                "Language is not included in the list",
                "Send options is not included in the list",
            ],
            id="several fields",
        ),
    ],
)
def test_create_refuses_each_field_with_its_message(
    api: httpx.Client, account: Account, fields: dict[str, Any], messages: list[str]
) -> None:
    before = state(account)
    response = api.post("/clients.json", json={"client": fields})
    assert (response.status_code, response.json()) == (422, {"errors": messages})
    assert state(account) == before


@pytest.mark.parametrize(
    ("fields", "refused"),
    [
        pytest.param({"name": "Padaria Central, Lda."}, NAME_TAKEN, id="name"),
        pytest.param({"name": "Padaria Nova", "code": "C0042"}, CODE_TAKEN, id="code"),
    ],
)
def test_a_name_or_code_in_use_is_refused(
    api: httpx.Client, account: Account, fields: dict[str, str], refused: dict[str, list[str]]
) -> None:
    before = state(account)
    response = api.post("/clients.json", json={"client": fields})
    assert (response.status_code, response.json()) == (422, refused)
    assert state(account) == before


INVALID_NIFS = ["508041300", "50804130", "5080413090", "008041309", "50804130X", "PT508041309"]


@pytest.mark.parametrize("fiscal_id", INVALID_NIFS)
@pytest.mark.parametrize("country", ["Portugal", None], ids=["in Portugal", "of no country"])
def test_a_client_in_portugal_or_of_no_country_needs_a_valid_nif(
    api: httpx.Client, account: Account, fiscal_id: str, country: str | None
) -> None:
    assert not valid_nif(fiscal_id)
    fields = {"name": "Papelaria Estrela", "fiscal_id": fiscal_id}
    before = state(account)
    response = api.post("/clients.json", json={"client": fields if country is None else {**fields, "country": country}})
    assert (response.status_code, response.json()) == (422, FISCAL_ID_INVALID)
    assert state(account) == before


@pytest.mark.parametrize(
    ("country", "fiscal_id"),
    [
        pytest.param("Portugal", "508041309", id="a valid NIF"),
        pytest.param("Portugal", "999999990", id="the anonymous consumer"),
        pytest.param(None, "508041309", id="a valid NIF, no country"),
        pytest.param("Spain", "B12345674", id="a Spanish CIF"),
        pytest.param("France", "FR40303265045", id="a French VAT number"),
        pytest.param("Spain", "508041300", id="not a NIF, abroad"),
    ],
)
def test_a_valid_nif_or_another_countrys_tax_number_is_taken_as_it_is(
    api: httpx.Client, account: Account, country: str | None, fiscal_id: str
) -> None:
    fields = {"name": "Papelaria Estrela", "fiscal_id": fiscal_id}
    response = api.post("/clients.json", json={"client": fields if country is None else {**fields, "country": country}})
    assert response.status_code == 201
    created = response.json()["client"]
    assert (created["fiscal_id"], created["country"]) == (fiscal_id, country)
    assert account.clients[int(created["id"])].fiscal_id == fiscal_id


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"client[name]=Papelaria", "application/x-www-form-urlencoded", id="a form"),
        pytest.param(b'{"client": {"name": "Papelaria"}}', "text/plain", id="JSON sent as text"),
        pytest.param(b'{"name": "Papelaria"}', "application/json", id="no envelope"),
    ],
)
def test_a_body_not_sent_as_json_or_not_wrapped_is_read_as_no_client(
    api: httpx.Client, account: Account, content: bytes, content_type: str
) -> None:
    before = state(account)
    response = send(api, "POST", "/clients.json", content, content_type)
    assert (response.status_code, response.json()) == (422, {"errors": ["Name can't be blank"]})
    assert state(account) == before


@pytest.mark.parametrize(("method", "path"), [("POST", "/clients.json"), ("PUT", f"/clients/{PADARIA}.json")])
@pytest.mark.parametrize("content", [b'{"client": ', b"name=Papelaria", b'{"client": {"name": NaN}}'])
def test_a_body_that_is_not_json_is_a_bad_request(
    api: httpx.Client, account: Account, method: str, path: str, content: bytes
) -> None:
    before = state(account)
    response = send(api, method, path, content)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)
    assert state(account) == before


def test_an_update_changes_what_it_sends_and_keeps_the_rest(api: httpx.Client, account: Account) -> None:
    kept = dataclasses.replace(account.clients[PADARIA])  # a copy, as it was
    moved = {"name": "Padaria Central, Lda.", "address": "Avenida da Liberdade, 10", "postal_code": "1250-096"}
    response = api.put(f"/clients/{PADARIA}.json", json={"client": moved})
    assert (response.status_code, response.content) == (200, b"")
    assert account.clients[PADARIA] == dataclasses.replace(
        kept, address="Avenida da Liberdade, 10", postal_code="1250-096"
    )
    read = api.get(f"/clients/{PADARIA}.json").json()["client"]
    assert (read["address"], read["city"], read["code"], read["fiscal_id"]) == (
        "Avenida da Liberdade, 10",
        "Lisboa",
        "C0042",
        kept.fiscal_id,
    )


def test_an_update_needs_the_name(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.put(f"/clients/{PADARIA}.json", json={"client": {"city": "Porto"}})
    assert (response.status_code, response.json()) == (422, {"errors": ["Name can't be blank"]})
    assert state(account) == before


def test_an_update_may_keep_its_own_name_and_code(api: httpx.Client, account: Account) -> None:
    fields = {"name": "Padaria Central, Lda.", "code": "C0042", "city": "Amadora"}
    assert api.put(f"/clients/{PADARIA}.json", json={"client": fields}).status_code == 200
    assert (account.clients[PADARIA].name, account.clients[PADARIA].city) == ("Padaria Central, Lda.", "Amadora")


@pytest.mark.parametrize(
    ("fields", "refused"),
    [
        pytest.param({"name": "Café Aurora, Unipessoal Lda."}, NAME_TAKEN, id="another's name"),
        pytest.param({"name": "Padaria Central, Lda.", "code": "C0043"}, CODE_TAKEN, id="another's code"),
        pytest.param({"name": "Padaria Central, Lda.", "fiscal_id": "508041300"}, FISCAL_ID_INVALID, id="bad NIF"),
        pytest.param(
            {"name": "Padaria Central, Lda.", "language": "de"},
            {"errors": ["Language is not included in the list"]},
            id="a language not in the list",
        ),
    ],
)
def test_an_update_is_refused_as_a_create_is(
    api: httpx.Client, account: Account, fields: dict[str, str], refused: dict[str, list[str]]
) -> None:
    before = state(account)
    response = api.put(f"/clients/{PADARIA}.json", json={"client": fields})
    assert (response.status_code, response.json()) == (422, refused)
    assert state(account) == before


def test_an_update_checks_the_nif_against_the_country_the_client_keeps(api: httpx.Client, account: Account) -> None:
    name = "Distribuciones Ibéricas, S.L."
    abroad = api.put(f"/clients/{IBERICAS}.json", json={"client": {"name": name, "fiscal_id": "B87654321"}})
    assert (abroad.status_code, account.clients[IBERICAS].fiscal_id) == (200, "B87654321")
    before = state(account)
    moved = api.put(f"/clients/{IBERICAS}.json", json={"client": {"name": name, "country": "Portugal"}})
    assert (moved.status_code, moved.json()) == (422, FISCAL_ID_INVALID)  # its Spanish number is no NIF
    assert state(account) == before


@pytest.mark.parametrize("content", [b"{", b'{"client": {}}', b'{"client": {"name": "Consumidor final"}}'])
def test_an_update_of_an_unknown_client_is_404_before_its_body_is_read(
    api: httpx.Client, account: Account, content: bytes
) -> None:
    before = state(account)
    response = send(api, "PUT", "/clients/999999.json", content)
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


def test_find_by_name_and_by_code_give_the_client(api: httpx.Client) -> None:
    by_name = api.get("/clients/find-by-name.json", params={"client_name": "Padaria Central, Lda."})
    by_code = api.get("/clients/find-by-code.json", params={"client_code": "C0042"})
    assert by_name.status_code == by_code.status_code == 200
    assert by_name.json() == by_code.json() == api.get(f"/clients/{PADARIA}.json").json()
    assert by_name.json()["client"]["id"] == str(PADARIA)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        pytest.param("/clients/find-by-name.json", {"client_name": "padaria central, lda."}, id="name, other case"),
        pytest.param("/clients/find-by-name.json", {"client_name": "Padaria Central"}, id="part of a name"),
        pytest.param("/clients/find-by-name.json", {"client_name": "Padaria Central, Lda. "}, id="name and a space"),
        pytest.param("/clients/find-by-name.json", {"client_name": ""}, id="empty name"),
        pytest.param("/clients/find-by-name.json", {}, id="no name"),
        pytest.param("/clients/find-by-code.json", {"client_code": "c0042"}, id="code, other case"),
        pytest.param("/clients/find-by-code.json", {"client_code": "C004"}, id="part of a code"),
        pytest.param("/clients/find-by-code.json", {"client_code": ""}, id="empty code"),
        pytest.param("/clients/find-by-code.json", {}, id="no code"),
    ],
)
def test_find_matches_whole_and_exactly_or_gets_an_empty_404(
    api: httpx.Client, path: str, params: dict[str, str]
) -> None:
    response = api.get(path, params=params)
    assert (response.status_code, response.content) == (404, b"")


@pytest.mark.parametrize("path", ["/clients/find-by-name.json", "/clients/find-by-code.json"])
def test_a_put_to_a_find_is_a_405_not_an_update(api: httpx.Client, account: Account, path: str) -> None:
    before = state(account)
    response = api.put(path, json={"client": {"name": "Padaria Central, Lda."}})
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}
    assert state(account) == before


@pytest.mark.parametrize("method", ["GET", "PUT"])
@pytest.mark.parametrize(
    "client_id", ["999999", "0", "abc", "-1", "1.5", "8010.0", "%208010", pytest.param("9" * 5000, id="5000 digits")]
)
def test_an_unknown_or_malformed_id_gets_an_empty_404(
    api: httpx.Client, account: Account, method: str, client_id: str
) -> None:
    before = state(account)
    response = send(api, method, f"/clients/{client_id}.json", b'{"client": {"name": "Consumidor final"}}')
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


@pytest.mark.parametrize("country", [None, ""], ids=["no country", "an empty country"])
def test_a_client_of_no_country_needs_a_valid_nif(api: httpx.Client, country: str | None) -> None:
    client = {"name": "Sem País, Lda.", "fiscal_id": "123456780"}  # its check digit is 9
    response = api.post("/clients.json", json={"client": client if country is None else {**client, "country": country}})
    assert (response.status_code, response.json()) == (422, {"errors": ["Fiscal is invalid"]})


def test_a_name_of_the_wrong_type_is_refused_once(api: httpx.Client) -> None:
    response = api.post("/clients.json", json={"client": {"name": 7}})
    assert (response.status_code, response.json()) == (422, {"errors": ["Name is invalid"]})


def test_a_contact_with_text_no_answer_could_carry_is_refused(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = send(
        api, "POST", "/clients.json", b'{"client": {"name": "A", "preferred_contact": {"name": "\\ud800"}}}'
    )
    assert (response.status_code, response.json()) == (422, {"errors": ["Preferred contact is invalid"]})
    assert state(account) == before
