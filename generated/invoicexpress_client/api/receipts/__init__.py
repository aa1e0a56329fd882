"""`client.receipts` on InvoiceXpressClient and AsyncInvoiceXpressClient: receipts, made by payments (`documents`): cancelling one, saying why."""

from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.document import Document
from . import cancel_receipt


class Receipts(SyncResource):
    """Receipts, made by payments (`documents`): cancelling one, saying why.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "ReceiptsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return ReceiptsDetailed(self)

    def cancel(self, id: int, *, message: str, timeout: float | None = None) -> Document:
        """Cancel a receipt, saying why

        Cancels a receipt (what a payment made); the amount it paid is owed again. The reason is required.

        Never sent twice by the client: a receipt cancelled cannot be restored, and a second cancellation is
        refused; one whose answer was lost is not sent again (the receipt's status, read with the related
        documents, says whether it was).

        Args:
            id (int): The receipt's `id`.
            message (str): Why the receipt is cancelled.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(cancel_receipt.OPERATION, locals())


class ReceiptsDetailed:
    """Receipts, made by payments (`documents`): cancelling one, saying why, each method returning the whole Response."""

    def __init__(self, resource: Receipts) -> None:
        responses = resource._returning_responses()
        self.cancel = whole(responses.cancel)


class AsyncReceipts(AsyncResource):
    """Receipts, made by payments (`documents`): cancelling one, saying why, each method a coroutine: the methods of `Receipts`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncReceiptsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncReceiptsDetailed(self)

    async def cancel(self, id: int, *, message: str, timeout: float | None = None) -> Document:
        """Cancel a receipt, saying why (described at the sync method)

        Args:
            id (int): The receipt's `id`.
            message (str): Why the receipt is cancelled.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(cancel_receipt.OPERATION, locals())


class AsyncReceiptsDetailed:
    """Receipts, made by payments (`documents`): cancelling one, saying why, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncReceipts) -> None:
        responses = resource._returning_responses()
        self.cancel = awhole(responses.cancel)


__all__ = ["AsyncReceipts", "AsyncReceiptsDetailed", "Receipts", "ReceiptsDetailed"]
