"""Payments, their receipts, and the documents related to one (domain/payments.py): a receipt rendered as any
document, under `receipt`."""

from starlette.requests import Request
from starlette.responses import Response

from ..domain import payments as domain
from ..domain.account import Account
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.params import path_id
from ..rules import common
from ..rules import documents as document_rules
from ..rules import payments as rules
from . import Options, Path
from .documents import render


async def pay(account: Account, options: Options, request: Request) -> Response:
    """The receipt of the payment (200, as documented)."""
    # An unknown id is 404 before its body is read.
    document_id = path_id(request, "document_id", document_rules.NOT_FOUND)
    if document_id not in account.documents:
        raise document_rules.NOT_FOUND
    payment = rules.parse_payment(await json_body(request))
    return JSONResponse({"receipt": render(domain.pay(account, document_id, payment))})


async def related(account: Account, options: Options, request: Request) -> Response:
    """The related documents, whole."""
    document_id = path_id(request, "document_id", common.NOT_FOUND)
    return JSONResponse({"documents": [render(found) for found in domain.related(account, document_id)]})


async def cancel_receipt(account: Account, options: Options, request: Request) -> Response:
    receipt_id = path_id(request, "receipt_id", rules.RECEIPT_NOT_FOUND)
    found = account.documents.get(receipt_id)
    if found is None or found.kind is not domain.RECEIPT:
        raise rules.RECEIPT_NOT_FOUND
    change = rules.parse_receipt_change(await json_body(request))
    return JSONResponse({"receipt": render(domain.cancel_receipt(account, receipt_id, change))})


PATHS = [
    Path("/documents/{document_id}/partial_payments.json", {"POST": pay}),
    Path("/document/{document_id}/related_documents.json", {"GET": related}),
    Path("/receipts/{receipt_id}/change-state.json", {"PUT": cancel_receipt}),
]
