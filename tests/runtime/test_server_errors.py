"""Bad answers from the server: each one becomes a typed error that says what was wrong."""

import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client.api.sequences import (
    create_sequence,
    get_sequence,
    list_sequences,
    register_sequence,
    set_sequence_default,
)
from invoicexpress_client.models import NewSequence, NewSequenceRequest
from invoicexpress_fake import seeded_account
from support import series_wire

Handler = Callable[[httpx.Request], httpx.Response]

# A key as long as a real one: the client scrubs every form of it from what it hands out.
KEY = "ixk-test-0123456789abcdef0123456789abcdef"


def client_answering(handler: Handler, *, strict: bool = False) -> InvoiceXpressClient:
    """A client whose requests `handler` answers, raising at the first answer (no retries)."""
    return InvoiceXpressClient(
        account_name="acme",
        api_key=KEY,
        max_retries=0,
        strict=strict,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def answer(status: int, body: Any = None, *, content: bytes | None = None, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


def one_series(**changes: Any) -> dict[str, Any]:
    series = dict(next(iter(series_wire(seeded_account("k")).values())))
    series.update(changes)
    return {"sequences": [series]}


def without(name: str) -> dict[str, Any]:
    body = one_series()
    del body["sequences"][0][name]
    return body


SERIES_ID = one_series()["sequences"][0]["id"]


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize(
    ("body", "where", "named_id"),
    [
        pytest.param({}, "$", None, id="no sequences"),
        pytest.param({"sequences": {}}, "$.sequences", None, id="sequences not a list"),
        pytest.param(without("current_invoice_validation_code"), "$.sequences[0]", SERIES_ID, id="missing field"),
        pytest.param(one_series(id="146090"), "$.sequences[0].id", "146090", id="id as a string"),
        pytest.param(one_series(default_sequence=True), "$.sequences[0].default_sequence", SERIES_ID, id="boolean"),
        pytest.param(one_series(current_invoice_number=1.5), "$.sequences[0].current_invoice_number", SERIES_ID,
                     id="fraction"),
        pytest.param(one_series(serie=None), "$.sequences[0].serie", SERIES_ID, id="null name"),
    ],
)  # fmt: skip
def test_a_body_the_model_cannot_hold_raises_in_every_mode(
    body: Any, where: str, named_id: object, strict: bool
) -> None:
    with pytest.raises(errors.InvalidResponse) as raised:
        list_sequences.sync(client=client_answering(answer(200, body), strict=strict))
    assert str(raised.value).startswith(
        f"list_sequences: GET /sequences.json: 200 with a body that breaks the contract at {where}"
    )
    assert raised.value.status_code == 200
    [problem] = raised.value.deviations
    assert (problem.path, problem.object_id) == (where, named_id)
    if named_id is not None:
        assert f"(id {named_id})" in str(raised.value)
    if where == "$.sequences[0]":
        assert "current_invoice_validation_code" in str(raised.value)


FORMAT_DEVIATIONS = [
    pytest.param("current_invoice_validation_code", "ABCD123", id="7-character code"),
    pytest.param("current_quote_validation_code", "abcd1234", id="lower-case code"),
    pytest.param("default_sequence", 2, id="flag out of range"),
    pytest.param("current_invoice_number", -1, id="negative number"),
]


@pytest.mark.parametrize(("field", "value"), FORMAT_DEVIATIONS)
def test_a_value_that_breaks_only_its_format_is_refused_in_strict_mode(field: str, value: object) -> None:
    with pytest.raises(errors.InvalidResponse) as raised:
        list_sequences.sync(client=client_answering(answer(200, one_series(**{field: value})), strict=True))
    assert f"at $.sequences[0].{field} (id {SERIES_ID}): " in str(raised.value)
    assert [deviation.path for deviation in raised.value.deviations] == [f"$.sequences[0].{field}"]


@pytest.mark.parametrize(("field", "value"), FORMAT_DEVIATIONS)
def test_a_value_that_breaks_only_its_format_is_returned_by_default(field: str, value: object) -> None:
    response = list_sequences.sync_detailed(client=client_answering(answer(200, one_series(**{field: value}))))
    assert getattr(response.parsed.sequences[0], field) == value
    [deviation] = response.deviations
    assert (deviation.path, deviation.object_id) == (f"$.sequences[0].{field}", SERIES_ID)


def test_format_deviations_are_logged_once_per_field(caplog: pytest.LogCaptureFixture) -> None:
    """The issue's case: a 7-character code and a lower-case code in a list of two series, read twice."""
    series = one_series()["sequences"][0]
    body = {
        "sequences": [
            {**series, "current_invoice_validation_code": "ABCD123"},
            {**series, "id": series["id"] + 1, "current_invoice_validation_code": "abcd1234"},
            {**series, "id": series["id"] + 2, "current_quote_validation_code": "abcd1234"},
        ]
    }
    client = client_answering(answer(200, body))
    first = list_sequences.sync_detailed(client=client)
    second = list_sequences.sync_detailed(client=client)
    assert [(deviation.path, deviation.object_id) for deviation in first.deviations] == [
        ("$.sequences[0].current_invoice_validation_code", series["id"]),
        ("$.sequences[1].current_invoice_validation_code", series["id"] + 1),
        ("$.sequences[2].current_quote_validation_code", series["id"] + 2),
    ]
    assert second.deviations == first.deviations
    assert [series.current_invoice_validation_code for series in first.parsed.sequences][:2] == ["ABCD123", "abcd1234"]
    warnings = [record.getMessage() for record in caplog.records if record.name == "invoicexpress_client"]
    assert len(warnings) == 2
    assert all(
        warning.startswith("list_sequences (GET /sequences.json): the answer breaks the contract at")
        for warning in warnings
    )
    assert "$.sequences[*].current_invoice_validation_code" in warnings[0]
    assert f"(id {series['id']})" in warnings[0]
    assert "$.sequences[*].current_quote_validation_code" in warnings[1]


@pytest.mark.anyio
async def test_strict_mode_holds_asynchronously_too() -> None:
    body = one_series(current_invoice_validation_code="ABCD123")
    with pytest.raises(errors.InvalidResponse, match="current_invoice_validation_code"):
        await list_sequences.asyncio(client=client_answering(answer(200, body), strict=True))
    tolerated = await list_sequences.asyncio_detailed(client=client_answering(answer(200, body)))
    assert [deviation.path for deviation in tolerated.deviations] == ["$.sequences[0].current_invoice_validation_code"]


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_a_series_missing_fields_in_an_envelope_names_them_and_the_series(strict: bool) -> None:
    series = one_series()["sequences"][0]
    for name in ("current_invoice_number", "current_quote_number", "current_receipt_validation_code"):
        del series[name]
    with pytest.raises(errors.InvalidResponse) as raised:
        get_sequence.sync(series["id"], client=client_answering(answer(200, {"sequence": series}), strict=strict))
    assert f"at $.sequence (id {series['id']}): " in str(raised.value)
    assert "current_invoice_number" in str(raised.value)
    assert len(raised.value.deviations) == 3


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_a_value_nested_past_the_validators_depth_is_an_invalid_response(strict: bool) -> None:
    deep: Any = "2022"
    for _ in range(300):  # far below the JSON parser's limit, past the validator's
        deep = [deep]
    with pytest.raises(errors.InvalidResponse, match="cannot be checked"):
        list_sequences.sync(client=client_answering(answer(200, one_series(serie=deep)), strict=strict))


def test_a_series_in_an_envelope_is_tolerated_the_same_way() -> None:
    series = {**one_series()["sequences"][0], "current_invoice_validation_code": "ABCD123"}
    response = get_sequence.sync_detailed(146090, client=client_answering(answer(200, {"sequence": series})))
    assert response.parsed.current_invoice_validation_code == "ABCD123"
    assert [deviation.path for deviation in response.deviations] == ["$.sequence.current_invoice_validation_code"]
    with pytest.raises(errors.InvalidResponse, match=r"at \$\.sequence\.current_invoice_validation_code"):
        get_sequence.sync(146090, client=client_answering(answer(200, {"sequence": series}), strict=True))


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_standard_number_literals_are_refused_even_where_the_contract_is_silent(literal: str) -> None:
    """They are not JSON; a field the contract does not know would otherwise carry one into the model."""
    content = json.dumps(one_series()).replace('"sequences": [', f'"pagination": {literal}, "sequences": [', 1)
    with pytest.raises(errors.InvalidResponse, match="not JSON"):
        list_sequences.sync(client=client_answering(answer(200, content=content.encode())))


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
    assert str(error).startswith(f"list_sequences: GET /sequences.json: {status} ")
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


@pytest.mark.parametrize("status", [103, 302, 399])
def test_a_status_neither_success_nor_error_raises_unexpected_status(status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_sequences.sync_detailed(client=client_answering(answer(status, content=b"")))
    assert raised.value.status_code == status
    assert "(documented: 200, 401, 429)" in str(raised.value)


@pytest.mark.parametrize("status", [203, 299])
def test_an_undocumented_success_is_read_as_the_documented_one(status: int) -> None:
    response = list_sequences.sync_detailed(client=client_answering(answer(status, one_series())))
    assert (response.status_code, len(response.parsed.sequences)) == (status, 1)


def test_an_undocumented_success_without_the_body_is_an_invalid_response() -> None:
    with pytest.raises(errors.InvalidResponse, match="not JSON"):
        list_sequences.sync(client=client_answering(answer(204, content=b"")))


def test_a_write_answered_with_another_success_status_has_succeeded() -> None:
    """A create answered 200 (not 201) created the series: it is returned, not reported as a failure."""
    series = one_series()["sequences"][0]
    created = create_sequence.sync(
        client=client_answering(answer(200, {"sequence": series})),
        body=NewSequenceRequest(sequence=NewSequence(serie="2027")),
    )
    assert created.id == series["id"]
    made_default = set_sequence_default.sync_detailed(146090, client=client_answering(answer(204, content=b"")))
    assert (made_default.status_code, made_default.parsed) == (204, None)
    registered = register_sequence.sync(146090, client=client_answering(answer(201, one_series())))
    assert [item.id for item in registered.sequences] == [series["id"]]


def test_an_unreachable_service_raises_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        client = InvoiceXpressClient(api_key=KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0)
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
    client = InvoiceXpressClient(api_key=KEY, base_url=silent_server, timeout=httpx.Timeout(0.2))
    with pytest.raises(errors.APITimeoutError, match="no answer within"):
        list_sequences.sync(client=client)


@pytest.mark.anyio
async def test_a_silent_service_times_out_asynchronously(silent_server: str) -> None:
    client = InvoiceXpressClient(api_key=KEY, base_url=silent_server, timeout=httpx.Timeout(0.2))
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
    # httpx's exception is the cause, a copy raised through no frame (whose locals would hold the body).
    assert type(raised.value.__cause__) is type(failure)
    assert (raised.value.__cause__.__traceback__, raised.value.__context__) == (None, None)


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
    named = "" if field == "id" else f" \\(id {series['id']}\\)"  # a float id names no series
    match = f"at \\$\\.sequences\\[0\\]\\.{field}{named}: {series[field]}\\.0 is not an integer"
    with pytest.raises(errors.InvalidResponse, match=match):
        list_sequences.sync(client=client_answering(answer(200, body)))


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("1e16", id="an exponent"),
        pytest.param("1E+16", id="a signed exponent"),
        pytest.param("123456789012345678901234567890", id="digits past 64 bits"),
    ],
)
def test_a_float_written_without_a_point_is_found_too(written: str) -> None:
    """The decoder makes these floats; the body has no '.' for the quick look to see."""
    series = one_series()["sequences"][0]
    content = json.dumps({"sequences": [series]}).replace(
        f'"current_quote_number": {series["current_quote_number"]}', f'"current_quote_number": {written}'
    )
    assert written in content
    assert "." not in content
    with pytest.raises(
        errors.InvalidResponse, match=r"at \$\.sequences\[0\]\.current_quote_number .* is not an integer"
    ):
        list_sequences.sync(client=client_answering(answer(200, content=content.encode())))


def test_integers_past_2_to_the_53_are_integers_still() -> None:
    """The quick check sends them to the full one, which takes them: nothing is lost but a little time."""
    body = one_series(id=2**62, current_quote_number=2**53)
    [series] = list_sequences.sync(client=client_answering(answer(200, body), strict=True)).sequences
    assert (series.id, series.current_quote_number) == (2**62, 2**53)


@pytest.mark.parametrize("status", [600, 999])
def test_a_status_beyond_5xx_is_no_server_error(status: int) -> None:
    with pytest.raises(errors.APIStatusError) as raised:
        list_sequences.sync(client=client_answering(answer(status, content=b"")))
    assert type(raised.value) is errors.APIStatusError
