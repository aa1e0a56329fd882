"""The documents' rules (the invoices family): how a create, an update, a change of state, an e-mail and the
list's filters are read and refused, and how totals are rounded. The service refuses a document with one message
as an object (`{"errors": {"error": "Elemento client não fornecido"}}`) or several as a list of objects; CHOICES
says where the fake carries out what the documentation leaves open."""

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from starlette.datastructures import QueryParams

from ..domain.document_types import BY_PATH, DocumentKind
from ..http.bodies import NOT_JSON, is_unicode_text, wrapped
from ..http.fields import number, numeric_text
from ..http.refusals import Refusal, error_object, error_objects
from . import clients as client_rules
from . import common
from . import items as item_rules

# The documented refusals and messages (the fact sheet's C1, C6, C7).
CLIENT_MISSING = error_object(422, "Elemento client não fornecido")
NO_ITEMS = "Document should have at least one item"
DATE_INVALID = "Date is not valid"
NOT_FOUND = error_object(404, "Document not found")
EMAIL_REQUIRED = error_object(422, "Email is a required field")
CANT_HANDLE = "CantHandle: {event} for {type}"
UID_ONGOING = "There's an ongoing document creation with the provided UID {uid}"
SERIES_MISMATCH = "Sequence category mismatch {given} => {wanted}"
# A number where the service expects text: a Ruby exception leaking through (sequence_id sent as an integer).
SEQUENCE_ID_INTEGER = "undefined method `match' for {value}:Integer"
DUE_BEFORE_DATE = error_object(422, "Vencimento deve ser igual ou posterior à data do documento")
DATE_BEFORE_LAST = "Date cannot be earlier than the last {type} of this sequence[{date}]"

# A draft's number (a production client's record; another records it empty).
DRAFT_NUMBER = "rascunho"

# What the documentation leaves open (the choice `document-refusals`).
DUE_DATE_INVALID = "Due date is not valid"
QUANTITY_INVALID = "Quantity is not valid"
DISCOUNT_INVALID = "Discount is not valid"
FIELD_INVALID = "{field} is not valid"
SEQUENCE_UNKNOWN = error_object(422, "Sequence not found")
MESSAGE_REQUIRED = error_object(422, "Message is a required field")
NOT_A_DRAFT = error_object(422, "Document has been finalized and cannot be edited")
MAX_UID_LENGTH = 100
# A document's date as the service writes it; the list's date filters too.
DATE_PATTERN = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}")
DATE_FORMAT = "%d/%m/%Y"
# The list's `status[]=sent` is documented for what documents call `final`: both list final documents.
STATUS_ALIASES = {"sent": "final"}
# Totals: a line's total, and the document's, rounded to the cent, halves up; the other amounts unrounded.
CENT = Decimal("0.01")


def to_cent(amount: Decimal) -> Decimal:
    """An amount rounded to the cent as the service rounds totals (half up: 0.125 is 0.13)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_date(value: object) -> dt.date | None:
    """A dd/mm/yyyy day, or None for anything that is not one (`31/02/2026`, `2026-12-01`, a number)."""
    if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
        return None
    try:
        return dt.datetime.strptime(value, DATE_FORMAT).date()
    except ValueError:
        return None


@dataclass(frozen=True)
class NewLine:
    """One line of a document to create, read."""

    name: str
    description: str
    unit_price: Decimal
    quantity: Decimal
    discount: Decimal
    unit: str | None
    tax_name: str | None


@dataclass(frozen=True)
class NewDocument:
    """A document's create or update, read: None where an optional field was not given."""

    date: dt.date
    due_date: dt.date
    client: client_rules.NewClient
    lines: tuple[NewLine, ...]
    reference: str | None = None
    observations: str | None = None
    retention: str | None = None
    tax_exemption: str | None = None
    sequence_id: int | None = None
    owner_invoice_id: int | None = None
    proprietary_uid: str | None = None


def document_fields(document: Any, kind: DocumentKind) -> dict[str, Any]:
    """The object a write sends the document under: the family's key (`invoice`) or the type's own
    (`credit_note`), both being taken, as production clients send either; {} where there is none."""
    if document is NOT_JSON:
        return {}
    for root in (kind.request_root, kind.answer_roots[0]):
        fields = wrapped(document, root) if root else None
        if fields is not None:
            return fields
    return {}


