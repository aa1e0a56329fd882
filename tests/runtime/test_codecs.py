"""The service's ways of writing values (`_codecs.py`), read into Python types and written back: each codec on its
own, then through the generated models and the client, answers and requests alike. Money is never passed
through a float: what the service writes is what the caller gets, digit for digit, and what the caller gives is
what is sent."""

import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, _codecs, errors
from invoicexpress_client.models import Item, NewTax, Tax

Reader = Callable[[object, str], object]
Writer = Callable[..., object]
Handler = Callable[[httpx.Request], httpx.Response]

JANUARY_31 = datetime.date(2026, 1, 31)

READERS: dict[str, Reader] = {
    "flag": _codecs.read_flag,
    "boolean": _codecs.read_boolean,
    "decimal": _codecs.read_decimal,
    "integer": _codecs.read_integer,
    "date": _codecs.read_date,
    "iso-date": _codecs.read_iso_date,
}
WRITERS: dict[str, Writer] = {
    "flag": _codecs.write_flag,
    "boolean": _codecs.write_boolean,
    "decimal": _codecs.write_decimal,
    "integer": _codecs.write_integer,
    "date": _codecs.write_date,
    "iso-date": _codecs.write_iso_date,
}


def test_every_codec_the_generator_knows_has_a_reader_and_a_writer() -> None:
    """The generated models call `read_<suffix>` and `write_<suffix>` for each codec the contract names."""
    assert set(_codecs.CODECS) == set(READERS) == set(WRITERS)
    for name, codec in _codecs.CODECS.items():
        assert getattr(_codecs, f"read_{codec.suffix}") is READERS[name]
        assert getattr(_codecs, f"write_{codec.suffix}") is WRITERS[name]


# --- Reading ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "wire", "expected"),
    [
        pytest.param("flag", "1", True, id="flag 1"),
        pytest.param("flag", "0", False, id="flag 0"),
        pytest.param("boolean", 1, True, id="boolean 1"),
        pytest.param("boolean", 0, False, id="boolean 0"),
        pytest.param("boolean", True, True, id="boolean true"),
        pytest.param("boolean", False, False, id="boolean false"),
        pytest.param("decimal", Decimal("0.465612"), Decimal("0.465612"), id="decimal Decimal"),
        pytest.param("decimal", 23, Decimal("23"), id="decimal int"),
        pytest.param("decimal", "23.0", Decimal("23.0"), id="decimal numeric string"),
        pytest.param("decimal", "-1.5", Decimal("-1.5"), id="decimal negative string"),
        pytest.param("decimal", 9.99, Decimal("9.99"), id="decimal float by its shortest repr"),
        pytest.param("integer", 1211, 1211, id="integer int"),
        pytest.param("integer", "1211", 1211, id="integer digit string"),
        pytest.param("date", "31/01/2026", JANUARY_31, id="date dd/mm/yyyy"),
        pytest.param("date", "29/02/2024", datetime.date(2024, 2, 29), id="date leap day"),
        pytest.param("iso-date", "2026-01-31", JANUARY_31, id="iso-date yyyy-mm-dd"),
    ],
)
def test_a_codec_reads_the_services_value_as_its_python_type(codec: str, wire: object, expected: object) -> None:
    read = READERS[codec](wire, "field")
    assert type(read) is type(expected)
    assert read == expected
    assert str(read) == str(expected)  # a Decimal's own digits: "23.0" stays "23.0", not "23"


