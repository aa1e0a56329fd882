"""Where a service's answers and the contract differ (scripts/probe): the first thing to run when the API may
have changed. Read-only, always: it sends GETs and nothing else (any other method is refused before it leaves).

    scripts/probe                         the account of INVOICEXPRESS_ACCOUNT_NAME (or INVOICEXPRESS_BASE_URL)
    scripts/probe --base-url URL          any server (the fake, a recording)
    scripts/probe --entries N             how many entries of each list to read one by one (5)
    scripts/probe --json                  the report as JSON

The key is read from INVOICEXPRESS_API_KEY. What it reads comes from the contract, not from a list of its own:
every GET operation marked `x-read-only`. Each list (`x-list`) is read, and for a paginated one its second page
too when there is one; each other read of the same tag is sent for the first entries those lists gave (its
parameters filled from the entry's fields: `sequence_id` from `id`, `client_name` from `name`), a search by query
for the first entry only, and each is sent once more with a value no account has. For each answer it reports the
status (flagged when the contract does not document it), the root keys, the fields the contract does not know and
the values that break it. Exit status 0 when nothing differs, 1 when something does, 2 when it could not run.
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
from urllib.parse import quote, unquote, urlencode

import httpx
import jsonschema_rs
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
MISSING_ID = 999_999_999_999  # an id no record has: what the service answers for one
MISSING_TEXT = "scripts-probe: no such entry"  # a name or code no record has
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


@dataclass(frozen=True)
class Parameter:
    """A parameter of a read: where it goes, and the entry field that can fill it (its `x-python-name`)."""

    name: str
    location: str
    required: bool
    python_name: str | None
    schema: Schema
    # A document type's column (`x-bind`), given by the type's row of the table: the entry's `type` names the row.
    bind: str | None = None

    def fillers(self) -> list[str]:
        """The fields of a list entry that give this parameter, best first: `x-python-name`, the name itself,
        the name without its resource (`client_name`: `name`; `sequence_id`: `id`)."""
        names = [self.python_name, self.name, self.name.split("_", 1)[-1]]
        return list(dict.fromkeys(name for name in names if name))

    def missing(self) -> str:
        """A value no record has: an id past any, or a name no one would choose."""
        return str(MISSING_ID) if self.schema.get("type") == "integer" else MISSING_TEXT


@dataclass(frozen=True)
class Read:
    """One GET operation of the contract the probe sends: a list (`x-list`: its entries' key, the page parameter
    and the key of `pagination`, where it has them) or a read of one thing."""

    operation: str
    template: str
    tag: str
    parameters: tuple[Parameter, ...]
    entries: str | None = None
    page: str | None = None
    pagination: str | None = None
    # Its other tags (the family's list is also `documents`'): their reads are filled from its entries too.
    also: tuple[str, ...] = ()

    @property
    def required(self) -> list[Parameter]:
        return [parameter for parameter in self.parameters if parameter.required]

    @property
    def searches(self) -> bool:
        """A search by query (find by name, by code) rather than a read of an entry at its own path."""
        return any(parameter.location != "path" for parameter in self.required)


class Contract:
    """The bundled contract: its read operations, each one's documented statuses and their schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._validators: dict[str, Any] = {}

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[unquote(part).replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def reads(self) -> list[Read]:
        """Every GET the contract marks read-only (`x-read-only: true`), in its order."""
        found = []
        for template, item in self.document["paths"].items():
            operation = item.get("get")
            if not isinstance(operation, dict) or operation.get("x-read-only") is not True:
                continue
            declared = {}
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = self.resolve(parameter)
                declared[(parameter["name"], parameter["in"])] = Parameter(
                    parameter["name"],
                    parameter["in"],
                    parameter.get("required", False) is True,
                    parameter.get("x-python-name"),
                    self.resolve(parameter.get("schema", {})),
                    parameter.get("x-bind"),
                )
            listing = operation.get("x-list") or {}
            found.append(
                Read(
                    operation["operationId"],
                    template,
                    (operation.get("tags") or [""])[0],
                    tuple(declared.values()),
                    listing.get("entries"),
                    listing.get("page"),
                    listing.get("pagination"),
                    tuple((operation.get("tags") or [""])[1:]),
                )
            )
        return found

    def responses(self, path: str, method: str) -> dict[str, Any]:
        found: dict[str, Any] = self.document["paths"][path][method]["responses"]
        return found

    def documents(self, path: str, method: str, status: int) -> bool:
        responses = self.responses(path, method)
        return str(status) in responses or f"{str(status)[0]}XX" in responses or "default" in responses

    def schema_pointer(self, path: str, method: str, status: int) -> str | None:
        responses = self.responses(path, method)
        key = next(
            (key for key in (str(status), f"{str(status)[0]}XX", "default") if key in responses), None
        )  # fmt: skip
        if key is None:
            return None
        response = self.resolve(responses[key])
        if "application/json" not in (response.get("content") or {}):
            return None
        escaped = quote(path.replace("~", "~0").replace("/", "~1"), safe="~")  # a URI fragment: `{` encoded
        if "$ref" in responses[key]:
            return f"{responses[key]['$ref']}/content/application~1json/schema"
        return f"#/paths/{escaped}/{method}/responses/{key}/content/application~1json/schema"

    def broken_values(self, pointer: str, body: Any) -> list[str]:
        if pointer not in self._validators:
            self._validators[pointer] = jsonschema_rs.validator_for({"$ref": pointer, **self.document})
        errors = self._validators[pointer].iter_errors(body)
        return sorted(f"{json_path(error.instance_path)}: {error.message}" for error in errors)

    def fields_of(self, schema: Any, body: dict[str, Any]) -> dict[str, Any] | None:
        """The fields a schema names for the object `body`, each with its schema: its own `properties`, those of
        each `allOf` member, and those of the `oneOf`/`anyOf` branch whose required keys `body` has. None where
        it names none, or allows other fields (`additionalProperties`): then any field is known."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        extra = schema.get("additionalProperties")
        if extra is True or isinstance(extra, dict):
            return None
        named: dict[str, Any] | None = dict(schema["properties"]) if "properties" in schema else None
        members = list(schema.get("allOf", []))
        branches = [self.resolve(branch) for branch in schema.get("oneOf") or schema.get("anyOf") or []]
        branches = [branch for branch in branches if isinstance(branch, dict) and branch.get("type") != "null"]
        fitting = [branch for branch in branches if set(branch.get("required", [])) <= set(body)] or branches
        for member in [*members, *fitting[:1]]:
            more = self.fields_of(member, body)
            if more is not None:
                named = {**(named or {}), **more}
        return named

    def items_of(self, schema: Any) -> Any:
        """The schema of an array's items, also through a `oneOf`/`anyOf` (an array or null)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if "items" in schema:
            return schema["items"]
        for branch in schema.get("oneOf") or schema.get("anyOf") or []:
            found = self.items_of(branch)
            if found is not None:
                return found
        return None

    def unknown_fields(self, schema: Any, body: Any, where: str = "$") -> Iterator[str]:
        """Fields of `body` that the schema does not name, anywhere in it."""
        if isinstance(body, dict):
            named = self.fields_of(schema, body)
            if named is None:
                return
            for name, value in body.items():
                if name not in named:
                    yield f"{where}.{name}"
                else:
                    yield from self.unknown_fields(named[name], value, f"{where}.{name}")
        elif isinstance(body, list):
            items = self.items_of(schema)
            if items is not None:
                for index, item in enumerate(body):
                    yield from self.unknown_fields(items, item, f"{where}[{index}]")


def json_path(parts: Any) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in parts)


