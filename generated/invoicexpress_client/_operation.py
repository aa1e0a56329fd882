"""What a generated operation declares, as data rendered from the contract: its method and path, its documented
statuses, how each success status is read, whether it may be sent again, which statuses mean "not ready, ask
again", how its arguments reach the request, and how its list pages. The client (`_base_client.py`) carries
out what this says; nothing there looks at an operation's method, name or tag to decide what to do."""

import functools
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
    created with a `proprietary_uid`): sent again after a 429 or a refused connection (which did nothing); after
    a lost answer, its `reconcile` looks the key up first."""


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
class GivenBy:
    """An argument that gives a body field from an object (the contract's `x-given-by`): `series=` a
    `Sequence`, whose `current_<type>_sequence_id` for the call's document type is sent as `sequence_id`.

    Attributes:
        python: The argument's name.
        field: The argument of the body field it gives (the two are not given together).
        attribute: The object's attribute holding the value; `{type}` is that column of the call's document type.
        reads: The module, under the package's `api`, of the operation that reads the object by its id: given
            the id instead of the object, the client reads it first (a call of its own).
    """

    python: str
    field: str
    attribute: str
    reads: str


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
        given_by: The arguments that give a field from an object (see `GivenBy`).
        fixed: (model attribute, value) of the fields always sent as one value (a `const`: a receipt's
            cancellation's `state`), which are no arguments.
    """

    model: Callable[..., Any] | None = None
    root: str | None = None
    renamed: tuple[tuple[str, str], ...] = ()
    siblings: tuple[str, ...] = ()
    given_by: tuple[GivenBy, ...] = ()
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
        entry: Builds one entry's model from its decoded object (its `from_dict`): a page whose answer is proven
            to build (`_validation.Proof`) builds each entry only as it is read.
    """

    entries: str
    page: str | None = None
    per_page: str | None = None
    pagination: str | None = None
    entry: Callable[[Any], Any] | None = None


# Where a value a reconciliation sends or compares comes from, `kind:name`, kind one of `row` (a column of the
# write's document type), `path` (a path parameter of the write), `body` (a field of the write's body, beside its
# root or in it), `entry` (a field of the entry found), `value` (the name itself, as it is).
Source = str


@dataclass(frozen=True, slots=True)
class Step:
    """A call a reconciliation makes: an operation (its module under `invoicexpress_client.api`, imported when
    needed) and where each of its path and query parameters, and its body's fields, come from.

    Attributes:
        operation: The module of the operation, `invoices.list_invoices`.
        path: (parameter, source) for each path parameter.
        query: (parameter, source) for each query parameter (an array parameter gets the value as its one item).
        body: (root, ((field, source), ...)) of the body sent, if any.
    """

    operation: str
    path: tuple[tuple[str, Source], ...] = ()
    query: tuple[tuple[str, Source], ...] = ()
    body: tuple[str, tuple[tuple[str, Source], ...]] | None = None


@dataclass(frozen=True, slots=True)
class Reconcile:
    """How a write whose answer was lost (the connection dropped after it was sent, or a gateway answered 502,
    503 or 504) is settled, by reading (the contract's `x-reconcile`); `_reconcile.py` carries it out.

    Attributes:
        read: Reads the write's result back; its answer (typed as the write's) is the call's.
        look_up: For a create: the list its result is looked for in (every page), before anything else.
        match: (entry field, source): the entries of the look-up that are the write's result.
        skip: (entry field, values): entries of the look-up not counted (a deleted draft).
        pick: (entry field, source): for a read that lists, the entry that is the write's subject.
        done_field: The field of the result read back that says whether the write was carried out.
        done_event: The body field naming the event of a change of state: done where `done_field` is a state
            the event leads to (the document type's `states`), not done where it is one that takes the event.
        done_set: Done where any field of the result this template names for a row of the document types'
            table (`current_{name}_validation_code`; only the types relevant for ATCUD, with `done_atcud`) holds
            a value that is not in `unset`.
        unset: The values that mean "not set" (`N/D`).
        resend: Not done (not found, or still in its state): sent again (with the same key), else the outcome
            stays unknown.
        busy: Statuses of the write that mean the same write is under way: waited out, then looked up again.
        duplicates: Removes a second result carrying the same key (`duplicates_when`: the states it may be in).
    """

    read: Step
    look_up: Step | None = None
    match: tuple[tuple[str, Source], ...] = ()
    skip: tuple[tuple[str, tuple[str, ...]], ...] = ()
    pick: tuple[tuple[str, Source], ...] = ()
    done_field: str | None = None
    done_event: str | None = None
    done_set: str | None = None
    done_atcud: bool = False
    unset: tuple[str, ...] = ()
    resend: bool = False
    busy: tuple[int, ...] = ()
    duplicates: Step | None = None
    duplicates_when: tuple[str, ...] = ()

    @staticmethod
    def parse(text: str) -> "Reconcile":
        """The declaration from the JSON an operation carries (`Operation.reconcile`), read once per text."""
        return _parsed(text)


@functools.cache
def _parsed(text: str) -> Reconcile:
    import json

    declared: dict[str, Any] = json.loads(text)

    def pairs(name: str, of: Mapping[str, Any] = declared) -> tuple[tuple[str, str], ...]:
        return tuple((first, second) for first, second in of.get(name, ()))

    def step(name: str) -> Step | None:
        found = declared.get(name)
        if found is None:
            return None
        body = found.get("body")
        sent = None if body is None else (body[0], tuple((field, source) for field, source in body[1]))
        return Step(found["operation"], pairs("path", found), pairs("query", found), sent)

    read = step("read")
    assert read is not None
    return Reconcile(
        read=read, look_up=step("look_up"), match=pairs("match"),
        skip=tuple((field, tuple(values)) for field, values in declared.get("skip", ())), pick=pairs("pick"),
        done_field=declared.get("done_field"), done_event=declared.get("done_event"),
        done_set=declared.get("done_set"), done_atcud=declared.get("done_atcud", False),
        unset=tuple(declared.get("unset", ())), resend=declared.get("resend", False),
        busy=tuple(declared.get("busy", ())), duplicates=step("duplicates"),
        duplicates_when=tuple(declared.get("duplicates_when", ())),
    )  # fmt: skip


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
        reconcile: How the write is settled when its answer is lost: `Reconcile` as one line of JSON (its
            `Reconcile.parse`), read only then; None: it is not.
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
    reconcile: str | None = None

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


__all__ = ["Answer", "Argument", "Body", "GivenBy", "Listing", "Operation", "Reconcile", "Retry", "Step"]
