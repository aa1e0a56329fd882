from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.item import Item
from ...types import Response

OPERATION: Operation[Item] = Operation(
    name="get_item",
    method="GET",
    path="/items/{item_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("item",), build=Item.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("item_id",),
    exact_numbers=True,
    arguments=(Argument("id", "item_id", "path"),),
)


def sync_detailed(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Item]:
    return client.call(OPERATION, path={"item_id": item_id}, timeout=timeout)


def sync(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Item:
    return sync_detailed(item_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Item]:
    return await client.acall(OPERATION, path={"item_id": item_id}, timeout=timeout)


async def asyncio(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Item:
    return (await asyncio_detailed(item_id, client=client, timeout=timeout)).parsed
