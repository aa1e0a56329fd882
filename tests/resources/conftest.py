"""What every resource's tests use: a sync and an async client on the fake over loopback, strict, each recording
the requests it sends (`sent`, bodies read, in order)."""

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests `ix` and `aix` sent, bodies read, in order."""
    return []


@pytest.fixture
def ix(fake_url: str, api_key: str, sent: list[httpx.Request]) -> Iterator[InvoiceXpressClient]:
    def keep(request: httpx.Request) -> None:
        request.read()
        sent.append(request)

    hooks = {"event_hooks": {"request": [keep]}}
    with InvoiceXpressClient(api_key=api_key, base_url=fake_url, strict=True, httpx_args=hooks) as client:
        yield client


@pytest.fixture
async def aix(fake_url: str, api_key: str, sent: list[httpx.Request]) -> AsyncIterator[AsyncInvoiceXpressClient]:
    async def keep(request: httpx.Request) -> None:
        await request.aread()
        sent.append(request)

    hooks = {"event_hooks": {"request": [keep]}}
    async with AsyncInvoiceXpressClient(api_key=api_key, base_url=fake_url, strict=True, httpx_args=hooks) as client:
        yield client
