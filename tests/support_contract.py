"""What the property tests add to schemathesis: a request count per operation, and checks of properties the
contract states in prose and examples rather than in schemas."""

import json
import os
import re
from collections import Counter
from functools import cache
from typing import Any

from invoicexpress_client._answer import error_details
from schemathesis.config import SchemathesisConfig
from schemathesis.core.transport import Response
from starlette.types import ASGIApp, Receive, Scope, Send
from support import load_bundle

# At least 100 per operation; raise it for a deeper run: SCHEMATHESIS_MAX_EXAMPLES=1000 scripts/test
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))
# The same examples on every run, so that a failure in CI replays on any machine; SCHEMATHESIS_SEED=random
# explores new ones (the failure report then gives the seed to replay with).
SEED_SETTING = os.environ.get("SCHEMATHESIS_SEED", "20261128")
SEED = None if SEED_SETTING == "random" else int(SEED_SETTING)
# Requests that reached the fake, per "transport: METHOD /path/template"; printed at the end of the run.
REQUESTS: Counter[str] = Counter()


@cache
def path_templates() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"), path)
        for path in load_bundle()["paths"]
    ]


class Counting:
    """Counts the requests that reach the fake, per transport and operation."""

    def __init__(self, app: ASGIApp, transport: str) -> None:
        self.app = app
        self.transport = transport

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            template = next((path for pattern, path in path_templates() if pattern.match(scope["path"])), "(other)")
            REQUESTS[f"{self.transport}: {scope['method']} {template}"] += 1
        await self.app(scope, receive, send)


@cache
def documented_codes(operation_id: str, status: str) -> frozenset[str]:
    """The error codes the contract's examples give for an operation's status, read from any of the service's
    error shapes as the client reads them."""
    document = load_bundle()
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                response = operation["responses"].get(status, {})
                while "$ref" in response:
                    response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                examples = response.get("content", {}).get("application/json", {}).get("examples", {})
                return frozenset(code for example in examples.values() if (code := error_details(example["value"])[0]))
    return frozenset()


def documented_codes_only(ctx: Any, response: Response, case: Any) -> bool | None:
    """An error body's code, whatever its shape, must be one the contract documents for that operation and
    status."""
    if response.status_code < 400:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # not a JSON error body (an empty 401, a 405's text): other checks judge those
    code = error_details(body)[0]
    if code is None:
        return None
    documented = documented_codes(case.operation.definition.raw["operationId"], str(response.status_code))
    assert code in documented, f"code {code!r} is not documented for {case.operation.label} {response.status_code}"
    return True


# `/invoices.json` is two paths of the contract at once: the family's list (GET) and the creation of an invoice
# (the POST of `/{document-type}.json`), so it rightly answers both methods (and its Allow lists both) where either
# path documents one: the checks of the methods a path answers cannot hold of these two.
SHARED_PATHS = ("/invoices.json", "/{document-type}.json")


def excluded_checks(case: Any) -> list[Any]:
    """The checks a case's path cannot meet (SHARED_PATHS), for `call_and_validate(excluded_checks=...)`."""
    from schemathesis.specs.openapi.checks import allow_header_conformance, unsupported_method

    return [allow_header_conformance, unsupported_method] if case.operation.path in SHARED_PATHS else []


def config(api_key: str, max_examples: int = MAX_EXAMPLES) -> SchemathesisConfig:
    """All checks, valid and invalid requests, the fake's key for the `ApiKey` scheme."""
    return SchemathesisConfig.from_dict(
        {
            **({"seed": SEED} if SEED is not None else {}),
            "auth": {"openapi": {"ApiKey": {"api_key": api_key}}},
            "generation": {"max-examples": max_examples, "mode": "all", "database": "none"},
            # Valid-looking requests meet business rules (a name taken, a series registered already, an id of
            # nothing): a documented refusal is an answer to them too, and status_code_conformance checks that
            # the status is one the operation documents.
            "checks": {"positive_data_acceptance": {"expected-statuses": ["2XX", "400", "401", "404", "409", "422"]}},
        }
    )
