"""Known vs chosen: every rule the documentation does not state is marked in the contract (`x-choices`, with an
id), listed in openapi/dist/choices.md, and carried out by the fake where its rules modules say; every rule of
those modules is either documented or one of those choices."""

import ast
import importlib
import inspect
import re
from types import ModuleType
from typing import Any

import pytest
from invoicexpress_fake import rules
from support import ROOT, load_bundle


def marked_choices() -> dict[str, str]:
    """Each choice of the contract: its id and what it says."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for choice in node.get("x-choices", []):
                assert set(choice) == {"id", "says"}, choice
                assert choice["id"] not in found, f"two choices named {choice['id']}"
                found[choice["id"]] = choice["says"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_bundle())
    return found


def resolve(reference: str) -> object:
    module_name, _, qualified = reference.partition(":")
    target: object = importlib.import_module(f"invoicexpress_fake.{module_name}")
    for part in qualified.split("."):
        target = getattr(target, part)
    return target


def test_every_choice_of_the_contract_is_carried_out_by_the_fake_and_no_other() -> None:
    assert set(marked_choices()) == set(rules.choices())
    for references in rules.choices().values():
        assert references
        for reference in references:
            assert resolve(reference) is not None


@pytest.mark.parametrize("module", rules.modules(), ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_every_rule_of_the_fake_is_documented_or_a_marked_choice(module: ModuleType) -> None:
    own = module.__name__.removeprefix("invoicexpress_fake.")
    cited = {
        reference.partition(":")[2]
        for refs in rules.choices().values()
        for reference in refs
        if reference.partition(":")[0] == own
    }
    # The rules: the module's own constants and functions (its classes are the types they use).
    tree = ast.parse(inspect.getsource(module))
    assigned = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    public = {name for name in assigned if name.isupper()} | {name for name in functions if not name.startswith("_")}
    public -= {"CHOICES", "DOCUMENTED"}
    assert public - cited - set(module.DOCUMENTED) == set()
    assert set(module.DOCUMENTED) <= set(vars(module))


def test_the_list_of_choices_names_every_choice() -> None:
    """openapi/dist/choices.md (written by scripts/generate, kept fresh by its check) is what other teams read."""
    listed = re.findall(
        r"^- `([a-z0-9-]+)`", (ROOT / "openapi" / "dist" / "choices.md").read_text("utf-8"), re.MULTILINE
    )
    assert sorted(listed) == sorted(marked_choices())


def test_no_description_still_hides_a_choice_in_prose() -> None:
    """A choice is marked, not left in a description where a generator would hand it to users as a fact."""

    def descriptions(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["description"]] if isinstance(node.get("description"), str) else []
            return own + [text for key, value in node.items() if key != "x-choices" for text in descriptions(value)]
        if isinstance(node, list):
            return [text for value in node for text in descriptions(value)]
        return []

    leaks = [text for text in descriptions(load_bundle()) if re.search(r"this description|\bthe fake\b|chooses", text)]
    assert not leaks
