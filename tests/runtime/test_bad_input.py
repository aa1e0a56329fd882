"""Bad input from the caller: every unusable setting is refused at construction with ClientConfigurationError,
every argument that cannot be sent is refused before sending with InvalidArgument; both say what was wrong,
and neither holds the key in its message or among the locals of its traceback."""

from pathlib import Path
from typing import Any

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client.api.sequences import create_sequence, get_sequence, list_sequences
from invoicexpress_client.models import NewSequence, NewSequenceRequest
from support import exposures

KEY = "ixk-bad-input-0123456789abcdef0123456789"


def the_clients_part(error: errors.ClientConfigurationError) -> errors.ClientConfigurationError:
    """`error` with its traceback starting inside the client: the test's own frame holds the key on purpose."""
    assert error.__traceback__ is not None
    return error.with_traceback(error.__traceback__.tb_next)


def refusal(**settings: Any) -> errors.ClientConfigurationError:
    """The error constructing a client with these settings (and KEY) raises."""
    try:
        InvoiceXpressClient(**{"api_key": KEY, "account_name": "acme", **settings})
    except errors.ClientConfigurationError as error:
        return the_clients_part(error)
    raise AssertionError(f"{settings} were accepted")


@pytest.fixture
def garbage_pem(tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n")
    return str(path)


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        ({"base_url": "http://xn--zz"}, "not a URL"),
        ({"base_url": "http://a..b"}, "no resolver takes"),
        ({"base_url": "http://" + "a" * 64 + ".example"}, "no resolver takes"),
        ({"verify_ssl": "/nowhere/ca.pem"}, "not a readable CA bundle"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": 1e12}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": httpx.Timeout(5.0, read=float("inf"))}, "timeout"),
        ({"headers": {"X-Trace": "\udcff"}}, "headers"),
        ({"headers": "X-Trace: 1"}, "headers"),
        ({"headers": [("X-Trace", "1")]}, "headers"),
        ({"httpx_args": {"proxy": "ftp://proxy.example:21"}}, "not a proxy URL"),
        ({"httpx_args": {"mounts": ["all://"]}}, "mounts"),
        ({"httpx_args": {"transport": object()}}, "transport"),
        ({"httpx_args": {"limits": 10}}, "limits"),
    ],
)  # fmt: skip
def test_unusable_settings_are_refused_at_construction(settings: dict[str, Any], complaint: str) -> None:
    error = refusal(**settings)
    assert complaint in str(error)
    for text in exposures(error):
        assert KEY not in text


def test_a_ca_bundle_that_is_not_one_is_refused_at_construction(garbage_pem: str) -> None:
    assert "not a readable CA bundle" in str(refusal(verify_ssl=garbage_pem))


def test_a_proxy_from_the_environment_that_httpx_cannot_use_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.example:21")
    assert "the environment's proxy for this host" in str(refusal())


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(KEY + "\udcff", id="a lone surrogate (undecodable bytes in os.environ)"),
        pytest.param(KEY + "\n", id="a newline"),
        pytest.param(KEY + "\x00", id="a NUL"),
    ],
)
def test_a_key_no_url_can_carry_is_refused_without_showing_it(key: str) -> None:
    try:
        InvoiceXpressClient(api_key=key, account_name="acme")
    except errors.ClientConfigurationError as error:
        refused = the_clients_part(error)
    else:
        raise AssertionError("the key was accepted")
    assert "api_key" in str(refused)
    for text in exposures(refused):
        assert KEY not in text


def test_a_refusal_quoting_a_setting_that_holds_the_key_hides_it() -> None:
    error = refusal(base_url=f"ftp://acme.example/?api_key={KEY}")
    assert "[api_key hidden]" in str(error)


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"{request.method} {request.url.path} was sent")


CLIENT = InvoiceXpressClient(
    account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(never_called)}
)


@pytest.mark.parametrize(
    "sequence_id",
    [146090.0, float("nan"), True, b"146090", None, "", "146\udcff", "146090", "1/../2", "abc"],
    ids=["float", "nan", "bool", "bytes", "None", "empty", "lone surrogate", "digits", "a path", "letters"],
)
def test_an_id_that_cannot_be_sent_is_refused_before_sending(sequence_id: Any) -> None:
    """The contract types the id as an integer: a string, even of digits, is refused rather than sent into the
    path (where `1/../2` would name another resource to a server that decodes it)."""
    with pytest.raises(errors.InvalidArgument, match="get_sequence: sequence_id must be a whole number") as raised:
        get_sequence.sync(sequence_id, client=CLIENT)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("default", ["yes", "", 1, 0, 1.0])
def test_a_flag_that_is_not_a_bool_is_refused_before_sending(default: Any) -> None:
    """`create(default="yes")` must not make the series the default because a non-empty string is truthy."""
    with pytest.raises(errors.InvalidArgument, match=r"create_sequence: default must be True or False, not "):
        CLIENT.sequences.create(serie="2027", default=default)


@pytest.mark.parametrize(
    "serie", [b"2027", float("nan"), float("inf"), "20\udcff27"], ids=["bytes", "nan", "inf", "lone surrogate"]
)
def test_a_body_json_cannot_hold_is_refused_before_sending(serie: Any) -> None:
    with pytest.raises(errors.InvalidArgument, match="create_sequence: the body cannot be sent as JSON"):
        create_sequence.sync(client=CLIENT, body=NewSequenceRequest(sequence=NewSequence(serie=serie)))


@pytest.mark.anyio
async def test_arguments_are_checked_before_sending_asynchronously_too() -> None:
    with pytest.raises(errors.InvalidArgument):
        await get_sequence.asyncio(146090.5, client=CLIENT)  # type: ignore[arg-type]


def test_good_arguments_still_go_out() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"sequences": []})

    client = InvoiceXpressClient(
        account_name="acme", api_key=KEY, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    list_sequences.sync(client=client)
    assert seen == ["/sequences.json"]
