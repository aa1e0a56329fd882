"""Each sequences operation through the generated client, against the fake over loopback, sync and async:
typed results on success, typed errors carrying the service's codes on refusal."""

from typing import Any

import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, errors
from invoicexpress_client.api.sequences import (
    create_sequence,
    get_sequence,
    list_sequences,
    register_sequence,
    set_sequence_default,
)
from invoicexpress_client.models import NewSequence, NewSequenceRequest, Sequence, SequenceList
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain.series import ATCUD_TYPES
from starlette.applications import Starlette
from support import series_wire

AT_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def series_named(account: Account, serie: str) -> dict[str, Any]:
    return next(series for series in series_wire(account).values() if series["serie"] == serie)


def is_at_code(code: str) -> bool:
    return len(code) >= 8 and set(code) <= AT_CODE_CHARS


def new(serie: str, default: bool = False) -> NewSequenceRequest:
    return NewSequenceRequest(sequence=NewSequence(serie=serie, default_sequence=default))


# Get and create answer one series under a root key the sources disagree on: they run against both.
both_root_keys = pytest.mark.parametrize("app", ["sequence", "sequences"], indirect=True)


@pytest.fixture
def app(request: pytest.FixtureRequest, account: Account) -> Starlette:
    return create_app(account, single_root_key=getattr(request, "param", "sequence"))


@both_root_keys
def test_get_returns_the_series_whichever_root_key_the_service_uses(
    client: InvoiceXpressClient, account: Account
) -> None:
    for series_id, raw in series_wire(account).items():
        series = get_sequence.sync(series_id, client=client)
        assert isinstance(series, Sequence)
        assert series.to_dict() == raw


@both_root_keys
@pytest.mark.anyio
async def test_get_asynchronously(async_client: AsyncInvoiceXpressClient, account: Account) -> None:
    series_id, raw = next(iter(series_wire(account).items()))
    response = await get_sequence.asyncio_detailed(series_id, client=async_client)
    assert response.status_code == 200
    assert response.parsed.to_dict() == raw


def test_get_of_an_unknown_series_raises_not_found(client: InvoiceXpressClient) -> None:
    with pytest.raises(errors.NotFoundError) as raised:
        get_sequence.sync(1, client=client)
    assert (raised.value.status_code, raised.value.code) == (404, "006")
    assert "The sequence doesn't exist." in raised.value.message


@both_root_keys
def test_create_returns_the_new_registered_series(client: InvoiceXpressClient, account: Account) -> None:
    created = create_sequence.sync(client=client, body=new("2027"))
    assert isinstance(created, Sequence)
    assert (created.serie, created.default_sequence) == ("2027", 0)
    codes = created.to_dict()
    assert all(is_at_code(codes[f"current_{t}_validation_code"]) for t in ATCUD_TYPES)
    assert created.to_dict() == series_wire(account)[created.id]
    assert get_sequence.sync(created.id, client=client).to_dict() == created.to_dict()


@both_root_keys
@pytest.mark.anyio
async def test_create_asynchronously_as_the_new_default(async_client: AsyncInvoiceXpressClient) -> None:
    created = await create_sequence.asyncio(client=async_client, body=new("2027", default=True))
    listed = await list_sequences.asyncio(client=async_client)
    assert [series.id for series in listed.sequences if series.default_sequence == 1] == [created.id]


@pytest.mark.parametrize(
    ("serie", "error_type", "code"),
    [
        ("2025", errors.UnprocessableEntityError, "002"),
        ("20/27", errors.UnprocessableEntityError, "001"),
        ("LOJA 2", errors.UnprocessableEntityError, "001"),
        ("X" * 51, errors.UnprocessableEntityError, "001"),
    ],
)
def test_create_refusals_carry_the_documented_code(
    client: InvoiceXpressClient, serie: str, error_type: type[errors.APIStatusError], code: str
) -> None:
    with pytest.raises(error_type) as raised:
        create_sequence.sync(client=client, body=new(serie))
    assert raised.value.code == code


def test_register_gives_every_atcud_type_an_at_code_once(client: InvoiceXpressClient, account: Account) -> None:
    unregistered = series_named(account, "2022")
    result = register_sequence.sync(unregistered["id"], client=client)
    assert isinstance(result.model, SequenceList)  # the array under `sequences`, as a page of its entries
    [registered] = result
    assert registered.id == unregistered["id"]
    assert all(is_at_code(registered.to_dict()[f"current_{t}_validation_code"]) for t in ATCUD_TYPES)
    with pytest.raises(errors.ConflictError) as again:
        register_sequence.sync(unregistered["id"], client=client)
    assert again.value.code == "005"


