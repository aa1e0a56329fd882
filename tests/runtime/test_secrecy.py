"""The API key never appears in a log line, an exception's message or repr, or the client's repr."""

import json
import logging
import socket
import traceback
import urllib.parse
from collections.abc import Callable

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client._secrecy import Scrubber
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_fake import seeded_account
from support import exposures, series_wire


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("httpx", "httpcore", "invoicexpress_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    caplog.set_level(logging.DEBUG)
    return caplog


def failure_of(client: InvoiceXpressClient) -> BaseException:
    """The error a list call raises, caught here so that its traceback holds no frame of the test (whose
    locals hold the key on purpose)."""
    try:
        with client:
            list_sequences.sync(client=client)
    except errors.InvoiceXpressError as error:
        return error
    raise AssertionError("the call should have failed")


def test_key_stays_out_of_logs_errors_and_reprs(
    debug_logs: pytest.LogCaptureFixture, fake_url: str, api_key: str
) -> None:
    seen: list[object] = []
    with InvoiceXpressClient(account_name="acme", api_key=api_key, base_url=fake_url) as client:
        seen.append(client)
        response = list_sequences.sync_detailed(client=client)  # succeeds only if the fake got the key
        seen += [response, response.parsed, client.get_httpx_client()]

    wrong = api_key[::-1]
    seen.append(failure_of(InvoiceXpressClient(api_key=wrong, base_url=fake_url)))

    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"sequences": [{"id": "x"}]})

    transport = httpx.MockTransport(broken)
    seen.append(
        failure_of(InvoiceXpressClient(api_key=api_key, base_url=fake_url, httpx_args={"transport": transport}))
    )

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        unreachable = f"http://127.0.0.1:{closed.getsockname()[1]}"
        seen.append(failure_of(InvoiceXpressClient(api_key=api_key, base_url=unreachable, max_retries=0)))

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        silent_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        seen.append(failure_of(InvoiceXpressClient(api_key=api_key, base_url=silent_url, timeout=httpx.Timeout(0.2))))

    for failure in seen[-2:]:  # the connection errors: caused by a key-free copy of httpx's, away from its frames
        assert_caused_by_a_bare_copy(failure)  # type: ignore[arg-type]
    assert [type(item).__name__ for item in seen[-4:]] == [
        "AuthenticationError", "InvalidResponse", "APIConnectionError", "APITimeoutError",
    ]  # fmt: skip
    log_lines = [record.getMessage() for record in debug_logs.records]
    assert any("/sequences.json" in line for line in log_lines), "httpx logged nothing: the check would be vacuous"
    for text in log_lines + exposures(*seen):
        assert api_key not in text
        assert wrong not in text


def test_key_is_not_in_a_configuration_error(api_key: str) -> None:
    with pytest.raises(errors.ClientConfigurationError) as raised:
        InvoiceXpressClient(account_name="not valid", api_key=api_key)
    assert api_key not in str(raised.value)
    assert api_key not in repr(raised.value)


def assert_caused_by_a_bare_copy(failure: BaseException) -> None:
    """httpx's exception is the cause, as a copy raised through no frame (the real one's hold the request on the
    wire, key included), holding the key-free request, and nothing was being handled when it was raised."""
    cause = failure.__cause__
    assert isinstance(cause, httpx.TransportError), cause
    assert cause.__traceback__ is None
    assert failure.__context__ is None
    assert "api_key" not in str(cause.request.url)
    assert failure.request is cause.request  # type: ignore[attr-defined]


async def async_failure_of(client: AsyncInvoiceXpressClient) -> BaseException:
    try:
        async with client:
            await list_sequences.asyncio(client=client)
    except errors.InvoiceXpressError as error:
        return error
    raise AssertionError("the call should have failed")


@pytest.mark.anyio
async def test_async_connection_errors_keep_the_key_out_too(api_key: str) -> None:
    with socket.socket() as closed, socket.socket() as silent:
        closed.bind(("127.0.0.1", 0))
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        refused = await async_failure_of(
            AsyncInvoiceXpressClient(
                api_key=api_key, base_url=f"http://127.0.0.1:{closed.getsockname()[1]}", max_retries=0
            )
        )
        timed_out = await async_failure_of(
            AsyncInvoiceXpressClient(
                api_key=api_key, base_url=f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=httpx.Timeout(0.2)
            )
        )
    assert (type(refused), type(timed_out)) == (errors.APIConnectionError, errors.APITimeoutError)
    for failure in (refused, timed_out):
        assert_caused_by_a_bare_copy(failure)
        for text in exposures(failure):
            assert api_key not in text


