"""The fake's documents of the invoices family, as a team's client sees them over HTTP: a create answers a draft
under its type's own key (read under the family's key or the type's), finalizing numbers it in its series and
writes the number back, drafts take none, dates keep their order, totals are Decimal and rounded as chosen, the
client and the catalogue items a document names are found or added, every state change is the table's, an
e-mail is sent or refused, the family's list filters and pages, and a `proprietary_uid` seen again is answered as
`--uid-replay` says. Each write is checked in the account's typed state, and each refusal shown to leave it as
it was."""

import copy
from collections import deque
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain.document_types import BY_PATH, KINDS, DocumentKind
from invoicexpress_fake.domain.documents import Line, LineTax
from starlette.applications import Starlette

from .wire import BAD_REQUEST, send, state

NOW = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
TODAY = "02/12/2026"
# The seeded documents (seed.DOCUMENTS): two final invoices, a credit note, a draft, in the default series 2026.
FIRST_INVOICE, SETTLED_INVOICE, CREDIT_NOTE, DRAFT = 9601, 9602, 9603, 9604
SERIES_2022, SERIES_2026, SERIES_LOJA = 146090, 146124, 146141
LINE = {"name": "Pão de forma", "description": "Pão de forma 500 g", "unit_price": 1.6981, "quantity": 40}
NEW = {"date": TODAY, "due_date": "31/12/2026", "client": {"name": "Café Aurora, Unipessoal Lda.", "code": "C0043"}}
EVENTS = sorted({event for kind in BY_PATH.values() for events in kind.states.values() for event in events})


@pytest.fixture
def account(api_key: str) -> Account:
    """The seeded account on a clock that stands still, so that its documents' dates are known."""
    return seeded_account(api_key, clock=lambda: NOW)


def everything(account: Account) -> tuple[Any, ...]:
    return (*state(account), copy.deepcopy(account.documents))


def new_document(**fields: Any) -> dict[str, Any]:
    return {**NEW, "items": [LINE], **fields}


def create(api: httpx.Client, kind: DocumentKind, **fields: Any) -> dict[str, Any]:
    response = api.post(f"/{kind.path}.json", json={"invoice": new_document(**fields)})
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()[kind.answer_roots[0]]
    return document


def change(api: httpx.Client, kind: DocumentKind, document_id: int, event: object, **extra: str) -> httpx.Response:
    return api.put(f"/{kind.path}/{document_id}/change-state.json", json={"invoice": {"state": event, **extra}})


def series_field(api: httpx.Client, series_id: int, name: str) -> Any:
    return api.get(f"/sequences/{series_id}.json").json()["sequence"][name]


def errors(*messages: str) -> dict[str, list[dict[str, str]]]:
    return {"errors": [{"error": message} for message in messages]}


def error(message: str) -> dict[str, dict[str, str]]:
    return {"errors": {"error": message}}


INVOICE = KINDS["invoice"]
CREDIT = KINDS["credit_note"]
FAMILY = list(BY_PATH.values())


# Create, get


