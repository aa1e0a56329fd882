"""Checks an answer's decoded body against the contract, and sorts what breaks it into what the typed models
can still hold (a value's format: a pattern, a length, a range, an enum value) and what they cannot (a wrong
type, a missing or null field, the wrong root).

The schemas come from `openapi.json`, the bundled contract that `scripts/generate` copies beside this module,
compiled once per operation and status by jsonschema-rs. JSON Schema counts 146090.0 as an integer; the
models would then hold a float where their type says int (and a series id of 146090.0 makes a wrong URL), so
a second, cheap pass finds floats where the contract says integer.
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import chain, repeat
from operator import itemgetter
from typing import Any
from urllib.parse import quote

from .types import Deviation

# Deviations in these keywords leave a value the typed model can hold: a string, a number, a list.
TOLERABLE_KINDS = frozenset(
    {
        "pattern",
        "format",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "enum",
        "const",
        "minItems",
        "maxItems",
        "uniqueItems",
    }
)
# Long enough to show what was wrong, short enough for a log line.
PREVIEW_CHARS = 200


@cache
def contract() -> dict[str, Any]:
    """The bundled contract, read on first use (not at import: most imports never validate)."""
    from importlib import resources

    document: dict[str, Any] = json.loads(resources.files(__package__).joinpath("openapi.json").read_bytes())
    return document


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _resolve(pointer: str) -> tuple[str, Any]:
    """The node at `pointer` (without the leading '#'), its local `$ref`s followed, and its own pointer."""
    node: Any = contract()
    for part in pointer.split("/")[1:]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        return _resolve(node["$ref"][1:])
    return pointer, node


def schema_pointer(path: str, method: str, status: str) -> str | None:
    """The pointer of the JSON schema of one documented response, or None if it has no JSON body."""
    pointer, response = _resolve(f"/paths/{_escape(path)}/{method.lower()}/responses/{status}")
    if "schema" not in response.get("content", {}).get("application/json", {}):
        return None
    return f"{pointer}/content/application~1json/schema"


@dataclass(frozen=True)
class BodyCheck:
    """The compiled checks of one response schema.

    `full` is the schema as written. `fast`, tried first, leaves out the `required` lists of the models' own
    schemas: the models refuse a missing field themselves as they are built (checking 48 names per series
    costs a fifth of reading a list), and `full` then says where it was. It also refuses, in every integer
    field, the values from 2**53 up. A float in an integer field comes from text with a '.' or an exponent:
    JSON serializers write an integral float below 2**53 with a '.' (`146090.0`), and use an exponent only
    from 1e16 up (`1e+16`, `1e16`, `1.0e+16`); digits past 64 bits are decoded as a float too. So the pass
    that looks for floats in integer fields runs only where a body has a '.' (a search at memory speed) or
    `fast` refused it; what it cannot see is an integral float below 2**53 written by hand with an exponent
    (`1e5`). Whatever `fast` refuses, `full` sorts.
    """

    fast: Any
    full: Any
    integers: "IntegerPlan | None"

    def deviations(
        self, document: Any, *, may_hold_floats: bool = True, thorough: bool = False
    ) -> tuple[list[Deviation], list[Deviation]]:
        """(what the models cannot hold, what they can) in `document`; both empty when it conforms. Unless
        `thorough`, a missing field of a model is left to the model to refuse."""
        hard: list[Deviation] = []
        soft: list[Deviation] = []
        try:
            if not (self.full if thorough else self.fast).is_valid(document):
                may_hold_floats = True
                for error in self.full.iter_errors(document):
                    _sort(error, document, hard, soft)
        except ValueError as exc:  # jsonschema-rs' own limit: "Recursion limit reached" in a deep value
            return [Deviation("$", f"the body cannot be checked: {exc}")], []
        if not hard and may_hold_floats and self.integers is not None:
            found = self.integers.first_float(document, [])
            if found is not None:
                path, value = found
                hard.append(_deviation(document, path, f"{value} is not an integer"))
        return hard, soft


def may_hold_floats(content: bytes) -> bool:
    """Whether a body's text has what serializers write a float below 2**53 with: a '.' (see BodyCheck)."""
    return b"." in content


