"""What each operation's declaration makes the client do: an operation safe to repeat (`x-retry: idempotent`) is
sent again after a dropped connection or an overloaded service; one that is not (`never`) is sent once, whatever
happens; a delete resent after its answer was lost and answered 404 took effect (`done-when-resent`); and a
status the operation declares "not ready" (`x-pending`) is asked again, waiting longer each time, within the
call's deadline. The declaration decides, never the HTTP method."""

import contextlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client import _base_client as client_module
from invoicexpress_client import _deadline as deadline_module
from invoicexpress_client._operation import Answer, Operation, Retry
from invoicexpress_client.api.taxes import create_tax, get_tax
from invoicexpress_client.models import Sequence, Tax
from invoicexpress_fake import seeded_account
from support import series_wire

KEY = "policy-test-key-4d4d"

# What the service may do to an attempt: answer with a status (and headers), or fail as a transport does.
Outcome = int | tuple[int, dict[str, str]] | type[httpx.TransportError]
Success = Callable[[], httpx.Response]

TAX = {"id": 1211, "name": "IVA23", "value": 23.0, "region": "PT", "code": "NOR", "default_tax": 1}
SERIES = next(iter(series_wire(seeded_account("k")).values()))


def empty(status: int = 200) -> Success:
    return lambda: httpx.Response(status)


def body(json: Any, status: int = 200) -> Success:
    return lambda: httpx.Response(status, json=json)


OK = empty()


class Scripted:
    """A service that meets each attempt with the next of `outcomes`, then answers every later one with
    `success`; it keeps every request it was sent."""

    def __init__(self, *outcomes: Outcome, success: Success = OK) -> None:
        self.outcomes = outcomes
        self.success = success
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > len(self.outcomes):
            return self.success()
        outcome = self.outcomes[len(self.requests) - 1]
        if isinstance(outcome, int):
            return httpx.Response(outcome)
        if isinstance(outcome, tuple):
            return httpx.Response(outcome[0], headers=outcome[1])
        raise outcome("the connection dropped", request=request)

    @property
    def sent(self) -> list[tuple[str, str, bytes]]:
        """Each request as it went: method, path, body."""
        return [(request.method, request.url.path, request.content) for request in self.requests]


def client_for(service: Scripted, *, max_retries: int = 2) -> InvoiceXpressClient:
    return InvoiceXpressClient(
        account_name="acme",
        api_key=KEY,
        max_retries=max_retries,
        httpx_args={"transport": httpx.MockTransport(service)},
    )


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the client asked for, recorded instead of slept."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    monkeypatch.setattr(client_module, "_random", lambda: 1.0)  # the jitter at its top: each wait whole
    return recorded


# --- Sent again: reads and idempotent writes --------------------------------------------------------------------

Call = Callable[[InvoiceXpressClient], object]

IDEMPOTENT = [
    pytest.param(lambda client: client.taxes.get(1211), body({"tax": TAX}), id="GET /taxes/{tax_id}.json"),
    pytest.param(
        lambda client: client.taxes.update(1211, name="IVA23", value="23.0"), empty(), id="PUT /taxes/{tax_id}.json"
    ),
    pytest.param(lambda client: client.items.delete(3040), empty(), id="DELETE /items/{item_id}.json"),
]
FAILURES = [
    pytest.param(httpx.ConnectError, id="connection refused"),
    pytest.param(httpx.ReadError, id="connection dropped"),
    pytest.param(httpx.RemoteProtocolError, id="connection closed mid-answer"),
    pytest.param(502, id="502"),
    pytest.param(503, id="503"),
    pytest.param(504, id="504"),
    pytest.param(429, id="429"),
]


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize(("call", "success"), IDEMPOTENT)
def test_an_idempotent_operation_is_sent_again_after_a_transient_failure(
    waits: list[float], call: Call, success: Success, failure: Outcome
) -> None:
    service = Scripted(failure, success=success)
    result = call(client_for(service))
    assert result is None or isinstance(result, Tax)
    first, again = service.sent
    assert first == again  # the same request, body and all
    assert waits == [1.0]


@pytest.mark.parametrize(("call", "success"), IDEMPOTENT)
def test_an_idempotent_operation_gives_up_after_max_retries(waits: list[float], call: Call, success: Success) -> None:
    service = Scripted(503, 503, 503, success=success)
    with pytest.raises(errors.ServerError, match=r"\(after 3 attempts\)$"):
        call(client_for(service, max_retries=2))
    assert (len(service.requests), waits) == (3, [1.0, 2.0])


