from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ...models.email_message import EmailMessage
from ...models.email_request import EmailRequest
from ...models.send_invoice_email_document_type import (
    SendInvoiceEmailDocumentType,
)
from ...types import Response

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


def sync_detailed(
    document_type: SendInvoiceEmailDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: EmailRequest,
    timeout: float | None = None,
) -> Response[None]:
    return client.call(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


def sync(
    document_type: SendInvoiceEmailDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: EmailRequest,
    timeout: float | None = None,
) -> None:
    return sync_detailed(document_type, document_id, client=client, body=body, timeout=timeout).parsed


async def asyncio_detailed(
    document_type: SendInvoiceEmailDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: EmailRequest,
    timeout: float | None = None,
) -> Response[None]:
    return await client.acall(
        OPERATION,
        path={"document-type": document_type, "document-id": document_id},
        body=body.to_dict(),
        timeout=timeout,
    )


async def asyncio(
    document_type: SendInvoiceEmailDocumentType,
    document_id: int,
    *,
    client: BaseClient,
    body: EmailRequest,
    timeout: float | None = None,
) -> None:
    return (await asyncio_detailed(document_type, document_id, client=client, body=body, timeout=timeout)).parsed
