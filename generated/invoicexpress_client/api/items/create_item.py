from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ...models.item import Item
from ...models.new_item import NewItem
from ...models.new_item_request import NewItemRequest
from ...types import Response

OPERATION: Operation[Item] = Operation(
    name="create_item",
    method="POST",
    path="/items.json",
    statuses=("201", "400", "401", "413", "422", "429"),
    successes={"201": Answer(envelope=("item",), build=Item.from_dict)},
    retry=Retry.NEVER,
    json_content=True,
    exact_numbers=True,
    body=Body(NewItem, root="item"),
)


def sync_detailed(*, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Response[Item]:
    return client.call(OPERATION, body=body.to_dict(), timeout=timeout)


def sync(*, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Item:
    return sync_detailed(client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(*, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Response[Item]:
    return await client.acall(OPERATION, body=body.to_dict(), timeout=timeout)


async def asyncio(*, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Item:
    return (await asyncio_detailed(client=client, body=body, timeout=timeout)).parsed
