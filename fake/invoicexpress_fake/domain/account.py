"""One fake account: its settings, the clock and random source it runs on (injected, so that a run replays), and
the typed state of each of its resources, each changed only by its domain module."""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .clients import Client
    from .documents import Document
    from .items import Item
    from .series import Series
    from .taxes import Tax

# Where the account stands with the Tax Authority: ready (Portuguese, with AT credentials), or not.
TaxSituation = Literal["ready", "no_credentials", "no_open_activity", "not_portuguese"]
# The page sizes an account can choose in its settings (the documentation's).
PAGE_SIZES = (10, 20, 30)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Account:
    """One account. `seed` makes what it draws at random (validation codes, links) reproducible."""

    api_key: str
    name: str = "acme"
    seed: int = 2026
    tax_situation: TaxSituation = "ready"
    # A registration with the AT under way: create and register answer 409 meanwhile.
    registration_in_progress: bool = False
    # The account's page size, for lists asked without `per_page`.
    page_size: int = 20
    clock: Callable[[], datetime] = field(default=_now, repr=False)
    rng: random.Random = field(init=False, repr=False)
    series: "dict[int, Series]" = field(default_factory=dict)
    taxes: "dict[int, Tax]" = field(default_factory=dict)
    items: "dict[int, Item]" = field(default_factory=dict)
    clients: "dict[int, Client]" = field(default_factory=dict)
    # Every document of the account, whatever its type: they share one id space.
    documents: "dict[int, Document]" = field(default_factory=dict)
    # How many times each file of each document was asked for (domain/jobs.py): (file, document id) -> count.
    jobs: dict[tuple[str, int], int] = field(default_factory=dict)
    # The next id of each kind of record.
    next_ids: dict[str, int] = field(
        default_factory=lambda: {"series": 146090, "tax": 1211, "item": 3040, "client": 8010, "document": 9601}
    )

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"an account's page size is one of {PAGE_SIZES}, not {self.page_size}")
        self.rng = random.Random(self.seed)

    @property
    def portuguese(self) -> bool:
        return self.tax_situation != "not_portuguese"

    def new_id(self, kind: str, step: int = 1) -> int:
        """The next id of a kind of record (a series takes a block of `step` consecutive ids)."""
        found = self.next_ids[kind]
        self.next_ids[kind] = found + step
        return found
