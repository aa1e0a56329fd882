"""Reads an answer once: the status decides success or a typed error; a success body is decoded once,
checked once against its operation's schema for that status, unwrapped, and built into the typed model.

By default a body that breaks the contract only in a value's format (see `_validation`) is returned, each
deviation kept on the response and logged once per client, operation and field; `strict` raises instead.
What the models cannot be built from always raises `errors.InvalidResponse`, naming the field.
"""

import json
import logging
import math
import re
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import orjson

from . import errors
from ._operation import Answer, Operation
from ._pagination import Listed
from ._secrecy import Scrubber
from ._validation import PREVIEW_CHARS, body_check, body_proof, may_hold_floats, preview
from ._where import request_line
from .types import Deviation, Response

if TYPE_CHECKING:
    from .document_types import DocumentType

T = TypeVar("T")

logger = logging.getLogger("invoicexpress_client")

_ARRAY_INDEX = re.compile(r"\[\d+\]")


def read(
    operation: Operation[T],
    response: httpx.Response,
    content: bytes,
    *,
    strict: bool,
    logged: set[tuple[str, str]],
    scrub: Scrubber,
    resent: bool = False,
    row: "DocumentType | None" = None,
) -> Response[T]:
    """The typed answer to `operation`, given its `response` and the body read from it (`content`), or the
    typed error its status or body calls for. What an error or a log line holds of the body is scrubbed of
    the key (`scrub`): a server may quote the request's URL. A status of the operation's `done_when_resent`,
    answered to a request sent again (`resent`), is its success: the first attempt took effect. `row`: the
    document type the call was made for, whose keys an answer of its type is read under."""
    status = response.status_code
    if 200 <= status <= 299:
        parsed, deviations = _success(operation, response, content, strict, logged, scrub, row)
        return Response(status, content, response.headers, parsed, deviations)
    if resent and status in operation.done_when_resent:
        return Response(status, content, response.headers, None, ())  # type: ignore[arg-type]  # bodiless
    where = _where(response, scrub)
    if status >= 400:
        raise status_error(where, response, content, scrub)
    documented = ", ".join(operation.statuses)
    raise errors.UnexpectedStatus(
        f"{where}: {status} {phrase(status)}, not a status of this operation (documented: {documented})",
        status_code=status,
        code=None,
        message=phrase(status),
        content=scrub.bytes(content),
        headers=scrub.headers(response.headers),
    )


def _where(response: httpx.Response, scrub: Scrubber) -> str:
    """The request as messages name it: its method and its path as sent (the key travels in the query)."""
    return scrub.text(request_line(response.request))


def _success(
    operation: Operation[T],
    response: httpx.Response,
    content: bytes,
    strict: bool,
    logged: set[tuple[str, str]],
    scrub: Scrubber,
    row: "DocumentType | None" = None,
) -> tuple[T, tuple[Deviation, ...]]:
    # Any 2xx is success: a write answered 200 instead of 201 has happened, and saying otherwise would invite
    # the caller to repeat what cannot be undone. Its body is read as the documented success's.
    status = response.status_code
    key, answer = operation.answer(status)
    if answer.build is None:
        return None, ()  # type: ignore[return-value]  # a bodiless success
    listed = _listed(operation, key, answer, content, row)
    if listed is not None:
        return listed, ()  # type: ignore[return-value]  # a list: the call makes it a page
    try:
        document = _decode(content, exact=operation.exact_numbers)
    except ValueError as exc:  # orjson's JSONDecodeError is one
        raise errors.InvalidResponse(
            f"{_where(response, scrub)}: {status} with a body that is not JSON ({exc}): {_preview(content, scrub)!r}",
            status_code=status,
            content=scrub.bytes(content),
            headers=scrub.headers(response.headers),
        ) from None
    check = body_check(operation.path, operation.method, key)
    deviations: tuple[Deviation, ...] = ()
    if check is not None:
        hard, soft = (
            _scrubbed(found, scrub) for found in check.deviations(document, may_hold_floats=may_hold_floats(content))
        )
        if hard or (strict and soft):
            raise _breaks_contract(response, content, hard or soft, scrub)
        deviations = tuple(soft)
        for deviation in deviations:
            _log_once(operation, deviation, logged)
    envelope = answer.envelope
    if answer.row is not None:  # an answer of one type whatever the call (a receipt)
        from .document_types import DocumentType

        row = DocumentType(answer.row)
    if answer.envelope_from is not None and row is not None:
        envelope = getattr(row, answer.envelope_from)
    try:
        unwrapped = _unwrap(envelope, document)
        if answer.type_from is not None and row is not None:
            _check_type(unwrapped, getattr(row, answer.type_from))
        built = answer.build(unwrapped)
        return (built if answer.returns is None else getattr(built, answer.returns)), deviations
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # The quick check leaves a missing field to the model, which has just refused the body: the thorough
        # check says where. Otherwise the value the model refused is one of the tolerated deviations, if any.
        hard = _scrubbed(check.deviations(document, thorough=True)[0], scrub) if check is not None else []
        if hard:
            raise _breaks_contract(response, content, hard, scrub) from None
        where = f" at {deviations[0]}" if deviations else ""
        raise errors.InvalidResponse(
            scrub.text(
                f"{_where(response, scrub)}: {status} with a body the typed model cannot hold{where}"
                f" ({type(exc).__name__}: {exc})"
            ),
            status_code=status,
            content=scrub.bytes(content),
            deviations=deviations,
            headers=scrub.headers(response.headers),
        ) from None


