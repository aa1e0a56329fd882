"""The account's documents of the invoices family, and what creating, updating, changing the state of and
sending one does: the client and the catalogue items its lines name, its totals, and its number in its series."""

import contextlib
import datetime as dt
import string
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..http.refusals import Refusal, error_object
from ..rules import clients as client_rules
from ..rules import documents as rules
from ..rules import items as item_rules
from . import clients, items, series, taxes
from .account import Account
from .clients import Client
from .document_types import KINDS, DocumentKind
from .series import NOT_APPLICABLE, NOT_REGISTERED

# What a create does with a `proprietary_uid` a completed creation already used (the choice document-uid-replay).
UidReplay = Literal["first", "new", "conflict"]
# The events the contract's lifecycle names (x-lifecycle): the one that numbers a draft, the one that needs a why.
FINALIZED = "finalized"
CANCELED = "canceled"
_HASH_ALPHABET = string.ascii_letters + string.digits


@dataclass
class LineTax:
    """The tax a line is charged: a copy of the account's tax as it was when the line was written."""

    id: int
    name: str
    value: Decimal


@dataclass
class Line:
    """One line of a document, and what it comes to (the choice document-totals): the amounts unrounded but the
    total, rounded to the cent."""

    name: str
    description: str
    unit_price: Decimal
    quantity: Decimal
    discount: Decimal
    unit: str | None
    tax: LineTax | None

    @property
    def subtotal(self) -> Decimal:
        return self.quantity * self.unit_price

    @property
    def discount_amount(self) -> Decimal:
        return self.subtotal * self.discount / 100

    @property
    def tax_amount(self) -> Decimal:
        rate = self.tax.value if self.tax is not None else Decimal(0)
        return (self.subtotal - self.discount_amount) * rate / 100

    @property
    def total(self) -> Decimal:
        return rules.to_cent(self.subtotal - self.discount_amount + self.tax_amount)


@dataclass
class DocumentClient:
    """The client a document is issued to, as the document holds it."""

    id: int
    name: str
    code: str | None
    email: str | None
    country: str | None


@dataclass
class Email:
    """A message the document was sent with."""

    to: str
    subject: str | None
    body: str | None
    cc: str | None
    bcc: str | None


@dataclass
class Document:
    id: int
    kind: DocumentKind
    status: str
    # The series it is numbered in, and that series' numbering id of its type (`current_<type>_sequence_id`).
    series_id: int
    serie: str
    sequence_id: int
    date: dt.date
    due_date: dt.date
    client: DocumentClient
    lines: list[Line]
    permalink: str
    created_at: dt.datetime
    reference: str | None = None
    observations: str | None = None
    retention: str | None = None
    tax_exemption: str | None = None
    owner_invoice_id: int | None = None
    proprietary_uid: str | None = None
    # Set when finalized: its number in its series, its ATCUD and the four characters of its signature.
    number: int | None = None
    atcud: str | None = None
    saft_hash: str | None = None
    archived: bool = False
    emails: list[Email] = field(default_factory=list)

    @property
    def sum(self) -> Decimal:
        return sum((line.subtotal for line in self.lines), Decimal(0))

    @property
    def discount(self) -> Decimal:
        return sum((line.discount_amount for line in self.lines), Decimal(0))

    @property
    def before_taxes(self) -> Decimal:
        return self.sum - self.discount

    @property
    def taxes(self) -> Decimal:
        return sum((line.tax_amount for line in self.lines), Decimal(0))

    @property
    def total(self) -> Decimal:
        return rules.to_cent(self.before_taxes + self.taxes)


def draft_state(kind: DocumentKind) -> str:
    """The state a document is created in: its type's first (the table lists the states from the draft on)."""
    return next(iter(kind.states))


def is_draft(document: Document) -> bool:
    return document.status == draft_state(document.kind)


def find(account: Account, kind: DocumentKind, document_id: int, not_found: Refusal) -> Document:
    """The document of type `kind` with this id, or `not_found` (get's is empty, the writes' has a body)."""
    found = account.documents.get(document_id)
    if found is None or found.kind is not kind:
        raise not_found
    return found


