from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.client import Client
from ...types import Response

OPERATION: Operation[Client] = Operation(
    name="find_client_by_name",
    method="GET",
    path="/clients/find-by-name.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(envelope=("client",), build=Client.from_dict)},
    retry=Retry.IDEMPOTENT,
    arguments=(Argument("name", "client_name", "query"),),
)


def sync_detailed(*, client: BaseClient, client_name: str, timeout: float | None = None) -> Response[Client]:
    return client.call(OPERATION, query={"client_name": client_name}, timeout=timeout)


def sync(*, client: BaseClient, client_name: str, timeout: float | None = None) -> Client:
    return sync_detailed(client=client, client_name=client_name, timeout=timeout).parsed


async def asyncio_detailed(*, client: BaseClient, client_name: str, timeout: float | None = None) -> Response[Client]:
    return await client.acall(OPERATION, query={"client_name": client_name}, timeout=timeout)


async def asyncio(*, client: BaseClient, client_name: str, timeout: float | None = None) -> Client:
    return (await asyncio_detailed(client=client, client_name=client_name, timeout=timeout)).parsed
