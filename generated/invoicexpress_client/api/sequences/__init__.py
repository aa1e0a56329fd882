"""The sequences resource: `client.sequences` on InvoiceXpressClient and AsyncInvoiceXpressClient."""

from ..._base_client import BaseClient
from ..._operation import flag
from ...models.new_sequence import NewSequence
from ...models.new_sequence_request import NewSequenceRequest
from ...models.sequence import Sequence
from ...models.sequence_list import SequenceList
from ...types import Response
from . import (
    create_sequence,
    get_sequence,
    list_sequences,
    register_sequence,
    set_sequence_default,
)


class Sequences:
    """Sequences, waiting for each answer. `.detailed` has the same methods, returning the whole Response."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def detailed(self) -> "SequencesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, deviations."""
        return SequencesDetailed(self._client)

    def create(
        self,
        *,
        serie: str,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Sequence:
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


        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE
                SERIE/NUMBER` in SAF-T (PT)); otherwise refused with `001` ("Sequence name not allowed").
                A name already used by one of the account's series is refused with `002`.
            default (bool | None): True sends "1", False "0", None leaves the field out (anything else is errors.InvalidArgument). The field: Whether the new series becomes the account's default: `"1"` makes it the default (and the
                previous default no longer is), `"0"` (or leaving the field out) leaves the default as it
                is. A string here, although answers carry the flag as an integer. Other values are refused
                (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError: 400, the request was malformed.
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Sequence
        """

        return create_sequence.sync(
            client=self._client,
            body=NewSequenceRequest(
                sequence=NewSequence(
                    serie=serie,
                    default_sequence=flag(default, "default"),
                )
            ),
            timeout=timeout,
        )

    def get(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Sequence:
        """Get a sequence

        Returns one series of the account.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Sequence
        """

        return get_sequence.sync(
            id,
            client=self._client,
            timeout=timeout,
        )

    def list(
        self,
        *,
        timeout: float | None = None,
    ) -> SequenceList:
        """List all sequences

        Returns every document series of the account, in one response: the service documents no
        pagination for this list.


        Args:

            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            SequenceList
        """

        return list_sequences.sync(
            client=self._client,
            timeout=timeout,
        )

    def register(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> SequenceList:
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


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            SequenceList
        """

        return register_sequence.sync(
            id,
            client=self._client,
            timeout=timeout,
        )

    def set_default(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Set a sequence as the default

        Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
        exactly one series is the default. Setting the current default again changes nothing.

        In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
        `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            None
        """

        return set_sequence_default.sync(
            id,
            client=self._client,
            timeout=timeout,
        )


class SequencesDetailed:
    """Sequences, each method returning the whole Response."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        serie: str,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Response[Sequence]:
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


        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE
                SERIE/NUMBER` in SAF-T (PT)); otherwise refused with `001` ("Sequence name not allowed").
                A name already used by one of the account's series is refused with `002`.
            default (bool | None): True sends "1", False "0", None leaves the field out (anything else is errors.InvalidArgument). The field: Whether the new series becomes the account's default: `"1"` makes it the default (and the
                previous default no longer is), `"0"` (or leaving the field out) leaves the default as it
                is. A string here, although answers carry the flag as an integer. Other values are refused
                (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError: 400, the request was malformed.
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return create_sequence.sync_detailed(
            client=self._client,
            body=NewSequenceRequest(
                sequence=NewSequence(
                    serie=serie,
                    default_sequence=flag(default, "default"),
                )
            ),
            timeout=timeout,
        )

    def get(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[Sequence]:
        """Get a sequence

        Returns one series of the account.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return get_sequence.sync_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )

    def list(
        self,
        *,
        timeout: float | None = None,
    ) -> Response[SequenceList]:
        """List all sequences

        Returns every document series of the account, in one response: the service documents no
        pagination for this list.


        Args:

            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return list_sequences.sync_detailed(
            client=self._client,
            timeout=timeout,
        )

    def register(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[SequenceList]:
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


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return register_sequence.sync_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )

    def set_default(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[None]:
        """Set a sequence as the default

        Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
        exactly one series is the default. Setting the current default again changes nothing.

        In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
        `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[None]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return set_sequence_default.sync_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )


