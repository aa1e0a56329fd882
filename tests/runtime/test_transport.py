"""The key on the wire: added below httpx only for the account's origin, sent over the TLS the settings ask
for, through the proxy the environment names (as httpx would choose it) or the one given."""

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client._transport import environment_proxy
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.serve import serving

KEY = "transport-test-key-91d2"
# A name that resolves nowhere: a call that succeeds with it went through the proxy.
UNRESOLVABLE = "http://invoicexpress-fake.invalid:4010"


def test_a_request_to_another_origin_never_carries_the_key() -> None:
    """The httpx client is public (get_httpx_client): what it sends elsewhere must not take the key along."""
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"sequences": []})

    client = InvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    http = client.get_httpx_client()
    http.get("https://elsewhere.example/sequences.json")
    http.get("http://acme.app.invoicexpress.com/sequences.json")  # same host, another scheme
    http.get("https://acme.app.invoicexpress.com:8443/sequences.json")  # same host, another port
    http.get("/sequences.json")
    assert [url.params.get("api_key") for url in seen] == [None, None, None, KEY]


def test_the_key_is_added_once_whatever_the_url_already_holds() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []})

    client = InvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    http = client.get_httpx_client()
    for path in ("/sequences.json", "/sequences.json?", "/sequences.json?page=2"):
        http.get(path)
    assert [sorted(request.url.params.multi_items()) for request in seen] == [
        [("api_key", KEY)],
        [("api_key", KEY)],
        [("api_key", KEY), ("page", "2")],
    ]
    assert all(KEY not in repr(request) for request in seen)


def test_mounted_transports_add_the_key_too() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"sequences": []})

    mounts = {"https://acme.app.invoicexpress.com": httpx.MockTransport(handler)}
    with InvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"mounts": mounts}) as client:
        list_sequences.sync(client=client)
    assert [url.params["api_key"] for url in seen] == [KEY]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    openssl = shutil.which("openssl")
    assert openssl is not None, "these tests make their certificate with the openssl command"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def https_fake(certificate: tuple[Path, Path]) -> Iterator[str]:
    with serving(create_app(seeded_account(KEY)), tls=certificate) as url:
        yield url


def test_a_ca_bundle_given_is_the_one_that_verifies(https_fake: str, certificate: tuple[Path, Path]) -> None:
    cert, _ = certificate
    with InvoiceXpressClient(api_key=KEY, base_url=https_fake, verify_ssl=str(cert), strict=True) as client:
        assert len(list_sequences.sync(client=client).sequences) == 4
    context = ssl.create_default_context(cafile=str(cert))
    with InvoiceXpressClient(api_key=KEY, base_url=https_fake, verify_ssl=context, strict=True) as client:
        assert len(list_sequences.sync(client=client).sequences) == 4


@pytest.mark.anyio
async def test_the_async_side_verifies_with_the_bundle_given_too(
    https_fake: str, certificate: tuple[Path, Path]
) -> None:
    cert, _ = certificate
    async with AsyncInvoiceXpressClient(api_key=KEY, base_url=https_fake, verify_ssl=str(cert)) as client:
        assert len((await list_sequences.asyncio(client=client)).sequences) == 4


def test_certificates_are_verified_by_default(https_fake: str) -> None:
    with (
        InvoiceXpressClient(api_key=KEY, base_url=https_fake) as client,
        pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as raised,
    ):
        list_sequences.sync(client=client)  # not repeated: the certificate would not verify next time either
    assert raised.value.transient is False


class RecordingProxy:
    """A plain HTTP proxy on loopback that answers every request itself, recording its request line."""

    def __init__(self) -> None:
        self.request_lines: list[str] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._sock.accept()
            except OSError:  # closed
                return
            with connection:
                head = b""
                while b"\r\n\r\n" not in head and (chunk := connection.recv(65536)):
                    head += chunk
                self.request_lines.append(head.split(b"\r\n", 1)[0].decode())
                body = b'{"sequences": []}'
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )

    def close(self) -> None:
        self._sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() under way (closing alone does not)
        self._sock.close()
        self._thread.join(timeout=10)


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingProxy]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    recording = RecordingProxy()
    yield recording
    recording.close()


