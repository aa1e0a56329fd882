"""What a generated operation declares: its method and path, its documented statuses, the key its body is
wrapped in, and how its success body becomes a typed model. The client (`client.py`) does the rest."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

from .errors import InvalidArgument
from .types import UNSET, Unset

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One operation of the contract.

    Attributes:
        name: Its name in Python, e.g. `list_sequences`: errors begin with it.
        method: The HTTP method, upper case.
        path: The path template, e.g. `/sequences/{sequence_id}.json`.
        statuses: Every status (or range, `4XX`) the contract documents for it.
        successes: The documented 2xx statuses, the first of them the one an undocumented 2xx is read as.
        envelope: The keys one of which wraps the success body (`x-envelope`), or none.
        integers: The path and query parameters the contract types as integers: anything else is refused.
        build: Makes the typed model from the (unwrapped) body; None for a success without a body.
    """

    name: str
    method: str
    path: str
    statuses: tuple[str, ...]
    successes: tuple[str, ...]
    envelope: tuple[str, ...] = ()
    integers: tuple[str, ...] = ()
    build: Callable[[Any], T] | None = None

    @property
    def label(self) -> str:
        """How log lines about the operation as a whole name it: its name, method and path template."""
        return f"{self.name} ({self.method} {self.path})"

    def url(self, path_parameters: Mapping[str, object]) -> str:
        """The path with each parameter put in, percent-encoded whole (a `/` in a value stays inside it)."""
        if not path_parameters:
            return self.path
        return self.path.format_map({name: quote(str(value), safe="") for name, value in path_parameters.items()})


def flag(value: object, name: str) -> "Literal['0', '1'] | Unset":
    """A bool as the service's "0"/"1" string field; None leaves the field out. Anything else is refused:
    a truthy string such as "0" must not be read as True."""
    if value is None:
        return UNSET
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name} must be True, False or None, not {value!r}")
    return "1" if value else "0"
