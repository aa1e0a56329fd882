from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.new_client import NewClient
from ...models.new_client_request import NewClientRequest

OPERATION: Operation[None] = Operation(
    name="update_client",
    method="PUT",
    path="/clients/{client_id}.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer()},
    retry=Retry.IDEMPOTENT,
    integers=("client_id",),
    json_content=True,
    arguments=(Argument("id", "client_id", "path"),),
    body=Body(NewClient, root="client"),
)


def _call(client_id: int, *, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> Call:
    return Call(client, path={"client_id": client_id}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
