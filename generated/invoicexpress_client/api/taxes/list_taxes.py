from typing import cast

from ..._base_client import BaseClient
from ..._operation import Answer, Listing, Operation, Retry
from ..._pagination import AsyncPage, Page
from ...models.tax import Tax
from ...models.tax_list import TaxList
from ...types import Response

OPERATION: Operation[Page[Tax]] = Operation(
    name="list_taxes",
    method="GET",
    path="/taxes.json",
    statuses=("200", "401", "429"),
    successes={"200": Answer(build=TaxList.from_dict)},
    retry=Retry.IDEMPOTENT,
    exact_numbers=True,
    listing=Listing("taxes"),
)


def sync_detailed(*, client: BaseClient, timeout: float | None = None) -> Response[Page[Tax]]:
    return client.call(OPERATION, timeout=timeout)


def sync(*, client: BaseClient, timeout: float | None = None) -> Page[Tax]:
    return sync_detailed(client=client, timeout=timeout).parsed


async def asyncio_detailed(*, client: BaseClient, timeout: float | None = None) -> Response[AsyncPage[Tax]]:
    return cast("Response[AsyncPage[Tax]]", await client.acall(OPERATION, timeout=timeout))


async def asyncio(*, client: BaseClient, timeout: float | None = None) -> AsyncPage[Tax]:
    return (await asyncio_detailed(client=client, timeout=timeout)).parsed
