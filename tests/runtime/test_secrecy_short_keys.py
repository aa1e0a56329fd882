"""A short key (`x`, `9`, `demo-key`) leaves every error the client raises reading exactly as with a long one,
and no key appears in what the client hands out.

The cases are derived, not listed: every operation of the contract against the fake (a wrong key, an id of
nothing, an empty body), every status each operation documents answered with each of its examples and with
bodies and headers quoting the key in every way a server or proxy may, the suite's own cases of unusable
settings and of error shapes, and every connection failure httpx has. Each case runs once per key; what it
hands out must be the same for each, and the long key, which no message could hold by chance, appears in none
of it, tracebacks and their locals included."""

import importlib
import json
import logging
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client._secrecy import HIDDEN
from invoicexpress_fake import create_app, seeded_account
from support import ContractOperation, exposures, load_bundle, operations, series_wire

from runtime import test_bad_input, test_client, test_error_shapes

# A slow tier (639 cases, each run with five keys): `scripts/test --quick` leaves it out, CI runs it.
pytestmark = pytest.mark.slow

LONG = "ixk" + "0123456789abcdef" * 2 + "01234567"  # as long as a real key; in no message by chance
# Short keys, and one holding what a URL, JSON and a regex each write in their own way.
SHORT = ["x", "9", "demo-key", "k.y+/ %*"]
KEYS = [LONG, *SHORT]


@dataclass(frozen=True)
class Around:
    """What a case's client may be pointed at: the fake, serving an account with a given key, and a port that
    refuses connections (the same for each key's run)."""

    serve: Callable[[str], str]  # the account's key -> the fake's base URL
    refusing_url: str


Case = Callable[[str, Around], Callable[[], object]]  # (key, around) -> the call to make
# What a case must show, so that the comparison is not vacuous: an error raised; one raised whose texts show
# the key hidden (the server, or a setting, quoted it); a deviation returned, the key hidden in it.
# (A success's status answered with a page that is not JSON raises, unless the operation reads no body.)
RAISES, HIDES, RETURNS_HIDDEN, EITHER = "raises", "raises, hiding the key", "returns, hiding the key", "either"

LOGGERS = ("httpx", "httpcore", "invoicexpress_client")
# What differs from run to run whatever the key: an object's address, the time of the fake's Date header.
ANY_RUN = re.compile(r"0x[0-9a-f]+|\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT")


# --- What a case hands out --------------------------------------------------------------------------------------


@dataclass
class HandedOut:
    raised: bool
    shown: list[str]  # what must read the same whatever the key
    everything: list[str]  # that, and tracebacks with their locals: where the long key must not be


ELAPSED = re.compile(r"in [0-9]+\.[0-9]{3} s")


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # How long a call took differs from run to run, whatever the key: it is left out.
        message = ELAPSED.sub("in T s", record.getMessage())
        self.lines.append(f"{record.name} {record.levelname} {message}")


@contextmanager
def recorded_logs() -> Iterator[list[str]]:
    recorder = Recorder()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(recorder)
    try:
        yield recorder.lines
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(recorder)
            logger.setLevel(level)


