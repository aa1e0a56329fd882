from typing import cast

from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import AsyncPage, Page
from ...models.sequence import Sequence
from ...models.sequence_list import SequenceList
from ...types import Response

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
    listing=Listing("sequences"),
)


def sync_detailed(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Page[Sequence]]:
    return client.call(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout)


def sync(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> Page[Sequence]:
    return sync_detailed(sequence_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(
    sequence_id: int, *, client: BaseClient, timeout: float | None = None
) -> Response[AsyncPage[Sequence]]:
    return cast(
        "Response[AsyncPage[Sequence]]",
        await client.acall(OPERATION, path={"sequence_id": sequence_id}, timeout=timeout),
    )


async def asyncio(sequence_id: int, *, client: BaseClient, timeout: float | None = None) -> AsyncPage[Sequence]:
    return (await asyncio_detailed(sequence_id, client=client, timeout=timeout)).parsed
