"""What must hold of the fake account after each successful write the stateful test makes, one module per
resource: each registers its checks with `@after("operationId")`. A check gets the state machine (its `http`, a
client of the fake, and `memory`, a dict that lasts the scenario), the case sent and the answer; it asserts
what schemathesis cannot see on `.json` paths (a created record readable and listed, a deleted one gone).
`checks()` imports every module of this package and returns the checks by operation."""

import importlib
import json
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from typing import Any

Check = Callable[[Any, Any, Any], None]
_CHECKS: dict[str, list[Check]] = {}


def after(operation_id: str) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        _CHECKS.setdefault(operation_id, []).append(check)
        return check

    return register


def body(response: Any) -> Any:
    """An answer's JSON, its numbers with a fraction read exactly (money compared as sent)."""
    return json.loads(response.content, parse_float=Decimal)


def checks() -> dict[str, list[Check]]:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return _CHECKS
