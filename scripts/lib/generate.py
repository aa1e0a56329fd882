"""Regenerate generated/ (and the bundled contract) from openapi/, or check that they are up to date.

The pipeline, in order: Redocly bundles openapi/openapi.yaml into one file; openapi-python-client generates the
package's models and operations from it with generator/config.yaml and generator/templates; the runtime, plain
source in generator/runtime (the client, errors, types, validation, and the distribution's pyproject.toml and
README.md), is copied over the result; the bundle is copied into the package as JSON (the runtime validates
answers against it).
"""

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "openapi.yaml"
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
GENERATED = ROOT / "generated"
GENERATOR = ROOT / "generator"
PACKAGE = "invoicexpress_client"
# Made by tools that use generated/ rather than by the generator: never part of the comparison.
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", f"{PACKAGE}.egg-info"}


def run(*command: str | Path) -> None:
    env = {
        **os.environ,
        "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "REDOCLY_TELEMETRY": "off",
    }
    result = subprocess.run([str(part) for part in command], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{Path(str(command[0])).name} failed:\n{result.stdout}{result.stderr}")


def bundle(destination: Path) -> None:
    run(ROOT / "node_modules" / ".bin" / "redocly", "bundle", SPEC, "--output", destination)


def generate(bundled: Path, destination: Path) -> None:
    run(
        ROOT / ".venv" / "bin" / "openapi-python-client", "generate",
        "--path", bundled,
        "--output-path", destination / PACKAGE,
        "--config", GENERATOR / "config.yaml",
        "--custom-template-path", GENERATOR / "templates",
        "--meta", "none",  # the package only: its pyproject.toml is the runtime's
        "--fail-on-warning",
    )  # fmt: skip
    shutil.copytree(GENERATOR / "runtime", destination, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*IGNORED))
    contract = yaml.safe_load(bundled.read_text("utf-8"))
    (destination / PACKAGE / "openapi.json").write_text(json.dumps(contract, indent=1, ensure_ascii=False) + "\n")


def differences(expected: Path, actual: Path, prefix: str = "") -> list[str]:
    """Paths (relative) that are missing, extra or different in `actual` compared with `expected`."""
    comparison = filecmp.dircmp(expected, actual, ignore=list(IGNORED))
    found = [f"missing: {prefix}{name}" for name in comparison.left_only]
    found += [f"not generated: {prefix}{name}" for name in comparison.right_only]
    _, mismatched, errors = filecmp.cmpfiles(expected, actual, comparison.common_files, shallow=False)
    found += [f"differs: {prefix}{name}" for name in mismatched + errors]
    for name in comparison.common_dirs:
        found += differences(expected / name, actual / name, f"{prefix}{name}/")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that generated/ and the bundle are fresh")
    check = parser.parse_args().check
    with tempfile.TemporaryDirectory(prefix="invoicexpress-generate-") as scratch:
        bundled = Path(scratch) / BUNDLE.name
        output = Path(scratch) / "generated"
        bundle(bundled)
        generate(bundled, output)
        if check:
            stale = differences(output, GENERATED) if GENERATED.is_dir() else ["missing: generated/"]
            if not BUNDLE.is_file() or not filecmp.cmp(bundled, BUNDLE, shallow=False):
                stale.insert(0, f"differs: {BUNDLE.relative_to(ROOT)}")
            if stale:
                summary = "\n  ".join(stale[:20] + ([f"... and {len(stale) - 20} more"] if len(stale) > 20 else []))
                sys.exit(f"generated/ is stale: run scripts/generate.\n  {summary}")
            print("generated/ and openapi/dist/ match openapi/.")
            return
        BUNDLE.parent.mkdir(exist_ok=True)
        shutil.copyfile(bundled, BUNDLE)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(output, GENERATED)
        print(
            f"Regenerated {GENERATED.relative_to(ROOT)}/ and {BUNDLE.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}."
        )


if __name__ == "__main__":
    main()
