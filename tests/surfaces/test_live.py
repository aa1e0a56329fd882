"""Live mode: the client and schemathesis checks, read-only, against the real InvoiceXpress.

They run against https://{INVOICEXPRESS_ACCOUNT_NAME}.app.invoicexpress.com when INVOICEXPRESS_ACCOUNT_NAME and
INVOICEXPRESS_API_KEY are set (INVOICEXPRESS_BASE_URL points them elsewhere), and are skipped otherwise. The
same tests always run against the fake on loopback too, so their code path never rots. Only read-only
operations are sent: creating or registering a series changes the account's Tax Authority records for good.
"""

import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from conftest import SwitchableApp
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_fake import create_app, seeded_account
from schemathesis.config import SchemathesisConfig
from support import BUNDLE, ContractOperation, load_bundle, operations
from support_contract import excluded_checks

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

LIVE_VARIABLES = ("INVOICEXPRESS_ACCOUNT_NAME", "INVOICEXPRESS_API_KEY")
# Fewer than against the fake: the real account allows 780 requests a minute.
LIVE_MAX_EXAMPLES = int(os.environ.get("INVOICEXPRESS_LIVE_MAX_EXAMPLES", "25"))


@dataclass(frozen=True)
class Target:
    account_name: str
    api_key: str = ""
    base_url: str | None = None

    def __repr__(self) -> str:  # keeps the key out of pytest's reports
        return f"Target({self.account_name!r}, base_url={self.base_url!r})"

    def client(self) -> InvoiceXpressClient:
        return InvoiceXpressClient(
            account_name=self.account_name, api_key=self.api_key, base_url=self.base_url, strict=True
        )

    def url(self) -> str:
        return str(self.client().base_url)


CURRENT: dict[str, Target] = {}


@pytest.fixture(scope="module", params=["fake", "live"])
def target(request: pytest.FixtureRequest, loopback: tuple[SwitchableApp, str]) -> Iterator[Target]:
    if request.param == "fake":
        key = secrets.token_hex(16)
        switchable, url = loopback
        switchable.app = create_app(seeded_account(key))
        CURRENT["target"] = Target("acme", key, url)
    else:
        missing = [name for name in LIVE_VARIABLES if not os.environ.get(name)]
        if missing:
            pytest.skip(f"live InvoiceXpress not configured: set {' and '.join(missing)} to run read-only live checks")
        CURRENT["target"] = Target(
            os.environ["INVOICEXPRESS_ACCOUNT_NAME"],
            os.environ["INVOICEXPRESS_API_KEY"],
            os.environ.get("INVOICEXPRESS_BASE_URL") or None,
        )
    yield CURRENT["target"]
    CURRENT.clear()


def test_lists_the_accounts_series(target: Target) -> None:
    with target.client() as client:
        listed = list_sequences.sync(client=client)  # raises InvalidResponse if anything breaks the contract
    assert [series.default_sequence for series in listed.sequences].count(1) == 1
    fields = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    code = re.compile(fields["current_invoice_validation_code"]["pattern"])
    for series in listed.sequences:
        codes = [value for name, value in series.to_dict().items() if name.endswith("_validation_code")]
        assert len(codes) == 15
        assert all(code.match(value) for value in codes)


# The lists the contract declares read-only (`x-read-only`, `x-list`): each is read whole, page by page.
READ_ONLY_LISTS = [operation for operation in operations() if operation.read_only and "x-list" in operation.declared]


@pytest.mark.parametrize("operation", READ_ONLY_LISTS, ids=lambda operation: operation.operation_id)
def test_every_list_reads_whole(operation: ContractOperation, target: Target) -> None:
    with target.client() as client:
        first = getattr(getattr(client, operation.tag), operation.method_name)()  # strict: any deviation raises
        walked = list(first.auto_paging_iter())
    assert walked[: len(first)] == list(first)
    assert len(walked) == (first.pagination.total_entries if first.pagination else len(walked))


# Only what the contract declares changes nothing is sent, whatever its method.
readonly = schemathesis.openapi.from_path(
    BUNDLE,
    config=SchemathesisConfig.from_dict(
        {"generation": {"max-examples": LIVE_MAX_EXAMPLES, "mode": "positive", "database": "none"}}
    ),
).include(operation_id=[operation.operation_id for operation in operations() if operation.read_only])


@readonly.parametrize()
def test_readonly_operations_conform(case: schemathesis.Case[Any], target: Target) -> None:
    assert case.operation.definition.raw.get("x-read-only") is True
    # Valid requests only (positive mode), each with the target's key; the `ignored_auth` check still sends
    # each one without it and expects a 401.
    case.query = {**(case.query or {}), "api_key": target.api_key}
    case.call_and_validate(base_url=target.url(), excluded_checks=excluded_checks(case))
