"""The scripts of examples/, run as a user would run them, against the fake over loopback."""

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from invoicexpress_client.atcud import DocumentType, numbering
from invoicexpress_client.models import Sequence
from invoicexpress_fake import Account
from support import ROOT, VENV_BIN, series_wire

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

EXAMPLES = ROOT / "examples"


@pytest.fixture
def example_env(fake_url: str, api_key: str) -> dict[str, str]:
    return {**os.environ, "INVOICEXPRESS_API_KEY": api_key, "INVOICEXPRESS_BASE_URL": fake_url}


def run_example(name: str, env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VENV_BIN / "python", EXAMPLES / name, *arguments],
        env=env, capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def default_of(account: Account) -> Sequence:
    return Sequence.from_dict(next(s for s in series_wire(account).values() if s["default_sequence"] == 1))


def test_every_example_is_run_here() -> None:
    """Each example has its test here, named after it (`test_<name>...`)."""
    tests = [name for name in globals() if name.startswith("test_")]
    examples = list(EXAMPLES.glob("*.py"))
    assert examples
    assert [path.name for path in examples if not any(test.startswith(f"test_{path.stem}") for test in tests)] == []


def test_next_atcud(example_env: dict[str, str], account: Account) -> None:
    result = run_example("next_atcud.py", example_env)
    assert result.returncode == 0, result.stderr
    default = default_of(account)
    assert f"{default.serie} (default)" in result.stdout.splitlines()
    expected = numbering(default, DocumentType.INVOICE).next_atcud
    block = result.stdout.split(f"{default.serie} (default)\n")[1]
    assert block.splitlines()[0].split() == ["invoice", "next:", expected]


def test_find_default_series(example_env: dict[str, str], account: Account) -> None:
    result = run_example("find_default_series.py", example_env)
    assert result.returncode == 0, result.stderr
    default = default_of(account)
    invoices = numbering(default, DocumentType.INVOICE)
    assert result.stdout.splitlines() == [
        f"Default series: {default.serie} (id {default.id})",
        f"Issue invoices in it with sequence_id={invoices.sequence_id}; the next one is {invoices.next_atcud}",
    ]


def test_open_next_years_series_only_with_yes(example_env: dict[str, str], account: Account) -> None:
    before = len(series_wire(account))
    dry = run_example("open_next_years_series.py", example_env, "2027")
    assert dry.returncode == 0
    assert dry.stdout.startswith("Would create the series '2027'")
    assert len(series_wire(account)) == before
    done = run_example("open_next_years_series.py", example_env, "2027", "--yes")
    assert done.returncode == 0, done.stderr
    created = next(series for series in series_wire(account).values() if series["serie"] == "2027")
    assert created["default_sequence"] == 1
    assert done.stdout.startswith(f"Created 2027 (id {created['id']}), now the default.")
    again = run_example("open_next_years_series.py", example_env, "2027", "--yes")
    assert again.returncode == 1
    assert again.stdout.startswith("Refused: [002]")


@pytest.mark.parametrize(
    ("argument", "unset", "status", "said"),
    [
        ("known", None, 0, ""),
        ("999999", None, 1, "No series with id 999999 in this account.\n"),
        ("1", "INVOICEXPRESS_API_KEY", 2, "Settings: no API key: give api_key, or set INVOICEXPRESS_API_KEY\n"),
    ],
)
def test_handle_errors(
    example_env: dict[str, str], account: Account, argument: str, unset: str | None, status: int, said: str
) -> None:
    if argument == "known":
        argument = str(next(iter(series_wire(account))))
    if unset:
        del example_env[unset]
    result = run_example("handle_errors.py", example_env, argument)
    assert (result.returncode, result.stderr) == (status, said)


def test_async_list(example_env: dict[str, str], account: Account) -> None:
    result = run_example("async_list.py", example_env)
    assert result.returncode == 0, result.stderr
    expected = [
        f"{series['serie']}: next invoice {numbering(Sequence.from_dict(series), DocumentType.INVOICE).next_atcud}"
        for series in series_wire(account).values()
    ]
    assert result.stdout.splitlines() == expected


def test_the_examples_read_no_path_of_this_repository() -> None:
    """They are what a user copies: nothing in them may lean on this project's tree."""
    for path in EXAMPLES.glob("*.py"):
        text = path.read_text("utf-8")
        assert "invoicexpress_fake" not in text
        assert "sys.path" not in text
        assert Path(path).stat().st_size < 4000


def test_price_list(example_env: dict[str, str], account: Account) -> None:
    result = run_example("price_list.py", example_env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(account.items)  # every page walked
    bread = next(item for item in account.items.values() if item.name == "Pão de forma")
    assert bread.unit_price == Decimal("1.6981")
    row = next(line for line in lines if line.startswith("Pão de forma "))
    assert row.split()[-4:] == ["1.70", "1.80", "(6.0%", "VAT)"]  # 1.6981 * 1.06 = 1.799986, to the cent


def test_find_or_create_client(example_env: dict[str, str], account: Account) -> None:
    known = next(client for client in account.clients.values() if client.code == "C0042")
    found = run_example("find_or_create_client.py", example_env, "C0042", "Anyone")
    assert (found.returncode, found.stdout) == (0, f"Found {known.name} (id {known.id}).\n")
    before = len(account.clients)
    created = run_example("find_or_create_client.py", example_env, "C9000", "Nova Loja, Lda.", "508041309")
    assert created.returncode == 0, created.stderr
    new = next(client for client in account.clients.values() if client.code == "C9000")
    assert created.stdout == f"Created Nova Loja, Lda. (id {new.id}).\n"
    assert len(account.clients) == before + 1
    refused = run_example("find_or_create_client.py", example_env, "C9001", "Outra Loja", "123456780")
    assert (refused.returncode, refused.stderr) == (1, "Refused: Fiscal is invalid\n")
