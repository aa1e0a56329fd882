from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...types import Response

OPERATION: Operation[None] = Operation(
    name="delete_tax",
    method="DELETE",
    path="/taxes/{tax_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer()},
    retry=Retry.IDEMPOTENT,
    done_when_resent=(404,),
    integers=("tax_id",),
    arguments=(Argument("id", "tax_id", "path"),),
)


def sync_detailed(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return client.call(OPERATION, path={"tax_id": tax_id}, timeout=timeout)


def sync(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return sync_detailed(tax_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return await client.acall(OPERATION, path={"tax_id": tax_id}, timeout=timeout)


async def asyncio(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return (await asyncio_detailed(tax_id, client=client, timeout=timeout)).parsed