def report_of_a_broken_transport(
    client_for: Callable[[httpx.MockTransport], InvoiceXpressClient],
) -> tuple[str, httpx.Request]:
    """The traceback, locals included, of a transport failing in its own way (not an httpx error), and the
    request it was handed; no frame of the test (which holds the key) is in it."""
    on_the_wire: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        on_the_wire.append(request)
        raise RuntimeError("the transport broke")

    try:
        list_sequences.sync(client=client_for(httpx.MockTransport(handler)))
    except RuntimeError as error:
        return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()), on_the_wire[0]
    raise AssertionError("the call should have failed")


def test_the_request_on_the_wire_carries_the_key_but_never_shows_it(api_key: str) -> None:
    report, request = report_of_a_broken_transport(
        lambda transport: InvoiceXpressClient(api_key=api_key, account_name="acme", httpx_args={"transport": transport})
    )
    assert request.url.params["api_key"] == api_key
    assert "request = <Request('GET', 'https://acme.app.invoicexpress.com/sequences.json')>" in report
    assert api_key not in report
    assert api_key not in repr(request)


# A key with characters each encoding writes differently: a space, a slash, a plus, a percent sign.
ODD_KEY = "ixk Secret/Key+0123%abcdef0123456789"
ECHOES = [
    ODD_KEY,
    urllib.parse.quote(ODD_KEY, safe=""),
    urllib.parse.quote(ODD_KEY, safe="").lower(),
    urllib.parse.quote_plus(ODD_KEY),
    urllib.parse.quote(ODD_KEY),
]


def echoing(status: int, shape: Callable[[str], bytes]) -> Callable[[httpx.Request], httpx.Response]:
    """A server (or a proxy in front of it) that quotes the request's URL and every encoding of the key."""

    def handler(request: httpx.Request) -> httpx.Response:
        quoted = f"{request.url} " + " ".join(ECHOES)
        return httpx.Response(status, content=shape(quoted), headers={"Content-Type": "application/json"})

    return handler


def series_quoting(text: str) -> bytes:
    series = {**series_wire(seeded_account("k"))[146090], "current_quote_validation_code": text}
    return json.dumps({"sequences": [series]}).encode()


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize(
    ("status", "shape"),
    [
        pytest.param(401, lambda text: f"<html><body>Unauthorized: {text}</body></html>".encode(), id="401 page"),
        pytest.param(422, lambda text: json.dumps({"errors": {"code": "001", "message": text}}).encode(), id="422"),
        pytest.param(502, lambda text: text.encode(), id="502 proxy"),
        pytest.param(302, lambda text: text.encode(), id="302"),
        pytest.param(200, lambda text: f"<html>{text}</html>".encode(), id="200 not JSON"),
        pytest.param(200, series_quoting, id="200 with the key in a value"),
    ],
)
def test_the_servers_words_never_hand_out_the_key(
    debug_logs: pytest.LogCaptureFixture, status: int, shape: Callable[[str], bytes], strict: bool
) -> None:
    transport = httpx.MockTransport(echoing(status, shape))
    client = InvoiceXpressClient(
        account_name="acme", api_key=ODD_KEY, max_retries=0, strict=strict, httpx_args={"transport": transport}
    )
    handed_out: list[object] = []
    try:
        response = list_sequences.sync_detailed(client=client)
        handed_out += [*response.deviations, *(str(deviation) for deviation in response.deviations)]
        assert response.deviations, "the value quoting the key is a tolerated deviation"
    except errors.InvoiceXpressError as error:
        handed_out += [
            error,
            getattr(error, "content", b"").decode("utf-8", "replace"),
            *getattr(error, "deviations", ()),
        ]
        handed_out.append(getattr(error, "message", ""))
    log_lines = [record.getMessage() for record in debug_logs.records]
    for text in log_lines + exposures(*handed_out):
        for form in ECHOES:
            assert form not in text
    assert any("[api_key hidden]" in text for text in exposures(*handed_out)), "nothing was quoted: a vacuous check"


# --- The key as a token ----------------------------------------------------------------------------------------