def test_create_answers_201_with_a_draft_and_its_totals(api: httpx.Client, account: Account) -> None:
    body = {"invoice": new_document(reference="PO-2026-118", items=[{**LINE, "tax": {"name": "IVA6"}}])}
    response = api.post("/invoices.json", json=body)
    assert response.status_code == 201
    created = response.json()["invoice"]
    assert created == {
        "id": created["id"],
        "status": "draft",
        "archived": False,
        "type": "Invoice",
        "sequence_number": "rascunho",
        "inverted_sequence_number": "rascunho",
        "atcud": None,
        "sequence_id": SERIES_2026,
        "date": TODAY,
        "due_date": "31/12/2026",
        "reference": "PO-2026-118",
        "observations": None,
        "retention": None,
        "permalink": created["permalink"],
        "saft_hash": None,
        "sum": 67.924,
        "discount": 0.0,
        "before_taxes": 67.924,
        "taxes": 4.07544,
        "total": 72.0,
        "currency": "Euro",
        "tax_exemption": "",
        "client": {
            "id": 8011,
            "name": "Café Aurora, Unipessoal Lda.",
            "code": "C0043",
            "email": "faturas.c0043@example.pt",
            "country": "Portugal",
        },
        "items": [
            {
                "name": "Pão de forma",
                "description": "Pão de forma 500 g",
                "unit_price": "1.6981",
                "unit": "unit",
                "quantity": "40.0",
                "tax": {"id": 1213, "name": "IVA6", "value": 6.0},
                "discount": 0.0,
                "subtotal": 67.924,
                "tax_amount": 4.07544,
                "discount_amount": 0.0,
                "total": 72.0,
            }
        ],
        "owner_invoice_id": None,
        "proprietary_uid": None,
    }
    assert created["permalink"].startswith("https://www.app.invoicexpress.com/documents/")
    assert b'"unit_price":"1.6981","unit":"unit","quantity":"40.0"' in response.content
    assert b'"total":72.0' in response.content
    document = account.documents[created["id"]]
    assert (document.kind, document.status, document.number, document.created_at) == (INVOICE, "draft", None, NOW)
    assert (document.date, document.due_date) == (date(2026, 12, 2), date(2026, 12, 31))
    tax = LineTax(1213, "IVA6", Decimal("6.0"))
    assert document.lines == [
        Line("Pão de forma", "Pão de forma 500 g", Decimal("1.6981"), Decimal(40), Decimal(0), "unit", tax)
    ]
    assert api.get(f"/invoices/{created['id']}.json").json() == {"invoice": created}


@pytest.mark.parametrize("kind", FAMILY, ids=lambda kind: kind.name)
@pytest.mark.parametrize("own_key", [False, True], ids=["under the family's key", "under the type's own key"])
def test_each_type_is_created_from_either_key_and_answers_under_its_own(
    api: httpx.Client, account: Account, kind: DocumentKind, own_key: bool
) -> None:
    root = kind.answer_roots[0] if own_key else kind.request_root
    assert root is not None
    response = api.post(f"/{kind.path}.json", json={root: new_document()})
    assert response.status_code == 201
    assert set(response.json()) == {kind.answer_roots[0]}
    created = response.json()[kind.answer_roots[0]]
    assert (created["type"], created["status"]) == (kind.type, next(iter(kind.states)))
    assert account.documents[created["id"]].kind is kind
    series = account.series[SERIES_2026]
    assert created["sequence_id"] == series.numbering[kind.name].sequence_id
    assert api.get(f"/{kind.path}/{created['id']}.json").json() == {kind.answer_roots[0]: created}


def test_documents_of_every_type_share_one_id_space(api: httpx.Client) -> None:
    ids = [create(api, kind)["id"] for kind in FAMILY]
    assert ids == list(range(DRAFT + 1, DRAFT + 1 + len(FAMILY)))


