"""The fake service's HTTP layer: the documented routes, the key check, and the documented answers."""

from typing import Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .account import Account

# The reference page shows an empty 401; the current documentation shows this body. The fake sends either.
UNAUTHORIZED_JSON = {"errors": {"error": "Invalid API key"}}
UnauthorizedBody = Literal["empty", "json"]


def create_app(account: Account, *, unauthorized_body: UnauthorizedBody = "empty") -> Starlette:
    """An ASGI app that answers as InvoiceXpress does for `account`."""

    def unauthorized() -> Response:
        if unauthorized_body == "json":
            return JSONResponse(UNAUTHORIZED_JSON, status_code=401)
        return Response(status_code=401)

    def authorized(request: Request) -> bool:
        return request.query_params.get("api_key") == account.api_key

    async def sequences(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        return JSONResponse({"sequences": list(account.series.values())})

    app = Starlette(routes=[Route("/sequences.json", sequences, methods=["GET"])])
    app.state.account = account
    return app
