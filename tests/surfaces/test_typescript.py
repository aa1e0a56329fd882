"""The contract serves other languages too: a TypeScript client's types are generated from the bundled file
and type-checked against code that uses them; a TypeScript client (openapi-fetch) runs a whole CRUD of every
resource against the fake; a field the contract renames or retypes breaks that client's compilation; the
one-page HTML reference renders."""

import json
import math
import os
import secrets
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain.clients import Contact
from invoicexpress_fake.serve import serving
from support import BUNDLE, NODE_BIN, ROOT, load_bundle, run, series_wire

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

NODE_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off"}
USAGE = (ROOT / "tests" / "typescript" / "usage.ts").read_text("utf-8")
CLIENT = ROOT / "tests" / "typescript" / "client.ts"
TSC_FLAGS = ("--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler")


def generate_types(folder: Path, bundle: Path = BUNDLE) -> None:
    """openapi-typescript's types of `bundle`, as `folder/invoicexpress.d.ts`."""
    generated = run(NODE_BIN / "openapi-typescript", bundle, "--output", folder / "invoicexpress.d.ts", env=NODE_ENV)
    assert generated.returncode == 0, generated.stdout + generated.stderr


def typecheck_each(root: Path, programs: dict[str, tuple[Path, str, str]]) -> dict[str, str]:
    """tsc's errors for each of several programs, all checked in one run of tsc (each start costs seconds):
    `programs` maps a name to the types file a program imports as `./invoicexpress`, the program's file name and
    its text, written into `root/name/`. A program that type-checks has no errors (`""`)."""
    root.mkdir()
    (root / "node_modules").symlink_to(ROOT / "node_modules")  # where tsc finds openapi-fetch's types
    files = []
    for name, (types, file_name, text) in programs.items():
        (root / name).mkdir()
        shutil.copyfile(types, root / name / "invoicexpress.d.ts")
        (root / name / file_name).write_text(text, "utf-8")
        files.append(f"{name}/{file_name}")
    checked = run(NODE_BIN / "tsc", "--noEmit", *TSC_FLAGS, *files, cwd=root, env=NODE_ENV)
    assert checked.returncode in (0, 2), checked.stdout + checked.stderr  # 2: errors in the programs
    errors: dict[str, list[str]] = {name: [] for name in programs}
    current: list[str] = []
    for line in checked.stdout.splitlines():
        if not line.startswith(" "):  # an error's first line names its file; those after it are its details
            name = line.split("/", 1)[0]
            assert name in errors, checked.stdout  # an error of no program: tsc itself could not run them
            current = errors[name]
        current.append(line)
    return {name: "\n".join(lines) for name, lines in errors.items()}


# Usages that send what the contract refuses: (what usage.ts writes, what is written instead, tsc's words for it).
MISUSES = {
    "series-flag": ('default_sequence: "1" }', 'default_sequence: "2" }',
                    """Type '"2"' is not assignable to type '"0" | "1" | undefined'"""),
    "tax-rate-as-number": ('value: "5.0", region', "value: 5.0, region",
                           "Type 'number' is not assignable to type 'string'"),
    "item-price-as-string": ("unit_price: 45.5 }", 'unit_price: "45.5" }',
                             "Type 'string' is not assignable to type 'number'"),
    "client-copies-out-of-range": ('code: "C0042", send_options: "1"', 'code: "C0042", send_options: "4"',
                                   """Type '"4"' is not assignable"""),
    "document-series-as-number": ('sequence_id: "2105"', "sequence_id: 2105",
                                  "Type 'number' is not assignable to type 'string'"),
    "document-type-filter-unknown": ('"type[]": ["CreditNote"]', '"type[]": ["Credit"]',
                                     """Type '"Credit"' is not assignable"""),
}  # fmt: skip