def read_only(request: httpx.Request) -> None:
    """The probe never writes: creating or registering a series cannot be undone, and a create of the catalogue
    would put a record in a real account."""
    if request.method != "GET":
        raise RuntimeError(f"the probe sends GETs only, not {request.method}")


@dataclass
class Probed:
    """Every answer the probe got, and the reads it could not send (a parameter no list entry could fill)."""

    answers: list[Answer] = field(default_factory=list)
    not_probed: list[str] = field(default_factory=list)


def probe(http: httpx.Client, contract: Contract, per_list: int, secret: str = "") -> Probed:
    """Every read of the contract, tag by tag: its lists first, then its other reads filled from their entries
    (up to `per_list` of them; a search, the first that has the fields), then each with a value no account has;
    every answer compared with the contract. `secret` (the key) is hidden in what the answers are quoted by."""
    probed = Probed()
    reads = contract.reads()
    # The document types' rows, by the `type` a document of each has (what a bound parameter is filled from).
    types = {row["type"]: row for row in contract.document.get("x-document-types", [])}
    listed: dict[str, list[dict[str, Any]]] = {}  # each list's entries, the list read once
    for tag in dict.fromkeys(read.tag for read in reads):
        entries: list[dict[str, Any]] = []
        # Its lists, and those of other tags that are its too (a second tag).
        for read in (read for read in reads if tag in (read.tag, *read.also) and read.entries is not None):
            if read.required:
                if read.tag == tag:
                    probed.not_probed.append(f"{read.operation} GET {read.template}: a list that requires parameters")
                continue
            if read.operation not in listed:
                listed[read.operation] = read_list(http, contract, read, probed, secret)
            entries += listed[read.operation]
        for read in (read for read in reads if read.tag == tag and read.entries is None):
            if not read.required:
                probed.answers.append(examine(http, contract, read, {}, secret).answer)
                continue
            filled = [values for entry in entries if (values := fill(read, entry, types)) is not None]
            if not filled:
                names = ", ".join(parameter.name for parameter in read.required)
                probed.not_probed.append(f"{read.operation} GET {read.template}: no list entry gave {names}")
            for values in filled[: 1 if read.searches else per_list]:
                probed.answers.append(examine(http, contract, read, values, secret).answer)
            missing = {parameter.name: parameter.missing() for parameter in read.required}
            probed.answers.append(examine(http, contract, read, missing, secret).answer)
    return probed


