"""`client.invoices` on InvoiceXpressClient and AsyncInvoiceXpressClient: documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes."""

import builtins
import datetime

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...document_types import DocumentType
from ...models.document import Document
from ...models.email_recipient import EmailRecipient
from ...models.list_invoices_status_item import ListInvoicesStatusItem
from ...models.new_document_client import NewDocumentClient
from ...models.new_document_item import NewDocumentItem
from ...models.sequence import Sequence
from ...models.state_change_state import StateChangeState
from ..documents import generate_pdf
from . import (
    change_invoice_state,
    create_invoice,
    get_invoice,
    list_invoices,
    send_invoice_email,
    update_invoice,
)


class InvoicesFamily(SyncResource):
    """Documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit
    notes. Each is a draft until finalized, when it takes the next number of its type in its series and its ATCUD;
    the table of document types (`x-document-types`) says each type's path segment, keys and states.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "InvoicesFamilyDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return InvoicesFamilyDetailed(self)

    def list(
        self,
        *,
        statuses: builtins.list[ListInvoicesStatusItem] | None = None,
        date_from: datetime.date | None = None,
        date_to: datetime.date | None = None,
        reference: str | None = None,
        text: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
    ) -> Page[Document]:
        """List documents of the invoices family

        Returns one page of the account's invoices, invoice-receipts, simplified invoices, credit and debit notes,
        newest first, filtered as asked. A document created a moment ago may take a few seconds to appear in a
        filtered list.

        Args:
            statuses (list[ListInvoicesStatusItem] | None): Only documents in these states (`draft`, `final` or
                `sent`, `settled`, `canceled`, `deleted`).
            date_from (datetime.date | None): Only documents dated on or after this day (dd/mm/yyyy).
            date_to (datetime.date | None): Only documents dated on or before this day (dd/mm/yyyy).
            reference (str | None): Only documents with this reference, exactly.
            text (str | None): Only documents whose client or content holds this text.
            page (int | None): The page to return, counted from 1 (the first unless given).
            per_page (int | None): How many entries a page holds; the account's own page size (10, 20 or 30) unless
                given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            Page[Document]: its entries, its `pagination`, the pages after it.
        """
        return self._call(list_invoices.OPERATION, locals())

    def create(
        self,
        *,
        date: datetime.date,
        client: NewDocumentClient | None,
        items: builtins.list[NewDocumentItem],
        due_date: datetime.date | None = None,
        reference: str | None = None,
        observations: str | None = None,
        retention: str | None = None,
        tax_exemption: str | None = None,
        sequence_id: str | None = None,
        series: Sequence | int | None = None,
        owner_invoice_id: int | None = None,
        proprietary_uid: str | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Create a document

        Creates a draft of the path's type (`POST /credit_notes.json`: a credit note) in the series `sequence_id`
        names, or the account's default series. A draft has no number yet: finalizing it numbers it in its series.
        (`POST /invoices.json` creates an invoice: the list of the family shares its path, with another method.)

        Args:
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document
                of its type in its series.
            client (NewDocumentClient | None): Whom it is issued to.
            items (list[NewDocumentItem]): Its lines, one at least.
            due_date (datetime.date | None): When it falls due; not before `date` (the date itself unless given, as
                a production client finds for invoice-receipts).
            reference (str | None): Free text, such as the order number.
            observations (str | None): Printed on the document.
            retention (str | None): The withholding tax, in percent (`"25.0"`).
            tax_exemption (str | None): The tax exemption code, for lines taxed at 0%.
            sequence_id (str | None): The series to number it in, as the series' `current_<type>_sequence_id` for
                the document's type (sent as a string; an integer is refused), not the series' `id`. The account's
                default series unless given.
            series (Sequence | int | None): The series to number it in, as a `Sequence` (its
                `current_<type>_sequence_id` for the document's type is sent as `sequence_id`) or a series' `id` (the
                series is read first, a call of its own). Not together with `sequence_id`.
            owner_invoice_id (int | None): For a credit or debit note, the id of the invoice it corrects.
            proprietary_uid (str | None): A unique id of this creation, chosen by the caller (the client makes one
                per call unless given); null is none.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.ConflictError (409), errors.APIStatusError (413), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, not retried); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return self._call(create_invoice.OPERATION, locals())

    def get(self, id: int, *, timeout: float | None = None) -> Document:
        """Get a document

        Returns one document of the path's type.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(get_invoice.OPERATION, locals())

    def update(
        self,
        id: int,
        *,
        date: datetime.date,
        client: NewDocumentClient | None,
        items: builtins.list[NewDocumentItem],
        due_date: datetime.date | None = None,
        reference: str | None = None,
        observations: str | None = None,
        retention: str | None = None,
        tax_exemption: str | None = None,
        sequence_id: str | None = None,
        series: Sequence | int | None = None,
        owner_invoice_id: int | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Update a draft

        Replaces a draft with what is sent: the client and the items are required, as a list left out would be
        blanked. Only drafts can be changed.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document
                of its type in its series.
            client (NewDocumentClient | None): Whom it is issued to.
            items (list[NewDocumentItem]): Its lines, one at least.
            due_date (datetime.date | None): When it falls due; not before `date` (the date itself unless given, as
                a production client finds for invoice-receipts).
            reference (str | None): Free text, such as the order number.
            observations (str | None): Printed on the document.
            retention (str | None): The withholding tax, in percent (`"25.0"`).
            tax_exemption (str | None): The tax exemption code, for lines taxed at 0%.
            sequence_id (str | None): The series to number it in, as the series' `current_<type>_sequence_id` for
                the document's type (sent as a string; an integer is refused), not the series' `id`. The account's
                default series unless given.
            series (Sequence | int | None): The series to number it in, as a `Sequence` (its
                `current_<type>_sequence_id` for the document's type is sent as `sequence_id`) or a series' `id` (the
                series is read first, a call of its own). Not together with `sequence_id`.
            owner_invoice_id (int | None): For a credit or debit note, the id of the invoice it corrects.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(update_invoice.OPERATION, locals())

    def change_state(
        self, id: int, *, state: StateChangeState, message: str | None = None, timeout: float | None = None
    ) -> Document:
        """Change a document's state

        Finalizes, cancels, settles, unsettles or deletes a document, by the event sent; what each type allows in
        each state is the table of document types' (`x-document-types`), and the rest is refused with a 422
        (`CantHandle`).

        Never sent twice by the client: finalizing numbers the document in its series and cancelling reaches the
        Tax Authority; a change whose answer was lost is read back, never sent again blindly.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            state (StateChangeState): The event: `finalized` numbers a draft in its series, `deleted` removes a
                draft, `canceled` cancels a final document (with a `message`), `settled` marks it paid, `unsettled`
                undoes that.
            message (str | None): Why; required to cancel (an empty one is none).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(change_invoice_state.OPERATION, locals())

    def send_email(
        self,
        id: int,
        *,
        client: EmailRecipient,
        subject: str | None = None,
        body: str | None = None,
        cc: str | None = None,
        bcc: str | None = None,
        logo: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Send a document by e-mail

        Sends the document to an address, optionally keeping it on the document's client.

        Never sent twice by the client: a message sent again is a second e-mail to the client.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            client (EmailRecipient): Whom the document is sent to.
            subject (str | None): The message's subject.
            body (str | None): The message's text (HTML is taken).
            cc (str | None): Addresses to copy it to.
            bcc (str | None): Addresses to copy it to, unseen.
            logo (bool | None): Whether the account's logo is shown.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(send_invoice_email.OPERATION, locals())

    def pdf(self, id: int, *, second_copy: bool | None = None, timeout: float | None = None) -> str:
        """Get the address of a document's PDF

        Asks for the PDF of a document of any type (one id space: no type in the path) and returns the address it
        can be downloaded from. The service answers `202` while it makes the file; the client asks again, waiting
        longer each time, within the call's deadline.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            second_copy (bool | None): The second copy (`segunda via`) rather than the original.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.RateLimitError (429, after retries); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return self._call(generate_pdf.OPERATION, locals())

    def download_pdf(self, id: int, *, second_copy: bool | None = None, timeout: float | None = None) -> bytes:
        """The document's PDF file itself, fetched from the address the service gives (another host, sent no key).
        `pdf`'s arguments and errors; the file is read within `timeout` (the whole call's), `max_response_bytes` and
        the client's TLS settings, and must be a PDF answered 200 (else `errors.InvalidResponse`)."""
        return self._download(generate_pdf.OPERATION, locals())

    def _finalize(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Finalize a draft: it takes the next number of its type in its series, and its ATCUD. `change_state(id,
        state="finalized")`, its errors included; `document` is the document or its id (given the document, a change
        its state does not take is refused before anything is sent)."""
        return self._transition(change_invoice_state.OPERATION, document, "finalized", None, timeout)

    def _cancel(self, document: int | Document, message: str, *, timeout: float | None = None) -> Document:
        """Cancel a final document, saying why. `change_state(id, state="canceled", message=message)`, its errors
        included; `document` is the document or its id (given the document, a change its state does not take is
        refused before anything is sent)."""
        return self._transition(change_invoice_state.OPERATION, document, "canceled", message, timeout)

    def _settle(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Mark a final document paid. `change_state(id, state="settled")`, its errors included; `document` is the
        document or its id (given the document, a change its state does not take is refused before anything is
        sent)."""
        return self._transition(change_invoice_state.OPERATION, document, "settled", None, timeout)

    def _unsettle(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Mark a settled document unpaid again. `change_state(id, state="unsettled")`, its errors included; `document`
        is the document or its id (given the document, a change its state does not take is refused before anything
        is sent)."""
        return self._transition(change_invoice_state.OPERATION, document, "unsettled", None, timeout)

    def _delete(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Delete a draft (it took no number). `change_state(id, state="deleted")`, its errors included; `document` is
        the document or its id (given the document, a change its state does not take is refused before anything is
        sent)."""
        return self._transition(change_invoice_state.OPERATION, document, "deleted", None, timeout)


class Invoices(InvoicesFamily):
    """Invoices, Fatura (FT): documents of this type, and the changes of state it takes. The methods of `InvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.INVOICE
    finalize = InvoicesFamily._finalize
    cancel = InvoicesFamily._cancel
    settle = InvoicesFamily._settle
    delete = InvoicesFamily._delete


class InvoiceReceipts(InvoicesFamily):
    """Invoice receipts, Fatura-recibo (FR): documents of this type, and the changes of state it takes. The methods of `InvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.INVOICE_RECEIPT
    finalize = InvoicesFamily._finalize
    cancel = InvoicesFamily._cancel
    delete = InvoicesFamily._delete


class SimplifiedInvoices(InvoicesFamily):
    """Simplified invoices, Fatura simplificada (FS): documents of this type, and the changes of state it takes. The methods of `InvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.SIMPLIFIED_INVOICE
    finalize = InvoicesFamily._finalize
    cancel = InvoicesFamily._cancel
    settle = InvoicesFamily._settle
    delete = InvoicesFamily._delete


class CreditNotes(InvoicesFamily):
    """Credit notes, Nota de crédito (NC): documents of this type, and the changes of state it takes. The methods of `InvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.CREDIT_NOTE
    finalize = InvoicesFamily._finalize
    cancel = InvoicesFamily._cancel
    settle = InvoicesFamily._settle
    unsettle = InvoicesFamily._unsettle
    delete = InvoicesFamily._delete


class DebitNotes(InvoicesFamily):
    """Debit notes, Nota de débito (ND): documents of this type, and the changes of state it takes. The methods of `InvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.DEBIT_NOTE
    finalize = InvoicesFamily._finalize
    cancel = InvoicesFamily._cancel
    settle = InvoicesFamily._settle
    unsettle = InvoicesFamily._unsettle
    delete = InvoicesFamily._delete


class InvoicesFamilyDetailed:
    """Documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes, each method returning the whole Response."""

    def __init__(self, resource: InvoicesFamily) -> None:
        responses = resource._returning_responses()
        self.list = whole(responses.list)
        self.create = whole(responses.create)
        self.get = whole(responses.get)
        self.update = whole(responses.update)
        self.change_state = whole(responses.change_state)
        self.send_email = whole(responses.send_email)
        self.pdf = whole(responses.pdf)


class AsyncInvoicesFamily(AsyncResource):
    """Documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes, each method a coroutine: the methods of `InvoicesFamily`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncInvoicesFamilyDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncInvoicesFamilyDetailed(self)

    async def list(
        self,
        *,
        statuses: builtins.list[ListInvoicesStatusItem] | None = None,
        date_from: datetime.date | None = None,
        date_to: datetime.date | None = None,
        reference: str | None = None,
        text: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Document]:
        """List documents of the invoices family (described at the sync method)

        Args:
            statuses (list[ListInvoicesStatusItem] | None): Only documents in these states (`draft`, `final` or
                `sent`, `settled`, `canceled`, `deleted`).
            date_from (datetime.date | None): Only documents dated on or after this day (dd/mm/yyyy).
            date_to (datetime.date | None): Only documents dated on or before this day (dd/mm/yyyy).
            reference (str | None): Only documents with this reference, exactly.
            text (str | None): Only documents whose client or content holds this text.
            page (int | None): The page to return, counted from 1 (the first unless given).
            per_page (int | None): How many entries a page holds; the account's own page size (10, 20 or 30) unless
                given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            AsyncPage[Document]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(list_invoices.OPERATION, locals())

    async def create(
        self,
        *,
        date: datetime.date,
        client: NewDocumentClient | None,
        items: builtins.list[NewDocumentItem],
        due_date: datetime.date | None = None,
        reference: str | None = None,
        observations: str | None = None,
        retention: str | None = None,
        tax_exemption: str | None = None,
        sequence_id: str | None = None,
        series: Sequence | int | None = None,
        owner_invoice_id: int | None = None,
        proprietary_uid: str | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Create a document (described at the sync method)

        Args:
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document
                of its type in its series.
            client (NewDocumentClient | None): Whom it is issued to.
            items (list[NewDocumentItem]): Its lines, one at least.
            due_date (datetime.date | None): When it falls due; not before `date` (the date itself unless given, as
                a production client finds for invoice-receipts).
            reference (str | None): Free text, such as the order number.
            observations (str | None): Printed on the document.
            retention (str | None): The withholding tax, in percent (`"25.0"`).
            tax_exemption (str | None): The tax exemption code, for lines taxed at 0%.
            sequence_id (str | None): The series to number it in, as the series' `current_<type>_sequence_id` for
                the document's type (sent as a string; an integer is refused), not the series' `id`. The account's
                default series unless given.
            series (Sequence | int | None): The series to number it in, as a `Sequence` (its
                `current_<type>_sequence_id` for the document's type is sent as `sequence_id`) or a series' `id` (the
                series is read first, a call of its own). Not together with `sequence_id`.
            owner_invoice_id (int | None): For a credit or debit note, the id of the invoice it corrects.
            proprietary_uid (str | None): A unique id of this creation, chosen by the caller (the client makes one
                per call unless given); null is none.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.ConflictError (409), errors.APIStatusError (413), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, not retried); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return await self._call(create_invoice.OPERATION, locals())

    async def get(self, id: int, *, timeout: float | None = None) -> Document:
        """Get a document (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(get_invoice.OPERATION, locals())

    async def update(
        self,
        id: int,
        *,
        date: datetime.date,
        client: NewDocumentClient | None,
        items: builtins.list[NewDocumentItem],
        due_date: datetime.date | None = None,
        reference: str | None = None,
        observations: str | None = None,
        retention: str | None = None,
        tax_exemption: str | None = None,
        sequence_id: str | None = None,
        series: Sequence | int | None = None,
        owner_invoice_id: int | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Update a draft (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            date (datetime.date): The document's date; at finalizing, not earlier than the last finalized document
                of its type in its series.
            client (NewDocumentClient | None): Whom it is issued to.
            items (list[NewDocumentItem]): Its lines, one at least.
            due_date (datetime.date | None): When it falls due; not before `date` (the date itself unless given, as
                a production client finds for invoice-receipts).
            reference (str | None): Free text, such as the order number.
            observations (str | None): Printed on the document.
            retention (str | None): The withholding tax, in percent (`"25.0"`).
            tax_exemption (str | None): The tax exemption code, for lines taxed at 0%.
            sequence_id (str | None): The series to number it in, as the series' `current_<type>_sequence_id` for
                the document's type (sent as a string; an integer is refused), not the series' `id`. The account's
                default series unless given.
            series (Sequence | int | None): The series to number it in, as a `Sequence` (its
                `current_<type>_sequence_id` for the document's type is sent as `sequence_id`) or a series' `id` (the
                series is read first, a call of its own). Not together with `sequence_id`.
            owner_invoice_id (int | None): For a credit or debit note, the id of the invoice it corrects.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(update_invoice.OPERATION, locals())

    async def change_state(
        self, id: int, *, state: StateChangeState, message: str | None = None, timeout: float | None = None
    ) -> Document:
        """Change a document's state (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            state (StateChangeState): The event: `finalized` numbers a draft in its series, `deleted` removes a
                draft, `canceled` cancels a final document (with a `message`), `settled` marks it paid, `unsettled`
                undoes that.
            message (str | None): Why; required to cancel (an empty one is none).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(change_invoice_state.OPERATION, locals())

    async def send_email(
        self,
        id: int,
        *,
        client: EmailRecipient,
        subject: str | None = None,
        body: str | None = None,
        cc: str | None = None,
        bcc: str | None = None,
        logo: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Send a document by e-mail (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            client (EmailRecipient): Whom the document is sent to.
            subject (str | None): The message's subject.
            body (str | None): The message's text (HTML is taken).
            cc (str | None): Addresses to copy it to.
            bcc (str | None): Addresses to copy it to, unseen.
            logo (bool | None): Whether the account's logo is shown.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(send_invoice_email.OPERATION, locals())

    async def pdf(self, id: int, *, second_copy: bool | None = None, timeout: float | None = None) -> str:
        """Get the address of a document's PDF (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            second_copy (bool | None): The second copy (`segunda via`) rather than the original.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.RateLimitError (429, after retries); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return await self._call(generate_pdf.OPERATION, locals())

    async def download_pdf(self, id: int, *, second_copy: bool | None = None, timeout: float | None = None) -> bytes:
        """The document's PDF file itself, fetched from the address the service gives (another host, sent no key).
        `pdf`'s arguments and errors; the file is read within `timeout` (the whole call's), `max_response_bytes` and
        the client's TLS settings, and must be a PDF answered 200 (else `errors.InvalidResponse`)."""
        return await self._download(generate_pdf.OPERATION, locals())

    async def _finalize(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Finalize a draft: it takes the next number of its type in its series, and its ATCUD. `change_state(id,
        state="finalized")`, its errors included; `document` is the document or its id (given the document, a change
        its state does not take is refused before anything is sent)."""
        return await self._transition(change_invoice_state.OPERATION, document, "finalized", None, timeout)

    async def _cancel(self, document: int | Document, message: str, *, timeout: float | None = None) -> Document:
        """Cancel a final document, saying why. `change_state(id, state="canceled", message=message)`, its errors
        included; `document` is the document or its id (given the document, a change its state does not take is
        refused before anything is sent)."""
        return await self._transition(change_invoice_state.OPERATION, document, "canceled", message, timeout)

    async def _settle(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Mark a final document paid. `change_state(id, state="settled")`, its errors included; `document` is the
        document or its id (given the document, a change its state does not take is refused before anything is
        sent)."""
        return await self._transition(change_invoice_state.OPERATION, document, "settled", None, timeout)

    async def _unsettle(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Mark a settled document unpaid again. `change_state(id, state="unsettled")`, its errors included; `document`
        is the document or its id (given the document, a change its state does not take is refused before anything
        is sent)."""
        return await self._transition(change_invoice_state.OPERATION, document, "unsettled", None, timeout)

    async def _delete(self, document: int | Document, *, timeout: float | None = None) -> Document:
        """Delete a draft (it took no number). `change_state(id, state="deleted")`, its errors included; `document` is
        the document or its id (given the document, a change its state does not take is refused before anything is
        sent)."""
        return await self._transition(change_invoice_state.OPERATION, document, "deleted", None, timeout)


class AsyncInvoices(AsyncInvoicesFamily):
    """Invoices, Fatura (FT): documents of this type, and the changes of state it takes. The methods of `AsyncInvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.INVOICE
    finalize = AsyncInvoicesFamily._finalize
    cancel = AsyncInvoicesFamily._cancel
    settle = AsyncInvoicesFamily._settle
    delete = AsyncInvoicesFamily._delete


class AsyncInvoiceReceipts(AsyncInvoicesFamily):
    """Invoice receipts, Fatura-recibo (FR): documents of this type, and the changes of state it takes. The methods of `AsyncInvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.INVOICE_RECEIPT
    finalize = AsyncInvoicesFamily._finalize
    cancel = AsyncInvoicesFamily._cancel
    delete = AsyncInvoicesFamily._delete


class AsyncSimplifiedInvoices(AsyncInvoicesFamily):
    """Simplified invoices, Fatura simplificada (FS): documents of this type, and the changes of state it takes. The methods of `AsyncInvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.SIMPLIFIED_INVOICE
    finalize = AsyncInvoicesFamily._finalize
    cancel = AsyncInvoicesFamily._cancel
    settle = AsyncInvoicesFamily._settle
    delete = AsyncInvoicesFamily._delete


class AsyncCreditNotes(AsyncInvoicesFamily):
    """Credit notes, Nota de crédito (NC): documents of this type, and the changes of state it takes. The methods of `AsyncInvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.CREDIT_NOTE
    finalize = AsyncInvoicesFamily._finalize
    cancel = AsyncInvoicesFamily._cancel
    settle = AsyncInvoicesFamily._settle
    unsettle = AsyncInvoicesFamily._unsettle
    delete = AsyncInvoicesFamily._delete


class AsyncDebitNotes(AsyncInvoicesFamily):
    """Debit notes, Nota de débito (ND): documents of this type, and the changes of state it takes. The methods of `AsyncInvoicesFamily`, for this type."""

    __slots__ = ()
    _ROW = DocumentType.DEBIT_NOTE
    finalize = AsyncInvoicesFamily._finalize
    cancel = AsyncInvoicesFamily._cancel
    settle = AsyncInvoicesFamily._settle
    unsettle = AsyncInvoicesFamily._unsettle
    delete = AsyncInvoicesFamily._delete


class AsyncInvoicesFamilyDetailed:
    """Documents of the invoices family: invoices, invoice-receipts, simplified invoices, credit notes and debit notes, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncInvoicesFamily) -> None:
        responses = resource._returning_responses()
        self.list = awhole(responses.list)
        self.create = awhole(responses.create)
        self.get = awhole(responses.get)
        self.update = awhole(responses.update)
        self.change_state = awhole(responses.change_state)
        self.send_email = awhole(responses.send_email)
        self.pdf = awhole(responses.pdf)


__all__ = [
    "AsyncCreditNotes",
    "AsyncDebitNotes",
    "AsyncInvoiceReceipts",
    "AsyncInvoices",
    "AsyncInvoicesFamily",
    "AsyncInvoicesFamilyDetailed",
    "AsyncSimplifiedInvoices",
    "CreditNotes",
    "DebitNotes",
    "InvoiceReceipts",
    "Invoices",
    "InvoicesFamily",
    "InvoicesFamilyDetailed",
    "SimplifiedInvoices",
]
