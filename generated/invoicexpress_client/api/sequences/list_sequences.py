from ..._base_client import BaseClient
from ..._operation import Answer, Listing, Operation, Retry
from ..._pagination import Page
from ..._resource import Call, acalling_pages, aparsed, calling, parsed
from ...models.sequence import Sequence
from ...models.sequence_list import SequenceList

OPERATION: Operation[Page[Sequence]] = Operation(
    name="list_sequences",
    method="GET",
    path="/sequences.json",
    statuses=("200", "401", "429"),
    successes={"200": Answer(build=SequenceList.from_dict)},
    retry=Retry.IDEMPOTENT,
    listing=Listing("sequences", entry=Sequence.from_dict),
)


def _call(*, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling_pages(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
