from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.change_invoice_state_document_type import ChangeInvoiceStateDocumentType
from ...models.document import Document
from ...models.state_change import StateChange
from ...models.state_change_request import StateChangeRequest

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
    reconcile='{"read":{"operation":"invoices.get_invoice","path":[["document-type","path:document-type"],["document-id","path:document-id"]]},"done_field":"status","done_event":"state","resend":true}',
)


def _call(
    document_type: ChangeInvoiceStateDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: StateChangeRequest,
    timeout: float | None = None,
) -> Call:
    return Call(
        client, path={"document-type": document_type, "document-id": document_id}, body=body.to_dict(), timeout=timeout
    )


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