def by_uid(account: Account, uid: str) -> Document | None:
    """The first document created with this `proprietary_uid`."""
    return next((document for document in account.documents.values() if document.proprietary_uid == uid), None)


def _plural(doc_type: str) -> str:
    """A type as a series-category mismatch names it: its path segment (`credit_notes`)."""
    return KINDS[doc_type].path or f"{doc_type}s"


def _series_for(account: Account, kind: DocumentKind, sequence_id: int | None) -> series.Series:
    """The series a document is numbered in: the one whose numbering of its type `sequence_id` is, else the
    account's default; a numbering of another type is refused (the series' own id is its invoices')."""
    if sequence_id is None:
        default = next((found for found in account.series.values() if found.default), None)
        if default is None:
            raise rules.SEQUENCE_UNKNOWN
        return default
    numbering = series.find_numbering(account, sequence_id)
    if numbering is None:
        raise rules.SEQUENCE_UNKNOWN
    found, doc_type = numbering
    if doc_type != kind.name:
        raise error_object(422, rules.SERIES_MISMATCH.format(given=_plural(doc_type), wanted=_plural(kind.name)))
    return found


def _client_for(account: Account, new: client_rules.NewClient) -> Client:
    """The client a document names: a known one by its code, else by its name, else a new client."""
    code = new.fields.get("code")
    if code:
        with contextlib.suppress(Refusal):
            return clients.by_code(account, code)
    with contextlib.suppress(Refusal):
        return clients.by_name(account, new.name)
    return clients.create(account, new)


def _line(account: Account, new: rules.NewLine) -> Line:
    """A line, charged the tax it names (or the default tax), in its item's unit unless it gives one; its item
    is added to the catalogue, or a known item updated with the line's values."""
    known = items.named(account, new.name)
    item = item_rules.NewItem(new.name, new.description, new.unit_price, new.unit, new.tax_name)
    if known is None:
        known = items.create(account, item)
    else:
        items.update(account, known.id, item)
    tax = (taxes.named(account, new.tax_name) if new.tax_name else None) or taxes.default_tax(account)
    return Line(
        new.name,
        new.description,
        new.unit_price,
        new.quantity,
        new.discount,
        known.unit,  # the line's, or where it gives none, its item's
        LineTax(tax.id, tax.name, tax.value) if tax is not None else None,
    )


def _write(account: Account, document: Document, new: rules.NewDocument, chosen: series.Series) -> None:
    """What a create or an update sets: all of it, as an update replaces the draft."""
    client = _client_for(account, new.client)  # the last refusal (a new client's tax number): nothing is changed before
    document.series_id, document.serie = chosen.id, chosen.serie
    document.sequence_id = chosen.numbering[document.kind.name].sequence_id
    document.date, document.due_date = new.date, new.due_date
    document.client = DocumentClient(client.id, client.name, client.code, client.email, client.country)
    document.lines = [_line(account, line) for line in new.lines]
    document.reference, document.observations = new.reference, new.observations
    document.retention, document.tax_exemption = new.retention, new.tax_exemption
    document.owner_invoice_id = new.owner_invoice_id


def create(account: Account, kind: DocumentKind, new: rules.NewDocument, uid_replay: UidReplay = "first") -> Document:
    """A new draft. A `proprietary_uid` a completed creation used gets, by `uid_replay`, that first document
    again, a new document, or the 409 of a creation under way."""
    if new.proprietary_uid is not None:
        first = by_uid(account, new.proprietary_uid)
        if first is not None and uid_replay == "first":
            return first
        if first is not None and uid_replay == "conflict":
            raise rules.uid_ongoing(new.proprietary_uid)
    chosen = _series_for(account, kind, new.sequence_id)
    placeholder = DocumentClient(0, "", None, None, None)  # _write sets what a create and an update set
    document = Document(
        id=0,
        kind=kind,
        status=draft_state(kind),
        series_id=chosen.id,
        serie=chosen.serie,
        sequence_id=0,
        date=new.date,
        due_date=new.due_date,
        client=placeholder,
        lines=[],
        permalink="",
        created_at=account.clock(),
        proprietary_uid=new.proprietary_uid,
    )
    _write(account, document, new, chosen)
    document.id = account.new_id("document")
    document.permalink = f"https://www.app.invoicexpress.com/documents/{account.rng.getrandbits(40):010x}"
    account.documents[document.id] = document
    return document


