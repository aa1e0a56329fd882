"""What the fake's tests share: a request with a body written byte for byte, and the account's state to compare
before and after a write."""

import copy
from typing import Any

import httpx
from invoicexpress_fake import Account

JSON = "application/json"
BAD_REQUEST = {"status": 400, "error": "Bad Request"}


def send(api: httpx.Client, method: str, path: str, content: bytes, content_type: str = JSON) -> httpx.Response:
    """A request whose body is exactly `content` (raw JSON text, or anything else), sent as `content_type`."""
    return api.request(method, path, content=content, headers={"Content-Type": content_type})


def state(account: Account) -> tuple[Any, ...]:
    """A copy of everything a write could change: each resource's records, the next ids, the random source."""
    return copy.deepcopy(
        (account.series, account.taxes, account.items, account.clients, account.next_ids, account.rng.getstate())
    )