def read_list(http: httpx.Client, contract: Contract, read: Read, probed: Probed, secret: str) -> list[dict[str, Any]]:
    """A list's first page and, for a paginated one, its second when there is one (its `pagination`'s
    `total_pages` says so; for a list without one, when the first page has entries); the entries of both."""
    first = examine(http, contract, read, {}, secret)
    probed.answers.append(first.answer)
    entries = rows(first.body, read.entries)
    if read.page is None:
        return entries
    pagination = first.body.get(read.pagination) if read.pagination and isinstance(first.body, dict) else None
    if isinstance(pagination, dict) and isinstance(pagination.get("total_pages"), int):
        more = pagination["total_pages"] >= 2
    else:
        more = bool(entries)
    if more:
        second = examine(http, contract, read, {read.page: "2"}, secret)
        probed.answers.append(second.answer)
        entries += rows(second.body, read.entries)
    return entries


def rows(body: Any, key: str | None) -> list[dict[str, Any]]:
    found = body.get(key) if isinstance(body, dict) and key else None
    return [row for row in found if isinstance(row, dict)] if isinstance(found, list) else []


def fill(read: Read, entry: dict[str, Any], types: dict[str, dict[str, Any]]) -> dict[str, str] | None:
    """The read's required parameters from one list entry's fields (a bound one from the row of the table that
    the entry's `type` names, `types`), or None where the entry lacks one."""
    values = {}
    for parameter in read.required:
        if parameter.bind is not None:
            row = types.get(str(entry.get("type")), {})
            given = [row.get(parameter.bind.replace("_", "-"))]
        else:
            given = [entry.get(name) for name in parameter.fillers()]
        value = next((one for one in given if isinstance(one, int | str) and not isinstance(one, bool)), None)
        if value is None or value == "":
            return None
        values[parameter.name] = str(value)
    return values


@dataclass
class Examined:
    answer: Answer
    body: Any


