"""What each operation of the contract declares for a client, read from the bundled contract: the data the
templates render (operations as `Operation(...)` declarations, resources, docstrings, the API reference).

The contract states each behaviour on the operation itself, so that no template or runtime rule needs to guess
it from a method, an operationId or a tag:

- `x-method-name`: the method's name on its resource (`list`, `find_by_name`).
- `x-retry`: `{policy: never | idempotent | keyed, done-when-resent: [statuses], key: field, why: text}`.
- `x-read-only: true`: the operation changes nothing (the command line offers it).
- `x-pending: [statuses]`: the statuses that mean "not ready yet, ask again".
- `x-list: {entries, page, per-page, pagination}`: how a list's answer holds its entries and pages.
- `x-python-name` on a parameter or a body field: its argument's name where the snake_case of the wire name is
  not the right one (`sequence_id` is `id` on `client.sequences`).
- `x-codec` on a field: how its values are read and written (`generator/runtime/.../_codecs.py`).
- `x-summary` on a schema: the fields that show an entry at a glance (the command line's tables).
- `x-envelope` on a response: the keys one of which wraps the body.
- `x-reconcile` on a write: how it is settled when its answer is lost, by reading: `read` (an operation and
  where its parameters come from: `{row: column}`, `{path: parameter}`, `{body: field}`, `{entry: field}`),
  for a create `look-up` (a list, its parameters, `match` and `skip` of its entries, every page walked) and
  `duplicates` (an operation removing a second result, `when` it is in these states), for a read-back `pick`
  (the entry of a list read) and `done` (`{field, event-from}` or `{any-set: {each, of}, unset}`); `not-done`
  (`resend` or `unknown`) and `busy` (statuses meaning the same write is under way, waited out).
- `x-envelope` on a response: the keys one of which wraps the body (`keys`), or the column of a row of the table
  of document types that gives them (`keys-from`, with `type-from` the column the body's `type` must equal): the
  bound resource's row, or the one `row` names (a payment's receipt, whatever the document paid).
- `x-returns` on a response: the one field of the (unwrapped) answer the method returns (`pdfUrl`: the URL).
- `x-download: {method, says}`: a method more, which fetches the file at the address the operation returns
  (from another host: the key is never sent there).
- `x-confirm: {kind, says}` on a write: the command line offers it, saying what cannot be undone and asking first.
- A second tag: the operation is also a method of that tag's resource, unbound there (the family's list on
  `client.documents`, its `type[]` an argument). A body field whose schema is a `const` is no argument: it is
  always sent as that value.

One documented rule of the service is applied here: a POST or PUT carries `Content-Type: application/json`.
What does not fit is refused (`DeclarationError`), naming the operation, before anything is generated.
"""

import dataclasses
import importlib.util
import json
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi_python_client.strings import snake_case

RUNTIME = Path(__file__).resolve().parent / "runtime" / "invoicexpress_client"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
POLICIES = ("never", "idempotent", "keyed")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


class DeclarationError(ValueError):
    """The contract declares something a client cannot carry out."""


