"""The state of one fake InvoiceXpress account and what each operation does to it."""

import random
from dataclasses import dataclass, field
from typing import Any, Literal

from . import rules
from .series import ATCUD_TYPES, IDS_PER_SERIES, NOT_APPLICABLE, NOT_REGISTERED, new_series, registered_codes

FIRST_SERIES_ID = 146090

# Where the account stands with the Tax Authority: ready (Portuguese, with AT credentials), or not.
TaxSituation = Literal["ready", "no_credentials", "no_open_activity", "not_portuguese"]


def has_at_codes(series: dict[str, Any]) -> bool:
    """Whether a registration was ever accepted for the series, wholly or in part ("Partial")."""
    return any(series[f"current_{t}_validation_code"] not in (NOT_REGISTERED, NOT_APPLICABLE) for t in ATCUD_TYPES)


def unregistered_types(series: dict[str, Any]) -> list[str]:
    return [t for t in ATCUD_TYPES if series[f"current_{t}_validation_code"] == NOT_REGISTERED]


@dataclass
class Account:
    """One account. `seed` makes its validation codes reproducible."""

    api_key: str
    name: str = "acme"
    seed: int = 2026
    tax_situation: TaxSituation = "ready"
    # A registration with the AT under way: create and register answer 409 meanwhile.
    registration_in_progress: bool = False
    series: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_id: int = FIRST_SERIES_ID
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    @property
    def portuguese(self) -> bool:
        return self.tax_situation != "not_portuguese"

    def add_series(self, serie: str, **options: Any) -> dict[str, Any]:
        series = new_series(self.next_id, serie, **options)
        self.series[series["id"]] = series
        self.next_id += IDS_PER_SERIES
        return series

    def get(self, series_id: int) -> dict[str, Any]:
        if series_id not in self.series:
            raise rules.NOT_FOUND
        return self.series[series_id]

    def _check_tax_situation(self, bad_credentials: rules.Refusal, no_activity: rules.Refusal) -> None:
        if self.tax_situation == "no_credentials":
            raise bad_credentials
        if self.tax_situation == "no_open_activity":
            raise no_activity

    def _make_default(self, chosen: dict[str, Any]) -> None:
        for series in self.series.values():
            series["default_sequence"] = 1 if series is chosen else 0

    def create(self, new: rules.NewSequence) -> dict[str, Any]:
        """Creates the series and, in a Portuguese account, registers it at once."""
        if any(series["serie"] == new.serie for series in self.series.values()):
            raise rules.CREATE_ALREADY_EXISTS
        if self.registration_in_progress:
            raise rules.CREATE_BUSY
        self._check_tax_situation(rules.CREATE_BAD_CREDENTIALS, rules.CREATE_NO_ACTIVITY)
        codes = registered_codes(self.rng) if self.portuguese else dict.fromkeys(ATCUD_TYPES, NOT_APPLICABLE)
        series = self.add_series(new.serie, codes=codes)
        if new.make_default:
            self._make_default(series)
        return series

    def register(self, series_id: int) -> dict[str, Any]:
        """Gives an AT code to each ATCUD type of the series still `N/D`; once only."""
        series = self.get(series_id)
        if not self.portuguese:
            raise rules.REGISTER_NOT_PORTUGUESE
        if self.registration_in_progress:
            raise rules.REGISTER_BUSY
        if series["default_sequence"] == 1:
            raise rules.REGISTER_DEFAULT
        if all(has_at_codes(other) for other in self.series.values()):
            raise rules.REGISTER_ALL_REGISTERED
        if has_at_codes(series):
            raise rules.REGISTER_ALREADY_REGISTERED
        self._check_tax_situation(rules.REGISTER_BAD_CREDENTIALS, rules.REGISTER_NO_ACTIVITY)
        for doc_type, code in registered_codes(self.rng, tuple(unregistered_types(series))).items():
            series[f"current_{doc_type}_validation_code"] = code
        return series

    def set_default(self, series_id: int) -> None:
        series = self.get(series_id)
        if self.portuguese and unregistered_types(series):
            raise rules.DEFAULT_NOT_REGISTERED
        self._make_default(series)


def seeded_account(api_key: str, *, seed: int = 2026, tax_situation: TaxSituation = "ready") -> Account:
    """An account in a realistic state: an old series never registered, a registered one, the default one in
    use, and a "Partial" registration. Outside Portugal nothing is registered: every code is N/A."""
    account = Account(api_key=api_key, seed=seed, tax_situation=tax_situation)

    def codes(doc_types: tuple[str, ...] = ATCUD_TYPES) -> dict[str, str]:
        if not account.portuguese:
            return dict.fromkeys(ATCUD_TYPES, NOT_APPLICABLE)
        return registered_codes(account.rng, doc_types)

    # The oldest series, in use before registration became mandatory (2023) and never registered.
    account.add_series("2022", codes=codes(()), numbers={"invoice": 957, "invoice_receipt": 210, "receipt": 655})
    account.add_series(
        "2025",
        codes=codes(),
        numbers={"invoice": 412, "invoice_receipt": 97, "credit_note": 14, "receipt": 380, "shipping": 61},
    )
    account.add_series(
        "2026",
        default=True,
        codes=codes(),
        numbers={"invoice": 128, "invoice_receipt": 31, "simplified_invoice": 7, "credit_note": 3, "quote": 12},
    )
    # A registration the AT accepted for some types only ("Partial"): the rest stay N/D.
    account.add_series("LOJA", codes=codes(("invoice", "simplified_invoice", "credit_note")))
    return account
