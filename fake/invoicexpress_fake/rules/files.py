"""The rules of the files the service makes on request (a document's PDF, its QR code): how their requests are
read, and the documented refusals of a QR code."""

from starlette.datastructures import QueryParams

from ..http.refusals import Refusal
from . import common

QR_NOT_FOUND = "No document with ID {id} was found in this account"
QR_DRAFT = ("Document with ID {id} is still in draft. QR Codes are only available for final, canceled or settled"
            " documents.")  # fmt: skip
QR_IN_PROGRESS = {"qr_code": {"status": "In progress"}}
# The values a flag of the query takes, as Rails reads them.
_TRUE, _FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})


def qr_refused(message: str, document_id: int | str, status: int) -> Refusal:
    """A QR code's refusal: one top-level message, `{"error": "..."}`."""
    return Refusal(status, {"error": message.format(id=document_id)})


def second_copy(query: QueryParams) -> bool:
    """Whether the PDF asked for is the second copy: `second_copy=true`; without it, the original (the choice
    pdf-second-copy); a value that is not a flag is a 400."""
    raw = query.get("second_copy")
    if raw is None or raw.lower() in _FALSE:
        return False
    if raw.lower() in _TRUE:
        return True
    raise common.BAD_REQUEST


CHOICES: dict[str, tuple[str, ...]] = {
    "pdf-second-copy": ("rules.files:second_copy",),
    "pdf-ready": ("domain.jobs:ask", "routes:Options"),
    "qr-code-ready": ("domain.jobs:ask", "rules.files:QR_IN_PROGRESS"),
}
DOCUMENTED: tuple[str, ...] = ("QR_NOT_FOUND", "QR_DRAFT", "qr_refused")
