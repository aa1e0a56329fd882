"""The contract serves other languages too: a TypeScript client's types are generated from the bundled file
and type-checked against code that uses them; a TypeScript client (openapi-fetch) runs against the fake; the
one-page HTML reference renders."""

import json
import os
import shutil
import subprocess
from pathlib import Path

from invoicexpress_fake import Account
from support import BUNDLE, NODE_BIN, ROOT, load_bundle, run, series_wire

NODE_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off"}
USAGE = (ROOT / "tests" / "typescript" / "usage.ts").read_text("utf-8")


def typecheck(folder: Path, usage: str) -> subprocess.CompletedProcess[str]:
    """Generate the TypeScript types from the bundle into `folder`, then type-check `usage` against them."""
    generated = run(NODE_BIN / "openapi-typescript", BUNDLE, "--output", folder / "invoicexpress.d.ts", env=NODE_ENV)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    (folder / "usage.ts").write_text(usage, "utf-8")
    return run(
        NODE_BIN / "tsc", "--noEmit", "--strict", "--target", "es2022", "--module", "es2022",
        "--moduleResolution", "bundler", folder / "usage.ts", env=NODE_ENV,
    )  # fmt: skip


def test_typescript_types_generate_and_type_check(tmp_path: Path) -> None:
    checked = typecheck(tmp_path, USAGE)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_typescript_check_catches_usage_that_breaks_the_contract(tmp_path: Path) -> None:
    checked = typecheck(tmp_path, USAGE.replace('default_sequence: "1" }', 'default_sequence: "2" }'))
    assert checked.returncode != 0
    assert """Type '"2"' is not assignable to type '"0" | "1" | undefined'""" in checked.stdout


def test_a_typescript_client_lists_gets_creates_sets_the_default_and_reads_an_error_from_the_fake(
    tmp_path: Path, fake_url: str, api_key: str, account: Account
) -> None:
    """The same behaviour the Python client shows, in a second language: openapi-typescript's types and
    openapi-fetch's requests, type-checked with `tsc --strict`, run by node over loopback."""
    generated = run(NODE_BIN / "openapi-typescript", BUNDLE, "--output", tmp_path / "invoicexpress.d.ts", env=NODE_ENV)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    shutil.copyfile(ROOT / "tests" / "typescript" / "client.ts", tmp_path / "client.ts")
    (tmp_path / "package.json").write_text('{"type": "module"}\n')
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")  # where node finds openapi-fetch
    compiled = run(
        NODE_BIN / "tsc", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler",
        "--outDir", tmp_path / "out", tmp_path / "client.ts", env=NODE_ENV,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    node = shutil.which("node")
    assert node is not None
    environment = {**NODE_ENV, "INVOICEXPRESS_BASE_URL": fake_url, "INVOICEXPRESS_API_KEY": api_key}
    ran = run(node, tmp_path / "out" / "client.js", cwd=tmp_path, env=environment)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    report = json.loads(ran.stdout)
    series = series_wire(account)
    assert report["listed"] == list(series)[: len(report["listed"])]
    assert report["got"] == report["listed"][0]
    first = series[report["got"]]
    code = first["current_invoice_validation_code"]
    assert report["nextAtcud"] == (code if code in ("N/A", "N/D") else f"{code}-{first['current_invoice_number'] + 1}")
    created = series[report["created"]["id"]]
    assert (created["serie"], report["created"]["status"]) == ("2031", 201)
    assert report["defaulted"] == 200
    assert created["default_sequence"] == 1
    assert report["missing"] == {"status": 404, "code": "006"}


def test_html_reference_renders_every_operation(tmp_path: Path) -> None:
    output = tmp_path / "reference.html"
    result = run(ROOT / "scripts" / "docs", output, env=NODE_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    page = output.read_text("utf-8")
    assert "cdn.redocly.com/redoc/" not in page  # Redoc itself inlined: the page reads offline
    for item in load_bundle()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                assert operation["summary"] in page
