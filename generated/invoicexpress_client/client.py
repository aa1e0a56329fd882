"""The client that every operation in `api/` takes: one InvoiceXpress account, its key, and its HTTP settings."""

import logging
import re
import ssl
import time
from types import TracebackType
from typing import Any, Self

import anyio
import httpx
from attrs import define, evolve, field

from . import errors
from ._response_checks import ResponseChecker, retry_after

# The account's own host: the `servers` entry of the contract (a test keeps the two equal).
BASE_URL_TEMPLATE = "https://{account_name}.app.invoicexpress.com"
SERVICE_DOMAIN = ".invoicexpress.com"
# The generator's client has no timeout at all; a request to a stalled server must end.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "invoicexpress-client/0.1.0"
# Past the account's rate limit (429), a GET is sent again up to `max_retries` times, after the service's
# Retry-After or else after 1 s, 2 s, ...; a longer Retry-After than this is not waited for.
RETRY_MAX_WAIT = 60.0
RETRY_BACKOFF = 1.0

logger = logging.getLogger("invoicexpress_client")
# Indirections the tests replace, so that no test waits for real.
_sleep = time.sleep
_async_sleep = anyio.sleep

_ACCOUNT_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


@define
class InvoiceXpressClient:
    """One InvoiceXpress account: pass it as `client=` to any operation in `invoicexpress_client.api`.

    >>> client = InvoiceXpressClient(account_name="acme", api_key=KEY)

    Requests go to `https://{account_name}.app.invoicexpress.com` with the key in the `api_key` query
    parameter, added at the last moment so that it never appears in httpx's log lines, in the request kept
    on a response or an exception, or in this object's repr.

    Args:
        account_name: The account's name, as in its InvoiceXpress address.
        api_key: The account's API key.
        base_url: Another address to send requests to (a fake, a recording proxy); it replaces the one
            derived from `account_name`. The real service is reached over HTTPS only.
        timeout: Per-request limits; 30 s, and 10 s to connect, unless given.
        headers: Headers added to every request.
        verify_ssl: TLS verification: `True`, a CA bundle path or an `ssl.SSLContext`. It cannot be turned
            off for the real service: the key travels in every request's URL.
        follow_redirects: Whether to follow redirects (the key is only ever sent to `base_url`'s origin).
        max_retries: How many times a GET answered 429 (the account's rate limit) is sent again, after the
            service's Retry-After (up to 60 s) or 1 s, 2 s, ... Writes are never repeated: creating or
            registering a series is one-shot. 0 turns retries off.
        httpx_args: More arguments for the `httpx.Client` and `httpx.AsyncClient` (e.g. `transport`, `proxy`).

    Every operation returns its success type or raises a subclass of `errors.InvoiceXpressError`:
    `errors.APIStatusError` subclasses for 4xx and 5xx answers, `errors.UnexpectedStatus` for a status the
    contract does not document, `errors.InvalidResponse` for a body that breaks the contract, and
    `errors.APIConnectionError` (`errors.APITimeoutError`) when the service cannot be reached.
    """

    account_name: str | None = field(default=None, kw_only=True)
    _api_key: str = field(kw_only=True, alias="api_key", repr=False)
    _base_url: str | None = field(default=None, kw_only=True, alias="base_url")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    max_retries: int = field(default=2, kw_only=True)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._api_key, str) or not self._api_key.strip():
            raise errors.ClientConfigurationError("api_key must be the account's API key, a non-empty string")
        if self.account_name is not None and not (
            isinstance(self.account_name, str) and _ACCOUNT_NAME.match(self.account_name)
        ):
            raise errors.ClientConfigurationError(
                f"account_name {self.account_name!r} is not an account name: letters, digits and inner hyphens,"
                " as in https://<account_name>.app.invoicexpress.com"
            )
        if self._base_url is None and self.account_name is None:
            raise errors.ClientConfigurationError("give account_name (or base_url, to reach another server)")
        url = self.base_url
        if url.scheme not in ("http", "https") or not url.host:
            raise errors.ClientConfigurationError(f"base_url {url} is not an http or https URL")
        if url.host.endswith(SERVICE_DOMAIN):
            if url.scheme != "https":
                raise errors.ClientConfigurationError("InvoiceXpress is reached over https only")
            if self._verify_ssl is False:
                raise errors.ClientConfigurationError(
                    "TLS verification cannot be turned off for InvoiceXpress: the API key is in every request's URL"
                )
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise errors.ClientConfigurationError("max_retries must be a whole number, 0 or more")
        if not isinstance(self._timeout, httpx.Timeout):
            raise errors.ClientConfigurationError("timeout must be an httpx.Timeout, e.g. httpx.Timeout(10.0)")

    @property
    def base_url(self) -> httpx.URL:
        """Where requests go: `base_url` if given, else the account's own host."""
        if self._base_url is not None:
            return httpx.URL(self._base_url)
        return httpx.URL(BASE_URL_TEMPLATE.format(account_name=self.account_name))

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with other time limits."""
        return evolve(self, timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one that also sends `headers`."""
        return evolve(self, headers={**self._headers, **headers})

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": {"Accept": "application/json", "User-Agent": USER_AGENT, **self._headers},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def _checker(self) -> ResponseChecker:
        return ResponseChecker(base_path=self.base_url.path)

    def _key_adder(self) -> "_KeyAdder":
        return _KeyAdder(self.base_url, self._api_key, max_retries=self.max_retries)

    def get_httpx_client(self) -> httpx.Client:
        """The `httpx.Client` this client sends through, made on first use."""
        if self._client is None:
            args = self._client_args()
            hooks = dict(args.pop("event_hooks", {}))
            hooks["response"] = [*hooks.get("response", []), self._checker().check]
            self._client = _KeyedClient(key=self._key_adder(), event_hooks=hooks, **args)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` this client sends through, made on first use."""
        if self._async_client is None:
            args = self._client_args()
            hooks = dict(args.pop("event_hooks", {}))
            hooks["response"] = [*hooks.get("response", []), self._checker().acheck]
            self._async_client = _KeyedAsyncClient(key=self._key_adder(), event_hooks=hooks, **args)
        return self._async_client

    def close(self) -> None:
        """Close the connections of the sync client."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the connections of the async client."""
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, tb)
        self._client = None

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)
        self._async_client = None


class _KeyAdder:
    """What happens on the wire below httpx: the copy of each request that carries the key (sent only to the
    account's origin), and the repeats of a rate-limited GET."""

    def __init__(self, base_url: httpx.URL, api_key: str, *, max_retries: int) -> None:
        self._origin = (base_url.scheme, base_url.host, base_url.port)
        self._api_key = api_key
        self._max_retries = max_retries

    def __repr__(self) -> str:
        return "<_KeyAdder>"

    def to_wire(self, request: httpx.Request) -> httpx.Request:
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin:
            return request
        return httpx.Request(
            request.method,
            url.copy_merge_params({"api_key": self._api_key}),
            headers=request.headers,
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


def _connection_error(request: httpx.Request, exc: httpx.TransportError) -> errors.APIConnectionError:
    where = f"{request.method} {request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"{where}: no answer within the client's timeout ({type(exc).__name__})")
    return errors.APIConnectionError(f"{where}: could not reach the service ({type(exc).__name__}: {exc})")


class _KeyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, key: _KeyAdder) -> None:
        self._inner = inner
        self._key = key

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            try:
                response = self._inner.handle_request(self._key.to_wire(request))
            except httpx.TransportError as exc:
                raise _connection_error(request, exc) from exc
            wait = self._key.wait_before_retry(request, response, retries_done)
            if wait is None:
                return response
            response.read()  # drained, so the connection can be reused
            response.close()
            _sleep(wait)
            retries_done += 1


class _AsyncKeyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, key: _KeyAdder) -> None:
        self._inner = inner
        self._key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            try:
                response = await self._inner.handle_async_request(self._key.to_wire(request))
            except httpx.TransportError as exc:
                raise _connection_error(request, exc) from exc
            wait = self._key.wait_before_retry(request, response, retries_done)
            if wait is None:
                return response
            await response.aread()
            await response.aclose()
            await _async_sleep(wait)
            retries_done += 1


# httpx picks a transport per request (the pool, a mount, or an environment proxy) in `_transport_for_url`;
# wrapping its choice adds the key whichever one it is, after httpx has logged nothing yet and kept its own
# key-free request for responses and exceptions.
class _KeyedClient(httpx.Client):
    def __init__(self, *, key: _KeyAdder, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def _transport_for_url(self, url: httpx.URL) -> httpx.BaseTransport:
        return _KeyTransport(super()._transport_for_url(url), self._key)


class _KeyedAsyncClient(httpx.AsyncClient):
    def __init__(self, *, key: _KeyAdder, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def _transport_for_url(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        return _AsyncKeyTransport(super()._transport_for_url(url), self._key)


__all__ = ["InvoiceXpressClient"]
