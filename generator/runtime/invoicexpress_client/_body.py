"""Reads an answer's body within a limit on its size, counted after decompression as it is read, so that
neither a huge body nor a small one that inflates (a gzip bomb) can take more memory than the limit.

httpx would inflate each chunk whole (64 KiB of gzip can become 64 MiB at once), so the body is read raw
and inflated here, a bounded piece at a time. The client asks only for the codings this module reads.
"""

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from . import errors
from ._where import request_line

ACCEPT_ENCODING = "gzip, deflate"


class _Inflater:
    """Undoes a response's Content-Encoding (none, gzip or deflate), never producing more than asked."""

    def __init__(self, encoding: str) -> None:
        coding = encoding.strip().lower()
        self._zlib: zlib._Decompress | None = None
        # "deflate" is sent with and without its zlib header: the first chunk says which (gzip has one form).
        self._raw_deflate_tried = coding != "deflate"
        if coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._zlib = zlib.decompressobj()
        elif coding not in ("", "identity"):
            raise ValueError(f"a Content-Encoding it did not ask for: {encoding!r}")

    def inflate(self, data: bytes, room: int) -> bytes:
        """What `data` inflates to, or at most `room + 1` bytes of it (one more than room: too large)."""
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, room + 1)
            while self._zlib.unconsumed_tail and len(out) <= room:
                out += self._zlib.decompress(self._zlib.unconsumed_tail, room + 1 - len(out))
        except zlib.error:
            if self._raw_deflate_tried:
                raise
            self._raw_deflate_tried = True
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.inflate(data, room)
        self._raw_deflate_tried = True  # the first chunk was read as sent: no other reading from here
        return out


class BodyReader:
    """Collects one body, refusing it once it passes `limit` bytes."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self._response = response
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        declared = response.headers.get("Content-Length", "")
        encoding = response.headers.get("Content-Encoding", "")
        if declared.isdigit() and int(declared) > limit and encoding.strip().lower() in ("", "identity"):
            raise self.too_large(f" (its Content-Length says {declared})")
        try:
            self._inflater = _Inflater(encoding)
        except ValueError as exc:
            raise self._undecodable(str(exc)) from None

    def add(self, raw: bytes) -> None:
        try:
            part = self._inflater.inflate(raw, self._limit - self._size)
        except zlib.error as exc:
            raise self._undecodable(str(exc)) from None
        self._size += len(part)
        if self._size > self._limit:
            raise self.too_large("")
        self._parts.append(part)

    def body(self) -> bytes:
        return b"".join(self._parts)

    def too_large(self, found: str) -> errors.ResponseTooLarge:
        """The error for a body past the limit; `found` says what is known of its size, if anything."""
        request = self._response.request
        return errors.ResponseTooLarge(
            f"{request_line(request)}: {self._response.status_code} with a body larger than the"
            f" client's limit of {self._limit} bytes (max_response_bytes){found}",
            status_code=self._response.status_code,
            content=b"",
        )

    def _undecodable(self, reason: str) -> errors.InvalidResponse:
        request = self._response.request
        return errors.InvalidResponse(
            f"{request_line(request)}: {self._response.status_code} with a body that cannot be decoded ({reason})",
            status_code=self._response.status_code,
            content=b"",
        )


def _already_read(response: httpx.Response, limit: int) -> bytes | None:
    """The body of a response made whole in memory (as `httpx.MockTransport` handlers make them), if it is one."""
    if not response.is_stream_consumed:
        return None
    content = response.content
    if len(content) > limit:
        raise BodyReader(response, limit).too_large(f" ({len(content)} bytes)")
    return content


def read_body(response: httpx.Response, limit: int) -> bytes:
    if (content := _already_read(response, limit)) is not None:
        return content
    reader = BodyReader(response, limit)
    chunks: Iterator[bytes] = response.iter_raw()
    for raw in chunks:
        reader.add(raw)
    return reader.body()


async def aread_body(response: httpx.Response, limit: int) -> bytes:
    if (content := _already_read(response, limit)) is not None:
        return content
    reader = BodyReader(response, limit)
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for raw in chunks:
        reader.add(raw)
    return reader.body()