# The largest price or quantity a line takes: no invoice line comes near it, and the totals of lines beyond it
# would run past what a decimal of the service's can hold.
AMOUNT_LIMIT = Decimal(10) ** 15


def _amount(value: object) -> Decimal | None:
    """A non-negative amount sent as a JSON number or as a numeric string (clients send both), below the limit."""
    found = number(value) if not isinstance(value, str) else numeric_text(value)
    return found if found is not None and found < AMOUNT_LIMIT else None


def _optional_text(fields: dict[str, Any], name: str, messages: list[str], label: str) -> str | None:
    """A text field; absent and null are none (production clients send null for what they leave out)."""
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not is_unicode_text(value):
        messages.append(FIELD_INVALID.format(field=label))
        return None
    return value


def _line(line: object, messages: list[str]) -> NewLine | None:
    if not isinstance(line, dict):
        messages.append(FIELD_INVALID.format(field="Items"))
        return None
    before = len(messages)
    name = _optional_text(line, "name", messages, "Name")
    description = _optional_text(line, "description", messages, "Description")
    unit = _optional_text(line, "unit", messages, "Unit")
    refused = messages[before:]  # each field refused once: invalid, or missing
    if not (name or "").strip() and FIELD_INVALID.format(field="Name") not in refused:
        messages.append(item_rules.NAME_REQUIRED)
    if not (description or "").strip() and FIELD_INVALID.format(field="Description") not in refused:
        messages.append(item_rules.DESCRIPTION_REQUIRED)
    price = None if line.get("unit_price") is None else _amount(line["unit_price"])
    if price is None:
        messages.append(item_rules.PRICE_REQUIRED if line.get("unit_price") is None else item_rules.PRICE_INVALID)
    quantity = _amount(line.get("quantity"))
    if quantity is None or quantity == 0:
        messages.append(QUANTITY_INVALID)
    discount = Decimal(0) if line.get("discount") is None else _amount(line["discount"])
    if discount is None or discount > 100:
        messages.append(DISCOUNT_INVALID)
    tax_name = None
    if line.get("tax") is not None:
        tax = line["tax"]
        tax_name = tax.get("name") if isinstance(tax, dict) else None
        if not isinstance(tax_name, str) or not tax_name:
            messages.append(item_rules.FIELD_INVALID.format(field="Tax"))
    if len(messages) > before:
        return None
    assert name is not None
    assert description is not None
    assert price is not None
    assert quantity is not None
    assert discount is not None
    return NewLine(name, description, price, quantity, discount, unit, tax_name)


def _id_text(fields: dict[str, Any], name: str, messages: list[str], label: str) -> int | None:
    """An id sent as a string of digits (or, for owner_invoice_id, a number)."""
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= common.MAX_ID_DIGITS:
        return int(value)
    messages.append(FIELD_INVALID.format(field=label))
    return None


