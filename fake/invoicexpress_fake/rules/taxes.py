"""The taxes' rules: how a tax's create or update is read and refused. The service answers a refused tax with a
Rails error hash (`{"name": ["is not available."]}`); CHOICES says where the fake carries out what the
documentation leaves open."""

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..http.bodies import NOT_JSON, wrapped
from ..http.fields import ABSENT, Absent, given, numeric_text, text
from ..http.refusals import Refusal, rails_errors

# The kinds of rate SAF-T (PT) knows.
CODES = ("NOR", "INT", "RED", "OUT", "ISE")
MAX_VALUE = Decimal(100)
# A rate as the contract writes it: 0 to 100, at most two digits before the point (`"023"` is not one). The contract
# carries the same pattern, anchored; the fake matches it whole.
VALUE_PATTERN = re.compile(r"100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?")

NAME_TAKEN = rails_errors(422, "name", "is not available.")
REGION_EMPTIED = rails_errors(422, "base", "Tax region is empty")
NAME_BLANK = "can't be blank"
VALUE_NOT_A_NUMBER = "is not a number"
VALUE_OUT_OF_RANGE = "must be between 0 and 100"
CODE_UNKNOWN = "is not included in the list"
FIELD_INVALID = "is invalid"


@dataclass(frozen=True)
class NewTax:
    """A tax's create or update, read: None where a field was not given."""

    name: str
    value: Decimal
    region: str | None
    code: str | None
    default: bool | None


def parse_new_tax(document: Any) -> NewTax:
    """A tax's create or update (its body's JSON, or NOT_JSON), or the Rails error hash that refuses it: every
    refused field with its message."""
    fields = wrapped(document, "tax") if document is not NOT_JSON else None
    fields = fields if fields is not None else {}
    refused: dict[str, list[str]] = {}

    def field(name: str) -> str | Absent | None:
        try:
            return text(fields, name)
        except ValueError:
            refused.setdefault(name, []).append(FIELD_INVALID)
            return ABSENT

    name, region, code = field("name"), field("region"), field("code")
    if "name" not in refused and not (given(name) or "").strip():  # refused once: invalid, or blank
        refused.setdefault("name", []).append(NAME_BLANK)
    value = numeric_text(fields.get("value"))
    if value is None:
        refused.setdefault("value", []).append(VALUE_NOT_A_NUMBER)
    elif value > MAX_VALUE or not VALUE_PATTERN.fullmatch(fields["value"]):
        refused.setdefault("value", []).append(VALUE_OUT_OF_RANGE)
    if given(code) is not None and code not in CODES:
        refused.setdefault("code", []).append(CODE_UNKNOWN)
    flag = fields.get("default_tax", ABSENT)
    if not isinstance(flag, Absent) and (isinstance(flag, bool) or flag not in (0, 1)):
        refused.setdefault("default_tax", []).append(FIELD_INVALID)
    if refused:
        raise Refusal(422, refused)
    assert isinstance(name, str)
    assert value is not None
    return NewTax(
        name=name,
        value=value,
        region=given(region),
        code=given(code),
        default=None if isinstance(flag, Absent) else flag == 1,
    )


CHOICES: dict[str, tuple[str, ...]] = {
    "tax-refusals": (
        "rules.taxes:parse_new_tax",
        "rules.taxes:NAME_BLANK",
        "rules.taxes:VALUE_NOT_A_NUMBER",
        "rules.taxes:VALUE_OUT_OF_RANGE",
        "rules.taxes:MAX_VALUE",
        "rules.taxes:VALUE_PATTERN",
        "rules.taxes:CODE_UNKNOWN",
        "rules.taxes:CODES",
        "rules.taxes:FIELD_INVALID",
    ),
    "tax-default": ("domain.taxes:create", "domain.taxes:update"),
    "tax-region-emptied": ("rules.taxes:REGION_EMPTIED", "domain.taxes:update"),
    "tax-delete-in-use": ("domain.taxes:delete",),
}
DOCUMENTED: tuple[str, ...] = ("NAME_TAKEN", "REGION_EMPTIED")
