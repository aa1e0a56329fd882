"""The generator's templates, rendered by the pinned openapi-python-client from a small contract written here,
and what they make run on the runtime: an upgrade of the generator that breaks them fails here, naming what
broke, before it reaches generated/. The contract declares each behaviour the runtime carries out — method
names, retry policies, a resend's "done", a list's pages, "not ready yet" statuses, codecs — and the test checks
each reaches the generated operation and does what it declares."""

import importlib.metadata
import importlib.util
import json
import os
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support import ROOT, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

PRICE = {"type": ["number", "string"], "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "x-codec": "decimal"}
WIDGET = {
    "type": "object",
    "required": ["id", "name", "price"],
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string", "pattern": "^[a-z]+$"},
        "price": PRICE,
        "active": {"type": ["integer", "boolean"], "x-codec": "boolean"},
    },
}
WIDGET_ID = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}, "x-python-name": "id"}
NOT_FOUND = {"description": "No such widget."}


def read(method_name: str, **more: Any) -> dict[str, Any]:
    return {"x-method-name": method_name, "x-read-only": True, "x-retry": {"policy": "idempotent"}, **more}


def body(schema: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def answer(schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"description": "An answer.", "content": {"application/json": {"schema": schema}}, **more}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


CONTRACT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0"},
    "tags": [{"name": "widgets", "description": "Widgets of the shop. Each has a price."}],
    "paths": {
        "/widgets.json": {
            "get": read("list", operationId="listWidgets", tags=["widgets"], summary="List widgets",
                        **{"x-list": {"entries": "widgets", "page": "page", "per-page": "per_page",
                                      "pagination": "pagination"}},
                        parameters=[{"name": name, "in": "query", "schema": {"type": "integer"}}
                                    for name in ("page", "per_page")],
                        responses={"200": answer(ref("WidgetList"))}),
            "post": {
                "operationId": "createWidget", "tags": ["widgets"], "summary": "Create a widget",
                "x-method-name": "create", "x-retry": {"policy": "never", "why": "a widget is made once."},
                "requestBody": body("NewWidgetRequest"),
                "responses": {"201": answer(ref("WidgetEnvelope"),
                                            **{"x-envelope": {"keys": ["widget", "widgets"], "schema": "Widget"}})},
            },
        },
        "/widgets/{widget_id}.json": {
            "parameters": [WIDGET_ID],
            "get": read("get", operationId="getWidget", tags=["widgets"], summary="Get a widget",
                        parameters=[{"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
                        responses={"200": answer(ref("WidgetEnvelope"),
                                                 **{"x-envelope": {"keys": ["widget", "widgets"], "schema": "Widget"}}),
                                   "404": NOT_FOUND}),
            "delete": {
                "operationId": "deleteWidget", "tags": ["widgets"], "summary": "Delete a widget",
                "x-method-name": "delete", "x-retry": {"policy": "idempotent", "done-when-resent": ["404"]},
                "responses": {"200": {"description": "Deleted."}, "404": NOT_FOUND},
            },
        },
        "/widgets/{widget_id}/render.json": {
            "parameters": [WIDGET_ID],
            "get": read("render", operationId="renderWidget", tags=["widgets"], summary="Render a widget",
                        **{"x-pending": ["202"]},
                        responses={"200": answer({"$ref": "#/components/schemas/Rendered"}),
                                   "202": answer({"$ref": "#/components/schemas/Rendering"})}),
        },
        "/widgets/{code}/touch.json": {
            "put": {
                "operationId": "touchWidget", "tags": ["widgets"], "summary": "Touch a widget",
                "x-method-name": "touch", "x-retry": {"policy": "never"},
                "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Touched; no body."}},
            }
        },
    },
    "components": {
        "schemas": {
            "Widget": WIDGET,
            "WidgetList": {
                "type": "object", "required": ["widgets", "pagination"],
                "properties": {"widgets": {"type": "array", "items": ref("Widget")}, "pagination": ref("Pagination")},
            },
            "Pagination": {
                "type": "object", "required": ["total_entries", "current_page", "total_pages", "per_page"],
                "properties": {name: {"type": "integer"}
                               for name in ("total_entries", "current_page", "total_pages", "per_page")},
            },
            # A body that wraps one object, as the service wraps every write: the resource takes its fields.
            "NewWidgetRequest": {"type": "object", "required": ["widget"], "properties": {"widget": ref("NewWidget")}},
            "NewWidget": {
                "type": "object",
                "required": ["name", "price"],
                "properties": {
                    "name": {"type": "string"},
                    "price": {"type": "number", "x-codec": "decimal"},
                    "pinned": {"type": "string", "enum": ["0", "1"], "x-codec": "flag"},
                },
            },
            "WidgetEnvelope": {
                "oneOf": [{"type": "object", "required": [key], "properties": {key: ref("Widget")}}
                          for key in ("widget", "widgets")]
            },
            "Rendered": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
            "Rendering": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}},
        }
    },
}  # fmt: skip

