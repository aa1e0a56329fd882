"""The generated client against the fake over loopback: what a user of `invoicexpress_client` relies on."""

import importlib.util
import ssl
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, AsyncPage, InvoiceXpressClient, Page, errors
from invoicexpress_client._base_client import DEFAULT_TIMEOUT
from invoicexpress_client.api.sequences import list_sequences, set_sequence_default
from invoicexpress_client.models import Sequence, SequenceList
from invoicexpress_fake import Account
from support import load_bundle, series_wire

JSON_TYPES: dict[str, type] = {"integer": int, "string": str}


def sequence_properties() -> dict[str, Any]:
    properties: dict[str, Any] = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    return properties


def assert_parsed_exactly(parsed: Page[Sequence] | AsyncPage[Sequence], account: Account) -> None:
    """Every field of every series, with the type the contract gives it and the value the service sent."""
    expected = list(series_wire(account).values())
    assert [series.to_dict() for series in parsed] == expected
    assert isinstance(parsed.model, SequenceList)
    for series, raw in zip(parsed, expected, strict=True):
        assert isinstance(series, Sequence)
        assert series.additional_properties == {}
        for name, schema in sequence_properties().items():
            json_type = schema["type"]
            value = getattr(series, name)
            assert type(value) is JSON_TYPES[json_type], f"{name} is {type(value).__name__}, not {json_type}"
            assert value == raw[name]


def test_lists_every_series_with_every_field_typed(client: InvoiceXpressClient, account: Account) -> None:
    assert len(sequence_properties()) == 48
    assert_parsed_exactly(list_sequences.sync(client=client), account)


@pytest.mark.anyio
async def test_lists_every_series_asynchronously(async_client: AsyncInvoiceXpressClient, account: Account) -> None:
    assert_parsed_exactly(await list_sequences.asyncio(client=async_client), account)


def test_detailed_call_keeps_status_headers_and_raw_body(client: InvoiceXpressClient, account: Account) -> None:
    response = list_sequences.sync_detailed(client=client)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert b'"sequences"' in response.content
    assert_parsed_exactly(response.parsed, account)


@pytest.mark.anyio
async def test_detailed_async_call(async_client: AsyncInvoiceXpressClient, account: Account) -> None:
    response = await list_sequences.asyncio_detailed(client=async_client)
    assert response.status_code == 200
    assert_parsed_exactly(response.parsed, account)


def test_a_wrong_key_raises_authentication_error(fake_url: str) -> None:
    client = InvoiceXpressClient(account_name="acme", api_key="not-the-key", base_url=fake_url)
    with client, pytest.raises(errors.AuthenticationError) as raised:
        list_sequences.sync(client=client)
    assert raised.value.status_code == 401
    assert "API key" in str(raised.value)


@pytest.mark.anyio
async def test_a_wrong_key_raises_authentication_error_asynchronously(fake_url: str) -> None:
    async with AsyncInvoiceXpressClient(account_name="acme", api_key="not-the-key", base_url=fake_url) as client:
        with pytest.raises(errors.AuthenticationError):
            await list_sequences.asyncio(client=client)


def test_the_key_is_sent_in_the_query_of_every_request(api_key: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"sequences": []})

    transport = httpx.MockTransport(handler)
    with InvoiceXpressClient(account_name="acme", api_key=api_key, httpx_args={"transport": transport}) as client:
        list_sequences.sync(client=client)
        list_sequences.sync(client=client)
    assert [str(url) for url in seen] == [f"https://acme.app.invoicexpress.com/sequences.json?api_key={api_key}"] * 2


def test_redirects_are_not_followed(api_key: str) -> None:
    """The service documents none; following one would send the key along to wherever it points."""
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/sequences.json"})

    transport = httpx.MockTransport(handler)
    with (
        InvoiceXpressClient(account_name="acme", api_key=api_key, httpx_args={"transport": transport}) as client,
        pytest.raises(errors.UnexpectedStatus) as raised,
    ):
        list_sequences.sync(client=client)
    assert raised.value.status_code == 302
    assert [url.host for url in seen] == ["acme.app.invoicexpress.com"]


