"""A refusal: the status and body of an error answer, raised by the rules and the domain, rendered by the app.

The service has a dozen error shapes, one or more per resource; each refusal carries its own body, built by
one of the functions below, so that a rule says exactly what the service answers.
"""

from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from .json import JSONResponse


@dataclass(frozen=True)
class Refusal(Exception):
    """An error answer: its status and body (None: an empty body)."""

    status: int
    body: Any = None

    def response(self) -> Response:
        if self.body is None:
            return Response(status_code=self.status)
        return JSONResponse(self.body, status_code=self.status)

    @property
    def code(self) -> str | None:
        """The service's code, where the body has one (`{"errors": {"code": ...}}`)."""
        errors = self.body.get("errors") if isinstance(self.body, dict) else None
        return errors.get("code") if isinstance(errors, dict) else None


def service_error(status: int, code: str, message: str) -> Refusal:
    """The sequences' shape: `{"errors": {"code": "002", "message": "..."}}`."""
    return Refusal(status, {"errors": {"code": code, "message": message}})


def rails_errors(status: int, field: str, *messages: str) -> Refusal:
    """A Rails record's errors without a wrapper: `{"name": ["is not available."]}` (`base`: the record's own)."""
    return Refusal(status, {field: list(messages)})


def error_messages(status: int, *messages: str) -> Refusal:
    """`{"errors": ["Name can't be blank"]}`."""
    return Refusal(status, {"errors": list(messages)})


def error_object(status: int, message: str) -> Refusal:
    """`{"errors": {"error": "Document not found"}}`: one message as one object."""
    return Refusal(status, {"errors": {"error": message}})


def error_objects(status: int, *messages: str) -> Refusal:
    """`{"errors": [{"error": "Price is a required field"}]}`."""
    return Refusal(status, {"errors": [{"error": message} for message in messages]})


def empty(status: int) -> Refusal:
    """An answer with no body (the documented 404 of a client)."""
    return Refusal(status)
