from typing import cast

from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import AsyncPage, Page
from ...models.client_list import ClientList
from ...models.client_list_entry import ClientListEntry
from ...types import UNSET, Response, Unset

OPERATION: Operation[Page[ClientListEntry]] = Operation(
    name="list_clients",
    method="GET",
    path="/clients.json",
    statuses=("200", "400", "401", "429"),
    successes={"200": Answer(build=ClientList.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("page", "per_page"),
    arguments=(Argument("page", "page", "query"), Argument("per_page", "per_page", "query")),
    listing=Listing("clients", page="page", per_page="per_page", pagination="pagination"),
)


def sync_detailed(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Response[Page[ClientListEntry]]:
    return client.call(OPERATION, query={"page": page, "per_page": per_page}, timeout=timeout)


def sync(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Page[ClientListEntry]:
    return sync_detailed(client=client, page=page, per_page=per_page, timeout=timeout).parsed


async def asyncio_detailed(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> Response[AsyncPage[ClientListEntry]]:
    return cast(
        "Response[AsyncPage[ClientListEntry]]",
        await client.acall(OPERATION, query={"page": page, "per_page": per_page}, timeout=timeout),
    )


async def asyncio(
    *, client: BaseClient, page: int | Unset = UNSET, per_page: int | Unset = UNSET, timeout: float | None = None
) -> AsyncPage[ClientListEntry]:
    return (await asyncio_detailed(client=client, page=page, per_page=per_page, timeout=timeout)).parsed