@pytest.fixture(scope="module")
def usage_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """tsc's errors for usage.ts (`as-written`) and for each of MISUSES, against the bundle's types."""
    root = tmp_path_factory.mktemp("usage")
    generate_types(root)
    programs = {"as-written": (root / "invoicexpress.d.ts", "usage.ts", USAGE)}
    for name, (written, miswritten, _) in MISUSES.items():
        assert USAGE.count(written) == 1, written
        programs[name] = (root / "invoicexpress.d.ts", "usage.ts", USAGE.replace(written, miswritten))
    return typecheck_each(root / "programs", programs)


def compile_client(folder: Path) -> subprocess.CompletedProcess[str]:
    """The TypeScript client compiled by `tsc --strict` against the bundle's types, into `folder/out`."""
    generate_types(folder)
    shutil.copyfile(CLIENT, folder / "client.ts")
    (folder / "package.json").write_text('{"type": "module"}\n')
    (folder / "node_modules").symlink_to(ROOT / "node_modules")  # where node finds openapi-fetch
    return run(NODE_BIN / "tsc", *TSC_FLAGS, "--outDir", folder / "out", folder / "client.ts", env=NODE_ENV)


@dataclass(frozen=True)
class TypeScriptRun:
    """What the TypeScript client printed, the fake account it ran against (afterwards), and the same account as
    seeded (what every record it did not touch must still be)."""

    report: dict[str, Any]
    account: Account
    seeded: Account


@pytest.fixture(scope="module")
def typescript_run(tmp_path_factory: pytest.TempPathFactory) -> TypeScriptRun:
    """One run of the TypeScript client against a fake of its own on 127.0.0.1 (compiling it takes seconds, so
    the tests below share it, each reading its part of the report)."""
    folder = tmp_path_factory.mktemp("typescript-client")
    compiled = compile_client(folder)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    node = shutil.which("node")
    assert node is not None
    key = "ixk" + secrets.token_hex(20)
    account = seeded_account(key)
    with serving(create_app(account)) as url:
        environment = {**NODE_ENV, "INVOICEXPRESS_BASE_URL": url, "INVOICEXPRESS_API_KEY": key}
        ran = run(node, folder / "out" / "client.js", cwd=folder, env=environment)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert key not in ran.stdout + ran.stderr
    return TypeScriptRun(json.loads(ran.stdout), account, seeded_account(key))


def test_typescript_types_generate_and_type_check(usage_errors: dict[str, str]) -> None:
    """usage.ts, the contract's types as another team uses them (each `@ts-expect-error` line an error), compiles
    under `tsc --strict`."""
    assert usage_errors["as-written"] == ""


@pytest.mark.parametrize("misuse", MISUSES)
def test_typescript_check_catches_usage_that_breaks_the_contract(usage_errors: dict[str, str], misuse: str) -> None:
    """Code that sends what the contract refuses (a flag, a rate, a price, a choice of the wrong type or value)
    does not compile: another team meets the contract's rules in its editor, not from the service."""
    refusal = MISUSES[misuse][2]
    assert refusal in usage_errors[misuse], usage_errors[misuse]


def test_a_typescript_client_lists_gets_creates_sets_the_default_and_reads_an_error_from_the_fake(
    typescript_run: TypeScriptRun,
) -> None:
    """The same behaviour the Python client shows, in a second language: openapi-typescript's types and
    openapi-fetch's requests, type-checked with `tsc --strict`, run by node over loopback."""
    report, account = typescript_run.report["sequences"], typescript_run.account
    series = series_wire(account)
    assert report["listed"] == list(series)[: len(report["listed"])]
    assert report["got"] == report["listed"][0]
    first = series[report["got"]]
    code = first["current_invoice_validation_code"]
    assert report["nextAtcud"] == (code if code in ("N/A", "N/D") else f"{code}-{first['current_invoice_number'] + 1}")
    created = series[report["created"]["id"]]
    assert (created["serie"], report["created"]["status"]) == ("2031", 201)
    assert report["defaulted"] == 200
    assert created["default_sequence"] == 1
    assert report["missing"] == {"status": 404, "code": "006"}


