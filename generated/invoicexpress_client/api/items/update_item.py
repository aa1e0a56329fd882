from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.new_item import NewItem
from ...models.new_item_request import NewItemRequest

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


def _call(item_id: int, *, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Call:
    return Call(client, path={"item_id": item_id}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
