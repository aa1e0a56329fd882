"""The document types, as the contract's table gives them (openapi/document-types.yaml, `x-document-types` in
the contract): the fake reads that file and keeps no list of its own."""

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

TABLE = Path(__file__).resolve().parents[3] / "openapi" / "document-types.yaml"


@dataclass(frozen=True)
class DocumentKind:
    """One row of the table: see its header for what each column means."""

    name: str
    type: str
    label: str
    atcud: bool
    path: str | None
    request_root: str | None
    answer_roots: tuple[str, ...]
    states: MappingProxyType[str, MappingProxyType[str, str]]
    payments: bool

    def __deepcopy__(self, memo: dict[int, object]) -> "DocumentKind":
        """Itself: a row of the table is immutable, and a document's type is compared by identity (a copy of
        an account, as the tests take, keeps its documents' types the table's rows)."""
        return self


def _load() -> dict[str, DocumentKind]:
    rows = yaml.safe_load(TABLE.read_text("utf-8"))
    return {
        row["name"]: DocumentKind(
            name=row["name"],
            type=row["type"],
            label=row["label"],
            atcud=row["atcud"],
            path=row.get("path"),
            request_root=row.get("request-root"),
            answer_roots=tuple(row.get("answer-roots", ())),
            states=MappingProxyType(
                {state: MappingProxyType(dict(events or {})) for state, events in row.get("states", {}).items()}
            ),
            payments=row.get("payments", False),
        )
        for row in rows
    }


KINDS = _load()
# Every type a series numbers, in the table's order (the order the service lists a series' fields in).
NAMES = tuple(KINDS)
# Those whose documents carry an ATCUD: the others' validation code is always N/A.
ATCUD_NAMES = tuple(name for name, kind in KINDS.items() if kind.atcud)
# The types whose final documents take payments (each makes a receipt), in the table's order.
PAYABLE = tuple(kind for kind in KINDS.values() if kind.payments)
# The types whose documents have operations, by their path segment.
BY_PATH = MappingProxyType({kind.path: kind for kind in KINDS.values() if kind.path is not None})
