"""Bad answers from the server: each one becomes a typed error that says what was wrong."""

import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client.api.sequences import create_sequence, get_sequence, list_sequences
from invoicexpress_client.models import NewSequence, NewSequenceRequest
from invoicexpress_fake import seeded_account

Handler = Callable[[httpx.Request], httpx.Response]


def client_answering(handler: Handler) -> InvoiceXpressClient:
    """A client whose requests `handler` answers, raising at the first answer (no retries)."""
    return InvoiceXpressClient(
        account_name="acme", api_key="k", max_retries=0, httpx_args={"transport": httpx.MockTransport(handler)}
    )


def answer(status: int, body: Any = None, *, content: bytes | None = None, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


def one_series(**changes: Any) -> dict[str, Any]:
    series = dict(next(iter(seeded_account("k").series.values())))
    series.update(changes)
    return {"sequences": [series]}


def without(name: str) -> dict[str, Any]:
    body = one_series()
    del body["sequences"][0][name]
    return body


@pytest.mark.parametrize(
    ("body", "where"),
    [
        pytest.param({}, "$", id="no sequences"),
        pytest.param({"sequences": {}}, "$.sequences", id="sequences not a list"),
        pytest.param(without("current_invoice_validation_code"), "$.sequences[0]", id="missing field"),
        pytest.param(one_series(id="146090"), "$.sequences[0].id", id="id as a string"),
        pytest.param(one_series(default_sequence=True), "$.sequences[0].default_sequence", id="boolean flag"),
        pytest.param(one_series(default_sequence=2), "$.sequences[0].default_sequence", id="flag out of range"),
        pytest.param(one_series(current_invoice_number=-1), "$.sequences[0].current_invoice_number", id="negative"),
        pytest.param(one_series(current_invoice_number=1.5), "$.sequences[0].current_invoice_number", id="fraction"),
        pytest.param(
            one_series(current_invoice_validation_code="abc"),
            "$.sequences[0].current_invoice_validation_code",
            id="malformed validation code",
        ),
        pytest.param(one_series(serie=None), "$.sequences[0].serie", id="null name"),
    ],
)
def test_a_body_that_breaks_the_contract_raises_invalid_response(body: Any, where: str) -> None:
    with pytest.raises(errors.InvalidResponse) as raised:
        list_sequences.sync(client=client_answering(answer(200, body)))
    assert f"at {where}:" in str(raised.value)
    assert str(raised.value).startswith("GET /sequences.json: 200 ")
    assert raised.value.status_code == 200


@pytest.mark.parametrize("content", [b"", b"<html>Maintenance</html>", b'{"sequences": ['])
def test_a_body_that_is_not_json_raises_invalid_response(content: bytes) -> None:
    with pytest.raises(errors.InvalidResponse, match="not JSON") as raised:
        list_sequences.sync(client=client_answering(answer(200, content=content)))
    assert raised.value.content == content


@pytest.mark.anyio
async def test_async_calls_check_bodies_too() -> None:
    with pytest.raises(errors.InvalidResponse, match="id"):
        await list_sequences.asyncio(client=client_answering(answer(200, one_series(id="x"))))


def test_unknown_fields_are_kept_not_rejected() -> None:
    body = one_series(current_purchase_order_number=7)
    body["pagination"] = {"total_entries": 1}
    parsed = list_sequences.sync(client=client_answering(answer(200, body)))
    assert parsed.sequences[0].additional_properties == {"current_purchase_order_number": 7}
    assert parsed.additional_properties == {"pagination": {"total_entries": 1}}


@pytest.mark.parametrize(
    ("status", "body", "error_type", "code", "message"),
    [
        (401, None, errors.AuthenticationError, None, "the API key is missing or is not the account's key"),
        (401, {"errors": {"error": "Invalid API key"}}, errors.AuthenticationError, None, "Invalid API key"),
        (404, {"errors": {"code": "006", "message": "The sequence doesn't exist."}}, errors.NotFoundError, "006",
         "The sequence doesn't exist."),
        (422, {"errors": [{"error": "Name is invalid"}, {"error": "Too long"}]}, errors.UnprocessableEntityError, None,
         "Name is invalid; Too long"),
        (422, {"errors": ["Serie has already been taken"]}, errors.UnprocessableEntityError, None,
         "Serie has already been taken"),
        (409, {"error": "Busy"}, errors.ConflictError, None, "Busy"),
        (404, {"error": {"code": "404", "message": "Not found"}}, errors.NotFoundError, "404", "Not found"),
        (400, {"message": "Bad JSON"}, errors.BadRequestError, None, "Bad JSON"),
        (500, {"code": "000", "message": "Unknown error."}, errors.ServerError, "000", "Unknown error."),
        (503, None, errors.ServerError, None, "no details in the body"),
        (418, {"errors": {"code": 7, "message": "Teapot"}}, errors.APIStatusError, "7", "Teapot"),
        (422, {"errors": {"code": "002"}}, errors.UnprocessableEntityError, "002", "no details in the body"),
        (422, {"errors": {"code": "002", "message": ""}}, errors.UnprocessableEntityError, "002",
         "no details in the body"),
        (422, {"errors": [[[[[[]]]]]]}, errors.UnprocessableEntityError, None, "no details in the body"),
    ],
)  # fmt: skip
def test_error_statuses_raise_typed_errors_with_the_services_code_and_message(
    status: int, body: Any, error_type: type[errors.APIStatusError], code: str | None, message: str
) -> None:
    content = b"" if body is None else json.dumps(body).encode()
    with pytest.raises(error_type) as raised:
        list_sequences.sync(client=client_answering(answer(status, content=content)))
    error = raised.value
    assert (error.status_code, error.code, error.message, error.content) == (status, code, message, content)
    assert str(error).startswith(f"GET /sequences.json: {status} ")
    assert str(error).endswith(message)


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({}, None),
        ({"Retry-After": "12"}, 12.0),
        ({"Retry-After": "Sat, 28 Nov 2026 10:00:30 GMT", "Date": "Sat, 28 Nov 2026 10:00:00 GMT"}, 30.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-5"}, 0.0),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e400"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "Sat, 28 Nov 2026 10:00:30 -0000", "Date": "Sat, 28 Nov 2026 10:00:00 GMT"}, 30.0),
        ({"Retry-After": "Sat, 28 Nov 2026 10:00:30 GMT", "Date": "garbage"}, None),
        ({"Retry-After": "Sat, 28 Nov 2000 10:00:30 GMT"}, 0.0),  # no Date: from this machine's clock, long past
    ],
)
def test_rate_limit_error_says_when_to_retry(headers: dict[str, str], retry_after: float | None) -> None:
    with pytest.raises(errors.RateLimitError) as raised:
        list_sequences.sync(client=client_answering(answer(429, content=b"", **headers)))
    assert raised.value.retry_after == retry_after


