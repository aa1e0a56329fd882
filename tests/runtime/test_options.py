"""`with_options`: a copy of a client with other settings, sending through the original's connection pools,
closed on its own without closing them, and refusing calls once the original is closed."""

import inspect

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_fake import seeded_account
from support import series_wire

KEY = "options-key-0123456789abcdef"


class Recorder:
    """A transport answering every list with `answers` in turn (the last one again), keeping the requests."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers) or [httpx.Response(200, json={"sequences": []})]
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def client_on(recorder: Recorder, **settings: object) -> InvoiceXpressClient:
    transport = httpx.MockTransport(recorder)
    return InvoiceXpressClient(account_name="acme", api_key=KEY, httpx_args={"transport": transport}, **settings)  # type: ignore[arg-type]


def test_the_copy_has_every_setting_changed_but_the_key_the_account_and_the_base_url() -> None:
    taken = set(inspect.signature(InvoiceXpressClient.with_options).parameters) - {"self"}
    given = set(inspect.signature(InvoiceXpressClient.__init__).parameters) - {"self"}
    assert taken == given - {"api_key", "account_name", "base_url"}
    with pytest.raises(TypeError):
        client_on(Recorder()).with_options(base_url="http://127.0.0.1:1")  # type: ignore[call-arg]


def test_the_copy_sends_with_its_own_settings_through_the_same_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("invoicexpress_client._base_client._sleep", lambda seconds: None)
    recorder = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"sequences": []}))
    base = client_on(recorder, headers={"X-Team": "billing"})
    copy = base.with_options(timeout=httpx.Timeout(2.0), headers={"X-Source": "tests"}, max_retries=0)
    assert copy.get_httpx_client() is base.get_httpx_client()
    with pytest.raises(errors.ServerError):  # no retry on the copy
        copy.sequences.list()
    first = recorder.seen[0]
    assert first.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert (first.headers["x-team"], first.headers["x-source"]) == ("billing", "tests")
    assert first.url.params["api_key"] == KEY
    base.sequences.list()  # the original keeps its own: retried once, without the copy's header
    second, third = recorder.seen[1:]
    assert "x-source" not in second.headers
    assert third.extensions["timeout"] == base.get_httpx_client().timeout.as_dict()


def test_the_copy_reads_answers_with_its_own_limits() -> None:
    recorder = Recorder(httpx.Response(200, json={"sequences": [], "padding": "x" * 2000}))
    base = client_on(recorder)
    assert len(base.sequences.list()) == 0
    with pytest.raises(errors.ResponseTooLarge):
        base.with_options(max_response_bytes=1000).sequences.list()


def test_the_copy_is_strict_where_the_original_is_tolerant() -> None:
    [series, *_] = series_wire(seeded_account(KEY)).values()
    seven_characters = {"sequences": [{**series, "current_invoice_validation_code": "ABCD123"}]}
    base = client_on(Recorder(httpx.Response(200, json=seven_characters)))
    assert len(base.sequences.detailed.list().deviations) == 1
    with pytest.raises(errors.InvalidResponse, match="breaks the contract"):
        base.with_options(strict=True).sequences.list()


def test_closing_the_copy_leaves_the_original_open() -> None:
    base = client_on(Recorder())
    copy = base.with_options(max_retries=0)
    copy.sequences.list()
    copy.close()
    with pytest.raises(errors.ClientClosedError, match=r"^list_sequences: the client is closed"):
        copy.sequences.list()
    assert not base.get_httpx_client().is_closed
    base.sequences.list()


def test_closing_the_original_makes_every_copy_refuse_calls() -> None:
    base = client_on(Recorder())
    copies = [base.with_options(max_retries=0), base.with_timeout(5).with_headers({"X-Source": "tests"})]
    pool = base.get_httpx_client()
    base.close()
    assert pool.is_closed
    for copy in copies:
        assert copy.is_closed
        with pytest.raises(errors.ClientClosedError, match=r"the client it was copied from .* is closed"):
            copy.sequences.list()


def test_a_copy_that_connects_otherwise_has_pools_of_its_own() -> None:
    base = client_on(Recorder())
    other = Recorder()
    copy = base.with_options(httpx_args={"transport": httpx.MockTransport(other)})
    assert copy.get_httpx_client() is not base.get_httpx_client()
    own = copy.get_httpx_client()
    copy.sequences.list()
    assert len(other.seen) == 1
    copy.close()
    assert own.is_closed
    base.sequences.list()
    base.close()


@pytest.mark.anyio
async def test_an_async_copy_borrows_the_pool_of_its_loop() -> None:
    recorder = Recorder()
    base = AsyncInvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    copy = base.with_options(headers={"X-Source": "tests"})
    assert copy.get_async_httpx_client() is base.get_async_httpx_client()
    await copy.sequences.list()
    await copy.aclose()
    await base.sequences.list()
    assert [request.headers.get("x-source") for request in recorder.seen] == ["tests", None]
    await base.aclose()
    with pytest.raises(errors.ClientClosedError):
        await copy.sequences.list()


def test_bad_options_are_refused_as_settings_are() -> None:
    base = client_on(Recorder())
    with pytest.raises(errors.ClientConfigurationError, match="max_retries"):
        base.with_options(max_retries=-1)
    with pytest.raises(errors.ClientConfigurationError, match="headers"):
        base.with_options(headers="X-Source: tests")  # type: ignore[arg-type]
