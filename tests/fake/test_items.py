"""The fake's items, as a team's client sees them over HTTP: the list's pages without `pagination`, a tax's rate a
numeric string in the list and a number in an item's own answer, prices written digit for digit, every refusal
with its exact body (a list of message objects), names unique, the default tax for a tax that names none, what an
update changes and keeps, and deletes; each write checked in the account's typed state, and each refusal shown
to leave it as it was."""

import dataclasses
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_fake import Account
from invoicexpress_fake.domain.items import Item, ItemTax

from .wire import BAD_REQUEST, send, state

PAO, CAFE, CONSULTORIA = 3040, 3044, 3049
REQUIRED = {
    "name": "Name is a required field",
    "description": "Description is a required field",
    "price": "Price is a required field",
}
PRICE_INVALID = "Price is not valid. Check the decimal mark and if you are inserting only numbers."
NEW = {"name": "Parafuso", "description": "Parafuso M6", "unit_price": 0.25}


def refusal(*messages: str) -> dict[str, list[dict[str, str]]]:
    return {"errors": [{"error": message} for message in messages]}


def test_the_list_is_a_page_of_items_without_pagination(api: httpx.Client, account: Account) -> None:
    response = api.get("/items.json")
    assert response.status_code == 200
    answer = response.json()
    assert set(answer) == {"items"}
    assert [item["id"] for item in answer["items"]] == list(account.items)[: account.page_size]
    assert answer["items"][0] == {
        "id": PAO,
        "name": "Pão de forma",
        "description": "Pão de forma 500 g",
        "unit_price": 1.6981,
        "unit": "unit",
        "tax": {"name": "IVA6", "value": "6.0", "comment": "tax value:6.0%"},
    }
    assert all(isinstance(item["tax"]["value"], str) for item in answer["items"])


def test_pages_end_with_a_shorter_one_and_past_the_last_are_empty(api: httpx.Client, account: Account) -> None:
    pages = [api.get("/items.json", params={"page": page, "per_page": 10}).json()["items"] for page in (1, 2, 3, 4)]
    assert [len(page) for page in pages] == [10, 10, 4, 0]
    assert [item["id"] for page in pages for item in page] == list(account.items)
    assert len(api.get("/items.json", params={"per_page": 1000}).json()["items"]) == 24


@pytest.mark.parametrize(
    "params", [{"page": "0"}, {"page": "-1"}, {"page": "two"}, {"per_page": "0"}, {"per_page": "2147483648"}]
)
def test_a_page_that_is_not_a_whole_number_from_1_is_a_bad_request(api: httpx.Client, params: dict[str, str]) -> None:
    response = api.get("/items.json", params=params)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)


def test_an_items_own_answer_writes_its_taxs_rate_as_a_number(api: httpx.Client) -> None:
    response = api.get(f"/items/{CONSULTORIA}.json")
    assert response.status_code == 200
    assert response.json() == {
        "item": {
            "id": CONSULTORIA,
            "name": "Consultoria",
            "description": "Consultoria técnica (hora)",
            "unit_price": 45.5,
            "unit": "hour",
            "tax": {"name": "IVA23", "value": 23.0, "comment": "tax value:23.0%"},
        }
    }
    assert b'"value":23.0,' in response.content


def test_create_answers_201_with_the_new_item_charged_the_tax_it_names(api: httpx.Client, account: Account) -> None:
    response = api.post("/items.json", json={"item": {**NEW, "unit": "unit", "tax": {"name": "IVA6"}}})
    assert response.status_code == 201
    created = response.json()["item"]
    tax = {"name": "IVA6", "value": 6.0, "comment": "tax value:6.0%"}
    assert created == {**NEW, "id": created["id"], "unit": "unit", "tax": tax}
    assert account.items[created["id"]] == Item(
        created["id"], "Parafuso", "Parafuso M6", Decimal("0.25"), unit="unit", tax=ItemTax("IVA6", Decimal("6.0"))
    )
    assert api.get(f"/items/{created['id']}.json").json() == {"item": created}


def test_a_price_is_kept_and_written_digit_for_digit(api: httpx.Client, account: Account) -> None:
    """Not through a float: the float nearest to this price is written 0.465612."""
    price = b"0.46561200000000001"
    content = b'{"item": {"name": "Parafuso", "description": "Parafuso M6", "unit_price": ' + price + b"}}"
    response = send(api, "POST", "/items.json", content)
    assert response.status_code == 201
    assert b'"unit_price":' + price + b"," in response.content
    item_id = response.json()["item"]["id"]
    assert account.items[item_id].unit_price == Decimal(price.decode())
    assert b'"unit_price":' + price + b"," in api.get(f"/items/{item_id}.json").content
    assert b'"unit_price":' + price + b"," in api.get("/items.json", params={"per_page": 100}).content


