"""The ATCUD helpers: the document types the contract's series number, each type's numbering through one typed
accessor, and the rules for `N/D` and `N/A`."""

import re

import pytest
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.atcud import (
    NOT_APPLICABLE,
    NOT_REGISTERED,
    DocumentType,
    Numbering,
    atcud,
    is_default,
    numbering,
    numberings,
)
from invoicexpress_fake import Account
from support import load_bundle, series_wire


def test_the_document_types_are_those_the_contracts_series_number() -> None:
    fields = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    in_contract = {match[1] for name in fields if (match := re.fullmatch(r"current_(\w+)_number", name))}
    assert {member.value for member in DocumentType} == in_contract
    for member in DocumentType:
        for part in ("number", "sequence_id", "validation_code"):
            assert f"current_{member.value}_{part}" in fields


def test_the_types_relevant_for_atcud_are_those_the_contract_does_not_mark_n_a() -> None:
    fields = load_bundle()["components"]["schemas"]["Sequence"]["properties"]
    not_relevant = {
        member
        for member in DocumentType
        if "Not relevant for ATCUD" in fields[f"current_{member.value}_validation_code"]["description"]
    }
    assert not_relevant == {member for member in DocumentType if not member.relevant_for_atcud}
    assert len(not_relevant) == 4


def test_each_numbering_reads_its_own_types_fields(client: InvoiceXpressClient, account: Account) -> None:
    for series in client.sequences.list().sequences:
        raw = series_wire(account)[series.id]
        found = numberings(series)
        assert [item.type for item in found] == list(DocumentType)
        for item in found:
            assert item == Numbering(
                item.type,
                raw[f"current_{item.type}_number"],
                raw[f"current_{item.type}_sequence_id"],
                raw[f"current_{item.type}_validation_code"],
            )
            assert item == numbering(series, item.type)
        assert is_default(series) is (raw["default_sequence"] == 1)


def test_the_next_atcud_is_the_code_a_hyphen_and_the_next_number(client: InvoiceXpressClient) -> None:
    series = next(s for s in client.sequences.list().sequences if s.serie == "2026")
    invoices = numbering(series, DocumentType.INVOICE)
    assert invoices.registered
    assert invoices.next_number == series.current_invoice_number + 1
    assert invoices.next_atcud == f"{series.current_invoice_validation_code}-{series.current_invoice_number + 1}"
    assert invoices.atcud(5) == f"{series.current_invoice_validation_code}-5"


@pytest.mark.parametrize("code", [NOT_REGISTERED, NOT_APPLICABLE])
def test_an_unregistered_or_irrelevant_types_atcud_is_its_code(code: str) -> None:
    item = Numbering(DocumentType.QUOTE, 11, 7, code)
    assert not item.registered
    assert item.next_atcud == code
    assert atcud(code, 3) == code


def test_the_fakes_series_show_both_rules(client: InvoiceXpressClient) -> None:
    series = {s.serie: s for s in client.sequences.list().sequences}
    old = numberings(series["2022"])  # never registered
    assert {item.next_atcud for item in old if item.type.relevant_for_atcud} == {NOT_REGISTERED}
    assert {item.next_atcud for item in old if not item.type.relevant_for_atcud} == {NOT_APPLICABLE}
    assert numbering(series["2025"], DocumentType.VAT_MOSS_RECEIPT).next_atcud == NOT_APPLICABLE
    assert is_default(series["2026"])
    assert not is_default(series["2025"])


def test_a_type_may_be_given_by_its_value_and_a_wrong_one_is_named(client: InvoiceXpressClient) -> None:
    series = client.sequences.list().sequences[0]
    assert numbering(series, "invoice") == numbering(series, DocumentType.INVOICE)  # type: ignore[arg-type]
    assert numbering(series, "invoice").type.relevant_for_atcud  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'INVOICE' is not a valid DocumentType"):
        numbering(series, "INVOICE")  # type: ignore[arg-type]
