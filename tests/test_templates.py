"""The generator's templates, rendered by the pinned openapi-python-client from a small contract written here,
and the operations they make run on the runtime: an upgrade of the generator that breaks them fails here,
naming what broke, before it reaches generated/."""

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

WIDGET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "integer"}, "name": {"type": "string", "pattern": "^[a-z]+$"}},
}
CONTRACT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0"},
    "paths": {
        "/widgets/{widget_id}.json": {
            "get": {
                "operationId": "getWidget",
                "tags": ["widgets"],
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {
                    "200": {
                        "description": "One widget, under either key.",
                        "x-envelope": {"keys": ["widget", "widgets"], "schema": "Widget"},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetEnvelope"}}},
                    },
                    "404": {"description": "No such widget."},
                },
            }
        },
        "/widgets.json": {
            "post": {
                "operationId": "createWidget",
                "tags": ["widgets"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                },
                "responses": {
                    "201": {
                        "description": "The new widget.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    }
                },
            }
        },
        "/widgets/{widget_id}/rename.json": {
            "post": {
                "operationId": "renameWidget",
                "tags": ["widgets"],
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RenameRequest"}}},
                },
                "responses": {"204": {"description": "Renamed."}},
            }
        },
        "/widgets/{widget_id}/touch.json": {
            "put": {
                "operationId": "touchWidget",
                "tags": ["widgets"],
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Touched; no body."}},
            }
        },
    },
    "components": {
        "schemas": {
            "Widget": WIDGET,
            # A body that wraps one object, as the service wraps every write: the resource takes its fields.
            "RenameRequest": {
                "type": "object",
                "required": ["widget"],
                "properties": {"widget": {"$ref": "#/components/schemas/Rename"}},
            },
            "Rename": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "pinned": {"type": "string", "enum": ["0", "1"]}},
            },
            "WidgetEnvelope": {
                "oneOf": [
                    {"type": "object", "required": [key], "properties": {key: {"$ref": "#/components/schemas/Widget"}}}
                    for key in ("widget", "widgets")
                ]
            },
        }
    },
}  # fmt: skip

# Runs in a child process, with the package generated from CONTRACT first on the path.
EXERCISE = """
import json, sys
import httpx
import invoicexpress_client
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.api.widgets import create_widget, get_widget, touch_widget
from invoicexpress_client.models import Widget

seen = []
def handler(request):
    path = request.url.raw_path.decode().partition("?")[0]
    seen.append([request.method, path, sorted(request.url.params.multi_items()), request.content.decode()])
    if request.method == "GET":
        return httpx.Response(200, json={"widgets": {"id": 7, "name": "Bolt"}})
    if request.method == "POST":
        return httpx.Response(201, json={"id": 8, "name": "nut"})
    return httpx.Response(200)

transport = httpx.MockTransport(handler)
client = InvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": transport})
got = get_widget.sync_detailed(7, client=client, verbose=True)
get_widget.sync(7, client=client)  # verbose left unset: not sent
created = create_widget.sync(client=client, body=Widget(id=0, name="nut"))
touched = touch_widget.sync("a/b", client=client)
def both_keys(request):
    return httpx.Response(200, json={"widget": {"id": 7, "name": "a"}, "widgets": {"id": 8, "name": "b"}})

both = InvoiceXpressClient(
    api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(both_keys)}
)
try:
    get_widget.sync(7, client=both)
    refused = None
except invoicexpress_client.errors.InvalidResponse as error:
    refused = str(error)

# The resource the generator made of the tag: short names, the wrapped body's fields, a bool for "0"/"1".
first_seen = list(seen)
seen.clear()
resource = [client.widgets.get(7, verbose=True).id, client.widgets.create(body=Widget(id=0, name="nut")).id,
            client.widgets.rename(7, name="bolt", pinned=True), client.widgets.rename(7, name="nut"),
            client.widgets.touch("a/b"), client.widgets.detailed.get(7).status_code]
async def asynchronous():
    async with invoicexpress_client.AsyncInvoiceXpressClient(
        api_key="k", base_url="http://127.0.0.1:9", httpx_args={"transport": transport}
    ) as aclient:
        return (await aclient.widgets.get(7)).id
resource.append(__import__("asyncio").run(asynchronous()))

print(json.dumps({
    "resource": resource,
    "resource_seen": seen,
    "refused": refused,
    "package": invoicexpress_client.__file__,
    "declared": [get_widget.OPERATION.method, get_widget.OPERATION.path, list(get_widget.OPERATION.statuses),
                 list(get_widget.OPERATION.envelope)],
    "seen": first_seen,
    "got": [type(got.parsed).__name__, got.parsed.id, [str(d) for d in got.deviations]],
    "created": [type(created).__name__, created.id],
    "touched": touched,
}))
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


def test_the_templates_render_operations_that_run_on_the_runtime(tmp_path: Path) -> None:
    contract = tmp_path / "widgets.json"
    contract.write_text(json.dumps(CONTRACT), "utf-8")
    output = tmp_path / "generated"
    load_generate_script().generate(contract, output)
    env = {**os.environ, "PYTHONPATH": str(output)}
    result = run(sys.executable, "-c", EXERCISE, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["package"] == str(output / "invoicexpress_client" / "__init__.py")
    assert report["declared"] == ["GET", "/widgets/{widget_id}.json", ["200", "404"], ["widget", "widgets"]]
    assert report["seen"] == [
        ["GET", "/widgets/7.json", [["api_key", "k"], ["verbose", "true"]], ""],
        ["GET", "/widgets/7.json", [["api_key", "k"]], ""],
        ["POST", "/widgets.json", [["api_key", "k"]], '{"id":0,"name":"nut"}'],
        ["PUT", "/widgets/a%2Fb/touch.json", [["api_key", "k"]], ""],
    ]
    # Unwrapped from the envelope's second key; the capital letter breaks the pattern and is tolerated.
    assert report["got"] == ["Widget", 7, ['$.widgets.name (id 7): "Bolt" does not match "^[a-z]+$"']]
    assert report["created"] == ["Widget", 8]
    assert report["touched"] is None
    assert report["resource"] == [7, 8, None, None, None, 200, 7]
    assert [entry[3] for entry in report["resource_seen"][:4]] == [
        "",
        '{"id":0,"name":"nut"}',
        '{"widget":{"name":"bolt","pinned":"1"}}',
        '{"widget":{"name":"nut"}}',
    ]
    # Both keys of the envelope: the body matches both branches of the oneOf, which allows one.
    assert report["refused"].startswith(
        "get_widget: GET /widgets/7.json: 200 with a body that breaks the contract at $:"
    )


@pytest.mark.parametrize(
    ("where", "unsupported"),
    [
        (("parameters",), [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}]),
        (("requestBody", "content"), {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}),
    ],
    ids=["a header parameter", "a form body"],
)  # fmt: skip
def test_generation_stops_on_what_the_templates_do_not_support(
    tmp_path: Path, where: tuple[str, ...], unsupported: object
) -> None:
    """What has nowhere to go in the runtime's call must fail the generation, not be dropped or sent as JSON."""
    contract = json.loads(json.dumps(CONTRACT))
    operation = contract["paths"]["/widgets.json"]["post"]
    for key in where[:-1]:
        operation = operation[key]
    operation[where[-1]] = unsupported
    (tmp_path / "widgets.json").write_text(json.dumps(contract), "utf-8")
    with pytest.raises(SystemExit, match="unsupported"):
        load_generate_script().generate(tmp_path / "widgets.json", tmp_path / "generated")
