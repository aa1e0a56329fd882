"""The clients' rules: how a client's create or update is read and refused. The service answers a refused
client with a list of messages (`{"errors": ["Name can't be blank"]}`); CHOICES says where the fake carries out
what the documentation leaves open."""

from dataclasses import dataclass, field
from typing import Any

from ..http.bodies import NOT_JSON, is_unicode_text, wrapped
from ..http.fields import Absent, humanized, text
from ..http.refusals import error_messages

NAME_BLANK = "Name can't be blank"
NAME_TAKEN = error_messages(422, "Nome não está disponível")
CODE_TAKEN = error_messages(422, "Code has already been taken")
FISCAL_ID_INVALID = "Fiscal is invalid"
NOT_IN_LIST = "{field} is not included in the list"
FIELD_INVALID = "{field} is invalid"
LANGUAGES = ("pt", "en", "es")
SEND_OPTIONS = ("1", "2", "3")
# The text fields of a client, besides its name; each kept as given.
TEXT_FIELDS = (
    "code",
    "email",
    "address",
    "city",
    "postal_code",
    "country",
    "fiscal_id",
    "website",
    "phone",
    "fax",
    "observations",
)
CONTACT_FIELDS = ("name", "email", "phone", "mobile")
# The anonymous consumer's tax number, valid as any NIF is.
CONSUMIDOR_FINAL = "999999990"


def valid_nif(fiscal_id: str) -> bool:
    """A Portuguese tax number: nine digits, the first not 0, the last the mod-11 check digit of the others."""
    if len(fiscal_id) != 9 or not fiscal_id.isascii() or not fiscal_id.isdigit() or fiscal_id[0] == "0":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(fiscal_id[:8], range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return int(fiscal_id[8]) == (0 if check >= 10 else check)


@dataclass(frozen=True)
class NewClient:
    """A client's create or update, read: the fields given, by name (`name` always)."""

    name: str
    fields: dict[str, Any] = field(default_factory=dict)


def parse_new_client(document: Any) -> NewClient:
    """A client's create or update (its body's JSON, or NOT_JSON), or the refusal listing every message."""
    given = wrapped(document, "client") if document is not NOT_JSON else None
    given = given if given is not None else {}
    messages: list[str] = []
    fields: dict[str, Any] = {}
    for name in ("name", *TEXT_FIELDS, "language", "send_options"):
        try:
            value = text(given, name)
        except ValueError:
            messages.append(FIELD_INVALID.format(field=humanized(name)))
            continue
        if not isinstance(value, Absent):
            fields[name] = value
    name = fields.pop("name", None)
    if not (name or "").strip() and FIELD_INVALID.format(field="Name") not in messages:  # refused once
        messages.append(NAME_BLANK)
    if fields.get("language") is not None and fields["language"] not in LANGUAGES:
        messages.append(NOT_IN_LIST.format(field="Language"))
    if fields.get("send_options") is not None and fields["send_options"] not in SEND_OPTIONS:
        messages.append(NOT_IN_LIST.format(field="Send options"))
    if "preferred_contact" in given:
        contact = given["preferred_contact"]
        if not (
            isinstance(contact, dict)
            and all(
                contact.get(key) is None or (isinstance(contact.get(key), str) and is_unicode_text(contact[key]))
                for key in CONTACT_FIELDS
            )
        ):
            messages.append(FIELD_INVALID.format(field="Preferred contact"))
        else:
            fields["preferred_contact"] = {key: contact.get(key) for key in CONTACT_FIELDS}
    if messages:
        raise error_messages(422, *messages)
    assert isinstance(name, str)
    return NewClient(name, fields)


CHOICES: dict[str, tuple[str, ...]] = {
    "client-refusals": (
        "rules.clients:parse_new_client",
        "rules.clients:NAME_BLANK",
        "rules.clients:NAME_TAKEN",
        "rules.clients:CODE_TAKEN",
        "rules.clients:FISCAL_ID_INVALID",
        "rules.clients:NOT_IN_LIST",
        "rules.clients:FIELD_INVALID",
        "rules.clients:LANGUAGES",
        "rules.clients:SEND_OPTIONS",
        "rules.clients:TEXT_FIELDS",
        "rules.clients:CONTACT_FIELDS",
    ),
    "client-nif": ("rules.clients:valid_nif", "rules.clients:CONSUMIDOR_FINAL", "domain.clients:check_fiscal_id"),
    "client-update-keeps": ("domain.clients:update",),
}
DOCUMENTED: tuple[str, ...] = ()
