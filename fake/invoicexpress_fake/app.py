"""The fake service's HTTP layer: the key check and the rate limit every operation makes first, in the service's
order, the routes of every resource (routes/), and the rendering of refusals."""

import time
from collections import deque
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .domain.account import Account
from .domain.documents import UidReplay
from .http.json import JSONResponse
from .http.refusals import Refusal
from .routes import Handler, Options, SingleRootKey, UnauthorizedBody, documents, paths
from .rules import common


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


class Digits(Convertor[str]):
    """A path parameter of digits only, kept as text (`path_id` reads it and refuses what names nothing)."""

    regex = "[0-9]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("digits", Digits())


async def not_found(request: Request, exc: Exception) -> Response:
    """A path the service has not: an empty 404, as its unknown records get; but a change to a document of a
    type the account has no documents of (`PUT /quotes/9610.json` before estimates are served, or a type that
    does not exist) is what a change to a document it does not have gets."""
    if request.method == "PUT" and documents.changes_a_document(request.url.path):
        return documents.not_found_response()
    return Response(status_code=404)


def create_app(
    account: Account,
    *,
    unauthorized_body: UnauthorizedBody = "empty",
    single_root_key: SingleRootKey = "sequence",
    requests_per_minute: int | None = None,
    uid_replay: UidReplay = "first",
    pdf_polls: int = 0,
) -> Starlette:
    """An ASGI app that answers as InvoiceXpress does for `account`. The rate limit is off unless given
    (`rules.common.REQUESTS_PER_MINUTE` is the service's); a PDF or a QR code is ready at once unless
    `pdf_polls` says how many requests for it are answered 202 first."""
    if pdf_polls < 0:
        raise ValueError(f"pdf_polls is a number of requests, 0 or more, not {pdf_polls}")
    limiter = RateLimiter(requests_per_minute)
    options = Options(unauthorized_body=unauthorized_body, single_root_key=single_root_key, uid_replay=uid_replay,
                      pdf_polls=pdf_polls)  # fmt: skip

    def endpoint(handlers: dict[str, Handler], keyless: bool = False) -> Callable[[Request], object]:
        async def answer(request: Request) -> Response:
            # The service's order: the key, then the rate limit, then the operation.
            if keyless:  # a file, as another host serves it: no key, no rate limit
                return await handlers["GET"](account, options, request)
            if request.query_params.get("api_key") != account.api_key:
                if options.unauthorized_body == "json":
                    return JSONResponse(common.UNAUTHORIZED_JSON, status_code=401)
                return Response(status_code=401)
            wait = limiter.wait_needed()
            if wait:
                return Response(status_code=429, headers={"Retry-After": str(max(1, round(wait)))})
            handler = handlers["GET" if request.method == "HEAD" else request.method]
            try:
                return await handler(account, options, request)
            except Refusal as refusal:
                return refusal.response()

        return answer

    # One route per path, listing all its methods, so that a 405 names them all in its Allow header.
    app = Starlette(
        routes=[
            Route(path.template, endpoint(path.handlers, path.keyless), methods=list(path.handlers)) for path in paths()
        ],
        exception_handlers={404: not_found},
    )
    # A path with a trailing slash is not found, as any other unknown path: Starlette would redirect it, and
    # the redirect's Location would repeat the query string, key included.
    app.router.redirect_slashes = False
    app.state.account = account
    return app
