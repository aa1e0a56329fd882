"""Paths and small helpers shared by the tests."""

import re
import subprocess
import traceback
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "openapi.yaml"
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
VENV_BIN = ROOT / ".venv" / "bin"
NODE_BIN = ROOT / "node_modules" / ".bin"


@cache
def load_bundle() -> dict[str, Any]:
    """The bundled contract, parsed once; callers must not change it."""
    document: dict[str, Any] = yaml.safe_load(BUNDLE.read_text("utf-8"))
    return document


def run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command to completion (bounded), capturing its output for the assertion message."""
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def exposures(*objects: object) -> list[str]:
    """What a log, a report or an error tracker may show of each object: str, repr, and for an exception its
    whole chain and traceback with every frame's locals (as `pytest -l` or Sentry would)."""
    texts: list[str] = []
    for item in objects:
        texts += [str(item), repr(item)]
        if isinstance(item, BaseException):
            report = traceback.TracebackException.from_exception(item, capture_locals=True)
            texts.append("".join(report.format()))
            for link in (item.__cause__, item.__context__):
                if link is not None:
                    texts += [str(link), repr(link)]
    return texts


def series_wire(account: Any) -> dict[int, dict[str, Any]]:
    """The fake account's series as the service writes them (by id): what a client must read back exactly."""
    from invoicexpress_fake.routes.sequences import render

    return {series.id: render(series) for series in account.series.values()}


@dataclass(frozen=True)
class ContractOperation:
    """One operation of the bundled contract, as the tests walk them."""

    operation_id: str
    tag: str
    method: str  # upper case
    path: str
    declared: dict[str, Any]  # the operation's own object

    @property
    def method_name(self) -> str:
        name: str = self.declared["x-method-name"]
        return name

    @property
    def read_only(self) -> bool:
        return self.declared.get("x-read-only") is True

    @property
    def module(self) -> str:
        """Its operation module's name: the operationId in snake case."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()

    @property
    def attributes(self) -> tuple[str, ...]:
        """The attributes of the clients its method is on: its tag, or where its resource is bound to the
        document types (a parameter with `x-bind`), each type's path segment of the contract's table."""
        return attributes_of(self.tag)


@cache
def attributes_of(tag: str) -> tuple[str, ...]:
    """The client attributes of a tag's resource: the tag itself, or one per row of the document types'
    table with a path, where its operations have a bound parameter."""
    bundle = load_bundle()
    for item in bundle["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("tags") == [tag]:
                parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                if any("x-bind" in resolved(bundle, parameter) for parameter in parameters):
                    return tuple(row["path"] for row in bundle["x-document-types"] if "path" in row)
    return (tag,)


def resolved(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """`node` with its local `$ref`s followed."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


@cache
def operations() -> tuple[ContractOperation, ...]:
    """Every operation of the bundled contract, in its order."""
    return tuple(
        ContractOperation(operation["operationId"], operation["tags"][0], method.upper(), path, operation)
        for path, item in load_bundle()["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    )
