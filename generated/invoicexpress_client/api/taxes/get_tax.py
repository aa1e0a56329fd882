from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.tax import Tax

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


def _call(tax_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"tax_id": tax_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
