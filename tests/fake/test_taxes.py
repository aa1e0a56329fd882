"""The fake's taxes, as a team's client sees them over HTTP: the answers' shapes (a rate a numeric string in the
list, a number in a tax's own answer), every refusal with its exact body (a Rails error hash), names unique, the
one default, what an update changes and keeps, and deletes; each write checked in the account's typed state, and
each refusal shown to leave it as it was."""

import dataclasses
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_fake import Account
from invoicexpress_fake.domain.items import ItemTax
from invoicexpress_fake.domain.taxes import Tax

from .wire import BAD_REQUEST, send, state

IVA23, IVA13, IVA6 = 1211, 1212, 1213
NUMERIC_TEXT = re.compile(r"[0-9]+\.[0-9]+")


def defaults(account: Account) -> list[int]:
    return [tax.id for tax in account.taxes.values() if tax.default]


def test_the_list_writes_every_tax_with_its_rate_as_a_numeric_string(api: httpx.Client, account: Account) -> None:
    response = api.get("/taxes.json")
    assert (response.status_code, response.headers["content-type"]) == (200, "application/json")
    answer = response.json()
    assert set(answer) == {"taxes"}  # one answer, no pages
    assert [tax["id"] for tax in answer["taxes"]] == list(account.taxes)
    assert answer["taxes"][0] == {
        "id": IVA23,
        "name": "IVA23",
        "value": "23.0",
        "region": "PT",
        "code": "NOR",
        "default_tax": 1,
    }
    assert all(NUMERIC_TEXT.fullmatch(tax["value"]) for tax in answer["taxes"])
    exempt = {"id": 1216, "name": "Isento", "value": "0.0", "region": None, "code": "ISE", "default_tax": 0}
    assert answer["taxes"][-1] == exempt


def test_a_taxs_own_answer_writes_its_rate_as_a_number(api: httpx.Client) -> None:
    response = api.get(f"/taxes/{IVA6}.json")
    assert response.status_code == 200
    assert response.json() == {
        "tax": {"id": IVA6, "name": "IVA6", "value": 6.0, "region": "PT", "code": "RED", "default_tax": 0}
    }
    assert b'"value":6.0,' in response.content


def test_create_answers_201_with_the_new_tax_its_rate_digit_for_digit(api: httpx.Client, account: Account) -> None:
    tax = {"name": "IVA5", "value": "5.75", "region": "PT-AC", "code": "RED"}
    response = api.post("/taxes.json", json={"tax": tax})
    assert response.status_code == 201
    created = response.json()["tax"]
    assert created == {**tax, "id": created["id"], "value": 5.75, "default_tax": 0}
    assert b'"value":5.75,' in response.content
    assert account.taxes[created["id"]] == Tax(created["id"], "IVA5", Decimal("5.75"), region="PT-AC", code="RED")
    assert api.get(f"/taxes/{created['id']}.json").json() == {"tax": created}
    assert api.get("/taxes.json").json()["taxes"][-1] == created | {"value": "5.75"}