@pytest.mark.parametrize("path", ["/invoices/999999.json", f"/credit_notes/{FIRST_INVOICE}.json", "/invoices/abc.json"])
def test_get_of_no_such_document_of_the_type_is_an_empty_404(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert (response.status_code, response.content) == (404, b"")


# The client and the catalogue


def test_a_known_client_is_found_by_code_before_name(api: httpx.Client, account: Account) -> None:
    clients = len(account.clients)
    by_code = create(api, INVOICE, client={"name": "Hotel Miramar, S.A.", "code": "C0043"})
    assert by_code["client"]["id"] == 8011
    by_name = create(api, INVOICE, client={"name": "Hotel Miramar, S.A.", "code": "NOPE"})
    assert by_name["client"]["id"] == 8013
    assert len(account.clients) == clients


def test_an_unknown_client_is_added_to_the_account(api: httpx.Client, account: Account) -> None:
    given = {"name": "Sapataria Nova", "code": "C0099", "email": "sapataria@example.pt", "country": "Portugal"}
    created = create(api, INVOICE, client={**given, "fiscal_id": "999999990"})
    client = account.clients[created["client"]["id"]]
    assert (client.name, client.code, client.email, client.fiscal_id) == (
        "Sapataria Nova",
        "C0099",
        "sapataria@example.pt",
        "999999990",
    )
    assert created["client"] == {"id": client.id, **given}
    assert api.get("/clients/find-by-code.json", params={"client_code": "C0099"}).json()["client"]["id"] == str(
        client.id
    )


def test_a_new_client_with_an_invalid_nif_is_refused_as_a_client_is(api: httpx.Client, account: Account) -> None:
    before = everything(account)
    body = {"invoice": new_document(client={"name": "Sapataria Nova", "fiscal_id": "123456788"})}
    response = api.post("/invoices.json", json=body)
    assert (response.status_code, response.json()) == (422, {"errors": ["Fiscal is invalid"]})
    assert everything(account) == before


def test_a_line_adds_an_unknown_item_and_updates_a_known_one(api: httpx.Client, account: Account) -> None:
    lines = [
        {"name": "Parafuso", "description": "Parafuso M6", "unit_price": "0.25", "quantity": "100", "unit": "unit"},
        {"name": "Café", "description": "Bica", "unit_price": 0.7, "quantity": 2, "tax": {"name": "IVA6"}},
    ]
    create(api, INVOICE, items=lines)
    added = next(item for item in account.items.values() if item.name == "Parafuso")
    assert (added.description, added.unit_price, added.unit, added.tax.name if added.tax else None) == (
        "Parafuso M6",
        Decimal("0.25"),
        "unit",
        "IVA23",
    )
    cafe = account.items[3044]
    assert (cafe.description, cafe.unit_price, cafe.tax.name if cafe.tax else None) == ("Bica", Decimal("0.7"), "IVA6")


@pytest.mark.parametrize("tax", [{"name": "IVA99"}, None], ids=["a tax that is none", "no tax"])
def test_a_line_charged_no_known_tax_gets_the_default(api: httpx.Client, tax: dict[str, str] | None) -> None:
    line = {**LINE} if tax is None else {**LINE, "tax": tax}
    created = create(api, INVOICE, items=[line])
    assert created["items"][0]["tax"] == {"id": 1211, "name": "IVA23", "value": 23.0}


# Totals


def test_totals_are_decimal_with_discounts_and_taxes_the_totals_rounded_half_up(api: httpx.Client) -> None:
    lines = [
        {"name": "Consultoria", "description": "Horas", "unit_price": 10, "quantity": 3, "discount": 10},
        {"name": "Formação", "description": "Dia", "unit_price": 0.065, "quantity": 1, "tax": {"name": "Isento"}},
    ]
    created = create(api, INVOICE, items=lines)
    first, second = created["items"]
    assert (first["subtotal"], first["discount_amount"], first["tax_amount"], first["total"]) == (30, 3, 6.21, 33.21)
    # 0.065 is 0.07 halves up (0.06 to the even cent).
    assert (second["subtotal"], second["tax_amount"], second["total"]) == (0.065, 0, 0.07)
    assert (created["sum"], created["discount"], created["before_taxes"], created["taxes"]) == (30.065, 3, 27.065, 6.21)
    assert created["total"] == 33.28  # 33.275, halves up
    assert (first["unit_price"], first["quantity"], first["discount"]) == ("10.0", "3.0", 10.0)


# Refusals


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            {"invoice": {"items": [LINE], "date": TODAY}}, error("Elemento client não fornecido"), id="no client"
        ),
        pytest.param(
            {"invoice": new_document(client={"name": " "})}, error("Elemento client não fornecido"), id="blank name"
        ),
        pytest.param(
            {"invoice": {**NEW, "date": "31/02/2026"}},
            errors("Document should have at least one item", "Date is not valid"),
            id="no items and a date that is none",
        ),
        pytest.param(
            {"invoice": new_document(items=[])}, errors("Document should have at least one item"), id="no lines"
        ),
        pytest.param(
            {"invoice": new_document(date="2026-12-02", due_date="x")},
            errors("Date is not valid", "Due date is not valid"),
            id="dates",
        ),
        pytest.param(
            {"invoice": new_document(items=[{"quantity": 0, "discount": 101, "unit_price": "1,5"}, {}])},
            errors(
                "Name is a required field",
                "Description is a required field",
                "Price is not valid. Check the decimal mark and if you are inserting only numbers.",
                "Quantity is not valid",
                "Discount is not valid",
                "Price is a required field",
            ),
            id="lines, each message once",
        ),
        pytest.param(
            {"invoice": new_document(reference=5, retention="x", sequence_id="12a")},
            errors("Reference is not valid", "Retention is not valid", "Sequence is not valid"),
            id="fields of the wrong type",
        ),
        pytest.param(
            {"invoice": new_document(), "proprietary_uid": "x" * 101}, errors("Proprietary uid is not valid"), id="uid"
        ),
        pytest.param(
            {"invoice": new_document(sequence_id=SERIES_2026)},
            error(f"undefined method `match' for {SERIES_2026}:Integer"),
            id="sequence_id an integer",
        ),
        pytest.param(
            {"invoice": new_document(sequence_id="999")}, error("Sequence not found"), id="sequence_id of no series"
        ),
        pytest.param({"quote": new_document()}, error("Elemento client não fornecido"), id="another family's key"),
    ],
)
def test_a_refused_document_leaves_the_account_as_it_was(
    api: httpx.Client, account: Account, body: dict[str, Any], expected: dict[str, Any]
) -> None:
    before = everything(account)
    response = api.post("/invoices.json", json=body)
    assert (response.status_code, response.json()) == (422, expected)
    assert everything(account) == before


