from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import Page
from ..._resource import Call, acalling_pages, aparsed, calling, parsed
from ...models.item import Item
from ...models.item_list import ItemList
from ...types import UNSET, Unset

OPERATION: Operation[Page[Item]] = Operation(
    name="list_items",
    method="GET",
    path="/items.json",
    statuses=("200", "400", "401", "429"),
    successes={"200": Answer(build=ItemList.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("page", "per_page"),
    exact_numbers=True,
    arguments=(Argument("page", "page", "query"), Argument("per_page", "per_page", "query")),
    listing=Listing("items", page="page", per_page="per_page", entry=Item.from_dict),
)


def _call(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Call:
    return Call(client, query={"page": page, "per_page": per_page}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling_pages(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
