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


# The exponents of the numbers a double can hold, from its smallest (5e-324) to its largest (1.8e308): a decimal
# written with an exponent beyond them (`1e400`) is no number the service could read, and its digits, written out
# in full, would run to any length.
_DOUBLE_EXPONENTS = range(-324, 309)


def number(value: object) -> Decimal | None:
    """A non-negative JSON number, digit for digit as written (a body's decimals are read as Decimal), or None
    where it is not one (a bool is not a number, nor a decimal whose exponent is beyond a double's)."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    if isinstance(value, Decimal) and (not value.is_finite() or value.adjusted() not in _DOUBLE_EXPONENTS):
        return None
    found = Decimal(value)
    return found if found >= 0 else None


def humanized(name: str) -> str:
    """A field's name as Rails puts it in a message: `postal_code` is "Postal code"."""
    return name.replace("_", " ").capitalize()