def test_a_body_not_json_is_no_document_and_unparseable_json_a_bad_request(api: httpx.Client) -> None:
    as_text = send(api, "POST", "/invoices.json", b'{"invoice": {}}', "text/plain")
    assert (as_text.status_code, as_text.json()) == (422, error("Elemento client não fornecido"))
    broken = send(api, "POST", "/invoices.json", b'{"invoice": ')
    assert (broken.status_code, broken.json()) == (400, BAD_REQUEST)


def test_a_series_numbering_of_another_type_is_refused(api: httpx.Client, account: Account) -> None:
    before = everything(account)
    body = {"invoice": new_document(sequence_id=str(SERIES_2026))}  # the series' own id: its invoices'
    response = api.post("/credit_notes.json", json=body)
    assert (response.status_code, response.json()) == (
        422,
        error("Sequence category mismatch invoices => credit_notes"),
    )
    assert everything(account) == before


# Numbering


@pytest.mark.parametrize("kind", FAMILY, ids=lambda kind: kind.name)
def test_finalizing_takes_the_next_number_and_writes_it_back_to_the_series(
    api: httpx.Client, account: Account, kind: DocumentKind
) -> None:
    last = series_field(api, SERIES_2026, f"current_{kind.name}_number")
    code = series_field(api, SERIES_2026, f"current_{kind.name}_validation_code")
    draft = create(api, kind)
    response = change(api, kind, draft["id"], "finalized")
    assert response.status_code == 200
    final = response.json()[kind.answer_roots[0]]
    number = last + 1
    assert final["status"] == kind.states[next(iter(kind.states))]["finalized"]
    assert (final["sequence_number"], final["inverted_sequence_number"]) == (f"{number}/2026", f"2026/{number}")
    assert final["atcud"] == f"{code}-{number}"
    assert len(final["saft_hash"]) == 4
    assert final["saft_hash"].isalnum()
    assert series_field(api, SERIES_2026, f"current_{kind.name}_number") == number
    assert account.documents[draft["id"]].number == number
    assert api.get(f"/{kind.path}/{draft['id']}.json").json()[kind.answer_roots[0]] == final


def test_drafts_and_deleted_drafts_take_no_number(api: httpx.Client, account: Account) -> None:
    deleted, kept = create(api, INVOICE), create(api, INVOICE)
    assert series_field(api, SERIES_2026, "current_invoice_number") == 128
    assert change(api, INVOICE, deleted["id"], "deleted").json()["invoice"]["sequence_number"] == "rascunho"
    assert series_field(api, SERIES_2026, "current_invoice_number") == 128
    final = change(api, INVOICE, kept["id"], "finalized").json()["invoice"]
    assert final["sequence_number"] == "129/2026"
    assert account.documents[deleted["id"]].number is None


def test_a_chosen_series_numbers_it_with_its_own_code_or_its_n_d(api: httpx.Client, account: Account) -> None:
    loja = account.series[SERIES_LOJA].numbering["credit_note"]
    note = create(api, CREDIT, sequence_id=str(loja.sequence_id), date="01/01/2026", due_date="01/01/2026")
    final = change(api, CREDIT, note["id"], "finalized").json()["credit_note"]
    assert (final["sequence_number"], final["atcud"]) == ("1/LOJA", f"{loja.validation_code}-1")
    assert series_field(api, SERIES_LOJA, "current_credit_note_number") == 1
    old = create(api, INVOICE, sequence_id=str(SERIES_2022))  # never registered
    final = change(api, INVOICE, old["id"], "finalized").json()["invoice"]
    assert (final["sequence_number"], final["atcud"]) == ("958/2022", "N/D")


