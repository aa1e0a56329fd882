"""How fast the client is, as ratios against raw httpx measured side by side in the same run.

    .venv/bin/python scripts/lib/bench_client.py [--quick]      (or: scripts/bench --client [--quick])

"Raw" is the least a caller does by hand with httpx: the same GET with `params={"api_key": key}` and
`json.loads` of the body, without validation or typed models, against the same server or handler. Each
figure prints the client's median, the raw median, their ratio and the target ratio:

1-2. one `client.sequences.list()` call against the fake (10 and 1,000 series), served by a process of its own
     on 127.0.0.1;
3.   the same with 10 series through `httpx.MockTransport` (no network: the client's own overhead);
4.   the client's read path alone (decode, validate against the contract, build the page, whose entries are
     built as they are read) against `json.loads` alone, on the same bytes; for reference, the same with every
     entry then built, and stock openapi-python-client's `json.loads` + `from_dict`;
5-6. a page of 100 documents of the invoices family with 5 lines each (`client.invoices.list(per_page=100)`):
     one call over loopback to a server answering the page's bytes, and the read path alone on those bytes
     (money as Decimal, dates as `datetime.date`); the bytes are the fake's own rendering of an account
     seeded with 100 invoices of 5 lines (`documents_body`);
7.   the wall time of 100 concurrent async calls to a server that answers each after 20 ms (a minimal one,
     answering the fake's bytes: the fake itself would be what is measured);
8.   the import time of the package against httpx's, each in a fresh interpreter, start-up subtracted;
9.   the memory a parsed 1,000-series list holds against that of the same list as `json.loads` gives it.

Each side is warmed up before it is timed, the two sides are timed alternately (A, B, B, A, ...) so that
noise on the machine hits both alike, and medians are reported. Each figure has a budget of samples and of
seconds, so that the whole run takes well under a minute on 2 cores; `--quick` takes a quarter of both:
faster, noisier. It is a report, not a test: it exits 0 whether or not the targets are met. The servers it
starts are its own subprocesses, stopped on the way out (and stopping by themselves if this process dies).
"""

import argparse
import asyncio
import gc
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import invoicexpress_client
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient
from invoicexpress_client._answer import read
from invoicexpress_client._secrecy import Scrubber
from invoicexpress_client.api.invoices import list_invoices
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_client.document_types import DocumentType
from invoicexpress_client.models import SequenceList
from invoicexpress_client.types import Response
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain import documents
from invoicexpress_fake.domain.document_types import KINDS
from invoicexpress_fake.domain.series import add_series, registered_codes
from invoicexpress_fake.http.json import dumps
from invoicexpress_fake.http.pagination import page_of
from invoicexpress_fake.routes.documents import render as render_document
from invoicexpress_fake.routes.sequences import render
from invoicexpress_fake.rules.clients import NewClient
from invoicexpress_fake.rules.documents import Filters, NewDocument, NewLine, StateChange
from invoicexpress_fake.seed import ITEMS
from invoicexpress_fake.serve import base_url, listening_socket, serve_forever
from starlette.responses import JSONResponse

ROOT = Path(__file__).resolve().parents[2]
JSON_HEADERS = {"content-type": "application/json"}
LIST_REQUEST = httpx.Request("GET", "http://127.0.0.1/sequences.json")
DOCUMENTS_REQUEST = httpx.Request("GET", "http://127.0.0.1/invoices.json")
# The page of documents: its size, and the lines of each of its documents.
PAGE_DOCUMENTS, DOCUMENT_LINES = 100, 5
# The read path scrubs only what it puts in errors and logs: any key serves.
SCRUB = Scrubber(secrets.token_hex(20))
HEADER = """\
invoicexpress_client {version} vs raw httpx {httpx}: medians, the two sides timed alternately in this run{quick}
raw = the same call made by hand with httpx alone, to the same server or handler: the GET with
      params={{'api_key': key}} and json.loads of the body, no validation, no typed models
      (decode and memory: json.loads alone; import: `import httpx`)"""


