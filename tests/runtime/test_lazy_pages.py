"""A page's entries are built as they are read, and only once its answer is proven to build them: whatever the
models cannot hold is still refused by the call itself, as an `InvalidResponse`, never later by a read of the
page; and each entry, when it is built, is the one the whole answer builds, its money as the body wrote it."""

import calendar
import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import jsonschema_rs
import orjson
import pytest
from invoicexpress_client import InvoiceXpressClient, _codecs, errors
from invoicexpress_client._validation import _both, _plan
from invoicexpress_client.models import DocumentItem, DocumentList
from invoicexpress_client.types import Unset
from invoicexpress_fake import seeded_account
from invoicexpress_fake.http.json import dumps
from invoicexpress_fake.routes.documents import render


def page_body(**changes: Any) -> dict[str, Any]:
    """The fake's seeded documents, each written whole (its lines too), as a page of the family's list; `changes`
    made to the first document."""
    account = seeded_account("k")
    documents = [json.loads(dumps(render(document))) for document in reversed(account.documents.values())]
    documents[0] |= changes
    pagination = {"total_entries": len(documents), "current_page": 1, "total_pages": 1, "per_page": 20}
    return {"invoices": documents, "pagination": pagination}


def client_answering(content: bytes) -> InvoiceXpressClient:
    answer = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    return InvoiceXpressClient(
        account_name="acme", api_key="k", httpx_args={"transport": httpx.MockTransport(lambda request: answer)}
    )


def built_whole(content: bytes) -> DocumentList:
    """The page as its model builds it from the body decoded exactly (what the client did for every answer)."""
    return DocumentList.from_dict(json.loads(content, parse_float=Decimal))


