"""The service's own ways of writing values, read into Python types and written back: one reader and one writer
per codec, named in the contract by `x-codec` on a field (the generated models call these).

| codec      | on the wire                                   | in Python        |
|------------|-----------------------------------------------|------------------|
| `flag`     | the strings `"0"` and `"1"` (request flags)   | `bool`           |
| `boolean`  | `1`/`0` or `true`/`false` (answer flags)      | `bool`           |
| `decimal`  | a JSON number or a numeric string (money)     | `decimal.Decimal`|
| `integer`  | an integer or a string of digits (ids)        | `int`            |
| `date`     | `dd/mm/yyyy`                                  | `datetime.date`  |
| `iso-date` | `yyyy-mm-dd` (the `/api/v3` resources)        | `datetime.date`  |

A value a reader cannot read raises ValueError naming the field: the client then refuses the answer with
`errors.InvalidResponse`, as it refuses any value its model cannot hold. A value a writer cannot send raises
`errors.InvalidArgument` before anything is sent. Decimals are read exactly: the client decodes the numbers of
answers that hold decimals as `Decimal`, digit for digit (`0.465612`, never the float nearest to it), and
writes them back with their digits, as the JSON type the contract gives the field.

This module imports nothing of the package at its top: the generator reads `CODECS` from it to type the
models' fields.
"""

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, NamedTuple


class Codec(NamedTuple):
    """What the generator needs of a codec: the Python type of its fields, what a method's argument for one
    accepts, the import that names them, and the suffix of its reader and writer (`read_<suffix>`)."""

    python_type: str
    argument_type: str
    python_import: str | None
    suffix: str


CODECS: dict[str, Codec] = {
    "flag": Codec("bool", "bool", None, "flag"),
    "boolean": Codec("bool", "bool", None, "boolean"),
    "decimal": Codec("Decimal", "Decimal | int | float | str", "from decimal import Decimal", "decimal"),
    "integer": Codec("int", "int", None, "integer"),
    "date": Codec("datetime.date", "datetime.date", "import datetime", "date"),
    "iso-date": Codec("datetime.date", "datetime.date", "import datetime", "iso_date"),
}

# What each reader is sure to read, as JSON Schema (a part of what it reads, and null, which the contract's own
# schema allows or not): the client builds a list's entries only as they are read once its answer is checked
# against these as well as against the contract, so that an entry never fails to build after its answer has been
# taken (`_validation.Proof`). The dates: days that exist, in the years 1000 to 9999 (29 February in leap years).
_DAY_MONTH = r"((0[1-9]|1[0-9]|2[0-8])/(0[1-9]|1[0-2])|(29|30)/(0[13-9]|1[0-2])|31/(0[13578]|1[02]))"
_LEAP_YEAR = r"([1-9][0-9](0[48]|[2468][048]|[13579][26])|(1[26]|[2468][048]|[3579][26])00)"
_MONTH_DAY = r"((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)"
PROOFS: dict[str, dict[str, object]] = {
    "flag": {"enum": ["0", "1", None]},
    "boolean": {"anyOf": [{"type": ["boolean", "null"]}, {"type": "integer", "enum": [0, 1]}]},
    "decimal": {"type": ["number", "string", "null"], "pattern": r"^-?[0-9]+(\.[0-9]+)?$"},
    "integer": {"type": ["integer", "string", "null"], "pattern": "^[0-9]+$"},
    "date": {"type": ["string", "null"], "pattern": f"^{_DAY_MONTH}/[1-9][0-9]{{3}}$|^29/02/{_LEAP_YEAR}$"},
    "iso-date": {"type": ["string", "null"], "pattern": f"^[1-9][0-9]{{3}}-{_MONTH_DAY}$|^{_LEAP_YEAR}-02-29$"},
}
# The codecs whose readers refuse a float (`1.0`) that JSON Schema counts as an integer.
WHOLE_NUMBERS = frozenset({"boolean", "integer"})