def test_outside_portugal_the_atcud_is_n_a(api_key: str, serve: Callable[[Starlette], str]) -> None:
    account = seeded_account(api_key, tax_situation="not_portuguese", clock=lambda: NOW)
    with httpx.Client(base_url=serve(create_app(account)), params={"api_key": api_key}) as api:
        draft = create(api, INVOICE)
        assert change(api, INVOICE, draft["id"], "finalized").json()["invoice"]["atcud"] == "N/A"


def test_finalizing_before_the_last_finalized_of_its_type_and_series_is_refused(
    api: httpx.Client, account: Account
) -> None:
    draft = create(api, INVOICE, date="19/11/2026")  # the last invoice of 2026 is dated 20/11/2026
    before = everything(account)
    response = change(api, INVOICE, draft["id"], "finalized")
    expected = error("Date cannot be earlier than the last invoice of this sequence[20 Nov 26]")
    assert (response.status_code, response.json()) == (422, expected)
    assert everything(account) == before
    # The same day is not earlier; and a credit note is numbered apart from the invoices.
    same_day = create(api, INVOICE, date="20/11/2026")
    assert change(api, INVOICE, same_day["id"], "finalized").status_code == 200
    note = create(api, CREDIT, date="27/11/2026")
    assert change(api, CREDIT, note["id"], "finalized").status_code == 200


def test_finalizing_with_a_due_date_before_the_date_is_refused(api: httpx.Client, account: Account) -> None:
    draft = create(api, INVOICE, due_date="01/12/2026")
    before = everything(account)
    response = change(api, INVOICE, draft["id"], "finalized")
    expected = error("Vencimento deve ser igual ou posterior à data do documento")
    assert (response.status_code, response.json()) == (422, expected)
    assert everything(account) == before


def test_no_due_date_is_due_on_the_day(api: httpx.Client) -> None:
    body = {"invoice": {key: value for key, value in new_document().items() if key != "due_date"}}
    response = api.post("/invoice_receipts.json", json=body)
    assert response.json()["invoice_receipt"]["due_date"] == TODAY


# Changes of state, each type's by the table


def _path_to(kind: DocumentKind, target: str) -> list[str] | None:
    """The events that lead a new draft to `target`, by the table (None where none does)."""
    start = next(iter(kind.states))
    paths: dict[str, list[str]] = {start: []}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        for event, reached in kind.states[current].items():
            if reached not in paths:
                paths[reached] = [*paths[current], event]
                queue.append(reached)
    return paths.get(target)


STATE_CASES = [
    pytest.param(kind, state, event, id=f"{kind.name}-{state}-{event}")
    for kind in FAMILY
    for state in kind.states
    if _path_to(kind, state) is not None
    for event in EVENTS
]


@pytest.mark.parametrize(("kind", "state", "event"), STATE_CASES)
def test_each_event_is_taken_where_the_table_allows_it_and_cant_handle_elsewhere(
    api: httpx.Client, account: Account, kind: DocumentKind, state: str, event: str
) -> None:
    document_id = create(api, kind)["id"]
    for step in _path_to(kind, state) or []:
        assert change(api, kind, document_id, step, message="Emitida por engano").status_code == 200
    assert account.documents[document_id].status == state
    response = change(api, kind, document_id, event, message="Emitida por engano")
    target = kind.states[state].get(event)
    if target is None:
        assert (response.status_code, response.json()) == (422, error(f"CantHandle: {event} for {kind.type}"))
        assert account.documents[document_id].status == state
    else:
        assert response.status_code == 200
        assert response.json()[kind.answer_roots[0]]["status"] == target == account.documents[document_id].status


@pytest.mark.parametrize(
    ("state", "shown"), [(1, "1"), ("final", "final"), (None, "")], ids=["a number", "a state, not an event", "none"]
)
def test_an_event_that_is_none_cant_be_handled(api: httpx.Client, state: object, shown: str) -> None:
    response = change(api, INVOICE, DRAFT, state)
    assert (response.status_code, response.json()) == (422, error(f"CantHandle: {shown} for Invoice"))


