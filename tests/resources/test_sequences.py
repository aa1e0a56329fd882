"""The clients people reach for: `client.sequences.<method>()` sync and async, the detailed responses, settings
from the environment, errors that name what was asked, and resources that follow the contract."""

import json
from collections.abc import Callable

import httpx
import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient, __version__, errors
from invoicexpress_client._pagination import Page
from invoicexpress_client.api.sequences import (
    list_sequences,
)
from invoicexpress_client.models import Sequence, SequenceList
from invoicexpress_fake import Account
from invoicexpress_fake.domain.series import ATCUD_TYPES
from support import exposures, load_bundle, series_wire


def test_the_resource_reads_what_the_operation_modules_read(ix: InvoiceXpressClient, account: Account) -> None:
    listed = ix.sequences.list()
    assert isinstance(listed, Page)
    assert isinstance(listed.model, SequenceList)
    assert list(listed) == list(list_sequences.sync(client=ix))
    assert [series.id for series in listed] == list(series_wire(account))
    assert listed.sequences == list(listed)  # the answer's own field, as in 2.0
    first = listed[0]
    assert ix.sequences.get(first.id) == first


def test_create_takes_the_fields_of_a_series_and_a_bool_for_the_default(
    ix: InvoiceXpressClient, account: Account, sent: list[httpx.Request]
) -> None:
    created = ix.sequences.create(serie="2031", default=True)
    assert isinstance(created, Sequence)
    assert created.serie == "2031"
    assert json.loads(sent[-1].content) == {"sequence": {"serie": "2031", "default_sequence": "1"}}
    assert series_wire(account)[created.id]["default_sequence"] == 1

    ix.sequences.create(serie="2032", default=False)
    assert json.loads(sent[-1].content) == {"sequence": {"serie": "2032", "default_sequence": "0"}}
    ix.sequences.create(serie="2033")  # not given: not sent, the service's own default applies
    assert json.loads(sent[-1].content) == {"sequence": {"serie": "2033"}}
    assert series_wire(account)[created.id]["default_sequence"] == 1


def test_register_and_set_default_act_on_the_series_given(ix: InvoiceXpressClient, account: Account) -> None:
    never_registered = next(s for s in series_wire(account).values() if s["current_invoice_validation_code"] == "N/D")
    registered = ix.sequences.register(never_registered["id"])
    assert never_registered["id"] in [series.id for series in registered.sequences]
    other = next(s for s in series_wire(account).values() if s["serie"] == "2025")
    ix.sequences.set_default(other["id"])
    assert series_wire(account)[other["id"]]["default_sequence"] == 1


def test_detailed_returns_the_whole_response(ix: InvoiceXpressClient) -> None:
    response = ix.sequences.detailed.list()
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert json.loads(response.content)["sequences"][0]["id"] == response.parsed.sequences[0].id
    assert response.deviations == ()
    default = next(series for series in response.parsed.sequences if series.default_sequence == 1)
    assert ix.sequences.detailed.set_default(default.id).parsed is None


@pytest.mark.anyio
async def test_the_async_client_has_the_same_resources_as_coroutines(
    aix: AsyncInvoiceXpressClient, account: Account
) -> None:
    listed = await aix.sequences.list()
    assert [series.id for series in listed.sequences] == list(series_wire(account))
    created = await aix.sequences.create(serie="2040", default=True)
    assert (await aix.sequences.get(created.id)).default_sequence == 1
    assert (await aix.sequences.detailed.get(created.id)).status_code == 200
    with pytest.raises(errors.NotFoundError):
        await aix.sequences.get(999_999)
    never_registered = next(s for s in account.series.values() if s.unregistered_types == list(ATCUD_TYPES))
    registered = await aix.sequences.register(never_registered.id)
    assert [series.id for series in registered] == [never_registered.id]
    assert not account.series[never_registered.id].unregistered_types
    other = next(s for s in account.series.values() if s.serie == "2025")
    assert await aix.sequences.detailed.set_default(other.id) is not None  # the whole Response
    await aix.sequences.set_default(created.id)
    assert [s.id for s in account.series.values() if s.default] == [created.id]


# --- Settings from the environment ----------------------------------------------------------------------------


