"""One table of document types (openapi/document-types.yaml, the contract's `x-document-types`): the client's
`DocumentType`, the fake's, and the Sequence schema's fields all derive from it and agree with it."""

from typing import Any

import yaml
from invoicexpress_client.atcud import DocumentType as AtcudDocumentType
from invoicexpress_client.document_types import DocumentType
from invoicexpress_fake.domain import document_types as fake_types
from support import ROOT, load_bundle

NUMBERING_FIELDS = ("number", "sequence_id", "validation_code")


def table() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = load_bundle()["x-document-types"]
    return rows


def test_the_contract_carries_the_table_file_as_it_is() -> None:
    assert table() == yaml.safe_load((ROOT / "openapi" / "document-types.yaml").read_text("utf-8"))


def test_the_clients_document_types_are_the_tables_rows_in_its_order() -> None:
    assert AtcudDocumentType is DocumentType
    assert [member.value for member in DocumentType] == [row["name"] for row in table()]
    for row in table():
        member = DocumentType(row["name"])
        assert (member.type, member.label, member.relevant_for_atcud) == (row["type"], row["label"], row["atcud"])
        assert (member.path, member.request_root) == (row.get("path"), row.get("request-root"))
        assert member.answer_roots == tuple(row.get("answer-roots", ()))
        assert {state: dict(events) for state, events in member.states.items()} == {
            state: dict(events) for state, events in row.get("states", {}).items()
        }


def test_the_fake_reads_the_same_table() -> None:
    assert tuple(row["name"] for row in table()) == fake_types.NAMES
    assert tuple(row["name"] for row in table() if row["atcud"]) == fake_types.ATCUD_NAMES
    assert sorted(fake_types.BY_PATH) == sorted(row["path"] for row in table() if "path" in row)


def test_a_series_numbers_each_type_of_the_table_in_fields_named_after_it() -> None:
    properties = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    numbering = {name for name in properties if name.startswith("current_") and name.endswith(NUMBERING_FIELDS)}
    assert numbering == {f"current_{row['name']}_{field}" for row in table() for field in NUMBERING_FIELDS}
