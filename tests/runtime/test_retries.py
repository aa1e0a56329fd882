"""Past the account's rate limit: reads are sent again after the wait the service asks for; writes never are."""

from collections.abc import Callable, Iterator

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client import _base_client as client
from invoicexpress_client.api.sequences import create_sequence, list_sequences, register_sequence
from invoicexpress_client.models import NewSequence, NewSequenceRequest
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.serve import serving

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the client asked for, recorded instead of slept."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client, "_sleep", recorded.append)
    monkeypatch.setattr(client, "_async_sleep", async_sleep)
    monkeypatch.setattr(client, "_random", lambda: 1.0)  # the jitter at its top: each wait whole
    return recorded


def limited(times: int, **headers: str) -> tuple[Handler, list[httpx.Request]]:
    """Answers 429 `times` times, then succeeds."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= times:
            return httpx.Response(429, headers=headers)
        return httpx.Response(200, json={"sequences": []})

    return handler, seen


KEY = "retry-test-key-5f1c"


def client_for(handler: Handler, max_retries: int = 2) -> InvoiceXpressClient:
    return InvoiceXpressClient(
        account_name="acme",
        api_key=KEY,
        max_retries=max_retries,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_a_rate_limited_read_is_retried_after_retry_after(waits: list[float]) -> None:
    handler, seen = limited(2, **{"Retry-After": "3"})
    assert list_sequences.sync(client=client_for(handler)).sequences == []
    assert (len(seen), waits) == (3, [3.0, 3.0])
    assert all(request.url.params["api_key"] == KEY for request in seen)


def test_without_retry_after_the_waits_double(waits: list[float]) -> None:
    handler, _ = limited(2)
    list_sequences.sync(client=client_for(handler))
    assert waits == [1.0, 2.0]


def test_retries_are_bounded_then_the_rate_limit_error_is_raised(waits: list[float]) -> None:
    handler, seen = limited(10, **{"Retry-After": "1"})
    with pytest.raises(errors.RateLimitError) as raised:
        list_sequences.sync(client=client_for(handler, max_retries=2))
    assert (len(seen), raised.value.retry_after) == (3, 1.0)


def test_a_wait_longer_than_a_minute_is_left_to_the_caller(waits: list[float]) -> None:
    handler, seen = limited(1, **{"Retry-After": "3600"})
    with pytest.raises(errors.RateLimitError) as raised:
        list_sequences.sync(client=client_for(handler))
    assert (len(seen), waits, raised.value.retry_after) == (1, [], 3600.0)


def test_max_retries_zero_turns_retries_off(waits: list[float]) -> None:
    handler, seen = limited(1)
    with pytest.raises(errors.RateLimitError):
        list_sequences.sync(client=client_for(handler, max_retries=0))
    assert len(seen) == 1


def test_writes_are_never_repeated(waits: list[float]) -> None:
    handler, seen = limited(10, **{"Retry-After": "1"})
    rate_limited = client_for(handler)
    with pytest.raises(errors.RateLimitError):
        register_sequence.sync(146090, client=rate_limited)
    with pytest.raises(errors.RateLimitError):
        create_sequence.sync(client=rate_limited, body=NewSequenceRequest(sequence=NewSequence(serie="2027")))
    assert [request.method for request in seen] == ["PUT", "POST"]
    assert waits == []


@pytest.mark.anyio
async def test_asynchronous_reads_are_retried_too(waits: list[float]) -> None:
    handler, seen = limited(1, **{"Retry-After": "2"})
    assert (await list_sequences.asyncio(client=client_for(handler))).sequences == []
    assert (len(seen), waits) == (2, [2.0])


def test_retries_are_logged_without_the_key(waits: list[float], caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = limited(1)
    list_sequences.sync(client=client_for(handler))
    [record] = [record for record in caplog.records if record.name == "invoicexpress_client"]
    assert record.getMessage() == "list_sequences: GET /sequences.json: 429 Too Many Requests, retry 1 of 2 in 1.0 s"
    assert KEY not in record.getMessage()


@pytest.mark.parametrize("value", [-1, True, 1.5])
def test_max_retries_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(errors.ClientConfigurationError, match="max_retries"):
        InvoiceXpressClient(account_name="acme", api_key="k", max_retries=value)  # type: ignore[arg-type]


def test_the_fake_and_the_client_agree_on_429(api_key: str) -> None:
    """Over loopback: the fake's rate limit says how long to wait, in whole seconds up to a minute."""
    with (
        serving(create_app(seeded_account(api_key), requests_per_minute=1)) as url,
        InvoiceXpressClient(api_key=api_key, base_url=url, max_retries=0) as limited_client,
    ):
        list_sequences.sync(client=limited_client)
        with pytest.raises(errors.RateLimitError) as raised:
            list_sequences.sync(client=limited_client)
    assert raised.value.retry_after is not None
    assert 0 < raised.value.retry_after <= 60


