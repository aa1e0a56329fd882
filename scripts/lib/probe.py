"""Where a service's answers and the contract differ (scripts/probe): the first thing to run when the API may
have changed. Read-only, always: it sends GETs and nothing else (any other method is refused before it leaves).

    scripts/probe                         the account of INVOICEXPRESS_ACCOUNT_NAME (or INVOICEXPRESS_BASE_URL)
    scripts/probe --base-url URL          any server (the fake, a recording)
    scripts/probe --json                  the report as JSON

The key is read from INVOICEXPRESS_API_KEY. It lists the series, reads up to --series of them one by one, and
asks for an id no account has; for each answer it reports the status, the root keys, the fields the contract
does not know, and the values that break it. Exit status 0 when nothing differs, 1 when something does, 2
when it could not run.
"""

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
MISSING_ID = 999_999_999_999  # an id no series has: what the service answers for one
Schema = dict[str, Any]


@dataclass
class Answer:
    """What one request got, and how it differs from the contract."""

    operation: str
    path: str
    status: int
    documented: bool
    root_keys: list[str] = field(default_factory=list)
    unknown_fields: list[str] = field(default_factory=list)
    broken_values: list[str] = field(default_factory=list)

    @property
    def drifts(self) -> bool:
        return not self.documented or bool(self.unknown_fields or self.broken_values)


class Contract:
    """The bundled contract: each operation's documented statuses and their schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def responses(self, path: str, method: str) -> dict[str, Any]:
        found: dict[str, Any] = self.document["paths"][path][method]["responses"]
        return found

    def schema_pointer(self, path: str, method: str, status: int) -> str | None:
        responses = self.responses(path, method)
        key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
        if key not in responses:
            return None
        response = self.resolve(responses[key])
        if "application/json" not in (response.get("content") or {}):
            return None
        escaped = path.replace("~", "~0").replace("/", "~1")
        if "$ref" in responses[key]:
            return f"{responses[key]['$ref']}/content/application~1json/schema"
        return f"#/paths/{escaped}/{method}/responses/{key}/content/application~1json/schema"

    def broken_values(self, pointer: str, body: Any) -> list[str]:
        validator = jsonschema_rs.validator_for({"$ref": pointer, **self.document})
        return sorted(f"{json_path(error.instance_path)}: {error.message}" for error in validator.iter_errors(body))

    def unknown_fields(self, schema: Any, body: Any, where: str = "$") -> Iterator[str]:
        """Fields of `body` that the schema does not name, anywhere in it (oneOf: the branch whose keys fit)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches and isinstance(body, dict):
            fitting = [self.resolve(branch) for branch in branches]
            fitting = [branch for branch in fitting if set(branch.get("required", [])) <= set(body)] or fitting
            yield from self.unknown_fields(fitting[0], body, where)
            return
        if isinstance(body, dict) and "properties" in schema:
            properties = schema["properties"]
            for name, value in body.items():
                if name not in properties:
                    yield f"{where}.{name}"
                else:
                    yield from self.unknown_fields(properties[name], value, f"{where}.{name}")
        elif isinstance(body, list) and "items" in schema:
            for index, item in enumerate(body):
                yield from self.unknown_fields(schema["items"], item, f"{where}[{index}]")


def json_path(parts: Any) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in parts)


def read_only(request: httpx.Request) -> None:
    """The probe never writes: creating or registering a series cannot be undone."""
    if request.method != "GET":
        raise RuntimeError(f"the probe sends GETs only, not {request.method}")


def probe(http: httpx.Client, contract: Contract, series_limit: int) -> list[Answer]:
    """Every answer the probe asks for, compared with the contract."""
    listed = examine(http, contract, "listSequences", "/sequences.json", "/sequences.json")
    answers = [listed.answer]
    rows = listed.body.get("sequences") if isinstance(listed.body, dict) else None
    ids = (
        [row["id"] for row in rows if isinstance(row, dict) and isinstance(row.get("id"), int)]
        if isinstance(rows, list)
        else []
    )
    for series_id in [*ids[:series_limit], MISSING_ID]:
        one = examine(http, contract, "getSequence", "/sequences/{sequence_id}.json", f"/sequences/{series_id}.json")
        answers.append(one.answer)
    return answers


