"""Fixtures of the fake's own tests: HTTP clients pointed at the fake over loopback, with and without the key,
and the same loopback server serving an app set up otherwise."""

from collections.abc import Callable, Iterator

import httpx
import pytest
from conftest import SwitchableApp
from starlette.applications import Starlette


@pytest.fixture
def http(fake_url: str) -> Iterator[httpx.Client]:
    """A client of the fake that sends no key unless told."""
    with httpx.Client(base_url=fake_url) as client:
        yield client


@pytest.fixture
def api(fake_url: str, api_key: str) -> Iterator[httpx.Client]:
    """A client of the fake that sends the account's key with every request, as another team's client would."""
    with httpx.Client(base_url=fake_url, params={"api_key": api_key}) as client:
        yield client


@pytest.fixture
def serve(loopback: tuple[SwitchableApp, str]) -> Iterator[Callable[[Starlette], str]]:
    """Serve another app (one set up with other options) on the session's loopback server; gives its base URL."""
    switchable, url = loopback

    def serving(app: Starlette) -> str:
        switchable.app = app
        return url

    yield serving
    switchable.app = None
