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
# Whose limits the current call keeps ("this call's": a `timeout` given to the call; else "the client's"), and
# its whole-call limit in seconds: what messages say of a limit that passed.
_limits: ContextVar[tuple[str, float | None]] = ContextVar(
    "invoicexpress_client_limits", default=("the client's", None)
)
# A socket timed out at the deadline may wake a hair before it: this close to it, the deadline is what passed.
_AT_DEADLINE = 0.01


@contextmanager
def bounded(seconds: float | None, *, per_call: bool = False) -> Iterator[None]:
    """Calls in this block end by `seconds` from now (no bound for None); `per_call`: the limits are the call's
    own, not the client's."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    limits = _limits.set(("this call's" if per_call else "the client's", seconds))
    try:
        yield
    finally:
        _limits.reset(limits)
        _deadline.reset(token)


def time_left() -> float | None:
    """Seconds until the current call's deadline (0 once passed), or None without one."""
    deadline = _deadline.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def whose_limits() -> str:
    """Whose time limits the current call keeps, as messages say it: "this call's" or "the client's"."""
    return _limits.get()[0]


def deadline_passed() -> str | None:
    """The whole-call limit that has passed, as messages say it ("this call's timeout of 1 s"), if one has."""
    left = time_left()
    whose, seconds = _limits.get()
    if left is None or seconds is None or left > _AT_DEADLINE:
        return None
    return f"{whose} timeout of {seconds:g} s"
