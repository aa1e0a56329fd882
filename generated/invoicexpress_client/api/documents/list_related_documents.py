from ..._base_client import BaseClient
from ..._operation import Answer, Argument, Operation, Retry
from ..._resource import Call, acalling, aparsed, calling, parsed
from ...models.document import Document
from ...models.related_documents import RelatedDocuments

OPERATION: Operation[list[Document]] = Operation(
    name="list_related_documents",
    method="GET",
    path="/document/{document-id}/related_documents.json",
    statuses=("200", "401", "404", "429"),
    successes={"200": Answer(build=RelatedDocuments.from_dict, returns="documents")},
    retry=Retry.IDEMPOTENT,
    integers=("document-id",),
    exact_numbers=True,
    arguments=(Argument("id", "document-id", "path"),),
)


def _call(document_id: int, *, client: BaseClient, timeout: float | None = None) -> Call:
    return Call(client, path={"document-id": document_id}, timeout=timeout)


# The call, sync and async, returning the whole Response or what its answer parses to.
sync_detailed, asyncio_detailed = calling(OPERATION, _call), acalling(OPERATION, _call)
sync, asyncio = parsed(sync_detailed), aparsed(asyncio_detailed)
