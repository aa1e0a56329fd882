from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.create_invoice_document_type import CreateInvoiceDocumentType
from ...models.document import Document
from ...models.new_document import NewDocument
from ...models.new_document_request import NewDocumentRequest
from ...types import Response

OPERATION: Operation[Document] = Operation(
    name="create_invoice",
    method="POST",
    path="/{document-type}.json",
    statuses=("201", "400", "401", "409", "413", "422", "429"),
    successes={"201": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type")},
    retry=Retry.KEYED,
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"),),
    body=Body(NewDocument, root="invoice", siblings=("proprietary_uid",)),
    retry_key="proprietary_uid",
)


def sync_detailed(
    document_type: CreateInvoiceDocumentType,
    *,
    client: BaseClient,
    body: NewDocumentRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return client.call(OPERATION, path={"document-type": document_type}, body=body.to_dict(), timeout=timeout)


def sync(
    document_type: CreateInvoiceDocumentType,
    *,
    client: BaseClient,
    body: NewDocumentRequest,
    timeout: float | None = None,
) -> Document:
    return sync_detailed(document_type, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    document_type: CreateInvoiceDocumentType,
    *,
    client: BaseClient,
    body: NewDocumentRequest,
    timeout: float | None = None,
) -> Response[Document]:
    return await client.acall(OPERATION, path={"document-type": document_type}, body=body.to_dict(), timeout=timeout)


async def asyncio(
    document_type: CreateInvoiceDocumentType,
    *,
    client: BaseClient,
    body: NewDocumentRequest,
    timeout: float | None = None,
) -> Document:
    return (await asyncio_detailed(document_type, client=client, body=body, timeout=timeout)).parsed