@pytest.mark.parametrize(
    ("codec", "wire"),
    [
        pytest.param("flag", "yes", id="flag yes"),
        pytest.param("flag", 1, id="flag the integer 1"),
        pytest.param("flag", True, id="flag true"),
        pytest.param("flag", None, id="flag null"),
        pytest.param("boolean", 2, id="boolean 2"),
        pytest.param("boolean", "1", id="boolean the string 1"),
        pytest.param("boolean", None, id="boolean null"),
        pytest.param("decimal", "1,5", id="decimal comma"),
        pytest.param("decimal", "", id="decimal empty"),
        pytest.param("decimal", "1e5", id="decimal exponent"),
        pytest.param("decimal", ".5", id="decimal no integer part"),
        pytest.param("decimal", " 23", id="decimal space"),
        pytest.param("decimal", "abc", id="decimal letters"),
        pytest.param("decimal", "NaN", id="decimal NaN string"),
        pytest.param("decimal", Decimal("NaN"), id="decimal NaN"),
        pytest.param("decimal", Decimal("Infinity"), id="decimal Infinity"),
        pytest.param("decimal", float("nan"), id="decimal float nan"),
        pytest.param("decimal", True, id="decimal true"),
        pytest.param("decimal", None, id="decimal null"),
        pytest.param("integer", 1211.0, id="integer float"),
        pytest.param("integer", "1211.0", id="integer string with a fraction"),
        pytest.param("integer", "-1", id="integer negative string"),
        pytest.param("integer", "", id="integer empty"),
        pytest.param("integer", True, id="integer true"),
        pytest.param("date", "31/02/2026", id="date that does not exist"),
        pytest.param("date", "2026-01-31", id="date written yyyy-mm-dd"),
        pytest.param("date", "1/2/2026", id="date without zero padding"),
        pytest.param("date", None, id="date null"),
        pytest.param("iso-date", "31/01/2026", id="iso-date written dd/mm/yyyy"),
        pytest.param("iso-date", "2026-02-30", id="iso-date that does not exist"),
    ],
)
def test_a_value_a_codec_cannot_read_is_refused_naming_the_field(codec: str, wire: object) -> None:
    """A ValueError naming the field: the client turns it into InvalidResponse, as it does any value its model
    cannot hold."""
    with pytest.raises(ValueError, match=r"^unit_price: ") as raised:
        READERS[codec](wire, "unit_price")
    assert not isinstance(raised.value, errors.InvalidArgument)


# --- Writing ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "value", "wire_type", "expected"),
    [
        pytest.param("flag", True, "string", "1", id="flag True"),
        pytest.param("flag", False, "string", "0", id="flag False"),
        pytest.param("boolean", True, "integer", 1, id="boolean as an integer"),
        pytest.param("boolean", False, "integer", 0, id="boolean False as an integer"),
        pytest.param("boolean", True, "boolean", True, id="boolean as a boolean"),
        pytest.param("decimal", Decimal("12.30"), "number", Decimal("12.30"), id="decimal as a number"),
        pytest.param("decimal", Decimal("12.30"), "string", "12.30", id="decimal as a string"),
        pytest.param("decimal", 6, "string", "6", id="int as a string"),
        pytest.param("decimal", 6, "number", Decimal(6), id="int as a number"),
        pytest.param("decimal", "23.0", "string", "23.0", id="numeric string as a string"),
        pytest.param("decimal", "23.0", "number", Decimal("23.0"), id="numeric string as a number"),
        pytest.param("decimal", 9.99, "number", Decimal("9.99"), id="float by its shortest repr"),
        pytest.param("decimal", 0.1 + 0.2, "string", "0.30000000000000004", id="float sum by its repr"),
        pytest.param("decimal", Decimal("1E+2"), "string", "100", id="exponent written out"),
        pytest.param("integer", 1211, "integer", 1211, id="integer as an integer"),
        pytest.param("integer", 1211, "string", "1211", id="integer as a string"),
        pytest.param("date", JANUARY_31, "string", "31/01/2026", id="date"),
        pytest.param("date", datetime.date(2026, 3, 5), "string", "05/03/2026", id="date zero padded"),
        pytest.param("iso-date", JANUARY_31, "string", "2026-01-31", id="iso-date"),
    ],
)
def test_a_codec_writes_a_python_value_as_the_json_type_the_contract_gives(
    codec: str, value: object, wire_type: str, expected: object
) -> None:
    written = WRITERS[codec](value, "field", wire_type)
    assert type(written) is type(expected)
    assert written == expected
    assert str(written) == str(expected)