# --- The fake account and its server ------------------------------------------------------------------------


def account_with(series: int, api_key: str) -> Account:
    """The fake's seeded account (4 series), with registered series added until it has `series`."""
    account = seeded_account(api_key)
    while len(account.series) < series:
        number = len(account.series)
        add_series(account, f"B{number:04d}", codes=registered_codes(account.rng), numbers={"invoice": number})
    return account


def list_body(series: int) -> bytes:
    """The bytes the fake sends for the list of `series` series (its JSONResponse, so the same encoding)."""
    account = account_with(series, "unused")
    return bytes(JSONResponse({"sequences": [render(one) for one in account.series.values()]}).body)


def account_with_documents(api_key: str) -> Account:
    """The fake's seeded account with PAGE_DOCUMENTS invoices more, of DOCUMENT_LINES lines each, made as a
    client makes them (drafts finalized, a third of them settled), on a clock of its own: the same every run."""
    account = seeded_account(api_key, clock=lambda: datetime(2026, 11, 30, 9, 30))
    clients = sorted(account.clients.values(), key=lambda client: client.id)
    first_day = account.clock().date()
    for number in range(PAGE_DOCUMENTS):
        client = clients[number % len(clients)]
        lines = tuple(
            NewLine(
                name,
                description,
                Decimal(price),
                Decimal(1 + (number * 7 + line * 3) % 40) / (2 if line == 1 else 1),  # 12, 9.5, ...
                Decimal(5 if line == 2 and number % 4 == 0 else 0),  # now and then a discount
                unit,
                tax,
            )
            for line, (name, description, price, unit, tax) in enumerate(
                ITEMS[(number * DOCUMENT_LINES + offset) % len(ITEMS)] for offset in range(DOCUMENT_LINES)
            )
        )
        day = first_day + timedelta(days=number // 10)
        new = NewDocument(
            date=day,
            due_date=day + timedelta(days=client.payment_days or 30),
            client=NewClient(client.name, {"code": client.code}),
            lines=lines,
            reference=f"PO-2026-{200 + number}",
            observations="Entrega de manhã" if number % 5 == 0 else None,
            proprietary_uid=f"bench-{number:03d}",
        )
        document = documents.create(account, KINDS["invoice"], new)
        documents.change_state(account, KINDS["invoice"], document.id, StateChange("finalized", None))
        if number % 3 == 0:
            documents.change_state(account, KINDS["invoice"], document.id, StateChange("settled", None))
    return account


@cache
def documents_body() -> bytes:
    """The bytes of the first page of `client.invoices.list(per_page=PAGE_DOCUMENTS)` from that account: the
    fake's own pagination and rendering (its JSON encoder: money written with its digits). The fake's list gives
    less of each document than its own answer (no lines: the choice document-list); the page here holds each
    document as the fake writes it whole, its lines included, the most a page of the list can carry."""
    account = account_with_documents("unused")
    listed = documents.listed(account, Filters(frozenset({"Invoice"}), None, None, None, None, None))
    entries, pagination = page_of(listed, 1, PAGE_DOCUMENTS)
    if len(entries) != PAGE_DOCUMENTS or any(len(entry.lines) != DOCUMENT_LINES for entry in entries):
        raise RuntimeError(f"expected {PAGE_DOCUMENTS} documents of {DOCUMENT_LINES} lines")
    return dumps({"invoices": [render_document(entry) for entry in entries], "pagination": pagination})


def serve(series: int, latency: float, api_key: str, page: bool = False) -> None:
    """The server process, on a free port of 127.0.0.1: the fake with `series` series and no rate limit; or,
    with a `latency` or `page`, a minimal server that answers every request with pre-rendered bytes (the fake's
    list of `series` series, or with `page` its page of documents) after `latency` seconds, so that the figure
    measures the clients, not the fake's own speed. It prints its base URL, then serves until its stdin closes
    (when the benchmark ends, or dies)."""
    sock = listening_socket("127.0.0.1", 0)
    print(base_url(sock), flush=True)

    def exit_with_parent() -> None:
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=exit_with_parent, daemon=True).start()
    if latency or page:
        asyncio.run(answer_late(documents_body() if page else list_body(series), latency, sock))
    else:
        serve_forever(create_app(account_with(series, api_key), requests_per_minute=None), sock)


