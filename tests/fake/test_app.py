"""What every operation of the fake shares, as another team's client sees it over HTTP: the key checked first
(and the bodies of a 401), the rate limit after it, the size of a body, the answers to a method or a path the
service has not, and the mock script (scripts/mock) that serves the fake on loopback."""

import json
import os
import select
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.app import RateLimiter
from invoicexpress_fake.rules import common
from starlette.applications import Starlette
from support import ROOT

from .wire import JSON, send, state

Serve = Callable[[Starlette], str]
OVERSIZED = json.dumps({"tax": {"name": "x" * (common.MAX_BODY_BYTES + 1), "value": "5.0"}}).encode()


KEYS: dict[str, Callable[[str], dict[str, str]]] = {
    "no key": lambda key: {},
    "an empty key": lambda key: {"api_key": ""},
    "a wrong key": lambda key: {"api_key": "wrong"},
    "the key under another name": lambda key: {"API_KEY": key},
}


@pytest.mark.parametrize("path", ["/sequences.json", "/taxes.json"])
@pytest.mark.parametrize("params", KEYS.values(), ids=KEYS.keys())
def test_refuses_a_missing_or_wrong_key_with_an_empty_401(
    http: httpx.Client, api_key: str, path: str, params: Callable[[str], dict[str, str]]
) -> None:
    response = http.get(path, params=params(api_key))
    assert (response.status_code, response.content) == (401, b"")


@pytest.mark.parametrize(
    ("method", "path", "content"),
    [
        pytest.param("POST", "/sequences.json", b"not json", id="create a series, unparseable"),
        pytest.param("PUT", "/sequences/1/register.json", b"", id="register an unknown series"),
        pytest.param("POST", "/taxes.json", b"not json", id="create a tax, unparseable"),
        pytest.param("PUT", "/taxes/999999.json", b"{", id="update an unknown tax"),
        pytest.param("POST", "/taxes.json", OVERSIZED, id="create a tax, over the size limit"),
        pytest.param("DELETE", "/items/3040.json", b"", id="delete an item"),
        pytest.param("POST", "/clients.json", b'{"client": {"name": "Novo Cliente"}}', id="create a client"),
        pytest.param("GET", "/clients/find-by-name.json?client_name=Nobody", b"", id="find no client"),
    ],
)
def test_the_key_is_checked_before_anything_else(
    http: httpx.Client, account: Account, method: str, path: str, content: bytes
) -> None:
    before = state(account)
    response = send(http, method, path, content)
    assert (response.status_code, response.content) == (401, b"")
    assert state(account) == before


@pytest.mark.parametrize(("method", "path"), [("GET", "/sequences.json"), ("POST", "/taxes.json")])
def test_can_answer_401_with_the_json_body_of_the_current_documentation(
    serve: Serve, account: Account, method: str, path: str
) -> None:
    url = serve(create_app(account, unauthorized_body="json"))
    before = state(account)
    response = httpx.request(method, f"{url}{path}", params={"api_key": "wrong"}, json={"tax": {}}, timeout=10)
    assert response.status_code == 401
    assert response.headers["content-type"] == JSON
    assert response.json() == {"errors": {"error": "Invalid API key"}}
    assert state(account) == before


def test_rate_limit_answers_429_with_retry_after(serve: Serve, api_key: str) -> None:
    url = serve(create_app(seeded_account(api_key), requests_per_minute=2))
    with httpx.Client(base_url=url, params={"api_key": api_key}) as api:
        statuses = [api.get(path).status_code for path in ("/sequences.json", "/taxes.json", "/clients.json")]
        limited = api.get("/items.json")
    assert statuses == [200, 200, 429]
    assert (limited.status_code, limited.content) == (429, b"")
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_a_request_refused_for_its_key_is_not_counted_and_is_refused_before_the_rate_limit(
    serve: Serve, api_key: str
) -> None:
    url = serve(create_app(seeded_account(api_key), requests_per_minute=1))
    with httpx.Client(base_url=url) as http:
        unauthorized = [http.get("/taxes.json", params={"api_key": "wrong"}).status_code for _ in range(3)]
        allowed = http.get("/taxes.json", params={"api_key": api_key}).status_code
        limited = http.get("/taxes.json", params={"api_key": api_key}).status_code
        still_unauthorized = http.get("/taxes.json", params={"api_key": "wrong"}).status_code
    assert (unauthorized, allowed, limited, still_unauthorized) == ([401, 401, 401], 200, 429, 401)


