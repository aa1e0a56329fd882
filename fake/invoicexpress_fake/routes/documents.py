"""The documents' routes (the invoices family): a document rendered as the service writes it, under its type's
own key, and its operations. The paths of the types are the table's (`BY_PATH`), matched by a convertor, so
that no other resource's path (`/taxes.json`) is taken for a document type's."""

import re
from decimal import Decimal
from functools import cache
from typing import Any

from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response

from ..domain import documents as domain
from ..domain.account import Account
from ..domain.document_types import BY_PATH, DocumentKind
from ..domain.documents import Document
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.pagination import page_of
from ..http.params import page_request, path_id
from ..http.refusals import Refusal
from ..rules import common
from ..rules import documents as rules
from . import Options, Path
from .taxes import rate_text


class DocumentPath(Convertor[str]):
    """A path segment of a document type of the table (`invoices`, `credit_notes`, ...)."""

    regex = "|".join(sorted(BY_PATH))

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("document_path", DocumentPath())


def digits(value: Decimal) -> str:
    """A price or a quantity as the service writes them: a numeric string, one decimal at least (`"40.0"`)."""
    return rate_text(value.normalize())


def amount(value: Decimal) -> Decimal:
    """An amount as the service writes it: a number with its digits, one decimal at least (`72.0`, `67.924`)."""
    return Decimal(digits(value))


def render(document: Document, *, in_list: bool = False) -> dict[str, Any]:
    """A document as the service writes it; a list's entries give less (no lines, the client's id, name and
    country only), as the documentation's list shows."""
    numbered = document.number is not None
    written: dict[str, Any] = {
        "id": document.id,
        "status": document.status,
        "archived": document.archived,
        "type": document.kind.type,
        "sequence_number": f"{document.number}/{document.serie}" if numbered else rules.DRAFT_NUMBER,
        "inverted_sequence_number": f"{document.serie}/{document.number}" if numbered else rules.DRAFT_NUMBER,
        "atcud": document.atcud,
        "sequence_id": document.sequence_id,
        "date": document.date.strftime(rules.DATE_FORMAT),
        "due_date": document.due_date.strftime(rules.DATE_FORMAT),
        "reference": document.reference,
    }
    client = document.client
    if in_list:
        return written | {
            "total": amount(document.total),
            "currency": "Euro",
            "client": {"id": client.id, "name": client.name, "country": client.country},
            "owner_invoice_id": document.owner_invoice_id,
            "proprietary_uid": document.proprietary_uid,
        }
    return written | {
        "observations": document.observations,
        "retention": document.retention,
        "permalink": document.permalink,
        "saft_hash": document.saft_hash,
        "sum": amount(document.sum),
        "discount": amount(document.discount),
        "before_taxes": amount(document.before_taxes),
        "taxes": amount(document.taxes),
        "total": amount(document.total),
        "currency": "Euro",
        "tax_exemption": document.tax_exemption or "",
        "client": {
            "id": client.id,
            "name": client.name,
            "code": client.code,
            "email": client.email,
            "country": client.country,
        },
        "items": [
            {
                "name": line.name,
                "description": line.description,
                "unit_price": digits(line.unit_price),
                "unit": line.unit,
                "quantity": digits(line.quantity),
                "tax": None
                if line.tax is None
                else {"id": line.tax.id, "name": line.tax.name, "value": line.tax.value},
                "discount": amount(line.discount),
                "subtotal": amount(line.subtotal),
                "tax_amount": amount(line.tax_amount),
                "discount_amount": amount(line.discount_amount),
                "total": amount(line.total),
            }
            for line in document.lines
        ],
        "owner_invoice_id": document.owner_invoice_id,
        "proprietary_uid": document.proprietary_uid,
    }


# The paths of a change to one document (an update, a change of state, an e-mail), whatever their type.
_CHANGE = re.compile(r"/([^/]+)/[^/]+(?:/change-state|/email-document)?\.json")


