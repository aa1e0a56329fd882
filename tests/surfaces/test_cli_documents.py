"""The command line's document commands, made from the declarations: `documents pdf ID --output FILE` waits for
the PDF and saves it (an existing file kept unless --force), `documents qr-code` and `related`, the family's
`documents list`; and `receipts cancel ID --message WHY`, which says what it will do and asks first, as the
series' writes do."""

import io
from decimal import Decimal
from pathlib import Path

import pytest
from invoicexpress_client import _base_client as client_module
from invoicexpress_client.cli import main
from invoicexpress_fake import Account, create_app
from invoicexpress_fake.domain import jobs, payments
from invoicexpress_fake.rules.payments import Payment
from starlette.applications import Starlette

FIRST_INVOICE, DRAFT = 9601, 9604
POLLS = 2


@pytest.fixture
def app(account: Account) -> Starlette:
    return create_app(account, pdf_polls=POLLS)


@pytest.fixture(autouse=True)
def settings(fake_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", api_key)
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", fake_url)
    monkeypatch.delenv("INVOICEXPRESS_ACCOUNT_NAME", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    waits: list[float] = []
    monkeypatch.setattr(client_module, "_sleep", waits.append)
    return waits


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_pdf_output_waits_and_saves_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, account: Account, settings: list[float]
) -> None:
    target = tmp_path / "FT-2026-127.pdf"
    status, out, err = run(capsys, "documents", "pdf", str(FIRST_INVOICE), "--output", str(target))
    assert (status, err) == (0, "")
    assert target.read_bytes().startswith(b"%PDF-")
    assert out == f"Saved {target.stat().st_size} bytes to {target}.\n"
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == POLLS + 1
    assert settings == [0.5, 1.0]  # one request per wait, each longer


@pytest.mark.parametrize("command", ["invoices", "credit_notes"])
def test_each_document_types_pdf_waits_and_saves_the_file_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, account: Account, command: str
) -> None:
    """`invoices pdf ID --output FILE` (and each type's): the same operation as `documents pdf`, the PDF having
    one id space whatever the type."""
    target = tmp_path / f"{command}.pdf"
    status, _, err = run(capsys, command, "pdf", str(FIRST_INVOICE), "--output", str(target))
    assert (status, err) == (0, "")
    assert target.read_bytes().startswith(b"%PDF-")
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == POLLS + 1


def test_pdf_output_keeps_an_existing_file_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, account: Account
) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"mine")
    status, _, err = run(capsys, "documents", "pdf", str(FIRST_INVOICE), "--output", str(target))
    assert status == 1
    assert err == f"invoicexpress: error: {target} exists: add --force to replace it (nothing was fetched)\n"
    assert target.read_bytes() == b"mine"
    assert jobs.asked(account, "pdf", FIRST_INVOICE) == 0
    status, _, _ = run(capsys, "documents", "pdf", str(FIRST_INVOICE), "--output", str(target), "--force")
    assert status == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_pdf_without_output_prints_the_address_and_second_copy_is_a_flag(
    capsys: pytest.CaptureFixture[str], account: Account
) -> None:
    status, out, _ = run(capsys, "documents", "pdf", str(FIRST_INVOICE), "--second-copy")
    assert status == 0
    assert out.strip().endswith(f"/files/{FIRST_INVOICE}-second-copy.pdf")
    assert jobs.asked(account, "pdf-second-copy", FIRST_INVOICE) == POLLS + 1


def test_qr_code_related_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "documents", "qr-code", str(FIRST_INVOICE))
    assert status == 0
    assert out.strip().endswith(f"/files/{FIRST_INVOICE}-qr.png")
    status, _, err = run(capsys, "documents", "qr-code", str(DRAFT))
    assert status == 1
    assert "still in draft" in err
    status, out, _ = run(capsys, "documents", "related", str(FIRST_INVOICE))
    header, row = out.splitlines()
    assert header.split()[:3] == ["ID", "TYPE", "STATUS"]
    assert row.split()[:3] == ["9603", "CreditNote", "final"]
    status, out, _ = run(capsys, "documents", "list", "--types", "CreditNote", "--json")
    assert status == 0
    assert '"type": "CreditNote"' in out


def test_receipts_cancel_asks_first_and_refuses_without_a_terminal(
    capsys: pytest.CaptureFixture[str], account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt = payments.pay(account, FIRST_INVOICE, Payment(Decimal(1), None, None, None, None))
    status, _, err = run(capsys, "receipts", "cancel", str(receipt.id), "--message", "Engano")
    assert status == 1
    assert "cancelling a receipt cannot be undone, and there is no terminal to ask for confirmation: add --yes" in err
    assert account.documents[receipt.id].status == "final"  # nothing was sent
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    status, _, err = run(capsys, "receipts", "cancel", str(receipt.id), "--message", "Engano")
    assert status == 1
    assert err.endswith("Go ahead? [y/N] invoicexpress: error: not confirmed: nothing was sent\n")
    assert f"cancel a receipt, saying why (id {receipt.id}) in the account at 127.0.0.1" in err
    status, out, _ = run(capsys, "receipts", "cancel", str(receipt.id), "--message", "Engano", "--yes")
    assert status == 0
    assert account.documents[receipt.id].status == "canceled"
    assert "canceled" in out
    with pytest.raises(SystemExit) as exited:  # the why is required
        main(["receipts", "cancel", str(receipt.id)])
    assert exited.value.code == 2
    assert "the following arguments are required: --message" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True
