"""The connection pools a client sends through: an httpx.Client, and an httpx.AsyncClient per event loop (one
cannot outlive its loop). Made on first use; shared with the copies `with_options` makes that connect the same
way; closed once, by the client that made them, after which every call of that client and its copies is refused.

An async pool is closed with its loop, too: it is held by an async generator started in that loop, which the
loop closes when it shuts down (`asyncio.run` and `trio.run` close the async generators still open), so a client
used under one `asyncio.run` after another leaves no connections behind, closed or not.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio


class Connections:
    """The pools of one client and the copies that borrow them.

    Args:
        make: Makes an httpx client: `make(asynchronous)`.
    """

    __slots__ = ("_async", "_lock", "_make", "_other", "_sync", "closed")

    def __init__(self, make: Callable[[bool], Any]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        # asyncio loop -> (its client, the generator that closes it with the loop).
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Held] = weakref.WeakKeyDictionary()
        self._other: _Held | None = None  # the one of another async library (trio), for the run it is used in
        self.closed = False

    def __repr__(self) -> str:
        return f"<Connections{' closed' if self.closed else ''}>"

    def sync(self) -> httpx.Client:
        with self._lock:
            if self._sync is None:
                self._sync = self._make(False)
            return self._sync

    def running_loop(self) -> httpx.AsyncClient:
        """The async client of the running event loop, made on first use there."""
        loop = _running_asyncio_loop()
        with self._lock:
            # A loop closed without closing its async generators (no asyncio.run) left its pool: let it go, or
            # the pool would hold the loop, and its sockets, for ever.
            for closed in [known for known in self._async if known.is_closed()]:
                del self._async[closed]
            held = self._async.get(loop) if loop else self._other
            if held is None:
                held = _Held(self._make(True), self._forget)
                if loop:
                    self._async[loop] = held
                else:
                    self._other = held
            return held.client

    def _forget(self, held: _Held) -> None:
        """`held`'s pool is closing (with its loop, or by `aclose`): the loop's next call makes another."""
        with self._lock:
            for loop in [loop for loop, known in self._async.items() if known is held]:
                del self._async[loop]
            if self._other is held:
                self._other = None

    def _refuse_calls(self) -> list[tuple[asyncio.AbstractEventLoop | None, _Held]]:
        """Refuse every call from now on and close the sync pool; the async pools, left to close."""
        with self._lock:
            self.closed = True
            client, self._sync = self._sync, None
            held: list[tuple[asyncio.AbstractEventLoop | None, _Held]] = list(self._async.items())
            if self._other is not None:
                held.append((None, self._other))
        if client is not None:
            client.close()
        return held

    def close(self) -> None:
        """Refuse every call from now on, close the sync pool, and have each async pool closed in its loop,
        where that loop runs (one that does not closes its pool when it shuts down)."""
        for loop, held in self._refuse_calls():
            _close_in_its_loop(loop, held)

    async def aclose(self) -> None:
        """`close`, waiting for the pools of the running loop (or trio's) to close."""
        running = _running_asyncio_loop()
        for loop, held in self._refuse_calls():
            if loop is running:
                await held.close()
            else:
                _close_in_its_loop(loop, held)


def _close_in_its_loop(loop: asyncio.AbstractEventLoop | None, held: _Held) -> None:
    """Have `held` closed by its loop, where that loop runs (in another thread): not waited for, as that loop
    may stop first; then its shutdown closes it, as it does where the loop does not run now."""
    if loop is not None and loop.is_running():
        with contextlib.suppress(RuntimeError):  # it closed meanwhile, closing its generators
            loop.call_soon_threadsafe(_start_closing, loop, held)


# The closings started in other loops, kept until done (a loop holds its tasks only weakly).
_closing: set[Any] = set()


def _start_closing(loop: asyncio.AbstractEventLoop, held: _Held) -> None:
    task = loop.create_task(held.close())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


class _Held:
    """An async client, and the generator (started in the client's loop) whose end closes it: when the loop
    shuts down, or when `close` is awaited."""

    __slots__ = ("_closer", "client")

    def __init__(self, client: httpx.AsyncClient, forget: Callable[[_Held], None]) -> None:
        self.client = client
        self._closer = _closes_with_its_loop(self, forget)
        # Run up to its `yield` now: the running loop's hooks register it, and closing it runs its `finally`.
        step: Any = self._closer.__anext__()
        with contextlib.suppress(StopIteration):
            step.send(None)

    async def close(self) -> None:
        await self._closer.aclose()


async def _closes_with_its_loop(held: _Held, forget: Callable[[_Held], None]) -> AsyncGenerator[None]:
    try:
        yield
    finally:
        forget(held)
        await held.client.aclose()


def _running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    # Where asyncio was never imported no loop of it runs: importing it here would cost every sync user.
    module = sys.modules.get("asyncio")
    if module is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = module.get_running_loop()
    except RuntimeError:  # another async library (trio), which has one client throughout
        return None
    return loop