# --- Sent once: `never` ----------------------------------------------------------------------------------------

# Each `never` write, and whether its declaration reads it back after a lost answer (`x-reconcile`).
NEVER = [
    pytest.param(lambda client: client.taxes.create(name="IVA6", value="6"), False, id="POST /taxes.json"),
    pytest.param(
        lambda client: client.sequences.register(146090), True, id="PUT /sequences/{sequence_id}/register.json"
    ),
    pytest.param(
        lambda client: client.documents.pay(9601, amount=1),
        False,
        id="POST /documents/{document-id}/partial_payments.json",
    ),
    pytest.param(
        lambda client: client.receipts.cancel(9630, message="Engano"),
        False,
        id="PUT /receipts/{receipt-id}/change-state.json",
    ),
]


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        pytest.param(httpx.ConnectError, errors.APIConnectionError, id="connection refused"),
        pytest.param(httpx.ReadError, errors.APIConnectionError, id="connection dropped"),
        pytest.param(502, errors.ServerError, id="502"),
        pytest.param(503, errors.ServerError, id="503"),
        pytest.param(504, errors.ServerError, id="504"),
        pytest.param((429, {"Retry-After": "1"}), errors.RateLimitError, id="429 with Retry-After"),
    ],
)
@pytest.mark.parametrize(("call", "read_back"), NEVER)
def test_a_never_operation_is_sent_once_whatever_happens(
    waits: list[float], call: Call, read_back: bool, failure: Outcome, raised: type[errors.InvoiceXpressError]
) -> None:
    """Sent once; one whose answer may have been lost, and that its declaration reads back, is read back (here
    from a service that answers nothing readable: the outcome stays unknown), never sent again."""
    service = Scripted(failure, failure)
    lost = failure in (httpx.ReadError, 502, 503, 504)
    with pytest.raises(errors.APIOutcomeUnknown if read_back and lost else raised) as error:
        call(client_for(service))
    first = service.requests[0]
    assert [(request.method, request.url) for request in service.requests].count((first.method, first.url)) == 1
    assert len(service.requests) == 1 or (read_back and lost)
    assert "attempts" not in str(error.value).partition("reading it back failed")[0]
    assert waits == [] or (read_back and lost)


# --- done-when-resent: a delete resent and answered 404 took effect ----------------------------------------------


@pytest.mark.parametrize(
    "lost", [httpx.ReadError, httpx.RemoteProtocolError], ids=["connection dropped", "closed mid-answer"]
)
def test_a_delete_whose_answer_was_lost_and_whose_resend_finds_nothing_has_succeeded(
    waits: list[float], lost: type[httpx.TransportError]
) -> None:
    service = Scripted(lost, success=empty(404))
    client_for(service).items.delete(3040)  # returns (None), raising nothing
    assert [method for method, _, _ in service.sent] == ["DELETE", "DELETE"]


def test_the_detailed_answer_of_such_a_delete_is_the_resends_404_without_a_body(waits: list[float]) -> None:
    service = Scripted(httpx.ReadError, success=empty(404))
    response = client_for(service).items.detailed.delete(3040)
    assert (response.status_code, response.parsed) == (404, None)


@pytest.mark.parametrize("nothing_done", [httpx.ConnectError, 429], ids=["connection refused", "429"])
def test_a_delete_whose_first_attempt_did_nothing_and_whose_resend_finds_nothing_is_not_found(
    waits: list[float], nothing_done: Outcome
) -> None:
    """A refused connection sent nothing, and a 429 did nothing: a 404 then says the id names nothing (a wrong
    id is not taken for a delete that happened)."""
    service = Scripted(nothing_done, success=empty(404))
    with pytest.raises(errors.NotFoundError, match=r"\(after 2 attempts\)$"):
        client_for(service).items.delete(3040)
    assert len(service.requests) == 2


def test_a_connection_dropped_after_sending_is_an_outcome_unknown(waits: list[float]) -> None:
    """A write whose answer was lost raises APIOutcomeUnknown (an APIConnectionError): it may have been done."""
    service = Scripted(httpx.ReadError, httpx.ReadError, httpx.ReadError)
    with pytest.raises(errors.APIOutcomeUnknown, match="after the request was sent"):
        client_for(service).taxes.create(name="IVA6", value="6")
    assert len(service.requests) == 1