@pytest.mark.parametrize(
    "tax", [pytest.param({"name": "IVA99"}, id="a tax that is none"), pytest.param(None, id="no tax")]
)
def test_an_item_whose_tax_names_no_tax_gets_the_default_tax(
    api: httpx.Client, account: Account, tax: dict[str, str] | None
) -> None:
    item = {**NEW} if tax is None else {**NEW, "tax": tax}
    response = api.post("/items.json", json={"item": item})
    assert response.status_code == 201
    created = response.json()["item"]
    assert created["tax"] == {"name": "IVA23", "value": 23.0, "comment": "tax value:23.0%"}
    assert account.items[created["id"]].tax == ItemTax("IVA23", Decimal("23.0"))


def test_a_name_in_use_is_refused(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.post("/items.json", json={"item": {**NEW, "name": "Café"}})
    assert (response.status_code, response.json()) == (422, refusal("Name is not available."))
    assert state(account) == before


@pytest.mark.parametrize(
    ("item", "messages"),
    [
        pytest.param({}, [REQUIRED["name"], REQUIRED["description"], REQUIRED["price"]], id="nothing"),
        pytest.param({**NEW, "name": ""}, [REQUIRED["name"]], id="empty name"),
        pytest.param({**NEW, "name": "  "}, [REQUIRED["name"]], id="blank name"),
        pytest.param({**NEW, "description": ""}, [REQUIRED["description"]], id="empty description"),
        pytest.param({"name": "Parafuso", "description": "M6"}, [REQUIRED["price"]], id="no price"),
        pytest.param({**NEW, "unit_price": None}, [REQUIRED["price"]], id="price null"),
        pytest.param({**NEW, "unit_price": "0.25"}, [PRICE_INVALID], id="price as text"),
        pytest.param({**NEW, "unit_price": -0.25}, [PRICE_INVALID], id="negative price"),
        pytest.param({**NEW, "unit_price": True}, [PRICE_INVALID], id="price a bool"),
        pytest.param({**NEW, "unit": 5}, ["Unit is not valid"], id="unit not text"),
        pytest.param({**NEW, "unit": None}, ["Unit is not valid"], id="unit null"),
        pytest.param({**NEW, "tax": "IVA23"}, ["Tax is not valid"], id="tax not an object"),
        pytest.param({**NEW, "tax": {"name": ""}}, ["Tax is not valid"], id="tax with an empty name"),
        pytest.param({**NEW, "tax": {"name": 23}}, ["Tax is not valid"], id="tax name not text"),
        pytest.param(
            {"description": "", "unit_price": "1,5", "tax": {}},
            [REQUIRED["name"], REQUIRED["description"], PRICE_INVALID, "Tax is not valid"],
            id="several fields",
        ),
    ],
)
def test_create_refuses_each_field_with_its_message(
    api: httpx.Client, account: Account, item: dict[str, Any], messages: list[str]
) -> None:
    before = state(account)
    response = api.post("/items.json", json={"item": item})
    assert (response.status_code, response.json()) == (422, refusal(*messages))
    assert state(account) == before


def test_a_price_no_double_could_hold_is_refused(api: httpx.Client, account: Account) -> None:
    before = state(account)
    content = b'{"item": {"name": "Parafuso", "description": "Parafuso M6", "unit_price": 1e400}}'
    response = send(api, "POST", "/items.json", content)
    assert (response.status_code, response.json()) == (422, refusal(PRICE_INVALID))
    assert state(account) == before


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"item[name]=Parafuso", "application/x-www-form-urlencoded", id="a form"),
        pytest.param(
            b'{"item": {"name": "Parafuso", "description": "M6", "unit_price": 1}}', "text/plain", id="JSON as text"
        ),
        pytest.param(
            b'{"name": "Parafuso", "description": "M6", "unit_price": 1}', "application/json", id="no envelope"
        ),
    ],
)
def test_a_body_not_sent_as_json_or_not_wrapped_is_read_as_no_item(
    api: httpx.Client, account: Account, content: bytes, content_type: str
) -> None:
    before = state(account)
    response = send(api, "POST", "/items.json", content, content_type)
    assert (response.status_code, response.json()) == (422, refusal(*REQUIRED.values()))
    assert state(account) == before


@pytest.mark.parametrize(("method", "path"), [("POST", "/items.json"), ("PUT", f"/items/{CAFE}.json")])
@pytest.mark.parametrize("content", [b'{"item": ', b"\xff", b'{"item": {"name": "X", "unit_price": Infinity}}'])
def test_a_body_that_is_not_json_is_a_bad_request(
    api: httpx.Client, account: Account, method: str, path: str, content: bytes
) -> None:
    before = state(account)
    response = send(api, method, path, content)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)
    assert state(account) == before


