"""The command line's changes of state that cannot be undone (`invoices finalize ID`, `credit_notes cancel ID
--message ...`), made from the contract's `x-lifecycle` steps that declare what to say first (`confirm`): each
reads the document, refuses a change its state does not take before asking, says what it will do at the Tax
Authority and asks (or takes --yes), then shows the document in its new state."""

import datetime
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.api import COMMANDS, CONFIRMED_STEPS
from invoicexpress_client.cli import _resource_class, main
from invoicexpress_client.document_types import DocumentType
from invoicexpress_client.models import Document, NewDocumentClient, NewDocumentItem, NewDocumentItemTax

TODAY = datetime.datetime.now(datetime.UTC).date()
LINE = NewDocumentItem(
    name="Pão",
    description="Pão de forma",
    unit_price=Decimal(1),
    quantity=Decimal(2),
    tax=NewDocumentItemTax(name="IVA6"),
)


class Terminal(io.StringIO):
    """Standard input that is a terminal, with what the user types."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def settings(fake_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", api_key)
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", fake_url)
    monkeypatch.delenv("INVOICEXPRESS_ACCOUNT_NAME", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal unless a test gives one


@pytest.fixture
def ix(fake_url: str, api_key: str) -> Iterator[InvoiceXpressClient]:
    with InvoiceXpressClient(api_key=api_key, base_url=fake_url) as client:
        yield client


def draft(ix: InvoiceXpressClient, path: str = "invoices") -> Document:
    created: Document = getattr(ix, path).create(date=TODAY, client=NewDocumentClient(name="Café Aurora"), items=[LINE])
    return created


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_confirmed_changes_are_commands_of_exactly_the_types_that_take_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Derived from the declarations: each step with a `confirm` is a command of each type whose row takes its
    event in some state, and of no other."""
    offered = 0
    for attribute, (module, name, _) in COMMANDS.items():
        for method, (event, _said) in CONFIRMED_STEPS.get(module, {}).items():
            row = _resource_class(module, name)._ROW
            assert row is not None
            takes = any(event in events for events in row.states.values())
            with pytest.raises(SystemExit) as exited:
                main([attribute, method, "--help"])
            assert exited.value.code == (0 if takes else 2), (attribute, method)
            offered += takes
            capsys.readouterr()
    assert offered == 2 * len([member for member in DocumentType if member.path is not None])


def test_finalize_without_a_terminal_is_refused_unless_yes(
    capsys: pytest.CaptureFixture[str], ix: InvoiceXpressClient, fake_url: str
) -> None:
    document = draft(ix)
    status, out, err = run(capsys, "invoices", "finalize", str(document.id))
    assert (status, out) == (1, "")
    host = urlsplit(fake_url).hostname
    assert err == (
        "invoicexpress: error: this change of state cannot be undone, and there is no terminal to ask for"
        f" confirmation: add --yes to finalize the document {document.id} of invoices (type Invoice, status draft,"
        f" inverted_sequence_number {document.inverted_sequence_number}, date {TODAY}, total {document.total}) in"
        f" the account at {host}\n"
    )
    assert ix.invoices.get(document.id).status == "draft"
    status, out, err = run(capsys, "invoices", "finalize", str(document.id), "--yes", "--json")
    assert (status, err) == (0, "")
    shown = json.loads(out)
    assert (shown["id"], shown["status"]) == (document.id, "final")
    assert shown["atcud"] == ix.invoices.get(document.id).atcud


@pytest.mark.parametrize(("typed", "done"), [("y\n", True), ("yes\n", True), ("n\n", False), ("", False)])
def test_finalize_says_what_it_does_at_the_tax_authority_and_asks(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    ix: InvoiceXpressClient,
    typed: str,
    done: bool,
) -> None:
    document = draft(ix, "credit_notes")
    monkeypatch.setattr("sys.stdin", Terminal(typed))
    status, out, err = run(capsys, "credit_notes", "finalize", str(document.id))
    [said, asked] = err.splitlines()[:2]
    assert said.startswith(f"This will finalize the document {document.id} of credit notes (type CreditNote,")
    assert "is communicated to the Tax Authority (AT) as issued. It cannot be undone" in said
    assert asked.startswith("Go ahead? [y/N] ")
    assert (status, ix.credit_notes.get(document.id).status) == ((0, "final") if done else (1, "draft"))
    if done:
        assert re.search(r"^status +final$", out, re.MULTILINE)  # the document in its new state, a field a line
        # Its lines, each field that has a value; a line's tax in brackets.
        line = r"^items +name: Pão, unit_price: 1.0, quantity: 2.0, description: Pão de forma, tax: \(id: \d+,"
        assert re.search(line + r" name: IVA6, value: 6.0\), discount: 0.0, subtotal: 2.0,", out, re.MULTILINE)
    else:
        assert err.endswith("invoicexpress: error: not confirmed: nothing was sent\n")


def test_cancel_takes_the_reason_and_cancels(capsys: pytest.CaptureFixture[str], ix: InvoiceXpressClient) -> None:
    final = ix.invoices.finalize(draft(ix))
    with pytest.raises(SystemExit) as exited:
        main(["invoices", "cancel", str(final.id), "--yes"])
    assert exited.value.code == 2
    assert "the following arguments are required: --message" in capsys.readouterr().err
    status, _, err = run(capsys, "invoices", "cancel", str(final.id), "--message", "Issued to the wrong client",
                         "--yes")  # fmt: skip
    assert (status, err) == (0, "")
    assert ix.invoices.get(final.id).status == "canceled"


def test_a_change_its_state_does_not_take_is_refused_before_asking(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ix: InvoiceXpressClient
) -> None:
    final = ix.invoices.finalize(draft(ix))
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    status, out, err = run(capsys, "invoices", "finalize", str(final.id))
    assert (status, out) == (1, "")
    assert err == (
        f"invoicexpress: error: finalize: document {final.id} is final, and a final Invoice cannot be finalized (it"
        " can be canceled, settled)\n"
    )


def test_an_unknown_document_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "debit_notes", "cancel", "987654321", "--message", "x", "--yes")
    assert (status, out) == (1, "")
    assert err.startswith("invoicexpress: error: get_invoice: GET /debit_notes/987654321.json: 404")
    assert len(err.splitlines()) == 1