H = "[api_key hidden]"
TOKENS = [
    # Inside a word, the key is not the key: the text is left as it is.
    pytest.param("x", "set INVOICEXPRESS_ACCOUNT_NAME", None, id="x inside a name"),
    pytest.param("x", "The sequence doesn't exist.", None, id="x inside a word"),
    pytest.param("x", "an index; a box", None, id="x ending a word"),
    pytest.param("9", "GET /sequences/999.json", None, id="9 inside a number"),
    pytest.param("x", "x-ray x_ray", None, id="- and _ are of a key's alphabet"),
    pytest.param("demo-key", "my-demo-key demo-keys", None, id="demo-key inside a longer token"),
    pytest.param("2F", "a%2F", None, id="the hex digits of an escape"),
    pytest.param("x", "&x=1", None, id="a parameter's name"),
    pytest.param("x", "%26x%3D1 %2526x%253D1", None, id="a parameter's name, encoded once and twice"),
    pytest.param("a.b", "aXb", None, id="a regex's characters are the key's own"),
    pytest.param("abc", "abc+def", H + "+def", id="+ delimits (a space in a query)"),
    # The key as a token, however it is delimited or written: hidden, and nothing around it changed.
    pytest.param("x", "GET /sequences.json?api_key=x&x=1", f"GET /sequences.json?api_key={H}&x=1", id="in a URL"),
    pytest.param("x", '{"api_key":"x"}', f'{{"api_key":"{H}"}}', id="in JSON"),
    pytest.param("x", "your key x is invalid.", f"your key {H} is invalid.", id="a word"),
    pytest.param("x", "x", H, id="a whole text (a header's value)"),
    pytest.param("x", "key: x.", f"key: {H}.", id="before a full stop"),
    pytest.param("9", "/sequences/9.json", f"/sequences/{H}.json", id="9 standing alone"),
    pytest.param("x", "é x ó", f"é {H} ó", id="between non-ASCII letters, which delimit it"),
    pytest.param("x", "?return_to=%2Fa%3Fapi_key%3Dx%26x%3D1", f"?return_to=%2Fa%3Fapi_key%3D{H}%26x%3D1",
                 id="after an escape: a URL in a URL"),
    pytest.param("x", "%253Dx%2526", f"%253D{H}%2526", id="after an escape encoded twice"),
    pytest.param("x", '"\\u003cb\\u003ex\\u003c/b\\u003e"', f'"\\u003cb\\u003e{H}\\u003c/b\\u003e"',
                 id="after a JSON \\u escape"),
    pytest.param("x", '"key:\\nx"', f'"key:\\n{H}"', id="after a JSON \\n"),
    pytest.param("x", "b'=\\x3dx'", f"b'=\\x3d{H}'", id="after a repr's \\x escape"),
    pytest.param("ab12cd", "AB12CD", H, id="hex digits in either case"),
    pytest.param("a.b", "key a.b here", f"key {H} here", id="a key with a regex's characters"),
    pytest.param("/x/", "a/x/b", f"a{H}b", id="a key whose edges delimit it needs no boundary there"),
    pytest.param("ab\\", '{"k": "ab\\\\"}', f'{{"k": "{H}"}}', id="longest form first"),
    # Every encoding of a key with characters each writes in its own way.
    pytest.param("a b/c", "a b/c|a%20b%2Fc|a%20b/c|a+b%2Fc|a b\\/c", "|".join([H] * 5),
                 id="raw, percent-encoded, as a path, as a query, JSON's slash"),
    pytest.param("a b/c", "a%2520b%252Fc|a%252Bb%25252Fc", f"{H}|{H}", id="percent-encoded twice and three times"),
    pytest.param('a"b', 'a\\"b|a\\\\\\"b', f"{H}|{H}", id="JSON-escaped once and twice"),
    pytest.param('chave/ção"', 'chave/ção"|chave/\\u00e7\\u00e3o\\"|chave/ção\\"|chave\\/\\u00e7\\u00e3o\\"',
                 "|".join([H] * 4), id="non-ASCII: as it is, JSON-escaped to ASCII or not, JSON's slash"),
    pytest.param("chave-ção", "chave-%C3%A7%C3%A3o", H, id="non-ASCII percent-encoded"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "text", "scrubbed"), TOKENS)
def test_the_key_is_hidden_as_a_token_and_nothing_around_it_changes(key: str, text: str, scrubbed: str | None) -> None:
    scrub = Scrubber(key)
    expected = text if scrubbed is None else scrubbed
    assert scrub.text(text) == expected
    assert scrub.bytes(text.encode()) == expected.encode()
    if text.isascii():  # what a header can hold
        assert scrub.headers(httpx.Headers({"Location": text}))["location"] == expected


@pytest.mark.parametrize("api_key", ["x", "9", "demo-key"])  # the fake's account's key, and the client's
def test_no_key_is_refused_for_its_length(fake_url: str, api_key: str) -> None:
    with InvoiceXpressClient(api_key=api_key, base_url=fake_url) as client:
        assert len(client.sequences.list()) > 0
