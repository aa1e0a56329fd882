"""What an answer may cost: its body is read within `max_response_bytes`, counted after decompression as it is
read, so that neither a huge body nor a small one that inflates can take more memory than the limit."""

import gzip
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client._base_client import DEFAULT_MAX_RESPONSE_BYTES
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_fake import seeded_account
from support import series_wire

CHUNK = 64 * 1024
LIST = json.dumps({"sequences": list(series_wire(seeded_account("k")).values())}).encode()

# A key as long as a real one: the client scrubs every form of it from what it hands out.
KEY = "ixk-test-0123456789abcdef0123456789abcdef"


class Streamed(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Bytes as they come off the wire, in chunks, counting how many were taken."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.raw), CHUNK):
            self.taken += 1
            yield self.raw[start : start + CHUNK]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def client_streaming(
    body: Streamed, *, status: int = 200, limit: int = DEFAULT_MAX_RESPONSE_BYTES, headers: dict[str, str] | None = None
) -> InvoiceXpressClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Content-Type": "application/json", **(headers or {})}, stream=body)

    return InvoiceXpressClient(
        account_name="acme",
        api_key=KEY,
        max_retries=0,
        max_response_bytes=limit,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_the_default_limit_is_far_above_any_answer_and_far_below_what_hurts() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 10 * 1024 * 1024
    hundred_series = json.dumps({"sequences": [series_wire(seeded_account("k"))[146090]] * 100}).encode()
    assert 100_000 < len(hundred_series) < DEFAULT_MAX_RESPONSE_BYTES // 20


@pytest.mark.parametrize("status", [200, 500])
def test_a_body_past_the_limit_stops_the_read_there(status: int) -> None:
    body = Streamed(b"[" + b"0," * 5_000_000 + b"0]")  # 10 MB
    with pytest.raises(errors.ResponseTooLarge, match=r"limit of 1000000 bytes \(max_response_bytes\)") as raised:
        list_sequences.sync(client=client_streaming(body, status=status, limit=1_000_000))
    assert raised.value.status_code == status
    assert body.taken <= 1_000_000 // CHUNK + 1  # no further than the limit


def test_a_declared_length_past_the_limit_is_refused_before_reading() -> None:
    body = Streamed(b"x" * 2_000)
    with pytest.raises(errors.ResponseTooLarge, match=r"\(its Content-Length says 2000\)"):
        list_sequences.sync(client=client_streaming(body, limit=1_000, headers={"Content-Length": "2000"}))
    assert body.taken == 0


def gzip_bomb() -> bytes:
    """About 50 KB that inflate to 50 MB."""
    return gzip.compress(b" " * 50_000_000, compresslevel=9)


def test_a_gzip_bomb_costs_no_more_memory_than_the_limit() -> None:
    bomb = Streamed(gzip_bomb())
    assert len(bomb.raw) < 100_000
    client = client_streaming(bomb, limit=1_000_000, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with pytest.raises(errors.ResponseTooLarge, match="larger than the client's limit of 1000000 bytes"):
            list_sequences.sync(client=client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000  # httpx's own decoder inflates a 64 KiB chunk whole: up to 64 MB at once


@pytest.mark.anyio
async def test_a_gzip_bomb_is_refused_asynchronously_too() -> None:
    client = client_streaming(Streamed(gzip_bomb()), limit=1_000_000, headers={"Content-Encoding": "gzip"})
    with pytest.raises(errors.ResponseTooLarge):
        await list_sequences.asyncio(client=client)


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        pytest.param("gzip", gzip.compress(LIST), id="gzip"),
        pytest.param("deflate", zlib.compress(LIST), id="deflate with its zlib header"),
        pytest.param("deflate", zlib.compress(LIST, wbits=-zlib.MAX_WBITS), id="raw deflate"),
        pytest.param("identity", LIST, id="identity"),
    ],
)
def test_compressed_answers_within_the_limit_are_read(encoding: str, encoded: bytes) -> None:
    body = Streamed(encoded)
    listed = list_sequences.sync(client=client_streaming(body, limit=len(LIST), headers={"Content-Encoding": encoding}))
    assert len(listed.sequences) == 4


def test_the_client_asks_only_for_the_codings_it_reads_within_the_limit() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sequences": []})

    transport = httpx.MockTransport(handler)
    list_sequences.sync(client=InvoiceXpressClient(account_name="a", api_key=KEY, httpx_args={"transport": transport}))
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"


def test_a_coding_it_did_not_ask_for_is_an_invalid_response() -> None:
    body = Streamed(LIST)
    with pytest.raises(errors.InvalidResponse, match=r"cannot be decoded .*'br'"):
        list_sequences.sync(client=client_streaming(body, headers={"Content-Encoding": "br"}))


@pytest.mark.parametrize("limit", [0, -1, True, 1.5, "10MB"])
def test_the_limit_must_be_a_whole_number_of_bytes(limit: object) -> None:
    with pytest.raises(errors.ClientConfigurationError, match="max_response_bytes"):
        InvoiceXpressClient(account_name="acme", api_key=KEY, max_response_bytes=limit)  # type: ignore[arg-type]