def test_writes_are_sent_as_json_even_without_a_body(api_key: str) -> None:
    """The documentation asks for Content-Type: application/json on every POST and PUT."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []} if request.method == "GET" else None)

    with InvoiceXpressClient(
        account_name="acme", api_key=api_key, httpx_args={"transport": httpx.MockTransport(handler)}
    ) as client:
        set_sequence_default.sync(146090, client=client)
        list_sequences.sync(client=client)
    put, get = seen
    assert (put.method, put.headers["content-type"], put.content) == ("PUT", "application/json", b"")
    assert "content-type" not in get.headers


def test_one_client_serves_many_threads_with_one_connection_pool(api_key: str) -> None:
    client = InvoiceXpressClient(account_name="acme", api_key=api_key)
    with ThreadPoolExecutor(max_workers=8) as pool:
        made = set(pool.map(lambda _: id(client.get_httpx_client()), range(32)))
    assert len(made) == 1
    client.close()


def test_base_url_is_derived_from_the_account_as_the_contract_says() -> None:
    server = load_bundle()["servers"][0]
    client = InvoiceXpressClient(account_name="acme", api_key="k")
    assert str(client.base_url) == server["url"].format(account_name="acme")


def test_base_url_overrides_the_account_host() -> None:
    client = InvoiceXpressClient(account_name="acme", api_key="k", base_url="http://127.0.0.1:4010")
    assert str(client.base_url) == "http://127.0.0.1:4010"


def test_requests_have_a_default_timeout_and_json_accept_header(api_key: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []})

    with InvoiceXpressClient(
        account_name="acme", api_key=api_key, httpx_args={"transport": httpx.MockTransport(handler)}
    ) as client:
        list_sequences.sync(client=client)
    assert seen[0].headers["accept"] == "application/json"
    assert seen[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert DEFAULT_TIMEOUT.read is not None


def test_with_timeout_and_with_headers_make_configured_copies(api_key: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []})

    base = InvoiceXpressClient(
        account_name="acme", api_key=api_key, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    tuned = base.with_timeout(httpx.Timeout(2.0)).with_headers({"X-Request-Source": "tests"})
    list_sequences.sync(client=tuned)
    assert seen[0].extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert seen[0].headers["x-request-source"] == "tests"
    assert seen[0].url.params["api_key"] == api_key


def context_without_hostname_check() -> ssl.SSLContext:
    """Certificates checked, but not that they name the host: anyone with a certificate could answer."""
    context = ssl.create_default_context()
    context.check_hostname = False
    return context


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        ({"account_name": "acme", "api_key": ""}, "api_key"),
        ({"account_name": "acme", "api_key": "   "}, "api_key"),
        ({"account_name": "acme.evil.example", "api_key": "k"}, "account_name"),
        ({"account_name": "ac me", "api_key": "k"}, "account_name"),
        ({"account_name": "-acme", "api_key": "k"}, "account_name"),
        ({"api_key": "k"}, "account_name"),
        ({"api_key": "k", "base_url": "ftp://127.0.0.1"}, "http"),
        ({"api_key": "k", "base_url": "http://acme.app.invoicexpress.com"}, "https"),
        ({"account_name": "acme", "api_key": "k", "verify_ssl": False}, "TLS"),
        ({"account_name": "acme", "api_key": "k", "timeout": "5"}, "timeout"),
        ({"account_name": "acme", "api_key": "k", "timeout": 0}, "timeout"),
        ({"account_name": "acme", "api_key": "k", "verify_ssl": ssl._create_unverified_context()}, "TLS"),  # noqa: S323
        ({"account_name": "acme", "api_key": "k", "verify_ssl": context_without_hostname_check()}, "TLS"),
        ({"account_name": "acme", "api_key": "k", "verify_ssl": None}, "verify_ssl"),
        ({"account_name": "acme\n", "api_key": "k"}, "account_name"),
        ({"api_key": "k", "base_url": 5}, "base_url must be a URL"),
        ({"api_key": "k", "base_url": "http://[::1"}, "not a URL"),
        ({"api_key": "k", "base_url": "http://127.0.0.1:4010/?x=1"}, "query or fragment"),
        ({"api_key": "k", "base_url": "http://acme.app.invoicexpress.com./"}, "https only"),
        ({"api_key": "k", "base_url": "https://ACME.app.InvoiceXpress.com.", "verify_ssl": False}, "TLS"),
        ({"account_name": "acme", "api_key": "k", "httpx_args": {"verify": False}}, "httpx_args cannot set verify"),
        ({"account_name": "acme", "api_key": "k", "httpx_args": {"follow_redirects": True}}, "follow_redirects"),
        ({"account_name": "acme", "api_key": "k", "httpx_args": {"base_url": "http://x"}}, "base_url"),
    ],
)
def test_unusable_settings_are_refused_up_front(settings: dict[str, Any], complaint: str) -> None:
    with pytest.raises(errors.ClientConfigurationError, match=complaint):
        InvoiceXpressClient(**settings)


def test_tls_verification_can_be_relaxed_for_a_local_fake_only() -> None:
    client = InvoiceXpressClient(api_key="k", base_url="https://127.0.0.1:8443", verify_ssl=False)
    assert client.base_url.host == "127.0.0.1"


def test_timeouts_can_be_given_in_seconds(api_key: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []})

    transport = httpx.MockTransport(handler)
    with InvoiceXpressClient(account_name="acme", api_key=api_key, timeout=7, httpx_args={"transport": transport}) as c:
        list_sequences.sync(client=c)
        list_sequences.sync(client=c.with_timeout(2.5))
    assert [request.extensions["timeout"]["read"] for request in seen] == [7.0, 2.5]


def test_successive_event_loops_leave_no_connections_behind(fake_url: str, api_key: str) -> None:
    """asyncio.run() many times with one client, never closed: the pools of loops that have closed are let go,
    not kept for ever with their sockets. In a child process, which counts its own open files."""
    script = f"""
import asyncio, gc, os
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.api.sequences import list_sequences
client = InvoiceXpressClient(api_key={api_key!r}, base_url={fake_url!r})
def open_files():
    gc.collect()
    return len(os.listdir("/proc/self/fd"))
asyncio.run(list_sequences.asyncio(client=client))
before = open_files()
for _ in range(20):
    asyncio.run(list_sequences.asyncio(client=client))
print(open_files() - before)
"""
    result = subprocess.run(
        [sys.executable, "-W", "ignore::ResourceWarning", "-c", script],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) <= 2


def test_settings_that_need_a_missing_package_are_a_configuration_error(api_key: str) -> None:
    if importlib.util.find_spec("h2"):
        pytest.skip("h2 is installed here: http2=True needs nothing more")
    with pytest.raises(errors.ClientConfigurationError, match="not installed"):
        InvoiceXpressClient(account_name="acme", api_key=api_key, httpx_args={"http2": True})  # h2 absent
