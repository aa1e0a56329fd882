from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.sequence import Sequence
from ...types import Response

OPERATION: Operation[Sequence] = Operation(
    name="get_sequence",
    method="GET",
    path="/sequences/{sequence_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("sequence", "sequences"), build=Sequence.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("sequence_id",),
    arguments=(Argument("id", "sequence_id", "path"),),
)


def sync_detailed(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Sequence]:
    return client.call(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout)


def sync(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Sequence:
    return sync_detailed(sequence_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Sequence]:
    return await client.acall(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout)


async def asyncio(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Sequence:
    return (await asyncio_detailed(sequence_id, client=client, timeout=timeout)).parsed