@pytest.mark.parametrize(
    ("codec", "value"),
    [
        pytest.param("flag", "yes", id="flag yes"),
        pytest.param("flag", 1, id="flag 1"),
        pytest.param("flag", None, id="flag None"),
        pytest.param("boolean", 1, id="boolean 1"),
        pytest.param("boolean", "1", id="boolean string"),
        pytest.param("decimal", "1,5", id="decimal comma"),
        pytest.param("decimal", "", id="decimal empty"),
        pytest.param("decimal", "1e5", id="decimal exponent"),
        pytest.param("decimal", "abc", id="decimal letters"),
        pytest.param("decimal", True, id="decimal True"),
        pytest.param("decimal", None, id="decimal None"),
        pytest.param("decimal", Decimal("NaN"), id="decimal NaN"),
        pytest.param("decimal", Decimal("Infinity"), id="decimal Infinity"),
        pytest.param("decimal", float("nan"), id="decimal float nan"),
        pytest.param("decimal", float("inf"), id="decimal float inf"),
        pytest.param("decimal", "NaN", id="decimal NaN string"),
        pytest.param("integer", 1211.0, id="integer float"),
        pytest.param("integer", True, id="integer True"),
        pytest.param("integer", "1211", id="integer string"),
        pytest.param("date", "31/01/2026", id="date as text"),
        pytest.param("date", datetime.datetime(2026, 1, 31, 12, 0), id="date a datetime"),
        pytest.param("iso-date", "2026-01-31", id="iso-date as text"),
    ],
)
def test_a_value_a_codec_cannot_write_is_an_invalid_argument_naming_the_field(codec: str, value: object) -> None:
    with pytest.raises(errors.InvalidArgument, match=r"^unit_price must be ") as raised:
        WRITERS[codec](value, "unit_price")
    assert raised.value.field == "unit_price"
    assert raised.value.reason is not None
    assert raised.value.reason.startswith("must be ")


# --- Through the models -----------------------------------------------------------------------------------------


def a_tax(**changes: Any) -> dict[str, Any]:
    """A tax as the service writes one in its own answer."""
    return {"id": 1211, "name": "IVA23", "value": 23.0, "region": "PT", "code": "NOR", "default_tax": 1, **changes}


@pytest.mark.parametrize("value", ["23.0", 23.0, Decimal("23.0")], ids=["numeric string", "float", "Decimal"])
def test_a_tax_rate_is_read_as_a_decimal_whichever_way_it_is_written(value: object) -> None:
    tax = Tax.from_dict(a_tax(value=value))
    assert type(tax.value) is Decimal
    assert str(tax.value) == "23.0"


def test_a_tax_reads_its_id_and_flag_through_their_codecs() -> None:
    tax = Tax.from_dict(a_tax(id="1211", default_tax=1))
    assert (tax.id, tax.default_tax) == (1211, True)
    assert Tax.from_dict(a_tax(default_tax=False)).default_tax is False


def test_a_tax_written_back_keeps_the_rate_a_number_and_the_flag_an_integer() -> None:
    written = Tax.from_dict(a_tax(value="23.0")).to_dict()
    assert written["value"] == Decimal("23.0")
    assert type(written["value"]) is Decimal
    assert (written["default_tax"], type(written["default_tax"])) == (1, int)


def test_a_new_tax_sends_its_rate_as_a_numeric_string() -> None:
    """The contract types a new tax's `value` as a string: its digits, not a JSON number."""
    assert NewTax(name="IVA6", value=Decimal("6.0")).to_dict() == {"name": "IVA6", "value": "6.0"}


