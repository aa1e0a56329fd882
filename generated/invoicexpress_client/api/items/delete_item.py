from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed

OPERATION: Operation[None] = Operation(
    name="delete_item",
    method="DELETE",
    path="/items/{item_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer()},
    retry=Retry.IDEMPOTENT,
    done_when_resent=(404,),
    integers=("item_id",),
    arguments=(Argument("id", "item_id", "path"),),
)


def _call(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"item_id": item_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
