"""A deadline for the whole call: `timeout=` in seconds ends a call by then, whatever the server does, with
APITimeoutError, sync and async alike; an outside cancellation stays a cancellation."""

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client import _base_client as client
from invoicexpress_client.api.sequences import list_sequences

KEY = "ixk-deadline-0123456789abcdef0123456789"
DRIP_EVERY = 0.2  # seconds between two bytes: well within any per-read timeout
# What each server sends before dripping forever: nothing (the head drips), a head (the body drips), or an
# endless run of interim answers.
OPENINGS = {
    "head": b"",
    "body": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n",
    "100 Continue": b"",
}
DRIPS = {"head": b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 1000, "body": b" " * 1000, "100 Continue": b""}


class DrippingServer:
    """On 127.0.0.1: answers every connection one byte at a time, every DRIP_EVERY seconds, for at most 20 s."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                connection.sendall(OPENINGS[self.kind])
                ends = time.monotonic() + 20
                position = 0
                while time.monotonic() < ends and not self._stop.wait(DRIP_EVERY):
                    if self.kind == "100 Continue":
                        connection.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
                    else:
                        connection.sendall(DRIPS[self.kind][position : position + 1])
                        position += 1
            except OSError:  # the client hung up: what it should do at its deadline
                return

    def close(self) -> None:
        self._stop.set()
        self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()


@pytest.fixture(params=list(OPENINGS))
def dripping(request: pytest.FixtureRequest) -> Iterator[DrippingServer]:
    server = DrippingServer(request.param)
    yield server
    server.close()


def test_a_dripping_server_is_cut_off_at_the_deadline(dripping: DrippingServer) -> None:
    started = time.monotonic()
    with (
        InvoiceXpressClient(api_key=KEY, base_url=dripping.url, timeout=1) as slow,
        pytest.raises(errors.APITimeoutError, match="within the client's timeout of 1 s"),
    ):
        list_sequences.sync(client=slow)
    assert 0.8 < time.monotonic() - started < 2.5


@pytest.mark.anyio
async def test_a_dripping_server_is_cut_off_at_the_deadline_asynchronously(dripping: DrippingServer) -> None:
    started = time.monotonic()
    async with AsyncInvoiceXpressClient(api_key=KEY, base_url=dripping.url, timeout=1) as slow:
        with pytest.raises(errors.APITimeoutError, match="within the client's timeout of 1 s"):
            await list_sequences.asyncio(client=slow)
    assert 0.8 < time.monotonic() - started < 2.5


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_timeout_for_one_call_bounds_that_call(asynchronous: bool) -> None:
    server = DrippingServer("body")
    try:
        patient = InvoiceXpressClient(api_key=KEY, base_url=server.url)  # 60 s a call, unless told

        def one_call() -> object:
            if asynchronous:
                return asyncio.run(list_sequences.asyncio(client=patient, timeout=1))
            return list_sequences.sync(client=patient, timeout=1)

        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="within this call's timeout of 1 s"):
            one_call()
        assert time.monotonic() - started < 2.5
    finally:
        server.close()


@pytest.mark.anyio
async def test_a_cancellation_from_outside_stays_one() -> None:
    server = DrippingServer("body")
    try:
        async with AsyncInvoiceXpressClient(api_key=KEY, base_url=server.url, timeout=10) as patient:
            with pytest.raises(TimeoutError) as raised:
                await asyncio.wait_for(list_sequences.asyncio(client=patient), 0.5)
        assert not isinstance(raised.value, errors.InvoiceXpressError)
    finally:
        server.close()


def test_retries_wait_only_what_the_deadline_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(client, "_sleep", waits.append)
    seen: list[httpx.Request] = []

    def overloaded(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "5"})

    hurried = InvoiceXpressClient(
        api_key=KEY, account_name="acme", timeout=2, httpx_args={"transport": httpx.MockTransport(overloaded)}
    )
    with pytest.raises(errors.ServerError):
        list_sequences.sync(client=hurried)
    assert (len(seen), waits) == (1, [])
