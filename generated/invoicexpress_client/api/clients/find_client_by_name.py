from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.client import Client

OPERATION: Operation[Client] = Operation(
    name="find_client_by_name",
    method="GET",
    path="/clients/find-by-name.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("client",), build=Client.from_dict)},
    retry=Retry.IDEMPOTENT,
    arguments=(Argument("name", "client_name", "query"),),
)


def _call(*, client: BaseClient, client_name: str, timeout: float | None = None) -> Call:
    return Call(client, query={"client_name": client_name}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
