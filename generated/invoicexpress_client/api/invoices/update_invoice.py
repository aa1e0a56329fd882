from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.document import Document
from ...models.document_update_request import DocumentUpdateRequest
from ...models.new_document import NewDocument
from ...models.update_invoice_document_type import UpdateInvoiceDocumentType
from ...types import Response

OPERATION: Operation[Document] = Operation(
    name="update_invoice",
    method="PUT",
    path="/{document-type}/{document-id}.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type")},
    retry=Retry.IDEMPOTENT,
    integers=("document-id",),
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"), Argument("id", "document-id", "path")),
    body=Body(NewDocument, root="invoice"),
)


def sync_detailed(
    document_type: UpdateInvoiceDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: DocumentUpdateRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return client.call(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


def sync(
    document_type: UpdateInvoiceDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: DocumentUpdateRequest,
    timeout: float | None = None,
) -> Document:
    return sync_detailed(document_type, document_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    document_type: UpdateInvoiceDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: DocumentUpdateRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return await client.acall(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


async def asyncio(
    document_type: UpdateInvoiceDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: DocumentUpdateRequest,
    timeout: float | None = None,
) -> Document:
    return (await asyncio_detailed(document_type, document_id, client=client, body=body, timeout=timeout)).parsed