def test_settings_not_given_are_read_from_the_environment(
    fake_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", api_key)
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", fake_url)
    monkeypatch.setenv("INVOICEXPRESS_ACCOUNT_NAME", "acme")
    with InvoiceXpressClient() as client:
        assert client.base_url == httpx.URL(fake_url)
        assert client.sequences.list().sequences
    monkeypatch.delenv("INVOICEXPRESS_BASE_URL")
    assert InvoiceXpressClient().base_url == httpx.URL("https://acme.app.invoicexpress.com")


def test_arguments_win_over_the_environment(fake_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", "not-the-key")
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("INVOICEXPRESS_ACCOUNT_NAME", "other")
    with InvoiceXpressClient(api_key=api_key, base_url=fake_url) as client:
        assert client.sequences.list().sequences  # the key and address given, not the environment's
    assert InvoiceXpressClient(account_name="acme").base_url == httpx.URL("https://acme.app.invoicexpress.com")


def test_a_missing_key_or_account_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INVOICEXPRESS_API_KEY", "INVOICEXPRESS_ACCOUNT_NAME", "INVOICEXPRESS_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(errors.ClientConfigurationError, match="INVOICEXPRESS_API_KEY"):
        InvoiceXpressClient(account_name="acme")
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", "")
    with pytest.raises(errors.ClientConfigurationError, match="INVOICEXPRESS_API_KEY"):
        InvoiceXpressClient(account_name="acme")
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", "k")
    with pytest.raises(errors.ClientConfigurationError, match="INVOICEXPRESS_ACCOUNT_NAME"):
        AsyncInvoiceXpressClient()


def failure_of(call: Callable[[], object]) -> BaseException:
    """What `call` raised, caught in a frame that holds no key (a report of the traceback shows its locals)."""
    try:
        call()
    except errors.InvoiceXpressError as error:
        return error
    raise AssertionError("no error raised")


ENVIRONMENT_KEY = "envkey-0123456789abcdef"


def test_a_key_from_the_environment_stays_out_of_reprs_and_errors(
    fake_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVOICEXPRESS_API_KEY", ENVIRONMENT_KEY)
    monkeypatch.setenv("INVOICEXPRESS_BASE_URL", fake_url)
    with InvoiceXpressClient() as client:
        failure = failure_of(client.sequences.list)  # the fake knows another key
    assert isinstance(failure, errors.AuthenticationError)
    assert not [text for text in exposures(client, failure) if ENVIRONMENT_KEY in text]


# --- Errors that say what happened ------------------------------------------------------------------------------


def test_an_error_names_the_operation_and_the_path_asked_for(ix: InvoiceXpressClient) -> None:
    failure = failure_of(lambda: ix.sequences.get(999_999))
    assert isinstance(failure, errors.NotFoundError)
    assert str(failure).startswith("get_sequence: GET /sequences/999999.json: 404 Not Found: [006]")
    assert failure.headers["content-type"].startswith("application/json")
    assert failure.status_code == 404
    assert "api_key" not in "".join(exposures(failure))


def test_an_unexpected_status_names_the_operation_and_its_documented_statuses(api_key: str) -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": f"https://elsewhere.test/?api_key={api_key}"})

    transport = httpx.MockTransport(redirect)
    with (
        InvoiceXpressClient(api_key=api_key, account_name="acme", httpx_args={"transport": transport}) as client,
        pytest.raises(errors.UnexpectedStatus) as raised,
    ):
        client.sequences.get(7)
    assert str(raised.value) == (
        "get_sequence: GET /sequences/7.json: 302 Found, not a status of this operation"
        " (documented: 200, 401, 404, 429)"
    )
    assert raised.value.headers["location"] == "https://elsewhere.test/?api_key=[api_key hidden]"


def test_a_body_that_breaks_the_contract_keeps_the_answers_headers(api_key: str) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"sequences": "none"}, headers={"X-Request-Id": "r-1"})

    transport = httpx.MockTransport(broken)
    with (
        InvoiceXpressClient(api_key=api_key, account_name="acme", httpx_args={"transport": transport}) as client,
        pytest.raises(errors.InvalidResponse) as raised,
    ):
        client.sequences.list()
    assert str(raised.value).startswith("list_sequences: GET /sequences.json: 200 with a body that breaks")
    assert raised.value.headers["x-request-id"] == "r-1"


def test_the_user_agent_carries_the_packages_version(ix: InvoiceXpressClient, sent: list[httpx.Request]) -> None:
    ix.sequences.list()
    assert sent[-1].headers["user-agent"] == f"invoicexpress-client/{__version__}"


def test_the_packages_version_follows_the_contracts() -> None:
    """The rule the README states: the package's MAJOR.MINOR are the contract's `info.version`'s."""
    contract = load_bundle()["info"]["version"].split(".")
    package = __version__.split(".")
    assert package[:2] == contract[:2]
    assert len(package) == 3
    assert package[2].isdigit()


def test_a_body_too_large_to_read_keeps_the_answers_headers(api_key: str) -> None:
    def huge(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b" " * 2048, headers={"X-Request-Id": "r-2"})

    transport = httpx.MockTransport(huge)
    settings = {"api_key": api_key, "account_name": "acme", "max_response_bytes": 1024}
    with (
        InvoiceXpressClient(**settings, httpx_args={"transport": transport}) as client,  # type: ignore[arg-type]
        pytest.raises(errors.ResponseTooLarge) as raised,
    ):
        client.sequences.list()
    assert str(raised.value).startswith(
        "list_sequences: GET /sequences.json: 200 with a body larger than the client's limit of 1024 bytes"
    )
    assert raised.value.headers["x-request-id"] == "r-2"


def test_the_async_client_refuses_a_plain_with(api_key: str) -> None:
    """Its methods are coroutines: under a plain `with` they would be called, never awaited, and do nothing."""
    with pytest.raises(TypeError, match="async with"), AsyncInvoiceXpressClient(api_key=api_key, account_name="acme"):
        pass
