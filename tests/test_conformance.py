"""Property tests: schemathesis generates requests from the contract (valid and invalid ones) and checks every
answer of the fake against it, with all of its checks. In-process over ASGI, and over loopback through uvicorn."""

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from conftest import SwitchableApp
from invoicexpress_fake import create_app, seeded_account
from schemathesis.config import SchemathesisConfig
from starlette.types import ASGIApp, Receive, Scope, Send
from support import BUNDLE

KEY = "conformance-" + os.urandom(8).hex()
# At least 100 per operation; raise it for a deeper run: SCHEMATHESIS_MAX_EXAMPLES=1000 scripts/test
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))
REQUESTS: Counter[str] = Counter()


def config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "auth": {"openapi": {"ApiKey": {"api_key": KEY}}},
            "generation": {"max-examples": MAX_EXAMPLES, "mode": "all", "database": "none"},
        }
    )


class Counting:
    """Counts the requests that reach the fake, per transport and operation, for the run's summary."""

    def __init__(self, app: ASGIApp, transport: str) -> None:
        self.app = app
        self.transport = transport

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            REQUESTS[f"{self.transport}: {scope['method']} {scope['path']}"] += 1
        await self.app(scope, receive, send)


in_process = schemathesis.openapi.from_path(BUNDLE, config=config())
in_process.app = Counting(create_app(seeded_account(KEY)), "asgi")
over_loopback = schemathesis.openapi.from_path(BUNDLE, config=config())


@in_process.parametrize()
def test_fake_conforms_in_process(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


@pytest.fixture(scope="module")
def loopback_url(loopback: tuple[SwitchableApp, str]) -> Iterator[str]:
    switchable, url = loopback
    switchable.app = Counting(create_app(seeded_account(KEY)), "loopback")
    yield url
    switchable.app = None


@over_loopback.parametrize()
def test_fake_conforms_over_loopback(case: schemathesis.Case[Any], loopback_url: str) -> None:
    case.call_and_validate(base_url=loopback_url)
