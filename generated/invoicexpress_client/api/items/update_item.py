from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.new_item import NewItem
from ...models.new_item_request import NewItemRequest
from ...types import Response

OPERATION: Operation[None] = Operation(
    name="update_item",
    method="PUT",
    path="/items/{item_id}.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer()},
    retry=Retry.IDEMPOTENT,
    integers=("item_id",),
    json_content=True,
    arguments=(Argument("id", "item_id", "path"),),
    body=Body(NewItem, root="item"),
)


def sync_detailed(
    item_id: int, *, client: BaseClient, body: NewItemRequest, timeout: float | None = None
) -> Response[None]:
    return client.call(OPERATION, path={"item_id": item_id}, body=body.to_dict(), timeout=timeout)


def sync(item_id: int, *, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> None:
    return sync_detailed(item_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    item_id: int, *, client: BaseClient, body: NewItemRequest, timeout: float | None = None
) -> Response[None]:
    return await client.acall(OPERATION, path={"item_id": item_id}, body=body.to_dict(), timeout=timeout)


async def asyncio(item_id: int, *, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> None:
    return (await asyncio_detailed(item_id, client=client, body=body, timeout=timeout)).parsed