# Runs in a child process, with the package generated from CONTRACT first on the path.
EXERCISE = """
import asyncio, json, sys
from decimal import Decimal
import httpx
import invoicexpress_client
from invoicexpress_client import InvoiceXpressClient, AsyncInvoiceXpressClient, errors
from invoicexpress_client import _base_client
from invoicexpress_client.api.widgets import create_widget, get_widget, touch_widget
from invoicexpress_client.models import NewWidget, NewWidgetRequest

waits = []
_base_client._sleep = waits.append
seen = []
renders = {"count": 0}
deletes = {"count": 0}

def widget(number):
    return {"id": number, "name": "bolt", "price": "0.465612", "active": 1}

def handler(request):
    path = request.url.raw_path.decode().partition("?")[0]
    seen.append([request.method, path, sorted(request.url.params.multi_items()), request.content.decode()])
    if path == "/widgets.json" and request.method == "GET":
        page = int(request.url.params.get("page", "1"))
        pagination = {"total_entries": 3, "current_page": page, "total_pages": 2, "per_page": 2}
        entries = [widget(1), widget(2)] if page == 1 else [widget(3)]
        return httpx.Response(200, json={"widgets": entries, "pagination": pagination})
    if path == "/widgets.json":
        return httpx.Response(201, content=b'{"widget": {"id": 8, "name": "nut", "price": 2.0244000000000001}}',
                              headers={"content-type": "application/json"})
    if path.endswith("/render.json"):
        renders["count"] += 1
        if renders["count"] < 3:
            return httpx.Response(202, json={"status": "In progress"})
        return httpx.Response(200, json={"url": "https://cdn.example/w.png"})
    if request.method == "DELETE":
        deletes["count"] += 1
        if deletes["count"] == 1:
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(404)
    if request.method == "PUT":
        return httpx.Response(503)
    return httpx.Response(200, json={"widgets": {"id": 7, "name": "Bolt", "price": 0.465612, "active": True}})

transport = httpx.MockTransport(handler)
client = InvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": transport})
report = {}

got = get_widget.sync_detailed(7, client=client, verbose=True)
get_widget.sync(7, client=client)  # verbose left unset: not sent
report["got"] = [type(got.parsed).__name__, got.parsed.id, str(got.parsed.price), got.parsed.active,
                 [str(d) for d in got.deviations]]
created = create_widget.sync(client=client, body=NewWidgetRequest(widget=NewWidget(name="nut", price=Decimal("12.30"))))
report["created"] = [type(created).__name__, created.id, str(created.price)]
report["functions_seen"] = list(seen)
seen.clear()

# The resource: declared names, the wrapped body's fields, a bool for the flag, pages, polling, resends.
page = client.widgets.list(per_page=2)
report["page"] = [type(page).__name__, len(page), [w.id for w in page], page.pagination.total_pages,
                  page.has_next_page(), [w.id for w in page.auto_paging_iter()]]
report["created_by_resource"] = client.widgets.create(name="nut", price=Decimal("12.30"), pinned=True).id
report["rendered"] = [client.widgets.render(7).url, renders["count"], list(waits)]
report["deleted"] = [client.widgets.delete(7), deletes["count"]]
try:
    client.widgets.touch("a/b")
except errors.ServerError as error:
    report["touch"] = str(error)
report["detailed"] = client.widgets.detailed.get(7).status_code
report["resource_seen"] = list(seen)

async def asynchronous():
    async with AsyncInvoiceXpressClient(
        api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": transport}
    ) as aclient:
        page = await aclient.widgets.list(per_page=2)
        return [(await aclient.widgets.get(7)).id, type(page).__name__, [w.id async for w in page]]
report["async"] = asyncio.run(asynchronous())

def both_keys(request):
    one = {"id": 7, "name": "a", "price": 1}
    return httpx.Response(200, json={"widget": one, "widgets": one})

both = InvoiceXpressClient(
    api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(both_keys)}
)
try:
    get_widget.sync(7, client=both)
except errors.InvalidResponse as error:
    report["refused"] = str(error)
report["package"] = invoicexpress_client.__file__
declared = get_widget.OPERATION
report["declared"] = [declared.method, declared.path, list(declared.statuses), list(declared.successes["200"].envelope),
                      declared.retry.value]
print(json.dumps(report))
"""


