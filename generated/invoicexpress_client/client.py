"""The client that every operation in `api/` takes: one InvoiceXpress account, its key, and its HTTP settings."""

import asyncio
import logging
import os
import re
import ssl
import threading
import time
import weakref
from types import TracebackType
from typing import Any, Self

import anyio
import httpx
from attrs import define, evolve, field

from . import errors
from ._response_checks import (
    ResponseChecker,
    connection_error,
    read_failure,
    retry_after,
)

# The account's own host: the `servers` entry of the contract (a test keeps the two equal).
BASE_URL_TEMPLATE = "https://{account_name}.app.invoicexpress.com"
SERVICE_DOMAIN = "invoicexpress.com"
# The generator's client has no timeout at all; a request to a stalled server must end.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "invoicexpress-client/0.1.0"
# Past the account's rate limit (429), a GET is sent again up to `max_retries` times, after the service's
# Retry-After or else after 1 s, 2 s, ...; a longer Retry-After than this is not waited for.
RETRY_MAX_WAIT = 60.0
RETRY_BACKOFF = 1.0
# httpx settings this class sets itself, after checking them: in `httpx_args` they would bypass the checks.
MANAGED_HTTPX_ARGS = frozenset({"auth", "base_url", "follow_redirects", "headers", "params", "timeout", "verify"})

logger = logging.getLogger("invoicexpress_client")
# Indirections the tests replace, so that no test waits for real.
_sleep = time.sleep
_async_sleep = anyio.sleep

_ACCOUNT_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def _refuse(message: str) -> errors.ClientConfigurationError:
    return errors.ClientConfigurationError(message)


