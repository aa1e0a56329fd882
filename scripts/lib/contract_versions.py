"""Versions of the contract for its consumers: what changed since the last release (openapi/releases/), whether
it breaks them, and whether `info.version` was raised enough (scripts/release, and the test suite's check).

A change breaks consumers when code written against the released contract may stop working: an operation or
a documented status removed; in an answer, a field removed or made optional; in a request, a field made
required (or a new required one), a type changed, a pattern added or changed (it may narrow), a length or
range narrowed, an enum value removed. Additions (an operation, a status, an optional request field, a field
in an answer) need a minor version; any other difference (descriptions, examples) a patch.
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "dist" / "invoicexpress.yaml"
RELEASES = ROOT / "openapi" / "releases"
CHANGELOG = ROOT / "openapi" / "CHANGELOG.md"
METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")

Level = Literal["major", "minor", "patch"]
RANK: dict[Level, int] = {"patch": 0, "minor": 1, "major": 2}
LEVELS: tuple[Level, ...] = ("major", "minor", "patch")  # the biggest first


@dataclass(frozen=True)
class Change:
    level: Level
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.what}"


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return document


def version(text: str) -> tuple[int, int, int]:
    match = SEMVER.fullmatch(text)
    if match is None:
        raise ValueError(f"info.version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def releases() -> list[Path]:
    """The released contracts, oldest first."""
    return sorted(RELEASES.glob("*.yaml"), key=lambda path: version(path.stem))


class Resolver:
    """Follows the local `$ref`s of one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def __call__(self, node: Any) -> Any:
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if reference in seen or not reference.startswith("#/"):
                break
            seen.add(reference)
            target: Any = self.document
            for part in reference[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
        if method in METHODS
    }


