"""Fixtures: a seeded fake account, served in-process and over loopback, and clients pointed at it."""

import secrets
import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient
from invoicexpress_client import _base_client as client_module
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.serve import serving
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send


class SwitchableApp:
    """One loopback server for the whole session, serving whichever app the current test set."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.app is not None, "no fake app set for this test"
        await self.app(scope, receive, send)


@pytest.fixture(scope="session")
def api_key() -> str:
    return "ixk" + secrets.token_hex(20)


@pytest.fixture
def account(api_key: str) -> Account:
    return seeded_account(api_key)


@pytest.fixture
def app(account: Account) -> Starlette:
    return create_app(account)


@pytest.fixture(scope="session")
def loopback() -> Iterator[tuple[SwitchableApp, str]]:
    switchable = SwitchableApp()
    with serving(switchable) as url:
        yield switchable, url


@pytest.fixture
def fake_url(loopback: tuple[SwitchableApp, str], app: Starlette) -> Iterator[str]:
    """The base URL of the fake, on 127.0.0.1, serving this test's `app`."""
    switchable, url = loopback
    switchable.app = app
    yield url
    switchable.app = None


@pytest.fixture
def client(fake_url: str, api_key: str) -> Iterator[InvoiceXpressClient]:
    with InvoiceXpressClient(account_name="acme", api_key=api_key, base_url=fake_url, strict=True) as client:
        yield client


@pytest.fixture
async def async_client(fake_url: str, api_key: str) -> AsyncIterator[AsyncInvoiceXpressClient]:
    async with AsyncInvoiceXpressClient(account_name="acme", api_key=api_key, base_url=fake_url, strict=True) as client:
        yield client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def no_real_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test waits out a retry for real: one that would fails here (tests of retries record the waits)."""

    def refuse(seconds: float) -> None:
        raise AssertionError(f"the client would sleep {seconds} s in a test")

    async def refuse_async(seconds: float) -> None:
        refuse(seconds)

    monkeypatch.setattr(client_module, "_sleep", refuse)
    monkeypatch.setattr(client_module, "_async_sleep", refuse_async)


# What the property tests counted in the worker processes (pytest-xdist), gathered as each worker ends.
FROM_WORKERS: dict[str, Counter[str]] = {"requests": Counter(), "steps": Counter()}


def counted() -> dict[str, Counter[str]]:
    """The requests per operation and the stateful steps counted in this process (if the property tests ran here:
    the run on the oldest dependencies cannot import schemathesis)."""
    property_tests, stateful = sys.modules.get("support_contract"), sys.modules.get("properties.test_stateful")
    return {
        "requests": Counter(property_tests.REQUESTS if property_tests else {}),
        "steps": Counter(stateful.STEPS if stateful else {}),
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # a worker: its counts go to the controller, which prints them
        output.update({name: dict(counts) for name, counts in counted().items()})


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    for name, counts in FROM_WORKERS.items():
        counts.update(getattr(node, "workeroutput", {}).get(name, {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many requests the property tests sent, per transport and operation, and the stateful steps (quoted in
    closing notes), from this process and every worker."""
    here = counted()
    requests, steps = here["requests"] + FROM_WORKERS["requests"], here["steps"] + FROM_WORKERS["steps"]
    if requests:
        terminalreporter.section("schemathesis requests per operation")
        for operation, count in sorted(requests.items()):
            terminalreporter.write_line(f"{count:6d}  {operation}")
    if steps:
        terminalreporter.section("stateful scenarios and steps (operation, status)")
        for step, count in sorted(steps.items()):
            terminalreporter.write_line(f"{count:6d}  {step}")


@pytest.fixture(autouse=True)
def no_settings_from_the_environment(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's INVOICEXPRESS_* variables (set for the command line, or for the live tests) reach only the
    live tests: every other test decides its client's settings itself."""
    if request.node.get_closest_marker("live") is None:
        for name in ("INVOICEXPRESS_API_KEY", "INVOICEXPRESS_ACCOUNT_NAME", "INVOICEXPRESS_BASE_URL"):
            monkeypatch.delenv(name, raising=False)
