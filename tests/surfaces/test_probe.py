"""scripts/probe: where a server's answers and the contract differ, read-only, over every GET the contract
declares read-only (derived from the bundle, so a GET added to it is probed without editing the probe)."""

import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.serve import serving
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from support import ROOT, VENV_BIN, ContractOperation, operations, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

PROBE = ROOT / "scripts" / "lib" / "probe.py"
KEY = "probe-key-0123456789"
READS = [operation for operation in operations() if operation.read_only and operation.method == "GET"]


def load_probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe_script", PROBE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("probe_script", module)
    spec.loader.exec_module(module)
    return module


def _drift(path: str, status: int, body: Any) -> None:
    """What the drifting server changes in the fake's answers: a field the contract does not know on every
    series and every client, a lower-case validation code, a tax rate and an item price with a decimal comma."""
    if status != 200 or not isinstance(body, dict):
        return
    if path == "/sequences.json":
        for row in body["sequences"]:
            row["created_at"] = "2026-11-28"
        body["sequences"][0]["current_invoice_validation_code"] = "abc"
    elif path.startswith("/sequences/"):
        body["sequence"]["created_at"] = "2026-11-28"
    elif path == "/taxes.json":
        body["taxes"][0]["value"] = "23,0"
    elif path == "/items/3040.json":
        body["item"]["unit_price"] = "1,6981"
    elif path == "/clients.json":
        for row in body["clients"]:
            row["created_at"] = "2026-11-28"
    elif path.startswith("/clients/"):
        body["client"]["created_at"] = "2026-11-28"


