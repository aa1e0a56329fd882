"""Fetching a file whose address an operation returns (`x-download`: a document's PDF), as one call: the
operation first (its polls included), then the file, all within the call's deadline.

The file is on another host (a storage service's pre-signed address), so it is fetched by an httpx client of
its own, which is given no key (no `api_key` in the query, no header of the client's), with the client's TLS
verification and the proxy the environment names for that address. Its body is read within
`max_response_bytes`; an answer other than 200, or a body that is not a PDF, is `errors.InvalidResponse`.
"""

import time
from typing import TYPE_CHECKING, Any

import httpx

from . import errors
from ._body import ACCEPT_ENCODING, aread_body, read_body
from ._deadline import bounded
from ._operation import Operation
from ._transport import connection_error, environment_proxy
from ._version import __version__

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from .document_types import DocumentType

# What every PDF file begins with.
PDF_MAGIC = b"%PDF-"
# Redirects a storage service may answer with before the file (each to an address given no key either).
MAX_REDIRECTS = 5


def download(
    client: "BaseClient", operation: Operation[Any], parts: dict[str, Any], row: "DocumentType | None"
) -> bytes:
    """The file at the address `operation` answers with; `parts` are its request's (`request_parts`)."""
    timeout = parts["timeout"]
    seconds = client._call_seconds(operation, timeout)
    started = time.monotonic()
    address = client.call(operation, **parts, row=row).parsed  # within `seconds`: the client's, or the call's
    url, left = _address(operation, address), _left(operation, seconds, started, timeout)
    from ._deadline_transport import DeadlineTransport  # httpcore's pool, whose sockets keep the deadline

    transport = DeadlineTransport(verify=client._ssl, proxy=environment_proxy(url))
    with bounded(left, per_call=timeout is not None), httpx.Client(**_settings(transport, left)) as http:
        request = http.build_request("GET", url)
        try:
            response = http.send(request, stream=True)
            try:
                content = read_body(response, client.max_response_bytes)
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise _named(operation, connection_error(request, exc, client._scrub)) from None
        except errors.InvalidResponse as error:  # too large, or badly compressed
            raise _named(operation, error) from None
    return _file(operation, response, content)


async def adownload(
    client: "BaseClient", operation: Operation[Any], parts: dict[str, Any], row: "DocumentType | None"
) -> bytes:
    """`download`, asynchronously: the file's fetch is bounded by a cancel scope of the time left."""
    import anyio

    timeout = parts["timeout"]
    seconds = client._call_seconds(operation, timeout)
    started = time.monotonic()
    address = (await client.acall(operation, **parts, row=row)).parsed
    url, left = _address(operation, address), _left(operation, seconds, started, timeout)
    transport = httpx.AsyncHTTPTransport(verify=client._ssl, proxy=environment_proxy(url))
    failure: errors.InvoiceXpressError | None = None
    async with httpx.AsyncClient(**_settings(transport, left)) as http:
        request = http.build_request("GET", url)
        try:
            with anyio.fail_after(left):
                response = await http.send(request, stream=True)
                try:
                    content = await aread_body(response, client.max_response_bytes)
                finally:
                    await response.aclose()
        except TimeoutError:
            failure = errors.APITimeoutError(f"GET {_shown(url)}: the file did not arrive within {_whose(timeout)}"
                                             f" timeout of {seconds:g} s")  # fmt: skip
            failure.request = request
        except httpx.TransportError as exc:
            failure = connection_error(request, exc, client._scrub)
        except errors.InvalidResponse as error:
            failure = error
    if failure is not None:
        raise _named(operation, failure)
    return _file(operation, response, content)


def _settings(transport: httpx.BaseTransport | httpx.AsyncBaseTransport, left: float) -> dict[str, Any]:
    """An httpx client's settings for the file: none of the client's headers (nor its key), the time left."""
    return {
        "transport": transport,
        "headers": {
            "Accept": "application/pdf",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"invoicexpress-client/{__version__}",
        },
        "timeout": httpx.Timeout(left),
        "follow_redirects": True,
        "max_redirects": MAX_REDIRECTS,
        "trust_env": False,  # the environment's proxy for the file's address is chosen above
    }


def _address(operation: Operation[Any], address: object) -> httpx.URL:
    """The file's address, an http(s) URL."""
    try:
        url = httpx.URL(str(address))
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise errors.InvalidResponse(
            f"{operation.name}: the service gave {_shown(address)!r} as the file's address, not an http(s) URL",
            status_code=200,
            content=b"",
        )
    return url


def _left(operation: Operation[Any], seconds: float | None, started: float, timeout: float | None) -> float:
    """Seconds of the call's deadline left for the file (the operation, polls included, took the rest)."""
    if seconds is None:
        return 300.0  # (a client without a whole-call limit: httpx's own per-phase limits still apply)
    left = seconds - (time.monotonic() - started)
    if left <= 0:
        raise errors.APITimeoutError(
            f"{operation.name}: no time left within {_whose(timeout)} timeout of {seconds:g} s to fetch the file"
        )
    return left


def _whose(timeout: float | None) -> str:
    return "this call's" if timeout is not None else "the client's"


def _shown(address: object) -> str:
    """An address as messages show it: without its query, which may hold a storage service's signature."""
    return str(address).split("?")[0]


def _file(operation: Operation[Any], response: httpx.Response, content: bytes) -> bytes:
    where = f"GET {_shown(response.request.url)}"
    if response.status_code != 200:
        raise errors.InvalidResponse(
            f"{operation.name}: {where}: {response.status_code} {response.reason_phrase}, not the file",
            status_code=response.status_code,
            content=content,
            headers=response.headers,
        )
    if not content.startswith(PDF_MAGIC):
        raise errors.InvalidResponse(
            f"{operation.name}: {where}: 200 with a body that is not a PDF ({content[:16]!r})",
            status_code=200,
            content=content,
            headers=response.headers,
        )
    return content


def _named(operation: Operation[Any], error: errors.InvoiceXpressError) -> errors.InvoiceXpressError:
    error.args = (f"{operation.name}: {error}",)
    error.operation = operation.name
    error.__context__ = error.__cause__ = None
    return error


__all__ = ["adownload", "download"]
