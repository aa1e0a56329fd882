"""`client.documents` on InvoiceXpressClient and AsyncInvoiceXpressClient: documents of any type, by their id."""

import builtins
import datetime
from decimal import Decimal

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.document import Document
from ...models.list_invoices_status_item import ListInvoicesStatusItem
from ...models.list_invoices_type_item import ListInvoicesTypeItem
from ...models.payment_payment_mechanism import PaymentPaymentMechanism
from ..invoices import list_invoices
from . import generate_payment, generate_pdf, get_qr_code, list_related_documents


class Documents(SyncResource):
    """Documents of any type, by their id. The family's list across types, the PDF and the QR code (made on request:
    the service answers `202` until ready), the related documents, and payments, each of which makes a receipt:
    what takes only a document's id (one id space for every type).

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "DocumentsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return DocumentsDetailed(self)

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

    def qr_code(self, id: int, *, timeout: float | None = None) -> str:
        """Get the address of a document's QR code

        Returns the address of the QR code image of a final, canceled or settled document (a draft has none). The
        service answers `202` while it makes the image; the client asks again within the call's deadline.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, after retries); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return self._call(get_qr_code.OPERATION, locals())

    def related(self, id: int, *, timeout: float | None = None) -> list[Document]:
        """List the documents related to a document

        Returns, whole (no pages), the documents related to one: an invoice's receipts and credit notes, and the
        invoice a receipt or a credit note is of.

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(list_related_documents.OPERATION, locals())

    def pay(
        self,
        id: int,
        *,
        amount: Decimal | int | float | str,
        payment_mechanism: PaymentPaymentMechanism | None = None,
        note: str | None = None,
        serie: str | None = None,
        payment_date: datetime.date | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Pay a document, in part or in full (a receipt)

        Records a payment of a final document whose type takes payments (the table of document types' `payments`)
        and returns the receipt it makes, numbered in a series. Paid in full, the document is settled.

        Never sent twice by the client: a payment makes a receipt, numbered in its series, each time it is sent,
        and carries no key to tell a repeat by; one whose answer was lost is not sent again (the document's
        related documents show whether its receipt was made).

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            amount (Decimal | int | float | str): What is paid (written with its digits, never through a float); at
                most what is still owed.
            payment_mechanism (PaymentPaymentMechanism | None): How it was paid: CC credit card, CD debit card, CH
                bank cheque, CO cheque or voucher, CS current-account compensation, DE e-money, LC commercial paper, MB
                Multibanco references, NU cash, OU other, PR exchange of goods, TB bank transfer or direct debit, TR
                restaurant ticket.
            note (str | None): A note on the receipt.
            serie (str | None): The name of the series the receipt is numbered in (the document's own unless given).
            payment_date (datetime.date | None): The day it was paid (dd/mm/yyyy); today unless given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(generate_payment.OPERATION, locals())

    def list(
        self,
        *,
        types: builtins.list[ListInvoicesTypeItem] | None = None,
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
            types (list[ListInvoicesTypeItem] | None): Only documents of these types (`Invoice`, `CreditNote`, ...),
                by the type's name in answers; the receipts of payments are `Receipt`.
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


class DocumentsDetailed:
    """Documents of any type, by their id, each method returning the whole Response."""

    def __init__(self, resource: Documents) -> None:
        responses = resource._returning_responses()
        self.pdf = whole(responses.pdf)
        self.qr_code = whole(responses.qr_code)
        self.related = whole(responses.related)
        self.pay = whole(responses.pay)
        self.list = whole(responses.list)


class AsyncDocuments(AsyncResource):
    """Documents of any type, by their id, each method a coroutine: the methods of `Documents`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncDocumentsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncDocumentsDetailed(self)

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

    async def qr_code(self, id: int, *, timeout: float | None = None) -> str:
        """Get the address of a document's QR code (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, after retries); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return await self._call(get_qr_code.OPERATION, locals())

    async def related(self, id: int, *, timeout: float | None = None) -> list[Document]:
        """List the documents related to a document (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(list_related_documents.OPERATION, locals())

    async def pay(
        self,
        id: int,
        *,
        amount: Decimal | int | float | str,
        payment_mechanism: PaymentPaymentMechanism | None = None,
        note: str | None = None,
        serie: str | None = None,
        payment_date: datetime.date | None = None,
        timeout: float | None = None,
    ) -> Document:
        """Pay a document, in part or in full (a receipt) (described at the sync method)

        Args:
            id (int): The document's `id` (one id space for every type of the account).
            amount (Decimal | int | float | str): What is paid (written with its digits, never through a float); at
                most what is still owed.
            payment_mechanism (PaymentPaymentMechanism | None): How it was paid: CC credit card, CD debit card, CH
                bank cheque, CO cheque or voucher, CS current-account compensation, DE e-money, LC commercial paper, MB
                Multibanco references, NU cash, OU other, PR exchange of goods, TB bank transfer or direct debit, TR
                restaurant ticket.
            note (str | None): A note on the receipt.
            serie (str | None): The name of the series the receipt is numbered in (the document's own unless given).
            payment_date (datetime.date | None): The day it was paid (dd/mm/yyyy); today unless given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(generate_payment.OPERATION, locals())

    async def list(
        self,
        *,
        types: builtins.list[ListInvoicesTypeItem] | None = None,
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
            types (list[ListInvoicesTypeItem] | None): Only documents of these types (`Invoice`, `CreditNote`, ...),
                by the type's name in answers; the receipts of payments are `Receipt`.
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


class AsyncDocumentsDetailed:
    """Documents of any type, by their id, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncDocuments) -> None:
        responses = resource._returning_responses()
        self.pdf = awhole(responses.pdf)
        self.qr_code = awhole(responses.qr_code)
        self.related = awhole(responses.related)
        self.pay = awhole(responses.pay)
        self.list = awhole(responses.list)


__all__ = ["AsyncDocuments", "AsyncDocumentsDetailed", "Documents", "DocumentsDetailed"]
