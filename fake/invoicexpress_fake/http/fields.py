"""How the service reads the fields of a write: what counts as text, a number, a choice. Each resource's rules
module words the refusals its own way; these say only whether a value is one."""

import re
from decimal import Decimal
from typing import Any

from .bodies import is_unicode_text

_NUMERIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class Absent:
    """A field the body does not have (as opposed to one it has, null)."""


ABSENT = Absent()


def text(fields: dict[str, Any], name: str) -> str | Absent:
    """The field as text, ABSENT where not given; ValueError where it is not text (null included: a write's
    fields are not nullable)."""
    if name not in fields:
        return ABSENT
    value = fields[name]
    if not isinstance(value, str) or not is_unicode_text(value):
        raise ValueError(name)
    return value


def given(value: str | Absent | None) -> str | None:
    """What a field gives, None where absent or null."""
    return None if isinstance(value, Absent) else value


def numeric_text(value: object) -> Decimal | None:
    """A non-negative decimal written as text (`"23.0"`), or None where it is not one."""
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        return Decimal(value)
    return None


def number(value: object) -> Decimal | None:
    """A non-negative JSON number, or None where it is not one (a bool is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value < 0:
        return None
    if isinstance(value, float) and value in (float("inf"),):
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def humanized(name: str) -> str:
    """A field's name as Rails puts it in a message: `postal_code` is "Postal code"."""
    return name.replace("_", " ").capitalize()
