"""`client.sequences` on InvoiceXpressClient and AsyncInvoiceXpressClient: document series ("sequences")."""

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.sequence import Sequence
from . import (
    create_sequence,
    get_sequence,
    list_sequences,
    register_sequence,
    set_sequence_default,
)


class Sequences(SyncResource):
    """Document series ("sequences"). Each series numbers every document type separately, and for each type holds the
    validation code the Portuguese Tax Authority (AT) gave it. A document's ATCUD is that code, a hyphen, and the
    document's number in the series.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "SequencesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return SequencesDetailed(self)

    def list(self, *, timeout: float | None = None) -> Page[Sequence]:
        """List all sequences

        Returns every document series of the account, in one response: the service documents no
        pagination for this list.

        Args:
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.RateLimitError (429, after retries); errors.InvoiceXpressError
            for any other: ServerError, APIConnectionError, InvalidResponse, InvalidArgument.
        Returns:
            Page[Sequence]: its entries, its `pagination`, the pages after it.
        """
        return self._call(list_sequences.OPERATION, locals())

    def create(self, *, serie: str, default: bool | None = None, timeout: float | None = None) -> Sequence:
        """Create a sequence

        Creates a series and, for a Portuguese account, registers it with the Tax Authority (AT) at once: the
        new series has an AT code for each of the 11 ATCUD types and `N/A` for the others. The account's AT
        credentials must be configured. An account that is not Portuguese gets the series unregistered, `N/A`
        for every type.

        This changes the account's Tax Authority records and cannot be undone (sequences can be neither
        updated nor deleted through the API).

        | status | code | message |
        |---|---|---|
        | 409 | `006` | The sequence is already being registered. |
        | 422 | `000` | Unknown error. |
        | 422 | `001` | Sequence name not allowed. |
        | 422 | `002` | Sequence already exists. |
        | 422 | `003` | Invalid sequence. |
        | 422 | `004` | Invalid Tax Authority credentials. |
        | 422 | `005` | Account fiscal ID doesn't have open activity in Tax Authority. |

        A body that is not JSON gets `400`; one not of the shape below, or with other fields, gets `422` `003`;
        a `serie` that breaks its rules gets `001`; a body over 64 KiB gets `413`.

        Never sent twice by the client: creating a series registers it with the Tax Authority at once, which
        cannot be undone.

        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE SERIE/NUMBER` in SAF-T
                (PT)); otherwise refused with `001` ("Sequence name not allowed"). A name already used by one of the
                account's series is refused with `002`.
            default (bool | None): Whether the new series becomes the account's default: `"1"` makes it the default
                (and the previous default no longer is), `"0"` (or leaving the field out) leaves the default as it is. A
                string here, although answers carry the flag as an integer. Other values are refused (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.ConflictError (409),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(create_sequence.OPERATION, locals())

    def get(self, id: int, *, timeout: float | None = None) -> Sequence:
        """Get a sequence

        Returns one series of the account.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(get_sequence.OPERATION, locals())

    def register(self, id: int, *, timeout: float | None = None) -> Page[Sequence]:
        """Register a sequence

        Registers the series with the Tax Authority (AT): each ATCUD type still `N/D` gets an AT code.
        Mandatory for Portuguese accounts since 1 January 2023.

        **A one-shot change, never to be retried automatically.** It changes the account's Tax Authority
        records and cannot be undone. A registration the AT accepts for some types only ends "Partial" and
        cannot be retried: create a new series instead. The account's default series cannot be registered.

        | status | code | message |
        |---|---|---|
        | 404 | `006` | The sequence doesn't exist. |
        | 409 | `005` | All sequences are registered. |
        | 409 | `008` | The sequence is already being registered. |
        | 422 | `000` | Unknown error. |
        | 422 | `001` | Sequence name not allowed. |
        | 422 | `002` | Invalid Tax Authority credentials. |
        | 422 | `003` | Account fiscal ID doesn't have open activity in Tax Authority. |
        | 422 | `004` | Account is not Portuguese. |
        | 422 | `007` | All Sequences are registered in AT. |

        The numbering differs from createSequence's. The default series is refused with `000`; `005` means
        every series of the account is registered already, `007` that this one is (fully, or "Partial"). The
        answer is an array under `sequences`: pick the registered series out of it by `id`.

        Never sent twice by the client: a registration with the Tax Authority is one-shot; a "Partial" one
        cannot be retried.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.ConflictError (409),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            Page[Sequence]: its entries, its `pagination`, the pages after it.
        """
        return self._call(register_sequence.OPERATION, locals())

    def set_default(self, id: int, *, timeout: float | None = None) -> None:
        """Set a sequence as the default

        Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
        exactly one series is the default. Setting the current default again changes nothing.

        In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
        `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.

        Never sent twice by the client: the series' writes are never repeated by the client; setting the default
        again is the caller's to decide.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, not retried); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return self._call(set_sequence_default.OPERATION, locals())