def test_a_delete_answered_404_at_its_first_attempt_raises_not_found(waits: list[float]) -> None:
    service = Scripted(404)
    with pytest.raises(errors.NotFoundError):
        client_for(service).items.delete(3040)
    assert (len(service.requests), waits) == (1, [])


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda client: client.items.get(3040), id="GET /items/{item_id}.json"),
        pytest.param(lambda client: client.taxes.update(1211, name="IVA23", value="23"), id="PUT /taxes/{tax_id}.json"),
    ],
)
def test_a_resend_answered_404_is_not_found_where_the_operation_does_not_declare_it_done(
    waits: list[float], call: Call
) -> None:
    service = Scripted(httpx.ReadError, success=empty(404))
    with pytest.raises(errors.NotFoundError, match=r"\(after 2 attempts\)$"):
        call(client_for(service))
    assert len(service.requests) == 2


# --- The declaration decides, not the method --------------------------------------------------------------------

# get_tax as it is, but declared never to be sent again.
GET_TAX_ONCE: Operation[Tax] = Operation(
    name="get_tax_once",
    method="GET",
    path="/taxes/{tax_id}.json",
    statuses=get_tax.OPERATION.statuses,
    successes=get_tax.OPERATION.successes,
    retry=Retry.NEVER,
    integers=("tax_id",),
    exact_numbers=True,
)
# create_tax as it is, but declared safe to send again.
CREATE_TAX_AGAIN: Operation[Tax] = Operation(
    name="create_tax_again",
    method="POST",
    path="/taxes.json",
    statuses=create_tax.OPERATION.statuses,
    successes=create_tax.OPERATION.successes,
    retry=Retry.IDEMPOTENT,
    json_content=True,
    exact_numbers=True,
)


@pytest.mark.parametrize("failure", [httpx.ConnectError, 503], ids=["connection refused", "503"])
def test_a_get_declared_never_is_not_sent_again(waits: list[float], failure: Outcome) -> None:
    service = Scripted(failure, success=body({"tax": TAX}))
    with pytest.raises((errors.APIConnectionError, errors.ServerError)):
        client_for(service).call(GET_TAX_ONCE, path={"tax_id": 1211})
    assert (len(service.requests), waits) == (1, [])


@pytest.mark.parametrize("failure", [httpx.ConnectError, 503], ids=["connection refused", "503"])
def test_a_post_declared_idempotent_is_sent_again(waits: list[float], failure: Outcome) -> None:
    service = Scripted(failure, success=body({"tax": TAX}, status=201))
    response = client_for(service).call(CREATE_TAX_AGAIN, body={"tax": {"name": "IVA23", "value": "23.0"}})
    assert isinstance(response.parsed, Tax)
    assert [(method, content) for method, _, content in service.sent] == [
        ("POST", b'{"tax":{"name":"IVA23","value":"23.0"}}'),
    ] * 2
    assert waits == [1.0]


# --- Not ready yet: `pending` statuses are asked again ---------------------------------------------------------

# get_sequence, declared as an operation whose 202 means "not ready yet, ask again".
WHEN_READY: Operation[Sequence] = Operation(
    name="get_sequence_when_ready",
    method="GET",
    path="/sequences/{sequence_id}.json",
    statuses=("200", "202", "401", "404", "429"),
    successes={"200": Answer(envelope=("sequence", "sequences"), build=Sequence.from_dict), "202": Answer()},
    retry=Retry.IDEMPOTENT,
    pending=(202,),
    integers=("sequence_id",),
)
READY = body({"sequence": SERIES})


def ask_when_ready(service: Scripted, *, max_retries: int = 2, timeout: float | None = None) -> Sequence:
    response = client_for(service, max_retries=max_retries).call(
        WHEN_READY, path={"sequence_id": SERIES["id"]}, timeout=timeout
    )
    assert response.status_code == 200
    return response.parsed


def test_a_pending_answer_is_asked_again_waiting_longer_each_time(waits: list[float]) -> None:
    service = Scripted(*[202] * 7, success=READY)
    assert ask_when_ready(service).id == SERIES["id"]
    assert len(service.requests) == 8
    assert waits == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


def test_a_pending_answers_retry_after_is_honoured(waits: list[float]) -> None:
    service = Scripted((202, {"Retry-After": "3"}), (202, {"Retry-After": "0"}), success=READY)
    assert ask_when_ready(service).id == SERIES["id"]
    assert waits == [3.0, 0.0]


