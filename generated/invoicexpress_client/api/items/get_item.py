from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.item import Item

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


def _call(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"item_id": item_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
