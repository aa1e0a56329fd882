"""The taxes' routes: a tax rendered as the service writes it, and its operations."""

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..domain import taxes as domain
from ..domain.account import Account
from ..domain.taxes import Tax
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.params import path_id
from ..rules import common
from ..rules import taxes as rules
from . import Options, Path


def rate_text(value: Any) -> str:
    """A rate as the list writes it: a numeric string with at least one decimal (`"23.0"`)."""
    written = format(value, "f")
    return written if "." in written else f"{written}.0"


def render(tax: Tax, *, in_list: bool = False) -> dict[str, Any]:
    """A tax as the service writes it: its rate a number in its own answer, a numeric string in the list."""
    return {
        "id": tax.id,
        "name": tax.name,
        "value": rate_text(tax.value) if in_list else tax.value,
        "region": tax.region,
        "code": tax.code,
        "default_tax": 1 if tax.default else 0,
    }


def tax_id(request: Request) -> int:
    return path_id(request, "tax_id", common.NOT_FOUND)


async def list_taxes(account: Account, options: Options, request: Request) -> Response:
    return JSONResponse({"taxes": [render(tax, in_list=True) for tax in account.taxes.values()]})


async def create(account: Account, options: Options, request: Request) -> Response:
    new = rules.parse_new_tax(await json_body(request))
    return JSONResponse({"tax": render(domain.create(account, new))}, status_code=201)


async def get(account: Account, options: Options, request: Request) -> Response:
    return JSONResponse({"tax": render(domain.find(account, tax_id(request)))})


async def update(account: Account, options: Options, request: Request) -> Response:
    found = domain.find(account, tax_id(request))  # an unknown id is 404 before its body is read
    domain.update(account, found.id, rules.parse_new_tax(await json_body(request)))
    return Response(status_code=200)


async def delete(account: Account, options: Options, request: Request) -> Response:
    domain.delete(account, tax_id(request))
    return Response(status_code=200)


PATHS = [
    Path("/taxes.json", {"GET": list_taxes, "POST": create}),
    Path("/taxes/{tax_id}.json", {"GET": get, "PUT": update, "DELETE": delete}),
]
