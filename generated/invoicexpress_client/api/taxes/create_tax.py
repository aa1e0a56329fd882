from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ...models.new_tax import NewTax
from ...models.new_tax_request import NewTaxRequest
from ...models.tax import Tax
from ...types import Response

OPERATION: Operation[Tax] = Operation(
    name="create_tax",
    method="POST",
    path="/taxes.json",
    statuses=("201", "400", "401", "413", "422", "429"),
    successes={"201": Answer(envelope=("tax",), build=Tax.from_dict)},
    retry=Retry.NEVER,
    json_content=True,
    exact_numbers=True,
    body=Body(NewTax, root="tax", renamed=(("default", "default_tax"),)),
)


def sync_detailed(*, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Response[Tax]:
    return client.call(OPERATION, body=body.to_dict(), timeout=timeout)


def sync(*, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Tax:
    return sync_detailed(client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(*, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Response[Tax]:
    return await client.acall(OPERATION, body=body.to_dict(), timeout=timeout)


async def asyncio(*, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Tax:
    return (await asyncio_detailed(client=client, body=body, timeout=timeout)).parsed
