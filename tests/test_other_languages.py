"""The contract serves other languages too: a TypeScript client's types are generated from the bundled file
and type-checked against code that uses them; the one-page HTML reference renders."""

import os
import subprocess
from pathlib import Path

from support import BUNDLE, NODE_BIN, ROOT, load_bundle, run

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
    assert """Type '"2"' is not assignable to type '"0" | "1"'""" in checked.stdout


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