def _listed(
    operation: Operation[Any], key: str, answer: Answer, content: bytes, row: "DocumentType | None"
) -> Listed[Any] | None:
    """A list's answer whose entries are built as they are read, where its body is proven to build them (see
    `_validation.Proof`); None where it is not (or the list is not one that can be): it is then read whole, the
    thorough way, which says what is wrong. Where the contract wants numbers exact, a body orjson writes back
    byte for byte is checked as orjson reads it, floats and all (jsonschema-rs checks floats several times
    faster than Decimals), and decoded exactly (in C, money as Decimal) when its first entry is read: it holds no
    number that reads otherwise as a float and as a Decimal (2**64 and up, digits a float does not keep: orjson
    writes them back otherwise), so the check holds for both. Any other body is decoded exactly first."""
    listing = operation.listing
    if listing is None or listing.entry is None or answer.build is None:
        return None
    proof = body_proof(operation.path, operation.method, key)
    if proof is None:
        return None
    try:
        document = orjson.loads(content)
        as_floats = operation.exact_numbers and orjson.dumps(document) == content
        if operation.exact_numbers and not as_floats:
            document = _decode(content, exact=True)
    except (ValueError, TypeError):  # not JSON, or not as orjson reads and writes it: the thorough way says which
        return None  # (orjson writes nested values to a depth it reads past: its JSONEncodeError is a TypeError)
    if not proof.holds(document):
        return None
    envelope = answer.envelope
    if answer.envelope_from is not None and row is not None:
        envelope = getattr(row, answer.envelope_from)
    try:
        unwrapped = _unwrap(envelope, document)
        if answer.type_from is not None and row is not None:
            _check_type(unwrapped, getattr(row, answer.type_from))
    except (KeyError, TypeError, ValueError):
        return None
    rest = {**unwrapped, listing.entries: []}
    if not as_floats:
        return Listed(answer.build(rest), listing.entries, unwrapped[listing.entries], listing.entry)

    def exact_entries() -> list[Any]:
        # Proven above as floats: the same body decoded exactly unwraps the same way.
        return _unwrap(envelope, _decode(content, exact=True))[listing.entries]  # type: ignore[no-any-return]

    return Listed(answer.build(_exact(rest)), listing.entries, unwrapped[listing.entries], listing.entry, exact_entries)


def _exact(node: Any) -> Any:
    """`node` with each float made the Decimal of its text in a body that orjson writes back byte for byte."""
    if type(node) is float:
        return Decimal(orjson.dumps(node).decode("ascii"))
    if type(node) is dict:
        return {key: _exact(value) for key, value in node.items()}
    if type(node) is list:
        return [_exact(value) for value in node]
    return node


def _scrubbed(deviations: list[Deviation], scrub: Scrubber) -> list[Deviation]:
    """The deviations with the key taken out of what they quote of the body (its values, its field names)."""
    return [
        Deviation(
            scrub.text(found.path),
            preview(scrub.text(found.message)),  # scrubbed before it is cut: a key cut in two is not found
            scrub.text(found.object_id) if isinstance(found.object_id, str) else found.object_id,
        )
        for found in deviations
    ]


def _breaks_contract(
    response: httpx.Response, content: bytes, problems: list[Deviation], scrub: Scrubber
) -> errors.InvalidResponse:
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    status = response.status_code
    return errors.InvalidResponse(
        f"{_where(response, scrub)}: {status} with a body that breaks the contract at {problems[0]}{more}",
        status_code=status,
        content=scrub.bytes(content),
        deviations=tuple(problems),
        headers=scrub.headers(response.headers),
    )


def _decode(content: bytes, *, exact: bool) -> Any:
    """The body's JSON; `exact`: its numbers with a fraction as Decimal, digit for digit (money must not pass
    through a float: `0.465612` is not the float nearest to it). NaN and Infinity are refused either way."""
    if not exact:
        return orjson.loads(content)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: {exc}") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_type(document: Any, expected: str) -> None:
    """A document of the type asked for: another type's (a credit note where an invoice was asked) is not it."""
    found = document.get("type") if isinstance(document, dict) else None
    if found != expected:
        raise ValueError(f"a document of type {found!r} where one of type {expected!r} was asked for")


