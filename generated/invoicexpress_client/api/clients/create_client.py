from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.client import Client
from ...models.new_client import NewClient
from ...models.new_client_request import NewClientRequest

OPERATION: Operation[Client] = Operation(
    name="create_client",
    method="POST",
    path="/clients.json",
    statuses=("201", "400", "401", "413", "422", "429"),
    successes={"201": Answer(envelope=("client",), build=Client.from_dict)},
    retry=Retry.NEVER,
    json_content=True,
    body=Body(NewClient, root="client"),
)


def _call(*, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> Call:
    return Call(client, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