def test_a_pending_answer_is_never_asked_again_sooner_than_its_retry_after(waits: list[float]) -> None:
    service = Scripted((202, {"Retry-After": "120"}), success=READY)
    with contextlib.suppress(errors.NotReadyError):  # giving the wait to the caller is as good as waiting it
        ask_when_ready(service)
    assert all(wait >= 120 for wait in waits)


class VirtualClock:
    """The deadline's clock, moved on only by the waits the client asks for (recorded, not slept): a test of the
    deadline then depends on nothing but the waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    virtual = VirtualClock()
    monkeypatch.setattr(deadline_module, "time", virtual)  # the deadline reads time.monotonic() alone
    monkeypatch.setattr(client_module, "_sleep", virtual.sleep)
    return virtual


@pytest.mark.parametrize(
    ("timeout", "expected_waits"),
    [
        pytest.param(0.3, [], id="no time for the first wait"),
        pytest.param(0.5, [], id="the first wait would end at the deadline"),
        pytest.param(1.0, [0.5], id="time for one wait"),
        pytest.param(2.0, [0.5, 1.0], id="time for two"),
        pytest.param(4.0, [0.5, 1.0, 2.0], id="time for three"),
    ],
)
def test_a_call_whose_deadline_leaves_no_time_to_ask_again_raises_not_ready(
    clock: VirtualClock, timeout: float, expected_waits: list[float]
) -> None:
    service = Scripted(success=empty(202))
    with pytest.raises(errors.NotReadyError) as raised:
        ask_when_ready(service, timeout=timeout)
    assert isinstance(raised.value, errors.APITimeoutError)
    assert str(raised.value).startswith("get_sequence_when_ready: GET /sequences/")
    assert "still 202 Accepted (not ready)" in str(raised.value)
    assert f"after asking {len(expected_waits) + 1} times" in str(raised.value)
    assert clock.waits == expected_waits
    assert len(service.requests) == len(expected_waits) + 1


def test_a_retry_after_past_the_deadline_raises_not_ready_without_waiting(clock: VirtualClock) -> None:
    service = Scripted((202, {"Retry-After": "3"}), success=READY)
    with pytest.raises(errors.NotReadyError):
        ask_when_ready(service, timeout=2.0)
    assert (clock.waits, len(service.requests)) == ([], 1)


def test_ready_within_the_deadline_is_returned(clock: VirtualClock) -> None:
    service = Scripted(202, 202, success=READY)
    assert ask_when_ready(service, timeout=2.0).id == SERIES["id"]
    assert clock.waits == [0.5, 1.0]


def test_a_service_that_is_never_ready_is_asked_a_bounded_number_of_times(waits: list[float]) -> None:
    service = Scripted(success=empty(202))
    with pytest.raises(errors.NotReadyError):
        ask_when_ready(service)
    assert len(service.requests) == client_module.MAX_POLLS + 1


def test_asking_again_does_not_use_up_the_retries(waits: list[float]) -> None:
    """Three polls, then a 503: with one retry allowed, the 503 is still retried (after the first retry's wait)."""
    service = Scripted(202, 202, 202, 503, success=READY)
    assert ask_when_ready(service, max_retries=1).id == SERIES["id"]
    assert waits == [0.5, 1.0, 2.0, 1.0]


def test_polls_go_on_with_retries_turned_off(waits: list[float]) -> None:
    service = Scripted(202, 202, success=READY)
    assert ask_when_ready(service, max_retries=0).id == SERIES["id"]
    assert waits == [0.5, 1.0]


def test_a_status_the_operation_does_not_declare_pending_is_not_asked_again(waits: list[float]) -> None:
    """The real get_sequence declares no pending status: a 202 is a success, and without a body it is unreadable."""
    service = Scripted(success=empty(202))
    with pytest.raises(errors.InvalidResponse):
        client_for(service).sequences.get(SERIES["id"])
    assert (len(service.requests), waits) == (1, [])


@pytest.mark.anyio
async def test_a_pending_answer_is_asked_again_asynchronously(waits: list[float]) -> None:
    service = Scripted(202, 202, 202, success=READY)
    client = AsyncInvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(service)}
    )
    response = await client.acall(WHEN_READY, path={"sequence_id": SERIES["id"]})
    assert (response.status_code, response.parsed.id) == (200, SERIES["id"])
    assert waits == [0.5, 1.0, 2.0]
