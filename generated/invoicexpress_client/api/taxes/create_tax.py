from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.new_tax import NewTax
from ...models.new_tax_request import NewTaxRequest
from ...models.tax import Tax

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


def _call(*, client: BaseClient, body: NewTaxRequest, timeout: float | None = None) -> Call:
    return Call(client, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