def test_a_name_in_use_is_refused(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.post("/taxes.json", json={"tax": {"name": "IVA23", "value": "23.0"}})
    assert (response.status_code, response.json()) == (422, {"name": ["is not available."]})
    assert state(account) == before


@pytest.mark.parametrize(
    ("tax", "refused"),
    [
        pytest.param({}, {"name": ["can't be blank"], "value": ["is not a number"]}, id="nothing"),
        pytest.param({"name": "", "value": "5.0"}, {"name": ["can't be blank"]}, id="empty name"),
        pytest.param({"name": "   ", "value": "5.0"}, {"name": ["can't be blank"]}, id="blank name"),
        pytest.param({"name": "IVA5"}, {"value": ["is not a number"]}, id="no value"),
        pytest.param({"name": "IVA5", "value": "abc"}, {"value": ["is not a number"]}, id="value not a number"),
        pytest.param({"name": "IVA5", "value": "5,0"}, {"value": ["is not a number"]}, id="decimal comma"),
        pytest.param({"name": "IVA5", "value": "-1"}, {"value": ["is not a number"]}, id="negative value"),
        pytest.param({"name": "IVA5", "value": 5}, {"value": ["is not a number"]}, id="value a JSON number"),
        pytest.param({"name": "IVA5", "value": "101"}, {"value": ["must be between 0 and 100"]}, id="value 101"),
        pytest.param({"name": "IVA5", "value": "100.5"}, {"value": ["must be between 0 and 100"]}, id="100.5"),
        pytest.param(
            {"name": "IVA5", "value": "5", "code": "XYZ"},
            {"code": ["is not included in the list"]},
            id="code not in the list",
        ),
        pytest.param({"name": "IVA5", "value": "5", "code": 5}, {"code": ["is invalid"]}, id="code not text"),
        pytest.param({"name": "IVA5", "value": "5", "region": None}, {"region": ["is invalid"]}, id="region null"),
        pytest.param({"name": "IVA5", "value": "5", "default_tax": 2}, {"default_tax": ["is invalid"]}, id="flag 2"),
        pytest.param(
            {"name": "IVA5", "value": "5", "default_tax": "1"}, {"default_tax": ["is invalid"]}, id="flag as text"
        ),
        pytest.param(
            {"name": "IVA5", "value": "5", "default_tax": True}, {"default_tax": ["is invalid"]}, id="flag a bool"
        ),
        pytest.param(
            {"name": "", "value": "101", "code": "XYZ"},
            {
                "name": ["can't be blank"],
                "value": ["must be between 0 and 100"],
                "code": ["is not included in the list"],
            },
            id="several fields",
        ),
    ],
)
def test_create_refuses_each_field_with_its_rails_message(
    api: httpx.Client, account: Account, tax: dict[str, Any], refused: dict[str, list[str]]
) -> None:
    before = state(account)
    response = api.post("/taxes.json", json={"tax": tax})
    assert (response.status_code, response.json()) == (422, refused)
    assert state(account) == before


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"tax[name]=IVA5&tax[value]=5.0", "application/x-www-form-urlencoded", id="a form"),
        pytest.param(b'{"tax": {"name": "IVA5", "value": "5.0"}}', "text/plain", id="JSON sent as text"),
        pytest.param(b'{"name": "IVA5", "value": "5.0"}', "application/json", id="no envelope"),
    ],
)
def test_a_body_not_sent_as_json_or_not_wrapped_is_read_as_no_tax(
    api: httpx.Client, account: Account, content: bytes, content_type: str
) -> None:
    before = state(account)
    response = send(api, "POST", "/taxes.json", content, content_type)
    assert (response.status_code, response.json()) == (422, {"name": ["can't be blank"], "value": ["is not a number"]})
    assert state(account) == before


@pytest.mark.parametrize(("method", "path"), [("POST", "/taxes.json"), ("PUT", f"/taxes/{IVA13}.json")])
@pytest.mark.parametrize("content", [b'{"tax": ', b"name=IVA5", b'{"tax": {"name": "IVA5", "value": NaN}}'])
def test_a_body_that_is_not_json_is_a_bad_request(
    api: httpx.Client, account: Account, method: str, path: str, content: bytes
) -> None:
    before = state(account)
    response = send(api, method, path, content)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)
    assert state(account) == before


def test_a_tax_created_as_the_default_is_the_only_default(api: httpx.Client, account: Account) -> None:
    response = api.post("/taxes.json", json={"tax": {"name": "IVA24", "value": "24.0", "default_tax": 1}})
    assert response.status_code == 201
    created = response.json()["tax"]
    assert created["default_tax"] == 1
    assert defaults(account) == [created["id"]]
    assert [tax["id"] for tax in api.get("/taxes.json").json()["taxes"] if tax["default_tax"] == 1] == [created["id"]]


def test_a_tax_updated_as_the_default_is_the_only_default(api: httpx.Client, account: Account) -> None:
    response = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA13", "value": "13.0", "default_tax": 1}})
    assert (response.status_code, response.content) == (200, b"")
    assert defaults(account) == [IVA13]
    assert api.get(f"/taxes/{IVA23}.json").json()["tax"]["default_tax"] == 0


