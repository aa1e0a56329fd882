from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.sequence import Sequence

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


def _call(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"sequence_id": sequence_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
