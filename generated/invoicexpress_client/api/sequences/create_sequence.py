from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.new_sequence import NewSequence
from ...models.new_sequence_request import NewSequenceRequest
from ...models.sequence import Sequence

OPERATION: Operation[Sequence] = Operation(
    name="create_sequence",
    method="POST",
    path="/sequences.json",
    statuses=("201", "400", "401", "409", "413", "422", "429"),
    successes={"201": Answer(envelope=("sequence", "sequences"), build=Sequence.from_dict)},
    retry=Retry.NEVER,
    json_content=True,
    body=Body(NewSequence, root="sequence", renamed=(("default", "default_sequence"),)),
    reconcile='{"read":{"operation":"sequences.get_sequence","path":[["sequence_id","entry:id"]]},"look_up":{"operation":"sequences.list_sequences"},"match":[["serie","body:serie"]]}',
)


def _call(*, client: BaseClient, body: NewSequenceRequest, timeout: float | None = None) -> Call:
    return Call(client, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
