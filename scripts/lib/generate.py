"""Regenerate generated/ (and the bundled contract) from openapi/, or check that they are up to date.

The pipeline, in order: Redocly bundles openapi/openapi.yaml into one file; generator/declarations.py reads from
it what each operation declares (its method's name, retry policy, list, codecs ...); openapi-python-client,
driven from here, generates the package's models, operations and resources from the bundle with
generator/config.yaml and generator/templates, the declarations given to its templates (`declarations`); the
same templates render the API reference (generated/API.md); the runtime, plain source in generator/runtime
(the client, errors, types, validation, and the distribution's pyproject.toml and README.md), is copied over
the result; the bundle is copied into the package as JSON (the runtime validates answers against it).
"""

import argparse
import contextlib
import filecmp
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "openapi.yaml"
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
CHOICES = ROOT / "openapi" / "dist" / "choices.md"
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
    """The package generated from the bundled contract `bundled`, written into `destination` (new)."""
    import jinja2
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    sys.path.insert(0, str(GENERATOR))
    try:
        import declarations
    finally:
        sys.path.remove(str(GENERATOR))
    contract = yaml.safe_load(bundled.read_text("utf-8"))
    try:
        found = declarations.build(contract)
    except declarations.DeclarationError as error:
        sys.exit(f"the contract's declarations cannot be generated: {error}")
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR / "config.yaml"),
        MetaType.NONE,  # the package only: its pyproject.toml is the runtime's
        bundled,
        "utf-8",
        overwrite=True,
        output_path=destination / PACKAGE,
    )
    openapi = GeneratorData.from_dict(contract, config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"openapi-python-client cannot read the contract: {openapi.header}\n{openapi.detail}")
    try:
        declarations.add_signatures(found, openapi)
    except declarations.DeclarationError as error:
        sys.exit(f"the contract's declarations cannot be generated: {error}")
    project = Project(openapi=openapi, config=config, custom_template_path=GENERATOR / "templates")
    project.env.globals["declarations"] = found
    project.env.filters["raw"] = declarations.raw
    # The post hooks (ruff) are found on PATH: the venv's, pinned.
    os.environ["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
        reference = project.env.get_template("api.md.jinja").render()
    except jinja2.UndefinedError as exc:  # a template met what it does not support (`unsupported(...)`)
        sys.exit(f"openapi-python-client's templates stopped: {exc}")
    if problems:  # warnings too: a piece that could not be generated is missing from the client
        sys.exit("openapi-python-client:\n" + "\n".join(f"{problem.header}: {problem.detail}" for problem in problems))
    (destination / "API.md").write_text(reference, "utf-8")
    # The table of document types, as a module of the package, formatted as the post hooks format the rest.
    document_types = destination / PACKAGE / "document_types.py"
    document_types.write_text(project.env.get_template("document_types.py.jinja").render(), "utf-8")
    run(ROOT / ".venv" / "bin" / "ruff", "format", "--isolated", "--no-cache", "--line-length", "120", "--quiet",
        document_types)  # fmt: skip
    shutil.copytree(GENERATOR / "runtime", destination, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*IGNORED))
    (destination / PACKAGE / "openapi.json").write_text(json.dumps(contract, indent=1, ensure_ascii=False) + "\n")


def choices_document(contract: dict[str, Any]) -> str:
    """Every choice the contract makes where the documentation is silent (`x-choices`), by where it stands: the
    list a team relying on the contract reads to know which of its rules are inferences."""
    found: list[tuple[str, str, str]] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for choice in node.get("x-choices", []):
                found.append((where, choice["id"], " ".join(choice["says"].split())))
            for value in node.values():
                walk(value, where)
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    for path, item in contract.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                walk(operation, f"{method.upper()} {path} ({operation['operationId']})")
        walk({key: value for key, value in item.items() if key == "parameters"}, path)
    for kind, components in contract.get("components", {}).items():
        for name, component in components.items():
            walk(component, f"components/{kind}/{name}")
    for row in contract.get("x-document-types", []):
        walk(row, f"x-document-types {row['name']}")
    lines = [
        "# The contract's choices",
        "",
        "<!-- Generated by scripts/generate from the contract's `x-choices`: edit openapi/, not this file. -->",
        "",
        "Where InvoiceXpress's documentation is silent, the contract chooses, and marks each choice beside what it",
        "concerns. The fake carries each out (`CHOICES` in each module of `fake/invoicexpress_fake/rules/`). A team",
        "that relies on one of these relies on an inference, not on the documentation.",
    ]
    last = None
    for where, choice, says in found:
        if where != last:
            lines += ["", f"## {where}", ""]
            last = where
        lines.append(f"- `{choice}`: {says}")
    return "\n".join(lines) + "\n"


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
        choices = choices_document(yaml.safe_load(bundled.read_text("utf-8")))
        generate(bundled, output)
        if check:
            stale = differences(output, GENERATED) if GENERATED.is_dir() else ["missing: generated/"]
            if not BUNDLE.is_file() or not filecmp.cmp(bundled, BUNDLE, shallow=False):
                stale.insert(0, f"differs: {BUNDLE.relative_to(ROOT)}")
            if not CHOICES.is_file() or CHOICES.read_text("utf-8") != choices:
                stale.insert(0, f"differs: {CHOICES.relative_to(ROOT)}")
            if stale:
                summary = "\n  ".join(stale[:20] + ([f"... and {len(stale) - 20} more"] if len(stale) > 20 else []))
                sys.exit(f"generated/ is stale: run scripts/generate.\n  {summary}")
            print("generated/ and openapi/dist/ match openapi/.")
            return
        BUNDLE.parent.mkdir(exist_ok=True)
        shutil.copyfile(bundled, BUNDLE)
        CHOICES.write_text(choices, "utf-8")
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(output, GENERATED)
        print(
            f"Regenerated {GENERATED.relative_to(ROOT)}/ and {BUNDLE.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}."
        )


if __name__ == "__main__":
    main()
