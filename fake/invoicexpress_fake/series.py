"""How the service shapes a series: its 15 document types, their numbering ids and their validation codes."""

import random
from typing import Any

# The document types of a series, in the order the service lists their fields.
DOCUMENT_TYPES = (
    "invoice",
    "invoice_receipt",
    "simplified_invoice",
    "credit_note",
    "debit_note",
    "receipt",
    "shipping",
    "transport",
    "devolution",
    "proforma",
    "quote",
    "fees_note",
    "vat_moss_invoice",
    "vat_moss_credit_note",
    "vat_moss_receipt",
)
# Fees notes and VAT MOSS documents are outside ATCUD: their code is always N/A.
ATCUD_TYPES = DOCUMENT_TYPES[:11]

# The service gives each series a block of consecutive ids, the first being the series' own id, and numbers
# each document type with one of them: the offsets below are those of the reference's example (146090 → 146106).
# The gaps (6, 10) belong to types the v2 API does not list.
IDS_PER_SERIES = 17
SEQUENCE_ID_OFFSETS = {
    "invoice": 0,
    "simplified_invoice": 1,
    "invoice_receipt": 2,
    "receipt": 3,
    "debit_note": 4,
    "credit_note": 5,
    "vat_moss_invoice": 7,
    "vat_moss_credit_note": 8,
    "vat_moss_receipt": 9,
    "quote": 11,
    "proforma": 12,
    "fees_note": 13,
    "shipping": 14,
    "devolution": 15,
    "transport": 16,
}

NOT_REGISTERED = "N/D"
NOT_APPLICABLE = "N/A"
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def at_code(rng: random.Random) -> str:
    """A validation code as the Tax Authority issues them: 8 or more letters and digits."""
    return "".join(rng.choice(_CODE_ALPHABET) for _ in range(rng.choice((8, 8, 9, 10))))


def new_series(
    series_id: int,
    serie: str,
    *,
    default: bool = False,
    codes: dict[str, str] | None = None,
    numbers: dict[str, int] | None = None,
) -> dict[str, Any]:
    """A series as the service returns it. `codes` gives the validation code per ATCUD type (default N/D)."""
    codes = codes or {}
    numbers = numbers or {}
    series: dict[str, Any] = {"id": series_id, "serie": serie, "default_sequence": 1 if default else 0}
    for doc_type in DOCUMENT_TYPES:
        series[f"current_{doc_type}_number"] = numbers.get(doc_type, 0)
        series[f"current_{doc_type}_sequence_id"] = series_id + SEQUENCE_ID_OFFSETS[doc_type]
        code = codes.get(doc_type, NOT_REGISTERED) if doc_type in ATCUD_TYPES else NOT_APPLICABLE
        series[f"current_{doc_type}_validation_code"] = code
    return series


def registered_codes(rng: random.Random, doc_types: tuple[str, ...] = ATCUD_TYPES) -> dict[str, str]:
    """AT codes for `doc_types`, as a successful registration leaves them."""
    return {doc_type: at_code(rng) for doc_type in doc_types}