@pytest.fixture
def lines_built(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each document line built while the test runs."""
    built: list[object] = []
    build = DocumentItem.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[DocumentItem], src_dict: Any) -> DocumentItem:
        built.append(src_dict)
        return build(cls, src_dict)  # type: ignore[no-any-return]

    monkeypatch.setattr(DocumentItem, "from_dict", classmethod(counting))
    return built


def test_a_pages_documents_are_built_as_they_are_read(lines_built: list[object]) -> None:
    body = page_body()
    page = client_answering(orjson.dumps(body)).invoices.list()
    assert len(page) == len(body["invoices"])
    assert lines_built == []
    first = page[0]
    assert len(lines_built) == len(body["invoices"][0]["items"])
    assert page[0] is first  # built once
    assert page.model.invoices[0] is first
    assert list(page) == page.model.invoices
    assert len(lines_built) == sum(len(document["items"]) for document in body["invoices"])


def test_each_entry_is_the_one_the_whole_answer_builds() -> None:
    content = orjson.dumps(page_body(observations="Entrega de manhã", extra_amount=0.1))
    page = client_answering(content).invoices.list()
    whole = built_whole(content)
    assert page.model == whole
    assert list(page) == whole.invoices
    first = page[0]
    assert not isinstance(first.items, Unset)
    assert type(first.items[0].tax_amount) is Decimal
    assert isinstance(first.date, datetime.date)
    assert type(first["extra_amount"]) is Decimal  # a field not listed
    assert first["extra_amount"] == Decimal("0.1")


def _checks_nesting(depth: int) -> bool:
    """Whether the installed jsonschema-rs checks a document nested this deep (the oldest version the package
    takes stops at 255 levels)."""
    try:
        jsonschema_rs.validator_for({"type": "object"}).validate({"deep": json.loads("[" * depth + "]" * depth)})
    except ValueError:
        return False
    return True


def test_a_field_nested_deeper_than_orjson_writes_is_read_whole() -> None:
    content = orjson.dumps(page_body()).replace(
        b'"reference"', b'"deep":' + b"[" * 900 + b"]" * 900 + b',"reference"', 1
    )
    if _checks_nesting(900):
        assert len(client_answering(content).invoices.list()[0]["deep"]) == 1
    else:  # a validator that cannot check so deep: the call says so, typed (never orjson's TypeError)
        with pytest.raises(errors.InvalidResponse, match="the body cannot be checked: Recursion limit reached"):
            client_answering(content).invoices.list()


def test_an_integer_past_64_bits_is_read_exactly() -> None:
    content = json.dumps(page_body(extra_id=18446744073709551616), separators=(",", ":")).encode()
    assert client_answering(content).invoices.list()[0]["extra_id"] == 18446744073709551616


@pytest.mark.parametrize(
    "written",
    ['"total":2.50', '"total":1E+2', '"total":0.00001', '"total":0.12345678901234567'],
    ids=["a trailing zero", "an exponent", "below 0.0001", "17 digits"],
)
def test_money_is_read_as_the_body_writes_it_whatever_orjson_would_write(written: str) -> None:
    """A number orjson writes otherwise than the body does: read exactly, digit for digit."""
    content = orjson.dumps(page_body(total=123.45)).replace(b'"total":123.45', written.encode(), 1)
    page = client_answering(content).invoices.list()
    assert str(page[0].total) == str(Decimal(written.split(":")[1]))
    assert page.model == built_whole(content)


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"date": "31/02/2026"}, "date"),  # a date that does not exist: no pattern in the contract says so
        ({"due_date": "2026-12-31"}, "due_date"),
        ({"id": 9704.0}, "id"),  # a float where an integer is expected: JSON Schema counts it an integer
        ({"type": None}, "type"),  # a required field null
        ({"items": [{"name": "Café", "quantity": "1.0"}]}, "unit_price"),  # a required field missing
    ],
    ids=["a date that does not exist", "a date written otherwise", "a float id", "a null type", "a missing price"],
)
def test_what_an_entry_cannot_be_built_from_is_refused_by_the_call(changes: dict[str, Any], where: str) -> None:
    client = client_answering(orjson.dumps(page_body(**changes)))
    with pytest.raises(errors.InvalidResponse, match=where):
        client.invoices.list()


def test_a_flag_written_as_a_float_is_no_proof() -> None:
    """A field of a codec whose reader refuses a float (a flag) is looked at as an integer field is."""
    schema = {"type": "object", "properties": {"default_tax": {"type": ["boolean", "null"], "x-codec": "boolean"}}}
    plan = _plan(schema, {}, whole=True)
    assert plan is not None
    assert plan.any_float([{"default_tax": 1.0}])
    assert not plan.any_float([{"default_tax": True}])


@pytest.mark.parametrize(("codec", "reader"), [("date", _codecs.read_date), ("iso-date", _codecs.read_iso_date)])
def test_a_date_its_proof_takes_is_one_its_reader_reads(codec: str, reader: Callable[[object, str], object]) -> None:
    """Every day of a leap year, a common year and a century that is not a leap year, every 29 February of the
    years 1000 to 9999, and days that do not exist: what the proof takes, the reader reads."""
    proof = jsonschema_rs.Draft202012Validator(_codecs.PROOFS[codec])
    days = [(year, month, day) for year in (1900, 2024, 2026) for month in range(14) for day in range(33)]
    days += [(year, 2, 29) for year in range(1000, 10000)] + [(0, 1, 1), (999, 12, 31)]
    taken = 0
    for year, month, day in days:
        text = f"{day:02d}/{month:02d}/{year:04d}" if codec == "date" else f"{year:04d}-{month:02d}-{day:02d}"
        if proof.is_valid(text):
            taken += 1
            reader(text, "date")  # raises if the proof took what the reader refuses
    assert taken == 366 + 365 * 2 + len([year for year in range(1000, 10000) if calendar.isleap(year)])


def test_a_proof_narrows_its_fields_schema_and_never_widens_it() -> None:
    """A codec's proof merged into its field's schema keeps the field's own types and keywords: what the contract
    refuses, the proof refuses."""
    assert _both({"type": ["number", "string"], "pattern": "^1$"}, {"type": ["number", "null"]}) == {
        "type": ["number"],
        "pattern": "^1$",
    }
    assert _both({"type": "integer"}, {"type": ["number"]}) == {"type": ["integer"]}
    assert _both({"pattern": "^a$"}, {"pattern": "^b$"}) == {"allOf": [{"pattern": "^a$"}, {"pattern": "^b$"}]}
