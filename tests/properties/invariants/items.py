"""After each write to the catalogue: a created item is readable; an update shows in the next read; a deleted
item is gone; item names stay unique."""

from decimal import Decimal
from typing import Any

from . import after, body


def names_are_unique(machine: Any) -> None:
    names: list[str] = []
    page = 1
    while entries := body(machine.http.get("/items.json", params={"page": page, "per_page": 100}))["items"]:
        names += [item["name"] for item in entries]
        page += 1
    assert len(names) == len(set(names)), names


@after("createItem")
def created_item_is_readable(machine: Any, case: Any, response: Any) -> None:
    created = body(response)["item"]
    read = machine.http.get(f"/items/{created['id']}.json")
    assert read.status_code == 200
    assert body(read)["item"] == created
    assert created["name"] == case.body["item"]["name"]
    sent = case.body["item"]["unit_price"]  # a float as written: its shortest repr
    assert Decimal(created["unit_price"]) == Decimal(repr(sent) if isinstance(sent, float) else sent)
    names_are_unique(machine)


@after("updateItem")
def update_shows_in_the_next_read(machine: Any, case: Any, response: Any) -> None:
    read = body(machine.http.get(f"/items/{case.path_parameters['item_id']}.json"))["item"]
    sent = case.body["item"]
    assert (read["name"], read["description"]) == (sent["name"], sent["description"])
    names_are_unique(machine)


@after("deleteItem")
def deleted_item_is_gone(machine: Any, case: Any, response: Any) -> None:
    assert machine.http.get(f"/items/{case.path_parameters['item_id']}.json").status_code == 404