def examine(http: httpx.Client, contract: Contract, read: Read, values: dict[str, str], secret: str) -> Examined:
    """One GET of `read` with its parameters' `values`, compared with the contract."""
    locations = {parameter.name: parameter.location for parameter in read.parameters}
    path = read.template
    query = {}
    for name, value in values.items():
        if locations.get(name) == "path":
            path = path.replace(f"{{{name}}}", quote(value, safe=""))
        else:
            query[name] = value
    response = http.get(path, params=query)
    shown = f"{path}?{urlencode(query, quote_via=quote)}" if query else path
    status = response.status_code
    answer = Answer(read.operation, shown, status, contract.documents(read.template, "get", status))
    try:
        body = response.json() if response.content else None
    except ValueError:
        preview = scrub(response.content.decode("utf-8", "replace"), secret)  # hidden before it is cut short
        answer.broken_values.append(f"$: not JSON ({preview[:80]!r})")
        return Examined(answer, None)
    if isinstance(body, dict):
        answer.root_keys = sorted(body)
    pointer = contract.schema_pointer(read.template, "get", status)
    if pointer is not None and body is not None:
        answer.broken_values = contract.broken_values(pointer, body)
        schema = contract.resolve({"$ref": pointer})
        answer.unknown_fields = sorted(set(_wildcard(path) for path in contract.unknown_fields(schema, body)))
    return Examined(answer, body)


def _wildcard(path: str) -> str:
    """A field's path with array indexes folded: one line for a field every entry carries."""
    return re.sub(r"\[\d+\]", "[*]", path)


def report(probed: Probed, base_url: str) -> str:
    answers = probed.answers
    operations = ", ".join(dict.fromkeys(answer.operation for answer in answers))
    lines = [f"Probed {base_url} (read-only): {len(answers)} answers, from {operations}."]
    for answer in answers:
        mark = "drift" if answer.drifts else "ok"
        status = f"{answer.status}" + ("" if answer.documented else " (not a documented status)")
        lines.append(f"[{mark}] {answer.operation} GET {answer.path}: {status}; root keys: {answer.root_keys}")
        lines += [f"    field the contract does not know: {name}" for name in answer.unknown_fields]
        lines += [f"    value that breaks the contract: {problem}" for problem in answer.broken_values]
    lines += [f"[not probed] {reason}" for reason in probed.not_probed]
    statuses = sorted({f"{answer.operation} {answer.status}" for answer in answers})
    lines.append(f"Statuses seen: {', '.join(statuses)}")
    drifting = [answer for answer in answers if answer.drifts]
    lines.append("No drift: every answer is as the contract describes." if not drifting else
                 f"Drift in {len(drifting)} of {len(answers)} answers.")  # fmt: skip
    return "\n".join(lines)


def scrub(text: str, key: str) -> str:
    """The report without the key, in any form an answer may have quoted it, hidden as the client hides it: as
    the token it is, so that a short key alters nothing around it (the client's own scrubber)."""
    from invoicexpress_client._secrecy import Scrubber

    return Scrubber(key).text(text) if key else text


def main() -> int:
    parser = argparse.ArgumentParser(prog="scripts/probe", description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default=os.environ.get("INVOICEXPRESS_BASE_URL"))
    parser.add_argument("--account", default=os.environ.get("INVOICEXPRESS_ACCOUNT_NAME"))
    parser.add_argument(
        "--entries", "--series", dest="entries", type=int, default=5,
        help="how many entries of each list to read one by one (5); --series is its former name",
    )  # fmt: skip
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
            probed = probe(http, contract, arguments.entries, key)
        except httpx.HTTPError as error:
            print(f"scripts/probe: could not reach {base_url}: {type(error).__name__}", file=sys.stderr)
            return 2
    if arguments.json:
        print(scrub(json.dumps([asdict(answer) for answer in probed.answers], indent=2), key))
        for reason in probed.not_probed:
            print(scrub(f"scripts/probe: not probed: {reason}", key), file=sys.stderr)
    else:
        print(scrub(report(probed, base_url), key))
    return 1 if any(answer.drifts for answer in probed.answers) else 0


if __name__ == "__main__":
    sys.exit(main())
