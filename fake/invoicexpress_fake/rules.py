"""The fake's rules, with the service's error codes: the documented ones, and those the documentation leaves open.

The contract (openapi/) marks each of these choices where it applies (`x-choices`); CHOICES, at the end, says
where the fake carries out each. Change them here and there together.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

# A series name: SAF-T (PT) document numbers are `TYPE SERIE/NUMBER`, the series part `[^/^ ]+`, the whole at
# most 60 characters. Whitespace, control characters, the byte-order mark, `/` and `^` are refused, and so are
# names over 50 characters (code 001). The contract carries the same pattern, anchored (a test keeps them
# equal); the fake matches it whole (`fullmatch`), so that a name ending in a newline is refused as well.
SERIE_PATTERN = re.compile("[^\\x00-\\x20\\x7f-\\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff/^]+")
SERIE_MAX_LENGTH = 50
# Ids are 64-bit integers at most: a longer run of digits names no series.
MAX_ID_DIGITS = 19
# A create request's body beyond this is refused unread (413); the service's own limit is undocumented.
MAX_BODY_BYTES = 64 * 1024
# How often an account may call, per minute (the documentation's current figure); None turns it off.
REQUESTS_PER_MINUTE = 780


@dataclass(frozen=True)
class Refusal(Exception):
    """An error answer: status, the service's code and message."""

    status: int
    code: str
    message: str

    def body(self) -> dict[str, Any]:
        return {"errors": {"code": self.code, "message": self.message}}


class UnparseableBody(Refusal):
    """A JSON body that cannot be parsed: refused before the operation runs, with Rails' own rendering."""

    def body(self) -> dict[str, Any]:
        return {"status": self.status, "error": self.message}


UNPARSEABLE_BODY = UnparseableBody(400, "", "Bad Request")

# createSequence's codes.
CREATE_UNKNOWN = Refusal(422, "000", "Unknown error.")
CREATE_NAME_NOT_ALLOWED = Refusal(422, "001", "Sequence name not allowed.")
CREATE_ALREADY_EXISTS = Refusal(422, "002", "Sequence already exists.")
CREATE_INVALID = Refusal(422, "003", "Invalid sequence.")
CREATE_BAD_CREDENTIALS = Refusal(422, "004", "Invalid Tax Authority credentials.")
CREATE_NO_ACTIVITY = Refusal(422, "005", "Account fiscal ID doesn't have open activity in Tax Authority.")
CREATE_BUSY = Refusal(409, "006", "The sequence is already being registered.")

# getSequence, registerSequence and setSequenceDefault share the 404.
NOT_FOUND = Refusal(404, "006", "The sequence doesn't exist.")

# registerSequence's codes: numbered differently from create's.
REGISTER_ALL_REGISTERED = Refusal(409, "005", "All sequences are registered.")
REGISTER_BUSY = Refusal(409, "008", "The sequence is already being registered.")
REGISTER_DEFAULT = Refusal(422, "000", "The default sequence cannot be registered.")
REGISTER_BAD_CREDENTIALS = Refusal(422, "002", "Invalid Tax Authority credentials.")
REGISTER_NO_ACTIVITY = Refusal(422, "003", "Account fiscal ID doesn't have open activity in Tax Authority.")
REGISTER_NOT_PORTUGUESE = Refusal(422, "004", "Account is not Portuguese.")
REGISTER_ALREADY_REGISTERED = Refusal(422, "007", "All Sequences are registered in AT.")

# setSequenceDefault's 422 has no documented code: no document could be issued in an unregistered series.
DEFAULT_NOT_REGISTERED = Refusal(
    422, "000", "The sequence must be registered in the Tax Authority before it can be the default."
)


@dataclass(frozen=True)
class NewSequence:
    serie: str
    make_default: bool


