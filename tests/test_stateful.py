"""Stateful property tests: schemathesis chains the operations along the contract's links (list → get →
register / set default; create → get / register / set default), and after each step these tests assert what
schemathesis cannot see on `.json` paths:

- a created series is readable, on its own and in the list;
- after set default, exactly one series is the default, and it is the one chosen;
- after register, every ATCUD type of the series has an AT code;
- register never succeeds twice for the same series.

Each scenario starts from a freshly seeded account, served over loopback.
"""

import os
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import hypothesis
import pytest
import schemathesis
from conftest import SwitchableApp
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.series import ATCUD_TYPES
from schemathesis.core.transport import Response
from support import BUNDLE
from support_contract import SEED, Counting, config, documented_codes_only

KEY = "stateful-test-key"
SCENARIOS = int(os.environ.get("SCHEMATHESIS_STATEFUL_SCENARIOS", "100"))
AT_CODE = re.compile(r"^[A-Z0-9]{8,}$")
STEPS: Counter[str] = Counter()

schema = schemathesis.openapi.from_path(BUNDLE, config=config(KEY))


class SequencesMachine(schema.as_state_machine()):  # type: ignore[misc]
    server: ClassVar[SwitchableApp]
    url: ClassVar[str]
    http: ClassVar[httpx.Client]  # for the assertions' own requests; one for the run, made once

    def setup(self) -> None:
        self.server.app = Counting(create_app(seeded_account(KEY)), "stateful")
        self.registered: set[int] = set()
        STEPS["scenarios"] += 1

    def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
        return {"base_url": self.url}

    def validate_response(self, response: Response, case: schemathesis.Case[Any], **kwargs: Any) -> None:
        super().validate_response(response, case, additional_checks=[documented_codes_only], **kwargs)

    def listed(self) -> list[dict[str, Any]]:
        series: list[dict[str, Any]] = self.http.get("/sequences.json").json()["sequences"]
        return series

    def after_call(self, response: Response, case: schemathesis.Case[Any]) -> None:
        operation = case.operation.definition.raw["operationId"]
        STEPS[f"{operation} {response.status_code}"] += 1
        if response.status_code >= 300:
            return
        if operation == "createSequence":
            created = response.json()["sequence"]
            read = self.http.get(f"/sequences/{created['id']}.json")
            assert read.status_code == 200, f"created series {created['id']} cannot be read: {read.status_code}"
            assert read.json()["sequence"] == created
            assert created in self.listed()
        elif operation == "setSequenceDefault":
            chosen = int(case.path_parameters["sequence_id"])
            defaults = [series["id"] for series in self.listed() if series["default_sequence"] == 1]
            assert defaults == [chosen], f"defaults after setting {chosen}: {defaults}"
        elif operation == "registerSequence":
            registered = response.json()["sequences"][0]
            assert registered["id"] not in self.registered, f"series {registered['id']} registered twice"
            self.registered.add(registered["id"])
            for series in (registered, self.http.get(f"/sequences/{registered['id']}.json").json()["sequence"]):
                codes = [series[f"current_{doc_type}_validation_code"] for doc_type in ATCUD_TYPES]
                assert all(AT_CODE.match(code) for code in codes), f"not all registered: {codes}"


@pytest.fixture
def machine(loopback: tuple[SwitchableApp, str]) -> Iterator[type[SequencesMachine]]:
    SequencesMachine.server, SequencesMachine.url = loopback
    with httpx.Client(base_url=SequencesMachine.url, params={"api_key": KEY}, timeout=10) as http:
        SequencesMachine.http = http
        yield SequencesMachine
    loopback[0].app = None


def test_operations_chained_along_links_keep_the_accounts_invariants(machine: type[SequencesMachine]) -> None:
    machine.run(
        settings=hypothesis.settings(
            max_examples=SCENARIOS,
            stateful_step_count=8,
            deadline=None,
            database=None,
            derandomize=SEED is not None,  # pinned unless SCHEMATHESIS_SEED=random
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    # The run must have reached the transitions whose properties it asserts (each comes dozens of times a run).
    for reached in ("createSequence 201", "setSequenceDefault 200", "registerSequence 200"):
        assert STEPS[reached], f"no {reached!r} in {dict(STEPS)}"
