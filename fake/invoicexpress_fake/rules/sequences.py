"""The sequences' rules, with the service's error codes: the documented ones, and those the documentation leaves
open. The contract (openapi/) marks each of these choices where it applies (`x-choices`); CHOICES, at the end,
says where the fake carries out each. Change them here and there together."""

import re
from dataclasses import dataclass
from typing import Any

from ..http.bodies import NOT_JSON, is_unicode_text
from ..http.refusals import service_error

# A series name: SAF-T (PT) document numbers are `TYPE SERIE/NUMBER`, the series part `[^/^ ]+`, the whole at
# most 60 characters. Whitespace, control characters, the byte-order mark, `/` and `^` are refused, and so are
# names over 50 characters (code 001). The contract carries the same pattern, anchored (a test keeps them
# equal); the fake matches it whole (`fullmatch`), so that a name ending in a newline is refused as well.
SERIE_PATTERN = re.compile("[^\\x00-\\x20\\x7f-\\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff/^]+")
SERIE_MAX_LENGTH = 50

# createSequence's codes.
CREATE_UNKNOWN = service_error(422, "000", "Unknown error.")
CREATE_NAME_NOT_ALLOWED = service_error(422, "001", "Sequence name not allowed.")
CREATE_ALREADY_EXISTS = service_error(422, "002", "Sequence already exists.")
CREATE_INVALID = service_error(422, "003", "Invalid sequence.")
CREATE_BAD_CREDENTIALS = service_error(422, "004", "Invalid Tax Authority credentials.")
CREATE_NO_ACTIVITY = service_error(422, "005", "Account fiscal ID doesn't have open activity in Tax Authority.")
CREATE_BUSY = service_error(409, "006", "The sequence is already being registered.")

# getSequence, registerSequence and setSequenceDefault share the 404.
NOT_FOUND = service_error(404, "006", "The sequence doesn't exist.")

# registerSequence's codes: numbered differently from create's.
REGISTER_ALL_REGISTERED = service_error(409, "005", "All sequences are registered.")
REGISTER_BUSY = service_error(409, "008", "The sequence is already being registered.")
REGISTER_DEFAULT = service_error(422, "000", "The default sequence cannot be registered.")
REGISTER_BAD_CREDENTIALS = service_error(422, "002", "Invalid Tax Authority credentials.")
REGISTER_NO_ACTIVITY = service_error(422, "003", "Account fiscal ID doesn't have open activity in Tax Authority.")
REGISTER_NOT_PORTUGUESE = service_error(422, "004", "Account is not Portuguese.")
REGISTER_ALREADY_REGISTERED = service_error(422, "007", "All Sequences are registered in AT.")

# setSequenceDefault's 422 has no documented code: no document could be issued in an unregistered series.
DEFAULT_NOT_REGISTERED = service_error(
    422, "000", "The sequence must be registered in the Tax Authority before it can be the default."
)


@dataclass(frozen=True)
class NewSequence:
    serie: str
    make_default: bool


def parse_new_sequence(document: Any) -> NewSequence:
    """A create request's body (its JSON, or NOT_JSON), or the refusal it earns: any shape, type or field other
    than the documented ones `003`, a name against the rules `001`. A body not sent as JSON is no body (`003`)."""
    if document is NOT_JSON or not isinstance(document, dict) or set(document) != {"sequence"}:
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


# Where the fake carries out each choice the contract marks (`x-choices`, by id) for the sequences: rules of this
# module, or the fake's code ("module:name") for behaviour that lives there. tests/contract/test_choices.py keeps
# the ids of all the rules modules equal to the contract's, each name resolvable, and every rule of each module
# cited or in its DOCUMENTED.
CHOICES: dict[str, tuple[str, ...]] = {
    "create-outside-portugal": ("domain.series:create",),
    "create-body-refusals": (
        "rules.sequences:parse_new_sequence",
        "rules.sequences:CREATE_INVALID",
        "rules.sequences:CREATE_NAME_NOT_ALLOWED",
    ),
    "create-check-order": ("app:create_app", "domain.series:create"),
    "register-codes": (
        "rules.sequences:REGISTER_DEFAULT",
        "rules.sequences:REGISTER_ALL_REGISTERED",
        "rules.sequences:REGISTER_ALREADY_REGISTERED",
    ),
    "register-check-order": ("domain.series:register",),
    "register-answer": ("routes.sequences:register",),
    "set-default-answer": ("routes.sequences:set_current",),
    "set-default-unregistered": ("rules.sequences:DEFAULT_NOT_REGISTERED", "domain.series:set_default"),
    "not-found-code": ("rules.sequences:NOT_FOUND", "domain.series:find"),
    "path-id-malformed": ("routes.sequences:series_id", "http.params:path_id"),
    "new-sequence-closed": ("rules.sequences:parse_new_sequence",),
    "default-sequence-values": ("rules.sequences:parse_new_sequence",),
    "serie-rules": ("rules.sequences:SERIE_PATTERN", "rules.sequences:SERIE_MAX_LENGTH", "http.bodies:is_unicode_text"),
}
# The rules of this module that the documentation states (codes and messages).
DOCUMENTED: tuple[str, ...] = (
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
