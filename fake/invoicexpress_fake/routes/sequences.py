"""The sequences' routes: a series rendered as the service writes it (its 48 fields), and its operations."""

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..domain import series as domain
from ..domain.account import Account
from ..domain.series import DOCUMENT_TYPES, Series
from ..http.bodies import json_body
from ..http.json import JSONResponse
from ..http.params import path_id
from ..rules import sequences as rules
from . import Options, Path


def render(series: Series) -> dict[str, Any]:
    """A series as the service writes it: its id, name and default flag, then each type's number, numbering id
    and validation code."""
    written: dict[str, Any] = {"id": series.id, "serie": series.serie, "default_sequence": 1 if series.default else 0}
    for doc_type in DOCUMENT_TYPES:
        numbering = series.numbering[doc_type]
        written[f"current_{doc_type}_number"] = numbering.last_number
        written[f"current_{doc_type}_sequence_id"] = numbering.sequence_id
        written[f"current_{doc_type}_validation_code"] = numbering.validation_code
    return written


def series_id(request: Request) -> int:
    """The id in the path; anything that is not a whole number names no series (the 404 of an unknown one)."""
    return path_id(request, "sequence_id", rules.NOT_FOUND)


def _one(options: Options, series: Series, status: int = 200) -> Response:
    return JSONResponse({options.single_root_key: render(series)}, status_code=status)


async def list_sequences(account: Account, options: Options, request: Request) -> Response:
    return JSONResponse({"sequences": [render(series) for series in account.series.values()]})


async def create(account: Account, options: Options, request: Request) -> Response:
    new = rules.parse_new_sequence(await json_body(request))
    return _one(options, domain.create(account, new), status=201)


async def get(account: Account, options: Options, request: Request) -> Response:
    return _one(options, domain.find(account, series_id(request)))


async def register(account: Account, options: Options, request: Request) -> Response:
    """The registered series alone, in an array under `sequences`."""
    return JSONResponse({"sequences": [render(domain.register(account, series_id(request)))]})


async def set_current(account: Account, options: Options, request: Request) -> Response:
    """An empty 200."""
    domain.set_default(account, series_id(request))
    return Response(status_code=200)


PATHS = [
    Path("/sequences.json", {"GET": list_sequences, "POST": create}),
    Path("/sequences/{sequence_id}.json", {"GET": get}),
    Path("/sequences/{sequence_id}/register.json", {"PUT": register}),
    Path("/sequences/{sequence_id}/set_current.json", {"PUT": set_current}),
]