def test_a_change_of_state_reads_the_types_own_key_too(api: httpx.Client) -> None:
    note = create(api, CREDIT)
    response = api.put(f"/credit_notes/{note['id']}/change-state.json", json={"credit_note": {"state": "finalized"}})
    assert response.json()["credit_note"]["status"] == "final"


def test_cancelling_needs_a_message(api: httpx.Client, account: Account) -> None:
    before = everything(account)
    response = change(api, INVOICE, FIRST_INVOICE, "canceled")
    assert (response.status_code, response.json()) == (422, error("Message is a required field"))
    assert everything(account) == before
    assert change(api, INVOICE, FIRST_INVOICE, "canceled", message="Errado").json()["invoice"]["status"] == "canceled"


@pytest.mark.parametrize("operation", ["change-state", "email-document"])
@pytest.mark.parametrize("path", ["/invoices/999999", f"/debit_notes/{FIRST_INVOICE}"])
def test_a_write_to_no_such_document_is_a_404_with_its_message(api: httpx.Client, operation: str, path: str) -> None:
    response = send(api, "PUT", f"{path}/{operation}.json", b"{")  # before its body is read
    assert (response.status_code, response.json()) == (404, error("Document not found"))


# Updates


def test_an_update_replaces_a_draft(api: httpx.Client, account: Account) -> None:
    line = {"name": "Galão", "description": "Galão", "unit_price": 1.1382, "quantity": 3}
    body = {"invoice": {"date": TODAY, "client": {"name": "Livraria Pessoa"}, "items": [line]}}
    response = api.put(f"/invoices/{DRAFT}.json", json=body)
    assert response.status_code == 200
    updated = response.json()["invoice"]
    assert (updated["id"], updated["status"], updated["reference"], updated["client"]["name"]) == (
        DRAFT,
        "draft",
        None,
        "Livraria Pessoa",
    )
    assert [item["name"] for item in updated["items"]] == ["Galão"]
    assert [line.name for line in account.documents[DRAFT].lines] == ["Galão"]
    assert api.get(f"/invoices/{DRAFT}.json").json() == {"invoice": updated}


def test_only_a_draft_is_updated(api: httpx.Client, account: Account) -> None:
    before = everything(account)
    response = api.put(f"/invoices/{FIRST_INVOICE}.json", json={"invoice": new_document()})
    assert (response.status_code, response.json()) == (422, error("Document has been finalized and cannot be edited"))
    assert everything(account) == before


@pytest.mark.parametrize("path", ["/invoices/999999.json", f"/credit_notes/{DRAFT}.json"])
def test_an_update_of_no_such_document_is_a_404_before_its_body_is_read(api: httpx.Client, path: str) -> None:
    response = send(api, "PUT", path, b"{")
    assert (response.status_code, response.json()) == (404, error("Document not found"))


def test_an_update_is_refused_as_a_create_is(api: httpx.Client, account: Account) -> None:
    before = everything(account)
    response = api.put(f"/invoices/{DRAFT}.json", json={"invoice": {"items": [LINE]}})
    assert (response.status_code, response.json()) == (422, error("Elemento client não fornecido"))
    assert everything(account) == before


# E-mail


def test_an_email_is_sent_and_with_save_keeps_the_address_on_the_client(api: httpx.Client, account: Account) -> None:
    message = {"client": {"email": "contabilidade@cafeaurora.pt", "save": "0"}, "subject": "Fatura", "body": "Olá"}
    response = api.put(f"/invoices/{FIRST_INVOICE}/email-document.json", json={"message": message})
    assert (response.status_code, response.content) == (200, b"")
    sent = account.documents[FIRST_INVOICE].emails
    assert [(email.to, email.subject, email.body) for email in sent] == [
        ("contabilidade@cafeaurora.pt", "Fatura", "Olá")
    ]
    assert account.clients[8011].email == "faturas.c0043@example.pt"
    message["client"]["save"] = "1"  # type: ignore[index]
    assert api.put(f"/invoices/{FIRST_INVOICE}/email-document.json", json={"message": message}).status_code == 200
    assert account.clients[8011].email == "contabilidade@cafeaurora.pt"
    assert len(account.documents[FIRST_INVOICE].emails) == 2


