from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.change_invoice_state_document_type import ChangeInvoiceStateDocumentType
from ...models.document import Document
from ...models.state_change import StateChange
from ...models.state_change_request import StateChangeRequest
from ...types import Response

OPERATION: Operation[Document] = Operation(
    name="change_invoice_state",
    method="PUT",
    path="/{document-type}/{document-id}/change-state.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type")},
    retry=Retry.NEVER,
    integers=("document-id",),
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"), Argument("id", "document-id", "path")),
    body=Body(StateChange, root="invoice"),
)


def sync_detailed(
    document_type: ChangeInvoiceStateDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: StateChangeRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return client.call(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


def sync(
    document_type: ChangeInvoiceStateDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: StateChangeRequest,
    timeout: float | None = None,
) -> Document:
    return sync_detailed(document_type, document_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    document_type: ChangeInvoiceStateDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: StateChangeRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return await client.acall(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


async def asyncio(
    document_type: ChangeInvoiceStateDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: StateChangeRequest,
    timeout: float | None = None,
) -> Document:
    return (await asyncio_detailed(document_type, document_id, client=client, body=body, timeout=timeout)).parsed
