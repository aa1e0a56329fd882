"""Every example of both READMEs (the project's and the package's), run as a reader would run it, against the
fake over loopback: the Python blocks as scripts, the command lines as commands. What is not run here is listed
with the reason (the install commands, the live tests, the project's own commands that CI runs itself), so a
new example is run unless someone says why not."""

import os
import re
import shlex
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from invoicexpress_client import __version__
from support import ROOT, VENV_BIN

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

READMES = (ROOT / "README.md", ROOT / "generated" / "README.md")
# The address and key the examples are written with: a fake started by `scripts/mock --api-key demo-key`.
EXAMPLE_URL = "http://127.0.0.1:4010"
EXAMPLE_KEYS = ("demo-key", "my-key")

# Blocks not run here, by how their first line begins, and why.
NOT_RUN = {
    "scripts/demo ": "the project's own commands: CI runs scripts/test, and test_demo runs scripts/demo",
    "scripts/build ": "install commands: test_generate builds the wheel and test_pythons installs it",
    "pip install ": "install commands: test_pythons installs the wheel in three Pythons",
    "INVOICEXPRESS_ACCOUNT_NAME=acme INVOICEXPRESS_API_KEY=...": "the live tests, against the real service",
    "export INVOICEXPRESS_ACCOUNT_NAME=acme": "the real account's settings: here the examples run with the fake's",
}


@dataclass(frozen=True)
class Block:
    readme: Path
    line: int
    language: str
    code: str

    @property
    def name(self) -> str:
        return f"{self.readme.relative_to(ROOT)}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for readme in READMES:
        text = readme.read_text("utf-8")
        for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.S | re.M):
            line = text.count("\n", 0, match.start()) + 1
            found.append(Block(readme, line, match.group(1), match.group(2)))
    return found


def run_here(block: Block) -> bool:
    return not any(block.code.startswith(prefix) for prefix in NOT_RUN)


RUN = [block for block in blocks() if run_here(block)]


def test_every_block_is_run_or_says_why_not() -> None:
    assert {block.language for block in blocks()} <= {"python", "sh"}
    skipped = {prefix for prefix in NOT_RUN for block in blocks() if block.code.startswith(prefix)}
    assert skipped == set(NOT_RUN), "a reason for a block no README has any more"
    assert len(RUN) >= 10


def test_the_install_commands_name_the_wheel_this_version_builds() -> None:
    named = {
        wheel for readme in READMES for wheel in re.findall(r"invoicexpress_client-\S+\.whl", readme.read_text("utf-8"))
    }
    assert named == {f"invoicexpress_client-{__version__}-py3-none-any.whl"}


@pytest.fixture
def reader_env(fake_url: str, api_key: str) -> dict[str, str]:
    """What a reader has after the README's `export` line: the fake's address and key."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("INVOICEXPRESS_")}
    return {
        **env,
        "INVOICEXPRESS_API_KEY": api_key,
        "INVOICEXPRESS_BASE_URL": fake_url,
        "PATH": f"{VENV_BIN}:{env['PATH']}",
    }


def on_the_fake(text: str, fake_url: str, api_key: str) -> str:
    """The example as it reads for the fake of this test: its address and its key."""
    text = text.replace(EXAMPLE_URL, fake_url)
    for key in EXAMPLE_KEYS:
        text = text.replace(key, api_key)
    return text


# Runs a block of Python as a script would, but for the top-level `await` of the async examples (as in
# `python -m asyncio`); a fragment that uses `client` without making one gets the one the guide's set-up makes.
PYTHON_RUNNER = """
import ast, asyncio, sys
source = sys.stdin.read()
namespace = {"__name__": "__main__"}
if "client." in source and "Client(" not in source:
    from invoicexpress_client import InvoiceXpressClient
    namespace["client"] = InvoiceXpressClient()
result = eval(compile(source, "README", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), namespace)
if asyncio.iscoroutine(result):
    asyncio.run(result)
"""


@pytest.mark.parametrize("block", [block for block in RUN if block.language == "python"], ids=lambda block: block.name)
def test_python_example(block: Block, reader_env: dict[str, str], fake_url: str, api_key: str) -> None:
    result = subprocess.run(
        [VENV_BIN / "python", "-c", PYTHON_RUNNER], input=on_the_fake(block.code, fake_url, api_key),
        env=reader_env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert api_key not in result.stdout + result.stderr


def command_lines(block: Block) -> list[tuple[str, str]]:
    """(command, its comment) for each line of a shell block."""
    lines = []
    for raw in block.code.splitlines():
        command, _, comment = raw.partition("  #")
        if command.strip() and not command.lstrip().startswith("#"):
            lines.append((command.strip(), comment.strip()))
    return lines


@pytest.mark.parametrize("block", [block for block in RUN if block.language == "sh"], ids=lambda block: block.name)
def test_command_example(block: Block, reader_env: dict[str, str], fake_url: str, api_key: str) -> None:
    """Each line as its comment says: a command answers (exit 0, something printed), a write that "asks first"
    is refused without a terminal, the fake's command serves, curl gets JSON, an `export` is what the others
    run with."""
    mock: subprocess.Popen[str] | None = None
    try:
        for command, comment in command_lines(block):
            words = shlex.split(on_the_fake(command, fake_url, api_key))
            if words[0] == "export":
                for assignment in words[1:]:
                    name, _, value = assignment.partition("=")
                    assert reader_env.get(name) == value, f"{command}: the fake is reached otherwise here"
            elif words[0] == "scripts/mock":
                mock, fake_url = started_mock(words)
            elif words[0] == "curl":
                answer = httpx.get(on_the_fake(words[1], fake_url, api_key), timeout=30)
                assert answer.status_code == 200, answer.text
                assert isinstance(answer.json(), dict)
            else:
                result = subprocess.run(
                    words, env=reader_env, capture_output=True, text=True, timeout=120, check=False,
                    stdin=subprocess.DEVNULL, cwd=ROOT,
                )  # fmt: skip
                assert api_key not in result.stdout + result.stderr
                if "asks first" in comment:
                    assert result.returncode != 0, f"{command}: written without asking"
                    assert "--yes" in result.stderr
                else:
                    assert (result.returncode, bool(result.stdout.strip())) == (0, True), f"{command}: {result.stderr}"
    finally:
        if mock is not None:
            mock.send_signal(signal.SIGINT)
            mock.wait(30)
            assert mock.stdout is not None
            mock.stdout.close()


def started_mock(words: list[str]) -> tuple[subprocess.Popen[str], str]:
    """The fake's command as the example gives it, on a free port rather than 4010, and the address it serves."""
    if "--port" in words:
        words[words.index("--port") + 1] = "0"
    else:
        words += ["--port", "0"]
    mock = subprocess.Popen(words, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert mock.stdout is not None
    first = mock.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", first)
    assert found, first
    return mock, found.group(0)