def drifting_app(seen: list[str]) -> ASGIApp:
    """The fake, with answers changed as `_drift` says, and find-by-code failing with a 502 (a status the
    contract does not document) whose text quotes the request's URL, key and all, as a proxy's page may."""
    fake = create_app(seeded_account(KEY))

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await fake(scope, receive, send)
            return
        seen.append(scope["method"])
        if scope["path"] == "/clients/find-by-code.json":
            quoted = f"the upstream server failed: GET {scope['path']}?{scope['query_string'].decode()}"
            await PlainTextResponse(quoted, 502)(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await fake(scope, receive, capture)
        content = b"".join(chunks)
        if content:
            body = json.loads(content)
            _drift(scope["path"], start["status"], body)
            content = json.dumps(body).encode()
        headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
        headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": content})

    return app


def probe_command(base_url: str, *arguments: str, key: str = KEY) -> Any:
    environment = {**os.environ, "INVOICEXPRESS_API_KEY": key}
    environment.pop("INVOICEXPRESS_ACCOUNT_NAME", None)
    return run(VENV_BIN / "python", PROBE, "--base-url", base_url, *arguments, env=environment)


@pytest.fixture
def drifting() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    with serving(drifting_app(seen)) as url:
        yield url, seen


def has_a_second_page(fake_url: str, api_key: str, operation: ContractOperation) -> bool:
    """Whether the fake's account has more than one page of a list (asked with the probe's own request)."""
    second = httpx.get(f"{fake_url}{operation.path}", params={"api_key": api_key, "page": 2}, timeout=30).json()
    return bool(second[operation.declared["x-list"]["entries"]])


def test_against_the_fake_there_is_no_drift_in_any_read_of_the_contract(fake_url: str, api_key: str) -> None:
    """The fake is the contract's reference: every read-only GET of the contract is probed against it (each
    list, the second page of a paginated one, reads filled from the lists' entries, an id no account has), and
    nothing differs. A read the probe stopped sending, or a fake answer that broke the contract, fails here."""
    result = probe_command(fake_url, key=api_key)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("No drift: every answer is as the contract describes.\n")
    assert "[not probed]" not in result.stdout
    assert "getSequence GET /sequences/999999999999.json: 404; root keys: ['errors']" in result.stdout
    assert api_key not in result.stdout + result.stderr

    answers = json.loads(probe_command(fake_url, "--json", key=api_key).stdout)
    assert {answer["operation"] for answer in answers} == {operation.operation_id for operation in READS}
    assert all(answer["documented"] and not answer["unknown_fields"] for answer in answers)
    for operation in READS:
        mine = [answer for answer in answers if answer["operation"] == operation.operation_id]
        listing = operation.declared.get("x-list")
        if listing is None:  # a read of one entry: found for those the lists gave, and a 404 for one no one has
            assert [answer["status"] for answer in mine][-1] == 404, operation.operation_id
            # (or refused as documented: a draft has no QR code)
            refusals = {422} & {int(status) for status in operation.declared["responses"]}
            statuses = {answer["status"] for answer in mine[:-1]}
            assert 200 in statuses, operation.operation_id
            assert statuses <= {200, *refusals}, operation.operation_id
        elif "page" in listing:  # the second page read where the fake's account has one
            pages = [operation.path] + (
                [f"{operation.path}?page=2"] if has_a_second_page(fake_url, api_key, operation) else []
            )
            assert [answer["path"] for answer in mine] == pages
        else:
            assert [answer["path"] for answer in mine] == [operation.path]
    got = [answer["path"] for answer in answers if answer["operation"] in ("getClient", "findClientByName")]
    assert "/clients/8010.json" in got
    assert "/clients/find-by-name.json?client_name=Padaria%20Central%2C%20Lda." in got


def test_drift_in_every_resource_is_named_with_its_path_and_the_key_is_never_printed(
    drifting: tuple[str, list[str]],
) -> None:
    """What a changed service looks like in the report: each field the contract does not know and each value
    that breaks it, with its JSON path, on the answer it came in; an undocumented status flagged; the answers
    that did not change marked ok. Only GETs reach the server, and the key is never printed, even where an
    answer quotes it."""
    url, seen = drifting
    result = probe_command(url)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    for expected in (
        "    field the contract does not know: $.sequences[*].created_at",
        "    field the contract does not know: $.sequence.created_at",
        "    field the contract does not know: $.clients[*].created_at",
        "    field the contract does not know: $.client.created_at",
        "[drift] findClientByCode GET /clients/find-by-code.json?client_code=C0042: 502 (not a documented status);"
        " root keys: []",
    ):
        assert expected in lines, expected
    broken = {line.split(": ")[1]: line for line in lines if line.startswith("    value that breaks the contract: ")}
    assert '"abc"' in broken["$.sequences[0].current_invoice_validation_code"]
    assert '"23,0"' in broken["$.taxes[0].value"]
    assert '"1,6981"' in broken["$.item.unit_price"]
    marks = {line.split(" GET ")[0] for line in lines if line.startswith("[")}
    assert {"[ok] getTax", "[ok] listItems", "[ok] getItem", "[ok] getSequence"} <= marks  # the 404s, the rest
    assert {"[drift] listTaxes", "[drift] getItem", "[drift] getClient", "[drift] findClientByName"} <= marks
    assert not {"[ok] listTaxes", "[drift] getTax", "[drift] listItems"} & marks
    assert lines[-1].startswith("Drift in ")
    assert set(seen) == {"GET"}
    assert KEY[:7] not in result.stdout + result.stderr  # not even the part of it a preview's cut would keep
    assert "api_key=[api_key" in result.stdout  # the 502's text, as the server quoted the URL


def test_the_json_report_lists_root_keys_and_statuses_and_reads_as_many_entries_as_asked(
    drifting: tuple[str, list[str]],
) -> None:
    url, _ = drifting
    report = json.loads(probe_command(url, "--json", "--entries", "1").stdout)
    assert [(answer["operation"], answer["status"], answer["root_keys"]) for answer in report[:3]] == [
        ("listSequences", 200, ["sequences"]),
        ("getSequence", 200, ["sequence"]),
        ("getSequence", 404, ["errors"]),
    ]
    assert [answer["path"] for answer in report if answer["operation"] == "getTax"] == [
        "/taxes/1211.json",
        "/taxes/999999999999.json",
    ]
    assert [answer["status"] for answer in report if answer["operation"] == "findClientByCode"] == [502, 502]
    # --series, the option's former name, still serves
    former = json.loads(probe_command(url, "--json", "--series", "1").stdout)
    assert [answer["path"] for answer in former] == [answer["path"] for answer in report]


def _serve(routes: dict[str, Callable[[httpx.Request], httpx.Response]], seen: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        found = routes.get(request.url.path)
        return found(request) if found else httpx.Response(404)

    return httpx.MockTransport(handler)


def test_an_undocumented_status_is_drift() -> None:
    probe = load_probe()
    contract = probe.Contract(probe.yaml.safe_load(probe.BUNDLE.read_text("utf-8")))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sequences.json":
            return httpx.Response(200, json={"sequences": []})
        return httpx.Response(418, json={"error": "teapot"})

    with httpx.Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler)) as http:
        answers = probe.probe(http, contract, 5).answers
    assert [(answer.status, answer.documented, answer.drifts) for answer in answers[:2]] == [
        (200, True, False),
        (418, False, True),
    ]
    assert all((answer.status, answer.documented) == (418, False) for answer in answers[1:])