def json_schema(node: Any, resolve: Resolver) -> Any:
    content = resolve(node).get("content", {}) if isinstance(resolve(node), dict) else {}
    return (content.get("application/json") or {}).get("schema")


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two contracts that matters to a consumer, classified."""
    old_resolve, new_resolve = Resolver(old), Resolver(new)
    old_operations, new_operations = operations(old), operations(new)
    changes: list[Change] = []
    for name in old_operations.keys() - new_operations.keys():
        changes.append(Change("major", name, "operation removed"))
    for name in new_operations.keys() - old_operations.keys():
        changes.append(Change("minor", name, "operation added"))
    for name in sorted(old_operations.keys() & new_operations.keys()):
        before, after = old_operations[name], new_operations[name]
        old_statuses, new_statuses = set(before.get("responses", {})), set(after.get("responses", {}))
        changes += [Change("major", name, f"status {status} removed") for status in sorted(old_statuses - new_statuses)]
        changes += [Change("minor", name, f"status {status} added") for status in sorted(new_statuses - old_statuses)]
        for status in sorted(old_statuses & new_statuses):
            old_schema = json_schema(before["responses"][status], old_resolve)
            new_schema = json_schema(after["responses"][status], new_resolve)
            if old_schema is not None and new_schema is None:
                changes.append(Change("major", f"{name} {status}", "body removed"))
            elif old_schema is not None:
                changes += schema_changes(
                    old_schema, new_schema, old_resolve, new_resolve, f"{name} {status}", "answer"
                )
        old_body = json_schema(before.get("requestBody", {}), old_resolve) if "requestBody" in before else None
        new_body = json_schema(after.get("requestBody", {}), new_resolve) if "requestBody" in after else None
        if new_body is not None and old_body is None and resolve_required(after.get("requestBody"), new_resolve):
            changes.append(Change("major", name, "a required request body added"))
        elif old_body is not None and new_body is not None:
            changes += schema_changes(old_body, new_body, old_resolve, new_resolve, f"{name} request", "request")
        changes += parameter_changes(before, after, old_resolve, new_resolve, name)
    return changes


def resolve_required(body: Any, resolve: Resolver) -> bool:
    return bool(isinstance(resolve(body), dict) and resolve(body).get("required"))


def parameter_changes(
    before: dict[str, Any], after: dict[str, Any], old_resolve: Resolver, new_resolve: Resolver, name: str
) -> list[Change]:
    def by_key(operation: dict[str, Any], resolve: Resolver) -> dict[tuple[str, str], dict[str, Any]]:
        found = {}
        for parameter in operation.get("parameters", []):
            parameter = resolve(parameter)
            found[(parameter["in"], parameter["name"])] = parameter
        return found

    old_parameters, new_parameters = by_key(before, old_resolve), by_key(after, new_resolve)
    changes = []
    for key in sorted(new_parameters.keys() - old_parameters.keys()):
        if new_parameters[key].get("required"):
            changes.append(Change("major", name, f"required {key[0]} parameter {key[1]} added"))
        else:
            changes.append(Change("minor", name, f"optional {key[0]} parameter {key[1]} added"))
    for key in sorted(old_parameters.keys() & new_parameters.keys()):
        if new_parameters[key].get("required") and not old_parameters[key].get("required"):
            changes.append(Change("major", name, f"{key[0]} parameter {key[1]} made required"))
        changes += schema_changes(
            old_parameters[key].get("schema", {}), new_parameters[key].get("schema", {}), old_resolve, new_resolve,
            f"{name} {key[0]} parameter {key[1]}", "request",
        )  # fmt: skip
    for key in sorted(old_parameters.keys() - new_parameters.keys()):
        changes.append(Change("major", name, f"{key[0]} parameter {key[1]} removed"))
    return changes


def schema_changes(
    old: Any, new: Any, old_resolve: Resolver, new_resolve: Resolver, where: str, side: Literal["request", "answer"]
) -> list[Change]:
    """How one schema changed, for the side it is read on: an answer the consumer reads, a request it sends."""
    old, new = old_resolve(old), new_resolve(new)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    changes: list[Change] = []
    narrowing: Level = "major" if side == "request" else "patch"
    widening: Level = "major" if side == "answer" else "minor"
    if old.get("type") != new.get("type"):
        changes.append(Change("major", where, f"type {old.get('type')} became {new.get('type')}"))
    if new.get("pattern") and old.get("pattern") != new.get("pattern"):
        changes.append(Change(narrowing, where, f"pattern {old.get('pattern')!r} became {new.get('pattern')!r}"))
    for bound, tighter in (("maxLength", min), ("maximum", min), ("minLength", max), ("minimum", max)):
        if bound in new and (bound not in old or tighter(old[bound], new[bound]) == new[bound] != old[bound]):
            changes.append(Change(narrowing, where, f"{bound} {old.get(bound)} became {new[bound]}"))
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum is not None and new_enum is not None:
        removed = [value for value in old_enum if value not in new_enum]
        added = [value for value in new_enum if value not in old_enum]
        if removed:
            changes.append(Change("major" if side == "request" else "patch", where, f"enum values {removed} removed"))
        if added:
            changes.append(Change(widening, where, f"enum values {added} added"))
    elif new_enum is not None:
        changes.append(Change(narrowing, where, f"values limited to {new_enum}"))
    elif old_enum is not None:
        changes.append(Change(widening, where, f"values no longer limited to {old_enum}"))
    old_properties, new_properties = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for field in sorted(old_properties.keys() - new_properties.keys()):
        if side == "answer":
            changes.append(Change("major", f"{where} .{field}", "field removed from the answer"))
        else:
            changes.append(Change("major", f"{where} .{field}", "field removed from the request"))
    for field in sorted(new_properties.keys() - old_properties.keys()):
        if side == "request" and field in new_required:
            changes.append(Change("major", f"{where} .{field}", "required request field added"))
        else:
            changes.append(Change("minor", f"{where} .{field}", f"field added to the {side}"))
    for field in sorted(old_properties.keys() & new_properties.keys()):
        if side == "answer" and field in old_required and field not in new_required:
            changes.append(Change("major", f"{where} .{field}", "answer field made optional"))
        if side == "request" and field in new_required and field not in old_required:
            changes.append(Change("major", f"{where} .{field}", "request field made required"))
        changes += schema_changes(
            old_properties[field], new_properties[field], old_resolve, new_resolve, f"{where} .{field}", side
        )
    if "items" in old and "items" in new:
        changes += schema_changes(old["items"], new["items"], old_resolve, new_resolve, f"{where}[]", side)
    for keyword in ("oneOf", "anyOf", "allOf"):
        for index, (before, after) in enumerate(zip(old.get(keyword, []), new.get(keyword, []), strict=False)):
            changes += schema_changes(before, after, old_resolve, new_resolve, f"{where} {keyword}[{index}]", side)
        if len(new.get(keyword, [])) < len(old.get(keyword, [])):
            changes.append(Change("major", where, f"{keyword} branch removed"))
    return changes


def required_level(changes: list[Change], old: dict[str, Any], new: dict[str, Any]) -> Level | None:
    """The bump the changes call for; None when the contracts do not differ beyond their version."""
    if not changes and strip_version(old) == strip_version(new):
        return None
    levels = {change.level for change in changes}
    return next((level for level in LEVELS if level in levels), "patch")


def strip_version(document: dict[str, Any]) -> str:
    copy = json.loads(json.dumps(document))
    copy.get("info", {}).pop("version", None)
    return json.dumps(copy, sort_keys=True)


def bump_of(old: tuple[int, int, int], new: tuple[int, int, int]) -> Level | None:
    """What kind of raise `new` is over `old`; None when it is not one."""
    if new[0] > old[0]:
        return "major"
    if new[0] == old[0] and new[1] > old[1]:
        return "minor"
    if new[:2] == old[:2] and new[2] > old[2]:
        return "patch"
    return None


def problems(old: dict[str, Any], new: dict[str, Any], changelog: str) -> list[str]:
    """Why `new` cannot follow the release `old` as it is versioned: empty when it can."""
    old_version, new_version = old["info"]["version"], new["info"]["version"]
    changes = compare(old, new)
    needed = required_level(changes, old, new)
    if needed is None:
        return (
            []
            if new_version == old_version
            else [f"info.version is {new_version} but nothing changed since {old_version}"]
        )
    raised = bump_of(version(old_version), version(new_version))
    found: list[str] = []
    if raised is None or RANK[raised] < RANK[needed]:
        listed = (
            "\n  ".join(str(change) for change in changes if RANK[change.level] >= RANK[needed]) or "(descriptions)"
        )
        found.append(
            f"the contract changed since release {old_version} in a way that needs a {needed} version, but"
            f" info.version is {new_version}:\n  {listed}"
        )
    if f"## {new_version}" not in changelog:
        found.append(f"openapi/CHANGELOG.md has no section for {new_version}")
    return found


def check() -> list[str]:
    """The current bundle against the last release."""
    released = releases()
    if not released:
        return ["no release of the contract in openapi/releases/: run scripts/release"]
    return problems(load(released[-1]), load(BUNDLE), CHANGELOG.read_text("utf-8"))


def changes_since_release() -> Iterator[Change]:
    released = releases()
    if released:
        yield from compare(load(released[-1]), load(BUNDLE))
