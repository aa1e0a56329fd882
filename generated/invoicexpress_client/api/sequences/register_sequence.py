from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import Page
from ..._resource import Call, acalling_pages, aparsed, calling, parsed
from ...models.sequence import Sequence
from ...models.sequence_list import SequenceList

OPERATION: Operation[Page[Sequence]] = Operation(
    name="register_sequence",
    method="PUT",
    path="/sequences/{sequence_id}/register.json",
    statuses=("200", "401", "404", "409", "422", "429"),
    successes={"200": Answer(build=SequenceList.from_dict)},
    retry=Retry.NEVER,
    integers=("sequence_id",),
    json_content=True,
    arguments=(Argument("id", "sequence_id", "path"),),
    reconcile='{"read":{"operation":"sequences.list_sequences"},"pick":[["id","path:sequence_id"]],"done_set":"current_{name}_validation_code","done_atcud":true,"unset":["N/D","N/A"]}',
    listing=Listing("sequences", entry=Sequence.from_dict),
)


def _call(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"sequence_id": sequence_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling_pages(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
