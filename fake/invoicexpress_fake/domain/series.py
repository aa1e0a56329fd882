"""The account's document series: their document types, the numbering ids and validation codes of each, and
what creating, registering and making one the default do to them."""

import random
from dataclasses import dataclass, field

from ..rules import sequences as rules
from .account import Account
from .document_types import ATCUD_NAMES, NAMES

# The document types of a series, and those whose documents carry an ATCUD (the contract's table).
DOCUMENT_TYPES = NAMES
ATCUD_TYPES = ATCUD_NAMES

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

assert set(SEQUENCE_ID_OFFSETS) == set(DOCUMENT_TYPES), "an id offset for each document type of the table"

NOT_REGISTERED = "N/D"
NOT_APPLICABLE = "N/A"
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@dataclass
class Numbering:
    """How a series numbers one document type: the last number used, the id documents of the type are issued
    with, and the type's Tax Authority validation code (an AT code, `N/D` or `N/A`)."""

    last_number: int
    sequence_id: int
    validation_code: str


@dataclass
class Series:
    id: int
    serie: str
    default: bool = False
    numbering: dict[str, Numbering] = field(default_factory=dict)

    @property
    def registered_at_all(self) -> bool:
        """Whether a registration was ever accepted for the series, wholly or in part ("Partial")."""
        return any(self.numbering[t].validation_code not in (NOT_REGISTERED, NOT_APPLICABLE) for t in ATCUD_TYPES)

    @property
    def unregistered_types(self) -> list[str]:
        return [t for t in ATCUD_TYPES if self.numbering[t].validation_code == NOT_REGISTERED]


def at_code(rng: random.Random) -> str:
    """A validation code as the Tax Authority issues them: 8 or more letters and digits."""
    return "".join(rng.choice(_CODE_ALPHABET) for _ in range(rng.choice((8, 8, 9, 10))))


def registered_codes(rng: random.Random, doc_types: tuple[str, ...] = ATCUD_TYPES) -> dict[str, str]:
    """AT codes for `doc_types`, as a successful registration leaves them."""
    return {doc_type: at_code(rng) for doc_type in doc_types}


def add_series(
    account: Account,
    serie: str,
    *,
    default: bool = False,
    codes: dict[str, str] | None = None,
    numbers: dict[str, int] | None = None,
) -> Series:
    """A series put in the account as it is (seeding): `codes` gives the validation code per ATCUD type (else
    N/D), `numbers` the last number used per type (else 0)."""
    codes, numbers = codes or {}, numbers or {}
    series_id = account.new_id("series", IDS_PER_SERIES)
    series = Series(series_id, serie)
    for doc_type in DOCUMENT_TYPES:
        code = codes.get(doc_type, NOT_REGISTERED) if doc_type in ATCUD_TYPES else NOT_APPLICABLE
        series.numbering[doc_type] = Numbering(
            numbers.get(doc_type, 0), series_id + SEQUENCE_ID_OFFSETS[doc_type], code
        )
    account.series[series.id] = series
    if default:
        _make_default(account, series)
    return series


def find(account: Account, series_id: int) -> Series:
    if series_id not in account.series:
        raise rules.NOT_FOUND
    return account.series[series_id]


def _make_default(account: Account, chosen: Series) -> None:
    for series in account.series.values():
        series.default = series is chosen


def _check_tax_situation(account: Account, bad_credentials: Exception, no_activity: Exception) -> None:
    if account.tax_situation == "no_credentials":
        raise bad_credentials
    if account.tax_situation == "no_open_activity":
        raise no_activity


def create(account: Account, new: rules.NewSequence) -> Series:
    """Creates the series and, in a Portuguese account, registers it at once."""
    if any(series.serie == new.serie for series in account.series.values()):
        raise rules.CREATE_ALREADY_EXISTS
    if account.registration_in_progress:
        raise rules.CREATE_BUSY
    _check_tax_situation(account, rules.CREATE_BAD_CREDENTIALS, rules.CREATE_NO_ACTIVITY)
    codes = registered_codes(account.rng) if account.portuguese else dict.fromkeys(ATCUD_TYPES, NOT_APPLICABLE)
    return add_series(account, new.serie, default=new.make_default, codes=codes)


def register(account: Account, series_id: int) -> Series:
    """Gives an AT code to each ATCUD type of the series still `N/D`; once only."""
    series = find(account, series_id)
    if not account.portuguese:
        raise rules.REGISTER_NOT_PORTUGUESE
    if account.registration_in_progress:
        raise rules.REGISTER_BUSY
    if series.default:
        raise rules.REGISTER_DEFAULT
    if all(other.registered_at_all for other in account.series.values()):
        raise rules.REGISTER_ALL_REGISTERED
    if series.registered_at_all:
        raise rules.REGISTER_ALREADY_REGISTERED
    _check_tax_situation(account, rules.REGISTER_BAD_CREDENTIALS, rules.REGISTER_NO_ACTIVITY)
    for doc_type, code in registered_codes(account.rng, tuple(series.unregistered_types)).items():
        series.numbering[doc_type].validation_code = code
    return series


def set_default(account: Account, series_id: int) -> None:
    series = find(account, series_id)
    if account.portuguese and series.unregistered_types:
        raise rules.DEFAULT_NOT_REGISTERED
    _make_default(account, series)


def find_numbering(account: Account, sequence_id: int) -> tuple[Series, str] | None:
    """The series and the document type that the numbering id `sequence_id` numbers (a series'
    `current_<type>_sequence_id`), or None where no series has it."""
    for series in account.series.values():
        for doc_type, numbering in series.numbering.items():
            if numbering.sequence_id == sequence_id:
                return series, doc_type
    return None


def take_number(series: Series, doc_type: str) -> int:
    """The next number of `doc_type` in the series, used: a finalized document takes it."""
    numbering = series.numbering[doc_type]
    numbering.last_number += 1
    return numbering.last_number
