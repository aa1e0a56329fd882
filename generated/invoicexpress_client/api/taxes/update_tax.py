from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.new_tax import NewTax
from ...models.new_tax_request import NewTaxRequest
from ...types import Response

OPERATION: Operation[None] = Operation(
    name="update_tax",
    method="PUT",
    path="/taxes/{tax_id}.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer()},
    retry=Retry.IDEMPOTENT,
    integers=("tax_id",),
    json_content=True,
    arguments=(Argument("id", "tax_id", "path"),),
    body=Body(NewTax, root="tax", renamed=(("default", "default_tax"),)),
)


def sync_detailed(
    tax_id: int, *, client: BaseClient, body: NewTaxRequest, timeout: float | None = None
) -> Response[None]:
    return client.call(OPERATION, path={"tax_id": tax_id}, body=body.to_dict(), timeout=timeout)


def sync(tax_id: int, *, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> None:
    return sync_detailed(tax_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    tax_id: int, *, client: BaseClient, body: NewTaxRequest, timeout: float | None = None
) -> Response[None]:
    return await client.acall(OPERATION, path={"tax_id": tax_id}, body=body.to_dict(), timeout=timeout)


async def asyncio(tax_id: int, *, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> None:
    return (await asyncio_detailed(tax_id, client=client, body=body, timeout=timeout)).parsed
