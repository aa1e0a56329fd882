"""The `invoicexpress` command line against the fake: tables and JSON, confirmation before what cannot be undone,
and one line, never a traceback or the key, for every failure."""

import io
import json
import os
import subprocess
from urllib.parse import urlsplit

import pytest
from invoicexpress_client.atcud import DocumentType, numbering
from invoicexpress_client.cli import main
from invoicexpress_client.models import Sequence
from invoicexpress_fake import Account
from support import VENV_BIN, series_wire


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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_list_shows_each_series_and_the_next_atcud_of_each_type(
    capsys: pytest.CaptureFixture[str], account: Account
) -> None:
    status, out, err = run(capsys, "sequences", "list")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["SERIES", "ID", "DEFAULT", "TYPE", "LAST", "SEQUENCE_ID", "CODE", "NEXT", "ATCUD"]
    relevant = [member for member in DocumentType if member.relevant_for_atcud]
    assert len(lines) == 1 + len(series_wire(account)) * len(relevant)
    default = next(series for series in series_wire(account).values() if series["default_sequence"] == 1)
    typed = numbering(Sequence.from_dict(default), DocumentType.INVOICE)
    row = next(line for line in lines if line.startswith(default["serie"] + " "))
    assert row.split() == [
        default["serie"], str(default["id"]), "yes", "invoice", str(typed.last_number), str(typed.sequence_id),
        typed.validation_code, typed.next_atcud,
    ]  # fmt: skip


def test_list_json_is_the_series_as_sent_with_the_next_atcud(
    capsys: pytest.CaptureFixture[str], account: Account
) -> None:
    status, out, _ = run(capsys, "sequences", "list", "--json")
    assert status == 0
    listed = json.loads(out)
    assert [series["id"] for series in listed] == list(series_wire(account))
    for series in listed:
        sent = series_wire(account)[series["id"]]
        assert {name: series[name] for name in sent} == sent
        assert series["is_default"] is (sent["default_sequence"] == 1)
        assert series["next_atcud"]["invoice"] == numbering(Sequence.from_dict(sent), DocumentType.INVOICE).next_atcud
        assert set(series["next_atcud"]) == {member.value for member in DocumentType}


def test_get_shows_only_the_types_asked_for(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    series_id = next(iter(series_wire(account)))
    status, out, _ = run(capsys, "sequences", "get", str(series_id), "--type", "quote", "--type", "receipt")
    assert status == 0
    assert [line.split()[-5] for line in out.splitlines()[1:]] == ["quote", "receipt"]


def test_a_write_without_a_terminal_is_refused_unless_yes(
    capsys: pytest.CaptureFixture[str], account: Account, fake_url: str
) -> None:
    before = len(series_wire(account))
    status, out, err = run(capsys, "sequences", "create", "2031")
    assert status == 1
    assert out == ""
    assert err == (
        "invoicexpress: error: creating a series cannot be undone, and there is no terminal to ask for confirmation:"
        f" add --yes to create the series '2031' in the account at {urlsplit(fake_url).hostname}\n"
    )
    never_registered = next(s for s in series_wire(account).values() if s["current_invoice_validation_code"] == "N/D")
    status, _, err = run(capsys, "sequences", "register", str(never_registered["id"]))
    assert status == 1
    assert err == (
        "invoicexpress: error: registering a series with the Tax Authority cannot be undone, and there is no"
        f" terminal to ask for confirmation: add --yes to register the series {never_registered['serie']!r}"
        f" (id {never_registered['id']}) of the account at {urlsplit(fake_url).hostname} with the Tax Authority\n"
    )
    assert len(series_wire(account)) == before
    assert series_wire(account)[never_registered["id"]]["current_invoice_validation_code"] == "N/D"

    status, out, err = run(capsys, "sequences", "create", "2031", "--default", "--yes")
    assert (status, err) == (0, "")
    created = next(series for series in series_wire(account).values() if series["serie"] == "2031")
    assert created["default_sequence"] == 1
    assert out.startswith(f"Created the series '2031' (id {created['id']}).\n")


@pytest.mark.parametrize(
    ("typed", "created"), [("y\n", True), ("yes\n", True), ("n\n", False), ("\n", False), ("", False)]
)
def test_a_write_asks_first_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    account: Account,
    fake_url: str,
    typed: str,
    created: bool,
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(typed))
    status, _, err = run(capsys, "sequences", "create", "2032", "--default")
    assert err.startswith(
        f"This will create the series '2032' in the account at {urlsplit(fake_url).hostname} and make it the"
        " default. In a Portuguese account it is registered with the Tax Authority (AT) at once. It cannot be"
        " undone: series can be neither changed nor deleted.\nGo ahead? [y/N] "
    )
    assert any(series["serie"] == "2032" for series in series_wire(account).values()) is created
    assert status == (0 if created else 1)
    if not created:
        assert err.endswith("invoicexpress: error: not confirmed: nothing was sent\n")