@cache
def body_check(path: str, method: str, status: str) -> BodyCheck | None:
    """The checks of the body of `method path` answered `status`, compiled on first use."""
    pointer = schema_pointer(path, method, status)
    if pointer is None:
        return None
    document = contract()
    components = document.get("components", {})
    fast_components = {
        **components,
        "schemas": {name: _quick(_without_required(schema)) for name, schema in components.get("schemas", {}).items()},
    }
    reference = "#" + quote(pointer, safe="/~")
    import jsonschema_rs  # here, not at import: a process that never reads an answer need not load it

    return BodyCheck(
        fast=jsonschema_rs.Draft202012Validator(
            {"$ref": reference, "components": fast_components, "paths": _quick(document["paths"])}
        ),
        full=jsonschema_rs.Draft202012Validator(
            {"$ref": reference, "components": components, "paths": document["paths"]}
        ),
        integers=_plan(_resolve(pointer)[1], {}),
    )


@dataclass(frozen=True)
class Proof:
    """What proves that a body's models will build, so that they can be built later, as they are read: the
    contract's schema whole (its `required` lists too), each field of a codec also held to what its reader is
    sure to read (`_codecs.PROOFS`: a date that exists, not merely text), integers below 2**53; and no float
    where an integer is expected, nor in a field whose reader refuses one (`1.0` as a flag), looked for in every
    body. A body it does not prove is read the thorough way (`BodyCheck`), which says what is wrong with it."""

    validator: Any
    integers: "IntegerPlan | None"

    def holds(self, document: Any) -> bool:
        try:
            if not self.validator.is_valid(document):
                return False
        except ValueError:  # jsonschema-rs' own limit, in a deep value
            return False
        return self.integers is None or not self.integers.any_float([document])


@cache
def body_proof(path: str, method: str, status: str) -> Proof | None:
    """The proof for the body of `method path` answered `status` (see `Proof`), compiled on first use."""
    pointer = schema_pointer(path, method, status)
    if pointer is None:
        return None
    document = contract()
    reference = "#" + quote(pointer, safe="/~")
    import jsonschema_rs  # here, not at import (see body_check)

    proven = _quick(_with_proofs({"components": document.get("components", {}), "paths": document["paths"]}))
    return Proof(
        validator=jsonschema_rs.Draft202012Validator({"$ref": reference, **proven}),
        integers=_plan(_resolve(pointer)[1], {}, whole=True),
    )


def _with_proofs(node: Any) -> Any:
    """`node` with each schema that names a codec also held to that codec's proof."""
    from ._codecs import PROOFS

    if isinstance(node, list):
        return [_with_proofs(item) for item in node]
    if not isinstance(node, dict):
        return node
    proven = {key: _with_proofs(value) for key, value in node.items()}
    codec = node.get("x-codec")
    if isinstance(codec, str) and codec in PROOFS:
        return _both(proven, PROOFS[codec])
    return proven


def _both(schema: dict[str, Any], proof: dict[str, Any]) -> dict[str, Any]:
    """A schema that takes what both take: `schema` with the keywords of `proof` it lacks, and its types those
    `proof` takes too; `allOf` both where a keyword of each says otherwise (one schema checks faster)."""
    merged = dict(schema)
    for keyword, value in proof.items():
        if keyword not in merged:
            merged[keyword] = value
        elif keyword == "type" and isinstance(value, list):
            kinds = merged["type"] if isinstance(merged["type"], list) else [merged["type"]]
            merged["type"] = [kind for kind in kinds if _takes(value, kind)]
        elif merged[keyword] != value:
            return {"allOf": [schema, proof]}
    return merged


def _takes(kinds: list[str], kind: str) -> bool:
    # A JSON Schema type in `kinds`, or the integers of a number there (integer is a kind of number).
    return kind in kinds or (kind == "integer" and "number" in kinds)


