"""What each document type's row of the contract's table (`x-document-types`) says, as properties of the
`DocumentType` enum that `document_types` (generated from the table) defines with its rows."""

import json
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Row:
    type: str
    label: str
    atcud: bool
    path: str | None
    request_root: str | None
    answer_roots: tuple[str, ...]
    states: MappingProxyType[str, MappingProxyType[str, str]]
    payments: bool = False


def rows(table: str) -> dict[str, Row]:
    """The rows of the table, as the contract writes them (JSON), by name."""
    found = {}
    for row in json.loads(table):
        states = {state: MappingProxyType(events) for state, events in row.get("states", {}).items()}
        found[row["name"]] = Row(
            type=row["type"],
            label=row["label"],
            atcud=row["atcud"],
            path=row.get("path"),
            request_root=row.get("request-root"),
            answer_roots=tuple(row.get("answer-roots", ())),
            states=MappingProxyType(states),
            payments=row.get("payments", False),
        )
    return found


class DocumentTypes(StrEnum):
    """What a document type's row says (the base of `DocumentType`, whose members are the table's rows)."""

    @property
    def _row(self) -> Row:
        table: dict[str, Row] = type(self)._ROWS  # type: ignore[attr-defined]  # the generated enum's
        return table[self.value]

    def column(self, name: str) -> object:
        """The row's value in the table's column `name` (the column `name` is the member's value)."""
        return self.value if name == "name" else getattr(self, name.replace("-", "_"))

    @property
    def type(self) -> str:
        """The `type` a document of this type has in answers (`CreditNote`)."""
        return self._row.type

    @property
    def label(self) -> str:
        """Its name in Portugal, with its SAF-T code where it has one (`Nota de crédito (NC)`)."""
        return self._row.label

    @property
    def relevant_for_atcud(self) -> bool:
        """Whether documents of this type carry an ATCUD: all but fees notes and the VAT MOSS documents."""
        return self._row.atcud

    @property
    def path(self) -> str | None:
        """The path segment of its documents' operations (`credit_notes`); None where the client has none."""
        return self._row.path

    @property
    def request_root(self) -> str | None:
        """The key a create, update or change of state sends one of its documents under."""
        return self._row.request_root

    @property
    def answer_roots(self) -> tuple[str, ...]:
        """The keys an answer holding one of its documents may put it under, its own first."""
        return self._row.answer_roots

    @property
    def states(self) -> MappingProxyType[str, MappingProxyType[str, str]]:
        """Each state its documents can be in, with the events a change of state takes there and the state each
        leads to (`{"draft": {"finalized": "final", "deleted": "deleted"}, ...}`)."""
        return self._row.states

    @property
    def takes_payments(self) -> bool:
        """Whether a final document of this type takes payments (`client.documents.pay`), each making a receipt."""
        return self._row.payments


__all__ = ["DocumentTypes", "Row", "rows"]
