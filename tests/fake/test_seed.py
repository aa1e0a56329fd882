"""The seeded account (what scripts/mock serves, and every test starts from) is believable, as a team sees it over
HTTP: series in every state of registration, the Portuguese VAT rates with one default, a catalogue whose items
are charged the account's own taxes, clients with valid tax numbers; and it is reproducible from its seed."""

from typing import Any

import httpx
from invoicexpress_fake import Account, seeded_account
from invoicexpress_fake.domain.series import ATCUD_TYPES, DOCUMENT_TYPES
from invoicexpress_fake.routes import clients, documents, items, taxes
from invoicexpress_fake.rules.clients import valid_nif
from invoicexpress_fake.rules.taxes import CODES
from support import series_wire


def codes(series: dict[str, object], doc_types: tuple[str, ...]) -> list[object]:
    return [series[f"current_{doc_type}_validation_code"] for doc_type in doc_types]


def rendered(account: Account) -> dict[str, Any]:
    """Everything of the account as the routes write it (each record's own answer, and as a list writes it)."""
    return {
        "series": series_wire(account),
        "taxes": [(taxes.render(tax), taxes.render(tax, in_list=True)) for tax in account.taxes.values()],
        "items": [(items.render(item), items.render(item, in_list=True)) for item in account.items.values()],
        "clients": [(clients.render(c), clients.render(c, in_list=True)) for c in account.clients.values()],
        "documents": [(documents.render(d), documents.render(d, in_list=True)) for d in account.documents.values()],
    }


def test_seeded_series_are_in_every_state_of_registration(api_key: str) -> None:
    series = list(series_wire(seeded_account(api_key)).values())
    assert len(series) >= 4
    assert [s["default_sequence"] for s in series].count(1) == 1
    # Registered series: an AT code for each ATCUD type.
    registered = [
        s for s in series if all(isinstance(c, str) and c not in ("N/D", "N/A") for c in codes(s, ATCUD_TYPES))
    ]
    assert registered
    # An unregistered series, and a partly registered one.
    assert any(set(codes(s, ATCUD_TYPES)) == {"N/D"} for s in series)
    assert any("N/D" in codes(s, ATCUD_TYPES) and set(codes(s, ATCUD_TYPES)) != {"N/D"} for s in series)
    # Outside ATCUD, always N/A.
    outside = tuple(t for t in DOCUMENT_TYPES if t not in ATCUD_TYPES)
    assert all(set(codes(s, outside)) == {"N/A"} for s in series)
    # Every numbering id is unique across the account, and the invoice numbering shares the series' id.
    ids = [s[f"current_{t}_sequence_id"] for s in series for t in DOCUMENT_TYPES]
    assert len(ids) == len(set(ids))
    assert all(s["current_invoice_sequence_id"] == s["id"] for s in series)


def test_six_taxes_with_exactly_one_default_the_mainlands_normal_rate(api: httpx.Client) -> None:
    listed = api.get("/taxes.json").json()["taxes"]
    assert len(listed) == 6
    assert len({tax["name"] for tax in listed}) == 6
    assert [(tax["name"], tax["region"], tax["code"]) for tax in listed if tax["default_tax"] == 1] == [
        ("IVA23", "PT", "NOR")
    ]
    assert all(tax["default_tax"] in (0, 1) for tax in listed)
    assert all(tax["code"] in CODES and 0 <= float(tax["value"]) <= 100 for tax in listed)
    # The mainland's three rates and the islands' normal ones.
    assert {tax["region"] for tax in listed} >= {"PT", "PT-AC", "PT-MA"}


def test_24_items_each_charged_a_tax_of_the_account_more_than_a_page(api: httpx.Client) -> None:
    rates = {tax["name"]: tax["value"] for tax in api.get("/taxes.json").json()["taxes"]}
    catalogue = api.get("/items.json", params={"per_page": 100}).json()["items"]
    assert len(catalogue) == 24
    assert len({item["name"] for item in catalogue}) == 24
    assert all(item["tax"]["name"] in rates for item in catalogue)
    assert all(item["tax"]["value"] == rates[item["tax"]["name"]] for item in catalogue)
    assert len(api.get("/items.json").json()["items"]) == 20  # the account's page size: a second page follows


def test_22_clients_with_valid_tax_numbers_and_unique_names_and_codes(api: httpx.Client) -> None:
    answer = api.get("/clients.json", params={"per_page": 100}).json()
    listed = answer["clients"]
    assert len(listed) == answer["pagination"]["total_entries"] == 22
    assert len({client["name"] for client in listed}) == 22
    assert len({client["code"] for client in listed}) == 22
    assert all(client["code"] for client in listed)
    in_portugal = [client for client in listed if client["country"] == "Portugal"]
    assert all(valid_nif(client["fiscal_id"]) for client in in_portugal)
    assert "999999990" in {client["fiscal_id"] for client in in_portugal}  # the anonymous consumer
    # One client abroad, its tax number its own country's (not a NIF).
    abroad = [client for client in listed if client["country"] != "Portugal"]
    assert [(client["country"], valid_nif(client["fiscal_id"])) for client in abroad] == [("Spain", False)]
    assert api.get("/clients.json").json()["pagination"]["total_pages"] == 2


def test_the_same_seed_gives_the_same_account(api_key: str) -> None:
    assert rendered(seeded_account(api_key, seed=7)) == rendered(seeded_account(api_key, seed=7))


def test_another_seed_gives_another_account(api_key: str) -> None:
    one, other = rendered(seeded_account(api_key, seed=7)), rendered(seeded_account(api_key, seed=8))
    assert one["series"] != other["series"]  # the validation codes
    assert one["clients"] != other["clients"]  # the tax numbers, the statements' links
    assert one["documents"] != other["documents"]  # the permalinks, the ATCUDs, the signatures
