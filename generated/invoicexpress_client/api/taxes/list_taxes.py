from ..._base_client import BaseClient
from ..._operation import Answer, Listing, Operation, Retry
from ..._pagination import Page
from ..._resource import Call, acalling_pages, aparsed, calling, parsed
from ...models.tax import Tax
from ...models.tax_list import TaxList

OPERATION: Operation[Page[Tax]] = Operation(
    name="list_taxes",
    method="GET",
    path="/taxes.json",
    statuses=("200", "401", "429"),
    successes={"200": Answer(build=TaxList.from_dict)},
    retry=Retry.IDEMPOTENT,
    exact_numbers=True,
    listing=Listing("taxes", entry=Tax.from_dict),
)


def _call(*, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling_pages(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
