from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.tax import Tax
from ...types import Response

OPERATION: Operation[Tax] = Operation(
    name="get_tax",
    method="GET",
    path="/taxes/{tax_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("tax",), build=Tax.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("tax_id",),
    exact_numbers=True,
    arguments=(Argument("id", "tax_id", "path"),),
)


def sync_detailed(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Tax]:
    return client.call(OPERATION, path={"tax_id": tax_id}, timeout=timeout)


def sync(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Tax:
    return sync_detailed(tax_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Tax]:
    return await client.acall(OPERATION, path={"tax_id": tax_id}, timeout=timeout)


async def asyncio(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Tax:
    return (await asyncio_detailed(tax_id, client=client, timeout=timeout)).parsed
