"""The clients' routes: a client rendered as the service writes it, and its operations."""

from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..domain import clients as domain
from ..domain.account import Account
from ..domain.clients import Client
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.pagination import page_of
from ..http.params import page_request, path_id
from ..rules import clients as rules
from ..rules import common
from . import Options, Path


def render(client: Client, *, in_list: bool = False) -> dict[str, Any]:
    """A client as the service writes it: its own answer gives its id as a string of digits (as documented),
    a list as an integer."""
    written = asdict(client)
    written["id"] = client.id if in_list else str(client.id)
    return written


def client_id(request: Request) -> int:
    return path_id(request, "client_id", common.NOT_FOUND)


def _one(client: Client, status: int = 200) -> Response:
    return JSONResponse({"client": render(client)}, status_code=status)


async def clients(account: Account, options: Options, request: Request) -> Response:
    page, per_page = page_request(request, account.page_size)
    entries, pagination = page_of(list(account.clients.values()), page, per_page)
    return JSONResponse({"clients": [render(client, in_list=True) for client in entries], "pagination": pagination})


async def create(account: Account, options: Options, request: Request) -> Response:
    return _one(domain.create(account, rules.parse_new_client(await json_body(request))), status=201)


async def get(account: Account, options: Options, request: Request) -> Response:
    return _one(domain.find(account, client_id(request)))


async def update(account: Account, options: Options, request: Request) -> Response:
    found = domain.find(account, client_id(request))  # an unknown id is 404 before its body is read
    domain.update(account, found.id, rules.parse_new_client(await json_body(request)))
    return Response(status_code=200)


async def find_by_name(account: Account, options: Options, request: Request) -> Response:
    return _one(domain.by_name(account, request.query_params.get("client_name", "")))


async def find_by_code(account: Account, options: Options, request: Request) -> Response:
    return _one(domain.by_code(account, request.query_params.get("client_code", "")))


# A client's id is digits only (`digits`, the app's convertor): `/clients/find-by-name.json` is never taken for
# a client's path, so a PUT to it is a 405 of its own, and an id that is not digits no path at all (404).
PATHS = [
    Path("/clients.json", {"GET": clients, "POST": create}),
    Path("/clients/find-by-name.json", {"GET": find_by_name}),
    Path("/clients/find-by-code.json", {"GET": find_by_code}),
    Path("/clients/{client_id:digits}.json", {"GET": get, "PUT": update}),
]
