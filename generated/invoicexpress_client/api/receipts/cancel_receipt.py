from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Body, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.document import Document
from ...models.receipt_cancel import ReceiptCancel
from ...models.receipt_cancel_request import ReceiptCancelRequest

OPERATION: Operation[Document] = Operation(
    name="cancel_receipt",
    method="PUT",
    path="/receipts/{receipt-id}/change-state.json",
    statuses=("200", "400", "401", "404", "413", "422", "429"),
    successes={"200": Answer(build=Document.from_dict, envelope_from="answer_roots", type_from="type", row="receipt")},
    retry=Retry.NEVER,
    integers=("receipt-id",),
    json_content=True,
    exact_numbers=True,
    arguments=(Argument("id", "receipt-id", "path"),),
    body=Body(ReceiptCancel, root="receipt", fixed=(("state", "canceled"),)),
)


def _call(receipt_id: int, *, client: BaseClient, body: ReceiptCancelRequest, timeout: float | None = None) -> Call:
    return Call(client, path={"receipt-id": receipt_id}, body=body.to_dict(), timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