@pytest.mark.parametrize(
    "body",
    [{}, {"message": {}}, {"message": {"client": {"save": "1"}}}, {"message": {"client": {"email": ""}}}],
    ids=["nothing", "no client", "no address", "an empty address"],
)
def test_an_email_without_an_address_is_refused(api: httpx.Client, account: Account, body: dict[str, Any]) -> None:
    before = everything(account)
    response = api.put(f"/invoices/{FIRST_INVOICE}/email-document.json", json=body)
    assert (response.status_code, response.json()) == (422, error("Email is a required field"))
    assert everything(account) == before


# The family's list


def listed(api: httpx.Client, **params: Any) -> list[int]:
    response = api.get("/invoices.json", params=params)
    assert response.status_code == 200, response.text
    return [entry["id"] for entry in response.json()["invoices"]]


def test_the_list_is_newest_first_with_pagination_and_short_entries(api: httpx.Client) -> None:
    response = api.get("/invoices.json")
    answer = response.json()
    assert [entry["id"] for entry in answer["invoices"]] == [DRAFT, CREDIT_NOTE, SETTLED_INVOICE, FIRST_INVOICE]
    assert answer["pagination"] == {"total_entries": 4, "current_page": 1, "total_pages": 1, "per_page": 20}
    note = answer["invoices"][1]
    assert note == {
        "id": CREDIT_NOTE,
        "status": "final",
        "archived": False,
        "type": "CreditNote",
        "sequence_number": "3/2026",
        "inverted_sequence_number": "2026/3",
        "atcud": note["atcud"],
        "sequence_id": SERIES_2026 + 5,
        "date": "26/11/2026",
        "due_date": "26/12/2026",
        "reference": "PO-2026-101",
        "total": 9.0,
        "currency": "Euro",
        "client": {"id": 8011, "name": "Café Aurora, Unipessoal Lda.", "country": "Portugal"},
        "owner_invoice_id": FIRST_INVOICE,
        "proprietary_uid": None,
    }
    assert note["atcud"].endswith("-3")


def test_the_list_pages_by_per_page_and_the_accounts_page_size(api: httpx.Client) -> None:
    for _ in range(8):
        create(api, INVOICE)
    everything_listed = listed(api, per_page=100)
    assert len(everything_listed) == 12
    pages = [api.get("/invoices.json", params={"page": page, "per_page": 5}).json() for page in (1, 2, 3, 4)]
    assert [entry["id"] for page in pages for entry in page["invoices"]] == everything_listed
    assert [len(page["invoices"]) for page in pages] == [5, 5, 2, 0]
    assert pages[1]["pagination"] == {"total_entries": 12, "current_page": 2, "total_pages": 3, "per_page": 5}
    assert (api.get("/invoices.json", params={"page": "0"}).status_code) == 400


def test_the_list_takes_the_accounts_page_size(api_key: str, serve: Callable[[Starlette], str]) -> None:
    account = seeded_account(api_key, page_size=10, clock=lambda: NOW)
    with httpx.Client(base_url=serve(create_app(account)), params={"api_key": api_key}) as api:
        assert api.get("/invoices.json").json()["pagination"]["per_page"] == 10


def test_the_type_filter_takes_the_type_names_simplified_invoices_included(api: httpx.Client, account: Account) -> None:
    seeded = {kind.type: [d.id for d in reversed(account.documents.values()) if d.kind is kind] for kind in FAMILY}
    made = {kind.type: create(api, kind)["id"] for kind in FAMILY}
    for kind in FAMILY:
        assert listed(api, **{"type[]": kind.type}) == [made[kind.type], *seeded[kind.type]]
    both = listed(api, **{"type[]": ["SimplifiedInvoice", "DebitNote"]})
    assert both == [made["DebitNote"], made["SimplifiedInvoice"]]
    assert listed(api, **{"type[]": "Receipt"}) == []


def test_the_status_filter_takes_sent_and_final_for_final_documents(api: httpx.Client) -> None:
    assert listed(api, **{"status[]": "final"}) == listed(api, **{"status[]": "sent"}) == [CREDIT_NOTE, FIRST_INVOICE]
    assert listed(api, **{"status[]": ["draft", "settled"]}) == [DRAFT, SETTLED_INVOICE]
    assert listed(api, **{"status[]": "canceled"}) == []


