from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.client import Client

OPERATION: Operation[Client] = Operation(
    name="get_client",
    method="GET",
    path="/clients/{client_id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("client",), build=Client.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("client_id",),
    arguments=(Argument("id", "client_id", "path"),),
)


def _call(client_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"client_id": client_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
