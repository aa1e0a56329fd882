"""What every generated resource is (`client.taxes`): the client it sends through, and whether its methods
return the parsed answer or (`.detailed`) the whole Response. A generated method is its signature, its
docstring and one call, `self._call(OPERATION, locals())`: its arguments reach the request where the
operation's declaration says (`_operation.Argument`), so the methods hold no request-building code."""

import re
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, ParamSpec, Self, TypeVar, cast

from . import errors
from ._operation import GivenBy, Operation
from ._pagination import AsyncPage, Page
from .types import Response

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from .document_types import DocumentType

P = ParamSpec("P")
T = TypeVar("T")
E = TypeVar("E")


class Resource:
    """One resource of a client: the operations of one tag of the contract; for a bound resource
    (`client.credit_notes`), those operations for one document type, `_ROW`."""

    __slots__ = ("_client", "_whole")
    _ROW: "DocumentType | None" = None

    def __init__(self, client: "BaseClient", *, whole: bool = False) -> None:
        self._client = client
        self._whole = whole

    def _returning_responses(self) -> Self:
        """The same resource, its methods returning whole Responses (what `.detailed` wraps)."""
        return type(self)(self._client, whole=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(Resource):
    __slots__ = ()

    def _transition(
        self, operation: Operation[T], document: object, event: str, message: str | None, timeout: float | None
    ) -> T:
        """A change of state of `document` (its id, or the document): one its state does not take is refused."""
        return self._call(operation, transition_arguments(operation, self._ROW, document, event, message, timeout))

    def _call(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        if operation.body is not None and operation.body.given_by:
            read = {
                given.python: self._client.call(reader, **request_parts(reader, read_arguments), row=None).parsed
                for given, reader, read_arguments in objects_to_read(operation, arguments)
            }
            arguments = with_objects(operation, arguments, self._ROW, read)
        response = self._client.call(operation, **request_parts(operation, arguments, self._ROW), row=self._ROW)
        # A resource of `.detailed` returns the Response: `whole` types its methods so.
        return cast("T", response if self._whole else response.parsed)

    def _download(self, operation: Operation[Any], arguments: Mapping[str, Any]) -> bytes:
        """The file at the address `operation` returns (`x-download`), fetched within the same call's deadline."""
        from ._download import download  # here: only a download needs it

        return download(self._client, operation, request_parts(operation, arguments, self._ROW), self._ROW)


class AsyncResource(Resource):
    __slots__ = ()

    async def _transition(
        self, operation: Operation[T], document: object, event: str, message: str | None, timeout: float | None
    ) -> T:
        return await self._call(
            operation, transition_arguments(operation, self._ROW, document, event, message, timeout)
        )

    async def _call(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        if operation.body is not None and operation.body.given_by:
            read = {
                given.python: (await self._client.acall(reader, **request_parts(reader, read_arguments))).parsed
                for given, reader, read_arguments in objects_to_read(operation, arguments)
            }
            arguments = with_objects(operation, arguments, self._ROW, read)
        parts = request_parts(operation, arguments, self._ROW)
        response = await self._client.acall(operation, **parts, row=self._ROW)
        return cast("T", response if self._whole else response.parsed)

    async def _download(self, operation: Operation[Any], arguments: Mapping[str, Any]) -> bytes:
        from ._download import adownload

        return await adownload(self._client, operation, request_parts(operation, arguments, self._ROW), self._ROW)

    async def _list(self, operation: Operation[Page[E]], arguments: Mapping[str, Any]) -> AsyncPage[E]:
        # The async client's answer to a list is an AsyncPage (its declaration types the sync client's Page).
        return cast("AsyncPage[E]", await self._call(operation, arguments))


# What a method's `locals()` hold besides its arguments for the request.
_NOT_SENT = frozenset({"self", "timeout"})


def request_parts(
    operation: Operation[Any], arguments: Mapping[str, Any], row: "DocumentType | None" = None
) -> dict[str, Any]:
    """The path parameters, query and body of a call, from a method's arguments (`locals()`) and where the
    operation's declaration puts each: its parameters by name (a bound one from the resource's document type,
    `row`), every other argument a field of the body (or beside its root). An optional argument left at None is
    not sent. A keyed write is given a key of its own unless the caller gave one."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for argument in operation.arguments:
        if argument.bind is not None and row is not None:
            value: Any = getattr(row, argument.bind)
            value = [value] if argument.array else value
        else:
            value = arguments[argument.python]
        if argument.codec is not None and value is not None:
            value = _written(operation, argument.python, argument.codec, value)
        (path if argument.where == "path" else query)[argument.wire] = value
    body: Any = None
    declared = operation.body
    if declared is not None:
        parameters = {argument.python for argument in operation.arguments} | _NOT_SENT | set(declared.siblings)
        parameters |= {given.python for given in declared.given_by}
        given = {name: value for name, value in arguments.items() if name not in parameters}
        failure = None
        try:
            if declared.model is None:
                body = given["body"].to_dict() if given.get("body") is not None else None
            else:
                renamed = dict(declared.renamed)
                fields = {renamed.get(name, name): value for name, value in given.items() if value is not None}
                fields.update(declared.fixed)
                built = declared.model(**fields).to_dict()
                body = {declared.root: built} if declared.root else built
                for sibling in declared.siblings:
                    value = arguments.get(sibling)
                    if value is None and sibling == operation.retry_key:
                        value = new_key()
                    if value is not None:
                        body[sibling] = value
        except errors.InvalidArgument as error:  # a field refused a value: name the operation and the argument
            attributes = {attribute: name for name, attribute in declared.renamed}
            refused = attributes.get(error.field or "", error.field)
            failure = errors.InvalidArgument(
                f"{operation.name}: {refused} {error.reason}" if error.reason else f"{operation.name}: {error}"
            )
        if failure is not None:
            raise failure
    return {"path": path, "query": query, "body": body, "timeout": arguments.get("timeout")}


def objects_to_read(
    operation: Operation[Any], arguments: Mapping[str, Any]
) -> list[tuple[GivenBy, Operation[Any], dict[str, Any]]]:
    """The objects a call must read first: those given by their id to an argument that takes the object
    (`series=42`), each with the operation that reads it and its arguments. Giving such an argument together
    with the field it gives is refused here, before anything is sent."""
    assert operation.body is not None
    found = []
    for given in operation.body.given_by:
        value = arguments.get(given.python)
        if value is None:
            continue
        if arguments.get(given.field) is not None:
            raise errors.InvalidArgument(
                f"{operation.name}: {given.python} and {given.field} both say the same thing: give one of them"
            )
        if isinstance(value, int) and not isinstance(value, bool):
            import importlib

            reader: Operation[Any] = importlib.import_module(f"{__package__}.api.{given.reads}").OPERATION
            [identifier] = [argument.python for argument in reader.arguments if argument.where == "path"]
            found.append((given, reader, {identifier: value, "timeout": arguments.get("timeout")}))
    return found


def with_objects(
    operation: Operation[Any], arguments: Mapping[str, Any], row: "DocumentType | None", read: Mapping[str, Any]
) -> dict[str, Any]:
    """`arguments` with each argument given an object (or its id: then `read` holds the object) replaced by the
    field it gives: the object's attribute for the call's document type, as text (`sequence_id="2105"`)."""
    assert operation.body is not None
    placed = dict(arguments)
    for given in operation.body.given_by:
        value = placed.pop(given.python, None)
        value = read.get(given.python, value)
        if value is None:
            continue
        attribute = given.attribute
        if "{" in attribute:
            if row is None:
                raise errors.InvalidArgument(f"{operation.name}: {given.python} needs the document's type known")
            attribute = _filled(attribute, row)
        given_value = None if isinstance(value, (str, bytes, int, float)) else getattr(value, attribute, None)
        if given_value is None:
            shown = repr(value) if isinstance(value, (str, bytes, int, float)) else f"a {type(value).__name__}"
            lacks = f" whose {attribute} is None" if hasattr(value, attribute) else ""
            raise errors.InvalidArgument(
                f"{operation.name}: {given.python} must be an object with a {attribute}, or its id, not {shown}{lacks}"
            )
        placed[given.field] = str(given_value)
    return placed


def _filled(template: str, row: "DocumentType") -> str:
    """`template` with each `{column}` the row's value in that column of the table of document types."""
    return re.sub(r"\{(\w+)\}", lambda column: str(row.column(column[1])), template)


def transition_arguments(
    operation: Operation[Any],
    row: "DocumentType | None",
    document: object,
    event: str,
    message: str | None,
    timeout: float | None,
) -> dict[str, Any]:
    """The arguments of a change of state to `event` (a lifecycle method's), from a document or its id. Given
    the document, an event its state does not take, as its type's row of the table says, is refused here."""
    identifier = checked_transition(operation.name, row, document, event)
    return {"id": identifier, "state": event, "message": message, "timeout": timeout}


def checked_transition(name: str, row: "DocumentType | None", document: object, event: str) -> int:
    """The id of `document` (a document or its id), once its state is known to take `event`, as its type's row
    says; else `InvalidArgument`, beginning with `name` (the operation's, or the command's)."""
    if isinstance(document, int) and not isinstance(document, bool):
        return document
    identifier, status = getattr(document, "id", None), getattr(document, "status", None)
    if not isinstance(identifier, int) or isinstance(identifier, bool):
        raise errors.InvalidArgument(f"{name}: document must be a document or its id, not {document!r}")
    if row is not None and isinstance(status, str) and status in row.states and event not in row.states[status]:
        taken = ", ".join(row.states[status])
        can = f"it can be {taken}" if taken else "it cannot change any more"
        raise errors.InvalidArgument(
            f"{name}: document {identifier} is {status}, and a {status} {row.type} cannot be {event} ({can})"
        )
    return identifier


def new_key() -> str:
    """A key no other write has: what a keyed write is sent with unless the caller gives its own."""
    import uuid  # here: only keyed writes need it

    return uuid.uuid4().hex


def _written(operation: Operation[Any], name: str, codec: str, value: Any) -> Any:
    """A parameter's value as its codec writes it (`datetime.date` -> dd/mm/yyyy)."""
    from . import _codecs

    writer = getattr(_codecs, f"write_{_codecs.CODECS[codec].suffix}")
    failure = None
    try:
        return writer(value, name)
    except errors.InvalidArgument as error:
        failure = errors.InvalidArgument(f"{operation.name}: {name} {error.reason}" if error.reason else str(error))
    raise failure


class Call(NamedTuple):
    """What an operation function sends: through which client, with which parameters, body and time limit."""

    client: "BaseClient"
    path: Mapping[str, object] | None = None
    query: Mapping[str, object] | None = None
    body: object = None
    timeout: float | None = None


def calling(operation: Operation[T], parts: Callable[P, Call]) -> Callable[P, Response[T]]:
    """An operation function's `sync_detailed`: its arguments (`parts`' signature) sent as `operation`."""

    def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        sent = parts(*args, **kwargs)
        return sent.client.call(operation, path=sent.path, query=sent.query, body=sent.body, timeout=sent.timeout)

    return call


def acalling(operation: Operation[T], parts: Callable[P, Call]) -> Callable[P, Coroutine[Any, Any, Response[T]]]:
    """`calling`, for `asyncio_detailed`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        sent = parts(*args, **kwargs)
        return await sent.client.acall(
            operation, path=sent.path, query=sent.query, body=sent.body, timeout=sent.timeout
        )

    return call


def acalling_pages(
    operation: Operation[Page[E]], parts: Callable[P, Call]
) -> Callable[P, Coroutine[Any, Any, Response[AsyncPage[E]]]]:
    """`acalling` for a list, whose async answer is an AsyncPage (its declaration types the sync Page)."""
    return cast("Callable[P, Coroutine[Any, Any, Response[AsyncPage[E]]]]", acalling(operation, parts))


def parsed(function: Callable[P, Response[T]]) -> Callable[P, T]:
    """An operation function's `sync` from its `sync_detailed`: the same call, returning what it parsed to."""

    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return function(*args, **kwargs).parsed

    return call


def aparsed(function: Callable[P, Awaitable[Response[T]]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """`parsed`, for `asyncio` from `asyncio_detailed`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return (await function(*args, **kwargs)).parsed

    return call


def whole(method: Callable[P, T]) -> Callable[P, Response[T]]:
    """A method of a resource made to return whole Responses (`_returning_responses`), typed as it returns."""
    return cast("Callable[P, Response[T]]", method)


def awhole(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """`whole`, for the coroutines of an async resource."""
    return cast("Callable[P, Awaitable[Response[T]]]", method)


__all__ = [
    "AsyncResource",
    "Call",
    "Resource",
    "SyncResource",
    "acalling",
    "acalling_pages",
    "aparsed",
    "awhole",
    "calling",
    "parsed",
    "request_parts",
    "whole",
]
