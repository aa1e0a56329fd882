"""Serving the fake over real sockets with uvicorn: in the foreground (scripts/mock) or in a thread (tests)."""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A socket already listening, so clients can connect before the server's loop has started."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # An explicit IPPROTO_TCP: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say so, and with
    # Nagle on, a response whose headers and body go out in two writes stalls on the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def base_url(sock: socket.socket, scheme: str = "http") -> str:
    host, port = sock.getsockname()[:2]
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def _server(app: ASGIApp, tls: tuple[Path, Path] | None = None) -> uvicorn.Server:
    certificate, key = tls or (None, None)
    return uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", ssl_certfile=certificate, ssl_keyfile=key)
    )


def serve_forever(app: ASGIApp, sock: socket.socket) -> None:
    _server(app).run(sockets=[sock])


@contextmanager
def serving(app: ASGIApp, host: str = "127.0.0.1", tls: tuple[Path, Path] | None = None) -> Iterator[str]:
    """Serve `app` on a free port of `host` for the duration of the block, over HTTPS with `tls` (the files of
    a certificate and its key); yields its base URL."""
    sock = listening_socket(host)
    server = _server(app, tls)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="fake-invoicexpress", daemon=True)
    thread.start()
    try:
        yield base_url(sock, "https" if tls else "http")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
