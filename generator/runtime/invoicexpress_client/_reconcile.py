"""Settling a write whose answer was lost, as its declaration says (`_operation.Reconcile`, the contract's
`x-reconcile`): the connection dropped after the request was sent, or a gateway answered 502, 503 or 504, so the
service may or may not have carried it out. The write is never sent again blindly:

- a create (`look_up`) is looked for among the list its result would be in (every page), by its key: found, the
  result is read back and returned; not found, it is sent again with the same key (where `resend` allows) and
  looked for again, and a second result carrying the same key is removed (`duplicates`); an answer that the same
  write is under way (`busy`, a 409) is waited out, asking again after 0.5 s, 1 s, 2 s ... up to 5 s;
- a change (`done_*`) is read back: done, the result is returned; visibly not done, it is sent once more (where
  `resend` allows); anything else is undecidable.

What cannot be settled within the call's deadline raises `errors.APIOutcomeUnknown`, saying that the request was
sent and may have been carried out. The steps are one generator, `_plan`, free of I/O; `settle` and `asettle`
carry out what it asks, the one with the sync client's calls and the other with the async one's.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from . import errors
from ._deadline import time_left
from ._operation import Reconcile, Step
from ._where import request_line

if TYPE_CHECKING:
    import httpx

    from ._base_client import BaseClient, Received
    from ._operation import Operation
    from .document_types import DocumentType
    from .types import Response

logger = logging.getLogger("invoicexpress_client")
# Statuses a gateway answers with when the request may have been carried out all the same.
LOST_STATUSES = frozenset({502, 503, 504})
# A write is sent again at most this many times while it is being settled.
MAX_RESENDS = 3
# A write under way (`busy`) is asked about again after this long, doubling up to the most.
BUSY_FIRST_WAIT = 0.5
BUSY_MAX_WAIT = 5.0


class Sent(NamedTuple):
    """The write whose answer was lost: its parameters, body, document type, request, and the error it met (the
    connection's, or the typed error of the gateway's or the service's answer)."""

    path: Mapping[str, object]
    query: Mapping[str, object]
    body: Any
    row: DocumentType | None
    request: httpx.Request
    lost: errors.InvoiceXpressError


# What the plan asks its driver for; the driver sends back the answer, or the InvoiceXpressError met.
class Call(NamedTuple):
    """A call of another operation (a read, a removal), with these parameters."""

    operation: Operation[Any]
    path: dict[str, object]
    query: dict[str, object]
    body: Any


class Walk(NamedTuple):
    """Every entry of a page and the pages after it."""

    page: Any


class Resend(NamedTuple):
    """The write sent again, as it was (its key included), without settling it again."""


class Wait(NamedTuple):
    seconds: float


def lost(operation: Operation[Any], received: Received | errors.APIConnectionError) -> bool:
    """Whether `received` leaves the outcome of `operation` unknown, and its declaration says how to settle it:
    the connection failed after sending, a gateway answered for the service, or the same write is under way."""
    if operation.reconcile is None or isinstance(received, errors.ClientClosedError):
        return False
    declared = Reconcile.parse(operation.reconcile)
    if isinstance(received, errors.APIConnectionError):
        return isinstance(received, errors.APIOutcomeUnknown)
    status = received.response.status_code
    return status in LOST_STATUSES or status in declared.busy


def settle(client: BaseClient, operation: Operation[Any], sent: Sent) -> Response[Any]:
    """The answer of the write `sent`, settled by the sync client's calls, or APIOutcomeUnknown."""
    from . import _base_client

    plan = _plan(operation, sent)
    answer: object = None
    try:
        while True:
            action = plan.send(answer)
            answer = None
            try:
                if isinstance(action, Call):
                    answer = client.call(action.operation, path=action.path, query=action.query, body=action.body)
                elif isinstance(action, Walk):
                    answer = list(action.page.auto_paging_iter())
                elif isinstance(action, Resend):
                    answer = client.call(operation, path=sent.path, query=sent.query, body=sent.body, row=sent.row,
                                         reconcile=False)  # fmt: skip
                else:
                    _base_client._sleep(action.seconds)
            except errors.InvoiceXpressError as error:
                answer = error
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def asettle(client: BaseClient, operation: Operation[Any], sent: Sent) -> Response[Any]:
    """`settle`, with the async client's calls."""
    from . import _base_client

    plan = _plan(operation, sent)
    answer: object = None
    try:
        while True:
            action = plan.send(answer)
            answer = None
            try:
                if isinstance(action, Call):
                    answer = await client.acall(action.operation, path=action.path, query=action.query,
                                                body=action.body)  # fmt: skip
                elif isinstance(action, Walk):
                    answer = [entry async for entry in action.page.auto_paging_iter()]
                elif isinstance(action, Resend):
                    answer = await client.acall(operation, path=sent.path, query=sent.query, body=sent.body,
                                                row=sent.row, reconcile=False)  # fmt: skip
                else:
                    await _base_client._async_sleep(action.seconds)
            except errors.InvoiceXpressError as error:
                answer = error
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


Plan = Generator[Call | Walk | Resend | Wait, Any, "Response[Any]"]


def _plan(operation: Operation[Any], sent: Sent) -> Plan:
    assert operation.reconcile is not None
    declared = Reconcile.parse(operation.reconcile)
    logger.warning(
        "%s: %s: %s; reading back whether it was carried out", operation.name, request_line(sent.request),
        _what(sent),
    )  # fmt: skip
    if declared.look_up is not None:
        return (yield from _look_up_and_resend(operation, declared, sent))
    return (yield from _read_back(operation, declared, sent))


def _look_up_and_resend(operation: Operation[Any], declared: Reconcile, sent: Sent) -> Plan:
    """A create: looked for by its key before anything else; sent again (same key) only where it is not found."""
    assert declared.look_up is not None
    keys = [(field, _value(source, sent, None)) for field, source in declared.match]
    if any(value is None for _, value in keys):
        if _busy(declared, sent.lost):
            raise sent.lost  # sent without a key, the answer is not about one: the service's, as it is
        raise _unknown(operation, sent, "it carries no key to look it up by")
    last: object = sent.lost
    resent: Response[Any] | None = None
    resends = waits = 0
    while True:
        found = yield from _entries(operation, declared.look_up, sent, None, "looking it up")
        found = [
            entry for entry in found
            if all(_same(_field(entry, field), value) for field, value in keys)
            and not any(_field(entry, field) in values for field, values in declared.skip)
        ]  # fmt: skip
        if found:
            return (yield from _first_of(operation, declared, sent, found))
        if resent is not None:
            return resent  # answered, though the list does not show it yet
        if not declared.resend:
            raise _unknown(operation, sent, f"{_looked_in(declared.look_up)} shows no result of it")
        if _busy(declared, last):
            wait = min(BUSY_FIRST_WAIT * 2**waits, BUSY_MAX_WAIT)
            _check_time(operation, sent, wait, "the same creation is still under way")
            waits, last = waits + 1, None
            yield Wait(wait)
            continue  # looked up again before it is sent again
        if resends >= MAX_RESENDS:
            raise _unknown(operation, sent, f"it was sent {resends + 1} times and no answer came back")
        _check_time(operation, sent, 0.0, "no time is left to send it again")
        last = yield Resend()
        resends += not _busy(declared, last)  # the deadline bounds the waits for one under way
        if isinstance(last, errors.InvoiceXpressError) and not _lost_or_busy(declared, last):
            raise last  # the service's answer to this write, with this key
        if not isinstance(last, errors.InvoiceXpressError):
            resent = cast("Response[Any]", last)  # checked once more for a second result with the same key


def _first_of(operation: Operation[Any], declared: Reconcile, sent: Sent, found: list[Any]) -> Plan:
    """The first result found (the lowest id), read back; the others that `duplicates` may remove, removed."""
    found.sort(key=lambda entry: _sort_key(_field(entry, "id")))
    first, *others = found
    for other in others:
        if declared.duplicates is None or _field(other, "status") not in declared.duplicates_when:
            logger.warning("%s: %s also carries its key and is left as it is", operation.name, _entry_name(other))
            continue
        removed = yield _call(declared.duplicates, sent, other)
        if isinstance(removed, errors.InvoiceXpressError):
            logger.warning("%s: %s, a second result, could not be removed: %s", operation.name, _entry_name(other),
                           removed)  # fmt: skip
    answer = yield _call(declared.read, sent, first)
    if isinstance(answer, errors.InvoiceXpressError):
        raise _unknown(operation, sent, f"{_entry_name(first)} carries its key, but reading it failed ({answer})")
    return answer  # type: ignore[no-any-return]


def _read_back(operation: Operation[Any], declared: Reconcile, sent: Sent) -> Plan:
    """A change: read back; done, its result; visibly not done, sent once more where `resend` allows."""
    resent: object = None
    while True:
        answer = yield _call(declared.read, sent, None)
        if isinstance(answer, errors.InvoiceXpressError):
            raise _unknown(operation, sent, f"reading it back failed ({answer})")
        subject = answer.parsed
        if declared.pick:
            entries = yield Walk(subject)
            if isinstance(entries, errors.InvoiceXpressError):
                raise _unknown(operation, sent, f"reading it back failed ({entries})")
            subject = next(
                (entry for entry in entries
                 if all(_same(_field(entry, field), _value(source, sent, None)) for field, source in declared.pick)),
                None,
            )  # fmt: skip
            if subject is None:
                raise _unknown(operation, sent, "reading it back did not find its subject")
        verdict = _done(declared, sent, subject)
        if verdict is True:
            return answer  # type: ignore[no-any-return]
        if resent is not None:
            if isinstance(resent, errors.InvoiceXpressError) and not _lost_or_busy(declared, resent):
                raise resent  # sent again, refused, and still not done
            raise _unknown(operation, sent, "sent once more, its answer lost too, and the read does not show it done")
        if verdict is None:
            raise _unknown(operation, sent, f"reading it back shows {_shown(declared, subject)}, which does not say")
        if not declared.resend:
            raise _unknown(operation, sent, f"reading it back shows {_shown(declared, subject)}: not done yet, or"
                                            " still being done")  # fmt: skip
        _check_time(operation, sent, 0.0, "no time is left to send it again")
        logger.warning("%s: %s: not carried out (%s): sent once more", operation.name, request_line(sent.request),
                       _shown(declared, subject))  # fmt: skip
        resent = yield Resend()
        if not isinstance(resent, errors.InvoiceXpressError):
            return cast("Response[Any]", resent)
        # Lost again, or refused (done meanwhile by the first, perhaps): read back once more.


def _done(declared: Reconcile, sent: Sent, subject: Any) -> bool | None:
    """Whether the result read back shows the write carried out (True), not carried out (False), or neither."""
    if declared.done_field is not None and declared.done_event is not None:
        event, states = _value(f"body:{declared.done_event}", sent, None), sent.row.states if sent.row else {}
        status = _field(subject, declared.done_field)
        leads_to = {target for events in states.values() for taken, target in events.items() if taken == event}
        takes = {state for state, events in states.items() if event in events}
        if status in leads_to and status not in takes:
            return True
        return False if status in takes and status not in leads_to else None
    if declared.done_set is not None:
        from .document_types import DocumentType

        fields = [declared.done_set.format(name=member.value) for member in DocumentType
                  if member.relevant_for_atcud or not declared.done_atcud]  # fmt: skip
        return any(_field(subject, field) not in (None, "", *declared.unset) for field in fields)
    return None


def _entries(
    operation: Operation[Any], step: Step, sent: Sent, entry: Any, doing: str
) -> Generator[Any, Any, list[Any]]:
    page = yield _call(step, sent, entry)
    if not isinstance(page, errors.InvoiceXpressError):
        page = yield Walk(page.parsed)
    if isinstance(page, errors.InvoiceXpressError):
        raise _unknown(operation, sent, f"{doing} failed ({page})")
    return list(page)


def _call(step: Step, sent: Sent, entry: Any) -> Call:
    module = importlib.import_module(f"{__package__}.api.{step.operation}")
    target: Operation[Any] = module.OPERATION
    arrays = {argument.wire for argument in target.arguments if argument.array}
    path = {name: _value(source, sent, entry) for name, source in step.path}
    query = {name: _value(source, sent, entry) for name, source in step.query}
    query = {name: [value] if name in arrays else value for name, value in query.items()}
    body = None
    if step.body is not None:
        root, fields = step.body
        body = {root: {name: _value(source, sent, entry) for name, source in fields}}
    return Call(target, path, query, body)


def _value(source: str, sent: Sent, entry: Any) -> Any:
    """The value `source` (`kind:name`) names, for the write `sent` and the entry found."""
    kind, _, name = source.partition(":")
    if kind == "value":
        return name
    if kind == "row":
        return getattr(sent.row, name, None)
    if kind == "path":
        return sent.path.get(name)
    if kind == "entry":
        return _field(entry, name)
    body = sent.body if isinstance(sent.body, dict) else {}
    root = next((value for value in body.values() if isinstance(value, dict)), {})
    return body.get(name, root.get(name))


def _field(entry: Any, name: str) -> Any:
    value = getattr(entry, name, None)
    if value is None:
        value = (getattr(entry, "additional_properties", None) or {}).get(name)
    return None if type(value).__name__ == "Unset" else value


def _same(found: Any, wanted: Any) -> bool:
    return found is not None and wanted is not None and str(found) == str(wanted)


def _sort_key(identifier: Any) -> tuple[int, str]:
    return (int(identifier), "") if isinstance(identifier, int) else (0, str(identifier))


def _entry_name(entry: Any) -> str:
    return f"{_field(entry, 'type') or 'entry'} {_field(entry, 'id')}"


def _shown(declared: Reconcile, subject: Any) -> str:
    if declared.done_field is not None:
        return f"{declared.done_field} {_field(subject, declared.done_field)!r}"
    return "no validation codes set" if declared.done_set else "its state"


def _looked_in(step: Step) -> str:
    return f"the list ({step.operation.rpartition('.')[2]})"


def _busy(declared: Reconcile, received: object) -> bool:
    status = getattr(getattr(received, "response", None), "status_code", None) or getattr(received, "status_code", None)
    return status in declared.busy


def _lost_or_busy(declared: Reconcile, error: errors.InvoiceXpressError) -> bool:
    status = getattr(error, "status_code", None)
    return isinstance(error, errors.APIOutcomeUnknown) or status in LOST_STATUSES or status in declared.busy


def _what(sent: Sent) -> str:
    """What the write met, as its error says it (its operation and request left out: the message names them)."""
    text, line = str(sent.lost), request_line(sent.request)
    detail = text.partition(f"{line}: ")[2] if f"{line}: " in text else text
    status = getattr(sent.lost, "status_code", None)
    if isinstance(status, int) and isinstance(sent.lost, errors.APIStatusError):
        return f"answered {detail}" if detail.startswith(str(status)) else f"answered {status}: {detail}"
    return detail


def _check_time(operation: Operation[Any], sent: Sent, wait: float, why: str) -> None:
    left = time_left()
    if left is not None and left <= wait:
        raise _unknown(operation, sent, f"{why}, and the call's deadline leaves no time to settle it")


def _unknown(operation: Operation[Any], sent: Sent, why: str) -> errors.APIOutcomeUnknown:
    """The error of a write that could not be settled: sent, and perhaps carried out."""
    error = errors.APIOutcomeUnknown(
        f"{operation.name}: {request_line(sent.request)}: the request was sent and may have been carried out"
        f" ({_what(sent)}); {why}",
        transient=False,
    )
    error.operation, error.request = operation.name, sent.request
    error.__cause__ = sent.lost  # what the write met (key-free, without the frames that held its body)
    return error


__all__ = ["LOST_STATUSES", "Sent", "asettle", "lost", "settle"]
