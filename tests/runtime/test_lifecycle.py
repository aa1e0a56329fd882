"""A client's life is one thing: opened by the right context manager, closed once, refusing calls once closed,
ending the calls in flight with a typed error, and releasing every connection pool it holds on every loop."""

import asyncio
import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors

KEY = "lifecycle-key-0123456789"


def answering_empty_lists(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"sequences": []})


def sync_client(**settings: object) -> InvoiceXpressClient:
    transport = httpx.MockTransport(answering_empty_lists)
    return InvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"transport": transport}, **settings)  # type: ignore[arg-type]


def async_client() -> AsyncInvoiceXpressClient:
    transport = httpx.MockTransport(answering_empty_lists)
    return AsyncInvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"transport": transport})


@pytest.mark.anyio
async def test_the_sync_client_refuses_async_with() -> None:
    client = sync_client()
    with pytest.raises(TypeError, match="InvoiceXpressClient is used with `with`"):
        async with client:
            pass
    assert client.get_httpx_client() is not None  # refused before anything was opened or closed


def test_a_client_closed_by_with_refuses_calls_and_does_not_reopen() -> None:
    with sync_client() as client:
        assert len(client.sequences.list()) == 0
    assert client.is_closed
    with pytest.raises(errors.ClientClosedError, match=r"^list_sequences: the client is closed"):
        client.sequences.list()
    with pytest.raises(errors.ClientClosedError), client:
        pass
    with pytest.raises(errors.ClientClosedError):
        client.get_httpx_client()


@pytest.mark.anyio
async def test_an_async_client_closed_refuses_calls() -> None:
    async with async_client() as client:
        assert len(await client.sequences.list()) == 0
    with pytest.raises(errors.ClientClosedError, match=r"^list_sequences: the client is closed"):
        await client.sequences.list()


class HeldServer:
    """A server on 127.0.0.1 that reads a request, says so (`received`), and answers only once `release` is
    set: a call to it stays in flight until then."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.received, self.release = threading.Event(), threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with self._socket:
            connection, _ = self._socket.accept()
            with connection:
                connection.recv(65536)
                self.received.set()
                self.release.wait(30)
                body = b'{"sequences": []}'
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                with contextlib.suppress(OSError):  # the client has gone
                    connection.sendall(head.encode() + body)


@pytest.fixture
def held() -> Iterator[HeldServer]:
    server = HeldServer()
    yield server
    server.release.set()


def test_closing_while_a_call_is_in_flight_ends_it_with_a_typed_error(held: HeldServer) -> None:
    client = InvoiceXpressClient(api_key=KEY, base_url=held.url)
    ended: list[BaseException] = []

    def call() -> None:
        try:
            client.sequences.list()
        except BaseException as error:  # whatever it is, the test says what it should be
            ended.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    assert held.received.wait(30)
    client.close()
    held.release.set()
    caller.join(30)
    [error] = ended
    assert isinstance(error, errors.ClosedInFlight)
    assert isinstance(error, errors.ClientClosedError)
    assert isinstance(error, errors.APIOutcomeUnknown)
    assert str(error) == (
        "list_sequences: GET /sequences.json: the client was closed while the request was on its way:"
        " whether the service carried it out is not known"
    )


@pytest.mark.anyio
async def test_aclose_while_a_call_is_in_flight_ends_it_with_a_typed_error(held: HeldServer) -> None:
    client = AsyncInvoiceXpressClient(api_key=KEY, base_url=held.url)
    call = asyncio.ensure_future(client.sequences.list())
    assert await asyncio.to_thread(held.received.wait, 30)
    await client.aclose()
    held.release.set()
    with pytest.raises(errors.ClosedInFlight, match="closed while the request was on its way"):
        await call


def test_a_client_closed_between_retries_sends_nothing_more(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def overloaded(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429)

    client = InvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(overloaded)}
    )
    monkeypatch.setattr("invoicexpress_client._base_client._sleep", lambda seconds: client.close())
    with pytest.raises(errors.ClientClosedError, match="closed before the request was sent") as raised:
        client.sequences.list()
    assert not isinstance(raised.value, errors.ClosedInFlight)  # a 429 did nothing: nothing is in doubt
    assert len(seen) == 1


def run_child(script: str) -> subprocess.CompletedProcess[str]:
    """`script` in a child process that shows every ResourceWarning (an unclosed socket says so when it is
    collected), with the fake on loopback as `url` and its key as `key`."""
    preamble = (
        "import asyncio, gc, threading\n"
        "from invoicexpress_client import AsyncInvoiceXpressClient, errors\n"
        "from invoicexpress_fake import create_app, seeded_account\n"
        "from invoicexpress_fake.serve import serving\n"
        "key = 'child-key-0123456789'\n"
        "with serving(create_app(seeded_account(key))) as url:\n"
    )
    body = "".join(f"    {line}\n" for line in script.strip().splitlines())
    command = [sys.executable, "-X", "tracemalloc", "-W", "always::ResourceWarning", "-c", preamble + body]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_successive_event_loops_leave_no_unclosed_connections() -> None:
    """One client under asyncio.run after asyncio.run: each loop's pool is closed as that loop shuts down,
    whether or not the client is ever closed."""
    result = run_child("""
client = AsyncInvoiceXpressClient(api_key=key, base_url=url)
print([len(asyncio.run(client.sequences.list())) for _ in range(3)])
gc.collect()
""")
    assert (result.returncode, result.stdout.strip()) == (0, "[4, 4, 4]"), result.stderr
    assert "ResourceWarning" not in result.stderr, result.stderr


def test_aclose_closes_the_pools_of_every_event_loop() -> None:
    """Two threads, each with its loop and its pool: aclose() in one closes the other's too, in its own loop,
    and the client refuses calls in both."""
    result = run_child("""
client = AsyncInvoiceXpressClient(api_key=key, base_url=url)
both = threading.Barrier(2, timeout=30)
ends = {}
async def use(closes):
    own = client.get_async_httpx_client()
    await client.sequences.list()
    both.wait()
    if closes:
        await client.aclose()
    both.wait()
    for _ in range(10_000):  # the other loop closes it when it next runs: let it
        if own.is_closed:
            break
        await asyncio.sleep(0)
    try:
        await client.sequences.list()
    except errors.ClientClosedError:
        ends[closes] = ("closed" if own.is_closed else "open", id(own))
threads = [threading.Thread(target=asyncio.run, args=(use(flag),)) for flag in (True, False)]
for thread in threads: thread.start()
for thread in threads: thread.join(30)
print(sorted(state for state, _ in ends.values()), len({pool for _, pool in ends.values()}))
gc.collect()
""")
    assert (result.returncode, result.stdout.strip()) == (0, "['closed', 'closed'] 2"), result.stderr
    assert "ResourceWarning" not in result.stderr, result.stderr
