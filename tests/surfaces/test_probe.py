"""scripts/probe: where a server's answers and the contract differ, read-only."""

import copy
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from invoicexpress_fake import seeded_account
from invoicexpress_fake.serve import serving
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from support import ROOT, VENV_BIN, run, series_wire

PROBE = ROOT / "scripts" / "lib" / "probe.py"
KEY = "probe-key-0123456789"


def load_probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe_script", PROBE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("probe_script", module)
    spec.loader.exec_module(module)
    return module


def drifting_app(seen: list[str]) -> Starlette:
    """A server whose series carry a field the contract does not know, and one a broken validation code."""
    series = [copy.deepcopy(row) for row in series_wire(seeded_account(KEY)).values()]
    for row in series:
        row["created_at"] = "2026-11-28"
    series[0]["current_invoice_validation_code"] = "abc"
    by_id = {row["id"]: row for row in series}

    async def listing(request: Request) -> JSONResponse:
        seen.append(request.method)
        return JSONResponse({"sequences": series})

    async def one(request: Request) -> JSONResponse:
        seen.append(request.method)
        found = by_id.get(int(request.path_params["sequence_id"]))
        if found is None:
            return JSONResponse({"errors": {"code": "006", "message": "The sequence doesn't exist."}}, 404)
        return JSONResponse({"sequence": found})

    return Starlette(routes=[Route("/sequences.json", listing), Route("/sequences/{sequence_id}.json", one)])


def probe_command(base_url: str, *arguments: str) -> Any:
    environment = {**os.environ, "INVOICEXPRESS_API_KEY": KEY}
    environment.pop("INVOICEXPRESS_ACCOUNT_NAME", None)
    return run(VENV_BIN / "python", PROBE, "--base-url", base_url, *arguments, env=environment)


@pytest.fixture
def drifting() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    with serving(drifting_app(seen)) as url:
        yield url, seen


def test_against_the_fake_there_is_no_drift(fake_url: str, api_key: str) -> None:
    environment = {**os.environ, "INVOICEXPRESS_API_KEY": api_key}
    result = run(VENV_BIN / "python", PROBE, "--base-url", fake_url, env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("No drift: every answer is as the contract describes.\n")
    assert "getSequence GET /sequences/999999999999.json: 404; root keys: ['errors']" in result.stdout
    assert api_key not in result.stdout + result.stderr


def test_a_field_the_contract_does_not_know_and_a_broken_value_are_both_named(
    drifting: tuple[str, list[str]],
) -> None:
    url, seen = drifting
    result = probe_command(url)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "    field the contract does not know: $.sequences[*].created_at" in lines
    assert "    field the contract does not know: $.sequence.created_at" in lines
    broken = [line for line in lines if line.startswith("    value that breaks the contract: ")]
    assert broken[0].startswith("    value that breaks the contract: $.sequences[0].current_invoice_validation_code:")
    assert '"abc"' in broken[0]
    assert lines[-1] == "Drift in 5 of 6 answers."  # the list and the four series; the 404 is as documented
    assert set(seen) == {"GET"}
    assert KEY not in result.stdout + result.stderr


def test_the_json_report_lists_root_keys_and_statuses(drifting: tuple[str, list[str]]) -> None:
    url, _ = drifting
    report = json.loads(probe_command(url, "--json", "--series", "1").stdout)
    assert [(answer["operation"], answer["status"], answer["root_keys"]) for answer in report] == [
        ("listSequences", 200, ["sequences"]),
        ("getSequence", 200, ["sequence"]),
        ("getSequence", 404, ["errors"]),
    ]


def test_an_undocumented_status_is_drift() -> None:
    probe = load_probe()
    contract = probe.Contract(probe.yaml.safe_load(probe.BUNDLE.read_text("utf-8")))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sequences.json":
            return httpx.Response(200, json={"sequences": []})
        return httpx.Response(418, json={"error": "teapot"})

    with httpx.Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler)) as http:
        answers = probe.probe(http, contract, 5)
    assert [(answer.status, answer.documented, answer.drifts) for answer in answers] == [
        (200, True, False),
        (418, False, True),
    ]


def test_it_never_writes() -> None:
    probe = load_probe()
    with pytest.raises(RuntimeError, match="GETs only, not POST"):
        probe.read_only(httpx.Request("POST", "http://127.0.0.1:9/sequences.json"))
    probe.read_only(httpx.Request("GET", "http://127.0.0.1:9/sequences.json"))
