"""The README's main command reads the whole seeded account: what `scripts/demo` prints after regenerating."""

import subprocess

import pytest
from invoicexpress_fake import seeded_account
from support import ROOT, VENV_BIN

pytestmark = pytest.mark.slow


def test_the_demo_reads_every_series_tax_item_and_client_of_the_seeded_account() -> None:
    account = seeded_account("any-key")
    result = subprocess.run(
        [VENV_BIN / "python", ROOT / "scripts" / "lib" / "demo.py"],
        capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{len(account.series)} series." in out
    assert all(f"Series {series.serie} (id {series.id}" in out for series in account.series.values())
    assert all(f"  {tax.name:<10}" in out for tax in account.taxes.values())
    assert f"{len(account.items)} items, read page by page ({account.page_size} on the first)" in out
    assert f"{len(account.clients)} clients" in out
