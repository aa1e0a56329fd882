"""The state of one fake InvoiceXpress account: its key, its situation with the Tax Authority, its series."""

import random
from dataclasses import dataclass, field
from typing import Any

from .series import IDS_PER_SERIES, new_series, registered_codes

FIRST_SERIES_ID = 146090


@dataclass
class Account:
    """One account. `seed` makes its validation codes reproducible."""

    api_key: str
    name: str = "acme"
    seed: int = 2026
    series: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_id: int = FIRST_SERIES_ID
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def add_series(self, serie: str, **options: Any) -> dict[str, Any]:
        series = new_series(self.next_id, serie, **options)
        self.series[series["id"]] = series
        self.next_id += IDS_PER_SERIES
        return series


def seeded_account(api_key: str, *, seed: int = 2026) -> Account:
    """An account in a realistic state: a default series in use, older and partial registrations, and an
    unregistered series."""
    account = Account(api_key=api_key, seed=seed)
    rng = account.rng
    account.add_series(
        "2025",
        codes=registered_codes(rng),
        numbers={"invoice": 412, "invoice_receipt": 97, "credit_note": 14, "receipt": 380, "shipping": 61},
    )
    account.add_series(
        "2026",
        default=True,
        codes=registered_codes(rng),
        numbers={"invoice": 128, "invoice_receipt": 31, "simplified_invoice": 7, "credit_note": 3, "quote": 12},
    )
    # A registration the Tax Authority accepted for some types only ("Partial"): the rest stay N/D.
    account.add_series("LOJA", codes=registered_codes(rng, ("invoice", "simplified_invoice", "credit_note")))
    # Created while the account had no Tax Authority credentials: nothing registered.
    account.add_series("ONLINE")
    return account
