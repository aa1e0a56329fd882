"""Known vs chosen: every rule the documentation does not state is marked in the contract (`x-choices`, with an
id), listed in the README, and carried out by the fake where its rules module says; every rule of that module
is either documented or one of those choices."""

import importlib
import inspect
import re
from typing import Any

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
    assert set(marked_choices()) == set(rules.CHOICES)
    for references in rules.CHOICES.values():
        assert references
        for reference in references:
            assert resolve(reference) is not None


def test_every_rule_of_the_fake_is_documented_or_a_marked_choice() -> None:
    cited = {
        reference.partition(":")[2]
        for refs in rules.CHOICES.values()
        for reference in refs
        if reference.startswith("rules:")
    }
    # The rules: the module's constants and functions (its classes are the types they use).
    public = {
        name
        for name, value in vars(rules).items()
        if name not in ("CHOICES", "DOCUMENTED")
        and (
            (name.isupper() and not inspect.ismodule(value))
            or (inspect.isfunction(value) and value.__module__ == rules.__name__)
        )
    }
    assert public - cited - set(rules.DOCUMENTED) == set()
    assert set(rules.DOCUMENTED) <= set(vars(rules))


def test_the_readme_lists_every_choice() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    listed = set(re.findall(r"^- `([a-z0-9-]+)`", readme.split("## Choices")[1].split("\n## ")[0], re.MULTILINE))
    assert listed == set(marked_choices())


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
