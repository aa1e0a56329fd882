from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.email_message import EmailMessage
from ...models.email_request import EmailRequest
from ...models.send_invoice_email_document_type import (
    SendInvoiceEmailDocumentType,
)

OPERATION: Operation[None] = Operation(
    name="send_invoice_email",
    method="PUT",
    path="/{document-type}/{document-id}/email-document.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer()},
    retry=Retry.NEVER,
    integers=("document-id",),
    json_content=True,
    arguments=(Argument("document_type", "document-type", "path", bind="path"), Argument("id", "document-id", "path")),
    body=Body(EmailMessage, root="message"),
)


def _call(
    document_type: SendInvoiceEmailDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: EmailRequest,
    timeout: float | None = None,
) -> Call:
    return Call(
        client, path={"document-type": document_type, "document-id": document_id}, body=body.to_dict(), timeout=timeout
    )


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
