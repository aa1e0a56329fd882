"""The fake InvoiceXpress behaves as the service is documented to: what other teams rely on when they test
their clients against it."""

import asyncio
import json
import select
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.app import RateLimiter
from invoicexpress_fake.domain.series import ATCUD_TYPES, DOCUMENT_TYPES
from invoicexpress_fake.rules import common
from invoicexpress_fake.serve import serving
from support import ROOT, series_wire


def codes(series: dict[str, object], doc_types: tuple[str, ...]) -> list[object]:
    return [series[f"current_{doc_type}_validation_code"] for doc_type in doc_types]


@pytest.fixture
def http(fake_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_url) as client:
        yield client


def test_lists_the_accounts_series(http: httpx.Client, api_key: str, account: Account) -> None:
    response = http.get("/sequences.json", params={"api_key": api_key})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"sequences": list(series_wire(account).values())}


@pytest.mark.parametrize("params", [{}, {"api_key": ""}, {"api_key": "wrong"}, {"API_KEY": "x"}])
def test_refuses_a_missing_or_wrong_key_with_an_empty_401(http: httpx.Client, params: dict[str, str]) -> None:
    response = http.get("/sequences.json", params=params)
    assert (response.status_code, response.content) == (401, b"")


def test_can_answer_401_with_the_json_body_of_the_current_documentation(api_key: str) -> None:
    app = create_app(seeded_account(api_key), unauthorized_body="json")
    transport = httpx.ASGITransport(app=app)

    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://fake") as client:
            return await client.get("/sequences.json")

    response = asyncio.run(fetch())
    assert response.status_code == 401
    assert response.json() == {"errors": {"error": "Invalid API key"}}


def test_seeded_account_is_realistic(api_key: str) -> None:
    series = list(series_wire(seeded_account(api_key)).values())
    assert len(series) >= 4
    assert [s["default_sequence"] for s in series].count(1) == 1
    # Registered series: an AT code for each ATCUD type.
    registered = [
        s for s in series if all(isinstance(c, str) and c not in ("N/D", "N/A") for c in codes(s, ATCUD_TYPES))
    ]
    assert registered
    # An unregistered series, and a partly registered one.
    assert any(set(codes(s, ATCUD_TYPES)) == {"N/D"} for s in series)
    assert any("N/D" in codes(s, ATCUD_TYPES) and set(codes(s, ATCUD_TYPES)) != {"N/D"} for s in series)
    # Outside ATCUD, always N/A.
    outside = tuple(t for t in DOCUMENT_TYPES if t not in ATCUD_TYPES)
    assert all(set(codes(s, outside)) == {"N/A"} for s in series)
    # Every numbering id is unique across the account, and the invoice numbering shares the series' id.
    ids = [s[f"current_{t}_sequence_id"] for s in series for t in DOCUMENT_TYPES]
    assert len(ids) == len(set(ids))
    assert all(s["current_invoice_sequence_id"] == s["id"] for s in series)


def test_same_seed_same_account(api_key: str) -> None:
    assert series_wire(seeded_account(api_key, seed=7)) == series_wire(seeded_account(api_key, seed=7))
    assert series_wire(seeded_account(api_key, seed=7)) != series_wire(seeded_account(api_key, seed=8))


def test_mock_script_serves_the_fake_on_loopback_with_the_given_key() -> None:
    command = [sys.executable, "-m", "invoicexpress_fake", "--port", "0", "--api-key", "team-key"]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            ready, _, _ = select.select([server.stdout], [], [], 30)  # bounded: a broken start fails, not hangs
            assert ready, "scripts/mock printed nothing in 30 s"
            banner = server.stdout.readline()
            url = banner.rsplit(" at ", 1)[1].strip()
            assert url.startswith("http://127.0.0.1:")
            assert "team-key" in server.stdout.readline()
            listed = httpx.get(f"{url}/sequences.json", params={"api_key": "team-key"}, timeout=10)
            denied = httpx.get(f"{url}/sequences.json", timeout=10)
        finally:
            server.terminate()
    assert listed.status_code == 200
    assert len(json.loads(listed.content)["sequences"]) >= 4
    assert denied.status_code == 401


JSON = "application/json"


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


def test_create_refuses_an_oversized_body_unread(http: httpx.Client, api_key: str) -> None:
    padding = "x" * (common.MAX_BODY_BYTES + 1)
    response = create(http, api_key, json.dumps({"sequence": {"serie": "2027", "pad": padding}}).encode())
    assert response.status_code == 413


def test_checks_the_key_before_anything_else(http: httpx.Client) -> None:
    assert http.post("/sequences.json", content=b"not json").status_code == 401
    assert http.put("/sequences/1/register.json").status_code == 401


def test_unsupported_methods_get_405_with_the_allowed_ones(http: httpx.Client) -> None:
    response = http.delete("/sequences/146090.json")
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("path", ["/sequences/abc.json", "/sequences/-1.json", "/sequences/1.5.json"])
def test_an_id_that_is_not_a_positive_integer_names_no_series(http: httpx.Client, api_key: str, path: str) -> None:
    response = http.get(path, params={"api_key": api_key})
    assert (response.status_code, response.json()["errors"]["code"]) == (404, "006")


def test_rate_limit_answers_429_with_retry_after(api_key: str) -> None:
    app = create_app(seeded_account(api_key), requests_per_minute=2)
    with serving(app) as url, httpx.Client(base_url=url, params={"api_key": api_key}) as http:
        statuses = [http.get("/sequences.json").status_code for _ in range(3)]
        limited = http.get("/sequences.json")
    assert statuses == [200, 200, 429]
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_rate_limit_frees_a_slot_a_minute_after_each_request() -> None:
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.wait_needed() for _ in range(3)] == [0.0, 0.0, 60.0]
    now[0] += 59.5
    assert limiter.wait_needed() == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.wait_needed() == 0.0


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
    ],
)
def test_a_body_that_cannot_be_parsed_is_refused_as_rails_does(
    http: httpx.Client, api_key: str, account: Account, content: bytes
) -> None:
    before = series_wire(account)
    response = create(http, api_key, content)
    assert (response.status_code, response.json()) == (400, {"status": 400, "error": "Bad Request"})
    assert series_wire(account) == before


@pytest.mark.parametrize("path", ["/sequences/{}.json", "/sequences/{}/register.json"])
def test_an_id_too_long_for_any_series_is_not_found(http: httpx.Client, api_key: str, path: str) -> None:
    method = "GET" if path.endswith("}.json") else "PUT"
    response = http.request(method, path.format("9" * 5000), params={"api_key": api_key})
    assert (response.status_code, response.json()["errors"]["code"]) == (404, "006")


def test_a_trailing_slash_is_not_found_rather_than_redirected(http: httpx.Client, api_key: str) -> None:
    """A redirect would repeat the query string, key included, in its Location header."""
    response = http.get("/sequences.json/", params={"api_key": api_key})
    assert response.status_code == 404
    assert "location" not in response.headers


@pytest.mark.parametrize("per_minute", [0, -1])
def test_a_rate_limit_below_one_a_minute_is_refused_up_front(per_minute: int, api_key: str) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        create_app(seeded_account(api_key), requests_per_minute=per_minute)
