from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.document import Document
from ...models.get_invoice_document_type import (
    GetInvoiceDocumentType,
)

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


def _call(
    document_type: GetInvoiceDocumentType, document_id: int, *, client: BaseClient, timeout: float | None = None
) -> Call:
    return Call(client, path={"document-type": document_type, "document-id": document_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
