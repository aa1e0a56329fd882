"""The command line's commands for every resource but the series, made from the contract's declarations: each
read of each resource is a command, its tables show the fields the contract sums an entry up by, `--json`
prints every field (money with its digits), `--all` walks every page, and a failure is one line."""

import io
import json
import re
from decimal import Decimal

import pytest
from invoicexpress_client.api import COMMANDS
from invoicexpress_client.cli import main
from invoicexpress_fake import Account
from invoicexpress_fake.routes import clients as clients_wire
from invoicexpress_fake.routes import items as items_wire
from support import load_bundle, operations


@pytest.fixture(autouse=True)
def settings(fake_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", api_key)
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", fake_url)
    monkeypatch.delenv("INVOICEXPRESS_ACCOUNT_NAME", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_every_read_of_the_contract_is_a_command() -> None:
    """Derived, not listed: each read-only operation of the contract is in the command line's table."""
    reads = {(tag, operation.method_name) for operation in operations() if operation.read_only
             for tag in operation.declared["tags"]}  # fmt: skip
    assert reads == {(module, method) for module, _, methods in COMMANDS.values() for method in methods}


@pytest.mark.parametrize(
    ("tag", "command"),
    [(tag, method) for tag, (_, _, methods) in COMMANDS.items() if tag != "sequences" for method in methods],
)
def test_each_command_says_what_it_takes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tag: str, command: str
) -> None:
    """Each argument with a line of help: what the method's docstring says of it, in the flag's terms."""
    monkeypatch.setenv("COLUMNS", "400")  # a line an argument
    with pytest.raises(SystemExit) as exited:
        main([tag, command.replace("_", "-"), "--help"])
    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    # "  --per-page PER_PAGE  how many ...": the argument, then its help after two spaces or more
    arguments = dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in lines if line.startswith("  "))
    del arguments["-h, --help"]
    assert "--json" in arguments
    for name, help in arguments.items():
        assert help[:1].islower(), (name, help)
        assert "`" not in help, (name, help)
        assert "None" not in help, (name, help)


def test_an_option_says_what_the_docstring_says_of_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    with pytest.raises(SystemExit):
        main(["clients", "list", "--help"])
    out = capsys.readouterr().out
    assert "  --page PAGE          the page to return, counted from 1 (the first unless given)\n" in out
    assert (
        "  --per-page PER_PAGE  how many entries a page holds; the account's own page size (10, 20 or 30) unless"
        " given\n"
    ) in out
    with pytest.raises(SystemExit):
        main(["taxes", "get", "--help"])
    assert "  id          the tax's id\n" in capsys.readouterr().out


def test_a_list_is_a_table_of_the_fields_the_contract_sums_an_entry_up_by(
    capsys: pytest.CaptureFixture[str], account: Account
) -> None:
    status, out, err = run(capsys, "taxes", "list")
    assert (status, err) == (0, "")
    header, *rows = out.splitlines()
    assert header.split() == [name.upper() for name in load_bundle()["components"]["schemas"]["Tax"]["x-summary"]]
    assert len(rows) == len(account.taxes)
    default = next(tax for tax in account.taxes.values() if tax.default)
    assert rows[0].split()[:3] == [str(default.id), default.name, str(default.value)]
    assert rows[0].split()[-1] == "yes"


def test_a_column_of_a_field_python_renames_shows_its_value(capsys: pytest.CaptureFixture[str]) -> None:
    """A document's `type` is the model's `type_`: the table shows it all the same."""
    status, out, err = run(capsys, "credit_notes", "list", "--json")
    types = [entry["type"] for entry in json.loads(out)]
    status, out, err = run(capsys, "credit_notes", "list")
    header, *rows = out.splitlines()
    assert (status, err, header.split()[:3]) == (0, "", ["ID", "TYPE", "STATUS"])
    assert types
    assert [row.split()[1] for row in rows] == types == ["CreditNote"] * len(types)


def test_a_list_shows_one_page_unless_all_are_asked_for(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    _, one_page, _ = run(capsys, "clients", "list", "--per-page", "5")
    assert len(one_page.splitlines()) == 1 + 5
    _, every_page, _ = run(capsys, "clients", "list", "--per-page", "5", "--all")
    assert len(every_page.splitlines()) == 1 + len(account.clients)


def test_json_has_every_field_and_money_with_its_digits(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    status, out, _ = run(capsys, "items", "list", "--per-page", "3", "--json")
    assert status == 0
    printed = json.loads(out, parse_float=Decimal)
    sent = [items_wire.render(item, in_list=True) for item in list(account.items.values())[:3]]
    assert [set(entry) for entry in printed] == [set(entry) for entry in sent]
    assert [(entry["id"], entry["name"], entry["unit_price"]) for entry in printed] == [
        (entry["id"], entry["name"], entry["unit_price"]) for entry in sent
    ]


def test_one_record_is_a_field_a_line(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    client = next(iter(account.clients.values()))
    status, out, _ = run(capsys, "clients", "get", str(client.id))
    assert status == 0
    fields = {line.split()[0]: line.split(None, 1)[1:] for line in out.splitlines()[1:]}
    assert fields["name"] == [client.name]
    assert fields["id"] == [str(client.id)]
    assert fields["fiscal_id"] == [client.fiscal_id]
    assert fields["website"] == []  # none: an empty cell


def test_a_find_takes_what_it_finds_by_as_its_argument(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    client = next(client for client in account.clients.values() if client.code)
    _, by_name, _ = run(capsys, "clients", "find-by-name", client.name, "--json")
    _, by_code, _ = run(capsys, "clients", "find-by-code", str(client.code), "--json")
    assert json.loads(by_name) == json.loads(by_code)
    assert json.loads(by_name)["name"] == clients_wire.render(client)["name"]


def test_a_failure_is_one_line_naming_the_operation(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "clients", "get", "999999")
    assert (status, out) == (1, "")
    assert err.startswith("invoicexpress: error: get_client: GET /clients/999999.json: 404 Not Found")
    assert len(err.splitlines()) == 1


def test_an_argument_of_the_wrong_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["taxes", "get", "IVA23"])
    assert exited.value.code == 2
    assert "'IVA23' is not a whole number" in capsys.readouterr().err