@dataclass
class Examined:
    answer: Answer
    body: Any


def examine(http: httpx.Client, contract: Contract, operation: str, template: str, path: str) -> Examined:
    response = http.get(path)
    documented = str(response.status_code) in contract.responses(template, "get")
    answer = Answer(operation, path, response.status_code, documented)
    try:
        body = response.json() if response.content else None
    except ValueError:
        answer.broken_values.append(f"$: not JSON ({response.content[:80]!r})")
        return Examined(answer, None)
    if isinstance(body, dict):
        answer.root_keys = sorted(body)
    pointer = contract.schema_pointer(template, "get", response.status_code)
    if pointer is not None and body is not None:
        answer.broken_values = contract.broken_values(pointer, body)
        schema = contract.resolve({"$ref": pointer})
        answer.unknown_fields = sorted(set(_wildcard(path) for path in contract.unknown_fields(schema, body)))
    return Examined(answer, body)


def _wildcard(path: str) -> str:
    """A field's path with array indexes folded: one line for a field every series carries."""
    return re.sub(r"\[\d+\]", "[*]", path)


def report(answers: list[Answer], base_url: str) -> str:
    lines = [f"Probed {base_url} (read-only): {len(answers)} answers."]
    for answer in answers:
        mark = "drift" if answer.drifts else "ok"
        status = f"{answer.status}" + ("" if answer.documented else " (not a documented status)")
        lines.append(f"[{mark}] {answer.operation} GET {answer.path}: {status}; root keys: {answer.root_keys}")
        lines += [f"    field the contract does not know: {name}" for name in answer.unknown_fields]
        lines += [f"    value that breaks the contract: {problem}" for problem in answer.broken_values]
    statuses = sorted({f"{answer.operation} {answer.status}" for answer in answers})
    lines.append(f"Statuses seen: {', '.join(statuses)}")
    drifting = [answer for answer in answers if answer.drifts]
    lines.append("No drift: every answer is as the contract describes." if not drifting else
                 f"Drift in {len(drifting)} of {len(answers)} answers.")  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="scripts/probe", description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default=os.environ.get("INVOICEXPRESS_BASE_URL"))
    parser.add_argument("--account", default=os.environ.get("INVOICEXPRESS_ACCOUNT_NAME"))
    parser.add_argument("--series", type=int, default=5, help="how many series to read one by one (5)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    arguments = parser.parse_args()
    key = os.environ.get("INVOICEXPRESS_API_KEY")
    base_url = arguments.base_url or (
        f"https://{arguments.account}.app.invoicexpress.com" if arguments.account else None
    )
    if not key or not base_url:
        print(
            "scripts/probe: set INVOICEXPRESS_API_KEY and INVOICEXPRESS_ACCOUNT_NAME (or --base-url)", file=sys.stderr
        )
        return 2
    contract = Contract(yaml.safe_load(BUNDLE.read_text("utf-8")))
    with httpx.Client(
        base_url=base_url, params={"api_key": key}, headers={"Accept": "application/json"}, timeout=30,
        event_hooks={"request": [read_only]},
    ) as http:  # fmt: skip
        try:
            answers = probe(http, contract, arguments.series)
        except httpx.HTTPError as error:
            print(f"scripts/probe: could not reach {base_url}: {type(error).__name__}", file=sys.stderr)
            return 2
    if arguments.json:
        print(json.dumps([asdict(answer) for answer in answers], indent=2))
    else:
        print(report(answers, base_url))
    return 1 if any(answer.drifts for answer in answers) else 0


if __name__ == "__main__":
    sys.exit(main())