def test_rate_limit_frees_a_slot_a_minute_after_each_request() -> None:
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.wait_needed() for _ in range(3)] == [0.0, 0.0, 60.0]
    now[0] += 59.5
    assert limiter.wait_needed() == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.wait_needed() == 0.0


@pytest.mark.parametrize("per_minute", [0, -1])
def test_a_rate_limit_below_one_a_minute_is_refused_up_front(per_minute: int, api_key: str) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        create_app(seeded_account(api_key), requests_per_minute=per_minute)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/sequences/146090.json", {"GET", "HEAD"}),
        ("DELETE", "/taxes.json", {"GET", "HEAD", "POST"}),
        ("POST", "/items/3040.json", {"GET", "HEAD", "PUT", "DELETE"}),
        ("DELETE", "/clients/8010.json", {"GET", "HEAD", "PUT"}),
    ],
)
def test_unsupported_methods_get_405_with_the_allowed_ones(
    api: httpx.Client, account: Account, method: str, path: str, allowed: set[str]
) -> None:
    before = state(account)
    response = api.request(method, path)
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == allowed
    assert state(account) == before


@pytest.mark.parametrize("path", ["/sequences.json/", "/taxes.json/", "/items/3040.json/", "/clients/8010.json/"])
def test_a_trailing_slash_is_not_found_rather_than_redirected(api: httpx.Client, path: str) -> None:
    """A redirect would repeat the query string, key included, in its Location header."""
    response = api.get(path)
    assert (response.status_code, response.content) == (404, b"")
    assert "location" not in response.headers


@pytest.mark.parametrize("path", ["/", "/guides.json", "/taxes", "/taxes/1211", "/clients/find-by-name"])
def test_an_unknown_path_is_an_empty_404(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert (response.status_code, response.content) == (404, b"")


def raw_answer_head(url: str, head: bytes, parts: list[bytes]) -> tuple[int, dict[str, str]]:
    """Send a request's head and then `parts` over a plain socket, and read the answer's status and headers;
    a server that waited for more of the body would time out here (bounded: a hang fails, in 10 s)."""
    address = httpx.URL(url)
    assert address.host == "127.0.0.1"
    assert address.port is not None
    with socket.create_connection((address.host, address.port), timeout=10) as sock:
        sock.sendall(head)
        for part in parts:
            sock.sendall(part)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            assert chunk, f"the connection closed before an answer: {received!r}"
            received += chunk
    status_line, *lines = received.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines)
    return int(status_line.split()[1]), headers


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/sequences.json"),
        ("POST", "/taxes.json"),
        ("PUT", "/taxes/1211.json"),
        ("POST", "/items.json"),
        ("PUT", "/items/3040.json"),
        ("POST", "/clients.json"),
        ("PUT", "/clients/8010.json"),
    ],
)
def test_a_body_declared_over_the_limit_is_refused_unread(
    fake_url: str, api_key: str, account: Account, method: str, path: str
) -> None:
    before = state(account)
    head = (
        f"{method} {path}?api_key={api_key} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {JSON}\r\n"
        f"Content-Length: {1 << 30}\r\n\r\n"
    )
    status, headers = raw_answer_head(fake_url, head.encode(), [])  # not one byte of the GiB sent
    assert (status, headers["content-length"]) == (413, "0")
    assert state(account) == before