def _runtime_module(name: str) -> ModuleType:
    """One of the runtime's modules that import nothing of the package: the tables they hold are the runtime's
    own, read here rather than copied."""
    spec = importlib.util.spec_from_file_location(f"_runtime_{name}", RUNTIME / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Parameter:
    wire: str
    python: str
    where: str  # path | query
    required: bool
    integer: bool
    description: str
    codec: str | None = None  # how its value is written (`x-codec` on its schema)
    argument_type: str | None = None  # the codec's argument type, where one applies
    bind: str | None = None  # the column of the document types' table a bound resource gives it (`x-bind`)
    array: bool = False  # repeated in the query, one value each (`type[]=Invoice&type[]=CreditNote`)
    enum: tuple[str, ...] = ()  # the values it takes (its items', for an array)


@dataclass(frozen=True)
class Field:
    """A field of a request body taken as an argument."""

    wire: str
    python: str
    required: bool
    codec: str | None
    argument_type: str | None  # the codec's argument type, where one applies
    description: str
    given_by: "GivenBy | None" = None  # an argument that gives it from an object (`x-given-by`)
    fixed: str | None = None  # a `const` field: always sent as this value, never an argument


@dataclass(frozen=True)
class GivenBy:
    """An argument that gives a body field from an object (`x-given-by` on the field): `series=` a Sequence,
    whose `current_<type>_sequence_id` for the call's document type is sent as `sequence_id`; given the
    object's id instead, the client reads the object first (operation `read`)."""

    argument: str
    schema: str  # the object's component schema
    attribute: str  # the object's attribute holding the value, `{column}` a column of the document type's row
    read: str  # the operationId that reads the object by its id
    description: str


@dataclass(frozen=True)
class Body:
    root: str | None  # the key the fields are sent under; None: the method takes the request model itself
    schema: str | None  # the component schema of the fields (or of the whole body)
    fields: tuple[Field, ...]
    required: bool
    siblings: tuple[Field, ...] = ()  # fields sent beside the root (`proprietary_uid` beside `invoice`)


@dataclass(frozen=True)
class Success:
    status: str
    envelope: tuple[str, ...]
    schema: str | None  # the component schema of the (unwrapped) body; None: no body
    # For an operation of a bound resource: the table's column whose keys wrap the body (`answer-roots`), and
    # the column the body's `type` must equal.
    envelope_from: str | None = None
    type_from: str | None = None
    returns: str | None = None  # the field of the answer the method returns (`x-returns`), by its wire name
    row: str | None = None  # the row of the table whose document it is, for an operation of no bound resource


@dataclass(frozen=True)
class Lifecycle:
    """A method a bound resource has for one event of a change of state (`x-lifecycle`), where its type's row
    of the table takes that event."""

    method: str
    event: str
    message: bool  # whether it takes a message (the reason, to cancel)
    says: str
    # What it does that cannot be undone, as the command line says it before asking to go ahead (`confirm`);
    # a step with it is a command of each type's resource that takes it.
    confirm: str | None = None


@dataclass(frozen=True)
class Listing:
    entries: str
    page: str | None
    per_page: str | None
    pagination: str | None
    summary: tuple[str, ...] = ()  # the fields that show an entry at a glance (its schema's x-summary)


@dataclass(frozen=True)
class Raised:
    name: str  # errors.<name>
    status: str
    meaning: str  # the first line of the error's docstring, less its status


@dataclass(frozen=True)
class FieldCodec:
    """A model's field that a codec reads and writes: which codec, whether it may be null, and the JSON type its
    writer writes (the first the schema allows)."""

    codec: str
    nullable: bool
    wire: str


@dataclass(frozen=True)
class Declaration:
    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    retry: str
    retry_why: str
    done_when_resent: tuple[int, ...]
    pending: tuple[int, ...]
    read_only: bool
    json_content: bool
    exact_numbers: bool
    statuses: tuple[str, ...]
    successes: tuple[Success, ...]
    parameters: tuple[Parameter, ...]
    body: Body | None
    listing: Listing | None
    raises: tuple[Raised, ...]
    retry_key: str | None = None  # the body field a keyed retry looks a lost creation up by
    lifecycle: tuple[Lifecycle, ...] = ()
    reconcile: str | None = None  # how a lost answer is settled (x-reconcile): a Python literal of its JSON
    also: tuple[str, ...] = ()  # the other tags whose resources have it too, unbound there
    download: tuple[str, str] | None = None  # (method, says): the file at the address it returns (`x-download`)
    confirm: tuple[str, str] | None = None  # (kind, says): the command line asks before it (`x-confirm`)
    returns_summary: tuple[str, ...] = ()  # for a method returning a list of models: their x-summary

    @property
    def key(self) -> str:
        """How the templates find it: the generator's method (lower case) and path (which names each path
        parameter in snake_case: `{document_type}`)."""
        path = re.sub(r"\{([^}]+)\}", lambda name: "{" + re.sub(r"\W", "_", name[1]).lower() + "}", self.path)
        return f"{self.http_method} {path}"

    @property
    def returns_page(self) -> bool:
        return self.listing is not None

    @property
    def retried(self) -> bool:
        return self.retry == "idempotent"


@dataclass(frozen=True)
class Resource:
    tag: str
    description: str
    operations: tuple[Declaration, ...]
    # A bound resource has a class per row of the document types' table with a path (`client.credit_notes`),
    # each giving the operations' bound parameters (`x-bind`) from its row.
    rows: tuple["DocumentKind", ...] = ()

    @property
    def bound(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True)
class DocumentKind:
    """One row of the contract's table of document types (`x-document-types`, openapi/document-types.yaml)."""

    name: str
    type: str
    label: str
    atcud: bool
    path: str | None = None
    request_root: str | None = None
    answer_roots: tuple[str, ...] = ()
    # state -> ((event, the state it leads to), ...), in the table's order
    states: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    payments: bool = False  # a final document of the type takes payments

    @property
    def member(self) -> str:
        """Its name as a member of the DocumentType enum: `CREDIT_NOTE`."""
        return self.name.upper()

    @property
    def json(self) -> str:
        """Its row as the contract writes it, on one line of JSON."""
        import json

        row: dict[str, Any] = {"name": self.name, "type": self.type, "label": self.label, "atcud": self.atcud}
        if self.payments:
            row["payments"] = True
        if self.path is not None:
            row |= {"path": self.path, "request-root": self.request_root}
        if self.answer_roots:
            row |= {"answer-roots": list(self.answer_roots),
                    "states": {state: dict(events) for state, events in self.states}}  # fmt: skip
        return json.dumps(row, ensure_ascii=False)

    @property
    def events(self) -> tuple[str, ...]:
        """Every event a change of state of one of its documents takes, in some state."""
        return tuple(dict.fromkeys(event for _, events in self.states for event, _ in events))


_DOCUMENT_KIND_KEYS = {"name", "type", "label", "atcud", "payments", "path", "request-root", "answer-roots", "states"}
_OPERATED = ("path", "request-root", "answer-roots", "states")
# A type whose documents other operations make (receipts) may give these alone.
_ANSWERED = ("answer-roots", "states")


def _document_kinds(table: Any) -> tuple[DocumentKind, ...]:
    """The table of document types, checked: names unique and usable in Python, the columns of the types with
    operations all given, and every event leading to a state of the type. A contract without one has none."""
    if table is None:
        return ()
    if not isinstance(table, list) or not table:
        raise DeclarationError("x-document-types must be a list of document types")
    kinds = []
    for row in table:
        where = f"x-document-types {row.get('name') if isinstance(row, dict) else row!r}"
        if not isinstance(row, dict) or not {"name", "type", "label", "atcud"} <= set(row) <= _DOCUMENT_KIND_KEYS:
            raise DeclarationError(f"{where}: a row has name, type, label, atcud and, for types with operations,"
                                   f" {', '.join(_OPERATED)}")  # fmt: skip
        if not _IDENTIFIER.fullmatch(str(row["name"])) or not isinstance(row["atcud"], bool):
            raise DeclarationError(f"{where}: name must be snake_case and atcud true or false")
        given = [key for key in _OPERATED if key in row]
        answered = [key for key in _ANSWERED if key in row]
        if given and len(given) != len(_OPERATED) and given != list(_ANSWERED):
            raise DeclarationError(f"{where}: a type with operations gives all of {', '.join(_OPERATED)}")
        if answered and len(answered) != len(_ANSWERED):
            raise DeclarationError(f"{where}: a type's answer-roots and states come together")
        if not isinstance(row.get("payments", False), bool):
            raise DeclarationError(f"{where}: payments is true or false")
        states = row.get("states", {})
        for state, events in states.items():
            for event, target in (events or {}).items():
                if target not in states:
                    raise DeclarationError(f"{where}: {state} --{event}--> {target}, which is not one of its states")
        roots = tuple(row.get("answer-roots", ()))
        if given and roots[:1] != (row["name"],):
            raise DeclarationError(f"{where}: answer-roots begin with the type's own key, {row['name']!r}")
        kinds.append(
            DocumentKind(
                name=row["name"], type=row["type"], label=row["label"], atcud=row["atcud"], path=row.get("path"),
                request_root=row.get("request-root"), answer_roots=roots,
                states=tuple((state, tuple((events or {}).items())) for state, events in states.items()),
                payments=row.get("payments", False),
            )
        )  # fmt: skip
    for column in ("name", "type", "path"):
        values = [getattr(kind, column) for kind in kinds if getattr(kind, column) is not None]
        if len(values) != len(set(values)):
            raise DeclarationError(f"x-document-types: two types have the same {column}")
    return tuple(kinds)


@dataclass
class Declarations:
    """Every operation's declaration (by `key`), every resource (by tag), the schemas' `x-summary`, and the
    table of document types."""

    document_types: tuple[DocumentKind, ...] = ()
    operations: dict[str, Declaration] = field(default_factory=dict)
    resources: dict[str, Resource] = field(default_factory=dict)
    summaries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    codecs: dict[str, Any] = field(default_factory=dict)
    # The fields with a codec of each component schema (its model), by schema and field name.
    fields: dict[str, dict[str, FieldCodec]] = field(default_factory=dict)
    signatures: dict[str, "Signature"] = field(default_factory=dict)  # added once the generator has parsed


class _Contract:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        """`node` with its local `$ref`s followed."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if not reference.startswith("#/") or seen > 32:
                raise DeclarationError(f"unsupported reference {reference!r}")
            target: Any = self.document
            for part in reference[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    @staticmethod
    def component_name(node: Any) -> str | None:
        """The component schema a `$ref` names, if it names one."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            prefix = "#/components/schemas/"
            if node["$ref"].startswith(prefix):
                return str(node["$ref"][len(prefix) :])
        return None

    def schemas_in(self, node: Any, seen: set[int] | None = None) -> Iterator[dict[str, Any]]:
        """Every schema reachable from `node` (references followed once each)."""
        seen = seen if seen is not None else set()
        node = self.resolve(node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        yield node
        for value in (node.get("properties") or {}).values():
            yield from self.schemas_in(value, seen)
        for key in ("items", "additionalProperties", "not"):
            if isinstance(node.get(key), dict):
                yield from self.schemas_in(node[key], seen)
        for key in ("oneOf", "anyOf", "allOf"):
            for item in node.get(key, []):
                yield from self.schemas_in(item, seen)


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _python_name(wire: str, declared: Any, where: str) -> str:
    name = declared if declared is not None else re.sub(r"[^a-z0-9_]", "_", wire.lower()).strip("_")
    if not isinstance(name, str) or not _IDENTIFIER.fullmatch(name) or keyword.iskeyword(name) or name == "timeout":
        raise DeclarationError(f"{where}: {name!r} is not a usable Python argument name (x-python-name)")
    return name


def build(document: Mapping[str, Any]) -> Declarations:
    """The declarations of every operation of the bundled contract `document`."""
    contract = _Contract(document)
    errors = _runtime_module("errors")
    codecs = _runtime_module("_codecs")
    found = Declarations(codecs=dict(codecs.CODECS), document_types=_document_kinds(document.get("x-document-types")))
    tags = {tag["name"]: _text(tag.get("description")) for tag in document.get("tags", [])}
    by_tag: dict[str, list[Declaration]] = {}
    for path, item in document.get("paths", {}).items():
        item = contract.resolve(item)
        for method in HTTP_METHODS:
            if method in item:
                declaration = _operation(contract, errors, codecs, path, method, item, item[method],
                                         found.document_types)  # fmt: skip
                found.operations[declaration.key] = declaration
                by_tag.setdefault(declaration.tag, []).append(declaration)
    for declaration in list(found.operations.values()):
        for other in declaration.also:
            by_tag.setdefault(other, []).append(declaration)
    for tag, operations in by_tag.items():
        names = [operation.method_name for operation in operations]
        for name in sorted({name for name in names if names.count(name) > 1}):
            same = [operation.operation_id for operation in operations if operation.method_name == name]
            raise DeclarationError(f"tag {tag}: {' and '.join(same)} have the same method name {name!r}")
        if tag not in tags:
            raise DeclarationError(f"tag {tag} is not described in the contract's tags")
        # Bound by its own operations: one it has as a second tag is unbound there.
        home = [operation for operation in operations if operation.tag == tag]
        found.resources[tag] = Resource(tag, tags[tag], tuple(operations), _rows(found, tag, home))
    _reconciles(document, found)
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if schema.get("title") not in (None, name):
            raise DeclarationError(f"schema {name}: a title other than its name would rename its model")
        found.fields[name] = _field_codecs(contract, codecs, name, schema)
        summary = schema.get("x-summary")
        if summary is not None:
            unknown = [field for field in summary if field not in (schema.get("properties") or {})]
            if unknown:
                raise DeclarationError(f"schema {name}: x-summary names fields it does not have: {unknown}")
            found.summaries[name] = tuple(summary)
    placed = {
        id(property_schema)
        for schema in document.get("components", {}).get("schemas", {}).values()
        for part in [schema, *(contract.resolve(part) for part in schema.get("allOf", []))]
        for property_schema in (part.get("properties") or {}).values()
    }
    placed |= {
        id(contract.resolve(contract.resolve(parameter).get("schema") or {}))
        for item in document.get("paths", {}).values()
        for owner in [contract.resolve(item), *(contract.resolve(item).get(method) or {} for method in HTTP_METHODS)]
        for parameter in owner.get("parameters", [])
    }
    if elsewhere := [where for where, node in _codec_declarations(document, "#") if id(node) not in placed]:
        raise DeclarationError(
            f"x-codec is for a property of a component schema (or of its allOf parts) or a parameter's schema, not at"
            f" {', '.join(elsewhere)}"
        )
    _check_given_by(found, contract)
    return found


def _check_given_by(found: Declarations, contract: _Contract) -> None:
    """Each `x-given-by` reads its object by an operation that takes only the object's id, and names an
    attribute the object has for every document type its operation is bound to."""
    by_id = {declaration.operation_id: declaration for declaration in found.operations.values()}
    for declaration in found.operations.values():
        for given in (body_field.given_by for body_field in (declaration.body.fields if declaration.body else ())):
            if given is None:
                continue
            where = f"{declaration.operation_id}: x-given-by {given.argument}"
            read = by_id.get(given.read)
            if read is None or [p.where for p in read.parameters if p.required or p.where == "path"] != ["path"]:
                raise DeclarationError(f"{where}: read names an operation that takes only the object's id")
            rows = found.resources[declaration.tag].rows
            if not rows and "{" in given.attribute:
                raise DeclarationError(f"{where}: an attribute with {{columns}} is for a bound resource")
            properties = contract.resolve({"$ref": f"#/components/schemas/{given.schema}"}).get("properties") or {}
            for attribute in {_filled(given.attribute, row) for row in rows} or {given.attribute}:
                if attribute not in properties:
                    raise DeclarationError(f"{where}: {given.schema} has no {attribute}")


def _field_codecs(contract: _Contract, codecs: ModuleType, name: str, schema: Any) -> dict[str, FieldCodec]:
    """The fields of component schema `name` that have a codec, its allOf parts' included."""
    found = {}
    parts = [schema, *(contract.resolve(part) for part in schema.get("allOf", []))]
    for part in parts:
        for wire, property_schema in (part.get("properties") or {}).items():
            codec = property_schema.get("x-codec")
            if codec is None:
                continue
            if codec not in codecs.CODECS:
                raise DeclarationError(f"schema {name}: field {wire}: unknown x-codec {codec!r}")
            kinds = property_schema.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            wire_kinds = [kind for kind in kinds if kind != "null"]
            if not wire_kinds:
                raise DeclarationError(f"schema {name}: field {wire}: a codec's field has a JSON type")
            found[wire] = FieldCodec(codec, "null" in kinds, wire_kinds[0])
    return found


def _codec_declarations(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every schema of the document that names an x-codec, and where it is."""
    if isinstance(node, dict):
        if "x-codec" in node:
            yield where, node
        for key, value in node.items():
            yield from _codec_declarations(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _codec_declarations(value, f"{where}/{index}")


def _operation(
    contract: _Contract,
    errors: ModuleType,
    codecs: ModuleType,
    path: str,
    method: str,
    item: Mapping[str, Any],
    operation: Mapping[str, Any],
    kinds: tuple[DocumentKind, ...] = (),
) -> Declaration:
    where = f"{method.upper()} {path} ({operation.get('operationId')})"
    tags = operation.get("tags") or []
    if len(tags) not in (1, 2) or len(set(tags)) != len(tags):
        raise DeclarationError(f"{where}: an operation belongs to one tag (its resource), and perhaps one more")
    method_name = operation.get("x-method-name")
    if not isinstance(method_name, str) or not _IDENTIFIER.fullmatch(method_name) or keyword.iskeyword(method_name):
        raise DeclarationError(f"{where}: x-method-name must be a snake_case name, not {method_name!r}")
    if method_name in ("detailed",):
        raise DeclarationError(f"{where}: x-method-name {method_name!r} is taken by the resource itself")
    retry = operation.get("x-retry")
    if not isinstance(retry, dict) or retry.get("policy") not in POLICIES:
        raise DeclarationError(f"{where}: x-retry must be an object whose policy is one of {', '.join(POLICIES)}")
    responses = {str(status): contract.resolve(response) for status, response in operation["responses"].items()}
    statuses = tuple(responses)
    done_when_resent = tuple(int(status) for status in retry.get("done-when-resent", []))
    if done_when_resent and retry["policy"] != "idempotent":
        raise DeclarationError(f"{where}: done-when-resent is for an operation that may be resent (idempotent)")
    if any(str(status) not in statuses or status < 400 for status in done_when_resent):
        raise DeclarationError(f"{where}: done-when-resent names statuses that are not documented errors")
    if retry["policy"] == "keyed" and not isinstance(retry.get("key"), str):
        raise DeclarationError(f"{where}: a keyed retry names its key (x-retry.key)")
    pending = tuple(int(status) for status in operation.get("x-pending", []))
    if any(not 200 <= status <= 299 or str(status) not in statuses for status in pending):
        raise DeclarationError(f"{where}: x-pending names statuses that are not documented successes")
    if pending and retry["policy"] != "idempotent":
        raise DeclarationError(f"{where}: asking again (x-pending) is for an operation that may be resent")
    successes = []
    for status, response in responses.items():
        if not (status.isdigit() and 200 <= int(status) <= 299):
            continue
        schema = (response.get("content") or {}).get("application/json", {}).get("schema")
        envelope = response.get("x-envelope") or {}
        keys = tuple(envelope.get("keys", ()))
        name = envelope.get("schema") if envelope else contract.component_name(schema)
        if schema is not None and name is None:
            raise DeclarationError(f"{where}: the {status} body is neither a component schema nor an x-envelope")
        keys_from, type_from = envelope.get("keys-from"), envelope.get("type-from")
        for column in (keys_from, type_from):
            if column is not None and column.replace("-", "_") not in _ROW_COLUMNS:
                raise DeclarationError(f"{where}: x-envelope names {column!r}, not a column of x-document-types")
        row = envelope.get("row")
        if row is not None and row not in {kind.name for kind in kinds if kind.answer_roots}:
            raise DeclarationError(f"{where}: x-envelope's row names no row of x-document-types with answer-roots")
        returns = response.get("x-returns")
        if returns is not None and (name is None or not isinstance(returns, str)
                                    or returns not in (contract.resolve({"$ref": f"#/components/schemas/{name}"})
                                                       .get("properties") or {})):  # fmt: skip
            raise DeclarationError(f"{where}: x-returns names a field of the {status} answer, not {returns!r}")
        successes.append(Success(status, keys, name if schema is not None else None,
                                 keys_from and keys_from.replace("-", "_"), type_from, returns, row))  # fmt: skip
    if not successes:
        raise DeclarationError(f"{where}: no success status is documented")
    if done_when_resent and successes[0].schema is not None:
        raise DeclarationError(f"{where}: done-when-resent needs a success without a body (it has none to read)")
    if operation.get("x-download") is not None and successes[0].returns is None:
        raise DeclarationError(f"{where}: x-download fetches the address the operation returns (x-returns)")
    parameters = _parameters(contract, where, item, operation)
    body = _body(contract, codecs, where, operation)
    if body is not None and any(field.python in {p.python for p in parameters} for field in body.fields):
        raise DeclarationError(f"{where}: a body field and a parameter have the same Python name")
    listing = _listing(contract, where, operation, successes[0], parameters)
    exact = any(
        schema.get("x-codec") == "decimal"
        for status in (*statuses,)
        if status.isdigit() and 200 <= int(status) <= 299
        for schema in contract.schemas_in(
            (responses[status].get("content") or {}).get("application/json", {}).get("schema", {})
        )
    )
    return Declaration(
        operation_id=operation["operationId"],
        tag=tags[0],
        method_name=method_name,
        http_method=method,
        path=path,
        summary=_text(operation.get("summary")),
        description=str(operation.get("description") or "").strip(),
        retry=retry["policy"],
        retry_why=_text(retry.get("why")),
        done_when_resent=done_when_resent,
        pending=pending,
        read_only=operation.get("x-read-only") is True,
        json_content=method in ("post", "put", "patch") or "requestBody" in operation,
        exact_numbers=exact,
        statuses=statuses,
        successes=tuple(successes),
        parameters=parameters,
        body=body,
        listing=listing,
        raises=_raises(errors, statuses),
        retry_key=_retry_key(where, retry, body),
        lifecycle=_lifecycle(where, operation.get("x-lifecycle"), body),
        also=tuple(tags[1:]),
        download=_said(where, "x-download", operation.get("x-download"), ("method", "says")),
        confirm=_said(where, "x-confirm", operation.get("x-confirm"), ("kind", "says")),
        returns_summary=_returns_summary(contract, successes[0]),
    )


def _said(where: str, name: str, declared: Any, keys: tuple[str, str]) -> tuple[str, str] | None:
    """A declaration of two texts (`x-download: {method, says}`, `x-confirm: {kind, says}`)."""
    if declared is None:
        return None
    if (
        not isinstance(declared, dict)
        or set(declared) != set(keys)
        or not all(isinstance(declared[key], str) and declared[key] for key in keys)
    ):
        raise DeclarationError(f"{where}: {name} gives {' and '.join(keys)}, as text")
    first, says = (_text(declared[key]) for key in keys)
    if name == "x-download" and not _IDENTIFIER.fullmatch(first):
        raise DeclarationError(f"{where}: x-download's method must be a snake_case name, not {first!r}")
    return first, says


def _returns_summary(contract: _Contract, success: Success) -> tuple[str, ...]:
    """The x-summary of the models a method returns a list of (its answer's `x-returns` field, an array)."""
    if success.returns is None or success.schema is None:
        return ()
    schema = contract.resolve({"$ref": f"#/components/schemas/{success.schema}"})
    field = contract.resolve(schema["properties"][success.returns])
    if field.get("type") != "array":
        return ()
    return tuple(contract.resolve(field.get("items") or {}).get("x-summary", ()))


def _retry_key(where: str, retry: Mapping[str, Any], body: Body | None) -> str | None:
    key = retry.get("key")
    if key is None:
        return None
    if body is None or key not in {field.wire for field in (*body.siblings, *body.fields)}:
        raise DeclarationError(f"{where}: x-retry.key {key!r} is not a field of the body")
    return str(key)


def _lifecycle(where: str, declared: Any, body: Body | None) -> tuple[Lifecycle, ...]:
    """The methods of a change of state's events (`x-lifecycle`: method -> {event, message, says})."""
    if declared is None:
        return ()
    fields = {field.wire for field in body.fields} if body is not None else set()
    if not isinstance(declared, dict) or not {"state", "message"} <= fields:
        raise DeclarationError(f"{where}: x-lifecycle is for a change of state whose body has state and message")
    found = []
    for method, spec in declared.items():
        if not _IDENTIFIER.fullmatch(method) or not isinstance(spec, dict) or not isinstance(spec.get("event"), str):
            raise DeclarationError(f"{where}: x-lifecycle {method!r}: a snake_case method with its event")
        confirm = spec.get("confirm")
        if confirm is not None and not isinstance(confirm, str):
            raise DeclarationError(f"{where}: x-lifecycle {method!r}: confirm is the text said before asking")
        found.append(Lifecycle(method, spec["event"], spec.get("message") is True, _text(spec.get("says")),
                               _text(confirm) or None))  # fmt: skip
    return tuple(found)


_RECONCILE_KEYS = {"why", "read", "look-up", "match", "skip", "pick", "done", "not-done", "busy", "duplicates"}
_SOURCES = ("row", "path", "body", "entry")


def _reconciles(document: Mapping[str, Any], found: Declarations) -> None:
    """Each write's `x-reconcile`, checked against the operations it names, rendered as the runtime's
    `Reconcile`, as JSON, into its declaration (the resources keep the same declarations)."""
    by_id = {declaration.operation_id: declaration for declaration in found.operations.values()}
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            declared = (item.get(method) or {}).get("x-reconcile")
            if declared is None:
                continue
            write = by_id[item[method]["operationId"]]
            source = _reconcile(write, declared, by_id, found.document_types)
            changed = dataclasses.replace(write, reconcile=source)
            found.operations[write.key] = changed
            for name, resource in found.resources.items():
                operations = tuple(changed if operation is write else operation for operation in resource.operations)
                found.resources[name] = dataclasses.replace(resource, operations=operations)


def _reconcile(
    write: Declaration, declared: Any, by_id: Mapping[str, Declaration], kinds: tuple[DocumentKind, ...]
) -> str:
    where = f"{write.http_method.upper()} {write.path} ({write.operation_id}): x-reconcile"
    if not isinstance(declared, dict) or not set(declared) <= _RECONCILE_KEYS or "read" not in declared:
        raise DeclarationError(f"{where} is an object with read, and some of {', '.join(sorted(_RECONCILE_KEYS))}")
    if write.read_only:
        raise DeclarationError(f"{where}: a read has nothing to reconcile")
    look_up, done = declared.get("look-up"), declared.get("done")
    if (done is None) == (look_up is None):
        raise DeclarationError(f"{where}: a create looks its result up (look-up); a read-back says when it is done")
    body_fields = {field.wire for field in (*write.body.fields, *write.body.siblings)} if write.body else set()

    def source(value: Any, at: str, entries: bool) -> str:
        if not (isinstance(value, dict) and len(value) == 1):
            raise DeclarationError(f"{where}: {at} comes from one of {', '.join(_SOURCES)}")
        [(kind, name)] = value.items()
        known = {
            "row": set(_ROW_COLUMNS) if write.parameters and any(p.bind for p in write.parameters) else set(),
            "path": {parameter.wire for parameter in write.parameters if parameter.where == "path"},
            "body": body_fields,
            "entry": {name} if entries else set(),
        }
        if kind not in known or name not in known[kind]:
            raise DeclarationError(f"{where}: {at} comes from {kind} {name!r}, which the write does not have")
        return f"{kind}:{name}"

    def operation(spec: Any, at: str, *, read: bool) -> Declaration:
        target = by_id.get(str(spec.get("operation"))) if isinstance(spec, dict) else None
        if target is None:
            raise DeclarationError(f"{where}: {at} names an operation of the contract")
        if read and not (target.read_only and target.retried):
            raise DeclarationError(f"{where}: {at} {target.operation_id} is not a read safe to repeat")
        return target

    def step(spec: Any, at: str, *, read: bool, entries: bool) -> dict[str, Any]:
        target = operation(spec, at, read=read)
        parameters = spec.get("parameters") or {}
        wires = {parameter.wire: parameter.where for parameter in target.parameters}
        if unknown := sorted(set(parameters) - set(wires)):
            raise DeclarationError(f"{where}: {at} {target.operation_id} has no parameter {', '.join(unknown)}")
        if missing := [wire for wire, place in wires.items() if place == "path" and wire not in parameters]:
            raise DeclarationError(f"{where}: {at} {target.operation_id} is not given its path's {', '.join(missing)}")
        placed: dict[str, list[list[str]]] = {"path": [], "query": []}
        for name, value in parameters.items():
            placed[wires[name]].append([name, source(value, f"{at} {name}", entries)])
        module = f"{re.sub(r'[^a-z0-9]+', '_', target.tag.lower())}.{_snake(target.operation_id)}"
        found: dict[str, Any] = {"operation": module} | {part: values for part, values in placed.items() if values}
        if "body" in spec:
            [(root, fields)] = spec["body"].items()
            found["body"] = [root, [[field, f"value:{value}"] for field, value in fields.items()]]
        return found

    read_target = operation(declared["read"], "read", read=True)
    if read_target.successes[0].schema != write.successes[0].schema:
        raise DeclarationError(f"{where}: read {read_target.operation_id} answers another schema than the write's")
    parts: dict[str, Any] = {"read": step(declared["read"], "read", read=True, entries=look_up is not None)}
    if look_up is not None:
        if operation(look_up, "look-up", read=True).listing is None:
            raise DeclarationError(f"{where}: look-up names a list")
        match = look_up.get("match") or {}
        if not match:
            raise DeclarationError(f"{where}: look-up matches its entries by a field (match)")
        parts["look_up"] = step(look_up, "look-up", read=True, entries=False)
        parts["match"] = [[field, source(value, f"match {field}", False)] for field, value in match.items()]
        if skip := look_up.get("skip"):
            parts["skip"] = [[field, list(values)] for field, values in skip.items()]
    if pick := declared.get("pick"):
        parts["pick"] = [[field, source(value, f"pick {field}", False)] for field, value in pick.items()]
    if done is not None:
        if "field" in done and "event-from" in done:
            if done["event-from"] not in body_fields or not kinds:
                raise DeclarationError(f"{where}: done event-from names a field of the body, over x-document-types")
            parts |= {"done_field": done["field"], "done_event": done["event-from"]}
        elif "any-set" in done:
            each, of = done["any-set"].get("each", ""), done["any-set"].get("of")
            if "{name}" not in each or of not in ("atcud", None):
                raise DeclarationError(f"{where}: done any-set names fields by each row's {{name}} (of: atcud)")
            if not kinds:
                raise DeclarationError(f"{where}: done any-set names fields over x-document-types")
            parts |= {"done_set": each, "done_atcud": of is not None, "unset": list(done.get("unset", ()))}
        else:
            raise DeclarationError(f"{where}: done is {{field, event-from}} or {{any-set, unset}}")
    not_done = declared.get("not-done", "unknown")
    if not_done not in ("resend", "unknown"):
        raise DeclarationError(f"{where}: not-done is resend or unknown")
    if not_done == "resend" and look_up is not None and write.retry != "keyed":
        raise DeclarationError(f"{where}: a create sent again after a look-up is a keyed one (x-retry)")
    if not_done == "resend":
        parts["resend"] = True
    if busy := declared.get("busy"):
        if any(str(status) not in write.statuses for status in busy):
            raise DeclarationError(f"{where}: busy names statuses the write does not document")
        parts["busy"] = [int(status) for status in busy]
    if duplicates := declared.get("duplicates"):
        if look_up is None:
            raise DeclarationError(f"{where}: duplicates are those a look-up finds")
        parts["duplicates"] = step(duplicates, "duplicates", read=False, entries=True)
        parts["duplicates_when"] = list(duplicates.get("when", ()))
    # One line of JSON (the runtime's Reconcile.parse reads it when an answer is lost): a declaration of nested
    # steps, laid out by the formatter, would cost the generated layer a dozen lines per operation.
    return repr(json.dumps(parts, separators=(",", ":"), ensure_ascii=False))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# The columns of a row of x-document-types a declaration may name (`x-bind`, `x-envelope`).
_ROW_COLUMNS = ("name", "type", "path", "request_root", "answer_roots")


def _rows(found: "Declarations", tag: str, operations: list[Declaration]) -> tuple[DocumentKind, ...]:
    """The rows a tag's resource is bound to (one class per row with a path), where its operations have bound
    parameters; each bound parameter's enum begins with those rows' values, in order (a path's is exactly them)."""
    bound = [(operation, parameter) for operation in operations for parameter in operation.parameters if parameter.bind]
    if not bound:
        if any(operation.lifecycle for operation in operations):
            raise DeclarationError(f"tag {tag}: x-lifecycle is for a bound resource's change of state")
        return ()
    rows = tuple(kind for kind in found.document_types if kind.path is not None)
    if not rows:
        raise DeclarationError(f"tag {tag}: x-bind needs x-document-types rows with a path")
    for operation in operations:
        if not any(parameter.bind for parameter in operation.parameters):
            raise DeclarationError(f"tag {tag}: {operation.operation_id} has no bound parameter; a bound resource's"
                                   " operations all have one")  # fmt: skip
        for event in (lifecycle.event for lifecycle in operation.lifecycle):
            if not any(event == taken for row in rows for _, events in row.states for taken, _ in events):
                raise DeclarationError(f"tag {tag}: x-lifecycle event {event!r} is taken in no state of any row")
    for operation, parameter in bound:
        if parameter.bind not in _ROW_COLUMNS:
            raise DeclarationError(f"{operation.operation_id}: x-bind {parameter.bind!r} is not a column of the table")
        values = [getattr(row, parameter.bind) for row in rows]
        enum = parameter.enum
        # A path segment is exactly the rows'; a filter may take more (types the family lists but has no row for).
        if enum[: len(values)] != tuple(values) or (parameter.where == "path" and len(enum) != len(values)):
            raise DeclarationError(f"{operation.operation_id}: {parameter.wire} takes {list(enum)}; it begins with"
                                   f" the table's {parameter.bind} of each row, {values}")  # fmt: skip
    return rows


def _parameters(
    contract: _Contract, where: str, item: Mapping[str, Any], operation: Mapping[str, Any]
) -> tuple[Parameter, ...]:
    found = []
    # An operation's own parameter replaces the path's of the same name and place (OpenAPI's rule).
    declared = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = contract.resolve(raw)
        declared[(parameter.get("name"), parameter.get("in"))] = parameter
    for parameter in declared.values():
        if parameter.get("in") not in ("path", "query"):
            raise DeclarationError(f"{where}: parameter {parameter.get('name')!r} is not in the path or the query")
        schema = contract.resolve(parameter.get("schema") or {})
        kind = schema.get("type")
        codec = schema.get("x-codec")
        if codec is not None and codec not in _runtime_module("_codecs").CODECS:
            raise DeclarationError(f"{where}: parameter {parameter['name']}: unknown x-codec {codec!r}")
        array = kind == "array"
        if array and (parameter.get("in") != "query" or parameter.get("explode") is False):
            raise DeclarationError(f"{where}: parameter {parameter['name']}: an array is a query's, exploded")
        items = contract.resolve(schema.get("items") or {}) if array else schema
        bind = parameter.get("x-bind")
        if bind is not None and not (isinstance(bind, str) and bind.replace("-", "_") in _ROW_COLUMNS):
            raise DeclarationError(f"{where}: parameter {parameter['name']}: x-bind names a column of x-document-types")
        found.append(
            Parameter(
                wire=parameter["name"],
                python=_python_name(parameter["name"], parameter.get("x-python-name"), where),
                where=parameter["in"],
                required=bool(parameter.get("required")),
                integer=kind == "integer" or (isinstance(kind, list) and "integer" in kind),
                description=_text(parameter.get("description") or schema.get("description")),
                codec=codec,
                argument_type=_runtime_module("_codecs").CODECS[codec].argument_type if codec else None,
                bind=bind and bind.replace("-", "_"),
                array=array,
                enum=tuple(str(value) for value in items.get("enum", ())),
            )
        )
    return tuple(found)


def _body(contract: _Contract, codecs: ModuleType, where: str, operation: Mapping[str, Any]) -> Body | None:
    request = contract.resolve(operation.get("requestBody"))
    if not request:
        return None
    content = request.get("content") or {}
    if list(content) != ["application/json"]:
        raise DeclarationError(f"{where}: a request body is one JSON document")
    reference = content["application/json"].get("schema")
    outer = contract.resolve(reference)
    properties = outer.get("properties") or {}
    # A body that wraps one object (`{"tax": {...}}`, as the service wraps its writes), with perhaps fields of
    # its own beside it (`proprietary_uid` beside `invoice`): their fields are the method's arguments. Any other
    # body is taken whole, as its model.
    required_outer = list(outer.get("required", []))
    if len(required_outer) == 1 and required_outer[0] in properties:
        [root] = required_outer
        inner_reference = properties[root]
        inner = contract.resolve(inner_reference)
        beside = {wire: contract.resolve(schema) for wire, schema in properties.items() if wire != root}
        if (
            inner.get("type") == "object"
            and contract.component_name(inner_reference)
            and all(_scalar(schema) for schema in beside.values())
        ):
            fields = _fields(contract, codecs, where, inner.get("properties") or {}, set(inner.get("required", [])))
            siblings = _fields(contract, codecs, where, beside, set())
            return Body(root, contract.component_name(inner_reference), fields, True, siblings)
    return Body(None, contract.component_name(reference), (), bool(request.get("required")))


def _scalar(schema: Mapping[str, Any]) -> bool:
    """Whether a schema is of a scalar (a string, a number, a flag), perhaps null."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return bool(kinds) and all(kind in ("string", "integer", "number", "boolean", "null") for kind in kinds)


def _fields(
    contract: _Contract, codecs: ModuleType, where: str, properties: Mapping[str, Any], required: set[str]
) -> tuple[Field, ...]:
    """The fields of a body as arguments, the required first (they come first in the signature)."""
    fields = []
    for wire, schema in properties.items():
        codec = schema.get("x-codec")
        if codec is not None and codec not in codecs.CODECS:
            raise DeclarationError(f"{where}: field {wire}: unknown x-codec {codec!r}")
        fixed = contract.resolve(schema).get("const")
        if fixed is not None and (not isinstance(fixed, str) or wire not in required):
            raise DeclarationError(f"{where}: field {wire}: a const field is a required string")
        fields.append(
            Field(
                wire=wire,
                python=_python_name(wire, schema.get("x-python-name"), f"{where} field {wire}"),
                required=wire in required,
                codec=codec,
                argument_type=codecs.CODECS[codec].argument_type if codec else None,
                description=_text(schema.get("description") or contract.resolve(schema).get("description")),
                given_by=_given_by(contract, f"{where} field {wire}", schema),
                fixed=fixed,
            )
        )
    fields.sort(key=lambda field: not field.required)
    return tuple(fields)


def _given_by(contract: _Contract, where: str, schema: Mapping[str, Any]) -> GivenBy | None:
    """A field's `x-given-by`: {argument, schema, attribute, read, description}."""
    declared = schema.get("x-given-by")
    if declared is None:
        return None
    keys = {"argument", "schema", "attribute", "read", "description"}
    if (
        not isinstance(declared, dict)
        or set(declared) != keys
        or not all(isinstance(v, str) for v in declared.values())
    ):
        raise DeclarationError(f"{where}: x-given-by has argument, schema, attribute, read and description (text)")
    kinds = schema.get("type")
    if "string" not in (kinds if isinstance(kinds, list) else [kinds]):
        raise DeclarationError(f"{where}: x-given-by gives a string field (the value is sent as its text)")
    columns = re.findall(r"\{([^}]*)\}", declared["attribute"])
    if any(column.replace("-", "_") not in _ROW_COLUMNS for column in columns):
        raise DeclarationError(f"{where}: x-given-by attribute's {{placeholders}} are columns of x-document-types")
    if declared["schema"] not in (contract.document.get("components", {}).get("schemas") or {}):
        raise DeclarationError(f"{where}: x-given-by schema {declared['schema']!r} is not a component schema")
    return GivenBy(_python_name(declared["argument"], None, where), declared["schema"], declared["attribute"],
                   declared["read"], _text(declared["description"]))  # fmt: skip


def _filled(template: str, row: "DocumentKind") -> str:
    """`template` with each `{column}` the row's value in that column of the table."""
    return re.sub(r"\{([^}]*)\}", lambda column: str(getattr(row, column[1].replace("-", "_"))), template)


def _listing(
    contract: _Contract, where: str, operation: Mapping[str, Any], success: Success, parameters: tuple[Parameter, ...]
) -> Listing | None:
    declared = operation.get("x-list")
    if declared is None:
        return None
    if success.schema is None:
        raise DeclarationError(f"{where}: x-list on an operation whose answer has no body")
    schema = contract.resolve({"$ref": f"#/components/schemas/{success.schema}"})
    fields = schema.get("properties") or {}
    listing = Listing(
        entries=declared.get("entries"),
        page=declared.get("page"),
        per_page=declared.get("per-page"),
        pagination=declared.get("pagination"),
    )
    if listing.entries not in fields or contract.resolve(fields[listing.entries]).get("type") != "array":
        raise DeclarationError(f"{where}: x-list entries must name the answer's list field, not {listing.entries!r}")
    entry = contract.resolve(fields[listing.entries]).get("items") or {}
    summary = contract.resolve(entry).get("x-summary", [])
    listing = Listing(listing.entries, listing.page, listing.per_page, listing.pagination, tuple(summary))
    if listing.pagination is not None and listing.pagination not in fields:
        raise DeclarationError(f"{where}: x-list pagination names no field of the answer")
    query = {parameter.wire for parameter in parameters if parameter.where == "query"}
    for name in (listing.page, listing.per_page):
        if name is not None and name not in query:
            raise DeclarationError(f"{where}: x-list names {name!r}, which is not a query parameter")
    if (listing.page is None) != (listing.per_page is None):
        raise DeclarationError(f"{where}: x-list gives both page and per-page, or neither")
    return listing


def _raises(errors: ModuleType, statuses: tuple[str, ...]) -> tuple[Raised, ...]:
    """The error each documented error status raises, and what it means (its class's docstring)."""
    found = []
    for status in statuses:
        if not status.isdigit() or int(status) < 400:
            continue
        code = int(status)
        error = errors.STATUS_ERRORS.get(code) or (errors.ServerError if code >= 500 else errors.APIStatusError)
        first_line = (error.__doc__ or "").strip().splitlines()[0]
        _said, _, meaning = first_line.partition(": ")
        if not meaning:  # the base class: no meaning of its own for this status
            meaning = "refused; `status_code`, `code` and `message` say why"
        found.append(Raised(error.__name__, status, meaning.rstrip(".")))
    return tuple(found)


# --- Signatures: the declarations joined with the generator's types ------------------------------------------


@dataclass(frozen=True)
class Argument:
    """One argument of a resource's method, as the signature, the docstring and the reference show it."""

    name: str
    type: str  # its Python type, without the `| None` of an optional one
    required: bool
    positional: bool
    description: str
    where: str  # path | query | body | beside (a body field beside its root)
    wire: str  # the parameter's name, or (body) the request model's attribute
    bind: str | None = None  # given by a bound resource from its row: not among its method's arguments
    codec: str | None = None
    array: bool = False
    # For an argument that gives a body field from an object (where `given`): the module, under the package's
    # `api`, of the operation that reads the object by its id.
    reads: str | None = None

    @property
    def annotation(self) -> str:
        """Its type as a method's signature writes it: `builtins.list[...]`, as a resource's own `list` method
        would otherwise stand for `list` in its class."""
        return re.sub(r"(?<![\w.])list\[", "builtins.list[", self.type)


@dataclass(frozen=True)
class Signature:
    arguments: tuple[Argument, ...]
    returns: str  # what the sync method returns: `None`, a model, or `Page[Entry]`
    async_returns: str
    models: tuple[str, ...]  # the model classes its answers and body name (its declaration's)
    named: tuple[str, ...]  # the model classes its method's signature names
    imports: tuple[str, ...]  # what else its arguments' types need (`from decimal import Decimal`)
    entry: str | None = None  # a list's entry model class (`Page[Entry]`)
    returns_attribute: str | None = None  # the answer model's attribute the method returns (`x-returns`)
    fixed: tuple[tuple[str, str], ...] = ()  # (the request model's attribute, its const) of the const fields
    named_unbound: tuple[str, ...] = ()  # what the signature names on a resource that has it unbound

    def named_on(self, bound: bool) -> tuple[str, ...]:
        return self.named if bound else self.named_unbound

    @property
    def shown(self) -> tuple[Argument, ...]:
        """The arguments of the resource's method: all but those a bound resource gives from its row."""
        return self.shown_on(True)

    def shown_on(self, bound: bool) -> tuple[Argument, ...]:
        """The arguments of its method on a resource bound or not (unbound, a bound parameter is an argument)."""
        return tuple(argument for argument in self.arguments if not (bound and argument.bind))

    @property
    def display(self) -> str:
        return self.display_on(True)

    def display_on(self, bound: bool) -> str:
        """The arguments as a reader of the reference sees them: `id, *, name, code=None, timeout=None`."""
        shown = self.shown_on(bound)
        positional = [argument.name for argument in shown if argument.positional]
        keywords = [argument.name if argument.required else f"{argument.name}=None"
                    for argument in shown if not argument.positional]  # fmt: skip
        return ", ".join([*positional, "*", *keywords, "timeout=None"])


def add_signatures(found: Declarations, openapi: Any) -> None:
    """Each operation's signature (by declaration key): its arguments, named as declared and typed as
    openapi-python-client types their parameters and fields, and what it returns."""
    models = {model.class_info.name: model for model in openapi.models}
    endpoints = {
        f"{endpoint.method} {raw(endpoint.path)}": endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    modules = {
        raw(endpoint.name): f"{tag}.{raw(endpoint.name)}"
        for tag, collection in openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    for key, declaration in found.operations.items():
        if key not in endpoints:
            raise DeclarationError(f"{declaration.operation_id}: the generator made no endpoint of it (it has"
                                   f" {sorted(endpoints)})")  # fmt: skip
        found.signatures[key] = _signature(declaration, endpoints[key], models, found.codecs, modules)


def raw(value: Any) -> str:
    """The text of one of the generator's strings (it wraps the contract's own, to keep them out of code)."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _class(schema: str, models: Mapping[str, Any]) -> Any:
    name = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", schema) if part)
    if name not in models:
        raise DeclarationError(f"schema {schema}: the generator made no model {name} of it (a title?)")
    return models[name]


def _props(model: Any) -> dict[str, Any]:
    return {raw(prop.name): prop for prop in [*model.required_properties, *model.optional_properties]}


def _type(prop: Any) -> str:
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def _signature(
    declaration: Declaration,
    endpoint: Any,
    models: Mapping[str, Any],
    codecs: Mapping[str, Any],
    modules: Mapping[str, str],
) -> Signature:
    arguments: list[Argument] = []
    path_props = {raw(prop.name): prop for prop in endpoint.path_parameters}
    query_props = {raw(prop.name): prop for prop in endpoint.query_parameters}
    for parameter in declaration.parameters:
        prop = (path_props if parameter.where == "path" else query_props)[parameter.wire]
        argument_type = parameter.argument_type or _type(prop)
        arguments.append(
            Argument(parameter.python, argument_type, parameter.required or parameter.where == "path",
                     parameter.where == "path", parameter.description, parameter.where, parameter.wire,
                     parameter.bind, parameter.codec, parameter.array)
        )  # fmt: skip
    body = declaration.body
    fixed: list[tuple[str, str]] = []
    if body is not None and body.root is not None:
        assert body.schema is not None
        inner = _props(_class(body.schema, models))
        for field in body.fields:
            prop = inner[field.wire]
            if field.fixed is not None:  # always sent as its const: not an argument
                fixed.append((str(prop.python_name), field.fixed))
                continue
            kind = field.argument_type or _type(prop)
            arguments.append(Argument(field.python, kind if field.required else _without_none(kind), field.required,
                                      False, field.description, "body", str(prop.python_name)))  # fmt: skip
            if field.given_by is not None:
                given = field.given_by
                arguments.append(Argument(given.argument, f"{_class(given.schema, models).class_info.name} | int",
                                          False, False, given.description, "given", field.python,
                                          reads=modules[snake_case(given.read)]))  # fmt: skip
        for field in body.siblings:
            arguments.append(Argument(field.python, field.argument_type or "str", False, False, field.description,
                                      "beside", field.wire))  # fmt: skip
    elif body is not None:
        prop = endpoint.bodies[0].prop
        arguments.append(Argument("body", _type(prop), body.required, False, "The request's body.", "body", "body"))
    names = [argument.name for argument in arguments]
    if twice := sorted({name for name in names if names.count(name) > 1}):
        raise DeclarationError(f"{declaration.operation_id}: two arguments are named {', '.join(twice)}")
    # Positional first, then the required keywords, then the optional ones: the order of the signature.
    arguments.sort(key=lambda argument: (not argument.positional, not argument.required))
    first = declaration.successes[0]
    used = [success.schema for success in declaration.successes if success.schema]
    if body is not None and body.root is not None and body.schema:
        used.append(body.schema)
    classes = [str(_class(schema, models).class_info.name) for schema in used]
    entry = None
    attribute = None
    if declaration.listing is not None:
        assert first.schema is not None
        entries = _props(_class(first.schema, models))[declaration.listing.entries]
        entry = str(entries.inner_property.get_type_string().as_unembedded_code())
        classes.append(entry)
        returns, async_returns = f"Page[{entry}]", f"AsyncPage[{entry}]"
    elif first.returns is not None:
        assert first.schema is not None
        returned = _props(_class(first.schema, models))[first.returns]
        returns = async_returns = _type(returned)
        attribute = str(returned.python_name)
        classes += [word for word in _WORD.findall(returns) if word in models]  # what the operation's type names
    else:
        returns = async_returns = classes[0] if first.schema else "None"
    # What the signature names: the models among its types, and the codecs' own types.
    # (A bound argument is not in the method's signature: its type is not named there.)
    shown = [argument.type for argument in arguments if not argument.bind]
    words = {word for text in [returns, *shown] for word in _WORD.findall(text)}
    known = _model_names(models) | _parameter_classes(endpoint)
    named = sorted(word for word in words if word in known)
    # On a resource that has it unbound (a second tag), the bound arguments' types are named too.
    every = {word for text in [returns, *(argument.type for argument in arguments)] for word in _WORD.findall(text)}
    named_unbound = sorted(word for word in every if word in known)
    imports = sorted({codec.python_import for codec in codecs.values() if codec.python_import
                      and codec.python_type.split(".")[0] in {word.split(".")[0] for word in words}})  # fmt: skip
    return Signature(tuple(arguments), returns, async_returns, tuple(dict.fromkeys(classes)), tuple(named),
                     tuple(imports), entry, attribute, tuple(fixed), tuple(named_unbound))  # fmt: skip


def _without_none(kind: str) -> str:
    """An optional argument's type without its `None`: left at None, it is not sent (the signature adds
    `| None` once)."""
    return re.sub(r"^None \| | \| None$", "", kind)


def _parameter_classes(endpoint: Any) -> set[str]:
    """The enums the generator made of an endpoint's parameters (an array's of its items)."""
    names = set()
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
        for candidate in (prop, getattr(prop, "inner_property", None)):
            class_info = getattr(candidate, "class_info", None)
            if class_info is not None:
                names.add(str(class_info.name))
    return names


def _model_names(models: Mapping[str, Any]) -> set[str]:
    """The names a model's module defines: the models, and the enums (Literal types) of their fields."""
    names = set(models)
    for model in models.values():
        for prop in [*model.required_properties, *model.optional_properties]:
            class_info = getattr(prop, "class_info", None)
            if class_info is not None:
                names.add(str(class_info.name))
    return names
