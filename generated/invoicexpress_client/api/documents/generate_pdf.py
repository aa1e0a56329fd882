from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.pdf_link import PdfLink
from ...types import UNSET, Unset

OPERATION: Operation[str] = Operation(
    name="generate_pdf",
    method="GET",
    path="/api/pdf/{document-id}.json",
    statuses=("200", "202", "400", "401", "404", "429"),
    successes={"200": Answer(envelope=("output",), build=PdfLink.from_dict, returns="pdf_url"), "202": Answer()},
    retry=Retry.IDEMPOTENT,
    pending=(202,),
    integers=("document-id",),
    arguments=(Argument("id", "document-id", "path"), Argument("second_copy", "second_copy", "query")),
)


def _call(
    document_id: int, *, client: BaseClient, second_copy: bool | Unset = UNSET, timeout: float | None = None
) -> Call:
    return Call(client, path={"document-id": document_id}, query={"second_copy": second_copy}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
