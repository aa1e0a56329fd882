from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ...models.new_sequence import NewSequence
from ...models.new_sequence_request import NewSequenceRequest
from ...models.sequence import Sequence
from ...types import Response

OPERATION: Operation[Sequence] = Operation(
    name="create_sequence",
    method="POST",
    path="/sequences.json",
    statuses=("201", "400", "401", "409", "413", "422", "429"),
    successes={"201": Answer(envelope=("sequence", "sequences"), build=Sequence.from_dict)},
    retry=Retry.NEVER,
    json_content=True,
    body=Body(NewSequence, root="sequence", renamed=(("default", "default_sequence"),)),
)


def sync_detailed(*, client: BaseClient, body: NewSequenceRequest, timeout: float | None = None) -> Response[Sequence]:
    return client.call(OPERATION, body=body.to_dict(), timeout=timeout)


def sync(*, client: BaseClient, body: NewSequenceRequest, timeout: float | None = None) -> Sequence:
    return sync_detailed(client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    *, client: BaseClient, body: NewSequenceRequest, timeout: float | None = None
) -> Response[Sequence]:
    return await client.acall(OPERATION, body=body.to_dict(), timeout=timeout)


async def asyncio(*, client: BaseClient, body: NewSequenceRequest, timeout: float | None = None) -> Sequence:
    return (await asyncio_detailed(client=client, body=body, timeout=timeout)).parsed