async def answer_late(body: bytes, latency: float, sock: socket.socket) -> None:
    """HTTP/1.1 with keep-alive, every request answered with `body` after `latency` seconds."""
    answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)

    async def each_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")  # a GET: the head is the whole request
                if latency:
                    await asyncio.sleep(latency)
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(each_connection, sock=sock)
    async with server:
        await server.serve_forever()


@contextmanager
def server(series: int, api_key: str, latency: float = 0.0, page: bool = False) -> Iterator[str]:
    """A server process of this script's own (see `serve`) for the block; yields its base URL."""
    command = [sys.executable, __file__, "--serve", str(series), "--latency", str(latency), "--api-key", api_key]
    command += ["--page"] if page else []
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the benchmark's server did not start (it printed {url!r})")
        yield url
    finally:
        if process.stdin:
            process.stdin.close()  # the server exits when its stdin closes
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- Measuring ----------------------------------------------------------------------------------------------

MIN_SAMPLES = 5


@dataclass(frozen=True)
class Sampling:
    """How many timings of each side to take: `samples`, or fewer once `seconds` have passed, but never fewer
    than MIN_SAMPLES (a slow or busy machine then gets a noisier figure, not a longer run)."""

    samples: int
    seconds: float

    def taken(self) -> Iterator[int]:
        """The sample numbers, 0, 1, ..., for as long as more are wanted."""
        started = time.perf_counter()
        sample = 0
        while sample < self.samples and (sample < MIN_SAMPLES or time.perf_counter() - started < self.seconds):
            yield sample
            sample += 1


def interleaved(
    client: Callable[[], object],
    raw: Callable[[], object],
    sampling: Sampling,
    batch: int = 1,
    warmup: int = 3,
    collect: bool = False,
) -> tuple[float, float]:
    """Median seconds per call of `client` and of `raw`: timings of `batch` calls each, taken alternately
    (A B, B A, ...) after `warmup` untimed calls of each; with `collect`, each from a freshly collected heap (for
    work that allocates much, whose cost otherwise depends on where the collector's counters happen to be)."""
    for _ in range(warmup):
        client()
        raw()
    times: dict[Callable[[], object], list[float]] = {client: [], raw: []}
    for sample in sampling.taken():
        for function in (client, raw) if sample % 2 == 0 else (raw, client):
            if collect:
                gc.collect()
            start = time.perf_counter()
            for _ in range(batch):
                function()
            times[function].append((time.perf_counter() - start) / batch)
    return statistics.median(times[client]), statistics.median(times[raw])


async def ainterleaved(
    client: Callable[[], Awaitable[object]], raw: Callable[[], Awaitable[object]], sampling: Sampling, warmup: int = 2
) -> tuple[float, float]:
    """`interleaved` for coroutines: median seconds of one awaited call of each."""
    for _ in range(warmup):
        await client()
        await raw()
    times: dict[Callable[[], Awaitable[object]], list[float]] = {client: [], raw: []}
    for sample in sampling.taken():
        for function in (client, raw) if sample % 2 == 0 else (raw, client):
            start = time.perf_counter()
            await function()
            times[function].append(time.perf_counter() - start)
    return statistics.median(times[client]), statistics.median(times[raw])


