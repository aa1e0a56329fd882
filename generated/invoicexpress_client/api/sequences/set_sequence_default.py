from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...types import Response

OPERATION: Operation[None] = Operation(
    name="set_sequence_default",
    method="PUT",
    path="/sequences/{sequence_id}/set_current.json",
    statuses=("200", "401", "404", "422", "429"),
    successes={"200": Answer()},
    retry=Retry.NEVER,
    integers=("sequence_id",),
    json_content=True,
    arguments=(Argument("id", "sequence_id", "path"),),
)


def sync_detailed(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return client.call(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout)


def sync(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return sync_detailed(sequence_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[None]:
    return await client.acall(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout)


async def asyncio(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> None:
    return (await asyncio_detailed(sequence_id, client=client, timeout=timeout)).parsed