def parse_new_document(document: Any, kind: DocumentKind) -> NewDocument:
    """A create or update of a document of `kind` (its body's JSON, or NOT_JSON), or its refusal: no client
    first, alone; then every other message of the body, as a list."""
    fields = document_fields(document, kind)
    given_client = fields.get("client")
    client_name = given_client.get("name") if isinstance(given_client, dict) else None
    if not isinstance(client_name, str) or not client_name.strip():
        raise CLIENT_MISSING
    client = client_rules.parse_new_client({"client": given_client})  # the client's own refusals
    messages: list[str] = []
    lines: list[NewLine] = []
    given_lines = fields.get("items")
    if not isinstance(given_lines, list) or not given_lines:
        messages.append(NO_ITEMS)
    else:
        for given_line in given_lines:
            line = _line(given_line, messages)
            if line is not None:
                lines.append(line)
    day = parse_date(fields.get("date"))
    if day is None:
        messages.append(DATE_INVALID)
    # No due date (production clients leave it out of invoice-receipts) is due on the day.
    due_date = day if fields.get("due_date") is None else parse_date(fields["due_date"])
    if fields.get("due_date") is not None and due_date is None:
        messages.append(DUE_DATE_INVALID)
    reference = _optional_text(fields, "reference", messages, "Reference")
    observations = _optional_text(fields, "observations", messages, "Observations")
    tax_exemption = _optional_text(fields, "tax_exemption", messages, "Tax exemption")
    retention = fields.get("retention")
    if retention is not None:
        retention = retention if isinstance(retention, str) and numeric_text(retention) is not None else None
        if retention is None:
            messages.append(FIELD_INVALID.format(field="Retention"))
    owner_invoice_id = _id_text(fields, "owner_invoice_id", messages, "Owner invoice")
    sequence = fields.get("sequence_id")
    sequence_id = None
    if not (isinstance(sequence, int) and not isinstance(sequence, bool)):
        sequence_id = _id_text(fields, "sequence_id", messages, "Sequence")
    uid = document.get("proprietary_uid") if isinstance(document, dict) else None
    if uid is not None and not (isinstance(uid, str) and 1 <= len(uid) <= MAX_UID_LENGTH and is_unicode_text(uid)):
        messages.append(FIELD_INVALID.format(field="Proprietary uid"))
    # Each message once: two lines without a name are one refusal.
    if messages:
        raise error_objects(422, *dict.fromkeys(messages))
    if isinstance(sequence, int) and not isinstance(sequence, bool):
        raise error_object(422, SEQUENCE_ID_INTEGER.format(value=sequence))
    assert day is not None
    assert due_date is not None
    return NewDocument(
        date=day,
        due_date=due_date,
        client=client,
        lines=tuple(lines),
        reference=reference,
        observations=observations,
        retention=retention,
        tax_exemption=tax_exemption,
        sequence_id=sequence_id,
        owner_invoice_id=owner_invoice_id,
        proprietary_uid=uid,
    )


@dataclass(frozen=True)
class StateChange:
    event: str
    message: str | None


def parse_state_change(document: Any, kind: DocumentKind) -> StateChange:
    """A change of state: the event as the service would print it in a CantHandle (`1` for a number, empty
    for none), and the message, where one was given."""
    fields = document_fields(document, kind)
    state = fields.get("state")
    event = "" if state is None else state if isinstance(state, str) else json.dumps(state)
    message = fields.get("message")
    if message is not None and not (isinstance(message, str) and is_unicode_text(message)):
        raise error_objects(422, FIELD_INVALID.format(field="Message"))
    return StateChange(event, message if isinstance(message, str) and message.strip() else None)


@dataclass(frozen=True)
class NewEmail:
    email: str
    save: bool
    subject: str | None
    body: str | None
    cc: str | None
    bcc: str | None


def parse_email(document: Any) -> NewEmail:
    """A document sent by e-mail (`{"message": {"client": {"email": ...}}}`), or 422 without an address, or
    with a flag that is not "0" or "1" (`save`, `logo`) or a text that is not text (`Subject is not valid`)."""
    message: dict[str, Any] = (wrapped(document, "message") if document is not NOT_JSON else None) or {}
    recipient: dict[str, Any] = message["client"] if isinstance(message.get("client"), dict) else {}
    email = recipient.get("email")
    if not isinstance(email, str) or not email.strip() or not is_unicode_text(email):
        raise EMAIL_REQUIRED

    logo = message.get("logo")
    invalid = [name for name, value in (("save", recipient.get("save")), ("logo", "0" if logo is None else logo))
               if not (isinstance(value, str) and value in ("0", "1"))]  # fmt: skip
    invalid += [
        name for name in ("subject", "body", "cc", "bcc")
        if message.get(name) is not None and not (isinstance(message[name], str) and is_unicode_text(message[name]))
    ]  # fmt: skip
    if invalid:
        raise error_objects(422, *(FIELD_INVALID.format(field=name.capitalize()) for name in invalid))

    def optional(name: str) -> str | None:
        value = message.get(name)
        return value if isinstance(value, str) else None

    return NewEmail(
        email, recipient.get("save") == "1", optional("subject"), optional("body"), optional("cc"), optional("bcc")
    )


@dataclass(frozen=True)
class Filters:
    """The list's filters, read: None where not asked."""

    types: frozenset[str] | None
    statuses: frozenset[str] | None
    date_from: dt.date | None
    date_to: dt.date | None
    reference: str | None
    text: str | None