def retained_and_peak(build: Callable[[], object]) -> tuple[int, int]:
    """Bytes allocated by `build()` that its result still holds once it returns (after a collection), and the
    peak allocated while it ran; anything allocated before (the body's bytes, compiled validators) is not
    counted. `build` runs once untimed first so that first-use caches are not counted either."""
    build()
    gc.collect()
    tracemalloc.start()
    try:
        result = build()
        gc.collect()
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return retained, peak


# --- The figures --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    name: str
    client: float
    raw: float
    unit: str  # "s" or "B"
    target: float | None  # the highest acceptable ratio; None for a figure given for reference

    @property
    def ratio(self) -> float:
        return self.client / self.raw

    @property
    def met(self) -> bool:
        return self.target is None or self.ratio <= self.target


@dataclass(frozen=True)
class Settings:
    quick: bool
    api_key: str

    def sampling(self, samples: int, seconds: float) -> Sampling:
        """At most `samples` timings of each side in about `seconds`; a quarter of both with --quick."""
        return Sampling(max(MIN_SAMPLES, samples // 4), seconds / 4) if self.quick else Sampling(samples, seconds)


def raw_list(http: httpx.Client, url: str, api_key: str) -> Callable[[], object]:
    return lambda: json.loads(http.get(f"{url}/sequences.json", params={"api_key": api_key}).content)


def check_count(parsed: Any, document: Any, series: int) -> None:
    """Both sides got the whole list (the benchmark measures the same work on both): `parsed` is the list's
    model, or the page the client returns (whose `.sequences` is the model's)."""
    if len(parsed.sequences) != series or len(document["sequences"]) != series:
        raise RuntimeError(f"expected {series} series on both sides")


def list_over_loopback(settings: Settings, series: int, sampling: Sampling, target: float) -> Figure:
    """One `client.sequences.list()` call against the fake in another process, vs raw httpx to the same server."""
    key = settings.api_key
    with (
        server(series, key) as url,
        InvoiceXpressClient(api_key=key, base_url=url) as client,
        httpx.Client() as http,
    ):
        raw = raw_list(http, url, key)
        check_count(client.sequences.list(), raw(), series)
        mine, theirs = interleaved(lambda: client.sequences.list(), raw, sampling)
    return Figure(f"list, {series:,} series, loopback", mine, theirs, "s", target)


def list_over_mock_transport(settings: Settings) -> Figure:
    """The same call answered in-process by one handler, the same pre-encoded bytes for both sides."""
    key, body, url = settings.api_key, list_body(10), "http://127.0.0.1:9"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=JSON_HEADERS)

    client_args = {"transport": httpx.MockTransport(handler)}
    with (
        InvoiceXpressClient(api_key=key, base_url=url, httpx_args=client_args) as client,
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
    ):
        raw = raw_list(http, url, key)
        check_count(client.sequences.list(), raw(), 10)
        mine, theirs = interleaved(lambda: client.sequences.list(), raw, settings.sampling(300, 3), batch=10, warmup=20)
    return Figure("list, 10 series, httpx.MockTransport", mine, theirs, "s", 1.5)


def read_path(settings: Settings) -> list[Figure]:
    """The client's read path alone (orjson decode, jsonschema-rs validation, the models built) vs json.loads,
    on the same 1,000-series body. `read` keeps nothing per response (it reads the status, headers and
    content, and caches only the compiled schema per operation), so one prebuilt response serves every call."""
    body = list_body(1000)
    response = httpx.Response(200, content=body, headers=JSON_HEADERS, request=LIST_REQUEST)

    def client() -> Response[Any]:
        return read(list_sequences.OPERATION, response, body, strict=False, logged=set(), scrub=SCRUB)

    def raw() -> object:
        return json.loads(body)

    def stock() -> object:
        return SequenceList.from_dict(json.loads(body))

    def every_entry() -> object:
        return client().parsed.model  # every series built

    check_count(
        read(list_sequences.OPERATION, response, body, strict=False, logged=set(), scrub=SCRUB).parsed, raw(), 1000
    )
    sampling = settings.sampling(60, 3)
    mine, theirs = interleaved(client, raw, sampling, collect=True)
    figure = Figure("decode + validate + build, 1,000 series", mine, theirs, "s", 1.6)
    whole, raw_again = interleaved(every_entry, raw, sampling, collect=True)
    built = Figure("  for reference: then every series built", whole, raw_again, "s", None)
    stock_time, raw_again = interleaved(stock, raw, sampling)
    reference = Figure("  for reference: stock json.loads + from_dict", stock_time, raw_again, "s", None)
    return [figure, built, reference]


# What `client.invoices.list(per_page=PAGE_DOCUMENTS)` sends beside the key: its type, bound, and the page size.
DOCUMENTS_QUERY: dict[str, str | int] = {"type[]": "Invoice", "per_page": PAGE_DOCUMENTS}


def check_documents(parsed: Any, document: Any) -> None:
    """Both sides got the whole page, each document with its lines."""
    entries = parsed.invoices if hasattr(parsed, "invoices") else parsed
    if len(entries) != PAGE_DOCUMENTS or len(document["invoices"]) != PAGE_DOCUMENTS:
        raise RuntimeError(f"expected {PAGE_DOCUMENTS} documents on both sides")
    if len(entries[-1].items) != DOCUMENT_LINES or not isinstance(entries[-1].items[-1].total, Decimal):
        raise RuntimeError(f"expected {DOCUMENT_LINES} lines of Decimal amounts")


def documents_over_loopback(settings: Settings) -> Figure:
    """One `client.invoices.list(per_page=100)` call to a server in another process answering the page's bytes,
    vs raw httpx sending the same query to the same server."""
    key = settings.api_key
    with (
        server(0, key, page=True) as url,
        InvoiceXpressClient(api_key=key, base_url=url) as client,
        httpx.Client() as http,
    ):

        def raw() -> object:
            return json.loads(http.get(f"{url}/invoices.json", params={"api_key": key, **DOCUMENTS_QUERY}).content)

        def mine() -> object:
            return client.invoices.list(per_page=PAGE_DOCUMENTS)

        check_documents(mine(), raw())
        mine_time, theirs = interleaved(mine, raw, settings.sampling(200, 5), collect=True)
    name = f"page of {PAGE_DOCUMENTS} documents, {DOCUMENT_LINES} lines each, loopback"
    return Figure(name, mine_time, theirs, "s", 1.3)


def documents_read_path(settings: Settings) -> list[Figure]:
    """The client's read path alone on the page's bytes (decoded with money exact, checked against the
    contract, built into a page whose `Document`s, Decimal money and dates, are built as they are read) vs
    json.loads, as `read_path` measures; and, for reference, the same with every document then built."""
    body = documents_body()
    response = httpx.Response(200, content=body, headers=JSON_HEADERS, request=DOCUMENTS_REQUEST)
    row = DocumentType.INVOICE

    def client() -> Response[Any]:
        return read(list_invoices.OPERATION, response, body, strict=False, logged=set(), scrub=SCRUB, row=row)

    def raw() -> object:
        return json.loads(body)

    def every_document() -> object:
        return client().parsed.model  # every document built, its lines too

    answer = client()
    if answer.deviations:
        raise RuntimeError(f"the page breaks the contract: {answer.deviations[0]}")
    check_documents(answer.parsed, raw())
    sampling = settings.sampling(100, 4)
    mine, theirs = interleaved(client, raw, sampling, collect=True)
    whole, raw_again = interleaved(every_document, raw, sampling, collect=True)
    return [
        Figure(f"decode + validate + build, {PAGE_DOCUMENTS} documents", mine, theirs, "s", 2.5),
        Figure("  for reference: then every document built", whole, raw_again, "s", None),
    ]


def concurrent_calls(settings: Settings) -> Figure:
    """`asyncio.gather` of 100 calls to a server answering each after 20 ms; httpx's default pool limits on
    both sides (the client passes none)."""
    key = settings.api_key

    async def measure(url: str) -> tuple[float, float]:
        async with AsyncInvoiceXpressClient(api_key=key, base_url=url) as client, httpx.AsyncClient() as http:

            async def raw_one() -> object:
                response = await http.get(f"{url}/sequences.json", params={"api_key": key})
                return json.loads(response.content)

            async def mine() -> object:
                return await asyncio.gather(*(client.sequences.list() for _ in range(100)))

            async def theirs() -> object:
                return await asyncio.gather(*(raw_one() for _ in range(100)))

            return await ainterleaved(mine, theirs, settings.sampling(25, 20), warmup=1)

    with server(10, key, latency=0.02) as url:
        mine, theirs = asyncio.run(measure(url))
    return Figure("100 concurrent async calls, 20 ms latency", mine, theirs, "s", 1.15)


# A "name==version" pin at the start of a line of requirements.lock.
LOCKED_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


@contextmanager
def installed_venv() -> Iterator[Path]:
    """A fresh venv holding only the wheel of generated/ and its dependencies (at requirements.lock's
    versions, from the package index): where `import httpx` does not also import the development tools'
    click and rich, and the package is installed as a user installs it."""
    with tempfile.TemporaryDirectory(prefix="bench-venv-") as scratch:
        folder = Path(scratch)
        subprocess.run([sys.executable, str(ROOT / "scripts" / "lib" / "build.py"), str(folder / "dist")],
                       check=True, capture_output=True)  # fmt: skip
        [wheel] = (folder / "dist").glob("invoicexpress_client-*.whl")
        pins = LOCKED_PIN.findall((ROOT / "requirements.lock").read_text("utf-8"))
        (folder / "constraints.txt").write_text("".join(f"{name}=={version}\n" for name, version in pins))
        subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True)
        python = folder / "venv" / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "--constraint", str(folder / "constraints.txt"), str(wheel)],
            check=True,
        )  # fmt: skip
        yield python