@pytest.mark.parametrize(
    ("tax", "complaint"),
    [
        pytest.param(a_tax(value="abc"), "value: 'abc' is not a decimal number", id="rate in letters"),
        pytest.param(a_tax(id=1211.0), "id: 1211.0 is not an integer", id="id with a fraction"),
        pytest.param(a_tax(default_tax=2), "default_tax: 2 is not a flag", id="flag out of range"),
    ],
)
def test_a_model_refuses_a_value_its_codec_cannot_read_naming_the_field(tax: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        Tax.from_dict(tax)


# --- Through the client: answers --------------------------------------------------------------------------------

KEY = "codec-test-key-0a1b2c"


def client_answering(handler: Handler, *, strict: bool = False, **httpx_args: Any) -> InvoiceXpressClient:
    return InvoiceXpressClient(
        account_name="acme",
        api_key=KEY,
        max_retries=0,
        strict=strict,
        httpx_args={"transport": httpx.MockTransport(handler), **httpx_args},
    )


def answering_text(path: str, text: str, status: int = 200) -> Handler:
    """Answers GET `path` with `text` as it is, byte for byte (no JSON encoder in between to round numbers)."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == ("GET", path)
        return httpx.Response(status, content=text.encode(), headers={"Content-Type": "application/json"})

    return handler


def test_a_price_is_read_digit_for_digit_never_through_a_float() -> None:
    """0.46561200000000001 is not a float's digits: a client that decoded it as a float would return 0.465612."""
    text = '{"item": {"id": 1, "name": "Parafuso", "unit_price": 0.46561200000000001}}'
    item = client_answering(answering_text("/items/1.json", text)).items.get(1)
    assert isinstance(item, Item)
    assert type(item.unit_price) is Decimal
    assert str(item.unit_price) == "0.46561200000000001"
    assert item.unit_price != Decimal(json.loads("0.46561200000000001"))  # the float a float decode makes
    assert item.unit_price != Decimal("0.465612")  # that float's shortest repr


def test_the_rates_of_an_item_list_are_read_exactly_as_numeric_strings_and_numbers() -> None:
    text = json.dumps(
        {
            "items": [
                {"id": 1, "name": "A", "unit_price": "16.2602", "tax": {"name": "IVA23", "value": "23.0"}},
                {"id": "2", "name": "B", "unit_price": 1.6981, "tax": {"name": "IVA6", "value": 6}},
            ]
        }
    )
    page = client_answering(answering_text("/items.json", text)).items.list()
    assert [(item.id, str(item.unit_price)) for item in page] == [(1, "16.2602"), (2, "1.6981")]
    assert [str(item.tax.value) for item in page if item.tax] == ["23.0", "6"]


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_a_value_the_codec_cannot_read_is_an_invalid_response_naming_the_field(strict: bool) -> None:
    text = json.dumps({"tax": a_tax(value="abc")})
    with pytest.raises(errors.InvalidResponse) as raised:
        client_answering(answering_text("/taxes/1211.json", text), strict=strict).taxes.get(1211)
    assert str(raised.value).startswith("get_tax: GET /taxes/1211.json: 200 ")
    assert "$.tax.value" in str(raised.value)
    assert raised.value.status_code == 200


def test_the_codecs_own_words_say_which_field_it_could_not_read() -> None:
    text = json.dumps({"tax": a_tax(value="abc")})
    with pytest.raises(errors.InvalidResponse, match=r"value: 'abc' is not a decimal number"):
        client_answering(answering_text("/taxes/1211.json", text)).taxes.get(1211)


def test_a_fraction_where_the_contract_says_integer_is_an_invalid_response() -> None:
    """A tax id of 1211.0 would make a model whose id is not an int, and a wrong URL the next time it is used."""
    text = '{"tax": {"id": 1211.0, "name": "IVA23", "value": 23.0, "default_tax": 1}}'
    with pytest.raises(errors.InvalidResponse, match=r"\$\.tax\.id"):
        client_answering(answering_text("/taxes/1211.json", text)).taxes.get(1211)


# --- Through the client: requests -------------------------------------------------------------------------------


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"{request.method} {request.url.path} was sent")