def test_a_typescript_client_creates_reads_lists_updates_and_deletes_a_tax(typescript_run: TypeScriptRun) -> None:
    """A tax's whole life from TypeScript: the rate sent as a string ("5.0") is read back equal as a number (its
    own answer) and as a string (the list); an update keeps the fields it leaves out; a deleted tax is a 404 and
    is gone from the account, every seeded tax as it was."""
    report, account = typescript_run.report["taxes"], typescript_run.account
    created = {"name": "IVA5", "region": "PT-AC", "code": "RED", "default": False}
    tax_id = report["created"]["id"]
    for answer in ("created", "got", "listed"):
        assert {name: report[answer][name] for name in created} == created, answer
        assert Decimal(report[answer]["value"]) == Decimal("5.0"), answer
        assert report[answer]["id"] == tax_id
    assert report["created"]["status"] == 201
    assert report["updated"] == 200
    assert {name: report["changed"][name] for name in created} == {**created, "name": "IVA4"}
    assert Decimal(report["changed"]["value"]) == Decimal("4.5")
    assert (report["deleted"], report["gone"]) == (200, 404)
    assert tax_id not in account.taxes
    assert account.taxes == typescript_run.seeded.taxes
    assert account.next_ids["tax"] == tax_id + 1  # one tax made: the refused create made none


def test_a_typescript_client_creates_pages_updates_and_deletes_an_item(typescript_run: TypeScriptRun) -> None:
    """An item's whole life from TypeScript: the price sent as a number is read back exactly; the catalogue is
    walked by `per_page` until a shorter page (the list has no `pagination`), every item once, in order; an
    update changes the tax by name; a deleted item is a 404 and is gone from the account."""
    report, account, seeded = typescript_run.report["items"], typescript_run.account, typescript_run.seeded
    rates = {tax.name: tax.value for tax in seeded.taxes.values()}
    item_id = report["created"]["id"]
    for answer in ("created", "listed"):
        view = report[answer]
        assert (view["id"], view["name"], view["description"], view["unit"]) == (
            item_id, "Pão de Deus", "Pão de Deus com coco", "unit",
        ), answer  # fmt: skip
        assert Decimal(view["unitPrice"]) == Decimal("1.2264"), answer
        assert view["tax"]["name"] == "IVA6"
        assert Decimal(view["tax"]["value"]) == rates["IVA6"], answer
    assert report["created"]["status"] == 201
    pages = report["pages"]
    assert [len(page) for page in pages[:-1]] == [10] * (len(pages) - 1)
    assert len(pages[-1]) < 10
    assert [one for page in pages for one in page] == [*seeded.items, item_id]
    changed = report["changed"]
    assert (changed["name"], changed["description"], changed["unit"]) == (
        "Pão de Deus (6 un.)", "Pão de Deus com coco, caixa de 6", "unit",
    )  # fmt: skip
    assert Decimal(changed["unitPrice"]) == Decimal("6.9811")
    assert changed["tax"]["name"] == "IVA13"
    assert Decimal(changed["tax"]["value"]) == rates["IVA13"]
    assert (report["updated"], report["deleted"], report["gone"]) == (200, 200, 404)
    assert item_id not in account.items
    assert account.items == seeded.items
    assert account.next_ids["item"] == item_id + 1  # the refused create made none


