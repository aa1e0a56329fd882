"""Versions of the contract: the check that compares it with its last release, on the real contract and on a
table of changes a consumer would or would not survive."""

import copy
import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from support import ROOT, VENV_BIN, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow


def load_versions() -> ModuleType:
    path = ROOT / "scripts" / "lib" / "contract_versions.py"
    spec = importlib.util.spec_from_file_location("contract_versions", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("contract_versions", module)
    spec.loader.exec_module(module)
    return module


versions = load_versions()
Document = dict[str, Any]


def released() -> Document:
    document: Document = versions.load(versions.releases()[-1])
    return document


def schema(document: Document, name: str) -> Document:
    found: Document = document["components"]["schemas"][name]
    return found


def operation(document: Document, path: str, method: str) -> Document:
    found: Document = document["paths"][path][method]
    return found


def remove_operation(document: Document) -> None:
    del document["paths"]["/sequences/{sequence_id}/register.json"]["put"]


def remove_status(document: Document) -> None:
    del operation(document, "/sequences/{sequence_id}.json", "get")["responses"]["404"]


def remove_answer_field(document: Document) -> None:
    del schema(document, "Sequence")["properties"]["current_quote_number"]
    schema(document, "Sequence")["required"].remove("current_quote_number")


def answer_field_optional(document: Document) -> None:
    schema(document, "Sequence")["required"].remove("serie")


def request_type_narrowed(document: Document) -> None:
    schema(document, "NewSequence")["properties"]["serie"]["maxLength"] = 20


def request_pattern_changed(document: Document) -> None:
    schema(document, "NewSequence")["properties"]["serie"]["pattern"] = "^[A-Z0-9]+$"


def request_field_required(document: Document) -> None:
    schema(document, "NewSequence")["required"].append("default_sequence")


def enum_value_removed(document: Document) -> None:
    schema(document, "NewSequence")["properties"]["default_sequence"]["enum"] = ["0"]


def type_changed(document: Document) -> None:
    schema(document, "Sequence")["properties"]["id"]["type"] = "string"


def optional_request_field_added(document: Document) -> None:
    schema(document, "NewSequence")["properties"]["note"] = {"type": "string"}


def answer_field_added(document: Document) -> None:
    schema(document, "Sequence")["properties"]["created_at"] = {"type": "string"}


def status_added(document: Document) -> None:
    operation(document, "/sequences.json", "get")["responses"]["503"] = {"description": "Down."}


def description_changed(document: Document) -> None:
    operation(document, "/sequences.json", "get")["description"] = "Lists them all."


TABLE: list[tuple[Callable[[Document], None], str, str]] = [
    (remove_operation, "major", "PUT /sequences/{sequence_id}/register.json: operation removed"),
    (remove_status, "major", "GET /sequences/{sequence_id}.json: status 404 removed"),
    (remove_answer_field, "major", ".current_quote_number: field removed from the answer"),
    (answer_field_optional, "major", ".serie: answer field made optional"),
    (request_type_narrowed, "major", ".serie: maxLength 50 became 20"),
    (request_pattern_changed, "major", ".serie: pattern"),
    (request_field_required, "major", ".default_sequence: request field made required"),
    (enum_value_removed, "major", ".default_sequence: enum values ['1'] removed"),
    (type_changed, "major", ".id: type integer became string"),
    (optional_request_field_added, "minor", ".note: field added to the request"),
    (answer_field_added, "minor", ".created_at: field added to the answer"),
    (status_added, "minor", "GET /sequences.json: status 503 added"),
    (description_changed, "patch", ""),
]


def test_the_contract_follows_its_last_release() -> None:
    assert versions.check() == []
    result = run(VENV_BIN / "python", ROOT / "scripts" / "lib" / "release.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("change", "level", "named"), TABLE, ids=[change.__name__ for change, _, _ in TABLE])
def test_each_change_is_classified_for_consumers(change: Callable[[Document], None], level: str, named: str) -> None:
    before = released()
    after = copy.deepcopy(before)
    change(after)
    found = versions.compare(before, after)
    assert versions.required_level(found, before, after) == level
    if named:
        assert any(named in str(item) and item.level == level for item in found), [str(item) for item in found]


def with_version(document: Document, version: str) -> Document:
    changed = copy.deepcopy(document)
    changed["info"]["version"] = version
    return changed


def raised(document: Document, part: str) -> str:
    """The version after the document's, with `part` (major, minor or patch) raised."""
    major, minor, patch = (int(number) for number in document["info"]["version"].split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        part
    ]


def test_a_breaking_change_without_a_major_version_fails_naming_the_change() -> None:
    before = released()
    minor, major = raised(before, "minor"), raised(before, "major")
    after = with_version(before, minor)
    remove_answer_field(after)
    [problem] = versions.problems(before, after, f"## {minor}\n")
    assert f"needs a major version, but info.version is {minor}" in problem
    assert "major: GET /sequences.json 200 .sequences[] .current_quote_number: field removed from the answer" in problem
    assert versions.problems(before, with_version(after, major), f"## {major}\n") == []


def test_a_compatible_change_passes_with_a_minor_version_and_its_changelog() -> None:
    before = released()
    current, minor = before["info"]["version"], raised(before, "minor")
    after = with_version(before, minor)
    optional_request_field_added(after)
    assert versions.problems(before, after, f"## {minor}\n") == []
    [missing] = versions.problems(before, after, f"## {current}\n")
    assert missing == f"openapi/CHANGELOG.md has no section for {minor}"
    [unraised] = versions.problems(before, with_version(after, current), f"## {current}\n")
    assert f"needs a minor version, but info.version is {current}" in unraised


def test_a_version_raised_for_nothing_is_refused() -> None:
    before = released()
    patch = raised(before, "patch")
    assert versions.problems(before, with_version(before, patch), f"## {patch}\n") == [
        f"info.version is {patch} but nothing changed since {before['info']['version']}"
    ]