def update(account: Account, kind: DocumentKind, document_id: int, new: rules.NewDocument) -> Document:
    """Replaces a draft with what is sent; a document past its draft is refused (document-update-drafts-only)."""
    document = find(account, kind, document_id, rules.NOT_FOUND)
    if not is_draft(document):
        raise rules.NOT_A_DRAFT
    _write(account, document, new, _series_for(account, kind, new.sequence_id))
    return document


def _last_finalized(account: Account, document: Document) -> dt.date | None:
    """The date of the last document finalized of the same type in the same series."""
    dates = [
        other.date
        for other in account.documents.values()
        if other.kind is document.kind and other.series_id == document.series_id and other.number is not None
    ]
    return max(dates, default=None)


def finalize(account: Account, document: Document) -> None:
    """Numbers a draft in its series (the choices document-numbering and document-date-order): a due date
    before the date, or a date before the last finalized document of its type there, is refused; else it takes
    the next number of its type, written back to the series, and its ATCUD from the series' code."""
    if document.due_date < document.date:
        raise rules.DUE_BEFORE_DATE
    last = _last_finalized(account, document)
    if last is not None and document.date < last:
        label = document.kind.name.replace("_", "-")
        raise error_object(422, rules.DATE_BEFORE_LAST.format(type=label, date=last.strftime("%d %b %y")))
    numbered = series.find(account, document.series_id)
    document.number = series.take_number(numbered, document.kind.name)
    code = numbered.numbering[document.kind.name].validation_code
    document.atcud = code if code in (NOT_REGISTERED, NOT_APPLICABLE) else f"{code}-{document.number}"
    document.saft_hash = "".join(account.rng.choice(_HASH_ALPHABET) for _ in range(4))


def change_state(account: Account, kind: DocumentKind, document_id: int, change: rules.StateChange) -> Document:
    """Moves the document by the event, as its type's table allows in its state: any other is `CantHandle`."""
    document = find(account, kind, document_id, rules.NOT_FOUND)
    target = kind.states[document.status].get(change.event)
    if target is None:
        raise error_object(422, rules.CANT_HANDLE.format(event=change.event, type=kind.type))
    if change.event == CANCELED and change.message is None:
        raise rules.MESSAGE_REQUIRED
    if change.event == FINALIZED:
        finalize(account, document)
    document.status = target
    return document


def send_email(account: Account, kind: DocumentKind, document_id: int, email: rules.NewEmail) -> None:
    """Sends the document; with `save`, the address is kept on its client."""
    document = find(account, kind, document_id, rules.NOT_FOUND)
    if email.save:
        clients.keep_email(account, document.client.id, email.email)
        document.client.email = email.email
    document.emails.append(Email(email.email, email.subject, email.body, email.cc, email.bcc))


def _holds(document: Document, text: str) -> bool:
    """Whether the document's client, reference, observations, number or lines hold `text` (in any case)."""
    number = f"{document.serie}/{document.number}" if document.number is not None else ""
    fields = [document.client.name, document.reference, document.observations, number]
    fields += [part for line in document.lines for part in (line.name, line.description)]
    return any(text.casefold() in field.casefold() for field in fields if field)


def listed(account: Account, filters: rules.Filters) -> list[Document]:
    """The documents the list's filters ask for, newest (the last created) first (the choice document-list);
    a type is asked for by its name in answers, `SimplifiedInvoice` included (document-type-filter)."""
    return [
        document
        for document in reversed(account.documents.values())
        if (filters.types is None or document.kind.type in filters.types)
        and (filters.statuses is None or document.status in filters.statuses)
        and (filters.date_from is None or document.date >= filters.date_from)
        and (filters.date_to is None or document.date <= filters.date_to)
        and (filters.reference is None or document.reference == filters.reference)
        and (filters.text is None or _holds(document, filters.text))
    ]
