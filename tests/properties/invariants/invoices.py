"""After each write to the documents of the invoices family: a created document is a draft of its path's type,
readable under its type's own key and numberless; an update shows in the next read; a change of state leads
where the type's row of the table says, and finalizing takes the series' next number, written back to it, with
the ATCUD of the series' code; an e-mail leaves the document as it was."""

from functools import cache
from typing import Any

from support import load_bundle

from . import after, body


@cache
def rows() -> dict[str, dict[str, Any]]:
    """The table's rows of the family, by path segment."""
    return {row["path"]: row for row in load_bundle()["x-document-types"] if "path" in row}


def read(machine: Any, path: str, document_id: int) -> dict[str, Any]:
    answer = machine.http.get(f"/{path}/{document_id}.json")
    assert answer.status_code == 200, answer.text
    document: dict[str, Any] = body(answer)[rows()[path]["answer-roots"][0]]
    return document


def answered(path: str, response: Any) -> dict[str, Any]:
    """The document of an answer, under the type's own key (the fake's; the client also takes the family's)."""
    document: dict[str, Any] = body(response)[rows()[path]["answer-roots"][0]]
    return document


def series_number(machine: Any, path: str, sequence_id: int) -> tuple[str, int, str]:
    """(series' name, last number, validation code) of the numbering `sequence_id` of the path's type."""
    name = rows()[path]["name"]
    for series in body(machine.http.get("/sequences.json"))["sequences"]:
        if series[f"current_{name}_sequence_id"] == sequence_id:
            return series["serie"], series[f"current_{name}_number"], series[f"current_{name}_validation_code"]
    raise AssertionError(f"no series numbers {name} with {sequence_id}")


@after("createInvoice")
def created_document_is_a_numberless_draft_of_its_type(machine: Any, case: Any, response: Any) -> None:
    path = case.path_parameters["document-type"]
    uid = (case.body or {}).get("proprietary_uid") if isinstance(case.body, dict) else None
    first = machine.memory.get(("uid", uid)) if isinstance(uid, str) else None
    [(key, created)] = body(response).items()
    if first is not None:  # a creation key seen already: the first document again (the fake's default)
        assert created["id"] == first
        return
    assert key == rows()[path]["answer-roots"][0]
    assert (created["type"], created["status"], created["atcud"]) == (rows()[path]["type"], "draft", None)
    assert read(machine, path, created["id"]) == created
    machine.memory[("document", created["id"])] = created
    if isinstance(uid, str):
        machine.memory[("uid", uid)] = created["id"]


@after("updateInvoice")
def update_shows_in_the_next_read(machine: Any, case: Any, response: Any) -> None:
    path, document_id = case.path_parameters["document-type"], case.path_parameters["document-id"]
    again = read(machine, path, document_id)
    assert again == answered(path, response)
    assert again["status"] == "draft"
    assert [line["name"] for line in again["items"]] == [line["name"] for line in case.body["invoice"]["items"]]


@after("changeInvoiceState")
def a_change_leads_where_the_table_says(machine: Any, case: Any, response: Any) -> None:
    path, document_id = case.path_parameters["document-type"], case.path_parameters["document-id"]
    before = machine.memory.get(("document", document_id))
    changed = answered(path, response)
    assert read(machine, path, document_id) == changed
    event = case.body["invoice"]["state"]
    if before is not None:
        assert changed["status"] == rows()[path]["states"][before["status"]][event]
    if event == "finalized":
        serie, last, code = series_number(machine, path, changed["sequence_id"])
        assert changed["sequence_number"] == f"{last}/{serie}"
        assert changed["atcud"] == (code if code in ("N/D", "N/A") else f"{code}-{last}")
    machine.memory[("document", document_id)] = changed


@after("sendInvoiceEmail")
def an_email_leaves_the_document_as_it_was(machine: Any, case: Any, response: Any) -> None:
    path, document_id = case.path_parameters["document-type"], case.path_parameters["document-id"]
    before = machine.memory.get(("document", document_id))
    if before is not None:
        assert read(machine, path, document_id)["status"] == before["status"]
