"""JSON answers: decimals written as numbers with their digits (`0.465612`, not a float's nearest), text as UTF-8."""

import json
from decimal import Decimal
from typing import Any

import orjson
from starlette.responses import JSONResponse as _StarletteJSONResponse


def _exact(value: object) -> object:
    if isinstance(value, Decimal):
        return orjson.Fragment(format(value, "f"))
    raise TypeError(f"{type(value).__name__} is not JSON")


def _approximate(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def dumps(content: Any) -> bytes:
    try:
        return orjson.dumps(content, default=_exact)
    except orjson.JSONEncodeError:
        # Text holding a lone surrogate (which JSON can carry as an escape, and UTF-8 cannot): escaped, as a
        # Rails service writes it.
        return json.dumps(content, ensure_ascii=True, separators=(",", ":"), default=_approximate).encode()


class JSONResponse(_StarletteJSONResponse):
    def render(self, content: Any) -> bytes:
        return dumps(content)
