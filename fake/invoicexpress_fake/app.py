"""The fake service's HTTP layer: routes, the key check, the rate limit, and the documented answers."""

import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import rules
from .account import Account

# The reference page shows an empty 401; the current documentation shows this body. The fake sends either.
UNAUTHORIZED_JSON = {"errors": {"error": "Invalid API key"}}
UnauthorizedBody = Literal["empty", "json"]
# One series in a response: the sources disagree on the key (see the contract's SequenceEnvelope).
SingleRootKey = Literal["sequence", "sequences"]
Endpoint = Callable[[Request], Awaitable[Response]]


class RateLimiter:
    """At most `per_minute` requests in any sliding minute; past it, how long until the next is allowed."""

    def __init__(self, per_minute: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute is not None and per_minute < 1:
            raise ValueError(f"a rate limit is 1 request a minute or more (or None for none), not {per_minute}")
        self.per_minute = per_minute
        self.clock = clock
        self.recent: deque[float] = deque()

    def wait_needed(self) -> float:
        if self.per_minute is None:
            return 0.0
        now = self.clock()
        while self.recent and now - self.recent[0] >= 60:
            self.recent.popleft()
        if len(self.recent) >= self.per_minute:
            return 60 - (now - self.recent[0])
        self.recent.append(now)
        return 0.0


async def read_limited(request: Request) -> bytes:
    """The body, or 413 as soon as it is known to exceed the limit (without reading all of it)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > rules.MAX_BODY_BYTES:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > rules.MAX_BODY_BYTES:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class TooLarge(Exception):
    pass


def create_app(
    account: Account,
    *,
    unauthorized_body: UnauthorizedBody = "empty",
    single_root_key: SingleRootKey = "sequence",
    requests_per_minute: int | None = None,
) -> Starlette:
    """An ASGI app that answers as InvoiceXpress does for `account`. The rate limit is off unless given
    (`rules.REQUESTS_PER_MINUTE` is the service's)."""
    limiter = RateLimiter(requests_per_minute)

    def answer(handler: Callable[[Request], Awaitable[Response]]) -> Endpoint:
        """The checks every operation makes first, in the service's order, and the rendering of refusals."""

        async def endpoint(request: Request) -> Response:
            if request.query_params.get("api_key") != account.api_key:
                if unauthorized_body == "json":
                    return JSONResponse(UNAUTHORIZED_JSON, status_code=401)
                return Response(status_code=401)
            wait = limiter.wait_needed()
            if wait:
                return Response(status_code=429, headers={"Retry-After": str(max(1, round(wait)))})
            try:
                return await handler(request)
            except rules.Refusal as refusal:
                return JSONResponse(refusal.body(), status_code=refusal.status)
            except TooLarge:
                return Response(status_code=413)

        return endpoint

    def one(series: dict[str, Any], status: int = 200) -> Response:
        return JSONResponse({single_root_key: series}, status_code=status)

    def series_id(request: Request) -> int:
        return rules.series_id(request.path_params["sequence_id"])

    async def sequences(request: Request) -> Response:
        if request.method == "POST":
            new = rules.parse_new_sequence(request.headers.get("content-type", ""), await read_limited(request))
            return one(account.create(new), status=201)
        return JSONResponse({"sequences": list(account.series.values())})

    async def sequence(request: Request) -> Response:
        return one(account.get(series_id(request)))

    async def register(request: Request) -> Response:
        return JSONResponse({"sequences": [account.register(series_id(request))]})

    async def set_current(request: Request) -> Response:
        account.set_default(series_id(request))
        return Response(status_code=200)

    # One route per path, listing all its methods, so that a 405 names them all in its Allow header.
    app = Starlette(
        routes=[
            Route("/sequences.json", answer(sequences), methods=["GET", "POST"]),
            Route("/sequences/{sequence_id}.json", answer(sequence), methods=["GET"]),
            Route("/sequences/{sequence_id}/register.json", answer(register), methods=["PUT"]),
            Route("/sequences/{sequence_id}/set_current.json", answer(set_current), methods=["PUT"]),
        ]
    )
    # A path with a trailing slash is not found, as any other unknown path: Starlette would redirect it, and
    # the redirect's Location would repeat the query string, key included.
    app.router.redirect_slashes = False
    app.state.account = account
    return app