_NUMERIC = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")
_DMY = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _refused(field: str, value: object, what: str) -> ValueError:
    return ValueError(f"{field}: {value!r} is not {what}")


def _invalid(field: str, value: object, what: str) -> Exception:
    from .errors import InvalidArgument  # here: see the module's docstring

    error = InvalidArgument(f"{field} must be {what}, not {value!r}")
    error.field, error.reason = field, f"must be {what}, not {value!r}"
    return error


# --- flag: "0" / "1" -------------------------------------------------------------------------------------------


def read_flag(value: object, field: str) -> bool:
    if value in ("0", "1") and isinstance(value, str):
        return value == "1"
    raise _refused(field, value, 'a flag ("0" or "1")')


def write_flag(value: object, field: str, wire: Literal["string"] = "string") -> str:
    # Nothing is read for its truth: a bool, or the flag's own strings "0" and "1", sent as they are.
    if isinstance(value, bool):
        return "1" if value else "0"
    if value in ("0", "1") and isinstance(value, str):
        return value
    raise _invalid(field, value, "True or False")


# --- boolean: 1 / 0, true / false ------------------------------------------------------------------------------


def read_boolean(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    raise _refused(field, value, "a flag (1 or 0, true or false)")


def write_boolean(value: object, field: str, wire: Literal["integer", "boolean"] = "integer") -> int | bool:
    if not isinstance(value, bool):
        raise _invalid(field, value, "True or False")
    return value if wire == "boolean" else int(value)


# --- decimal: a number or a numeric string ---------------------------------------------------------------------


def read_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, Decimal) and value.is_finite():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float):  # a body decoded by someone else: its shortest repr is what was written
        return read_decimal(Decimal(repr(value)), field)
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        return Decimal(value)
    raise _refused(field, value, "a decimal number")


def write_decimal(value: object, field: str, wire: Literal["number", "string"] = "number") -> Decimal | str:
    """`value` as the JSON type `wire`: a Decimal for a number (the client writes its digits as they are), its
    digits for a string. Numbers given as int, float (its shortest repr: what was typed) or numeric text."""
    number: Decimal | None = None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str) and _NUMERIC.fullmatch(value.strip()):
        number = Decimal(value.strip())
    if number is None or not number.is_finite():
        raise _invalid(field, value, "a finite number: a Decimal, an int, a float or a numeric string")
    return number if wire == "number" else format(number, "f")


def decimal_text(value: Decimal) -> str:
    """The digits of a finite Decimal as JSON writes a number: no exponent (`1E+2` is written `100`)."""
    try:
        return format(value, "f")
    except (InvalidOperation, ValueError):  # pragma: no cover - write_decimal lets only finite values through
        raise ValueError(f"{value!r} is not a finite number") from None


# --- integer: an integer or a string of digits -----------------------------------------------------------------


def read_integer(value: object, field: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        return int(value)
    raise _refused(field, value, "an integer")


def write_integer(value: object, field: str, wire: Literal["integer", "string"] = "integer") -> int | str:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid(field, value, "a whole number")
    return value if wire == "integer" else str(value)


# --- date: dd/mm/yyyy; iso-date: yyyy-mm-dd --------------------------------------------------------------------


def _date(day: str, month: str, year: str, value: object, field: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _refused(field, value, "a date that exists") from None


def read_date(value: object, field: str) -> date:
    found = _DMY.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise _refused(field, value, "a date written dd/mm/yyyy")
    day, month, year = found.groups()
    return _date(day, month, year, value, field)


def write_date(value: object, field: str, wire: Literal["string"] = "string") -> str:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise _invalid(field, value, "a datetime.date")
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def read_iso_date(value: object, field: str) -> date:
    found = _ISO.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise _refused(field, value, "a date written yyyy-mm-dd")
    year, month, day = found.groups()
    return _date(day, month, year, value, field)


def write_iso_date(value: object, field: str, wire: Literal["string"] = "string") -> str:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise _invalid(field, value, "a datetime.date")
    return value.isoformat()