def test_a_typescript_client_creates_finds_updates_gets_and_pages_a_client(typescript_run: TypeScriptRun) -> None:
    """A client's life from TypeScript: created, found by its exact name and by its code, updated (the fields
    left out kept), read back with its id written as a string, and every client read once through the pages
    `pagination` counts; the account holds the client as sent, every seeded client as it was."""
    report, account, seeded = typescript_run.report["clients"], typescript_run.account, typescript_run.seeded
    client_id = report["created"]["id"]
    assert report["created"]["status"] == 201
    assert (report["byName"], report["byCode"], report["got"]["id"]) == (client_id, client_id, client_id)
    assert report["updated"] == 200
    sent = {
        "id": client_id,
        "name": "Tasca do Zé",
        "code": "C0900",
        "email": "ze@tascadoze.pt",
        "fiscalId": "509442013",
        "address": None,
        "city": "Lisboa",
        "postalCode": "1100-001",
        "country": "Portugal",
        "language": "pt",
        "sendOptions": 2,
        "contact": "José Silva",
    }
    assert {name: value for name, value in report["created"].items() if name != "status"} == sent
    assert report["got"] == {**sent, "name": "Tasca do Zé, Lda.", "address": "Rua da Prata, 12"}
    held = account.clients[client_id]
    assert (held.name, held.code, held.address, held.city, held.fiscal_id, held.send_options) == (
        "Tasca do Zé, Lda.", "C0900", "Rua da Prata, 12", "Lisboa", "509442013", 2,
    )  # fmt: skip
    assert held.preferred_contact == Contact(name="José Silva", email="jose@tascadoze.pt")
    assert {one: client for one, client in account.clients.items() if one != client_id} == seeded.clients
    assert [one for page in report["pages"] for one in page] == list(account.clients)
    total = len(account.clients)
    assert report["pagination"] == {"entries": total, "pages": math.ceil(total / 10), "perPage": 10}


def test_a_typescript_client_reads_one_refusal_of_each_shape(typescript_run: TypeScriptRun) -> None:
    """The catalogue refuses in three shapes, each typed in the contract and read by the TypeScript client: a
    Rails error hash for a tax, objects for an item, sentences for a client; none of the refused writes changed
    the account."""
    report, account = typescript_run.report, typescript_run.account
    assert report["taxes"]["refused"] == {"status": 422, "errors": {"name": ["is not available."]}}
    assert report["items"]["refused"] == {"status": 422, "errors": ["Price is a required field"]}
    assert report["clients"]["refused"] == {"status": 422, "errors": ["Nome não está disponível"]}
    assert [tax.name for tax in account.taxes.values()].count("IVA23") == 1
    assert "Sem preço" not in {item.name for item in account.items.values()}
    assert [client.name for client in account.clients.values()].count("Padaria Central, Lda.") == 1


def test_a_typescript_client_creates_finalizes_and_lists_a_credit_note(typescript_run: TypeScriptRun) -> None:
    """A document in a second language: created in the new series by that series' credit-note numbering (sent as
    the string the service reads), read under its type's own key, finalized with the number and ATCUD the series
    implies, listed by its type, and a second finalizing refused in the documented shape."""
    report, account = typescript_run.report["creditNote"], typescript_run.account
    series = series_wire(account)[typescript_run.report["sequences"]["created"]["id"]]
    created, finalized = report["created"], report["finalized"]
    assert (created["answered"], created["type"], created["status"]) == (201, "CreditNote", "draft")
    assert created["atcud"] is None
    assert created["items"] == [{"name": "Pão de forma", "quantity": "3.0"}]
    assert created["client"] == "Tasca do Zé, Lda."
    number = series["current_credit_note_number"]
    assert number == 1  # the series' first credit note, written back to it
    code = series["current_credit_note_validation_code"]
    assert finalized["status"] == "final"
    assert finalized["sequenceNumber"] == f"{number}/{series['serie']}"
    assert finalized["atcud"] == (code if code in ("N/A", "N/D") else f"{code}-{number}")
    assert report["got"] == finalized
    assert [created["id"], "CreditNote"] in report["listed"]
    assert {kind for _, kind in report["listed"]} == {"CreditNote"}
    assert report["refused"]["status"] == 422
    assert "CantHandle" in str(report["refused"]["errors"])


