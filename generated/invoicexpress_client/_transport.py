"""The API key on the wire: httpx transports that wrap the real ones and add the key to the copy of each
request that goes out, after httpx has logged the request and kept its key-free original for responses and
exceptions. They are given to httpx through its public `transport=` and `mounts=` arguments.

A transport passed to httpx turns off httpx's own reading of proxy settings from the environment, so
`environment_proxy` reads them here, for the one origin the client talks to.
"""

import ssl
from urllib.parse import urlencode

import httpx

from . import errors
from ._deadline import deadline_passed, whose_limits
from ._secrecy import Scrubber
from ._where import request_line


class WireRequest(httpx.Request):
    """The copy of a request that goes on the wire, key included; its repr shows the URL of the original,
    without the key, for tools that print the locals of a traceback."""

    shown_url: httpx.URL

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {str(self.shown_url)!r})>"


class Wire:
    """What a request becomes on the wire: the key added, only for the account's origin, never elsewhere."""

    def __init__(self, base_url: httpx.URL, api_key: str, scrub: Scrubber) -> None:
        self._origin = (base_url.scheme, base_url.host, base_url.port)
        self._key_parameter = urlencode({"api_key": api_key})
        self.scrub = scrub

    def __repr__(self) -> str:
        return "<Wire>"

    def prepare(self, request: httpx.Request) -> httpx.Request:
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin:
            return request
        # A copy of the request (httpx keeps the original, key-free, for responses and exceptions) with the
        # key appended to the URL's text: one parse, where merging the parameter would take several.
        wire = WireRequest.__new__(WireRequest)
        wire.__dict__.update(request.__dict__)
        wire.shown_url = url
        text = str(url)
        separator = "&" if url.query else "" if text.endswith("?") else "?"
        wire.url = httpx.URL(f"{text}{separator}{self._key_parameter}")
        return wire


def connection_error(request: httpx.Request, exc: httpx.TransportError, scrub: Scrubber) -> errors.APIConnectionError:
    """The typed error for a failed exchange, naming the request as every message does (its method and path,
    not the query, where the key is), quoting httpx's message without the key (a proxy's answer may quote the
    URL), and caused by a key-free copy of httpx's exception."""
    where = request_line(request)
    error: errors.APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = errors.APITimeoutError(f"{where}: {_timed_out(request, exc)} ({type(exc).__name__})")
    elif isinstance(exc, _AFTER_SENDING) and not _tls_failure(exc):
        error = errors.APIOutcomeUnknown(f"{where}: the connection failed after the request was sent"
                                         f" ({type(exc).__name__}: {scrub.text(str(exc))})")  # fmt: skip
    else:
        error = errors.APIConnectionError(
            f"{where}: could not reach {request.url.netloc.decode()} ({type(exc).__name__}: {scrub.text(str(exc))})",
            transient=not _tls_failure(exc),
        )
    error.request = request
    error.__cause__ = _key_free(exc, request, scrub)
    return error


# What each of httpx's timeouts bounds, as messages say it.
_PHASES = (
    (httpx.ConnectTimeout, "connect", "could not connect"),
    (httpx.WriteTimeout, "write", "could not send the request"),
    (httpx.PoolTimeout, "pool", "no connection was free"),
    (httpx.ReadTimeout, "read", "no answer"),
)


def _timed_out(request: httpx.Request, exc: httpx.TimeoutException) -> str:
    """What passed: the whole call's limit, or one phase's (connect, write, pool, read), and whose it is."""
    phase, failed = next(((phase, failed) for kind, phase, failed in _PHASES if isinstance(exc, kind)),
                         ("read", "no answer"))  # fmt: skip
    passed = deadline_passed()
    if passed is not None:
        return f"{failed} within {passed}"
    seconds = request.extensions.get("timeout", {}).get(phase)
    limit = f" of {seconds:g} s" if isinstance(seconds, int | float) else ""
    return f"{failed} within {whose_limits()} {phase} timeout{limit}"


