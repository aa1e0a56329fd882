from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.new_client import NewClient
from ...models.new_client_request import NewClientRequest
from ...types import Response

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


def sync_detailed(
    client_id: int, *, client: BaseClient, body: NewClientRequest, timeout: float | None = None
) -> Response[None]:
    return client.call(OPERATION, path={"client_id": client_id}, body=body.to_dict(), timeout=timeout)


def sync(client_id: int, *, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> None:
    return sync_detailed(client_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    client_id: int, *, client: BaseClient, body: NewClientRequest, timeout: float | None = None
) -> Response[None]:
    return await client.acall(OPERATION, path={"client_id": client_id}, body=body.to_dict(), timeout=timeout)


async def asyncio(client_id: int, *, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> None:
    return (await asyncio_detailed(client_id, client=client, body=body, timeout=timeout)).parsed