class AsyncSequences:
    """Sequences, each method a coroutine. `.detailed` has the same methods, returning the whole Response."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def detailed(self) -> "AsyncSequencesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, deviations."""
        return AsyncSequencesDetailed(self._client)

    async def create(
        self,
        *,
        serie: str,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Sequence:
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


        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE
                SERIE/NUMBER` in SAF-T (PT)); otherwise refused with `001` ("Sequence name not allowed").
                A name already used by one of the account's series is refused with `002`.
            default (bool | None): True sends "1", False "0", None leaves the field out (anything else is errors.InvalidArgument). The field: Whether the new series becomes the account's default: `"1"` makes it the default (and the
                previous default no longer is), `"0"` (or leaving the field out) leaves the default as it
                is. A string here, although answers carry the flag as an integer. Other values are refused
                (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError: 400, the request was malformed.
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Sequence
        """

        return await create_sequence.asyncio(
            client=self._client,
            body=NewSequenceRequest(
                sequence=NewSequence(
                    serie=serie,
                    default_sequence=flag(default, "default"),
                )
            ),
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Sequence:
        """Get a sequence

        Returns one series of the account.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Sequence
        """

        return await get_sequence.asyncio(
            id,
            client=self._client,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        timeout: float | None = None,
    ) -> SequenceList:
        """List all sequences

        Returns every document series of the account, in one response: the service documents no
        pagination for this list.


        Args:

            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            SequenceList
        """

        return await list_sequences.asyncio(
            client=self._client,
            timeout=timeout,
        )

    async def register(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> SequenceList:
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


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            SequenceList
        """

        return await register_sequence.asyncio(
            id,
            client=self._client,
            timeout=timeout,
        )

    async def set_default(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Set a sequence as the default

        Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
        exactly one series is the default. Setting the current default again changes nothing.

        In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
        `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            None
        """

        return await set_sequence_default.asyncio(
            id,
            client=self._client,
            timeout=timeout,
        )


class AsyncSequencesDetailed:
    """Sequences, each method a coroutine returning the whole Response."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        serie: str,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Response[Sequence]:
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


        Args:
            serie (str): The series' name, e.g. `2027` or `LOJA2`: at most 50 characters, without whitespace,
                control characters, a byte-order mark, `/` or `^` (a document number is `TYPE
                SERIE/NUMBER` in SAF-T (PT)); otherwise refused with `001` ("Sequence name not allowed").
                A name already used by one of the account's series is refused with `002`.
            default (bool | None): True sends "1", False "0", None leaves the field out (anything else is errors.InvalidArgument). The field: Whether the new series becomes the account's default: `"1"` makes it the default (and the
                previous default no longer is), `"0"` (or leaving the field out) leaves the default as it
                is. A string here, although answers carry the flag as an integer. Other values are refused
                (`422`, `003`).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.BadRequestError: 400, the request was malformed.
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.APIStatusError: 413, refused; `status_code`, `code` and `message` say why.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return await create_sequence.asyncio_detailed(
            client=self._client,
            body=NewSequenceRequest(
                sequence=NewSequence(
                    serie=serie,
                    default_sequence=flag(default, "default"),
                )
            ),
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[Sequence]:
        """Get a sequence

        Returns one series of the account.

        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[Sequence]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return await get_sequence.asyncio_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        timeout: float | None = None,
    ) -> Response[SequenceList]:
        """List all sequences

        Returns every document series of the account, in one response: the service documents no
        pagination for this list.


        Args:

            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.RateLimitError: 429, more requests than the account's limit per minute (after the
                client's retries); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed (after the client's retries of 502, 503, 504).
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return await list_sequences.asyncio_detailed(
            client=self._client,
            timeout=timeout,
        )

    async def register(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[SequenceList]:
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


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.ConflictError: 409, refused in the resource's present state; `code` says which.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[SequenceList]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return await register_sequence.asyncio_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )

    async def set_default(
        self,
        id: int,
        *,
        timeout: float | None = None,
    ) -> Response[None]:
        """Set a sequence as the default

        Makes the series the account's default: new documents go to it unless told otherwise. Afterwards
        exactly one series is the default. Setting the current default again changes nothing.

        In a Portuguese account a series that is not registered with the Tax Authority (an ATCUD type still
        `N/D`) cannot become the default (`422`, code `000`): no document could be issued in it.


        Args:
            id (int): The series' `id` (not one of its `current_<t>_sequence_id`s).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError: 401, the API key is missing or is not the account's key.
            errors.NotFoundError: 404, nothing with that id in this account.
            errors.UnprocessableEntityError: 422, refused; `code` and `message` say why.
            errors.RateLimitError: 429, more requests than the account's limit per minute (a write is never
                retried); `retry_after` says how long to wait.
            errors.ServerError: 5xx, the service failed.
            errors.UnexpectedStatus: a status that is neither success nor error (a redirect, which is not
                followed).
            errors.InvalidResponse: an answer whose body cannot be read as documented (errors.ResponseTooLarge:
                larger than `max_response_bytes`).
            errors.APIConnectionError: the service could not be reached (errors.APITimeoutError: not in time).
            errors.InvalidArgument: an argument that cannot be sent; nothing was sent.

        Returns:
            Response[None]: the status, headers, raw body, parsed body and the deviations from the
                contract that were tolerated.
        """

        return await set_sequence_default.asyncio_detailed(
            id,
            client=self._client,
            timeout=timeout,
        )


__all__ = ["AsyncSequences", "AsyncSequencesDetailed", "Sequences", "SequencesDetailed"]
