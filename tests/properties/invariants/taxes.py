"""After each write to the taxes: a created tax is readable and listed; an update shows in the next read; a
deleted tax is gone; the account never has two default taxes."""

from decimal import Decimal
from typing import Any

from . import after, body


def at_most_one_default(machine: Any) -> None:
    taxes = body(machine.http.get("/taxes.json"))["taxes"]
    assert sum(tax["default_tax"] for tax in taxes) <= 1, taxes


@after("createTax")
def created_tax_is_readable_and_listed(machine: Any, case: Any, response: Any) -> None:
    created = body(response)["tax"]
    read = machine.http.get(f"/taxes/{created['id']}.json")
    assert read.status_code == 200
    assert body(read)["tax"] == created
    assert created["id"] in [tax["id"] for tax in body(machine.http.get("/taxes.json"))["taxes"]]
    assert created["name"] == case.body["tax"]["name"]
    assert Decimal(created["value"]) == Decimal(case.body["tax"]["value"])
    at_most_one_default(machine)


@after("updateTax")
def update_shows_in_the_next_read(machine: Any, case: Any, response: Any) -> None:
    read = body(machine.http.get(f"/taxes/{case.path_parameters['tax_id']}.json"))["tax"]
    sent = case.body["tax"]
    assert read["name"] == sent["name"]
    assert Decimal(read["value"]) == Decimal(sent["value"])
    at_most_one_default(machine)


@after("deleteTax")
def deleted_tax_is_gone(machine: Any, case: Any, response: Any) -> None:
    tax_id = case.path_parameters["tax_id"]
    assert machine.http.get(f"/taxes/{tax_id}.json").status_code == 404
    assert int(tax_id) not in [tax["id"] for tax in body(machine.http.get("/taxes.json"))["taxes"]]