class SequencesDetailed:
    """Document series ("sequences"), each method returning the whole Response."""

    def __init__(self, resource: Sequences) -> None:
        responses = resource._returning_responses()
        self.list = whole(responses.list)
        self.create = whole(responses.create)
        self.get = whole(responses.get)
        self.register = whole(responses.register)
        self.set_default = whole(responses.set_default)


class AsyncSequences(AsyncResource):
    """Document series ("sequences"), each method a coroutine: the methods of `Sequences`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncSequencesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncSequencesDetailed(self)

    async def list(self, *, timeout: float | None = None) -> AsyncPage[Sequence]:
        """List all sequences (described at the sync method)

        Args:
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.RateLimitError (429, after retries); errors.InvoiceXpressError
            for any other: ServerError, APIConnectionError, InvalidResponse, InvalidArgument.
        Returns:
            AsyncPage[Sequence]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(list_sequences.OPERATION, locals())

    async def create(self, *, serie: str, default: bool | None = None, timeout: float | None = None) -> Sequence:
        """Create a sequence (described at the sync method)

        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE SERIE/NUMBER` in SAF-T
                (PT)); otherwise refused with `001` ("Sequence name not allowed"). A name already used by one of the
                account's series is refused with `002`.
            default (bool | None): Whether the new series becomes the account's default: `"1"` makes it the default
                (and the previous default no longer is), `"0"` (or leaving the field out) leaves the default as it is. A
                string here, although answers carry the flag as an integer. Other values are refused (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.ConflictError (409),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, not
            retried); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(create_sequence.OPERATION, locals())

    async def get(self, id: int, *, timeout: float | None = None) -> Sequence:
        """Get a sequence (described at the sync method)

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(get_sequence.OPERATION, locals())

    async def register(self, id: int, *, timeout: float | None = None) -> AsyncPage[Sequence]:
        """Register a sequence (described at the sync method)

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.ConflictError (409),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            AsyncPage[Sequence]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(register_sequence.OPERATION, locals())

    async def set_default(self, id: int, *, timeout: float | None = None) -> None:
        """Set a sequence as the default (described at the sync method)

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.UnprocessableEntityError (422),
            errors.RateLimitError (429, not retried); errors.InvoiceXpressError for any other: ServerError,
            APIConnectionError, InvalidResponse, InvalidArgument.
        """
        return await self._call(set_sequence_default.OPERATION, locals())


class AsyncSequencesDetailed:
    """Document series ("sequences"), each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncSequences) -> None:
        responses = resource._returning_responses()
        self.list = awhole(responses.list)
        self.create = awhole(responses.create)
        self.get = awhole(responses.get)
        self.register = awhole(responses.register)
        self.set_default = awhole(responses.set_default)


__all__ = ["AsyncSequences", "AsyncSequencesDetailed", "Sequences", "SequencesDetailed"]
