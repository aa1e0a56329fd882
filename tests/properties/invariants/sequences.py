"""After each write to the series: a created series is readable, on its own and in the list; after set default,
exactly one series is the default, the one chosen; after register, every ATCUD type of the series has an AT
code, and register never succeeds twice for the same series."""

import re
from typing import Any

from invoicexpress_fake.domain.series import ATCUD_TYPES

from . import after

AT_CODE = re.compile(r"^[A-Z0-9]{8,}$")


def listed(machine: Any) -> list[dict[str, Any]]:
    series: list[dict[str, Any]] = machine.http.get("/sequences.json").json()["sequences"]
    return series


@after("createSequence")
def created_series_is_readable_and_listed(machine: Any, case: Any, response: Any) -> None:
    created = response.json()["sequence"]
    read = machine.http.get(f"/sequences/{created['id']}.json")
    assert read.status_code == 200, f"created series {created['id']} cannot be read: {read.status_code}"
    assert read.json()["sequence"] == created
    assert created in listed(machine)


@after("setSequenceDefault")
def exactly_one_default_the_one_chosen(machine: Any, case: Any, response: Any) -> None:
    chosen = int(case.path_parameters["sequence_id"])
    defaults = [series["id"] for series in listed(machine) if series["default_sequence"] == 1]
    assert defaults == [chosen], f"defaults after setting {chosen}: {defaults}"


@after("registerSequence")
def registered_once_with_every_code(machine: Any, case: Any, response: Any) -> None:
    registered = response.json()["sequences"][0]
    done = machine.memory.setdefault("registered", set())
    assert registered["id"] not in done, f"series {registered['id']} registered twice"
    done.add(registered["id"])
    for series in (registered, machine.http.get(f"/sequences/{registered['id']}.json").json()["sequence"]):
        codes = [series[f"current_{doc_type}_validation_code"] for doc_type in ATCUD_TYPES]
        assert all(AT_CODE.match(code) for code in codes), f"not all registered: {codes}"
