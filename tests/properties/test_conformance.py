"""Property tests: schemathesis generates requests from the contract (valid and invalid ones) and checks every
answer of the fake against it, with all of its checks: in depth in-process over ASGI, and a tenth as many over
loopback through uvicorn (what the sockets, the server and its headers add)."""

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from conftest import SwitchableApp
from invoicexpress_fake import create_app, seeded_account
from support import BUNDLE
from support_contract import MAX_EXAMPLES, Counting, config, documented_codes_only, excluded_checks

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

KEY = "conformance-" + os.urandom(8).hex()
in_process = schemathesis.openapi.from_path(BUNDLE, config=config(KEY))
in_process.app = Counting(create_app(seeded_account(KEY)), "asgi")
over_loopback = schemathesis.openapi.from_path(BUNDLE, config=config(KEY, max_examples=max(1, MAX_EXAMPLES // 10)))


@in_process.parametrize()
def test_fake_conforms_in_process(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(additional_checks=[documented_codes_only], excluded_checks=excluded_checks(case))


@pytest.fixture(scope="module")
def loopback_url(loopback: tuple[SwitchableApp, str]) -> Iterator[str]:
    switchable, url = loopback
    switchable.app = Counting(create_app(seeded_account(KEY)), "loopback")
    yield url
    switchable.app = None


@over_loopback.parametrize()
def test_fake_conforms_over_loopback(case: schemathesis.Case[Any], loopback_url: str) -> None:
    case.call_and_validate(
        base_url=loopback_url, additional_checks=[documented_codes_only], excluded_checks=excluded_checks(case)
    )
