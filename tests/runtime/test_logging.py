"""What the package logs: each call once at info (operation, method and key-free path, outcome, time, attempts),
each attempt at debug, retries as warnings; INVOICEXPRESS_LOG turns it on without a logging set-up."""

import logging
import os
import re
import subprocess
import sys

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors

KEY = "logging-key-0123456789abcdef"


def client_answering(*statuses: int) -> InvoiceXpressClient:
    """A client whose calls are answered with `statuses` in turn (200s with an empty list)."""
    queue = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        status = queue.pop(0)
        return httpx.Response(status, json={"sequences": []} if status == 200 else None)

    return InvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(handler)})


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "invoicexpress_client" and record.levelno == level
    ]


def timeless(line: str) -> str:
    return re.sub(r"in \d+\.\d{3} s", "in T s", line)


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("invoicexpress_client._base_client._sleep", lambda seconds: None)
    monkeypatch.setattr("invoicexpress_client._base_client._random", lambda: 1.0)  # backoff without jitter


def test_each_call_is_logged_once_at_info(caplog: pytest.LogCaptureFixture, no_waiting: None) -> None:
    caplog.set_level(logging.INFO, logger="invoicexpress_client")
    client = client_answering(200, 503, 200, 404)
    client.sequences.list()
    client.sequences.list()
    with pytest.raises(errors.NotFoundError):
        client.sequences.get(7)
    assert [timeless(line) for line in messages(caplog, logging.INFO)] == [
        "list_sequences: GET /sequences.json: 200 OK in T s, 1 attempt",
        "list_sequences: GET /sequences.json: 200 OK in T s, 2 attempts",
        "get_sequence: GET /sequences/7.json: NotFoundError (404 Not Found) in T s, 1 attempt",
    ]
    assert messages(caplog, logging.DEBUG) == []
    assert [timeless(line) for line in messages(caplog, logging.WARNING)] == [
        "list_sequences: GET /sequences.json: 503 Service Unavailable, retry 1 of 2 in 1.0 s"
    ]


def test_each_attempt_is_logged_at_debug(caplog: pytest.LogCaptureFixture, no_waiting: None) -> None:
    caplog.set_level(logging.DEBUG, logger="invoicexpress_client")
    client_answering(503, 200).sequences.list()
    assert [timeless(line) for line in messages(caplog, logging.DEBUG)] == [
        "list_sequences: GET /sequences.json, attempt 1: 503 Service Unavailable in T s",
        "list_sequences: GET /sequences.json, attempt 2: 200 OK in T s",
    ]


def test_nothing_is_logged_below_a_warning_unless_asked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    client_answering(200).sequences.list()
    assert [record for record in caplog.records if record.name == "invoicexpress_client"] == []


def child_logs(level: str | None) -> subprocess.CompletedProcess[str]:
    """A child process that makes one call (through a mock transport) with INVOICEXPRESS_LOG set to `level`."""
    script = f"""
import httpx
from invoicexpress_client import InvoiceXpressClient
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={{"sequences": []}}))
InvoiceXpressClient(account_name="acme", api_key={KEY!r}, httpx_args={{"transport": transport}}).sequences.list()
"""
    env = {name: value for name, value in os.environ.items() if name != "INVOICEXPRESS_LOG"}
    if level is not None:
        env["INVOICEXPRESS_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=True
    )


@pytest.mark.parametrize(
    ("level", "lines"),
    [
        (None, []),
        ("info", ["INFO: list_sequences: GET /sequences.json: 200 OK in T s, 1 attempt"]),
        (
            "DEBUG",
            [
                "DEBUG: list_sequences: GET /sequences.json, attempt 1: 200 OK in T s",
                "INFO: list_sequences: GET /sequences.json: 200 OK in T s, 1 attempt",
            ],
        ),
        ("verbose", ["INVOICEXPRESS_LOG=verbose is not one of debug, info: ignored"]),
    ],
)
def test_invoicexpress_log_turns_the_package_lines_on(level: str | None, lines: list[str]) -> None:
    stderr = child_logs(level).stderr
    assert KEY not in stderr
    # Each line: time, logger, level, message; httpx's own lines stay off (its logger keeps its level).
    shown = [timeless(line.split(" invoicexpress_client ", 1)[-1]) for line in stderr.splitlines()]
    assert shown == lines