def import_time(settings: Settings) -> Figure:
    """A fresh interpreter importing the package vs one importing httpx, the start-up of one that imports
    nothing subtracted from both; the three run in turn, after one untimed run each, in a fresh venv holding only
    the wheel and its dependencies (installed_venv). Bytecode is compiled for all three alike on installation."""
    codes = {"client": "import invoicexpress_client", "raw": "import httpx", "none": "pass"}
    times: dict[str, list[float]] = {name: [] for name in codes}
    order = list(codes)
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    with installed_venv() as python:
        for name in order:  # untimed: writes the bytecode, warms the disk cache
            subprocess.run([str(python), "-c", codes[name]], env=environment, check=True)
        for _ in settings.sampling(30, 30).taken():
            order = order[1:] + order[:1]  # rotate, so that no one always goes first
            for name in order:
                start = time.perf_counter()
                subprocess.run([str(python), "-c", codes[name]], env=environment, check=True)
                times[name].append(time.perf_counter() - start)
    start_up = statistics.median(times["none"])
    mine, theirs = (statistics.median(times[name]) - start_up for name in ("client", "raw"))
    return Figure("import time, wheel in a fresh venv (start-up subtracted)", mine, theirs, "s", 1.3)


def memory() -> list[Figure]:
    """What is compared: the bytes still allocated, once it returns, by the client's read path building the
    `SequenceList` of a 1,000-series body, every series built (only `.parsed` is kept, and built whole: the
    `Response` around it is dropped) vs by
    `json.loads` of the same bytes (the dicts, lists, strings and ints it makes). Both are measured the same way
    by tracemalloc (`retained_and_peak`); the body's bytes exist before and are counted on neither side."""
    body = list_body(1000)
    response = httpx.Response(200, content=body, headers=JSON_HEADERS, request=LIST_REQUEST)
    mine, my_peak = retained_and_peak(
        lambda: read(list_sequences.OPERATION, response, body, strict=False, logged=set(), scrub=SCRUB).parsed.model
    )
    theirs, their_peak = retained_and_peak(lambda: json.loads(body))
    return [
        Figure("memory held by a parsed 1,000-series list", mine, theirs, "B", 3.0),
        Figure("  for reference: peak while parsing it", my_peak, their_peak, "B", None),
    ]