def test_a_body_without_a_length_is_refused_as_soon_as_it_passes_the_limit(
    fake_url: str, api_key: str, account: Account
) -> None:
    before = state(account)
    head = (
        f"POST /items.json?api_key={api_key} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {JSON}\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = 16 * 1024
    parts = [f"{chunk:x}\r\n".encode() + b" " * chunk + b"\r\n" for _ in range(common.MAX_BODY_BYTES // chunk + 1)]
    status, headers = raw_answer_head(fake_url, head.encode(), parts)  # the body never ends
    assert (status, headers["content-length"]) == (413, "0")
    assert state(account) == before


@pytest.mark.parametrize("page_size", [15, 0, 100])
def test_an_account_page_size_other_than_the_settings_ones_is_refused(api_key: str, page_size: int) -> None:
    with pytest.raises(ValueError, match="page size"):
        Account(api_key, page_size=page_size)
    with pytest.raises(ValueError, match="page size"):
        seeded_account(api_key, page_size=page_size)


MOCK = [sys.executable, "-m", "invoicexpress_fake", "--port", "0", "--api-key", "team-key"]


@contextmanager
def mock_script(*options: str) -> Iterator[str]:
    """`python -m invoicexpress_fake` (what scripts/mock runs) with `options`, serving; yields its base URL."""
    with subprocess.Popen([*MOCK, *options], cwd=ROOT, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            ready, _, _ = select.select([server.stdout], [], [], 30)  # bounded: a broken start fails, not hangs
            assert ready, "scripts/mock printed nothing in 30 s"
            banner = server.stdout.readline()
            url = banner.rsplit(" at ", 1)[1].strip()
            assert url.startswith("http://127.0.0.1:")
            assert "team-key" in server.stdout.readline()
            yield url
        finally:
            server.terminate()


def test_mock_script_serves_the_fake_on_loopback_with_the_given_key() -> None:
    with mock_script() as url:
        listed = httpx.get(f"{url}/sequences.json", params={"api_key": "team-key"}, timeout=10)
        denied = httpx.get(f"{url}/sequences.json", timeout=10)
    assert listed.status_code == 200
    assert len(json.loads(listed.content)["sequences"]) >= 4
    assert denied.status_code == 401


def test_mock_script_page_size_is_the_lists_page_size() -> None:
    with mock_script("--page-size", "10") as url, httpx.Client(base_url=url, params={"api_key": "team-key"}) as api:
        clients, items = api.get("/clients.json").json(), api.get("/items.json").json()
    assert len(clients["clients"]) == len(items["items"]) == 10
    assert clients["pagination"] == {"total_entries": 22, "current_page": 1, "total_pages": 3, "per_page": 10}


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        pytest.param(["--page-size", "15"], "invalid choice: 15", id="page size 15"),
        pytest.param(["--rate-limit", "-1"], "--rate-limit must be 0 (no limit) or more", id="rate limit -1"),
        pytest.param(
            ["--port", "65536"], "argument --port: '65536' is not a port (0 to 65535; 0 picks a free one)", id="port"
        ),
    ],
)
def test_mock_script_refuses_settings_no_account_has(options: list[str], complaint: str) -> None:
    finished = subprocess.run([*MOCK, *options], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 2
    assert complaint in finished.stderr
    assert finished.stdout == ""


def test_mock_script_says_in_one_line_that_its_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        options = [*MOCK[:3], "--port", str(port), "--api-key", "team-key"]
        finished = subprocess.run(options, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 1
    assert finished.stderr == (
        f"scripts/mock: port {port} on 127.0.0.1 is in use; pick another with --port (0 picks a free one)\n"
    )
    assert finished.stdout == ""


@pytest.mark.skipif(
    Path("/proc/sys/net/ipv4/ip_nonlocal_bind").exists()
    and Path("/proc/sys/net/ipv4/ip_nonlocal_bind").read_text().strip() != "0",
    reason="this machine lets a socket bind an address it does not have",
)
def test_mock_script_says_in_one_line_that_it_cannot_listen_on_an_address_it_does_not_have() -> None:
    # 192.0.2.1 is TEST-NET-1, documentation's own: no machine has it, and binding sends nothing.
    options = [*MOCK[:3], "--host", "192.0.2.1", "--port", "0"]
    finished = subprocess.run(options, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 1
    assert finished.stderr.startswith("scripts/mock: cannot listen on 192.0.2.1 port 0: ")  # then the system's words
    assert finished.stderr.count("\n") == 1
    assert finished.stdout == ""


def test_mock_script_help_gives_every_default() -> None:
    """Each option that has a default says it (the key's is a new random one, and a flag is off)."""
    finished = subprocess.run(
        [*MOCK[:3], "--help"], cwd=ROOT, env={**os.environ, "COLUMNS": "400"}, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    helps: dict[str, str] = {}  # option: its help, whether on its line or on the next (after a long option)
    for line in finished.stdout.split("options:\n", 1)[1].splitlines():
        if line.startswith("  -"):
            option = line.split()[0].rstrip(",")
            helps[option] = line
        elif line.startswith("   "):
            helps[option] += line
    assert {option: line.rsplit("(default: ", 1)[-1] for option, line in helps.items() if option != "-h"} == {
        "--host": "127.0.0.1)",
        "--port": "4010)",
        "--api-key": "a new random key, printed)",
        "--seed": "2026)",
        "--tax-situation": "ready)",
        "--registration-in-progress": "off)",
        "--unauthorized-body": "empty)",
        "--single-root-key": "sequence)",
        "--rate-limit": f"{common.REQUESTS_PER_MINUTE}, the service's)",
        "--page-size": "20)",
        "--uid-replay": "first)",
        "--pdf-polls": "1)",
    }