def test_an_update_changes_name_description_and_price_and_keeps_unit_and_tax(
    api: httpx.Client, account: Account
) -> None:
    kept = dataclasses.replace(account.items[CAFE])  # a copy, as it was
    content = b'{"item": {"name": "Caf\\u00e9 duplo", "description": "Caf\\u00e9 duplo", "unit_price": 1.30}}'
    response = send(api, "PUT", f"/items/{CAFE}.json", content)
    assert (response.status_code, response.content) == (200, b"")
    changed = dataclasses.replace(kept, name="Café duplo", description="Café duplo", unit_price=Decimal("1.30"))
    assert account.items[CAFE] == changed
    read = api.get(f"/items/{CAFE}.json")
    assert read.json()["item"] == {
        "id": CAFE,
        "name": "Café duplo",
        "description": "Café duplo",
        "unit_price": 1.3,
        "unit": "unit",
        "tax": {"name": "IVA13", "value": 13.0, "comment": "tax value:13.0%"},
    }
    assert b'"unit_price":1.30,' in read.content


def test_an_update_changes_unit_and_tax_when_sent(api: httpx.Client, account: Account) -> None:
    item = {"name": "Café", "description": "Café expresso", "unit_price": 0.65, "unit": "cup", "tax": {"name": "IVA6"}}
    assert api.put(f"/items/{CAFE}.json", json={"item": item}).status_code == 200
    assert (account.items[CAFE].unit, account.items[CAFE].tax) == ("cup", ItemTax("IVA6", Decimal("6.0")))
    item["tax"] = {"name": "IVA99"}
    assert api.put(f"/items/{CAFE}.json", json={"item": item}).status_code == 200
    assert account.items[CAFE].tax == ItemTax("IVA23", Decimal("23.0"))  # a tax that is none: the default


def test_an_update_may_keep_its_own_name_but_not_take_anothers(api: httpx.Client, account: Account) -> None:
    kept = api.put(f"/items/{CAFE}.json", json={"item": {"name": "Café", "description": "Bica", "unit_price": 0.7}})
    assert (kept.status_code, account.items[CAFE].description) == (200, "Bica")
    before = state(account)
    item = {"name": "Galão", "description": "Bica", "unit_price": 0.7}
    taken = api.put(f"/items/{CAFE}.json", json={"item": item})
    assert (taken.status_code, taken.json()) == (422, refusal("Name is not available."))
    assert state(account) == before


def test_an_update_is_refused_as_a_create_is(api: httpx.Client, account: Account) -> None:
    before = state(account)
    response = api.put(f"/items/{CAFE}.json", json={"item": {"name": "Café", "unit_price": -1}})
    assert (response.status_code, response.json()) == (422, refusal(REQUIRED["description"], PRICE_INVALID))
    assert state(account) == before


@pytest.mark.parametrize(
    "content", [b"{", b'{"item": {}}', b'{"item": {"name": "Caf\\u00e9", "description": "x", "unit_price": 1}}']
)
def test_an_update_of_an_unknown_item_is_404_before_its_body_is_read(
    api: httpx.Client, account: Account, content: bytes
) -> None:
    before = state(account)
    response = send(api, "PUT", "/items/999999.json", content)
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


def test_a_deleted_item_is_gone(api: httpx.Client, account: Account) -> None:
    response = api.delete(f"/items/{CAFE}.json")
    assert (response.status_code, response.content) == (200, b"")
    assert CAFE not in account.items
    assert (api.get(f"/items/{CAFE}.json").status_code, api.delete(f"/items/{CAFE}.json").status_code) == (404, 404)
    assert CAFE not in {item["id"] for item in api.get("/items.json", params={"per_page": 100}).json()["items"]}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize(
    "item_id", ["999999", "0", "abc", "-1", "1.5", "3040.0", "%203040", pytest.param("9" * 5000, id="5000 digits")]
)
def test_an_unknown_or_malformed_id_gets_an_empty_404(
    api: httpx.Client, account: Account, method: str, item_id: str
) -> None:
    before = state(account)
    response = send(
        api, method, f"/items/{item_id}.json", b'{"item": {"name": "X", "description": "Y", "unit_price": 1}}'
    )
    assert (response.status_code, response.content) == (404, b"")
    assert state(account) == before


def test_a_name_of_the_wrong_type_is_refused_once(api: httpx.Client) -> None:
    response = api.post("/items.json", json={"item": {"name": 7, "description": "d", "unit_price": 1}})
    assert (response.status_code, response.json()) == (422, {"errors": [{"error": "Name is not valid"}]})