def created(request: httpx.Request) -> httpx.Response:
    """Answers a create of a tax or an item with one, as the service does."""
    if request.url.path == "/items.json":
        return httpx.Response(201, json={"item": {"id": 3040, "name": "Consultoria", "unit_price": 12.3}})
    return httpx.Response(201, json={"tax": a_tax()})


def recording_client() -> tuple[InvoiceXpressClient, list[str]]:
    """A client whose requests' bodies are recorded as text, as they were sent (an httpx request event hook)."""
    bodies: list[str] = []

    def record(request: httpx.Request) -> None:
        bodies.append(request.read().decode())

    return client_answering(created, event_hooks={"request": [record]}), bodies


@pytest.mark.parametrize(
    ("unit_price", "sent"),
    [
        pytest.param(Decimal("12.30"), "12.30", id="Decimal with its trailing zero"),
        pytest.param(Decimal("0.46561200000000001"), "0.46561200000000001", id="Decimal past a float's digits"),
        pytest.param(Decimal("1E+2"), "100", id="Decimal with an exponent, written out"),
        pytest.param(12, "12", id="int"),
        pytest.param(9.99, "9.99", id="float by its shortest repr"),
        pytest.param("12.30", "12.30", id="numeric string"),
    ],
)
def test_a_price_is_sent_as_a_json_number_with_its_digits(unit_price: Decimal | int | float | str, sent: str) -> None:
    client, bodies = recording_client()
    client.items.create(name="Consultoria", description="Consultoria hora", unit_price=unit_price)
    assert bodies == [f'{{"item":{{"name":"Consultoria","description":"Consultoria hora","unit_price":{sent}}}}}']


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        pytest.param(6, "6", id="int"),
        pytest.param(Decimal("23.0"), "23.0", id="Decimal"),
        pytest.param(23.0, "23.0", id="float"),
        pytest.param("23.0", "23.0", id="numeric string"),
    ],
)
def test_a_tax_rate_is_sent_as_a_numeric_string(value: Decimal | int | float | str, sent: str) -> None:
    client, bodies = recording_client()
    client.taxes.create(name="IVA6", value=value)
    assert bodies == [f'{{"tax":{{"name":"IVA6","value":"{sent}"}}}}']


def test_a_flag_argument_is_sent_through_its_codec_under_its_wire_name() -> None:
    client, bodies = recording_client()
    client.taxes.create(name="IVA23", value="23", default=True)
    assert bodies == ['{"tax":{"name":"IVA23","value":"23","default_tax":1}}']


@pytest.mark.parametrize(
    ("arguments", "refused"),
    [
        pytest.param({"value": "abc"}, "value must be a finite number", id="rate in letters"),
        pytest.param({"value": "1,5"}, "value must be a finite number", id="decimal comma"),
        pytest.param({"value": float("nan")}, "value must be a finite number", id="float nan"),
        pytest.param({"value": Decimal("Infinity")}, "value must be a finite number", id="Decimal Infinity"),
        pytest.param({"value": 6, "default": "yes"}, "default must be True or False", id="flag as text"),
    ],
)
def test_an_argument_a_codec_cannot_write_is_refused_before_sending(arguments: dict[str, Any], refused: str) -> None:
    """The error names the method's own argument (`default`, not the wire's `default_tax`)."""
    client = client_answering(never_called)
    with pytest.raises(errors.InvalidArgument, match=rf"^create_tax: {refused}"):
        client.taxes.create(name="IVA6", **arguments)


def test_a_price_that_is_not_finite_is_refused_before_sending() -> None:
    client = client_answering(never_called)
    with pytest.raises(errors.InvalidArgument, match=r"^create_item: unit_price must be a finite number"):
        client.items.create(name="Consultoria", description="Consultoria hora", unit_price=float("nan"))
