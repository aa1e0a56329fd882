"""What a generated operation declares, as data rendered from the contract: its method and path, its documented
statuses, how each success status is read, whether it may be sent again, which statuses mean "not ready, ask
again", how its arguments reach the request, and how its list pages. The client (`_base_client.py`) carries
out what this says; nothing there looks at an operation's method, name or tag to decide what to do."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

T = TypeVar("T")


class Retry(StrEnum):
    """When an operation may be sent again after its answer was lost or the service was briefly unable to give
    one (the contract's `x-retry` policy)."""

    NEVER = "never"
    """Never repeated: its effect cannot be undone or repeated (registering a series with the Tax Authority)."""
    IDEMPOTENT = "idempotent"
    """Sending it twice leaves the account as sending it once does: every read, a full replace, a delete."""
    KEYED = "keyed"
    """Repeatable only under the same key, once the first attempt is known not to have taken effect (a document
    created with a `proprietary_uid`); until the client can look that up, it is not repeated."""


@dataclass(frozen=True, slots=True)
class Answer:
    """How one success status's body is read.

    Attributes:
        envelope: The keys one of which wraps the body (`x-envelope`), tried in order; none when it is not wrapped.
        build: Makes the typed model from the (unwrapped) body; None for an answer without a body.
        envelope_from: For an operation of a document type (a bound resource's): the column of the type's row
            (`DocumentType`) whose keys wrap the body, tried in order (`answer_roots`).
        type_from: The column of the type's row the body's `type` must equal (an answer holding another
            type's document is refused).
        returns: The attribute of the built model the call returns (`x-returns`: a PDF's `pdf_url`), if not the
            model itself.
        row: The document type (`DocumentType`'s value) whose document the answer holds, for an operation of no
            bound resource (a payment's receipt): its row gives `envelope_from` and `type_from`.
    """

    envelope: tuple[str, ...] = ()
    build: Callable[[Any], Any] | None = None
    envelope_from: str | None = None
    type_from: str | None = None
    returns: str | None = None
    row: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    """One parameter of the request, as an argument of a resource's method.

    Attributes:
        python: The argument's name in Python.
        wire: The parameter's name in the contract.
        where: `path` or `query`.
        bind: For a bound resource (`client.credit_notes`): the column of its document type's row that gives
            the value (`path`, `type`), in place of an argument.
        codec: How the value is written (`_codecs`): a `datetime.date` as dd/mm/yyyy.
        array: Sent once per value (`type[]=Invoice&type[]=CreditNote`).
    """

    python: str
    wire: str
    where: Literal["path", "query"]
    bind: str | None = None
    codec: str | None = None
    array: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """A request body built from a method's other arguments: each is a field of the request model (the
    argument of the same name, or as `renamed` says), sent under the key `root` (the service wraps most writes
    in one: `{"tax": {...}}`). Without a model, the method takes the request's model itself (`body=`).

    Attributes:
        model: The request model whose fields the arguments are.
        root: The key the fields are sent under, if any.
        renamed: (argument, model attribute) where the two names differ (`default` is `default_sequence`).
        siblings: The arguments sent beside the root, under their own names (`proprietary_uid`).
        fixed: (model attribute, value) of the fields always sent as one value (a `const`: a receipt's
            cancellation's `state`), which are no arguments.
    """

    model: Callable[..., Any] | None = None
    root: str | None = None
    renamed: tuple[tuple[str, str], ...] = ()
    siblings: tuple[str, ...] = ()
    fixed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Listing:
    """How the answer of a list holds its entries and says where it is among the pages (`x-list`).

    Attributes:
        entries: The answer model's attribute that holds the entries.
        page: The query parameter of the page number; None for a list answered whole.
        per_page: The query parameter of the page's size.
        pagination: The answer model's attribute holding `pagination` (current_page, total_pages, ...); None
            when the service sends none: then a page shorter than the page size is the last.
    """

    entries: str
    page: str | None = None
    per_page: str | None = None
    pagination: str | None = None


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One operation of the contract.

    Attributes:
        name: Its name in Python, e.g. `list_sequences`: errors begin with it.
        method: The HTTP method, upper case.
        path: The path template, e.g. `/sequences/{sequence_id}.json`.
        statuses: Every status (or range, `4XX`) the contract documents for it.
        successes: How each documented 2xx status is read; the first is how an undocumented 2xx is read.
        retry: Whether it may be sent again (see `Retry`).
        done_when_resent: Statuses that, answered to a resend, mean the first attempt took effect (a delete
            resent after its answer was lost finds nothing: 404): read as the first success.
        pending: Statuses that mean "not ready yet, ask again": the client asks again, waiting longer each time,
            within the call's deadline.
        integers: The path and query parameters the contract types as integers: anything else is refused.
        json_content: Whether the request carries `Content-Type: application/json` (the service asks for it
            on every write, bodiless ones included).
        exact_numbers: Whether its answers hold decimals (money, rates): their numbers are read as
            `decimal.Decimal`, digit for digit, never through a float.
        arguments: The path and query parameters among the arguments of the resource's method.
        body: How the request body is built from the method's other arguments, if it has one.
        listing: How its answer lists entries and pages, for a list.
        retry_key: For a keyed retry, the body's field (beside its root) that makes the write unique: the client
            sends one of its own unless given (`proprietary_uid`).
    """

    name: str
    method: str
    path: str
    statuses: tuple[str, ...]
    successes: Mapping[str, Answer]
    retry: Retry = Retry.NEVER
    done_when_resent: tuple[int, ...] = ()
    pending: tuple[int, ...] = ()
    integers: tuple[str, ...] = ()
    json_content: bool = False
    exact_numbers: bool = False
    arguments: tuple[Argument, ...] = ()
    body: Body | None = None
    listing: Listing | None = None
    retry_key: str | None = None

    @property
    def label(self) -> str:
        """How log lines about the operation as a whole name it: its name, method and path template."""
        return f"{self.name} ({self.method} {self.path})"

    def answer(self, status: int) -> tuple[str, Answer]:
        """The documented status an answer `status` is read as, and how: its own if documented, else the first
        success's (any 2xx is success)."""
        key = str(status)
        if key in self.successes:
            return key, self.successes[key]
        first = next(iter(self.successes))
        return first, self.successes[first]

    def url(self, path_parameters: Mapping[str, object]) -> str:
        """The path with each parameter put in, percent-encoded whole (a `/` in a value stays inside it)."""
        if not path_parameters:
            return self.path
        return self.path.format_map({name: quote(str(value), safe="") for name, value in path_parameters.items()})


__all__ = ["Answer", "Argument", "Body", "Listing", "Operation", "Retry"]
