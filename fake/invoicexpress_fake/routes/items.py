"""The items' routes: an item rendered as the service writes it, and its operations."""

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..domain import items as domain
from ..domain.account import Account
from ..domain.items import Item
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.pagination import page_of
from ..http.params import page_request, path_id
from ..rules import common
from ..rules import items as rules
from . import Options, Path
from .taxes import rate_text


def render(item: Item, *, in_list: bool = False) -> dict[str, Any]:
    """An item as the service writes it; the list writes its tax's rate as a numeric string."""
    tax = None
    if item.tax is not None:
        value = rate_text(item.tax.value)
        tax = {"name": item.tax.name, "value": value if in_list else item.tax.value, "comment": f"tax value:{value}%"}
    return {
        "id": item.id,
        "name": item.name,
        "description": item.description,
        "unit_price": item.unit_price,
        "unit": item.unit,
        "tax": tax,
    }


def item_id(request: Request) -> int:
    return path_id(request, "item_id", common.NOT_FOUND)


async def items(account: Account, options: Options, request: Request) -> Response:
    """One page of the catalogue, without `pagination` (as the service sends it)."""
    page, per_page = page_request(request, account.page_size)
    entries, _ = page_of(list(account.items.values()), page, per_page)
    return JSONResponse({"items": [render(item, in_list=True) for item in entries]})


async def create(account: Account, options: Options, request: Request) -> Response:
    new = rules.parse_new_item(await json_body(request))
    return JSONResponse({"item": render(domain.create(account, new))}, status_code=201)


async def get(account: Account, options: Options, request: Request) -> Response:
    return JSONResponse({"item": render(domain.find(account, item_id(request)))})


async def update(account: Account, options: Options, request: Request) -> Response:
    found = domain.find(account, item_id(request))  # an unknown id is 404 before its body is read
    domain.update(account, found.id, rules.parse_new_item(await json_body(request)))
    return Response(status_code=200)


async def delete(account: Account, options: Options, request: Request) -> Response:
    domain.delete(account, item_id(request))
    return Response(status_code=200)


PATHS = [
    Path("/items.json", {"GET": items, "POST": create}),
    Path("/items/{item_id}.json", {"GET": get, "PUT": update, "DELETE": delete}),
]
