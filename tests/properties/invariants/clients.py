"""After each write to the clients: a created client is readable by its id, its name and its code; an update
shows in the next read and keeps the fields it did not send."""

from typing import Any

from . import after


@after("createClient")
def created_client_is_found_by_id_name_and_code(machine: Any, case: Any, response: Any) -> None:
    created = response.json()["client"]
    read = machine.http.get(f"/clients/{created['id']}.json")
    assert read.status_code == 200
    assert read.json()["client"] == created
    by_name = machine.http.get("/clients/find-by-name.json", params={"client_name": created["name"]})
    assert by_name.json()["client"]["id"] == created["id"]
    machine.memory[("client", str(created["id"]))] = created
    if created["code"]:
        by_code = machine.http.get("/clients/find-by-code.json", params={"client_code": created["code"]})
        assert by_code.json()["client"]["id"] == created["id"]


@after("updateClient")
def update_shows_and_keeps_what_it_did_not_send(machine: Any, case: Any, response: Any) -> None:
    client_id = str(case.path_parameters["client_id"])
    before = machine.memory.get(("client", client_id))
    read = machine.http.get(f"/clients/{client_id}.json").json()["client"]
    sent = case.body["client"]
    assert read["name"] == sent["name"]
    for field, value in sent.items():
        if field in read and isinstance(value, str) and field != "send_options":  # a field it does not know: kept out
            assert read[field] == (value or None if field == "code" else value), field  # an empty code is none
    if before is not None:
        for field, value in before.items():
            if field not in sent and field != "name":
                assert read[field] == value, f"{field} changed though the update did not send it"
    machine.memory[("client", client_id)] = read


@after("getClient")
def remember_a_client_read(machine: Any, case: Any, response: Any) -> None:
    """What an update that follows must keep (reads are steps too)."""
    machine.memory[("client", str(case.path_parameters["client_id"]))] = response.json()["client"]
