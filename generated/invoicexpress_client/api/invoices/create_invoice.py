from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, GivenBy, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.create_invoice_document_type import CreateInvoiceDocumentType
from ...models.document import Document
from ...models.new_document import NewDocument
from ...models.new_document_request import NewDocumentRequest

OPERATION: Operation[Document] = Operation(
    name="create_invoice",
    method="POST",
    path="/{document-type}.json",
    statuses=("201", "400", "401", "404", "409", "413", "422", "429"),
    successes={"201": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type")},
    retry=Retry.KEYED,
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"),),
    body=Body(
        NewDocument,
        root="invoice",
        siblings=("proprietary_uid",),
        given_by=(GivenBy("series", "sequence_id", "current_{name}_sequence_id", "sequences.get_sequence"),),
    ),
    retry_key="proprietary_uid",
    reconcile='{"read":{"operation":"invoices.get_invoice","path":[["document-type","path:document-type"],["document-id","entry:id"]]},"look_up":{"operation":"invoices.list_invoices","query":[["type[]","row:type"],["date[from]","body:date"],["date[to]","body:date"]]},"match":[["proprietary_uid","body:proprietary_uid"]],"skip":[["status",["deleted"]]],"resend":true,"busy":[409],"duplicates":{"operation":"invoices.change_invoice_state","path":[["document-type","path:document-type"],["document-id","entry:id"]],"body":["invoice",[["state","value:deleted"]]]},"duplicates_when":["draft"]}',
)


def _call(
    document_type: CreateInvoiceDocumentType,
    *,
    client: BaseClient,
    body: NewDocumentRequest,
    timeout: float | None = None,
) -> Call:
    return Call(client, path={"document-type": document_type}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