def without_our_frames(error: BaseException) -> BaseException:
    """The error with the frames of this file (whose locals hold the key on purpose) taken off its traceback."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return error.with_traceback(tb)


def handed_out(call: Callable[[], object]) -> HandedOut:
    with recorded_logs() as lines:
        try:
            result: object = call()
        except errors.InvoiceXpressError as error:
            result = without_our_frames(error)
    shown = [type(result).__name__, *lines]
    if isinstance(result, errors.InvoiceXpressError):
        shown += [str(result), repr(result), repr(result.args)]
        for name in ("message", "code", "status_code", "content", "retry_after", "transient"):
            shown.append(f"{name}={getattr(result, name, None)!r}")
        # The headers but Content-Length: a server quoting a longer key sends a longer body.
        headers = getattr(result, "headers", None) or httpx.Headers()
        shown.append(repr([item for item in headers.multi_items() if item[0] != "content-length"]))
        shown += [str(link) for link in (result.__cause__, result.__context__)]
    shown += [str(deviation) for deviation in getattr(result, "deviations", ())]
    shown = [ANY_RUN.sub("...", text) for text in shown]
    raised = isinstance(result, errors.InvoiceXpressError)
    return HandedOut(raised, shown, shown + exposures(result))


@pytest.fixture
def around(loopback: tuple[Any, str]) -> Iterator[Around]:
    switchable, url = loopback

    def serve(account_key: str) -> str:
        switchable.app = create_app(seeded_account(account_key))
        return url

    with socket.socket() as closed:  # bound, never listening: connections to it are refused
        closed.bind(("127.0.0.1", 0))
        yield Around(serve, f"http://127.0.0.1:{closed.getsockname()[1]}")
    switchable.app = None


# --- The cases ---------------------------------------------------------------------------------------------------


def module_of(operation: ContractOperation) -> Any:
    return importlib.import_module(f"invoicexpress_client.api.{operation.tag}.{operation.module}")


def calling(
    client: InvoiceXpressClient, operation: ContractOperation, ident: int, body: object
) -> Callable[[], object]:
    """A call of `operation` with `ident` for each path parameter and a placeholder for each query parameter."""
    declared = module_of(operation).OPERATION
    path = {argument.wire: ident for argument in declared.arguments if argument.where == "path"}
    query = {
        argument.wire: 1 if argument.wire in declared.integers else "IVA23"
        for argument in declared.arguments
        if argument.where == "query"
    }

    def call() -> object:
        with client:  # closed after, its connections with it
            return client.call(declared, path=path, query=query, body=body)

    return call


def fake_cases() -> Iterator[Any]:
    """Each operation refused by the fake: a key not the account's, an id of nothing, a body of nothing."""
    for operation in operations():

        def wrong_key(key: str, around: Around, operation: ContractOperation = operation) -> Callable[[], object]:
            client = InvoiceXpressClient(api_key=key, base_url=around.serve("ixk-the-accounts-own-key"), max_retries=0)
            return calling(client, operation, 146090, None)

        def unknown(key: str, around: Around, operation: ContractOperation = operation) -> Callable[[], object]:
            client = InvoiceXpressClient(api_key=key, base_url=around.serve(key), max_retries=0)
            return calling(client, operation, 999999, {})

        yield pytest.param(wrong_key, RAISES, id=f"fake: {operation.operation_id} wrong key")
        declared = module_of(operation).OPERATION
        if any(argument.where == "path" for argument in declared.arguments) or declared.body is not None:
            yield pytest.param(unknown, RAISES, id=f"fake: {operation.operation_id} nothing")


def answering(key: str, respond: Callable[[httpx.Request], httpx.Response], **settings: Any) -> InvoiceXpressClient:
    return InvoiceXpressClient(
        account_name="acme", api_key=key, max_retries=0, httpx_args={"transport": httpx.MockTransport(respond)},
        **settings,
    )  # fmt: skip


def documented_examples(operation: ContractOperation, status: str) -> list[tuple[str, Any]]:
    document = load_bundle()

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = document
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    response = resolve(operation.declared["responses"][status])
    examples = resolve(response).get("content", {}).get("application/json", {}).get("examples", {})
    return [(name, resolve(example)["value"]) for name, example in examples.items()]


def contract_cases() -> Iterator[Any]:
    """Each status each operation documents (a success's with a page that is not JSON), answered with each of
    the contract's examples, or with no body where it gives none."""
    for operation in operations():
        for status in operation.declared["responses"]:
            if int(status) in operation.declared.get("x-pending", []):
                continue  # "not ready": asked again, never read (the polls' tests answer it)
            examples = documented_examples(operation, status) if int(status) >= 300 else []
            for name, body in examples or [("no body", None)]:

                def case(
                    key: str, around: Around, operation: ContractOperation = operation, status: str = status,
                    body: Any = body,
                ) -> Callable[[], object]:  # fmt: skip
                    content = b"<html>Busy</html>" if int(status) < 300 else json.dumps(body).encode()
                    client = answering(key, lambda request: httpx.Response(int(status), content=content))
                    return calling(client, operation, 146090, None)

                yield pytest.param(
                    case,
                    RAISES if int(status) >= 300 else EITHER,
                    id=f"contract: {operation.operation_id} {status} {name}",
                )


