from typing import cast

from ..._base_client import BaseClient
from ..._operation import Answer, Listing, Operation, Retry
from ..._pagination import AsyncPage, Page
from ...models.sequence import Sequence
from ...models.sequence_list import SequenceList
from ...types import Response

OPERATION: Operation[Page[Sequence]] = Operation(
    name="list_sequences",
    method="GET",
    path="/sequences.json",
    statuses=("200", "401", "429"),
    successes={"200": Answer(build=SequenceList.from_dict)},
    retry=Retry.IDEMPOTENT,
    listing=Listing("sequences"),
)


def sync_detailed(*, client: BaseClient, timeout: float | None = None) -> Response[Page[Sequence]]:
    return client.call(OPERATION, timeout=timeout)


def sync(*, client: BaseClient, timeout: float | None = None) -> Page[Sequence]:
    return sync_detailed(client=client, timeout=timeout).parsed


async def asyncio_detailed(*, client: BaseClient, timeout: float | None = None) -> Response[AsyncPage[Sequence]]:
    return cast("Response[AsyncPage[Sequence]]", await client.acall(OPERATION, timeout=timeout))


async def asyncio(*, client: BaseClient, timeout: float | None = None) -> AsyncPage[Sequence]:
    return (await asyncio_detailed(client=client, timeout=timeout)).parsed
