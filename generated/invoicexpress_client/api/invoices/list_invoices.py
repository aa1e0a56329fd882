from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Listing, Operation, Retry
from ..._pagination import Page
from ..._resource import Call, acalling_pages, aparsed, calling, parsed
from ...models.document import Document
from ...models.document_list import DocumentList
from ...models.list_invoices_status_item import ListInvoicesStatusItem
from ...models.list_invoices_type_item import ListInvoicesTypeItem
from ...types import UNSET, Unset

OPERATION: Operation[Page[Document]] = Operation(
    name="list_invoices",
    method="GET",
    path="/invoices.json",
    statuses=("200", "400", "401", "429"),
    successes={"200": Answer(build=DocumentList.from_dict)},
    retry=Retry.IDEMPOTENT,
    integers=("page", "per_page"),
    exact_numbers=True,
    arguments=(
        Argument("types", "type[]", "query", bind="type", array=True),
        Argument("statuses", "status[]", "query", array=True),
        Argument("date_from", "date[from]", "query", codec="date"),
        Argument("date_to", "date[to]", "query", codec="date"),
        Argument("reference", "reference", "query"),
        Argument("text", "text", "query"),
        Argument("page", "page", "query"),
        Argument("per_page", "per_page", "query"),
    ),
    listing=Listing("invoices", page="page", per_page="per_page", pagination="pagination", entry=Document.from_dict),
)


def _call(
    *,
    client: BaseClient,
    type_: list[ListInvoicesTypeItem] | Unset = UNSET,
    status: list[ListInvoicesStatusItem] | Unset = UNSET,
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    text: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | None = None,
) -> Call:
    return Call(
        client,
        query={
            "type[]": type_,
            "status[]": status,
            "date[from]": datefrom,
            "date[to]": dateto,
            "reference": reference,
            "text": text,
            "page": page,
            "per_page": per_page,
        },
        timeout=timeout,
    )


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling_pages(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
