from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ...models.document import Document
from ...models.get_invoice_document_type import (
    GetInvoiceDocumentType,
)
from ...types import Response

OPERATION: Operation[Document] = Operation(
    name="get_invoice",
    method="GET",
    path="/{document-type}/{document-id}.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type")},
    retry=Retry.IDEMPOTENT,
    integers=("document-id",),
    exact_numbers=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"), Argument("id", "document-id", "path")),
)


def sync_detailed(
    document_type: GetInvoiceDocumentType, document_id: int, *, client: BaseClient, timeout: float | None = None
) -> Response[Document]:
    return client.call(OPERATION, path={"document-type": document_type, "document-id": document_id}, timeout=timeout)


def sync(
    document_type: GetInvoiceDocumentType, document_id: int, *, client: BaseClient, timeout: float | None = None
) -> Document:
    return sync_detailed(document_type, document_id, client=client, timeout=timeout).parsed


async def asyncio_detailed(
    document_type: GetInvoiceDocumentType, document_id: int, *, client: BaseClient, timeout: float | None = None
) -> Response[Document]:
    return await client.acall(
        OPERATION, path={"document-type": document_type, "document-id": document_id}, timeout=timeout
    )


async def asyncio(
    document_type: GetInvoiceDocumentType, document_id: int, *, client: BaseClient, timeout: float | None = None
) -> Document:
    return (await asyncio_detailed(document_type, document_id, client=client, timeout=timeout)).parsed