@pytest.mark.anyio
async def test_register_asynchronously(async_client: AsyncInvoiceXpressClient, account: Account) -> None:
    result = await register_sequence.asyncio(series_named(account, "2022")["id"], client=async_client)
    assert result.sequences[0].serie == "2022"


@pytest.mark.parametrize(("serie", "code"), [("2026", "000"), ("2025", "007"), ("LOJA", "007")])
def test_register_refuses_the_default_and_registered_series(
    client: InvoiceXpressClient, account: Account, serie: str, code: str
) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        register_sequence.sync(series_named(account, serie)["id"], client=client)
    assert raised.value.code == code


def test_set_default_leaves_exactly_one_default(client: InvoiceXpressClient, account: Account) -> None:
    chosen = series_named(account, "2025")["id"]
    set_sequence_default.sync(chosen, client=client)
    listed = list_sequences.sync(client=client)
    assert [series.id for series in listed.sequences if series.default_sequence == 1] == [chosen]


@pytest.mark.anyio
async def test_set_default_asynchronously(async_client: AsyncInvoiceXpressClient, account: Account) -> None:
    chosen = series_named(account, "2025")["id"]
    response = await set_sequence_default.asyncio_detailed(chosen, client=async_client)
    assert (response.status_code, response.parsed) == (200, None)
    assert (await get_sequence.asyncio(chosen, client=async_client)).default_sequence == 1


def test_set_default_refuses_an_unregistered_series(client: InvoiceXpressClient, account: Account) -> None:
    with pytest.raises(errors.UnprocessableEntityError):
        set_sequence_default.sync(series_named(account, "2022")["id"], client=client)
    with pytest.raises(errors.NotFoundError):
        set_sequence_default.sync(99, client=client)


class TestAccountSituations:
    """The same calls in accounts that are not ready for the Tax Authority."""

    @pytest.fixture(params=[("no_credentials", "004", "002"), ("no_open_activity", "005", "003")])
    def situation(self, request: pytest.FixtureRequest) -> tuple[str, str, str]:
        situation: tuple[str, str, str] = request.param
        return situation

    @pytest.fixture
    def account(self, api_key: str, situation: tuple[str, str, str]) -> Account:
        return seeded_account(api_key, tax_situation=situation[0])  # type: ignore[arg-type]

    @pytest.fixture
    def app(self, account: Account) -> Starlette:
        return create_app(account)

    def test_create_and_register_are_refused_with_each_operations_code(
        self, client: InvoiceXpressClient, account: Account, situation: tuple[str, str, str]
    ) -> None:
        _, create_code, register_code = situation
        with pytest.raises(errors.UnprocessableEntityError) as creating:
            create_sequence.sync(client=client, body=new("2027"))
        with pytest.raises(errors.UnprocessableEntityError) as registering:
            register_sequence.sync(series_named(account, "2022")["id"], client=client)
        assert (creating.value.code, registering.value.code) == (create_code, register_code)


class TestNonPortugueseAccount:
    @pytest.fixture
    def account(self, api_key: str) -> Account:
        return seeded_account(api_key, tax_situation="not_portuguese")

    @pytest.fixture
    def app(self, account: Account) -> Starlette:
        return create_app(account)

    def test_series_are_created_outside_atcud_and_cannot_be_registered(self, client: InvoiceXpressClient) -> None:
        created = create_sequence.sync(client=client, body=new("2027"))
        assert {value for name, value in created.to_dict().items() if name.endswith("_validation_code")} == {"N/A"}
        with pytest.raises(errors.UnprocessableEntityError) as raised:
            register_sequence.sync(created.id, client=client)
        assert raised.value.code == "004"


class TestRegistrationUnderWay:
    @pytest.fixture
    def app(self, account: Account) -> Starlette:
        account.registration_in_progress = True
        return create_app(account)

    def test_create_and_register_conflict(self, client: InvoiceXpressClient, account: Account) -> None:
        with pytest.raises(errors.ConflictError) as creating:
            create_sequence.sync(client=client, body=new("2027"))
        with pytest.raises(errors.ConflictError) as registering:
            register_sequence.sync(series_named(account, "2022")["id"], client=client)
        assert (creating.value.code, registering.value.code) == ("006", "008")
