"""The built wheel, installed into a fresh virtual environment of each CPython 3.11+ this machine has (on PATH
or under pyenv), used against the fake over loopback: the library, async, and the console script."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from support import ROOT, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

# The versions the package declares (its classifiers); a newer one found on the machine is tried too.
DECLARED = (11, 12, 13)
LOCKED_PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", re.MULTILINE)

SMOKE = """
import asyncio, json
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, __version__, errors
from invoicexpress_client.atcud import DocumentType, numbering

with InvoiceXpressClient(strict=True) as client:
    listed = client.sequences.list().sequences
    first = client.sequences.get(listed[0].id)
    try:
        client.sequences.get(999999)
    except errors.NotFoundError as error:
        missing = error.code

async def count() -> int:
    async with AsyncInvoiceXpressClient(strict=True) as client:
        return len((await client.sequences.list()).sequences)

print(json.dumps({
    "version": __version__,
    "ids": [series.id for series in listed],
    "first": first.id,
    "next_invoice": numbering(first, DocumentType.INVOICE).next_atcud,
    "missing": missing,
    "async_count": asyncio.run(count()),
}))
"""


def _runs(python: str | Path, minor: int) -> bool:
    try:
        result = subprocess.run(
            [str(python), "-c", f"import sys; sys.exit(sys.version_info[:2] != (3, {minor}))"],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
    except OSError:
        return False
    return result.returncode == 0


def interpreter(minor: int) -> Path | None:
    """A CPython 3.<minor> that runs: python3.<minor> on PATH, else the newest pyenv install of it."""
    on_path = shutil.which(f"python3.{minor}")
    if on_path and _runs(on_path, minor):
        return Path(on_path)
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for version in sorted((pyenv_root / "versions").glob(f"3.{minor}.*"), reverse=True):
        candidate = version / "bin" / f"python3.{minor}"
        if candidate.is_file() and _runs(candidate, minor):
            return candidate
    return None


def minors_to_try() -> list[int]:
    """The declared versions, and any newer 3.x found under pyenv."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = {
        int(match[1]) for path in (pyenv_root / "versions").glob("3.*") if (match := re.match(r"3\.(\d+)\.", path.name))
    }
    return sorted(set(DECLARED) | {minor for minor in found if minor > DECLARED[-1]})


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("dist")
    result = run(ROOT / "scripts" / "build", output)
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = output.glob("invoicexpress_client-*.whl")
    return built


@pytest.fixture(scope="module")
def constraints(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The versions of requirements.lock, as constraints: the wheel's dependencies as the project tests them."""
    path = tmp_path_factory.mktemp("constraints") / "constraints.txt"
    pins = LOCKED_PIN.findall((ROOT / "requirements.lock").read_text("utf-8"))
    path.write_text("".join(f"{name}=={version}\n" for name, version in pins))
    return path


@pytest.mark.parametrize("minor", minors_to_try(), ids=lambda minor: f"3.{minor}")
def test_the_wheel_works_on_each_python(
    minor: int, wheel: Path, constraints: Path, tmp_path: Path, fake_url: str, api_key: str
) -> None:
    python = interpreter(minor)
    if python is None:
        pytest.skip(f"no CPython 3.{minor} on this machine (PATH or pyenv)")
    venv = tmp_path / "venv"
    made = run(python, "-m", "venv", venv)
    assert made.returncode == 0, made.stderr
    installed = run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--constraint", constraints, wheel,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    environment = {
        "PATH": os.environ["PATH"],
        "INVOICEXPRESS_API_KEY": api_key,
        "INVOICEXPRESS_BASE_URL": fake_url,
    }
    smoke = run(venv / "bin" / "python", "-c", SMOKE, cwd=tmp_path, env=environment)
    assert smoke.returncode == 0, smoke.stderr
    report = json.loads(smoke.stdout)
    assert report["version"] == wheel.name.split("-")[1]
    assert report["missing"] == "006"
    assert report["async_count"] == len(report["ids"]) > 0
    assert report["first"] == report["ids"][0]
    command = run(venv / "bin" / "invoicexpress", "sequences", "list", "--json", cwd=tmp_path, env=environment)
    assert command.returncode == 0, command.stderr
    assert [series["id"] for series in json.loads(command.stdout)] == report["ids"]
    print(f"CPython 3.{minor} ({python}): the wheel installed and ran against the fake")
