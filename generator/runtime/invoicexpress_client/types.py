"""Types shared by the generated models and operations, and what a detailed call returns."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar


class Unset:
    """The type of UNSET: a field that was absent, as opposed to present with the value null (None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


@dataclass(frozen=True, slots=True)
class Deviation:
    """One place where an answer breaks the contract.

    Attributes:
        path: Where, as a JSON path into the body: `$.sequences[3].current_invoice_validation_code`.
        message: What was wrong.
        object_id: The `id` of the nearest object around that place (the series, for a series' field).
    """

    path: str
    message: str
    object_id: int | str | None = None

    def __str__(self) -> str:
        where = f"{self.path} (id {self.object_id})" if self.object_id is not None else self.path
        return f"{where}: {self.message}"


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A successful answer: its status, headers and raw body, the body parsed into `parsed`, and the
    deviations from the contract that the client tolerated to build it (empty when the body conforms)."""

    status_code: int
    content: bytes
    headers: Mapping[str, str]
    parsed: T
    deviations: tuple[Deviation, ...] = ()


__all__ = ["UNSET", "Deviation", "Response", "Unset"]
