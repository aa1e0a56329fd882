"""Reading what a resource's tests sent: a request's JSON body with its numbers' digits, the query of each page
asked for, and the value of a call typed to return None."""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx


def body_of(request: httpx.Request) -> Any:
    """A request's JSON body, its numbers read with their digits."""
    return json.loads(request.content, parse_float=Decimal)


def list_requests(sent: list[httpx.Request], path: str) -> list[dict[str, str]]:
    """The query of each request sent to `path` (a list's), in order."""
    return [dict(request.url.params) for request in sent if request.url.path == path]


def result_of(call: Callable[[], object]) -> object:
    """What a call returns (mypy will not let a test look at the value of a method typed to return None)."""
    return call()
