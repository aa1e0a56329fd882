"""What both clients are (`client.py` adds the resources): one InvoiceXpress account, its key and its HTTP
settings, and the one place where a call is sent, repeated when the rate limit allows it, and read."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import math
import os
import random
import re
import ssl
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from . import errors
from ._body import ACCEPT_ENCODING, aread_body, read_body
from ._connections import Connections
from ._deadline import bounded, time_left
from ._pagination import AsyncPage, Listed, Page
from ._secrecy import Scrubber
from ._transport import AsyncKeyedTransport, KeyedTransport, Wire, connection_error, environment_proxy
from ._version import __version__
from ._where import request_line
from .types import Response, Unset

if TYPE_CHECKING:
    from . import _answer
    from ._operation import Operation
    from .document_types import DocumentType
else:

    class _OnFirstUse:
        """A module of the package imported when one of its names is first used: reading an answer needs orjson,
        jsonschema-rs and the contract, which importing the package (or making a client) should not load."""

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attribute: str) -> Any:
            return getattr(importlib.import_module(self._name, __package__), attribute)

    _answer = _OnFirstUse("._answer")

T = TypeVar("T")
E = TypeVar("E", bound=errors.InvoiceXpressError)

# Where settings not given as arguments are read from.
API_KEY_VARIABLE = "INVOICEXPRESS_API_KEY"
ACCOUNT_NAME_VARIABLE = "INVOICEXPRESS_ACCOUNT_NAME"
BASE_URL_VARIABLE = "INVOICEXPRESS_BASE_URL"
# The account's own host: the `servers` entry of the contract (a test keeps the two equal).
BASE_URL_TEMPLATE = "https://{account_name}.app.invoicexpress.com"
SERVICE_DOMAIN = "invoicexpress.com"
# httpx's own default is 5 s for everything; a list of a hundred series can take longer to build.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Unless `timeout` is given in seconds, a whole call (retries and their waits included) ends by this.
DEFAULT_CALL_TIMEOUT = 60.0
USER_AGENT = f"invoicexpress-client/{__version__}"
# An operation that is safe to repeat (its declaration's retry policy is `Retry.IDEMPOTENT`: every read, a full
# replace, a delete) and meets a dropped connection, or an answer that says the service (or a proxy in front of
# it) is overloaded or was briefly unreachable, is sent again up to `max_retries` times, after the service's
# Retry-After where it gives one (up to `max_retry_wait`), else after an exponential backoff with jitter: 1 s,
# 2 s, 4 s ... each taken between half and all of it, so that clients that failed together do not come back
# together. A keyed create is sent again only after an attempt that did nothing (a 429, a refused connection).
# Nothing else is repeated: a write whose answer was lost is settled by reading, as its declaration's `reconcile`
# says (`_reconcile.py`), never sent again blindly.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# What is not ready yet (a status of an operation's `pending`) is asked for again after 0.5 s, 1 s, 2 s, 4 s, then
# every 5 s (or after the service's Retry-After), within the call's deadline, at most this many times.
POLL_FIRST_WAIT = 0.5
POLL_MAX_WAIT = 5.0
MAX_POLLS = 60
DEFAULT_MAX_RETRY_WAIT = 60.0
RETRY_BACKOFF = 1.0
# A list of a hundred series is about 200 KB; no answer of this API needs more than a few MB.
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
# What `httpx_args` may hold: how connections are made (for the transport this client builds, or one of your
# own), and httpx.Client settings that change nothing this class checks. The rest it sets itself.
TRANSPORT_ARGS = frozenset({"transport", "mounts", "proxy", "cert", "http1", "http2", "limits", "trust_env"})
# (httpx.Client checks that `http2=True` has its package installed: given to both, it fails at construction.)
CLIENT_ARGS = frozenset({"event_hooks", "cookies", "default_encoding", "trust_env", "http2"})

logger = logging.getLogger("invoicexpress_client")
# INVOICEXPRESS_LOG=info: each call once (operation, method and path, outcome, time, attempts); =debug: each
# attempt too. The standard `logging` set-up does the same: `logging.getLogger("invoicexpress_client")`.
LOG_VARIABLE = "INVOICEXPRESS_LOG"
LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def log_from_environment() -> None:
    """Turn this package's log lines on at the level INVOICEXPRESS_LOG names, without a `logging` set-up of
    your own: on standard error, through the root logger's handlers (made by `logging.basicConfig` where there
    are none, leaving the level of every other logger as it is)."""
    named = os.environ.get(LOG_VARIABLE, "").strip()
    if not named:
        return
    level = LOG_LEVELS.get(named.lower())
    if level is None:
        logger.warning("%s=%s is not one of %s: ignored", LOG_VARIABLE, named, ", ".join(LOG_LEVELS))
        return
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    logger.setLevel(level)


log_from_environment()
# Indirections the tests replace, so that no test waits for real.
_sleep = time.sleep
_random = random.random


async def _async_sleep(seconds: float) -> None:
    import anyio  # here, not at import: only async retries need it (and it serves trio as well as asyncio)

    await anyio.sleep(seconds)


class _Keep:
    """What a setting of `with_options` not given is: the copy keeps this client's."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()

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
            raise _refuse(
                f"no account: give account_name (or base_url, to reach another server), or set {ACCOUNT_NAME_VARIABLE}"
                f" (or {BASE_URL_VARIABLE})"
            )
        base_url = BASE_URL_TEMPLATE.format(account_name=account_name)
    if not isinstance(base_url, str | httpx.URL):
        raise _refuse(f"base_url must be a URL string, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
        url.host  # noqa: B018  # decoded on first reading: idna's errors, for a host like xn--zz, come here
    except (httpx.InvalidURL, ValueError) as exc:
        raise _refuse(f"base_url {base_url!r} is not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise _refuse(f"base_url {base_url!r} is not an http or https URL")
    try:
        url.raw_host.decode("ascii").encode("idna")  # what the resolver will be asked: no empty or long label
    except UnicodeError as exc:
        raise _refuse(f"base_url {base_url!r} has a host no resolver takes ({exc})") from None
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
    """What httpx takes: a CA bundle or folder becomes a context (httpx 0.28 deprecates paths), made now so that
    a missing or unreadable one is refused at construction."""
    if not isinstance(verify_ssl, str):
        return verify_ssl
    try:
        if os.path.isdir(verify_ssl):
            return ssl.create_default_context(capath=verify_ssl)
        return ssl.create_default_context(cafile=verify_ssl)
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise _refuse(f"verify_ssl {verify_ssl!r} is not a readable CA bundle or folder ({exc})") from None


# Longer than any call should take; past it, some platforms cannot even set the socket timeout.
MAX_TIMEOUT = 24 * 3600.0


def _timeout_setting(timeout: object) -> tuple[httpx.Timeout, float | None]:
    """(httpx's limits for each connect, read and write; the whole call's) for a `timeout` setting: seconds
    bound the whole call, and each phase within it; an httpx.Timeout sets the phases alone, as in httpx;
    None, the defaults."""
    if timeout is None:
        return DEFAULT_TIMEOUT, DEFAULT_CALL_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        if all(limit is None or _seconds(limit) for limit in timeout.as_dict().values()):
            return timeout, None
    elif isinstance(timeout, int | float) and _seconds(timeout):
        return httpx.Timeout(float(timeout)), float(timeout)
    raise _refuse(
        f"timeout must be seconds (a number above 0, at most {MAX_TIMEOUT:.0f}) or an httpx.Timeout of such,"
        f" not {timeout!r}"
    )


def _seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= MAX_TIMEOUT


def _encodable(text: str) -> bool:
    """Whether `text` can be sent: a lone surrogate (what os.environ gives for undecodable bytes) cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class BaseClient:
    """One InvoiceXpress account, its key and its HTTP settings: what `InvoiceXpressClient` and
    `AsyncInvoiceXpressClient` share (they add the resources, `client.sequences`), and what the operation
    modules of `invoicexpress_client.api` take as `client=`.

    Requests go to `https://{account_name}.app.invoicexpress.com` with the key in the `api_key` query
    parameter, added below httpx (by the transport) so that it never appears in httpx's log lines, in the
    request kept on a response or an exception, or in this object's repr. Redirects are not followed (the
    service documents none, and following one would send the key along).

    Settings not given are read from the environment: `INVOICEXPRESS_API_KEY`, `INVOICEXPRESS_ACCOUNT_NAME`
    and `INVOICEXPRESS_BASE_URL`. An argument always wins over its variable.

    Args:
        account_name: The account's name, as in its InvoiceXpress address (else `INVOICEXPRESS_ACCOUNT_NAME`).
        api_key: The account's API key (else `INVOICEXPRESS_API_KEY`).
        base_url: Another address to send requests to (a test server, a recording proxy); it replaces the one
            derived from `account_name` (else `INVOICEXPRESS_BASE_URL`, where set). The real service is
            reached over HTTPS only.
        timeout: Seconds for the whole call: connect, send, wait, read, and every retry and wait between them
            (a server that drips its answer a byte at a time is cut off at it), `errors.APITimeoutError` when
            it passes. Unless given, a call ends by 60 s, each connect by 10 s and each read or write by 30 s.
            An `httpx.Timeout` sets only the limits of each connect, read and write, as in httpx. Operations
            also take a `timeout` of their own, in seconds, for one call.
        headers: Headers added to every request.
        verify_ssl: TLS verification: `True`, the path of a CA bundle or folder, or an `ssl.SSLContext`. It
            cannot be turned off for the real service (`False`, or a context that checks nothing): the key
            travels in every request's URL.
        max_retries: How many times a GET is sent again after a dropped connection or an answer 429, 502, 503
            or 504: after the service's Retry-After, else after 1 s, 2 s, 4 s ... with jitter. Writes are never
            repeated blindly: one whose answer was lost is settled by reading it back as its declaration says
            (a document created is looked up by its `proprietary_uid`), else `errors.APIOutcomeUnknown`. 0 turns
            retries off.
        max_retry_wait: The longest Retry-After waited for (60 s unless given); a longer one is the caller's.
        max_response_bytes: The most an answer's body may hold, counted after decompression as it is read
            (10 MiB unless given); past it, `errors.ResponseTooLarge`.
        strict: Refuse (`errors.InvalidResponse`) an answer that breaks the contract in any way. By default
            one that breaks it only in a value's format (a pattern, a length, a range, an enum value) is
            returned, each deviation logged once as a warning and kept on the detailed response.
        httpx_args: How connections are made (`transport`, `mounts`, `proxy`, `cert`, `http1`, `http2`,
            `limits`, `trust_env`) and `event_hooks`, `cookies`, `default_encoding`; the rest of httpx's
            settings are this class's own.

    Every operation returns its success type or raises a subclass of `errors.InvoiceXpressError`:
    `errors.APIStatusError` subclasses for 4xx and 5xx answers, `errors.UnexpectedStatus` for a status that is
    neither success nor error, `errors.InvalidResponse` for a body the typed model cannot be built from, and
    `errors.APIConnectionError` (`errors.APITimeoutError`) when the service cannot be reached, and
    `errors.InvalidArgument` for an argument that cannot be sent. Unusable settings are refused here, with
    `errors.ClientConfigurationError`.

    One client may serve several threads; its async side keeps an httpx.AsyncClient per event loop.
    """

    # Plain slots, not attrs: importing the package should cost little more than importing httpx.
    __slots__ = (
        "_api_key", "_base_url", "_call_timeout", "_closed", "_connections", "_headers", "_httpx_args", "_logged",
        "_owns_connections", "_phases", "_proxy", "_scrub", "_ssl", "_timeout", "_url", "_verify_ssl",
        "account_name", "max_response_bytes", "max_retries", "max_retry_wait", "strict",
    )  # fmt: skip
    # What the repr shows (the key never), in this order.
    _SHOWN = ("account_name", "_base_url", "_timeout", "_headers", "_verify_ssl", "max_retries", "max_retry_wait",
              "strict", "max_response_bytes")  # fmt: skip

    account_name: str | None
    _api_key: str
    _base_url: str | None
    _timeout: httpx.Timeout | float | None
    _phases: httpx.Timeout
    _call_timeout: float | None
    _headers: dict[str, str]
    _verify_ssl: str | bool | ssl.SSLContext
    max_retries: int
    max_retry_wait: float
    strict: bool
    max_response_bytes: int
    _httpx_args: dict[str, Any]
    _url: httpx.URL
    _ssl: bool | ssl.SSLContext
    _proxy: Any
    # The pools it sends through: its own, or (a copy made by with_options) those of the client it came from.
    _connections: Connections
    _owns_connections: bool
    _closed: bool  # by its own close(): a copy's closing leaves the pools it borrows open
    # (operation, field) of the deviations already logged: each is logged once.
    _logged: set[tuple[str, str]]
    _scrub: Scrubber

    def __init__(
        self,
        *,
        account_name: str | None = None,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: httpx.Timeout | float | None = None,
        headers: dict[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        max_retries: int = 2,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        strict: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        # Written by hand, not by attrs: the key is kept on self (whose repr leaves it out) and dropped from
        # the locals before any setting is checked, so that no refusal's traceback shows it.
        self._api_key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)  # type: ignore[assignment]
        del api_key
        if account_name is None and base_url is None:
            account_name = os.environ.get(ACCOUNT_NAME_VARIABLE) or None
            base_url = os.environ.get(BASE_URL_VARIABLE) or None
        self.account_name, self.max_retries, self.max_retry_wait = account_name, max_retries, max_retry_wait
        self.strict, self.max_response_bytes = strict, max_response_bytes
        self._base_url = str(base_url) if isinstance(base_url, httpx.URL) else base_url
        del base_url  # it may quote the key: not among the locals of a refusal's traceback
        self._headers = headers if headers is not None else {}
        self._verify_ssl = verify_ssl
        self._httpx_args = httpx_args if httpx_args is not None else {}
        self._connections = Connections(self._make_httpx_client)
        self._owns_connections, self._closed, self._logged = True, False, set()
        self._timeout = None  # until the one given is checked: the repr shows it
        failure = None
        try:
            self._check_settings(timeout)
        except errors.ClientConfigurationError as refusal:
            failure = _bare(refusal)  # it says what was wrong; what it was raised in handling may hold the key
        if failure is not None:
            raise failure

    def _check_settings(self, timeout: object) -> None:
        """Every setting checked now, so that a bad one is a ClientConfigurationError at construction rather
        than an error of some other library's at the first call."""
        # self._api_key, never a local of its own: the locals of this frame are in a refusal's traceback.
        if self._api_key is None:
            raise _refuse(f"no API key: give api_key, or set {API_KEY_VARIABLE}")
        if not isinstance(self._api_key, str) or not self._api_key.strip():
            raise _refuse(f"api_key (or {API_KEY_VARIABLE}) must be the account's API key, a non-empty string")
        if not _encodable(self._api_key) or not self._api_key.isprintable():
            raise _refuse("api_key holds characters no URL can carry (undecodable bytes, control characters)")
        self._scrub = Scrubber(self._api_key)
        try:
            self._url = _checked_base_url(self.account_name, self._base_url, self._verify_ssl)
        except errors.ClientConfigurationError as refusal:  # base_url may have been given the key too
            raise _refuse(self._scrub.text(str(refusal))) from None
        self._phases, self._call_timeout = _timeout_setting(timeout)
        self._timeout = timeout  # type: ignore[assignment]  # checked just above
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise _refuse("max_retries must be a whole number, 0 or more")
        wait = self.max_retry_wait
        if not isinstance(wait, int | float) or isinstance(wait, bool) or not 0 <= wait <= 3600:
            raise _refuse("max_retry_wait must be seconds, from 0 to 3600")
        size = self.max_response_bytes
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise _refuse("max_response_bytes must be a whole number of bytes, 1 or more")
        if not isinstance(self.strict, bool):
            raise _refuse("strict must be True or False")
        if not isinstance(self._headers, dict) or not all(
            isinstance(name, str) and isinstance(value, str) and _encodable(name + value)
            for name, value in self._headers.items()
        ):
            raise _refuse("headers must be a dict of header names and values, strings")
        if not isinstance(self._verify_ssl, bool | str | ssl.SSLContext):
            raise _refuse("verify_ssl must be True, False, a CA bundle path or an ssl.SSLContext")
        self._ssl = _ssl_setting(self._verify_ssl)
        self._check_httpx_args()

    def _check_httpx_args(self) -> None:
        args = self._httpx_args
        if not isinstance(args, dict):
            raise _refuse("httpx_args must be a dict of httpx settings")
        if refused := sorted(set(args) - TRANSPORT_ARGS - CLIENT_ARGS):
            raise _refuse(
                f"httpx_args cannot set {', '.join(refused)}: use InvoiceXpressClient's own settings"
                f" (httpx_args takes {', '.join(sorted(TRANSPORT_ARGS | CLIENT_ARGS))})"
            )
        transport = args.get("transport")
        if transport is not None and not isinstance(transport, httpx.BaseTransport | httpx.AsyncBaseTransport):
            raise _refuse("httpx_args transport must be an httpx transport")
        mounts = args.get("mounts", {})
        if not isinstance(mounts, dict) or not all(
            isinstance(pattern, str)
            and (mounted is None or isinstance(mounted, httpx.BaseTransport | httpx.AsyncBaseTransport))
            for pattern, mounted in mounts.items()
        ):
            raise _refuse("httpx_args mounts must map URL patterns to httpx transports")
        if "limits" in args and not isinstance(args["limits"], httpx.Limits):
            raise _refuse("httpx_args limits must be an httpx.Limits")
        if args.get("http2") and importlib.util.find_spec("h2") is None:
            raise _refuse("http2=True needs the h2 package, which is not installed (pip install httpx[http2])")
        # The proxy: the one given, else (without a transport of your own) the one the environment names.
        given = args.get("proxy")
        from_environment = transport is None and given is None and args.get("trust_env", True)
        proxy = environment_proxy(self._url) if from_environment else given
        if proxy is not None:
            where = "httpx_args proxy" if given is not None else "the environment's proxy for this host"
            try:
                scheme = httpx.Proxy(proxy).url.scheme
            except (TypeError, ValueError) as exc:
                raise _refuse(f"{where} is not a proxy URL httpx can use ({exc})") from None
            if scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
                raise _refuse(f"{where} is a SOCKS proxy, which needs the socksio package (pip install httpx[socks])")
        self._proxy = proxy

    @property
    def base_url(self) -> httpx.URL:
        """Where requests go: `base_url` if given, else the account's own host."""
        return self._url

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name, None)!r}" for name in self._SHOWN)
        scrub = getattr(self, "_scrub", None)  # a base_url may quote the key
        return f"{type(self).__name__}({scrub.text(shown) if scrub is not None else shown})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | _Keep | None = KEEP,
        headers: dict[str, str] | _Keep = KEEP,
        verify_ssl: str | bool | ssl.SSLContext | _Keep = KEEP,
        max_retries: int | _Keep = KEEP,
        max_retry_wait: float | _Keep = KEEP,
        strict: bool | _Keep = KEEP,
        max_response_bytes: int | _Keep = KEEP,
        httpx_args: dict[str, Any] | _Keep = KEEP,
    ) -> Self:
        """A new client like this one, but for the settings given (as `__init__` takes them; `headers` are
        added to this client's). The key, the account and the base URL stay: another account is another client.

        The copy sends through this client's connection pools, unless it changes how connections are made
        (`verify_ssl`, `httpx_args`): then it has pools of its own. Closing the copy leaves borrowed pools open;
        closing this client closes them, and the copy refuses calls from then on (`errors.ClientClosedError`).
        """
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("timeout", timeout), ("verify_ssl", verify_ssl), ("max_retries", max_retries),
                ("max_retry_wait", max_retry_wait), ("strict", strict), ("max_response_bytes", max_response_bytes),
                ("httpx_args", httpx_args),
            )
            if not isinstance(value, _Keep)
        }  # fmt: skip
        if not isinstance(headers, _Keep):
            if not isinstance(headers, dict):
                raise _refuse("headers must be a dict of header names and values, strings")
            changes["headers"] = {**self._headers, **headers}
        settings: dict[str, Any] = {
            "account_name": self.account_name,
            "base_url": self._base_url,
            "timeout": self._timeout,
            "headers": self._headers,
            "verify_ssl": self._verify_ssl,
            "max_retries": self.max_retries,
            "max_retry_wait": self.max_retry_wait,
            "strict": self.strict,
            "max_response_bytes": self.max_response_bytes,
            "httpx_args": self._httpx_args,
        }
        copy = type(self)(api_key=self._api_key, **{**settings, **changes})
        if "verify_ssl" not in changes and "httpx_args" not in changes:
            copy._connections, copy._owns_connections = self._connections, False
        return copy

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one with other time limits: `with_options(timeout=...)`."""
        return self.with_options(timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one that also sends `headers`: `with_options(headers=...)`."""
        return self.with_options(headers=headers)

    # --- The httpx clients: made on first use, the key added by their transports -------------------------

    def _client_args(self, *, asynchronous: bool) -> dict[str, Any]:
        args = self._httpx_args
        wire = Wire(self._url, self._api_key, self._scrub)
        wrapper: Any = AsyncKeyedTransport if asynchronous else KeyedTransport
        transport = args.get("transport")
        if transport is None:
            settings = {name: args[name] for name in ("cert", "http1", "http2", "limits", "trust_env") if name in args}
            socks = self._proxy is not None and httpx.Proxy(self._proxy).url.scheme.startswith("socks")
            if asynchronous or socks:  # the async side keeps the deadline with a cancel scope
                maker: Any = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport
            else:
                from ._deadline_transport import DeadlineTransport as maker  # httpcore: loaded on first connect
            transport = maker(verify=self._ssl, proxy=self._proxy, **settings)
        mounts = {pattern: mounted and wrapper(mounted, wire) for pattern, mounted in args.get("mounts", {}).items()}
        return {
            **{name: args[name] for name in CLIENT_ARGS if name in args},
            "transport": wrapper(transport, wire),
            "mounts": mounts or None,
            "base_url": self._url,
            # This client's own headers and time limits go on each request: its copies share these pools.
            "headers": {
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,  # the codings _body inflates within the size limit
                "User-Agent": USER_AGENT,
            },
            "timeout": self._phases,
            "follow_redirects": False,
        }

    def _make_httpx_client(self, asynchronous: bool) -> Any:
        make: Any = httpx.AsyncClient if asynchronous else httpx.Client
        return _made(lambda: make(**self._client_args(asynchronous=asynchronous)))

    @property
    def is_closed(self) -> bool:
        """Whether the client refuses calls: it was closed, or the client it was copied from was."""
        return self._closed or self._connections.closed

    def _refuse_if_closed(self, name: str | None = None) -> None:
        if self.is_closed:
            whose = "" if self._closed else " it was copied from (with_options)"
            raise errors.ClientClosedError(
                f"{name + ': ' if name else ''}the client{whose} is closed and sends nothing more: make a new one"
            )

    def get_httpx_client(self) -> httpx.Client:
        """The `httpx.Client` this client sends through, made on first use."""
        self._refuse_if_closed()
        return self._connections.sync()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` this client sends through in the running event loop, made on first use."""
        self._refuse_if_closed()
        return self._connections.running_loop()

    def close(self) -> None:
        """Close the client: it refuses calls from now on, and a call in flight ends with
        `errors.ClientClosedError`. Its connections close (the async ones in their event loops), unless they
        are borrowed from the client it was copied from (`with_options`), which keeps them open."""
        self._closed = True
        if self._owns_connections:
            self._connections.close()

    async def aclose(self) -> None:
        """Close the client, as `close` does, and wait for every connection pool it holds to close: the sync
        one, and the async one of each event loop it was used in that still runs."""
        self._closed = True
        if self._owns_connections:
            await self._connections.aclose()

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

    # --- Calls: what every generated operation runs --------------------------------------------------------

    def call(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        timeout: float | None = None,
        row: DocumentType | None = None,
        reconcile: bool = True,
    ) -> Response[T]:
        """Send `operation` with these parameters and read its answer (generated operations call this), all of
        it within `timeout` seconds if given, else the client's. A list's answer is a `Page`. `row`: the document
        type of a bound resource's call (else the one its bound parameters name), whose keys its answer is read
        under. A write whose answer is lost is settled as its declaration says (`_reconcile`), unless
        `reconcile` is False."""
        self._refuse_if_closed(operation.name)
        row = row if row is not None else bound_row(operation, path, query)
        seconds = self._call_seconds(operation, timeout)
        http = self.get_httpx_client()
        request = self._request(http, operation, path, query, body, timeout)
        tries, started = _Tries(), time.monotonic()
        try:
            with bounded(seconds, per_call=timeout is not None):
                while True:
                    received = self._attempt(operation, http, request, tries)
                    wait = self._wait_before_sending_again(operation, request, received, tries)
                    if wait is None:
                        break
                    _sleep(wait)
                settled, sent = None, reconcile and self._lost(operation, path, query, body, row, request, received,
                                                               tries)  # fmt: skip
                if sent:
                    from . import _reconcile

                    settled = _reconcile.settle(self, operation, sent)
            response = settled if settled is not None else self._answer(operation, received, tries, row)
        except errors.InvoiceXpressError as error:
            _log_call(operation, request, error, started, tries)
            raise
        _log_call(operation, request, response.status_code, started, tries)
        if operation.listing is not None and not isinstance(response.parsed, Page):  # a list read back is paged

            def fetch(number: int) -> Any:
                return self.call(operation, path=path, query=_page_query(operation, query, number), body=body,
                                 timeout=timeout, row=row).parsed  # fmt: skip

            response.parsed = cast("T", _paged(Page, operation, response.parsed, query, fetch))
        return response

    def _attempt(
        self, operation: Operation[Any], http: httpx.Client, request: httpx.Request, tries: _Tries
    ) -> Received | errors.APIConnectionError:
        """One sending of `request`: its answer, or the connection error it met."""
        self._refuse_if_closed_during(operation, request, tries)
        started = time.monotonic()
        received: Received | errors.APIConnectionError
        closed = None
        try:
            received = _received(operation, http, request, self.max_response_bytes, self._scrub)
        except errors.APIConnectionError as error:
            received = error
        except RuntimeError:  # httpx's refusal to send through a pool that was closed under this call
            if not self.is_closed:
                raise
            closed = self._closed_during(operation, request, tries, sent=False)
        if closed is not None:
            raise closed
        self._after_attempt(operation, request, received, tries, started)
        return received

    async def acall(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        timeout: float | None = None,
        row: DocumentType | None = None,
        reconcile: bool = True,
    ) -> Response[T]:
        """`call`, asynchronously; the deadline is a cancel scope around the call (a cancellation from outside
        stays a cancellation). A list's answer is an `AsyncPage`."""
        self._refuse_if_closed(operation.name)
        row = row if row is not None else bound_row(operation, path, query)
        seconds = self._call_seconds(operation, timeout)
        http = self.get_async_httpx_client()
        request = self._request(http, operation, path, query, body, timeout)
        tries, started = _Tries(), time.monotonic()
        parts = (path, query, body, row, reconcile)
        try:
            if seconds is None:
                response = await self._acall(operation, http, request, tries, parts)
            else:
                import anyio  # here, not at import: only async calls need it (and it serves trio as well as asyncio)

                failure: errors.APIConnectionError | None = None
                try:
                    with bounded(seconds, per_call=timeout is not None), anyio.fail_after(seconds):
                        response = await self._acall(operation, http, request, tries, parts)
                except TimeoutError:  # this call's own scope: what it wraps raises APITimeoutError, not TimeoutError
                    whose = "this call's" if timeout is not None else "the client's"
                    failure = errors.APITimeoutError(
                        f"{request_line(request)}: no answer within {whose} timeout of {seconds:g} s"
                    )
                    if tries.maybe_done and operation.reconcile is not None:  # cut off while it was being settled
                        failure = errors.APIOutcomeUnknown(
                            f"{request_line(request)}: the request was sent and may have been carried out; {whose}"
                            f" timeout of {seconds:g} s passed before it could be settled",
                            transient=False,
                        )
                    failure.request = request
                    failure = _named(operation, failure)
                if failure is not None:
                    raise failure
        except errors.InvoiceXpressError as error:
            _log_call(operation, request, error, started, tries)
            raise
        _log_call(operation, request, response.status_code, started, tries)
        if operation.listing is not None and not isinstance(response.parsed, AsyncPage):  # a list read back is paged

            async def fetch(number: int) -> Any:
                page = await self.acall(operation, path=path, query=_page_query(operation, query, number), body=body,
                                        timeout=timeout, row=row)  # fmt: skip
                return page.parsed

            response.parsed = cast("T", _paged(AsyncPage, operation, response.parsed, query, fetch))
        return response

    async def _acall(
        self,
        operation: Operation[T],
        http: httpx.AsyncClient,
        request: httpx.Request,
        tries: _Tries,
        parts: tuple[Mapping[str, object] | None, Mapping[str, object] | None, object, DocumentType | None, bool],
    ) -> Response[T]:
        path, query, body, row, reconcile = parts
        while True:
            received = await self._aattempt(operation, http, request, tries)
            wait = self._wait_before_sending_again(operation, request, received, tries)
            if wait is None:
                sent = reconcile and self._lost(operation, path, query, body, row, request, received, tries)
                if sent:
                    from . import _reconcile

                    return await _reconcile.asettle(self, operation, sent)
                return self._answer(operation, received, tries, row)
            await _async_sleep(wait)

    async def _aattempt(
        self, operation: Operation[Any], http: httpx.AsyncClient, request: httpx.Request, tries: _Tries
    ) -> Received | errors.APIConnectionError:
        """`_attempt`, asynchronously."""
        self._refuse_if_closed_during(operation, request, tries)
        started = time.monotonic()
        received: Received | errors.APIConnectionError
        closed = None
        try:
            received = await _areceived(operation, http, request, self.max_response_bytes, self._scrub)
        except errors.APIConnectionError as error:
            received = error
        except RuntimeError:  # httpx's refusal to send through a pool that was closed under this call
            if not self.is_closed:
                raise
            closed = self._closed_during(operation, request, tries, sent=False)
        if closed is not None:
            raise closed
        self._after_attempt(operation, request, received, tries, started)
        return received

    def _after_attempt(
        self,
        operation: Operation[Any],
        request: httpx.Request,
        received: Received | errors.APIConnectionError,
        tries: _Tries,
        started: float,
    ) -> None:
        """A connection that failed because the client was closed under the call ends it; each attempt is
        logged at debug."""
        if isinstance(received, errors.APIConnectionError) and self.is_closed:
            raise self._closed_during(
                operation, request, tries, sent=isinstance(received, errors.APIOutcomeUnknown)
            ) from None
        if logger.isEnabledFor(logging.DEBUG):
            outcome = _outcome(received if isinstance(received, errors.APIConnectionError) else received.response)
            logger.debug(
                "%s: %s, attempt %d: %s in %.3f s", operation.name, request_line(request),
                tries.retries + tries.polls + 1, outcome, time.monotonic() - started,
            )  # fmt: skip

    def _refuse_if_closed_during(self, operation: Operation[Any], request: httpx.Request, tries: _Tries) -> None:
        """Before an attempt after the first: a client closed since the call began sends nothing more."""
        if (tries.retries or tries.polls) and self.is_closed:
            raise self._closed_during(operation, request, tries, sent=False)

    def _closed_during(
        self, operation: Operation[Any], request: httpx.Request, tries: _Tries, *, sent: bool
    ) -> errors.ClientClosedError:
        """The error of a call the client was closed under: `ClosedInFlight` where a request of it may have
        been carried out (this attempt's was on its way, or an earlier one's answer was lost)."""
        error: errors.ClientClosedError
        if sent or tries.maybe_done:
            error = errors.ClosedInFlight(
                f"{request_line(request)}: the client was closed while the request was on its way:"
                " whether the service carried it out is not known"
            )
        else:
            error = errors.ClientClosedError(
                f"{request_line(request)}: the client was closed before the request was sent"
            )
        error.request = request
        return _named(operation, error)

    def _lost(
        self,
        operation: Operation[Any],
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: object,
        row: DocumentType | None,
        request: httpx.Request,
        received: Received | errors.APIConnectionError,
        tries: _Tries,
    ) -> Any:
        """The write whose answer `received` lost, to settle as its declaration says (`_reconcile.Sent`), or None
        where there is nothing to settle."""
        if operation.reconcile is None:
            return None
        from . import _reconcile

        if not _reconcile.lost(operation, received):
            return None
        tries.maybe_done = True
        if isinstance(received, errors.APIConnectionError):
            return _reconcile.Sent(path or {}, query or {}, body, row, request, received)
        try:
            self._answer(operation, received, tries, row)  # a 409, 502, 503 or 504: raises its typed error
        except errors.InvoiceXpressError as error:
            return _reconcile.Sent(path or {}, query or {}, body, row, request, error)
        return None

    def _call_seconds(self, operation: Operation[Any], timeout: float | None) -> float | None:
        left = time_left()  # a call made while another is settled (`_reconcile`) ends by that one's deadline
        if left is not None and (timeout is None or not _seconds(timeout) or timeout > left):
            return max(left, 0.001)
        if timeout is None:
            return self._call_timeout
        if isinstance(timeout, int | float) and _seconds(timeout):
            return float(timeout)
        raise _named(
            operation,
            errors.InvalidArgument(
                f"timeout for this call must be seconds (a number above 0, at most {MAX_TIMEOUT:.0f}), not {timeout!r}"
            ),
        )

    def _request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation[Any],
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: object,
        timeout: float | None,
    ) -> httpx.Request:
        # A timeout for this call bounds each of its phases too; else this client's limits apply (copies that
        # share the pools have limits and headers of their own: they go on the request).
        phases = self._phases if timeout is None else httpx.Timeout(timeout)
        return _request(http, operation, path, query, body, phases, self._headers)

    def _answer(
        self,
        operation: Operation[T],
        received: Received | errors.APIConnectionError,
        tries: _Tries,
        row: DocumentType | None = None,
    ) -> Response[T]:
        """The typed answer, or the typed error raised with how many attempts were made, and without the frames
        that hold the body."""
        failure: errors.InvoiceXpressError
        if isinstance(received, errors.APIConnectionError):
            failure = _named(operation, received)
        else:
            failure_request = received.response.request
            try:
                response, content = received.response, received.content
                if response.status_code in operation.pending:
                    raise _still_pending(operation, response, tries, self._scrub)
                return _answer.read(
                    operation,
                    response,
                    content,
                    strict=self.strict,
                    logged=self._logged,
                    scrub=self._scrub,
                    resent=tries.maybe_done,
                    row=row,
                )
            except errors.InvoiceXpressError as error:
                failure = _named(operation, _bare(error), failure_request)
            del content  # the body may quote the key: not among the locals of the traceback
        if tries.retries:
            failure.args = (f"{failure} (after {tries.retries + 1} attempts)",)
        raise failure

    def _wait_before_sending_again(
        self, operation: Operation[Any], request: httpx.Request, received: Received | errors.APIConnectionError,
        tries: _Tries,
    ) -> float | None:  # fmt: skip
        """Seconds to wait before sending `request` again, or None to take `received` as the answer."""
        if not isinstance(received, errors.APIConnectionError) and received.response.status_code in operation.pending:
            wait = self._wait_before_asking_again(received.response, tries)
            if wait is not None:
                tries.polls += 1
            return wait
        wait = self._wait_before_retry(operation, request, received, tries.retries)
        if wait is not None:
            tries.retries += 1
            tries.maybe_done = tries.maybe_done or _may_have_been_done(received)
        return wait

    def _wait_before_asking_again(self, response: httpx.Response, tries: _Tries) -> float | None:
        """Seconds to wait before asking again for what the service says is not ready yet (a status of the
        operation's `pending`), or None when the call's deadline (or the most polls a call makes) would pass."""
        if tries.polls >= MAX_POLLS:
            tries.stopped = f"asked {MAX_POLLS + 1} times, the most a call asks"
            return None
        asked = _answer.retry_after(response)
        if asked is not None and asked > self.max_retry_wait:
            tries.stopped = (
                f"the service asks to wait {asked:g} s, longer than max_retry_wait ({self.max_retry_wait:g} s)"
            )
            return None
        wait = asked if asked is not None else min(POLL_FIRST_WAIT * 2**tries.polls, POLL_MAX_WAIT)
        left = time_left()
        if left is not None and wait >= left:
            tries.stopped = "the call's deadline leaves no time to ask again"
            return None
        return wait

    def _wait_before_retry(
        self,
        operation: Operation[Any],
        request: httpx.Request,
        received: Received | errors.APIConnectionError,
        retries_done: int,
    ) -> float | None:
        """Seconds to wait before sending `request` again after a failure, or None to take `received` as the
        answer: only an operation that is safe to repeat (`Retry.IDEMPOTENT`) is sent again, and a keyed one
        (`Retry.KEYED`) after an attempt that did nothing (a 429, a refused connection)."""
        keyed_again = operation.retry == "keyed" and not _may_have_been_done(received)  # Retry.KEYED
        if not (operation.retry == "idempotent" or keyed_again) or retries_done >= self.max_retries:
            return None
        if isinstance(received, errors.APIConnectionError):
            if isinstance(received, errors.APITimeoutError) or not received.transient:
                return None  # waited out once already, or no better next time
            failed, asked = str(received), None  # it names the request (without the key) and what failed
        else:
            status = received.response.status_code
            if status not in RETRY_STATUSES:
                return None
            failed = f"{request_line(request)}: {status} {HTTPStatus(status).phrase}"
            asked = _answer.retry_after(received.response)
        if asked is not None and asked > self.max_retry_wait:
            return None  # longer than the caller will wait: the error says how long the service asked
        wait = asked if asked is not None else RETRY_BACKOFF * 2**retries_done * (0.5 + _random() / 2)
        left = time_left()
        if left is not None and wait >= left:
            return None  # the call's deadline would pass before the next attempt could even start
        logger.warning(
            "%s: %s, retry %d of %d in %.1f s", operation.name, failed, retries_done + 1, self.max_retries, wait
        )
        return wait


class _Tries:
    """How many times a call was sent again: after a failure (retries), and to ask again for what was not ready
    (polls); whether an attempt before may have been carried out (its answer lost); why the polls stopped."""

    __slots__ = ("maybe_done", "polls", "retries", "stopped")

    def __init__(self) -> None:
        self.retries = 0
        self.polls = 0
        self.maybe_done = False
        self.stopped = ""


# Statuses a gateway or the service answers with when the request may have been carried out all the same.
_MAYBE_DONE_STATUSES = frozenset({502, 503, 504})


def _may_have_been_done(received: Received | errors.APIConnectionError) -> bool:
    """Whether the service may have carried out the attempt that got `received`: its connection failed after the
    request was sent, or a gateway answered for it. (A refused connection, or a 429, did nothing.)"""
    if isinstance(received, errors.APIConnectionError):
        return isinstance(received, errors.APIOutcomeUnknown)
    return received.response.status_code in _MAYBE_DONE_STATUSES


def _still_pending(
    operation: Operation[Any], response: httpx.Response, tries: _Tries, scrub: Scrubber
) -> errors.NotReadyError:
    status = response.status_code
    return errors.NotReadyError(
        scrub.text(request_line(response.request))
        + f": still {status} {_answer.phrase(status)} (not ready) after asking {tries.polls + 1} times; {tries.stopped}"
    )


def bound_row(
    operation: Operation[Any], path: Mapping[str, object] | None, query: Mapping[str, object] | None
) -> DocumentType | None:
    """The document type a call's bound parameters name (an operation function given `document_type`): the row
    of the table whose column has that value; None for an operation with none."""
    for argument in operation.arguments:
        if argument.bind is None:
            continue
        value = ((path if argument.where == "path" else query) or {}).get(argument.wire)
        values = value if isinstance(value, list) else [value]
        if len(values) != 1:
            continue  # several types asked for (a list across them): no one row
        from .document_types import DocumentType

        for member in DocumentType:
            if getattr(member, argument.bind) == values[0]:
                return member
    return None


def _page_query(operation: Operation[Any], query: Mapping[str, object] | None, number: int) -> dict[str, object]:
    assert operation.listing is not None
    assert operation.listing.page is not None
    return {**(query or {}), operation.listing.page: number}


def _paged(
    kind: type[Page[Any]] | type[AsyncPage[Any]],
    operation: Operation[Any],
    model: Any,
    query: Mapping[str, object] | None,
    fetch: Callable[[int], Any],
) -> Page[Any] | AsyncPage[Any]:
    """The page of entries an answer's model holds, able to fetch the pages after it (where the list has them);
    from a `Listed` answer, a page whose entries are built as they are read."""
    listing = operation.listing
    assert listing is not None
    query = query or {}
    shell = model.shell if isinstance(model, Listed) else model
    pagination = getattr(shell, listing.pagination) if listing.pagination else None
    number = query.get(listing.page) if listing.page else None
    size = query.get(listing.per_page) if listing.per_page else None
    return kind(
        model,
        model.entries if isinstance(model, Listed) else list(getattr(model, listing.entries)),
        pagination=None if isinstance(pagination, Unset) else pagination,
        number=number if isinstance(number, int) else 1,
        page_size=size if isinstance(size, int) else None,
        fetch=fetch if listing.page else None,
    )


def _request(
    http: httpx.Client | httpx.AsyncClient,
    operation: Operation[Any],
    path: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    body: object,
    phases: httpx.Timeout,
    headers: Mapping[str, str],
) -> httpx.Request:
    """The request for `operation`, with these time limits and headers (the client's own, on top of those its
    pools send), or InvalidArgument for an argument that cannot be sent."""
    for name, value in (path or {}).items():
        whole_number = isinstance(value, int) and not isinstance(value, bool)
        if not whole_number and (
            name in operation.integers or not (isinstance(value, str) and value and _encodable(value))
        ):
            raise errors.InvalidArgument(f"{operation.name}: {name} must be a whole number, not {value!r}")
    params: dict[str, Any] | None = None
    if query:
        params = {name: value for name, value in query.items() if value is not None and not isinstance(value, Unset)}
        for name, value in params.items():
            if name in operation.integers and (not isinstance(value, int) or isinstance(value, bool)):
                raise errors.InvalidArgument(f"{operation.name}: {name} must be a whole number, not {value!r}")
            if not _sendable_in_query(value):
                raise errors.InvalidArgument(f"{operation.name}: {name} cannot be sent in a URL: {value!r}")
    content = None
    if operation.json_content:
        headers = {**headers, "Content-Type": "application/json"}
    if body is not None:
        failure = None
        try:
            content = _json(body)
        except (TypeError, ValueError) as exc:  # bytes, NaN, a lone surrogate
            failure = errors.InvalidArgument(f"{operation.name}: the body cannot be sent as JSON ({exc})")
        if failure is not None:
            raise failure
    return http.build_request(
        operation.method, operation.url(path or {}), params=params, content=content, headers=headers or None,
        timeout=phases,
    )  # fmt: skip


def _json(body: object) -> bytes:
    """The body as compact UTF-8 JSON, a Decimal written with its digits as a number. What JSON cannot hold is
    refused: a float that is not finite (orjson would write null), bytes, a date (the codecs write dates in the
    service's own form), a string with a lone surrogate."""
    import orjson  # here, not at import: a process that never writes need not load it

    _check_finite(body)
    return orjson.dumps(body, default=_json_default, option=orjson.OPT_PASSTHROUGH_DATETIME)


def _json_default(value: object) -> object:
    from decimal import Decimal

    import orjson

    if isinstance(value, Decimal) and value.is_finite():
        return orjson.Fragment(format(value, "f"))
    raise TypeError(f"{type(value).__name__} {value!r} is not JSON serializable")


def _check_finite(value: object) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value!r} is not a JSON number")
    if isinstance(value, dict):
        for item in value.values():
            _check_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_finite(item)


def _sendable_in_query(value: object) -> bool:
    if isinstance(value, list | tuple):  # an array: each value in the query once (`type[]=A&type[]=B`)
        return all(_sendable_in_query(item) and not isinstance(item, list | tuple) for item in value)
    if isinstance(value, str):
        return _encodable(value)
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, int)


class Received:
    """An answer and its body, read. Its repr leaves the body out: it is among the locals of a traceback,
    and a server may quote the key in it."""

    __slots__ = ("content", "response")

    def __init__(self, response: httpx.Response, content: bytes) -> None:
        self.response = response
        self.content = content

    def __repr__(self) -> str:
        return f"<Received {self.response.status_code}, {len(self.content)} bytes>"


def _received(
    operation: Operation[Any], http: httpx.Client, request: httpx.Request, limit: int, scrub: Scrubber
) -> Received:
    """The answer to `request` and its body, read within `limit`, or the typed error for one that could not be
    read: cut short, stalled, badly compressed or too large."""
    response = http.send(request, stream=True)  # connection failures are typed by the transport
    failure: errors.InvoiceXpressError
    try:
        return Received(response, read_body(response, limit))
    except httpx.TransportError as exc:  # cut short or stalled (the transport types failures to connect)
        failure = connection_error(response.request, exc, scrub)
    except errors.InvalidResponse as error:  # too large or undecodable, raised among the chunks read
        error.headers = scrub.headers(response.headers)
        failure = _named(operation, _bare(error), response.request)
    finally:
        response.close()
    raise failure


async def _areceived(
    operation: Operation[Any], http: httpx.AsyncClient, request: httpx.Request, limit: int, scrub: Scrubber
) -> Received:
    response = await http.send(request, stream=True)
    failure: errors.InvoiceXpressError
    try:
        return Received(response, await aread_body(response, limit))
    except httpx.TransportError as exc:  # cut short or stalled (the transport types failures to connect)
        failure = connection_error(response.request, exc, scrub)
    except errors.InvalidResponse as error:  # too large or undecodable, raised among the chunks read
        error.headers = scrub.headers(response.headers)
        failure = _named(operation, _bare(error), response.request)
    finally:
        await response.aclose()
    raise failure


def _bare(error: errors.InvoiceXpressError) -> errors.InvoiceXpressError:
    """`error` without the frames it was raised through, nor the exception it was raised in handling: their
    locals hold the body, which may quote the key. It says itself what was wrong."""
    error.__context__ = error.__cause__ = None
    return error.with_traceback(None)


def _named(operation: Operation[Any], error: E, request: httpx.Request | None = None) -> E:
    """`error`, its message beginning with the operation that failed (the rest names the request's method and
    path), which it also holds, with the request (key-free: the key is added to the copy on the wire)."""
    error.args = (f"{operation.name}: {error}",)
    error.operation = operation.name
    if request is not None:
        error.request = request
    return error


def _outcome(received: httpx.Response | errors.InvoiceXpressError | int) -> str:
    """What an attempt or a call came to, as log lines say it: `200 OK`, `NotFoundError (404 Not Found)`."""
    if isinstance(received, httpx.Response):
        received = received.status_code
    if isinstance(received, int):
        return f"{received} {HTTPStatus(received).phrase if received in HTTPStatus._value2member_map_ else ''}".rstrip()
    status = getattr(received, "status_code", None)
    return f"{type(received).__name__} ({_outcome(status)})" if isinstance(status, int) else type(received).__name__


def _log_call(
    operation: Operation[Any],
    request: httpx.Request,
    outcome: int | errors.InvoiceXpressError,
    started: float,
    tries: _Tries,
) -> None:
    """Each call, once, at info: the operation, its method and path (never the key), what it came to, how long
    it took, and in how many attempts."""
    if logger.isEnabledFor(logging.INFO):
        attempts = tries.retries + tries.polls + 1
        logger.info(
            "%s: %s: %s in %.3f s, %d attempt%s", operation.name, request_line(request), _outcome(outcome),
            time.monotonic() - started, attempts, "" if attempts == 1 else "s",
        )  # fmt: skip


def _made(make: Any) -> Any:
    """An httpx client, or the settings error that an optional package is missing (http2=True needs h2, a
    socks5:// proxy, socksio)."""
    try:
        return make()
    except ImportError as exc:
        raise _refuse(f"these settings need a package that is not installed: {exc}") from None


__all__ = ["DEFAULT_TIMEOUT", "BaseClient"]
