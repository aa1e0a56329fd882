from typing import cast

from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import AsyncPage, Page
from ...models.item import Item
from ...models.item_list import ItemList
from ...types import UNSET, Response, Unset

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
    listing=Listing("items", page="page", per_page="per_page"),
)


def sync_detailed(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Response[Page[Item]]:
    return client.call(OPERATION, query={"page": page, "per_page": per_page}, timeout=timeout)


def sync(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Page[Item]:
    return sync_detailed(client=client, page=page, per_page=per_page, timeout=timeout).parsed


async def asyncio_detailed(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Response[AsyncPage[Item]]:
    return cast(
        "Response[AsyncPage[Item]]",
        await client.acall(OPERATION, query={"page": page, "per_page": per_page}, timeout=timeout),
    )


async def asyncio(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> AsyncPage[Item]:
    return (await asyncio_detailed(client=client, page=page, per_page=per_page, timeout=timeout)).parsed
