from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.qr_code_in_progress import QrCodeInProgress
from ...models.qr_code_link import QrCodeLink

OPERATION: Operation[str] = Operation(
    name="get_qr_code",
    method="GET",
    path="/api/qr_codes/{document-id}.json",
    statuses=("200", "202", "401", "404", "422", "429"),
    successes={
        "200": Answer(envelope=("qr_code",), build=QrCodeLink.from_dict, returns="url"),
        "202": Answer(build=QrCodeInProgress.from_dict),
    },
    retry=Retry.IDEMPOTENT,
    pending=(202,),
    integers=("document-id",),
    arguments=(Argument("id", "document-id", "path"),),
)


def _call(document_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"document-id": document_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