def echo(request: httpx.Request) -> str:
    """A text quoting the key in every way a server or a proxy may: in the URL (raw, then percent-encoded in
    a URL's parameter, once and twice), as JSON, after an escape, as a word, with a parameter named as it is."""
    key = request.url.params["api_key"]
    url = str(request.url) + "&x=1&9=1&demo-key=1"
    return " ".join(
        [
            f"GET {url}",
            f"https://login.example/?return_to={quote(url, safe='')}",
            f"https://login.example/?return_to={quote(quote(url, safe=''), safe='')}",
            f"api_key={quote(key, safe='').lower()}&next=1",
            json.dumps({"api_key": key, "ascii": f"\n{key}", "html": f"<b>{key}</b>"}).replace(">", "\\u003e"),
            json.dumps({"api_key": key}).replace("/", "\\/"),
            repr(f"\n{key}".encode()),
            f"Your key {key} is invalid. Your key: '{key}'. ({key})",
        ]
    )


ECHO_SHAPES = {
    "HTML page": (lambda text: f"<html><body><h1>Error</h1><p>{text}</p></body></html>", "text/html"),
    "JSON message": (lambda text: json.dumps({"errors": {"code": "001", "message": text}}), "application/json"),
    "plain text": (lambda text: text, "text/plain"),
}


def echo_cases() -> Iterator[Any]:
    """Each status each operation documents, and a redirect and a server error, answered with the key quoted
    in the body (in each shape) and in the headers a server sets to a URL."""
    for operation in operations():
        statuses = [status for status in operation.declared["responses"] if int(status) >= 300] + ["302", "500"]
        for status in statuses:
            for shape, (write, content_type) in ECHO_SHAPES.items():

                def case(
                    key: str, around: Around, operation: ContractOperation = operation, status: str = status,
                    write: Callable[[str], str] = write, content_type: str = content_type,
                ) -> Callable[[], object]:  # fmt: skip
                    def respond(request: httpx.Request) -> httpx.Response:
                        headers = {"Content-Type": content_type, "Location": str(request.url), "X-Echo": echo(request)}
                        return httpx.Response(int(status), content=write(echo(request)).encode(), headers=headers)

                    return calling(answering(key, respond), operation, 146090, None)

                yield pytest.param(case, HIDES, id=f"echo: {operation.operation_id} {status} {shape}")


def quoted_in_a_value(key: str, strict: bool) -> Callable[[], object]:
    """A list of series whose validation code quotes the key: a deviation, logged (or refused, strict)."""
    series = {**series_wire(seeded_account("k"))[146090]}

    def respond(request: httpx.Request) -> httpx.Response:
        series["current_quote_validation_code"] = echo(request)
        return httpx.Response(200, json={"sequences": [series]})

    def call() -> object:
        with answering(key, respond, strict=strict) as client:
            return client.sequences.detailed.list().deviations

    return call


def suites_refusal_cases() -> Iterator[Any]:
    """The error shapes the suite refuses (test_error_shapes), each sent by a create."""
    for refusal in test_error_shapes.REFUSALS:
        status: Any
        status, body = refusal.values[:2]

        def case(key: str, around: Around, status: int = status, body: Any = body) -> Callable[[], object]:
            def call() -> object:
                with answering(key, lambda request: httpx.Response(status, json=body)) as client:
                    return client.taxes.create(name="IVA23", value="23")

            return call

        yield pytest.param(case, RAISES, id=f"suite's refusal: {refusal.id}")


def parametrized(test: Callable[..., object]) -> list[Any]:
    """The cases a test of the suite is parametrized with."""
    [mark] = [mark for mark in getattr(test, "pytestmark", []) if mark.name == "parametrize"]
    return [case if hasattr(case, "values") else pytest.param(*case) for case in mark.args[1]]


