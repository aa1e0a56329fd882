from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.client import Client
from ...types import Response

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


def sync_detailed(client_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Client]:
    return client.call(OPERATION, path={"client_id": client_id}, timeout=timeout)


def sync(client_id: int, *, client: BaseClient, timeout: float | None = None) -> Client:
    return sync_detailed(client_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(client_id: int, *, client: BaseClient, timeout: float | None = None) -> Response[Client]:
    return await client.acall(OPERATION, path={"client_id": client_id}, timeout=timeout)


async def asyncio(client_id: int, *, client: BaseClient, timeout: float | None = None) -> Client:
    return (await asyncio_detailed(client_id, client=client, timeout=timeout)).parsed
