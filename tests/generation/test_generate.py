"""scripts/generate: generated/ and the bundle match openapi/, and the check notices when they do not."""

import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
from support import ROOT, VENV_BIN, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

GENERATE = ROOT / "scripts" / "lib" / "generate.py"


def test_generated_package_and_bundle_match_the_contract() -> None:
    result = run(VENV_BIN / "python", GENERATE, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def checkout_copy(tmp_path: Path) -> Path:
    """The parts of the tree the generator reads and writes, with the installed tools linked in."""
    for folder in ("openapi", "generator", "generated", "scripts"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
        )
    for tools in (".venv", "node_modules"):
        (tmp_path / tools).symlink_to(ROOT / tools)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_check_fails_after_a_spec_edit_that_changes_the_client(checkout_copy: Path) -> None:
    edit(
        checkout_copy / "openapi" / "components" / "schemas" / "Sequence.yaml",
        "  serie:\n    type: string\n",
        "  serie:\n    type: integer\n",
    )
    result = run(VENV_BIN / "python", checkout_copy / "scripts" / "lib" / "generate.py", "--check", cwd=checkout_copy)
    assert result.returncode != 0
    assert "generated/ is stale" in result.stderr
    assert "differs: invoicexpress_client/models/sequence.py" in result.stderr
    assert "differs: openapi/dist/invoicexpress.yaml" in result.stderr


def test_check_fails_after_a_hand_edit_of_generated_code(checkout_copy: Path) -> None:
    edit(checkout_copy / "generated" / "invoicexpress_client" / "_base_client.py", "30.0", "300.0")
    (checkout_copy / "generated" / "invoicexpress_client" / "extra.py").write_text("# stray\n")
    result = run(VENV_BIN / "python", checkout_copy / "scripts" / "lib" / "generate.py", "--check", cwd=checkout_copy)
    assert result.returncode != 0
    assert "differs: invoicexpress_client/_base_client.py" in result.stderr
    assert "not generated: invoicexpress_client/extra.py" in result.stderr


def test_generation_is_deterministic(checkout_copy: Path) -> None:
    script = checkout_copy / "scripts" / "lib" / "generate.py"
    assert run(VENV_BIN / "python", script, cwd=checkout_copy).returncode == 0
    result = run(VENV_BIN / "python", script, "--check", cwd=checkout_copy)
    assert result.returncode == 0, result.stderr
    assert (
        run(
            "diff",
            "-r",
            "-x",
            "__pycache__",
            "-x",
            "*.egg-info",
            "-x",
            "build",
            ROOT / "generated",
            checkout_copy / "generated",
        ).returncode
        == 0
    )


def test_the_distribution_carries_what_its_users_read_and_building_leaves_nothing(tmp_path: Path) -> None:
    before = sorted(
        path.relative_to(ROOT) for path in (ROOT / "generated").rglob("*") if "__pycache__" not in path.parts
    )
    result = run(ROOT / "scripts" / "build", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    after = sorted(
        path.relative_to(ROOT) for path in (ROOT / "generated").rglob("*") if "__pycache__" not in path.parts
    )
    assert after == before
    [wheel] = tmp_path.glob("invoicexpress_client-*.whl")
    [sdist] = tmp_path.glob("invoicexpress_client-*.tar.gz")
    with tarfile.open(sdist) as archive:
        top = {name.partition("/")[2] for name in archive.getnames()}
    assert {"README.md", "API.md", "CHANGELOG.md", "LICENSE", "pyproject.toml"} <= top
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(archive.read(name).decode() for name in names if name.endswith("/METADATA"))
        entry_points = next(archive.read(name).decode() for name in names if name.endswith("/entry_points.txt"))
    assert {
        "invoicexpress_client/py.typed",
        "invoicexpress_client/openapi.json",
        "invoicexpress_client/_base_client.py",
        "invoicexpress_client/api/sequences/list_sequences.py",
        "invoicexpress_client/cli.py",
        "invoicexpress_client/atcud.py",
    } <= names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    headers, _, description = metadata.partition("\n\n")
    fields = [tuple(line.split(": ", 1)) for line in headers.splitlines()]
    requirements = [value for name, value in fields if name == "Requires-Dist"]
    assert sorted(value.split("<")[0].split(">")[0] for value in requirements) == [
        "attrs", "httpx", "jsonschema-rs", "orjson",
    ]  # fmt: skip
    classifiers = {value for name, value in fields if name == "Classifier"}
    assert {
        "Typing :: Typed",
        *(f"Programming Language :: Python :: 3.{minor}" for minor in (11, 12, 13)),
    } <= classifiers
    assert ("License-Expression", "MIT") in fields
    assert [name for name, _ in fields].count("Project-URL") >= 1
    assert "invoicexpress = invoicexpress_client.cli:run" in entry_points
    # The user's README, not the contributors' notes.
    assert description == (ROOT / "generator" / "runtime" / "README.md").read_text("utf-8")
    assert "client.sequences.list()" in description
    assert "scripts/" not in description