# What a body's numbers with a fraction are decoded as: floats, or Decimals where read exactly.
_FRACTIONS = (float, Decimal)
_FRACTION_TYPES = frozenset(_FRACTIONS)
_DICT = frozenset({dict})
# Every integer from here up is a float's doing, or an integer the quick check leaves to the full one.
_FLOATS_FROM = 2**53


def _without_required(schema: Any) -> Any:
    """A model's schema without its own `required` (left to the model); any other schema as it is."""
    if not isinstance(schema, dict) or "properties" not in schema:
        return schema
    return {key: value for key, value in schema.items() if key != "required"}


def _quick(node: Any) -> Any:
    """`node` with each integer schema in it refusing the values from 2**53 up (see BodyCheck)."""
    if isinstance(node, list):
        return [_quick(item) for item in node]
    if not isinstance(node, dict):
        return node
    quick = {key: _quick(value) for key, value in node.items()}
    if _is_integer(node) and not (isinstance(node.get("maximum"), int) and node["maximum"] < _FLOATS_FROM):
        quick["exclusiveMaximum"] = min(node.get("exclusiveMaximum", _FLOATS_FROM), _FLOATS_FROM)
    return quick


def _sort(error: Any, document: Any, hard: list[Deviation], soft: list[Deviation]) -> None:
    """Put one validation error into `hard` or `soft`. A failed oneOf/anyOf is soft when one of its branches
    fails only softly (a series in an envelope with a malformed code), hard otherwise."""
    kind = error.kind
    if kind.name in ("oneOf", "anyOf") and getattr(kind, "context", None):
        branches = []
        for branch in kind.context:
            branch_hard: list[Deviation] = []
            branch_soft: list[Deviation] = []
            for inner in branch:
                _sort(inner, document, branch_hard, branch_soft)
            # How far into the body the branch got before failing: the deepest says best what was wrong.
            depth = max((len(inner.instance_path) for inner in branch), default=0)
            branches.append((branch_hard, branch_soft, depth))
        if any(not branch_hard and not branch_soft for branch_hard, branch_soft, _ in branches):
            # A branch that passes whole: this oneOf failed for matching more than one (both envelope keys).
            hard.append(_deviation(document, list(error.instance_path), error.message))
            return
        tolerated = [branch_soft for branch_hard, branch_soft, _ in branches if not branch_hard]
        if tolerated:
            soft.extend(tolerated[0])
        else:
            hard.extend(max(branches, key=lambda branch: branch[2])[0])
        return
    target = soft if kind.name in TOLERABLE_KINDS else hard
    target.append(_deviation(document, list(error.instance_path), error.message))


def preview(text: str) -> str:
    """`text` cut to a length a message or a log line can carry."""
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "..."


def _deviation(document: Any, path: list[str | int], message: str) -> Deviation:
    return Deviation(json_path(path), message, _nearest_id(document, path))