def settings_cases() -> Iterator[Any]:
    """The suite's unusable settings (those not about the key itself), with the key in question; and settings
    that quote the key."""
    # Named by what each complains of, and its place: a setting's repr may hold an address, which differs
    # between the processes that collect the tests.
    cases = [
        (dict(case.values[0]), f"{case.values[1]} (test_client, {number})")
        for number, case in enumerate(parametrized(test_client.test_unusable_settings_are_refused_up_front))
        if case.values[0]["api_key"] == "k"
    ]
    cases += [
        ({"account_name": "acme", **case.values[0]}, f"{case.values[1]} (test_bad_input, {number})")
        for number, case in enumerate(parametrized(test_bad_input.test_unusable_settings_are_refused_at_construction))
    ]
    for settings, name in cases:

        def case(key: str, around: Around, settings: dict[str, Any] = settings) -> Callable[[], object]:
            return lambda: InvoiceXpressClient(**{**settings, "api_key": key})

        yield pytest.param(case, RAISES, id=f"settings: {name}")

    def quoting(key: str, around: Around) -> Callable[[], object]:
        return lambda: InvoiceXpressClient(api_key=key, base_url=f"ftp://acme.example/?api_key={quote(key)}&x=1")

    yield pytest.param(quoting, HIDES, id="settings: a base URL quoting the key")


def connection_cases() -> Iterator[Any]:
    """Every failure of httpx's transports, its message quoting the request's URL (as a proxy's may), for an
    operation sent again and one never sent twice; and a port that refuses connections."""
    failures = sorted(
        (kind for kind in vars(httpx).values() if isinstance(kind, type) and issubclass(kind, httpx.TransportError)),
        key=lambda kind: kind.__name__,
    )
    for failure in failures:
        for operation in ("listSequences", "createSequence"):

            def case(
                key: str, around: Around, failure: type[httpx.TransportError] = failure, operation: str = operation
            ) -> Callable[[], object]:
                def respond(request: httpx.Request) -> httpx.Response:
                    raise failure(f"proxy refused {echo(request)}", request=request)

                [declared] = [found for found in operations() if found.operation_id == operation]
                return calling(answering(key, respond), declared, 146090, {})

            # A timeout's message says which phase timed out, not what httpx said: nothing to hide in it.
            quoted = RAISES if issubclass(failure, httpx.TimeoutException) else HIDES
            yield pytest.param(case, quoted, id=f"connection: {failure.__name__} on {operation}")

    def refused(key: str, around: Around) -> Callable[[], object]:
        def call() -> object:
            with InvoiceXpressClient(api_key=key, base_url=around.refusing_url, max_retries=0) as client:
                return client.sequences.list()

        return call

    yield pytest.param(refused, RAISES, id="connection: a port that refuses")


CASES = [
    *fake_cases(),
    *contract_cases(),
    *echo_cases(),
    pytest.param(lambda key, _: quoted_in_a_value(key, strict=False), RETURNS_HIDDEN, id="deviation quoting the key"),
    pytest.param(lambda key, _: quoted_in_a_value(key, strict=True), HIDES, id="strict: deviation quoting the key"),
    *suites_refusal_cases(),
    *settings_cases(),
    *connection_cases(),
]


@pytest.mark.parametrize(("case", "expected"), CASES)
def test_a_short_key_reads_exactly_as_a_long_one(case: Case, expected: str, around: Around) -> None:
    seen = {key: handed_out(case(key, around)) for key in KEYS}
    long = seen[LONG]
    if expected != EITHER:
        assert long.raised == (expected != RETURNS_HIDDEN), long.shown
    if expected in (HIDES, RETURNS_HIDDEN):
        assert any(HIDDEN in text for text in long.shown), "nothing quoted the key: a vacuous check"
    for text in long.everything:
        assert LONG not in text
    for key in SHORT:
        assert seen[key].shown == long.shown, f"with the key {key!r}: {first_difference(seen[key].shown, long.shown)}"


def first_difference(texts: list[str], expected: list[str]) -> str:
    """Where the first pair of texts that differ part, with some context."""
    for text, wanted in zip(texts, expected, strict=False):
        if text != wanted:
            pairs = enumerate(zip(text, wanted, strict=False))
            at = next((i for i, (got, want) in pairs if got != want), min(len(text), len(wanted)))
            return f"{text[max(0, at - 80) : at + 80]!r} instead of {wanted[max(0, at - 80) : at + 80]!r}"
    return f"{len(texts)} texts instead of {len(expected)}"
