"""The items' rules: how an item's create or update is read and refused. The service answers a refused item
with a list of messages as objects (`{"errors": [{"error": "Price is a required field"}]}`); CHOICES says where
the fake carries out what the documentation leaves open."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..http.bodies import NOT_JSON, wrapped
from ..http.fields import ABSENT, Absent, given, humanized, number, text
from ..http.refusals import error_objects

NAME_REQUIRED = "Name is a required field"
DESCRIPTION_REQUIRED = "Description is a required field"
PRICE_REQUIRED = "Price is a required field"
PRICE_INVALID = "Price is not valid. Check the decimal mark and if you are inserting only numbers."
NAME_TAKEN = error_objects(422, "Name is not available.")
FIELD_INVALID = "{field} is not valid"


@dataclass(frozen=True)
class NewItem:
    """An item's create or update, read: None where a field was not given."""

    name: str
    description: str
    unit_price: Decimal
    unit: str | None
    tax_name: str | None


def parse_new_item(document: Any) -> NewItem:
    """An item's create or update (its body's JSON, or NOT_JSON), or the refusal listing every message."""
    fields = wrapped(document, "item") if document is not NOT_JSON else None
    fields = fields if fields is not None else {}
    messages: list[str] = []

    def field(name: str) -> str | Absent | None:
        try:
            return text(fields, name)
        except ValueError:
            messages.append(FIELD_INVALID.format(field=humanized(name)))
            return ABSENT

    invalid = len(messages)
    name, description, unit = given(field("name")), given(field("description")), given(field("unit"))
    refused = messages[invalid:]  # each field refused once: invalid, or missing
    if not (name or "").strip() and FIELD_INVALID.format(field="Name") not in refused:
        messages.append(NAME_REQUIRED)
    if not (description or "").strip() and FIELD_INVALID.format(field="Description") not in refused:
        messages.append(DESCRIPTION_REQUIRED)
    price = None
    if fields.get("unit_price") is None:
        messages.append(PRICE_REQUIRED)
    else:
        price = number(fields["unit_price"])
        if price is None:
            messages.append(PRICE_INVALID)
    tax_name = None
    if fields.get("tax") is not None:
        tax = fields["tax"]
        tax_name = tax.get("name") if isinstance(tax, dict) else None
        if not isinstance(tax_name, str) or not tax_name:
            messages.append(FIELD_INVALID.format(field="Tax"))
    if messages:
        raise error_objects(422, *messages)
    assert name is not None
    assert description is not None
    assert price is not None
    return NewItem(name, description, price, unit, tax_name)


CHOICES: dict[str, tuple[str, ...]] = {
    "item-refusals": (
        "rules.items:parse_new_item",
        "rules.items:NAME_REQUIRED",
        "rules.items:DESCRIPTION_REQUIRED",
        "rules.items:PRICE_REQUIRED",
        "rules.items:PRICE_INVALID",
        "rules.items:FIELD_INVALID",
        "rules.items:NAME_TAKEN",
    ),
    "item-unknown-tax": ("domain.items:tax_of",),
    "items-last-page": ("routes.items:items",),
}
DOCUMENTED: tuple[str, ...] = ()