def failing(*outcomes: int | type[httpx.TransportError]) -> tuple[Handler, list[httpx.Request]]:
    """Answers (or fails) as `outcomes` say, one per request, then succeeds."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) > len(outcomes):
            return httpx.Response(200, json={"sequences": []})
        outcome = outcomes[len(seen) - 1]
        if isinstance(outcome, int):
            return httpx.Response(outcome, text="overloaded")
        raise outcome("the connection dropped", request=request)

    return handler, seen


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_read_answered_by_an_overloaded_service_is_sent_again(waits: list[float], status: int) -> None:
    handler, seen = failing(status)
    assert list_sequences.sync(client=client_for(handler)).sequences == []
    assert (len(seen), waits) == (2, [1.0])


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError])
def test_a_read_that_met_a_dropped_connection_is_sent_again(
    waits: list[float], failure: type[httpx.TransportError]
) -> None:
    handler, seen = failing(failure, failure)
    assert list_sequences.sync(client=client_for(handler)).sequences == []
    assert (len(seen), waits) == (3, [1.0, 2.0])


def test_a_read_whose_body_was_cut_short_is_sent_again(waits: list[float]) -> None:
    seen: list[httpx.Request] = []

    class CutShort(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"sequences": ['
            raise httpx.ReadError("reset")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(200, stream=CutShort())
        return httpx.Response(200, json={"sequences": []})

    assert list_sequences.sync(client=client_for(handler)).sequences == []
    assert len(seen) == 2


def test_a_timed_out_read_is_not_sent_again(waits: list[float]) -> None:
    handler, seen = failing(httpx.ReadTimeout)
    with pytest.raises(errors.APITimeoutError):
        list_sequences.sync(client=client_for(handler))
    assert (len(seen), waits) == (1, [])


@pytest.mark.parametrize("outcome", [503, httpx.ConnectError])
def test_a_write_is_sent_once_whatever_happens(waits: list[float], outcome: int | type[httpx.TransportError]) -> None:
    handler, seen = failing(outcome, outcome, outcome, outcome)
    with pytest.raises((errors.ServerError, errors.APIConnectionError)):
        register_sequence.sync(146090, client=client_for(handler))
    handler, seen_too = failing(outcome, outcome, outcome, outcome)
    with pytest.raises((errors.ServerError, errors.APIConnectionError)):
        create_sequence.sync(client=client_for(handler), body=NewSequenceRequest(sequence=NewSequence(serie="2027")))
    # Each write once (a lost answer is read back: GETs, which may be retried, never the write).
    assert [request.method for request in seen + seen_too if request.method != "GET"] == ["PUT", "POST"]
    assert waits == [] or outcome == 503


def test_the_last_error_says_how_many_attempts_were_made(waits: list[float]) -> None:
    handler, _ = failing(503, 503, 503)
    with pytest.raises(errors.ServerError) as raised:
        list_sequences.sync(client=client_for(handler))
    assert str(raised.value).endswith("(after 3 attempts)")
    handler, _ = failing(httpx.ConnectError, httpx.ConnectError, httpx.ConnectError)
    with pytest.raises(errors.APIConnectionError, match=r"\(after 3 attempts\)$"):
        list_sequences.sync(client=client_for(handler))


def test_the_backoff_has_jitter(waits: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients that failed together do not come back together: each wait is between half and all of it."""
    monkeypatch.setattr(client, "_random", lambda: 0.0)
    handler, _ = failing(503, 503)
    list_sequences.sync(client=client_for(handler))
    assert waits == [0.5, 1.0]


def test_retry_after_is_honoured_up_to_the_wait_the_caller_allows(waits: list[float]) -> None:
    slow, seen = limited(1, **{"Retry-After": "10"})
    patient = InvoiceXpressClient(
        account_name="acme", api_key=KEY, max_retry_wait=30, httpx_args={"transport": httpx.MockTransport(slow)}
    )
    list_sequences.sync(client=patient)
    assert (len(seen), waits) == (2, [10.0])
    slow, _ = limited(1, **{"Retry-After": "10"})
    impatient = InvoiceXpressClient(
        account_name="acme", api_key=KEY, max_retry_wait=5, httpx_args={"transport": httpx.MockTransport(slow)}
    )
    with pytest.raises(errors.RateLimitError) as raised:
        list_sequences.sync(client=impatient)
    assert (raised.value.retry_after, waits) == (10.0, [10.0])


def test_each_retry_is_logged_once_with_its_reason(waits: list[float], caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = failing(503, httpx.ConnectError)
    list_sequences.sync(client=client_for(handler))
    first, second = [record.getMessage() for record in caplog.records if record.name == "invoicexpress_client"]
    assert first == "list_sequences: GET /sequences.json: 503 Service Unavailable, retry 1 of 2 in 1.0 s"
    assert second == (
        "list_sequences: GET /sequences.json: could not reach acme.app.invoicexpress.com"
        " (ConnectError: the connection dropped), retry 2 of 2 in 2.0 s"
    )


@pytest.mark.anyio
async def test_asynchronous_reads_are_sent_again_after_a_dropped_connection(waits: list[float]) -> None:
    handler, seen = failing(httpx.ConnectError, 503)
    assert (await list_sequences.asyncio(client=client_for(handler))).sequences == []
    assert (len(seen), waits) == (3, [1.0, 2.0])


@pytest.mark.parametrize("value", [-1, True, "60", 3601])
def test_max_retry_wait_must_be_seconds(value: object) -> None:
    with pytest.raises(errors.ClientConfigurationError, match="max_retry_wait"):
        InvoiceXpressClient(account_name="acme", api_key="k", max_retry_wait=value)  # type: ignore[arg-type]
