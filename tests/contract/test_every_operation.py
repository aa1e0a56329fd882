"""Every operation of the contract has what it takes to be done: a route in the fake, tests of its method on
the client (sync and async), a property test, and — for a write — a place in the stateful test (a link that
leads to it, and a check of what must hold after it). An operation added to openapi/ without them fails here,
naming what it lacks."""

import ast
import re
from functools import cache
from typing import Any

import pytest
from invoicexpress_fake.routes import paths
from properties.invariants import checks
from support import ROOT, ContractOperation, attributes_of, load_bundle, operations

RESOURCE_TESTS = ROOT / "tests" / "resources"


def shape(template: str) -> str:
    """A path template with its parameters unnamed (`/taxes/{}.json`), whatever their names or convertors."""
    return re.sub(r"\{[^}]*\}", "{}", template)


@cache
def fake_routes() -> dict[str, set[str]]:
    """The fake's paths, by shape, and the methods each answers."""
    found: dict[str, set[str]] = {}
    for path in paths():
        found.setdefault(shape(path.template), set()).update(path.handlers)
    return found


@cache
def method_calls(tag: str) -> dict[str, set[bool]]:
    """The methods of `client.<tag>` the tests of that resource call, each with whether it was awaited (True) or
    called as is (False): `<anything>.<tag>.<method>(...)` (for a bound resource, any of its document types'
    attributes: `client.credit_notes`), `.detailed` in between or not."""
    found: dict[str, set[bool]] = {}
    for file in sorted(RESOURCE_TESTS.glob(f"test_{tag}*.py")):
        tree = ast.parse(file.read_text("utf-8"))
        awaited = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Await)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Attribute) and owner.attr == "detailed":
                owner = owner.value
            if isinstance(owner, ast.Attribute) and owner.attr in attributes_of(tag):
                found.setdefault(node.func.attr, set()).add(id(node) in awaited)
    return found


@cache
def linked_operations() -> set[str]:
    """The operations a link of the contract leads to, and those whose answers carry links."""
    found: set[str] = set()
    document = load_bundle()

    def walk(node: Any, operation_id: str | None) -> None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and operation_id:
            target: Any = document  # a response of this operation kept among the components: its links too
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        if isinstance(node, dict):
            operation_id = node.get("operationId", operation_id) if "responses" in node else operation_id
            for link in (node.get("links") or {}).values():
                found.add(link["operationId"])
                if operation_id:
                    found.add(operation_id)
            for value in node.values():
                walk(value, operation_id)
        elif isinstance(node, list):
            for value in node:
                walk(value, operation_id)

    walk(document["paths"], None)
    return found


EACH = pytest.mark.parametrize("operation", operations(), ids=lambda operation: operation.operation_id)


@EACH
def test_the_fake_answers_it(operation: ContractOperation) -> None:
    methods = fake_routes().get(shape(operation.path), set())
    assert operation.method in methods, f"the fake has no route for {operation.method} {operation.path}"


@EACH
def test_its_method_is_tested_on_the_client_sync_and_async(operation: ContractOperation) -> None:
    files = [file.name for file in RESOURCE_TESTS.glob(f"test_{operation.tag}*.py")]
    assert files, f"no tests/resources/test_{operation.tag}*.py for the {operation.tag} resource"
    calls = method_calls(operation.tag).get(operation.method_name, set())
    where = f"client.{operation.tag}.{operation.method_name}() in {', '.join(files)}"
    assert False in calls, f"no sync call of {where}"
    assert True in calls, f"no awaited call of {where}"


@EACH
def test_the_property_tests_cover_it(operation: ContractOperation) -> None:
    from properties import test_conformance

    for schema in (test_conformance.in_process, test_conformance.over_loopback):
        found = schema.find_operation_by_label(f"{operation.method} {operation.path}")
        assert found is not None, f"schemathesis does not generate {operation.method} {operation.path}"


# A read changes nothing for the stateful test to check after it.
WRITES = [operation for operation in operations() if not operation.read_only]


@pytest.mark.parametrize("operation", WRITES, ids=lambda operation: operation.operation_id)
def test_a_write_is_chained_in_the_stateful_test_with_a_check_after_it(operation: ContractOperation) -> None:
    assert operation.operation_id in linked_operations(), "no link of the contract leads to or from it"
    assert operation.operation_id in checks(), (
        f"no check after {operation.operation_id} in tests/properties/invariants/{operation.tag}.py"
        " (@after(operationId))"
    )


def test_the_checks_see_what_they_look_for() -> None:
    """Not a vacuous run: the calls, routes, links and checks of a resource known to have them are found."""
    assert method_calls("sequences")["list"] == {False, True}
    assert fake_routes()["/sequences/{}.json"] >= {"GET"}
    assert "registerSequence" in linked_operations()
    assert "createSequence" in checks()