def json_path(path: Iterable[str | int]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _nearest_id(document: Any, path: list[str | int]) -> int | str | None:
    """The `id` of the innermost object on `path` that has one (the series a field belongs to)."""
    found: int | str | None = None
    node = document
    for part in [None, *path]:
        if part is not None:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        if isinstance(node, dict) and isinstance(node.get("id"), int | str) and not isinstance(node["id"], bool):
            found = node["id"]
    return found


@dataclass
class IntegerPlan:
    """Where a schema puts integers: the properties of an object, and the plans of what it holds."""

    names: tuple[str, ...] = ()
    children: dict[str, "IntegerPlan"] = field(default_factory=dict)
    items: "IntegerPlan | None" = None

    def first_float(self, value: Any, path: list[str | int]) -> tuple[list[str | int], float | Decimal] | None:
        """The path and value of the first float (or, in a body read exactly, Decimal) where this plan expects
        an integer."""
        if type(value) is dict:
            if self.names and not _all_integers(value, self.names):
                for name in self.names:
                    if type(value.get(name)) in _FRACTIONS:
                        return [*path, name], value[name]
            for name, child in self.children.items():
                if name in value:
                    found = child.first_float(value[name], [*path, name])
                    if found is not None:
                        return found
        elif type(value) is list and self.items is not None:
            if self.items.flat and _all_integer_rows(value, self.items.names):
                return None
            for index, item in enumerate(value):
                found = self.items.first_float(item, [*path, index])
                if found is not None:
                    return found
        return None

    def any_float(self, values: list[Any]) -> bool:
        """Whether any of `values` (each an object or a list this plan describes; others are not looked at)
        holds a float (or Decimal) where this plan expects an integer: `first_float`'s answer, field by field
        across all the values at once rather than value by value, without saying where."""
        rows = values if set(map(type, values)) <= _DICT else [value for value in values if type(value) is dict]
        # Every integer field of every row an integer, in one pass; else field by field.
        if not (len(self.names) > 1 and _all_integer_rows(rows, self.names)):
            for name in self.names:
                if not _FRACTION_TYPES.isdisjoint(map(type, map(dict.get, rows, repeat(name)))):
                    return True
        for name, child in self.children.items():
            if child.any_float(list(map(dict.get, rows, repeat(name)))):
                return True
        if self.items is not None:
            entries = list(chain.from_iterable(value for value in values if type(value) is list))
            if entries and self.items.any_float(entries):
                return True
        return False

    @property
    def flat(self) -> bool:
        """Integers at the top only, and more than one (a list of them can be checked in one pass)."""
        return len(self.names) > 1 and not self.children and self.items is None


def _all_integer_rows(rows: list[Any], names: tuple[str, ...]) -> bool:
    # A list of objects in one C-level pass: the sums of integers are integers, a float makes its row's a float.
    try:
        return set(map(type, map(sum, map(itemgetter(*names), rows)))) <= {int}
    except (KeyError, TypeError):  # a field absent, null or not a number, or a row not an object: row by row
        return False


def _all_integers(value: dict[str, Any], names: tuple[str, ...]) -> bool:
    # One C-level pass over the object: the sum of integers is an integer, a float anywhere makes it a float.
    try:
        return type(sum(itemgetter(*names)(value) if len(names) > 1 else (value[names[0]],))) is int
    except (KeyError, TypeError):  # a field absent or not a number: the slow pass looks at each one
        return False


def _plan(schema: Any, building: dict[int, IntegerPlan], *, whole: bool = False) -> IntegerPlan | None:
    """The integer plan of a schema, or None where it holds no integer; `whole`: the fields of the codecs whose
    readers refuse a float (`_codecs.WHOLE_NUMBERS`) counted as integers."""
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        schema = _resolve(schema["$ref"][1:])[1]
    if id(schema) in building:  # a recursive schema: the plan being built serves
        return building[id(schema)]
    plan = building[id(schema)] = IntegerPlan()
    names: list[str] = []
    for part in _parts(schema):
        for name, property_schema in part.get("properties", {}).items():
            if _is_integer(property_schema) or (whole and _is_whole(property_schema)):
                names.append(name)
            elif (child := _plan(property_schema, building, whole=whole)) is not None:
                plan.children[name] = child
        if "items" in part and (items := _plan(part["items"], building, whole=whole)) is not None:
            plan.items = items
    plan.names = tuple(dict.fromkeys(names))
    if not (plan.names or plan.children or plan.items):
        del building[id(schema)]
        return None
    return plan


def _parts(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A schema and the subschemas it combines, each with its `$ref` followed."""
    yield schema
    for keyword in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(keyword, []):
            if isinstance(sub, dict) and isinstance(sub.get("$ref"), str) and sub["$ref"].startswith("#/"):
                sub = _resolve(sub["$ref"][1:])[1]
            if isinstance(sub, dict):
                yield from _parts(sub)


def _is_integer(schema: Any) -> bool:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        schema = _resolve(schema["$ref"][1:])[1]
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "integer" or (isinstance(kind, list) and "integer" in kind)


def _is_whole(schema: Any) -> bool:
    """Whether a schema names a codec whose reader refuses a float (its own parts' codecs too)."""
    from ._codecs import WHOLE_NUMBERS

    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        schema = _resolve(schema["$ref"][1:])[1]
    return isinstance(schema, dict) and any(part.get("x-codec") in WHOLE_NUMBERS for part in _parts(schema))
