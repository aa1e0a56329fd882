"""Request bodies, read as the service reads them: within a size limit, as JSON only when sent as JSON."""

import json
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from ..rules import common


class NotJSON:
    """What a body not sent as JSON is read as: no body (a Rails service would not parse it)."""


NOT_JSON = NotJSON()


async def read_limited(request: Request) -> bytes:
    """The body, or 413 as soon as it is known to exceed the limit (without reading all of it)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > common.MAX_BODY_BYTES:
        raise common.TOO_LARGE
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > common.MAX_BODY_BYTES:
            raise common.TOO_LARGE
        chunks.append(chunk)
    return b"".join(chunks)


def _not_json(constant: str) -> object:
    raise ValueError(f"{constant} is not JSON")


async def json_body(request: Request) -> Any:
    """The body's JSON, its decimals as Decimal (digit for digit as written, never through a float); NOT_JSON for
    a body sent as something else; 400 (as Rails answers it) for one that is sent as JSON and cannot be parsed
    (`NaN` and `Infinity` included, which Python's parser would take and JSON has not)."""
    content = await read_limited(request)
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        return NOT_JSON
    try:
        return json.loads(content, parse_float=Decimal, parse_constant=_not_json)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the parser's depth
        raise common.UNPARSEABLE_BODY from None


def wrapped(document: Any, root: str) -> dict[str, Any] | None:
    """The object a write sends under `root` (`{"tax": {...}}`), or None where there is none."""
    if isinstance(document, dict) and isinstance(document.get(root), dict):
        fields: dict[str, Any] = document[root]
        return fields
    return None


def is_unicode_text(text: str) -> bool:
    """False for a string holding a lone surrogate (JSON allows `"\\ud800"`; no UTF-8 answer could carry it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