def test_the_date_reference_and_text_filters(api: httpx.Client) -> None:
    assert listed(api, **{"date[from]": "20/11/2026", "date[to]": "26/11/2026"}) == [CREDIT_NOTE, SETTLED_INVOICE]
    assert listed(api, **{"date[from]": "21/11/2026"}) == [DRAFT, CREDIT_NOTE]
    assert listed(api, reference="PO-2026-101") == [CREDIT_NOTE, FIRST_INVOICE]
    assert listed(api, reference="PO-2026") == []
    assert listed(api, text="miramar") == [SETTLED_INVOICE]  # the client's name, in any case
    assert listed(api, text="bolo-rei") == [DRAFT]  # a line
    assert listed(api, text="2026/127") == [FIRST_INVOICE]  # the number
    assert api.get("/invoices.json", params={"date[from]": "2026-11-20"}).json() == BAD_REQUEST


# proprietary_uid


def created_with_uid(api: httpx.Client, uid: str, kind: DocumentKind = INVOICE) -> httpx.Response:
    return api.post(f"/{kind.path}.json", json={"invoice": new_document(), "proprietary_uid": uid})


def test_the_uid_is_kept_and_shown(api: httpx.Client, account: Account) -> None:
    response = created_with_uid(api, "ODOO4f0c9a2b")
    created = response.json()["invoice"]
    assert created["proprietary_uid"] == "ODOO4f0c9a2b" == account.documents[created["id"]].proprietary_uid
    assert api.get("/invoices.json").json()["invoices"][0]["proprietary_uid"] == "ODOO4f0c9a2b"


def test_by_default_a_uid_seen_again_answers_the_first_document(api: httpx.Client, account: Account) -> None:
    first = created_with_uid(api, "ODOO1").json()["invoice"]
    before = everything(account)
    again = created_with_uid(api, "ODOO1", CREDIT)  # whatever the path, the first document
    assert (again.status_code, again.json()) == (201, {"invoice": first})
    assert everything(account) == before


@pytest.mark.parametrize("replay", ["first", "new", "conflict"])
def test_uid_replay_answers_the_first_a_new_document_or_a_conflict(
    api_key: str, serve: Callable[[Starlette], str], replay: Any
) -> None:
    account = seeded_account(api_key, clock=lambda: NOW)
    with httpx.Client(base_url=serve(create_app(account, uid_replay=replay)), params={"api_key": api_key}) as api:
        first = created_with_uid(api, "ODOO2").json()["invoice"]
        before = len(account.documents)
        again = created_with_uid(api, "ODOO2")
        other = created_with_uid(api, "ODOO3")  # another uid is another creation, whatever the option
        assert other.status_code == 201
        if replay == "first":
            assert (again.status_code, again.json()) == (201, {"invoice": first})
            assert len(account.documents) == before + 1
        elif replay == "new":
            assert again.status_code == 201
            assert again.json()["invoice"]["id"] not in (first["id"], other.json()["invoice"]["id"])
            assert again.json()["invoice"]["proprietary_uid"] == "ODOO2"
            assert len(account.documents) == before + 2
        else:
            reason = "There's an ongoing document creation with the provided UID ODOO2"
            assert (again.status_code, again.json()) == (409, {"reason": reason})
            assert len(account.documents) == before + 1


# The seeded documents


def test_the_seeded_documents_are_numbered_as_their_series_says(api: httpx.Client, account: Account) -> None:
    documents = account.documents
    assert [(d.kind.name, d.status, d.number) for d in documents.values()] == [
        ("invoice", "final", 127),
        ("invoice", "settled", 128),
        ("credit_note", "final", 3),
        ("invoice", "draft", None),
    ]
    assert series_field(api, SERIES_2026, "current_invoice_number") == 128
    assert series_field(api, SERIES_2026, "current_credit_note_number") == 3
    assert documents[CREDIT_NOTE].owner_invoice_id == FIRST_INVOICE
    assert documents[DRAFT].date == NOW.date()
    assert all(d.created_at == NOW for d in documents.values())
