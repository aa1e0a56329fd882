from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.new_tax import NewTax
from ...models.new_tax_request import NewTaxRequest

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


def _call(tax_id: int, *, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Call:
    return Call(client, path={"tax_id": tax_id}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
