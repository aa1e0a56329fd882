from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...types import Response

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


def sync_detailed(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return client.call(OPERATION, path={"item_id": item_id}, timeout=timeout)


def sync(item_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return sync_detailed(item_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(item_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return await client.acall(OPERATION, path={"item_id": item_id}, timeout=timeout)


async def asyncio(item_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return (await asyncio_detailed(item_id, client=client, timeout=timeout)).parsed