def load_generate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "lib" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_is_the_pinned_one() -> None:
    """The templates are written for one version of the generator's template API."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    [pin] = [dep for dep in pyproject["project"]["optional-dependencies"]["dev"] if dep.startswith("openapi-python-")]
    assert pin == f"openapi-python-client=={importlib.metadata.version('openapi-python-client')}"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("widgets")
    contract = folder / "widgets.json"
    contract.write_text(json.dumps(CONTRACT), "utf-8")
    load_generate_script().generate(contract, folder / "generated")
    return folder / "generated"


@pytest.fixture(scope="module")
def report(generated: Path) -> dict[str, Any]:
    result = run(sys.executable, "-c", EXERCISE, cwd=generated, env={**os.environ, "PYTHONPATH": str(generated)})
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    assert found["package"] == str(generated / "invoicexpress_client" / "__init__.py")
    return found


def test_the_operation_declares_what_the_contract_says(report: dict[str, Any]) -> None:
    assert report["declared"] == [
        "GET", "/widgets/{widget_id}.json", ["200", "404"], ["widget", "widgets"], "idempotent"
    ]  # fmt: skip


def test_the_functions_send_the_parameters_and_body_and_read_the_models(report: dict[str, Any]) -> None:
    assert report["functions_seen"] == [
        ["GET", "/widgets/7.json", [["api_key", "k"], ["verbose", "true"]], ""],
        ["GET", "/widgets/7.json", [["api_key", "k"]], ""],
        ["POST", "/widgets.json", [["api_key", "k"]], '{"widget":{"name":"nut","price":12.30}}'],
    ]
    # Unwrapped from the envelope's second key; the capital letter breaks the pattern and is tolerated; the
    # price read exactly, the 1/0 (here true) flag as a bool.
    assert report["got"] == ["Widget", 7, "0.465612", True, ['$.widgets.name (id 7): "Bolt" does not match "^[a-z]+$"']]
    # Seventeen digits, as sent: never through a float.
    assert report["created"] == ["Widget", 8, "2.0244000000000001"]


def test_the_resource_takes_declared_names_and_fields_and_a_bool_for_a_flag(report: dict[str, Any]) -> None:
    bodies = [entry[3] for entry in report["resource_seen"] if entry[0] == "POST"]
    assert bodies == ['{"widget":{"name":"nut","price":12.30,"pinned":"1"}}']
    assert report["created_by_resource"] == 8
    assert report["detailed"] == 200


def test_a_list_is_a_page_that_walks_the_pages_after_it(report: dict[str, Any]) -> None:
    assert report["page"] == ["Page", 2, [1, 2], 2, True, [1, 2, 3]]
    lists = [entry[2] for entry in report["resource_seen"] if entry[:2] == ["GET", "/widgets.json"]]
    assert lists == [[["api_key", "k"], ["per_page", "2"]], [["api_key", "k"], ["page", "2"], ["per_page", "2"]]]
    assert report["async"] == [7, "AsyncPage", [1, 2, 3]]


def test_a_pending_status_is_asked_again_with_growing_waits(report: dict[str, Any]) -> None:
    url, renders, waits = report["rendered"]
    assert (url, renders) == ("https://cdn.example/w.png", 3)
    assert waits[:2] == [0.5, 1.0]


def test_a_delete_resent_and_answered_404_is_done_and_a_never_is_sent_once(report: dict[str, Any]) -> None:
    assert report["deleted"] == [None, 2]
    touches = [entry for entry in report["resource_seen"] if entry[0] == "PUT"]
    assert [entry[1] for entry in touches] == ["/widgets/a%2Fb/touch.json"]
    assert report["touch"].startswith("touch_widget: PUT /widgets/a%2Fb/touch.json: 503")


def test_a_body_matching_both_envelope_keys_is_refused(report: dict[str, Any]) -> None:
    assert report["refused"].startswith(
        "get_widget: GET /widgets/7.json: 200 with a body that breaks the contract at $:"
    )


def test_the_model_template_is_the_generators_with_the_codecs_added() -> None:
    """The overridden model template is the pinned generator's own but for the codec fields: an upgrade of the
    generator shows here as lines that differ beyond those."""
    ours = (ROOT / "generator" / "templates" / "model.py.jinja").read_text("utf-8")
    spec = importlib.util.find_spec("openapi_python_client")
    assert spec is not None
    assert spec.origin is not None
    theirs = (Path(spec.origin).parent / "templates" / "model.py.jinja").read_text("utf-8")
    missing = [line for line in theirs.splitlines() if line.strip() and line not in ours]
    # Lines of theirs that ours changes: the description trimmed, and three `if`s that became `elif`s after a
    # codec's own branch.
    assert missing == [
        "    {%- if model.description %}{{ model.description | safe_for_docstring | wordwrap(116) }}",
        "{%- if config.docstrings_on_attributes and property.description -%}",
        "{%- if prop_template.transform -%}",
        "    {% if prop_template.construct %}",
    ]


@pytest.mark.parametrize(
    ("where", "unsupported", "refusal"),
    [
        (("parameters",), [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}], "not in the path"),
        (("requestBody", "content"), {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}},
         "one JSON document"),
    ],
    ids=["a header parameter", "a form body"],
)  # fmt: skip
def test_generation_stops_on_what_the_runtime_cannot_send(
    tmp_path: Path, where: tuple[str, ...], unsupported: object, refusal: str
) -> None:
    """What has nowhere to go in the runtime's call must fail the generation, not be dropped or sent as JSON."""
    contract = json.loads(json.dumps(CONTRACT))
    operation = contract["paths"]["/widgets.json"]["post"]
    for key in where[:-1]:
        operation = operation[key]
    operation[where[-1]] = unsupported
    (tmp_path / "widgets.json").write_text(json.dumps(contract), "utf-8")
    with pytest.raises(SystemExit, match=refusal):
        load_generate_script().generate(tmp_path / "widgets.json", tmp_path / "generated")