def test_an_update_changes_name_and_value_and_keeps_what_it_does_not_send(api: httpx.Client, account: Account) -> None:
    kept = dataclasses.replace(account.taxes[IVA13])  # a copy, as it was
    response = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA12", "value": "12.5"}})
    assert (response.status_code, response.content) == (200, b"")
    assert account.taxes[IVA13] == dataclasses.replace(kept, name="IVA12", value=Decimal("12.5"))
    read = api.get(f"/taxes/{IVA13}.json").json()["tax"]
    assert read == {"id": IVA13, "name": "IVA12", "value": 12.5, "region": "PT", "code": "INT", "default_tax": 0}


def test_an_update_may_keep_its_own_name_but_not_take_anothers(api: httpx.Client, account: Account) -> None:
    kept = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA13", "value": "13.0", "code": "OUT"}})
    assert (kept.status_code, account.taxes[IVA13].code) == (200, "OUT")
    before = state(account)
    taken = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA23", "value": "13.0"}})
    assert (taken.status_code, taken.json()) == (422, {"name": ["is not available."]})
    assert state(account) == before


def test_an_update_that_empties_the_region_is_refused(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA13", "value": "13.0", "region": ""}})
    assert (response.status_code, response.json()) == (422, {"base": ["Tax region is empty"]})
    assert state(account) == before


def test_an_update_is_refused_as_a_create_is(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.put(f"/taxes/{IVA13}.json", json={"tax": {"name": "IVA13"}})
    assert (response.status_code, response.json()) == (422, {"value": ["is not a number"]})
    assert state(account) == before


@pytest.mark.parametrize("content", [b"{", b'{"tax": {}}', b'{"tax": {"name": "IVA23", "value": "5.0"}}'])
def test_an_update_of_an_unknown_tax_is_404_before_its_body_is_read(
    api: httpx.Client, account: Account, content: bytes
) -> None:
    before = state(account)
    response = send(api, "PUT", "/taxes/999999.json", content)
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


def test_a_deleted_tax_is_gone(api: httpx.Client, account: Account) -> None:
    response = api.delete(f"/taxes/{IVA6}.json")
    assert (response.status_code, response.content) == (200, b"")
    assert IVA6 not in account.taxes
    assert (api.get(f"/taxes/{IVA6}.json").status_code, api.delete(f"/taxes/{IVA6}.json").status_code) == (404, 404)
    assert "IVA6" not in {tax["name"] for tax in api.get("/taxes.json").json()["taxes"]}


def test_items_that_had_a_deleted_tax_keep_its_name_and_rate(api: httpx.Client, account: Account) -> None:
    charged = [item.id for item in account.items.values() if item.tax is not None and item.tax.name == "IVA6"]
    assert charged
    assert api.delete(f"/taxes/{IVA6}.json").status_code == 200
    for item_id in charged:
        assert account.items[item_id].tax == ItemTax("IVA6", Decimal("6.0"))
        assert api.get(f"/items/{item_id}.json").json()["item"]["tax"] == {
            "name": "IVA6",
            "value": 6.0,
            "comment": "tax value:6.0%",
        }


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize(
    "tax_id", ["999999", "0", "abc", "-1", "1.5", "1211.0", "%201211", pytest.param("9" * 5000, id="5000 digits")]
)
def test_an_unknown_or_malformed_id_gets_an_empty_404(
    api: httpx.Client, account: Account, method: str, tax_id: str
) -> None:
    before = state(account)
    response = send(api, method, f"/taxes/{tax_id}.json", b'{"tax": {"name": "IVA5", "value": "5.0"}}')
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


@pytest.mark.parametrize("value", ["023", "0100", "100.5", "101"])
def test_a_rate_outside_the_contracts_pattern_is_refused_as_out_of_range(
    api: httpx.Client, account: Account, value: str
) -> None:
    before = state(account)
    response = api.post("/taxes.json", json={"tax": {"name": "IVA99", "value": value}})
    assert (response.status_code, response.json()) == (422, {"value": ["must be between 0 and 100"]})
    assert state(account) == before


def test_a_name_of_the_wrong_type_is_refused_once(api: httpx.Client) -> None:
    response = api.post("/taxes.json", json={"tax": {"name": 23, "value": "23.0"}})
    assert (response.status_code, response.json()) == (422, {"name": ["is invalid"]})