def parse_new_sequence(content_type: str, body: bytes) -> NewSequence:
    """A create request's body, or the refusal it earns: JSON that cannot be parsed is `400`, any other shape,
    type or field `003`, a name against the rules `001`. A body not sent as JSON is read as no body (`003`)."""
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise CREATE_INVALID
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the parser's depth
        raise UNPARSEABLE_BODY from None
    if not isinstance(document, dict) or set(document) != {"sequence"}:
        raise CREATE_INVALID
    fields = document["sequence"]
    if not isinstance(fields, dict) or "serie" not in fields or not set(fields) <= {"serie", "default_sequence"}:
        raise CREATE_INVALID
    serie, flag = fields["serie"], fields.get("default_sequence", "0")
    if not isinstance(serie, str) or flag not in ("0", "1"):
        raise CREATE_INVALID
    if not SERIE_PATTERN.fullmatch(serie) or len(serie) > SERIE_MAX_LENGTH or not is_unicode_text(serie):
        raise CREATE_NAME_NOT_ALLOWED
    return NewSequence(serie, make_default=flag == "1")


def is_unicode_text(text: str) -> bool:
    """False for a string holding a lone surrogate (JSON allows `"\\ud800"`; no UTF-8 answer could carry it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def series_id(raw: str) -> int:
    """The id in a path, or NOT_FOUND for anything that is not one (`abc`, `-1`, `1.5`, 5,000 digits)."""
    if not (raw.isascii() and raw.isdigit() and len(raw) <= MAX_ID_DIGITS):
        raise NOT_FOUND
    return int(raw)


# Where the fake carries out each choice the contract marks (`x-choices`, by id): rules of this module, or the
# fake's code ("module:name") for behaviour that lives there. tests/test_choices.py keeps these ids equal to the
# contract's and the README's, each name resolvable, and every rule of this module here or in DOCUMENTED.
CHOICES: dict[str, tuple[str, ...]] = {
    "create-outside-portugal": ("account:Account.create",),
    "create-unparseable-body": ("rules:UNPARSEABLE_BODY", "rules:UnparseableBody", "rules:parse_new_sequence"),
    "create-body-refusals": ("rules:parse_new_sequence", "rules:CREATE_INVALID", "rules:CREATE_NAME_NOT_ALLOWED"),
    "create-body-limit": ("rules:MAX_BODY_BYTES", "app:read_limited"),
    "create-check-order": ("app:create_app", "account:Account.create"),
    "register-codes": ("rules:REGISTER_DEFAULT", "rules:REGISTER_ALL_REGISTERED", "rules:REGISTER_ALREADY_REGISTERED"),
    "register-check-order": ("account:Account.register",),
    "register-answer": ("app:create_app",),
    "set-default-answer": ("app:create_app",),
    "set-default-unregistered": ("rules:DEFAULT_NOT_REGISTERED", "account:Account.set_default"),
    "not-found-code": ("rules:NOT_FOUND", "account:Account.get"),
    "path-id-malformed": ("rules:series_id", "rules:MAX_ID_DIGITS"),
    "new-sequence-closed": ("rules:parse_new_sequence",),
    "default-sequence-values": ("rules:parse_new_sequence",),
    "serie-rules": ("rules:SERIE_PATTERN", "rules:SERIE_MAX_LENGTH", "rules:is_unicode_text"),
}
# The rules of this module that the documentation states (codes and messages, the rate limit).
DOCUMENTED: tuple[str, ...] = (
    "REQUESTS_PER_MINUTE",
    "CREATE_UNKNOWN",
    "CREATE_NAME_NOT_ALLOWED",
    "CREATE_ALREADY_EXISTS",
    "CREATE_INVALID",
    "CREATE_BAD_CREDENTIALS",
    "CREATE_NO_ACTIVITY",
    "CREATE_BUSY",
    "NOT_FOUND",
    "REGISTER_BUSY",
    "REGISTER_BAD_CREDENTIALS",
    "REGISTER_NO_ACTIVITY",
    "REGISTER_NOT_PORTUGUESE",
    "REGISTER_ALL_REGISTERED",
    "REGISTER_ALREADY_REGISTERED",
)
