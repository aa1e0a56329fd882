"""The `invoicexpress` command line against the fake: tables and JSON, confirmation before what cannot be undone,
and one line, never a traceback or the key, for every failure."""

import io
import json
import os
import subprocess
from urllib.parse import urlsplit

import pytest
from invoicexpress_client.atcud import DocumentType, numbering
from invoicexpress_client.cli import _parser, main
from invoicexpress_client.models import Sequence
from invoicexpress_fake import Account
from invoicexpress_fake.domain.series import Series
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
    ("argv", "environment", "said"),
    [
        (["sequences", "get", "999999"], {}, "get_sequence: GET /sequences/999999.json: 404 Not Found: [006]"),
        (["sequences", "list"], {"INVOICEXPRESS_API_KEY": "wrong-key-1234"}, "401 Unauthorized"),
    ],
)
def test_a_failed_call_is_one_line_without_the_key(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    api_key: str,
    argv: list[str],
    environment: dict[str, str],
    said: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    status, out, err = run(capsys, *argv)
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("invoicexpress: error: ")
    assert said in err
    assert api_key not in err
    assert os.environ["INVOICEXPRESS_API_KEY"] not in err


NO_ACCOUNT = {"INVOICEXPRESS_BASE_URL": None}  # and no INVOICEXPRESS_ACCOUNT_NAME: the fixture unsets it
# The Python client's names for its settings, which a user of the command line never sees.
PYTHON_NAMES = ("api_key", "account_name", "base_url", "timeout", "strict=True", "httpx")


@pytest.mark.parametrize(
    ("argv", "environment", "said"),
    [
        pytest.param(
            [], {"INVOICEXPRESS_API_KEY": None},
            "no API key: set INVOICEXPRESS_API_KEY (the key is read from the environment only)", id="no key",
        ),
        pytest.param(
            [], {"INVOICEXPRESS_API_KEY": ""}, "INVOICEXPRESS_API_KEY is empty: set it to the account's API key",
            id="empty key",
        ),
        pytest.param(
            [], {"INVOICEXPRESS_API_KEY": " "}, "INVOICEXPRESS_API_KEY is empty: set it to the account's API key",
            id="blank key",
        ),
        pytest.param(
            [], {"INVOICEXPRESS_API_KEY": "ixk\tkey"},
            "INVOICEXPRESS_API_KEY holds characters no URL can carry (undecodable bytes, control characters)",
            id="control character in the key",
        ),
        pytest.param(
            [], NO_ACCOUNT,
            "no account: give --account NAME (or --base-url URL, to reach another server), or set"
            " INVOICEXPRESS_ACCOUNT_NAME (or INVOICEXPRESS_BASE_URL)",
            id="no account",
        ),
        pytest.param(
            ["--account", "a b"], {},
            "--account 'a b' is not an account name: letters, digits and inner hyphens,"
            " as in https://NAME.app.invoicexpress.com",
            id="--account",
        ),
        pytest.param(
            [], {**NO_ACCOUNT, "INVOICEXPRESS_ACCOUNT_NAME": "a b"},
            "INVOICEXPRESS_ACCOUNT_NAME 'a b' is not an account name: letters, digits and inner hyphens,"
            " as in https://NAME.app.invoicexpress.com",
            id="INVOICEXPRESS_ACCOUNT_NAME",
        ),
        pytest.param(
            ["--base-url", "ftp://x"], {}, "--base-url 'ftp://x' is not an http or https URL", id="--base-url"
        ),
        pytest.param(
            [], {"INVOICEXPRESS_BASE_URL": "ftp://x"}, "INVOICEXPRESS_BASE_URL 'ftp://x' is not an http or https URL",
            id="INVOICEXPRESS_BASE_URL",
        ),
        pytest.param(
            ["--base-url", "http://acme.app.invoicexpress.com"], {},
            "--base-url 'http://acme.app.invoicexpress.com' is not https: InvoiceXpress is reached over https only,"
            " as the API key is in every request's URL",
            id="the service over http",
        ),
    ],
)  # fmt: skip
def test_a_setting_that_cannot_work_is_named_by_its_flag_or_variable_after_the_usage(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    api_key: str,
    argv: list[str],
    environment: dict[str, str | None],
    said: str,
) -> None:
    """As argparse says a wrong argument: the usage, then one line; exit status 2; nothing sent."""
    for name, value in environment.items():
        if value is None:
            monkeypatch.delenv(name)
        else:
            monkeypatch.setenv(name, value)
    status, out, err = run(capsys, *argv, "sequences", "list")
    assert (status, out) == (2, "")
    *usage, last = err.splitlines()
    assert usage[0].startswith("usage: invoicexpress [-h] [--version] [--account NAME] [--base-url URL]")
    assert "\n".join(usage) + "\n" == _parser().format_usage()
    assert last == f"invoicexpress: error: {said}"
    assert not [name for name in PYTHON_NAMES if name in last]
    assert api_key not in err


def test_a_proxy_the_environment_names_is_said_by_its_variables(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("https_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "foo://proxy.example")  # refused when the client is made: nothing is sent
    status, out, err = run(capsys, "--account", "acme", "sequences", "list")
    assert (status, out) == (2, "")
    assert err.splitlines()[-1].startswith(
        "invoicexpress: error: the proxy that HTTPS_PROXY (or ALL_PROXY) names for this host is not a proxy URL"
    )


@pytest.mark.parametrize("timeout", ["0", "-1", "100000", "nan", "inf", "soon"])
def test_a_timeout_out_of_range_is_a_usage_error_of_the_flag(capsys: pytest.CaptureFixture[str], timeout: str) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--timeout", timeout, "sequences", "list"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: invoicexpress ")
    assert err.splitlines()[-1] == (
        f"invoicexpress: error: argument --timeout: {timeout!r} is not a number of seconds above 0 and at most 86400"
    )


def test_a_timeout_in_range_is_the_calls(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--timeout", "86400", "sequences", "list")
    assert (status, err) == (0, "")


@pytest.fixture
def drifting(account: Account) -> Series:
    """The fake's first series with an invoice code in lower case: a deviation in a value's format only."""
    series = next(iter(account.series.values()))
    series.numbering["invoice"].validation_code = "abcd1234"
    return series


def test_a_deviation_is_shown_with_a_warning_that_names_strict(
    capsys: pytest.CaptureFixture[str], drifting: Series
) -> None:
    for _ in range(2):  # each run warns once: its handler is its own
        status, out, err = run(capsys, "sequences", "list")
        assert status == 0
        assert "abcd1234" in out
        assert err.count("\n") == 1
        assert err.startswith("invoicexpress: warning: list_sequences")
        assert "shown anyway (--strict refuses it)" in err
        assert f"(id {drifting.id})" in err
        assert not [name for name in PYTHON_NAMES if name in err]


def test_strict_refuses_a_deviation(capsys: pytest.CaptureFixture[str], drifting: Series) -> None:
    status, out, err = run(capsys, "--strict", "sequences", "list")
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(
        "invoicexpress: error: list_sequences: GET /sequences.json: 200 with a body that breaks the contract at"
        f" $.sequences[0].current_invoice_validation_code (id {drifting.id})"
    )


@pytest.mark.parametrize(
    ("argv", "argument"),
    [(["sequences", "create", "20\udcff27", "--yes"], "serie"), (["clients", "find-by-code", "C\udcff"], "code")],
)
def test_an_argument_of_bytes_that_are_not_text_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], account: Account, argv: list[str], argument: str
) -> None:
    """What the shell passes undecoded (Python holds it as lone surrogates) cannot be sent: refused as argparse
    refuses an argument, nothing sent."""
    before = len(account.series)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].endswith(f"error: argument {argument}: {argv[2]!r} holds bytes that are not UTF-8 text")
    assert len(account.series) == before


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