def test_register_names_the_series_and_registers_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, account: Account
) -> None:
    series = next(s for s in series_wire(account).values() if s["current_invoice_validation_code"] == "N/D")
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    status, out, err = run(capsys, "sequences", "register", str(series["id"]), "--json")
    assert status == 0
    assert f"This will register the series {series['serie']!r} (id {series['id']})" in err
    assert [one["id"] for one in json.loads(out)] == [series["id"]]
    assert series_wire(account)[series["id"]]["current_invoice_validation_code"] != "N/D"


def test_set_default(capsys: pytest.CaptureFixture[str], account: Account) -> None:
    series = next(s for s in series_wire(account).values() if s["serie"] == "2025")
    status, out, _ = run(capsys, "sequences", "set-default", str(series["id"]))
    assert status == 0
    assert out == f"The series with id {series['id']} is now the account's default.\n"
    assert series_wire(account)[series["id"]]["default_sequence"] == 1


@pytest.mark.parametrize(
    ("argv", "environment", "status", "said"),
    [
        (["sequences", "get", "999999"], {}, 1, "get_sequence: GET /sequences/999999.json: 404 Not Found: [006]"),
        (["sequences", "list"], {"INVOICEXPRESS_API_KEY": "wrong-key-1234"}, 1, "401 Unauthorized"),
        (["sequences", "list"], {"INVOICEXPRESS_API_KEY": ""}, 2, "INVOICEXPRESS_API_KEY"),
        (["--base-url", "ftp://x", "sequences", "list"], {}, 2, "settings: base_url 'ftp://x'"),
        (["--timeout", "0", "sequences", "list"], {}, 2, "settings: timeout"),
    ],
)
def test_every_failure_is_one_line_without_the_key(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    api_key: str,
    argv: list[str],
    environment: dict[str, str],
    status: int,
    said: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    got, out, err = run(capsys, *argv)
    assert got == status
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("invoicexpress: error: ")
    assert said in err
    assert api_key not in err
    assert os.environ["INVOICEXPRESS_API_KEY"] not in err or not os.environ["INVOICEXPRESS_API_KEY"]


def test_a_wrong_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["sequences", "get", "abc"])
    assert exited.value.code == 2
    assert "'abc' is not a series id" in capsys.readouterr().err


def test_the_console_script_is_installed_and_refuses_a_write_without_a_terminal(fake_url: str, api_key: str) -> None:
    environment = {**os.environ, "INVOICEXPRESS_API_KEY": api_key, "INVOICEXPRESS_BASE_URL": fake_url}
    result = subprocess.run(
        [VENV_BIN / "invoicexpress", "sequences", "create", "2033"],
        env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "invoicexpress: error: creating a series cannot be undone, and there is no terminal to ask for confirmation:"
        " add --yes to create the series '2033' in the account at 127.0.0.1\n"
    )
    listed = subprocess.run(
        [VENV_BIN / "invoicexpress", "sequences", "list", "--json"],
        env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "2033" not in [series["serie"] for series in json.loads(listed.stdout)]
