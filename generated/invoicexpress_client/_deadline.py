"""A deadline for the whole call: connect, send, wait, read, and every retry and wait between them.

httpx's timeouts apply to each connect, read and write, and restart with every byte received: a server that
drips a byte every half second never trips them. The sync side therefore reaches below httpx to the one place
that sees every socket read (the head's included, and any number of `100 Continue`): an httpcore network
backend whose streams bound each read and write by the time the call has left. The deadline travels in a
context variable, set by the call, so one connection pool serves calls with different deadlines. The async
side bounds the call with a cancel scope instead.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[float | None] = ContextVar("invoicexpress_client_deadline", default=None)


@contextmanager
def bounded(seconds: float | None) -> Iterator[None]:
    """Calls in this block end by `seconds` from now (no bound for None)."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def time_left() -> float | None:
    """Seconds until the current call's deadline (0 once passed), or None without one."""
    deadline = _deadline.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())