def _without_examples(node: Any, parent: str = "") -> Any:
    """The document without its examples (openapi-typescript refuses a contract whose examples break it, and a
    changed field breaks them): the types are made from the schemas alone."""
    if isinstance(node, dict):
        return {
            key: _without_examples(value, key)
            for key, value in node.items()
            if parent == "properties" or key not in ("example", "examples")
        }
    if isinstance(node, list):
        return [_without_examples(value) for value in node]
    return node


def _schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"][name]
    return schema


def _rename(schema: str, field: str, to: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        found = _schema(document, schema)
        found["properties"] = {to if name == field else name: value for name, value in found["properties"].items()}
        found["required"] = [to if name == field else name for name in found.get("required", [])]

    return mutate


def _retype(schema: str, field: str, to: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        found = _schema(document, schema)["properties"][field]
        found["type"] = to
        found.pop("pattern", None)

    return mutate


def _optional(schema: str, field: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        found = _schema(document, schema)
        found["required"] = [name for name in found["required"] if name != field]

    return mutate


def _unchanged(document: dict[str, Any]) -> None:
    pass


# Changes to the contract, each with what tsc says of the client against it (the contract as it is: nothing).
CHANGES: dict[str, tuple[Callable[[dict[str, Any]], None], str | None]] = {
    "unchanged": (_unchanged, None),
    "item-price-renamed": (_rename("Item", "unit_price", "price"), "Property 'unit_price' does not exist"),
    "page-count-renamed": (_rename("Pagination", "total_pages", "pages"), "Property 'total_pages' does not exist"),
    "tax-rate-sent-as-number": (
        _retype("NewTax", "value", "number"), "Type 'string' is not assignable to type 'number'"
    ),
    "item-price-sent-as-string": (
        _retype("NewItem", "unit_price", "string"), "Type 'number' is not assignable to type 'string'"
    ),
    "item-price-optional": (_optional("NewItem", "unit_price"), "Unused '@ts-expect-error' directive"),
    "document-atcud-renamed": (_rename("Document", "atcud", "at_code"), "Property 'atcud' does not exist"),
}  # fmt: skip


@pytest.fixture(scope="module")
def client_errors_by_change(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """tsc's errors for client.ts against the types of the contract changed as each of CHANGES says (its
    examples left out, as openapi-typescript refuses examples that break their schema)."""
    root = tmp_path_factory.mktemp("changed-contracts")
    programs = {}
    for name, (change, _) in CHANGES.items():
        document = _without_examples(load_bundle())
        change(document)
        (root / name).mkdir()
        (root / name / "changed.json").write_text(json.dumps(document, default=str), "utf-8")
        generate_types(root / name, root / name / "changed.json")
        programs[name] = (root / name / "invoicexpress.d.ts", "client.ts", CLIENT.read_text("utf-8"))
    return typecheck_each(root / "programs", programs)


@pytest.mark.parametrize("change", CHANGES)
def test_the_typescript_client_stops_compiling_when_the_contract_changes_a_field_it_uses(
    client_errors_by_change: dict[str, str], change: str
) -> None:
    """The TypeScript client is checked against the contract, not only run: a contract that renamed a field the
    client reads, changed the type of one it sends, or stopped requiring the price the client's refused create
    leaves out, fails its compilation (so the run against the fake proves the contract, not a copy of it). The
    contract as it is compiles, so each failure is its change's."""
    errors, refusal = client_errors_by_change[change], CHANGES[change][1]
    if refusal is None:
        assert errors == ""
    else:
        assert refusal in errors, errors
        assert errors.startswith(f"{change}/client.ts(")


def test_html_reference_renders_every_operation(tmp_path: Path) -> None:
    output = tmp_path / "reference.html"
    result = run(ROOT / "scripts" / "docs", output, env=NODE_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    page = output.read_text("utf-8")
    assert "cdn.redocly.com/redoc/" not in page  # Redoc itself inlined: the page reads offline
    for item in load_bundle()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                assert operation["summary"] in page
