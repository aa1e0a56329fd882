"""Checks every answer against the contract before the generated code reads it.

The generated models trust their input: a missing field surfaces as a KeyError from deep inside `from_dict`,
a string where an integer belongs passes through silently, and an error status parses to `None`. This module
turns each of those into a typed error from `errors` that says which operation, which status and what was
wrong. It validates against `openapi.json`, the bundled contract that `scripts/generate` copies beside it.
"""

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from http import HTTPStatus
from importlib import resources
from typing import Any
from urllib.parse import quote

import httpx
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import errors

_CONTRACT_URI = "urn:invoicexpress-client:openapi"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Long enough to show what was wrong, short enough for a log line.
_PREVIEW_CHARS = 300

_STATUS_ERRORS: dict[int, type[errors.APIStatusError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
}
# What a status means when the body does not say.
_STATUS_HINTS = {401: "the API key is missing or is not the account's key"}


@dataclass(frozen=True)
class _Operation:
    method: str
    label: str
    path: re.Pattern[str]
    pointer: str
    responses: Mapping[str, Any]


@cache
def _contract() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(resources.files(__package__).joinpath("openapi.json").read_text("utf-8"))
    return document


@cache
def _operations() -> tuple[_Operation, ...]:
    found = []
    for path, item in _contract()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in _HTTP_METHODS:
            if method in item:
                pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                found.append(
                    _Operation(method, f"{method.upper()} {path}", pattern, pointer, item[method]["responses"])
                )
    return tuple(found)


def _at(pointer: str) -> Any:
    node: Any = _contract()
    for part in pointer.split("/")[1:]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _follow_refs(pointer: str) -> str:
    """The pointer of what `pointer` designates once its local `$ref`s are followed (bundled responses are refs)."""
    while isinstance(ref := _at(pointer).get("$ref"), str) and ref.startswith("#/"):
        pointer = ref[1:]
    return pointer


def _is_integer(checker: Any, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# JSON Schema counts 1.0 as an integer; the models would then carry a float where their type says int (and a
# series id of 146090.0 makes a wrong URL). Here an integer is an integer on the wire too.
_StrictValidator = validators.extend(  # type: ignore[no-untyped-call]  # untyped in its stubs
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
)


@cache
def _validator(pointer: str) -> Any:
    registry: Registry[Any] = Registry().with_resource(_CONTRACT_URI, DRAFT202012.create_resource(_contract()))
    return _StrictValidator({"$ref": f"{_CONTRACT_URI}#{quote(pointer, safe='/~')}"}, registry=registry)


def _preview(text: str) -> str:
    return text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS] + "..."


def _error_details(node: Any) -> tuple[str | None, str | None]:
    """The code and message of an error body, whichever of the service's several shapes it has."""
    if isinstance(node, str):
        return None, node
    if isinstance(node, list):
        found = [_error_details(item) for item in node]
        codes = [code for code, _ in found if code]
        messages = [message for _, message in found if message]
        return (codes[0] if codes else None), ("; ".join(messages) or None)
    if isinstance(node, dict):
        raw_code = node.get("code")
        code = str(raw_code) if isinstance(raw_code, str | int) and not isinstance(raw_code, bool) else None
        inner_code = None
        for key in ("message", "error", "errors"):
            found_code, message = _error_details(node.get(key))
            inner_code = inner_code or found_code
            if message:
                return code or inner_code, message
        return code or inner_code, None
    return None, None


def retry_after(response: httpx.Response) -> float | None:
    """Seconds the service asks to wait (its Retry-After header, in seconds or as a date), if it says so
    in a form that can be read."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _seconds_until(value, response.headers.get("Date"))
    if seconds is None or not math.isfinite(seconds):  # "inf", "nan", "1e400"
        return None
    return max(0.0, seconds)


def _seconds_until(moment: str, date: str | None) -> float | None:
    """From the service's clock (its Date header) when it sent one, else from this machine's."""
    try:
        until = parsedate_to_datetime(moment)
        now = parsedate_to_datetime(date) if date else datetime.now(UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # A date written with "-0000" parses without a zone: it is UTC all the same.
    until, now = (value if value.tzinfo else value.replace(tzinfo=UTC) for value in (until, now))
    return (until - now).total_seconds()


def _status_error(label: str, response: httpx.Response) -> errors.APIStatusError:
    status = response.status_code
    try:
        code, said = _error_details(json.loads(response.content))
    except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
        code, said = None, None
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "error"
    message = said or _STATUS_HINTS.get(status, "no details in the body")
    text = f"{label}: {status} {reason}: " + (f"[{code}] " if code else "") + _preview(message)
    details: dict[str, Any] = {"status_code": status, "code": code, "message": message, "content": response.content}
    if status == 429:
        return errors.RateLimitError(text, retry_after=retry_after(response), **details)
    if 500 <= status <= 599:
        return errors.ServerError(text, **details)
    return _STATUS_ERRORS.get(status, errors.APIStatusError)(text, **details)


def connection_error(request: httpx.Request, exc: httpx.TransportError) -> errors.APIConnectionError:
    """The typed error for a failed exchange, naming the request without its query (where the key is)."""
    where = f"{request.method} {request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"{where}: no answer within the client's timeout ({type(exc).__name__})")
    return errors.APIConnectionError(f"{where}: could not reach the service ({type(exc).__name__}: {exc})")


def read_failure(
    response: httpx.Response, exc: httpx.TransportError | httpx.DecodingError
) -> errors.InvoiceXpressError:
    """The typed error for a body that could not be read: cut short, stalled, or badly compressed."""
    if isinstance(exc, httpx.DecodingError):
        request = response.request
        return errors.InvalidResponse(
            f"{request.method} {request.url.path}: {response.status_code} with a body that cannot be decoded ({exc})",
            status_code=response.status_code,
            content=b"",
        )
    return connection_error(response.request, exc)


# Typed errors are raised after the `except` blocks, unchained: httpx's exception, and the frames of its
# traceback, hold the request that went on the wire, key included.
class ResponseChecker:
    """An httpx response hook: reads the body, then raises the typed error for an error status or a body that
    breaks the contract."""

    def __init__(self, base_path: str) -> None:
        self._base_path = base_path.rstrip("/")

    def check(self, response: httpx.Response) -> None:
        failure = None
        try:
            response.read()
        except (httpx.TransportError, httpx.DecodingError) as exc:
            failure = read_failure(response, exc)
        if failure is not None:
            raise failure
        self._check(response)

    async def acheck(self, response: httpx.Response) -> None:
        failure = None
        try:
            await response.aread()
        except (httpx.TransportError, httpx.DecodingError) as exc:
            failure = read_failure(response, exc)
        if failure is not None:
            raise failure
        self._check(response)

    def _operation(self, request: httpx.Request) -> _Operation | None:
        path = request.url.path
        if not path.startswith(self._base_path):
            return None
        path = path[len(self._base_path) :]
        method = request.method.lower()
        return next((op for op in _operations() if op.method == method and op.path.match(path)), None)

    def _check(self, response: httpx.Response) -> None:
        request = response.request
        operation = self._operation(request)
        label = operation.label if operation else f"{request.method} {request.url.path}"
        status = response.status_code
        if status >= 400:
            raise _status_error(label, response)
        if operation is None:
            return
        key = next((key for key in (str(status), f"{status // 100}XX") if key in operation.responses), None)
        if key is None:
            return  # An undocumented status is the generated code's to report: errors.UnexpectedStatus.
        pointer = _follow_refs(f"{operation.pointer}/responses/{key}")
        if "schema" not in _at(pointer).get("content", {}).get("application/json", {}):
            return
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            raise errors.InvalidResponse(
                f"{label}: {status} with a body that is not JSON: {_preview(response.text)!r}",
                status_code=status,
                content=response.content,
            ) from None
        problem = best_match(_validator(pointer + "/content/application~1json/schema").iter_errors(body))
        if problem is not None:
            raise errors.InvalidResponse(
                f"{label}: {status} with a body that breaks the contract at {problem.json_path}: "
                + _preview(problem.message),
                status_code=status,
                content=response.content,
            )
