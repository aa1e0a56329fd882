from ..._base_client import BaseClient
from ..._operation import Answer, Body, Operation, Retry
from ...models.client import Client
from ...models.new_client import NewClient
from ...models.new_client_request import NewClientRequest
from ...types import Response

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


def sync_detailed(*, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> Response[Client]:
    return client.call(OPERATION, body=body.to_dict(), timeout=timeout)


def sync(*, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> Client:
    return sync_detailed(client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    *, client: BaseClient, body: NewClientRequest, timeout: float | None = None
) -> Response[Client]:
    return await client.acall(OPERATION, body=body.to_dict(), timeout=timeout)


async def asyncio(*, client: BaseClient, body: NewClientRequest, timeout: float | None = None) -> Client:
    return (await asyncio_detailed(client=client, body=body, timeout=timeout)).parsed
