from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.document import Document
from ...models.payment import Payment
from ...models.payment_request import PaymentRequest

OPERATION: Operation[Document] = Operation(
    name="generate_payment",
    method="POST",
    path="/documents/{document-id}/partial_payments.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type", row="receipt")},
    retry=Retry.NEVER,
    integers=("document-id",),
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("id", "document-id", "path"),),
    body=Body(Payment, root="partial_payment"),
)


def _call(document_id: int, *, client: BaseClient, body: PaymentRequest, timeout: float | None = None) -> Call:
    return Call(client, path={"document-id": document_id}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
