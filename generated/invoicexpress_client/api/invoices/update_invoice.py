from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, GivenBy, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.document import Document
from ...models.document_update_request import DocumentUpdateRequest
from ...models.new_document import NewDocument
from ...models.update_invoice_document_type import UpdateInvoiceDocumentType

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
    body=Body(
        NewDocument,
        root="invoice",
        given_by=(GivenBy("series", "sequence_id", "current_{name}_sequence_id", "sequences.get_sequence"),),
    ),
)


def _call(
    document_type: UpdateInvoiceDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: DocumentUpdateRequest,
    timeout: float | None = None,
) -> Call:
    return Call(
        client, path={"document-type": document_type, "document-id": document_id}, body=body.to_dict(), timeout=timeout
    )


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