@pytest.mark.parametrize("status", [204, 302])
def test_an_undocumented_status_raises_unexpected_status(status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_sequences.sync(client=client_answering(answer(status, content=b"")))
    assert raised.value.status_code == status


def test_an_unreachable_service_raises_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        client = InvoiceXpressClient(api_key="k", base_url=f"http://127.0.0.1:{port}")
        with pytest.raises(errors.APIConnectionError, match="could not reach") as raised:
            list_sequences.sync(client=client)
    assert not isinstance(raised.value, errors.APITimeoutError)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_silent_service_raises_timeout_error_instead_of_hanging(silent_server: str) -> None:
    client = InvoiceXpressClient(api_key="k", base_url=silent_server, timeout=httpx.Timeout(0.2))
    with pytest.raises(errors.APITimeoutError, match="no answer within"):
        list_sequences.sync(client=client)


@pytest.mark.anyio
async def test_a_silent_service_times_out_asynchronously(silent_server: str) -> None:
    client = InvoiceXpressClient(api_key="k", base_url=silent_server, timeout=httpx.Timeout(0.2))
    with pytest.raises(errors.APITimeoutError):
        await list_sequences.asyncio(client=client)


@pytest.mark.parametrize("status", [200, 422])
def test_json_nested_past_the_parsers_depth_is_a_typed_error(status: int) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(errors.InvalidResponse if status == 200 else errors.UnprocessableEntityError):
        list_sequences.sync(client=client_answering(answer(status, content=deep)))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"sequences": "SERIES", "sequence": "junk"}, id="junk beside the series"),
        pytest.param({"sequence": "SERIES", "sequences": "SERIES"}, id="both keys"),
        pytest.param({"sequence": ["SERIES"]}, id="a list"),
        pytest.param({"series": "SERIES"}, id="another key"),
    ],
)
def test_one_series_under_a_malformed_envelope_raises_invalid_response(body: dict[str, Any]) -> None:
    series = one_series()["sequences"][0]
    filled = json.loads(json.dumps(body).replace('"SERIES"', json.dumps(series)))
    with pytest.raises(errors.InvalidResponse):
        get_sequence.sync(146090, client=client_answering(answer(200, filled)))
    with pytest.raises(errors.InvalidResponse):
        create_sequence.sync(
            client=client_answering(answer(201, filled)), body=NewSequenceRequest(sequence=NewSequence(serie="2027"))
        )


