"""The client against both ends of the dependency range it declares (generated/pyproject.toml): the newest,
which the rest of the suite runs on (.venv), and the oldest, every dependency at its declared floor.

The oldest set is pinned in requirements-oldest.lock (from requirements-oldest.in) and installed by
scripts/bootstrap into .venv/oldest-deps, an overlay holding only those packages: first on PYTHONPATH, it
shadows .venv's httpx, attrs, orjson and jsonschema-rs, while pytest, the fake and everything else still come
from .venv. The client's tests run again, in a subprocess, over that overlay.

This module is also that subprocess' plugin (`-p test_dependency_range`): its `pytest_configure` checks that
the overlay took effect before any test runs.
"""

import importlib
import importlib.metadata
import os
import re
import subprocess
import tomllib
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version
from support import ROOT, VENV_BIN

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

MAIN_LOCK = ROOT / "requirements.lock"
OLDEST_LOCK = ROOT / "requirements-oldest.lock"
OVERLAY = ROOT / ".venv" / "oldest-deps"
CLIENT_PROJECT = ROOT / "generated" / "pyproject.toml"
# The tests that exercise the client (over httpx.MockTransport, and over loopback against the fake): every test
# of these folders runs again with the oldest dependencies, a new one included.
CLIENT_TESTS = ("tests/runtime", "tests/resources")
# The subprocess runs the client's tests once (about 10 s); this only keeps a hang from stalling the suite.
OLDEST_RUN_TIMEOUT = 600
# Set in the subprocess' environment to the overlay it must be running on; the plugin below reads it.
OVERLAY_VARIABLE = "INVOICEXPRESS_OLDEST_DEPS"
# A "name==version" pin at the start of a line of a pip-compile lockfile.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def pins(lockfile: Path) -> dict[str, str]:
    """The versions a lockfile pins, by normalized name."""
    return {canonicalize_name(name): version for name, version in PIN.findall(lockfile.read_text("utf-8"))}


def declared_dependencies() -> list[str]:
    dependencies: list[str] = tomllib.loads(CLIENT_PROJECT.read_text("utf-8"))["project"]["dependencies"]
    return dependencies


def floor(requirement: Requirement) -> Version | None:
    """The lowest version `requirement` allows, if a lower bound says it."""
    bounds = [Version(spec.version) for spec in requirement.specifier if spec.operator in (">=", "==", "~=")]
    return max(bounds, default=None)


def test_main_environment_has_the_newest_httpx_the_lock_allows() -> None:
    assert "httpx>=0.27,<1" in declared_dependencies()
    locked = pins(MAIN_LOCK)["httpx"]
    assert Version(locked) in SpecifierSet(">=0.27,<1")
    assert httpx.__version__ == locked, f"httpx {httpx.__version__} in .venv, {locked} in requirements.lock"


def test_oldest_environment_pins_the_declared_floors() -> None:
    oldest = pins(OLDEST_LOCK)
    wrong = []
    for dependency in map(Requirement, declared_dependencies()):
        name = canonicalize_name(dependency.name)
        lowest = floor(dependency)
        if lowest is None or name not in oldest or Version(oldest[name]) != lowest:
            pinned = oldest.get(name)
            wrong.append(
                f"{CLIENT_PROJECT.relative_to(ROOT)} declares {dependency}; requirements-oldest.in pins {pinned}"
            )
    assert not wrong, "the oldest environment must test each declared floor:\n" + "\n".join(wrong)


def test_overlay_holds_only_what_the_floors_need() -> None:
    """Beside the floors, the overlay adds only packages .venv lacks: any other would shadow .venv's copy."""
    floors = {canonicalize_name(Requirement(dependency).name) for dependency in declared_dependencies()}
    shadowing = sorted((set(pins(OLDEST_LOCK)) - floors) & set(pins(MAIN_LOCK)))
    assert not shadowing, f"requirements-oldest.lock pins {shadowing}, which .venv has too: run scripts/lock"


def test_client_passes_its_tests_with_the_oldest_dependencies() -> None:
    if not OVERLAY.is_dir():
        missing = f"{OVERLAY.relative_to(ROOT)} is missing: scripts/bootstrap installs it from requirements-oldest.lock"
        if not os.environ.get("CI"):
            pytest.skip(missing)
        pytest.fail(missing)
    absent = [path for path in CLIENT_TESTS if not list((ROOT / path).glob("test_*.py"))]
    assert not absent, f"CLIENT_TESTS names folders without tests: {absent}"
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(OVERLAY), str(ROOT / "tests")]),
        OVERLAY_VARIABLE: str(OVERLAY),
    }
    command = [
        str(VENV_BIN / "python"),
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        # schemathesis' plugin needs jsonschema-rs>=0.60.1, above the client's floor; no property test runs here.
        "-p",
        "no:schemathesis",
        # This module, whose pytest_configure checks the overlay.
        "-p",
        "distribution.test_dependency_range",
        *CLIENT_TESTS,
    ]
    try:
        completed = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=OLDEST_RUN_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout or ""
        text = output.decode(errors="replace") if isinstance(output, bytes) else output
        pytest.fail(f"the client's tests over {OVERLAY} took over {OLDEST_RUN_TIMEOUT} s:\n{tail(text)}")
    assert completed.returncode == 0, (
        f"the client's tests with the oldest dependencies ({OVERLAY}) exited {completed.returncode}:\n"
        + tail(completed.stdout + completed.stderr)
    )


def tail(output: str, lines: int = 80) -> str:
    return "\n".join(output.splitlines()[-lines:])


# In the subprocess, as a plugin.


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to run unless every package of requirements-oldest.lock is imported from the overlay, at its pinned
    version, with what it requires met by .venv."""
    overlay = Path(os.environ.get(OVERLAY_VARIABLE, OVERLAY)).resolve()
    problems = overlay_problems(overlay)
    if problems:
        raise pytest.UsageError(f"the overlay {overlay} did not take effect:\n" + "\n".join(problems))


def overlay_problems(overlay: Path) -> list[str]:
    problems = []
    modules = importlib.metadata.packages_distributions()
    for name, version in pins(OLDEST_LOCK).items():
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"{name}: not installed")
            continue
        where = Path(str(distribution.locate_file(""))).resolve()
        if distribution.version != version or where != overlay:
            problems.append(f"{name}: {distribution.version} from {where}, not {version} from the overlay")
        for requirement in map(Requirement, distribution.requires or []):
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            try:
                found = importlib.metadata.version(requirement.name)
            except importlib.metadata.PackageNotFoundError:
                problems.append(f"{name} {version} requires {requirement}, which is not installed")
                continue
            if not requirement.specifier.contains(found, prereleases=True):
                problems.append(f"{name} {version} requires {requirement}, but {found} is installed")
        for module_name in [module for module, owners in modules.items() if name in {*map(canonicalize_name, owners)}]:
            module_file = Path(importlib.import_module(module_name).__file__ or "").resolve()
            if not module_file.is_relative_to(overlay):
                problems.append(f"{name}: the module {module_name} comes from {module_file}")
    return problems
