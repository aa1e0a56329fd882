"""Every error this package raises: one base class, and a subclass for each way a call can fail.

`STATUS_ERRORS` says which error each documented status raises; the first line of each class's docstring says
what it means, and the generated docstrings quote it. This module imports nothing of the package at run time:
the generator reads both from it.
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from .types import Deviation


class InvoiceXpressError(Exception):
    """Base of every error raised by this package.

    Attributes:
        operation: The Python name of the operation that failed (`get_tax`), where one did.
        request: The request that failed, where one was built: its method and URL, without the key (the key is
            added below httpx, to the copy that goes on the wire). Its body is what was sent.
    """

    operation: str | None = None
    request: "httpx.Request | None" = None


class ClientConfigurationError(InvoiceXpressError, ValueError):
    """The client was given settings it cannot work with (no key, a malformed account name, ...)."""


class InvalidArgument(InvoiceXpressError, ValueError):
    """An argument of an operation that cannot be sent (a float or a bool for an id, text no URL can carry, a
    body value JSON cannot hold): refused before anything is sent."""

    # Where a field's own check refused it: the field's name in the request, and why.
    field: str | None = None
    reason: str | None = None


class APIConnectionError(InvoiceXpressError):
    """The service could not be reached: no connection, a broken one, or a TLS failure.

    Attributes:
        transient: Whether trying again may succeed (a dropped connection may; a certificate that does not
            verify will not): the client repeats a read only after a transient failure.
    """

    def __init__(self, message: str, *, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


class APIOutcomeUnknown(APIConnectionError):
    """The request was sent and may have been carried out: its connection failed after sending (dropped while
    the answer was awaited or read), or a gateway answered for the service, and reading back (as the operation
    declares) could not settle it. A write of that kind is never sent again blindly; `.request` is the write."""


class ClientClosedError(InvoiceXpressError, RuntimeError):
    """The client was closed (or the client it was copied from, with `with_options`): it sends nothing more.
    Make a new client."""


class ClosedInFlight(APIOutcomeUnknown, ClientClosedError):
    """The client was closed while this call's request was on its way: whether the service carried it out is
    not known, and nothing is sent again."""

    def __init__(self, message: str) -> None:
        super().__init__(message, transient=False)


class APITimeoutError(APIConnectionError):
    """The service did not answer within the client's timeout."""


class NotReadyError(APITimeoutError):
    """The service kept answering that what was asked for is not ready yet (a PDF, a QR code), and the call's
    deadline left no time to ask again: a later call may find it ready."""


class InvalidResponse(InvoiceXpressError):
    """The service answered with a body the client cannot read as the contract describes it: not JSON, a
    missing, null or mistyped field, or (with `strict=True`) any deviation from the contract.

    Attributes:
        status_code: The HTTP status of the answer.
        headers: The answer's headers.
        content: The body as received (empty when it could not be read whole).
        deviations: Each place where the body breaks the contract, where they are known.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content: bytes,
        deviations: "tuple[Deviation, ...]" = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.content = content
        self.deviations = deviations


class PaginationError(InvoiceXpressError):
    """A list's pages cannot be walked: the service answered a page already seen (the same `current_page`
    again, or only entries of pages already walked), or a next page was asked of the last one."""


class ResponseTooLarge(InvalidResponse):
    """The answer's body, decompressed, is larger than the client's `max_response_bytes`: reading stopped
    there, and nothing of it is kept."""


class APIStatusError(InvoiceXpressError):
    """The service answered with an error status (4xx or 5xx).

    Attributes:
        status_code: The HTTP status.
        code: The service's error code, a zero-padded string such as `"002"`, where the body had one.
        message: The service's message as it sent it, or what the status means where the body had none.
        headers: The answer's headers (a `Retry-After`, a request id to quote to support).
        content: The body as received.
    """

    def __init__(
        self,
        text: str,
        *,
        status_code: int,
        code: str | None,
        message: str,
        content: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(text)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.content = content


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or is not the account's key."""


class PermissionDeniedError(APIStatusError):
    """403: the key is the account's, but this account may not do this (its plan, its settings)."""


class NotFoundError(APIStatusError):
    """404: no such resource in this account."""


class ConflictError(APIStatusError):
    """409: refused in the resource's present state (a registration under way, say)."""


class UnprocessableEntityError(APIStatusError):
    """422: the content or a business rule refused it (`code`, `message` say which)."""


class RateLimitError(APIStatusError):
    """429: over the account's limit of requests per minute.

    Attributes:
        retry_after: Seconds to wait, where the service said so in a `Retry-After` header.
    """

    def __init__(
        self,
        text: str,
        *,
        status_code: int,
        code: str | None,
        message: str,
        content: bytes,
        retry_after: float | None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(text, status_code=status_code, code=code, message=message, content=content, headers=headers)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the service failed."""


class UnexpectedStatus(APIStatusError):
    """A status that is neither success (2xx) nor error (4xx, 5xx): an informational one or a redirect, which
    the client does not follow. The message names the operation's documented statuses."""


# The error each status raises (a 429 is a RateLimitError, any other 5xx a ServerError, any other 4xx the base
# APIStatusError).
STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def meaning(status: int) -> str | None:
    """What a status of STATUS_ERRORS means, as its error's docstring says (`404: no such resource in this
    account.`): an error without a body says it."""
    error = STATUS_ERRORS.get(status)
    lines = (error.__doc__ or "").strip().splitlines() if error is not None else []
    return lines[0].partition(": ")[2].rstrip(".") or None if lines else None


__all__ = [
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIOutcomeUnknown",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientConfigurationError",
    "ClosedInFlight",
    "ConflictError",
    "InvalidArgument",
    "InvalidResponse",
    "InvoiceXpressError",
    "NotFoundError",
    "NotReadyError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLarge",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "meaning",
]
