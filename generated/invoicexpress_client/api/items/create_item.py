from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.item import Item
from ...models.new_item import NewItem
from ...models.new_item_request import NewItemRequest

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


def _call(*, client: BaseClient, body: NewItemRequest, timeout: float | None = None) -> Call:
    return Call(client, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
