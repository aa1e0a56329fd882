"""The package as its users meet it: docstrings that speak to them, and (below) the distribution they install."""

import importlib
import inspect
import pkgutil
import re

import invoicexpress_client
from invoicexpress_client.models import Sequence
from support import load_bundle

# Words of this project's own workings that have no place in what a user of the client reads.
INTERNALS = re.compile(r"\bfake\b|this description|\bchoice\b|\bchooses\b|x-choices", re.IGNORECASE)


def documented_objects() -> list[tuple[str, object]]:
    """Every public module, class and function of the package, by qualified name."""
    found: list[tuple[str, object]] = []
    for info in pkgutil.walk_packages(invoicexpress_client.__path__, "invoicexpress_client."):
        if info.name.endswith("__main__"):
            continue  # running it is the command line
        module = importlib.import_module(info.name)
        found.append((info.name, module))
        for name, member in vars(module).items():
            if not name.startswith("_") and getattr(member, "__module__", None) == module.__name__:
                found.append((f"{info.name}.{name}", member))
                if inspect.isclass(member):
                    found += [(f"{info.name}.{name}.{attr}", value) for attr, value in vars(member).items()
                              if not attr.startswith("_") and callable(value)]  # fmt: skip
    return found


def paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if len(part.split()) > 12]


def test_docstrings_speak_to_users_without_this_projects_internals() -> None:
    leaks = [
        f"{name}: {match.group(0)!r}"
        for name, item in documented_objects()
        if (match := INTERNALS.search(inspect.getdoc(item) or ""))
    ]
    assert not leaks


def test_no_docstring_repeats_a_paragraph() -> None:
    repeated = {}
    for name, item in documented_objects():
        found = paragraphs(inspect.getdoc(item) or "")
        twice = {paragraph for paragraph in found if found.count(paragraph) > 1}
        if twice:
            repeated[name] = twice
    assert not repeated


def test_each_validation_code_field_keeps_its_own_description_and_the_same_pattern() -> None:
    fields = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    codes = {name: field for name, field in fields.items() if name.endswith("_validation_code")}
    assert len(codes) == 15
    assert len({field["pattern"] for field in codes.values()}) == 1
    doc = inspect.getdoc(Sequence) or ""
    for name, field in codes.items():
        assert f"{name} (str): {' '.join(field['description'].split()[:6])}" in " ".join(doc.split())
