"""A server that acts and then loses the answer: a proxy on 127.0.0.1 in front of the fake that, for the Nth
request matching a method and path, forwards it (the fake carries it out) and then drops the connection without
a byte of the answer, or answers a status of its own (a gateway's 502, 503, 504) — or loses it before forwarding
(nothing was done). Every other request goes through as it is."""

import http.client
import re
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx


@dataclass
class Loss:
    """What happens to the requests matching `method` and `path` (a regex the URL's path must match whole): the
    `nth` of them (counting from 1) and the `times - 1` after it. `act`: forwarded first (the fake carries it
    out), then `then` is run; `status`: answered with it (and `body`) instead of the fake's answer, else the
    connection is dropped."""

    method: str
    path: str
    nth: int = 1
    times: int = 1
    act: bool = True
    status: int | None = None
    body: bytes = b""
    then: Callable[[], None] | None = None
    hold: float = 0.0  # seconds it is held first (ended early when the proxy stops)
    met: int = field(default=0, init=False)  # how many matching requests it has seen

    def takes(self, method: str, path: str) -> bool:
        if method != self.method or not re.fullmatch(self.path, path):
            return False
        self.met += 1
        return self.nth <= self.met < self.nth + self.times


class _Handler(socketserver.StreamRequestHandler):
    server: "_Server"

    def handle(self) -> None:
        while True:
            line = self.rfile.readline()
            if not line.strip():
                return
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: list[tuple[str, str]] = []
            while (header := self.rfile.readline()).strip():
                name, _, value = header.decode("latin-1").partition(":")
                headers.append((name.strip(), value.strip()))
            length = int(next((value for name, value in headers if name.lower() == "content-length"), "0"))
            body = self.rfile.read(length)
            path, query = urlsplit(target).path, urlsplit(target).query
            with self.server.lock:
                self.server.seen.append((method, path))
                self.server.queries.append(query)
                loss = next((loss for loss in self.server.losses if loss.takes(method, path)), None)
            if loss is not None and loss.hold:
                self.server.stopping.wait(loss.hold)
            answer = None
            if loss is None or loss.act:
                answer = self._forward(method, target, headers, body)
                if loss is not None and loss.then is not None:
                    loss.then()
            if loss is not None:
                if loss.status is None:
                    return  # the connection closes with nothing of the answer sent
                answer = (loss.status, [("Content-Type", "application/json")], loss.body)
            assert answer is not None
            status, answer_headers, content = answer
            head = [f"HTTP/1.1 {status} {http.client.responses.get(status, '')}"]
            head += [f"{name}: {value}" for name, value in answer_headers]
            head.append(f"Content-Length: {len(content)}")
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + content)
            self.wfile.flush()

    def _forward(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        upstream = self.server.upstream
        connection = http.client.HTTPConnection(upstream.host, upstream.port, timeout=10)
        try:
            kept = {name: value for name, value in headers if name.lower() not in _HOP}
            connection.request(method, target, body=body or None, headers=kept)
            response = connection.getresponse()
            content = response.read()
            passed = [(name, value) for name, value in response.getheaders() if name.lower() not in _HOP]
            return response.status, passed, content
        finally:
            connection.close()


# Headers of one hop, not passed along (the proxy frames each answer with its own Content-Length).
_HOP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length", "accept-encoding"}


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, upstream: str, losses: list[Loss]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = httpx.URL(upstream)
        self.losses = losses
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []
        self.queries: list[str] = []  # the query of each, key and all: for the tests' eyes only
        self.stopping = threading.Event()


@dataclass
class Proxy:
    url: str
    seen: list[tuple[str, str]]  # (method, path) of each request it was sent, in order
    queries: list[str]  # the query of each

    def count(self, method: str, path: str = ".*") -> int:
        return sum(1 for sent, at in self.seen if sent == method and re.fullmatch(path, at))


@contextmanager
def lossy(upstream: str, *losses: Loss) -> Iterator[Proxy]:
    """A proxy on a free port of 127.0.0.1 in front of `upstream`, losing what `losses` say."""
    server = _Server(upstream, list(losses))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Proxy(f"http://127.0.0.1:{server.server_address[1]}", server.seen, server.queries)
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
