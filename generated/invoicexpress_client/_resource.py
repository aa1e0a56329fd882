"""What every generated resource is (`client.taxes`): the client it sends through, and whether its methods
return the parsed answer or (`.detailed`) the whole Response. A generated method is its signature, its
docstring and one call, `self._call(OPERATION, locals())`: its arguments reach the request where the
operation's declaration says (`_operation.Argument`), so the methods hold no request-building code."""

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar, cast

from . import errors
from ._operation import Operation
from ._pagination import AsyncPage, Page
from .types import Response

if TYPE_CHECKING:
    from ._base_client import BaseClient

P = ParamSpec("P")
T = TypeVar("T")
E = TypeVar("E")


class Resource:
    """One resource of a client: the operations of one tag of the contract."""

    __slots__ = ("_client", "_whole")

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

    def _call(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        response = self._client.call(operation, **request_parts(operation, arguments))
        # A resource of `.detailed` returns the Response: `whole` types its methods so.
        return cast("T", response if self._whole else response.parsed)


class AsyncResource(Resource):
    __slots__ = ()

    async def _call(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        response = await self._client.acall(operation, **request_parts(operation, arguments))
        return cast("T", response if self._whole else response.parsed)

    async def _list(self, operation: Operation[Page[E]], arguments: Mapping[str, Any]) -> AsyncPage[E]:
        # The async client's answer to a list is an AsyncPage (its declaration types the sync client's Page).
        return cast("AsyncPage[E]", await self._call(operation, arguments))


# What a method's `locals()` hold besides its arguments for the request.
_NOT_SENT = frozenset({"self", "timeout"})


def request_parts(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The path parameters, query and body of a call, from a method's arguments (`locals()`) and where the
    operation's declaration puts each: its parameters by name, every other argument a field of the body. An
    optional argument left at None is not sent."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for argument in operation.arguments:
        (path if argument.where == "path" else query)[argument.wire] = arguments[argument.python]
    body: Any = None
    declared = operation.body
    if declared is not None:
        parameters = {argument.python for argument in operation.arguments} | _NOT_SENT
        given = {name: value for name, value in arguments.items() if name not in parameters}
        failure = None
        try:
            if declared.model is None:
                body = given["body"].to_dict() if given.get("body") is not None else None
            else:
                renamed = dict(declared.renamed)
                fields = {renamed.get(name, name): value for name, value in given.items() if value is not None}
                built = declared.model(**fields).to_dict()
                body = {declared.root: built} if declared.root else built
        except errors.InvalidArgument as error:  # a field refused a value: name the operation and the argument
            attributes = {attribute: name for name, attribute in declared.renamed}
            refused = attributes.get(error.field or "", error.field)
            failure = errors.InvalidArgument(
                f"{operation.name}: {refused} {error.reason}" if error.reason else f"{operation.name}: {error}"
            )
        if failure is not None:
            raise failure
    return {"path": path, "query": query, "body": body, "timeout": arguments.get("timeout")}


def whole(method: Callable[P, T]) -> Callable[P, Response[T]]:
    """A method of a resource made to return whole Responses (`_returning_responses`), typed as it returns."""
    return cast("Callable[P, Response[T]]", method)


def awhole(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """`whole`, for the coroutines of an async resource."""
    return cast("Callable[P, Awaitable[Response[T]]]", method)


__all__ = ["AsyncResource", "Resource", "SyncResource", "awhole", "request_parts", "whole"]