def _checked_base_url(account_name: object, base_url: object, verify_ssl: object) -> httpx.URL:
    """Where requests go, once the settings that decide it are known to be sound."""
    if account_name is not None and not (isinstance(account_name, str) and _ACCOUNT_NAME.fullmatch(account_name)):
        raise _refuse(
            f"account_name {account_name!r} is not an account name: letters, digits and inner hyphens,"
            " as in https://<account_name>.app.invoicexpress.com"
        )
    if base_url is None:
        if account_name is None:
            raise _refuse("give account_name (or base_url, to reach another server)")
        base_url = BASE_URL_TEMPLATE.format(account_name=account_name)
    if not isinstance(base_url, str | httpx.URL):
        raise _refuse(f"base_url must be a URL string, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise _refuse(f"base_url {base_url!r} is not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise _refuse(f"base_url {base_url!r} is not an http or https URL")
    if url.query or url.fragment:
        raise _refuse(f"base_url {base_url!r} has a query or fragment: give the address only")
    host = url.host.rstrip(".").lower()
    if host == SERVICE_DOMAIN or host.endswith("." + SERVICE_DOMAIN):
        if url.scheme != "https":
            raise _refuse("InvoiceXpress is reached over https only: the API key is in every request's URL")
        if not _verifies(verify_ssl):
            raise _refuse("TLS verification cannot be turned off for InvoiceXpress: the API key is in every URL")
    return url


def _verifies(verify_ssl: object) -> bool:
    """Whether a `verify_ssl` setting checks the server's certificate and name."""
    if isinstance(verify_ssl, ssl.SSLContext):
        return verify_ssl.verify_mode != ssl.CERT_NONE and verify_ssl.check_hostname
    return verify_ssl is not False


def _ssl_setting(verify_ssl: str | bool | ssl.SSLContext) -> bool | ssl.SSLContext:
    """What httpx takes: a CA bundle or folder becomes a context (httpx 0.28 deprecates paths)."""
    if not isinstance(verify_ssl, str):
        return verify_ssl
    if os.path.isdir(verify_ssl):
        return ssl.create_default_context(capath=verify_ssl)
    return ssl.create_default_context(cafile=verify_ssl)


def _timeout_setting(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(float(timeout))
    raise _refuse(f"timeout must be seconds (a positive number) or an httpx.Timeout, not {timeout!r}")


@define
class InvoiceXpressClient:
    """One InvoiceXpress account: pass it as `client=` to any operation in `invoicexpress_client.api`.

    >>> client = InvoiceXpressClient(account_name="acme", api_key=KEY)

    Requests go to `https://{account_name}.app.invoicexpress.com` with the key in the `api_key` query
    parameter, added at the last moment so that it never appears in httpx's log lines, in the request kept
    on a response or an exception, or in this object's repr. Redirects are not followed (the service
    documents none, and following one would send the key along).

    Args:
        account_name: The account's name, as in its InvoiceXpress address.
        api_key: The account's API key.
        base_url: Another address to send requests to (a fake, a recording proxy); it replaces the one
            derived from `account_name`. The real service is reached over HTTPS only.
        timeout: Seconds, or an `httpx.Timeout`; 30 s, and 10 s to connect, unless given. As in httpx, the
            limits apply to each connect, read and write, not to a whole call.
        headers: Headers added to every request.
        verify_ssl: TLS verification: `True`, the path of a CA bundle or folder, or an `ssl.SSLContext`. It
            cannot be turned off for the real service (`False`, or a context that checks nothing): the key
            travels in every request's URL.
        max_retries: How many times a GET answered 429 (the account's rate limit) is sent again, after the
            service's Retry-After (up to 60 s) or 1 s, 2 s, ... Writes are never repeated: creating or
            registering a series is one-shot. 0 turns retries off.
        httpx_args: More arguments for the `httpx.Client` and `httpx.AsyncClient` (`transport`, `proxy`,
            `limits`, `event_hooks`, ...), but none of those this class sets itself (MANAGED_HTTPX_ARGS).

    Every operation returns its success type or raises a subclass of `errors.InvoiceXpressError`:
    `errors.APIStatusError` subclasses for 4xx and 5xx answers, `errors.UnexpectedStatus` for a status the
    contract does not document, `errors.InvalidResponse` for a body that breaks the contract, and
    `errors.APIConnectionError` (`errors.APITimeoutError`) when the service cannot be reached.

    One client may serve several threads; its async side keeps an httpx.AsyncClient per event loop.
    """

    account_name: str | None = field(default=None, kw_only=True)
    _api_key: str = field(kw_only=True, alias="api_key", repr=False)
    _base_url: str | None = field(default=None, kw_only=True, alias="base_url")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=_timeout_setting)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    max_retries: int = field(default=2, kw_only=True)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _url: httpx.URL = field(init=False, repr=False, eq=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False, eq=False)
    # asyncio loop -> its client (an httpx.AsyncClient cannot outlive its loop); `None` for other libraries.
    _async_clients: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient]" = field(
        factory=weakref.WeakKeyDictionary, init=False, repr=False, eq=False
    )
    _other_async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False, eq=False)
    _lock: threading.Lock = field(factory=threading.Lock, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._api_key, str) or not self._api_key.strip():
            raise _refuse("api_key must be the account's API key, a non-empty string")
        self._url = _checked_base_url(self.account_name, self._base_url, self._verify_ssl)
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise _refuse("max_retries must be a whole number, 0 or more")
        if not isinstance(self._verify_ssl, bool | str | ssl.SSLContext):
            raise _refuse("verify_ssl must be True, False, a CA bundle path or an ssl.SSLContext")
        if managed := sorted(MANAGED_HTTPX_ARGS & set(self._httpx_args)):
            raise _refuse(f"httpx_args cannot set {', '.join(managed)}: use InvoiceXpressClient's own settings")

    @property
    def base_url(self) -> httpx.URL:
        """Where requests go: `base_url` if given, else the account's own host."""
        return self._url

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A new client like this one with other time limits."""
        return evolve(self, timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one that also sends `headers`."""
        return evolve(self, headers={**self._headers, **headers})

    def _client_args(self, check: Any) -> dict[str, Any]:
        args = dict(self._httpx_args)
        hooks = dict(args.pop("event_hooks", {}))
        hooks["response"] = [*hooks.get("response", []), check]
        return {
            **args,
            "base_url": self._url,
            "headers": {"Accept": "application/json", "User-Agent": USER_AGENT, **self._headers},
            "timeout": self._timeout,
            "verify": _ssl_setting(self._verify_ssl),
            "follow_redirects": False,
            "event_hooks": hooks,
        }

    def _wire(self) -> "_Wire":
        return _Wire(self._url, self._api_key, max_retries=self.max_retries)

    def get_httpx_client(self) -> httpx.Client:
        """The `httpx.Client` this client sends through, made on first use."""
        with self._lock:
            if self._client is None:
                check = ResponseChecker(base_path=self._url.path).check
                self._client = _made(_KeyedClient, wire=self._wire(), **self._client_args(check))
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` this client sends through in the running event loop, made on first use."""
        loop = _running_asyncio_loop()
        with self._lock:
            client = self._async_clients.get(loop) if loop else self._other_async_client
            if client is None:
                check = ResponseChecker(base_path=self._url.path).acheck
                client = _made(_KeyedAsyncClient, wire=self._wire(), **self._client_args(check))
                if loop:
                    self._async_clients[loop] = client
                else:
                    self._other_async_client = client
            return client

    def close(self) -> None:
        """Close the connections of the sync client."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the connections of the async client of the running event loop (others belong to theirs)."""
        loop = _running_asyncio_loop()
        with self._lock:
            if loop:
                client = self._async_clients.pop(loop, None)
            else:
                client, self._other_async_client = self._other_async_client, None
        if client is not None:
            await client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # another async library (trio), which has one client throughout
        return None


def _made(client_type: type[Any], **kwargs: Any) -> Any:
    """An httpx client, or the settings error that an optional package is missing (http2=True needs h2, a
    socks5:// proxy, socksio)."""
    try:
        return client_type(**kwargs)
    except ImportError as exc:
        raise _refuse(f"these settings need a package that is not installed: {exc}") from None


class _WireRequest(httpx.Request):
    """The copy of a request that goes on the wire, key included; its repr leaves the key out, for tools that
    print the locals of a traceback."""

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {str(self.url.copy_remove_param('api_key'))!r})>"


class _Wire:
    """What happens on the wire, below httpx: the copy of each request that carries the key (sent only to
    the account's origin) and the JSON content type of writes, and the repeats of a rate-limited GET."""

    def __init__(self, base_url: httpx.URL, api_key: str, *, max_retries: int) -> None:
        self._origin = (base_url.scheme, base_url.host, base_url.port)
        self._api_key = api_key
        self._max_retries = max_retries

    def __repr__(self) -> str:
        return "<_Wire>"

    def prepare(self, request: httpx.Request) -> httpx.Request:
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin:
            return request
        headers = request.headers.copy()
        if request.method in ("POST", "PUT", "PATCH"):
            # The documentation asks for it on every write, bodiless PUTs included.
            headers.setdefault("Content-Type", "application/json")
        return _WireRequest(
            request.method,
            url.copy_merge_params({"api_key": self._api_key}),
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def wait_before_retry(self, request: httpx.Request, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before sending `request` again, or None to hand `response` to the caller."""
        if response.status_code != 429 or request.method != "GET" or retries_done >= self._max_retries:
            return None
        wait = retry_after(response)
        if wait is None:
            wait = RETRY_BACKOFF * 2**retries_done
        if wait > RETRY_MAX_WAIT:
            return None
        logger.warning(
            "%s %s: 429 Too Many Requests, retry %d of %d in %.1f s",
            request.method, request.url.path, retries_done + 1, self._max_retries, wait,
        )  # fmt: skip
        return wait


# The typed connection errors are raised outside the `except` blocks, unchained: httpx's exception, and the
# frames of its traceback, hold the request that went on the wire, key included.
class _KeyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, wire: _Wire) -> None:
        self._inner = inner
        self._wire = wire

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            failure: errors.InvoiceXpressError | None = None
            try:
                response = self._inner.handle_request(self._wire.prepare(request))
            except httpx.TransportError as exc:
                failure = connection_error(request, exc)
            if failure is not None:
                raise failure
            wait = self._wire.wait_before_retry(request, response, retries_done)
            if wait is None:
                return response
            try:
                response.read()  # drained, so that the connection can be reused
            except (httpx.TransportError, httpx.DecodingError) as exc:
                failure = read_failure(response, exc)
            finally:
                response.close()
            if failure is not None:
                raise failure
            _sleep(wait)
            retries_done += 1


class _AsyncKeyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, wire: _Wire) -> None:
        self._inner = inner
        self._wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            failure: errors.InvoiceXpressError | None = None
            try:
                response = await self._inner.handle_async_request(self._wire.prepare(request))
            except httpx.TransportError as exc:
                failure = connection_error(request, exc)
            if failure is not None:
                raise failure
            wait = self._wire.wait_before_retry(request, response, retries_done)
            if wait is None:
                return response
            try:
                await response.aread()
            except (httpx.TransportError, httpx.DecodingError) as exc:
                failure = read_failure(response, exc)
            finally:
                await response.aclose()
            if failure is not None:
                raise failure
            await _async_sleep(wait)
            retries_done += 1


# httpx picks a transport per request (the pool, a mount, or an environment proxy) in `_transport_for_url`;
# wrapping its choice adds the key whichever one it is, after httpx has logged nothing yet and kept its own
# key-free request for responses and exceptions.
class _KeyedClient(httpx.Client):
    def __init__(self, *, wire: _Wire, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._wire = wire

    def _transport_for_url(self, url: httpx.URL) -> httpx.BaseTransport:
        return _KeyTransport(super()._transport_for_url(url), self._wire)


class _KeyedAsyncClient(httpx.AsyncClient):
    def __init__(self, *, wire: _Wire, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._wire = wire

    def _transport_for_url(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        return _AsyncKeyTransport(super()._transport_for_url(url), self._wire)


__all__ = ["MANAGED_HTTPX_ARGS", "InvoiceXpressClient"]