def test_the_environments_proxy_is_used_as_httpx_would(proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with InvoiceXpressClient(api_key=KEY, base_url=UNRESOLVABLE) as client:
        list_sequences.sync(client=client)
    assert proxy.request_lines == [f"GET {UNRESOLVABLE}/sequences.json?api_key={KEY} HTTP/1.1"]


@pytest.mark.anyio
async def test_the_environments_proxy_is_used_asynchronously_too(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    async with AsyncInvoiceXpressClient(api_key=KEY, base_url=UNRESOLVABLE) as client:
        await list_sequences.asyncio(client=client)
    assert len(proxy.request_lines) == 1


@pytest.mark.parametrize(
    ("variables", "httpx_args"),
    [
        pytest.param({"NO_PROXY": "invoicexpress-fake.invalid"}, {}, id="NO_PROXY names the host"),
        pytest.param({"NO_PROXY": "invalid"}, {}, id="NO_PROXY names its domain"),
        pytest.param({"NO_PROXY": "*"}, {}, id="NO_PROXY is *"),
        pytest.param({"HTTPS_PROXY": "set"}, {}, id="only a proxy for https"),
        pytest.param({}, {"trust_env": False}, id="trust_env=False"),
    ],
)
def test_the_environments_proxy_is_bypassed_where_httpx_would(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], httpx_args: dict[str, bool]
) -> None:
    monkeypatch.setenv("HTTPS_PROXY" if "HTTPS_PROXY" in variables else "HTTP_PROXY", proxy.url)
    for name, value in variables.items():
        if name != "HTTPS_PROXY":
            monkeypatch.setenv(name, value)
    with (
        InvoiceXpressClient(api_key=KEY, base_url=UNRESOLVABLE, httpx_args=httpx_args, max_retries=0) as client,
        pytest.raises(errors.APIConnectionError),  # straight to a host that does not resolve
    ):
        list_sequences.sync(client=client)
    assert proxy.request_lines == []


def test_a_proxy_given_in_httpx_args_is_used(proxy: RecordingProxy) -> None:
    with InvoiceXpressClient(api_key=KEY, base_url=UNRESOLVABLE, httpx_args={"proxy": proxy.url}) as client:
        list_sequences.sync(client=client)
    assert proxy.request_lines == [f"GET {UNRESOLVABLE}/sequences.json?api_key={KEY} HTTP/1.1"]


def test_a_transport_of_your_own_is_used_as_it_is_with_no_proxy(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in httpx: a transport given means the environment's proxies are not read."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"sequences": []}))
    with InvoiceXpressClient(api_key=KEY, base_url=UNRESOLVABLE, httpx_args={"transport": transport}) as client:
        list_sequences.sync(client=client)
    assert proxy.request_lines == []


@pytest.mark.parametrize(
    ("no_proxy", "url", "bypassed"),
    [
        ("example.com", "http://api.example.com:4010", True),
        ("example.com", "http://example.com", True),
        ("example.com", "http://notexample.com", False),
        (".example.com", "http://example.com", False),
        (".example.com", "http://a.example.com", True),
        ("127.0.0.1", "http://127.0.0.1:8000", True),
        ("127.0.0.1", "http://127.0.0.12", False),
        ("::1", "http://[::1]:80", True),
        ("http://example.com", "http://example.com:8080", True),
        ("http://example.com", "http://api.example.com", False),
        ("https://example.com", "http://example.com", False),
        ("example.com:8080", "http://example.com:8080", True),
        ("example.com:8081", "http://example.com:8080", False),
        ("example.com:443", "https://example.com", False),  # httpx compares the port as written
        ("all://example.com", "http://example.com", True),
        ("all://*.example.com", "http://a.example.com", True),
        ("https://*.example.com", "https://a.example.com", True),
        ("https://*example.com", "https://example.com", True),
        ("other.org, example.com", "http://example.com", True),
    ],
)
def test_no_proxy_entries_are_read_as_httpx_reads_them(
    proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, no_proxy: str, url: str, bypassed: bool
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with httpx.Client() as plain:  # httpx itself, reading the same environment, is the reference
        httpx_bypasses = plain._transport_for_url(httpx.URL(url)) is plain._transport
    assert httpx_bypasses == bypassed
    assert environment_proxy(httpx.URL(url)) == (None if bypassed else proxy.url)
