"""The files the service makes on request: a document's PDF and its QR code (`202` until ready, after the
number of requests the fake is told: domain/jobs.py), and the files themselves, served without the key at the
addresses the answers give, as a storage service would serve them."""

from starlette.requests import Request
from starlette.responses import Response

from ..domain import documents, jobs
from ..domain.account import Account
from ..http.json import JSONResponse
from ..http.params import path_id
from ..rules import common
from ..rules import files as rules
from . import Options, Path

# A minimal PDF and PNG: what the files begin with is what a client checks.
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _file_url(request: Request, name: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/files/{name}"


async def pdf(account: Account, options: Options, request: Request) -> Response:
    """The PDF's address once ready, a bodiless 202 until then; a document not in the account, an empty 404."""
    document_id = path_id(request, "document_id", common.NOT_FOUND)
    if document_id not in account.documents:
        raise common.NOT_FOUND
    copy = rules.second_copy(request.query_params)
    file: jobs.File = "pdf-second-copy" if copy else "pdf"
    if not jobs.ask(account, file, document_id, options.pdf_polls):
        return Response(status_code=202)
    name = f"{document_id}{'-second-copy' if copy else ''}.pdf"
    return JSONResponse({"output": {"pdfUrl": _file_url(request, name)}})


async def qr_code(account: Account, options: Options, request: Request) -> Response:
    """The QR code's address once ready, `{"qr_code": {"status": "In progress"}}` until then; a draft's is
    refused at once."""
    raw = request.path_params["document_id"]
    document_id = path_id(request, "document_id", rules.qr_refused(rules.QR_NOT_FOUND, raw, 404))
    document = account.documents.get(document_id)
    if document is None:
        raise rules.qr_refused(rules.QR_NOT_FOUND, document_id, 404)
    if documents.is_draft(document):
        raise rules.qr_refused(rules.QR_DRAFT, document_id, 422)
    if not jobs.ask(account, "qr-code", document_id, options.pdf_polls):
        return JSONResponse(rules.QR_IN_PROGRESS, status_code=202)
    return JSONResponse({"qr_code": {"url": _file_url(request, f"{document_id}-qr.png")}})


async def file(account: Account, options: Options, request: Request) -> Response:
    """A file whose address an answer gave (no key: another host's, in the service)."""
    name: str = request.path_params["name"]
    stem, _, suffix = name.rpartition(".")
    number = stem.removesuffix("-second-copy").removesuffix("-qr")
    if not (number.isascii() and number.isdigit() and int(number) in account.documents):
        return Response(status_code=404)
    if suffix == "pdf" and not stem.endswith("-qr"):
        return Response(PDF, media_type="application/pdf")
    if suffix == "png" and stem.endswith("-qr"):
        return Response(PNG, media_type="image/png")
    return Response(status_code=404)


PATHS = [
    Path("/api/pdf/{document_id}.json", {"GET": pdf}),
    Path("/api/qr_codes/{document_id}.json", {"GET": qr_code}),
    Path("/files/{name}", {"GET": file}, keyless=True),
]