# What the list's `type[]` and `status[]` take: the family's types and states (the table's), and what else the
# documentation lists (receipts and cash invoices, which the fake does not make; `sent`; `second_copy`).
LISTED_TYPES = frozenset({kind.type for kind in BY_PATH.values()} | {"Receipt", "CashInvoice"})
LISTED_STATUSES = frozenset(
    {state for kind in BY_PATH.values() for state in kind.states} | set(STATUS_ALIASES) | {"second_copy"}
)


def parse_filters(query: QueryParams) -> Filters:
    """The list's filters; a date that is not dd/mm/yyyy, a type or a state the list does not take, is a 400, as
    a bad page is."""

    def day(name: str) -> dt.date | None:
        raw = query.get(name)
        if raw is None:
            return None
        found = parse_date(raw)
        if found is None:
            raise common.BAD_REQUEST
        return found

    types = query.getlist("type[]")
    statuses = query.getlist("status[]")
    if not set(types) <= LISTED_TYPES or not set(statuses) <= LISTED_STATUSES:
        raise common.BAD_REQUEST  # a value the list does not take, as a bad page is
    return Filters(
        types=frozenset(types) if types else None,
        statuses=frozenset(STATUS_ALIASES.get(status, status) for status in statuses) if statuses else None,
        date_from=day("date[from]"),
        date_to=day("date[to]"),
        reference=query.get("reference"),
        text=query.get("text") or None,
    )


def uid_ongoing(uid: str) -> Refusal:
    return Refusal(409, {"reason": UID_ONGOING.format(uid=uid)})


CHOICES: dict[str, tuple[str, ...]] = {
    "document-refusals": (
        "rules.documents:parse_new_document",
        "domain.documents:CANCELED",
        "rules.documents:parse_state_change",
        "rules.documents:DUE_DATE_INVALID",
        "rules.documents:QUANTITY_INVALID",
        "rules.documents:AMOUNT_LIMIT",
        "rules.documents:DISCOUNT_INVALID",
        "rules.documents:FIELD_INVALID",
        "rules.documents:SEQUENCE_UNKNOWN",
        "rules.documents:MESSAGE_REQUIRED",
        "rules.documents:MAX_UID_LENGTH",
        "rules.documents:document_fields",
        "rules.documents:parse_date",
        "rules.documents:DATE_PATTERN",
        "rules.documents:DATE_FORMAT",
    ),
    "document-totals": ("rules.documents:to_cent", "rules.documents:CENT", "domain.documents:Line"),
    "document-numbering": (
        "domain.documents:finalize",
        "domain.documents:FINALIZED",
        "domain.series:take_number",
        "domain.series:find_numbering",
    ),
    "document-date-order": (
        "domain.documents:finalize",
        "rules.documents:DATE_BEFORE_LAST",
        "rules.documents:DUE_BEFORE_DATE",
    ),
    "document-update-drafts-only": ("rules.documents:NOT_A_DRAFT", "domain.documents:update"),
    "document-uid-replay": (
        "domain.documents:UidReplay",
        "domain.documents:create",
        "rules.documents:uid_ongoing",
        "routes:Options",
    ),
    "document-type-filter": ("domain.documents:listed",),
    "document-list-uid": ("routes.documents:render",),
    "document-status-filter": ("rules.documents:STATUS_ALIASES", "rules.documents:parse_filters"),
    "document-list": (
        "domain.documents:listed",
        "rules.documents:parse_filters",
        "rules.documents:LISTED_TYPES",
        "rules.documents:LISTED_STATUSES",
        "routes.documents:list_documents",
    ),
}
# The rules of this module the documentation (or a production client's record) states.
DOCUMENTED: tuple[str, ...] = (
    "CLIENT_MISSING",
    "NO_ITEMS",
    "DATE_INVALID",
    "NOT_FOUND",
    "EMAIL_REQUIRED",
    "CANT_HANDLE",
    "UID_ONGOING",
    "SERIES_MISMATCH",
    "SEQUENCE_ID_INTEGER",
    "DUE_BEFORE_DATE",
    "DATE_BEFORE_LAST",
    "DRAFT_NUMBER",
    "parse_email",
)