@pytest.mark.parametrize("status", [299, 103, 399])
def test_a_nonstandard_status_is_an_unexpected_status_in_detailed_calls_too(status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_sequences.sync_detailed(client=client_answering(answer(status, content=b"")))
    assert raised.value.status_code == status


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails partway, as a connection cut short or stalled does."""

    def __init__(self, failure: Exception) -> None:
        self.failure = failure

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"sequences": ['
        raise self.failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"sequences": ['
        raise self.failure


@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (httpx.RemoteProtocolError("peer closed connection"), errors.APIConnectionError),
        (httpx.ReadTimeout("timed out"), errors.APITimeoutError),
    ],
)
def test_a_body_cut_short_or_stalled_is_a_connection_error(
    failure: Exception, error_type: type[errors.InvoiceXpressError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=BrokenBody(failure))

    with pytest.raises(error_type) as raised:
        list_sequences.sync(client=client_answering(handler))
    assert (raised.value.__cause__, raised.value.__context__) == (None, None)


@pytest.mark.anyio
async def test_an_async_body_cut_short_is_a_connection_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=BrokenBody(httpx.ReadError("reset")))

    with pytest.raises(errors.APIConnectionError):
        await list_sequences.asyncio(client=client_answering(handler))


class RawBody(httpx.SyncByteStream):
    """Bytes as they come off the wire, decoded only when read (httpx.Response(content=...) decodes at once)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def __iter__(self) -> Iterator[bytes]:
        yield self.raw


def test_a_body_that_cannot_be_decompressed_is_an_invalid_response() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=RawBody(b"not gzip"))

    with pytest.raises(errors.InvalidResponse, match="cannot be decoded"):
        list_sequences.sync(client=client_answering(handler))


@pytest.mark.parametrize("field", ["id", "default_sequence", "current_invoice_number", "current_invoice_sequence_id"])
def test_a_float_in_an_integer_field_is_an_invalid_response(field: str) -> None:
    """JSON Schema alone would take 146090.0 for an integer; the model would then hold a float."""
    series = one_series()["sequences"][0]
    body = {"sequences": [{**series, field: float(series[field])}]}
    with pytest.raises(errors.InvalidResponse, match=f"sequences\\[0\\].{field}: .* is not of type 'integer'"):
        list_sequences.sync(client=client_answering(answer(200, body)))


@pytest.mark.parametrize("status", [600, 999])
def test_a_status_beyond_5xx_is_no_server_error(status: int) -> None:
    with pytest.raises(errors.APIStatusError) as raised:
        list_sequences.sync(client=client_answering(answer(status, content=b"")))
    assert type(raised.value) is errors.APIStatusError