WIDGET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
}
WIDGETS = {
    "openapi": "3.1.0",
    "info": {"title": "widgets", "version": "1.0.0"},
    "paths": {
        "/widgets.json": {
            "get": {
                "operationId": "listWidgets",
                "tags": ["widgets"],
                "x-read-only": True,
                "x-list": {"entries": "widgets", "page": "page"},
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "a page", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"widgets": {"type": "array", "items": WIDGET}}}}}}},
            },
            "post": {"operationId": "createWidget", "tags": ["widgets"], "responses": {"201": {"description": "made"}}},
        },
        "/widgets/{widget_id}.json": {
            "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "get": {
                "operationId": "getWidget",
                "tags": ["widgets"],
                "x-read-only": True,
                "responses": {
                    "200": {"description": "one", "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"widget": WIDGET}}}}},
                    "404": {"description": "none"},
                },
            },
        },
        "/widgets/by-maker.json": {
            "get": {
                "operationId": "findWidgetsByMaker",
                "tags": ["widgets"],
                "x-read-only": True,
                "parameters": [{"name": "maker_code", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"404": {"description": "none"}},
            },
        },
    },
}  # fmt: skip


def test_a_get_added_to_the_contract_is_probed_without_editing_the_probe() -> None:
    """The probe reads what the contract declares, not a list of its own: a new resource's list (both pages),
    its read of one entry filled from the list's ids, and an id no one has, are all sent and compared; a read no
    entry can fill is named as not probed (and still sent with a value no one has); an operation not marked
    read-only is never sent."""
    probe = load_probe()
    seen: list[str] = []
    pages = {"1": [{"id": 7, "name": "cog"}, {"id": 8, "name": "gear"}], "2": [{"id": 9, "name": "axle"}]}
    widget = {"id": 7, "name": "cog", "colour": "red"}
    routes = {
        "/widgets.json": lambda request: httpx.Response(
            200, json={"widgets": pages.get(request.url.params.get("page", "1"), [])}
        ),
        "/widgets/7.json": lambda request: httpx.Response(200, json={"widget": widget}),
        "/widgets/8.json": lambda request: httpx.Response(200, json={"widget": {"id": 8, "name": 8}}),
    }
    with httpx.Client(base_url="http://127.0.0.1:9", transport=_serve(routes, seen)) as http:
        probed = probe.probe(http, probe.Contract(WIDGETS), 2)
    assert [(answer.operation, answer.path, answer.status) for answer in probed.answers] == [
        ("listWidgets", "/widgets.json", 200),
        ("listWidgets", "/widgets.json?page=2", 200),
        ("getWidget", "/widgets/7.json", 200),
        ("getWidget", "/widgets/8.json", 200),
        ("getWidget", "/widgets/999999999999.json", 404),
        ("findWidgetsByMaker", "/widgets/by-maker.json?maker_code=scripts-probe%3A%20no%20such%20entry", 404),
    ]
    assert probed.answers[2].unknown_fields == ["$.widget.colour"]
    assert probed.answers[3].broken_values[0].startswith("$.widget.name: 8 is not of type")
    assert probed.not_probed == ["findWidgetsByMaker GET /widgets/by-maker.json: no list entry gave maker_code"]
    assert all(request.startswith("GET ") for request in seen)


def test_it_never_writes() -> None:
    probe = load_probe()
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        with pytest.raises(RuntimeError, match=f"GETs only, not {method}"):
            probe.read_only(httpx.Request(method, "http://127.0.0.1:9/taxes.json"))
    probe.read_only(httpx.Request("GET", "http://127.0.0.1:9/sequences.json"))


def test_the_report_hides_a_short_key_without_altering_the_text_around_it() -> None:
    scrub = load_probe().scrub
    quoted = "The sequence doesn't exist: GET /sequences/999.json?api_key=x&page=1"
    assert scrub(quoted, "x") == "The sequence doesn't exist: GET /sequences/999.json?api_key=[api_key hidden]&page=1"
    assert scrub("GET /sequences/999.json", "9") == "GET /sequences/999.json"