def _unwrap(envelope: tuple[str, ...], document: Any) -> Any:
    if not envelope:
        return document
    for key in envelope:
        if key in document:
            return document[key]
    raise KeyError(f"none of the keys {', '.join(envelope)}")


def _log_once(operation: Operation[Any], deviation: Deviation, logged: set[tuple[str, str]]) -> None:
    field = _ARRAY_INDEX.sub("[*]", deviation.path)
    if (operation.name, field) in logged:
        return
    logged.add((operation.name, field))
    logger.warning(
        "%s: the answer breaks the contract at %s, returned anyway (strict=True refuses it); "
        "not logged again for this field: %s",
        operation.label, field, deviation,
    )  # fmt: skip


def _preview(content: bytes, scrub: Scrubber) -> str:
    # Scrubbed before it is cut: a key cut in two would no longer be recognised.
    return preview(scrub.text(content[: PREVIEW_CHARS * 8].decode("utf-8", "replace")))


def phrase(status: int) -> str:
    return HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "error"


# The keys under which the service's error bodies put their message, in the order they are looked for.
_MESSAGE_KEYS = ("message", "error", "errors", "reason")
# A Rails attribute name, as a bare `["fiscal_id", "is invalid"]` begins.
_ATTRIBUTE = re.compile(r"[a-z][a-z0-9_]*")


def error_details(node: Any, *, top: bool = True) -> tuple[str | None, str | None]:
    """The code and message of an error body, whichever of the service's shapes it has: `{"errors": {"code",
    "message"}}`, `{"errors": {"error": ...}}`, `{"errors": [...]}` of strings, of `{"error": ...}` or of
    `{"error": [...]}`; `{"error": ...}`, `{"message": ...}`, `{"reason": ...}`; a Rails error hash
    (`{"name": ["is not available."]}`, `{"base": [...]}`); a bare `["fiscal_id", "is invalid"]`; `[["..."]]`.
    Several messages are joined with "; "."""
    if isinstance(node, str):
        return None, node
    if isinstance(node, list):
        if top and len(node) == 2 and all(isinstance(item, str) for item in node) and _ATTRIBUTE.fullmatch(node[0]):
            return None, f"{node[0]} {node[1]}"  # Rails' (attribute, message)
        found = [error_details(item, top=False) for item in node]
        codes = [code for code, _ in found if code]
        messages = [message for _, message in found if message]
        return (codes[0] if codes else None), ("; ".join(messages) or None)
    if not isinstance(node, dict):
        return None, None
    raw_code = node.get("code")
    code = str(raw_code) if isinstance(raw_code, str | int) and not isinstance(raw_code, bool) else None
    inner_code = None
    for key in _MESSAGE_KEYS:
        if key in node:
            found_code, message = error_details(node[key], top=False)
            inner_code = inner_code or found_code
            if message:
                return code or inner_code, message
    if any(key in node for key in _MESSAGE_KEYS):
        return code or inner_code, None
    # A Rails error hash: each attribute with its messages ("base": the record's own).
    messages = []
    for attribute, said in node.items():
        if attribute in ("code", "status") and not isinstance(said, list):  # the service's own, not a field's
            continue
        for message in said if isinstance(said, list) else [said]:
            _, text = error_details(message, top=False)
            if text:
                messages.append(text if attribute == "base" else f"{attribute} {text}")
    return code, "; ".join(messages) or None


def status_error(where: str, response: httpx.Response, content: bytes, scrub: Scrubber) -> errors.APIStatusError:
    """The typed error of a 4xx or 5xx answer, with the service's code and message where its body has them."""
    status = response.status_code
    try:
        code, said = error_details(orjson.loads(content))
    except orjson.JSONDecodeError:  # not JSON, or nested past the parser's depth
        code, said = None, None
    if said:
        message = scrub.text(said)
    elif not content.strip():  # an empty body: what its status means says it all
        message = errors.meaning(status) or "no details in the body"
    else:
        message = "no details in the body"
    text = f"{where}: {status} {phrase(status)}: " + (f"[{code}] " if code else "") + preview(message)
    wait = retry_after(response) if status == 429 else None
    if wait is not None:
        text += f" (Retry-After: {wait:g} s)"
    details: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "message": message,
        "content": scrub.bytes(content),
        "headers": scrub.headers(response.headers),
    }
    if status == 429:
        return errors.RateLimitError(text, retry_after=wait, **details)
    if 500 <= status <= 599:
        return errors.ServerError(text, **details)
    return errors.STATUS_ERRORS.get(status, errors.APIStatusError)(text, **details)


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