@cache
def _others() -> frozenset[str]:
    """The first segments of the other resources' paths (a PUT there that no route takes is theirs to refuse)."""
    from . import paths

    return frozenset(
        first for first in (path.template.split("/")[1].removesuffix(".json") for path in paths()) if "{" not in first
    ) - {"invoices"}  # the family's list: its segment is also a type's


def changes_a_document(path: str) -> bool:
    """Whether `path` is one of a change to a document (`/<type>/<id>.json` and the like) of no other resource."""
    found = _CHANGE.fullmatch(path)
    return found is not None and found[1] not in _others()


def not_found_response() -> Response:
    """What a change to a document the account has not gets: the documented 404."""
    return rules.NOT_FOUND.response()


def kind_of(request: Request, not_found: Refusal) -> DocumentKind:
    """The type the path names: its first segment (`/credit_notes/9610.json`, `/invoices.json`); a segment that
    names no type of the table is the operation's `not_found`."""
    kind = BY_PATH.get(request.url.path.split("/")[1].removesuffix(".json"))
    if kind is None:
        raise not_found
    return kind


def document_id(request: Request, not_found: Refusal) -> int:
    return path_id(request, "document_id", not_found)


def _one(document: Document, status: int = 200) -> Response:
    return JSONResponse({document.kind.answer_roots[0]: render(document)}, status_code=status)


async def list_documents(account: Account, options: Options, request: Request) -> Response:
    """One page of the family's documents, newest first, as the filters ask."""
    filters = rules.parse_filters(request.query_params)
    page, per_page = page_request(request, account.page_size)
    entries, pagination = page_of(domain.listed(account, filters), page, per_page)
    return JSONResponse({"invoices": [render(entry, in_list=True) for entry in entries], "pagination": pagination})


async def create(account: Account, options: Options, request: Request) -> Response:
    kind = kind_of(request, common.NOT_FOUND)
    new = rules.parse_new_document(await json_body(request), kind)
    return _one(domain.create(account, kind, new, options.uid_replay), status=201)


async def get(account: Account, options: Options, request: Request) -> Response:
    kind = kind_of(request, common.NOT_FOUND)
    return _one(domain.find(account, kind, document_id(request, common.NOT_FOUND), common.NOT_FOUND))


async def update(account: Account, options: Options, request: Request) -> Response:
    kind = kind_of(request, rules.NOT_FOUND)
    # An unknown id is 404 before its body is read.
    found = domain.find(account, kind, document_id(request, rules.NOT_FOUND), rules.NOT_FOUND)
    new = rules.parse_new_document(await json_body(request), kind)
    return _one(domain.update(account, kind, found.id, new))


async def change_state(account: Account, options: Options, request: Request) -> Response:
    kind = kind_of(request, rules.NOT_FOUND)
    found = domain.find(account, kind, document_id(request, rules.NOT_FOUND), rules.NOT_FOUND)
    change = rules.parse_state_change(await json_body(request), kind)
    return _one(domain.change_state(account, kind, found.id, change))


async def send_email(account: Account, options: Options, request: Request) -> Response:
    """An empty 200."""
    kind = kind_of(request, rules.NOT_FOUND)
    found = domain.find(account, kind, document_id(request, rules.NOT_FOUND), rules.NOT_FOUND)
    domain.send_email(account, kind, found.id, rules.parse_email(await json_body(request)))
    return Response(status_code=200)


# The family's list shares its path with the creation of an invoice (`POST /invoices.json`); listed first, it
# answers both, and every other type's creation is the templated path's.
PATHS = [
    Path("/invoices.json", {"GET": list_documents, "POST": create}),
    Path("/{document_type:document_path}.json", {"POST": create}),
    Path("/{document_type:document_path}/{document_id}.json", {"GET": get, "PUT": update}),
    Path("/{document_type:document_path}/{document_id}/change-state.json", {"PUT": change_state}),
    Path("/{document_type:document_path}/{document_id}/email-document.json", {"PUT": send_email}),
]
