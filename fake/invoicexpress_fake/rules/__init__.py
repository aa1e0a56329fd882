"""The fake's rules, one module per resource (and `common` for what every operation shares), with the service's
error answers: the documented ones, and those the documentation leaves open. Each module says where the fake
carries out each choice the contract marks (`CHOICES`, by the contract's `x-choices` id) and which of its rules
are documented (`DOCUMENTED`); `choices()` gathers them all."""

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every rules module, in name order."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def choices() -> dict[str, tuple[str, ...]]:
    """Every choice the fake carries out, by the contract's id: where in the fake (`module:name`)."""
    found: dict[str, tuple[str, ...]] = {}
    for module in modules():
        for choice, references in module.CHOICES.items():
            if choice in found:
                raise ValueError(f"the choice {choice!r} is carried out in two rules modules")
            found[choice] = references
    return found