# --- The report ---------------------------------------------------------------------------------------------


def shown(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if value >= 1e6 else f"{value / 1e3:.1f} kB"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1e3:.2f} ms" if value >= 1e-3 else f"{value * 1e6:.1f} µs"


def print_row(figure: Figure) -> None:
    target = f"≤ {figure.target:g}x" if figure.target is not None else "-"
    verdict = "" if figure.target is None else ("ok" if figure.met else "MISSED")
    print(
        f"{figure.name:<46}{shown(figure.client, figure.unit):>11}{shown(figure.raw, figure.unit):>11}"
        f"{figure.ratio:>8.2f}x{target:>8}  {verdict}",
        flush=True,
    )


# The most lines the generated layer may spend on an operation, on average.
LINES_PER_OPERATION_TARGET = 120


def generated_lines_per_operation() -> tuple[int, int]:
    """(lines, operations) of the generated layer: every `.py` file of the package outside `models/` that is
    not the runtime's copied source, docstrings included, and the operations they declare."""
    package = ROOT / "generated" / "invoicexpress_client"
    runtime = ROOT / "generator" / "runtime" / "invoicexpress_client"
    lines = operations = 0
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] == "models" or (runtime / relative).is_file():
            continue
        text = path.read_text("utf-8")
        lines += len(text.splitlines())
        operations += text.count("\nOPERATION: Operation[")
    return lines, operations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a quarter of the samples: faster, noisier")
    parser.add_argument("--serve", type=int, metavar="SERIES", help=argparse.SUPPRESS)  # the server process
    parser.add_argument("--latency", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--api-key", help=argparse.SUPPRESS)
    parser.add_argument("--page", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve, args.latency, args.api_key, args.page)
        return

    started = time.perf_counter()
    settings = Settings(quick=args.quick, api_key=secrets.token_hex(20))
    quick = " (--quick: fewer samples)" if args.quick else ""
    print(HEADER.format(version=invoicexpress_client.__version__, httpx=httpx.__version__, quick=quick))
    print(f"{'figure':<46}{'client':>11}{'raw':>11}{'ratio':>9}{'target':>8}")
    figures: list[Figure] = []
    measures: list[Callable[[], Figure | list[Figure]]] = [
        lambda: list_over_loopback(settings, 10, settings.sampling(400, 3), 1.2),
        lambda: list_over_loopback(settings, 1000, settings.sampling(40, 5), 1.6),
        lambda: list_over_mock_transport(settings),
        lambda: read_path(settings),
        lambda: documents_over_loopback(settings),
        lambda: documents_read_path(settings),
        lambda: concurrent_calls(settings),
        lambda: import_time(settings),
        memory,
    ]
    for measure in measures:
        result = measure()
        for figure in result if isinstance(result, list) else [result]:
            print_row(figure)
            figures.append(figure)
    lines, operations = generated_lines_per_operation()
    per_operation = lines / operations
    print(
        f"generated layer: {lines:,} lines for {operations} operations, {per_operation:.0f} per operation"
        f" (target {LINES_PER_OPERATION_TARGET})"
    )
    missed = [figure.name for figure in figures if not figure.met]
    if per_operation > LINES_PER_OPERATION_TARGET:
        missed.append("generated lines per operation")
    verdict = f"Targets missed: {'; '.join(missed)}." if missed else "Every target met."
    print(f"{verdict} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
