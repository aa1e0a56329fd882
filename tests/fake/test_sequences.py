"""The fake's sequences behave as the service is documented to (and as the contract chooses where it is silent):
what other teams rely on when they test their clients' series against it."""

import httpx
import pytest
from invoicexpress_fake import Account
from support import series_wire

from .wire import BAD_REQUEST, JSON


def test_lists_the_accounts_series(http: httpx.Client, api_key: str, account: Account) -> None:
    response = http.get("/sequences.json", params={"api_key": api_key})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"sequences": list(series_wire(account).values())}


def create(http: httpx.Client, api_key: str, content: bytes, content_type: str = JSON) -> httpx.Response:
    return http.post(
        "/sequences.json", params={"api_key": api_key}, content=content, headers={"Content-Type": content_type}
    )


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"[]", JSON, id="not an object"),
        pytest.param(b'{"serie": "2027"}', JSON, id="no envelope"),
        pytest.param(b'{"sequence": {}}', JSON, id="no serie"),
        pytest.param(b'{"sequence": {"serie": 2027}}', JSON, id="serie not a string"),
        pytest.param(b'{"sequence": {"serie": "2027", "default_sequence": 1}}', JSON, id="flag not a string"),
        pytest.param(b'{"sequence": {"serie": "2027", "default_sequence": "yes"}}', JSON, id="flag not 0 or 1"),
        pytest.param(b'{"sequence": {"serie": "2027", "colour": "red"}}', JSON, id="unknown field"),
        pytest.param(b'{"sequence": {"serie": "2027"}, "extra": 1}', JSON, id="unknown top-level field"),
        pytest.param(b"sequence[serie]=2027", "application/x-www-form-urlencoded", id="not JSON-typed"),
    ],
)
def test_create_refuses_malformed_bodies_with_422_invalid_sequence(
    http: httpx.Client, api_key: str, account: Account, content: bytes, content_type: str
) -> None:
    before = series_wire(account)
    response = create(http, api_key, content, content_type)
    assert (response.status_code, response.json()) == (
        422,
        {"errors": {"code": "003", "message": "Invalid sequence."}},
    )
    assert series_wire(account) == before


@pytest.mark.parametrize("path", ["/sequences/abc.json", "/sequences/-1.json", "/sequences/1.5.json"])
def test_an_id_that_is_not_a_positive_integer_names_no_series(http: httpx.Client, api_key: str, path: str) -> None:
    response = http.get(path, params={"api_key": api_key})
    assert (response.status_code, response.json()["errors"]["code"]) == (404, "006")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'{"sequence": {"serie": "a\\ud800"}}', id="lone surrogate"),
        pytest.param(b'{"sequence": {"serie": "a\\u0000"}}', id="NUL"),
        pytest.param(b'{"sequence": {"serie": "a\\u001cb"}}', id="separator JavaScript does not call space"),
        pytest.param(b'{"sequence": {"serie": "a\\ufeffb"}}', id="byte-order mark"),
    ],
)
def test_names_no_answer_could_carry_are_refused_and_the_account_stays_usable(
    http: httpx.Client, api_key: str, content: bytes
) -> None:
    response = create(http, api_key, content)
    assert (response.status_code, response.json()["errors"]["code"]) == (422, "001")
    assert http.get("/sequences.json", params={"api_key": api_key}).status_code == 200


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"[" * 60_000, id="nested past the parser's depth"),
        pytest.param(b'{"sequence": ', id="cut short"),
        pytest.param(b'{"sequence": {"serie": "\xff"}}', id="not UTF-8"),
        pytest.param(b"serie=2027", id="a form"),
        pytest.param(b'{"sequence": {"serie": NaN}}', id="NaN, which JSON has not"),
    ],
)
def test_a_body_that_cannot_be_parsed_is_refused_as_rails_does(
    http: httpx.Client, api_key: str, account: Account, content: bytes
) -> None:
    before = series_wire(account)
    response = create(http, api_key, content)
    assert (response.status_code, response.json()) == (400, BAD_REQUEST)
    assert series_wire(account) == before


@pytest.mark.parametrize("path", ["/sequences/{}.json", "/sequences/{}/register.json"])
def test_an_id_too_long_for_any_series_is_not_found(http: httpx.Client, api_key: str, path: str) -> None:
    method = "GET" if path.endswith("}.json") else "PUT"
    response = http.request(method, path.format("9" * 5000), params={"api_key": api_key})
    assert (response.status_code, response.json()["errors"]["code"]) == (404, "006")