def _key_free(exc: BaseException, request: httpx.Request, scrub: Scrubber) -> BaseException:
    """httpx's exception as a caller may keep it: of the same type, its message scrubbed, its request the
    key-free original, raised through no frame (the frames of the real one hold the request that went on the
    wire, key included); beneath it, the OS's or TLS's error it came from, likewise bare."""
    try:
        copy: BaseException = type(exc)(scrub.text(str(exc)), request=request)  # type: ignore[call-arg]
    except TypeError:  # a subclass of another signature
        copy = httpx.TransportError(scrub.text(str(exc)), request=request)
    root = _root_os_error(exc)
    if root is not None and scrub.text(str(root)) == str(root):
        copy.__cause__ = root.with_traceback(None)
        root.__cause__ = root.__context__ = None
    return copy


def _root_os_error(exc: BaseException) -> OSError | None:
    """The deepest OSError (ssl.SSLError is one) among the causes of `exc`."""
    found, cause = None, exc.__cause__ or exc.__context__
    for _ in range(16):  # a chain that loops back on itself stops here
        if cause is None:
            break
        if isinstance(cause, OSError):
            found = cause
        cause = cause.__cause__ or cause.__context__
    return found


# Failures once the request may have left: while it was written, or while its answer was awaited or read.
_AFTER_SENDING = (httpx.WriteError, httpx.ReadError, httpx.RemoteProtocolError)


def _tls_failure(exc: BaseException) -> bool:
    """Whether a failure comes from TLS (a certificate that does not verify, a handshake refused)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


# The typed connection errors are raised outside the `except` blocks, unchained: httpx's exception, and the
# frames of its traceback, hold the request that went on the wire, key included.
class KeyedTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, wire: Wire) -> None:
        self._inner = inner
        self._wire = wire

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        failure = None
        try:
            return self._inner.handle_request(self._wire.prepare(request))
        except httpx.TransportError as exc:
            failure = connection_error(request, exc, self._wire.scrub)
        raise failure

    def close(self) -> None:
        self._inner.close()


class AsyncKeyedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, wire: Wire) -> None:
        self._inner = inner
        self._wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        failure = None
        try:
            return await self._inner.handle_async_request(self._wire.prepare(request))
        except httpx.TransportError as exc:
            failure = connection_error(request, exc, self._wire.scrub)
        raise failure

    async def aclose(self) -> None:
        await self._inner.aclose()


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy that the environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, in either case) names
    for `url`, picked as httpx picks it for a client without a transport of its own."""
    import urllib.request  # here, not at import: only clients that reach the network need it

    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None
    for entry in (entry.strip() for entry in proxies.get("no", "").split(",")):
        if entry == "*" or (entry and _covers(_no_proxy_pattern(entry), url)):
            return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _no_proxy_pattern(entry: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of one NO_PROXY entry, as httpx turns it into a pattern: `scheme://host[:port]` as
    written; an IP address or `localhost`, that host exactly; any other name, that host and its subdomains."""
    scheme, _, where = entry.lower().rpartition("://")
    host, port = where, None
    if not where.endswith("]") and where.count(":") == 1:  # a port (an IPv6 address has several colons)
        host, _, number = where.partition(":")
        port = int(number) if number.isdigit() else -1
    host = host.strip("[]")
    if not scheme:
        scheme = "all"
        if host != "localhost" and not host.replace(".", "").isdigit() and ":" not in host:
            host = "*" + host
    return scheme, host, port


def _covers(pattern: tuple[str, str, int | None], url: httpx.URL) -> bool:
    scheme, host, port = pattern
    if scheme not in ("all", url.scheme) or (port is not None and port != url.port):
        return False
    target = url.host.lower()
    if host.startswith("*."):
        return target.endswith(host[1:])
    if host.startswith("*"):
        return target == host[1:] or target.endswith("." + host[1:])
    return not host or target == host
