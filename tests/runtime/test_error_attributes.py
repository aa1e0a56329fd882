"""What an error says and holds, whatever failed: the operation and the request (key-free) as attributes, the
request named one way in every message, the cause kept, per-call limits reported as the call's."""

import socket
from collections.abc import Callable

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors

KEY = "errors-key-0123456789abcdef"
Handler = Callable[[httpx.Request], httpx.Response]


def client_answering(handler: Handler, **settings: object) -> InvoiceXpressClient:
    return InvoiceXpressClient(
        account_name="acme", api_key=KEY, max_retries=0, httpx_args={"transport": httpx.MockTransport(handler)},
        **settings,  # type: ignore[arg-type]
    )  # fmt: skip


def raising(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def failure(handler: Handler, **settings: object) -> errors.InvoiceXpressError:
    with pytest.raises(errors.InvoiceXpressError) as raised:
        client_answering(handler, **settings).taxes.get(7)
    return raised.value


FAILURES: dict[str, Handler] = {
    "404": lambda request: httpx.Response(404),
    "422 with a message": lambda request: httpx.Response(422, json={"errors": [{"error": "Name is taken"}]}),
    "500": lambda request: httpx.Response(500, text="<html>oops</html>"),
    "redirect": lambda request: httpx.Response(302, headers={"Location": "https://elsewhere.example/"}),
    "not JSON": lambda request: httpx.Response(200, text="<html>maintenance</html>"),
    "a body the model cannot hold": lambda request: httpx.Response(200, json={"tax": {"name": 5}}),
    "refused connection": raising(httpx.ConnectError("refused")),
    "dropped after sending": raising(httpx.ReadError("reset by peer")),
    "read timeout": raising(httpx.ReadTimeout("timed out")),
}


@pytest.mark.parametrize("handler", FAILURES.values(), ids=FAILURES.keys())
def test_every_error_names_the_operation_and_the_request_one_way(handler: Handler) -> None:
    error = failure(handler)
    assert str(error).startswith("get_tax: GET /taxes/7.json: "), str(error)
    assert error.operation == "get_tax"
    assert error.request is not None
    assert (error.request.method, str(error.request.url)) == ("GET", "https://acme.app.invoicexpress.com/taxes/7.json")
    assert KEY not in str(error.request.url)


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ReadError("reset by peer"), httpx.ReadTimeout("timed out")]
)
def test_a_connection_error_keeps_what_caused_it(exc: httpx.TransportError) -> None:
    error = failure(raising(exc))
    assert isinstance(error, errors.APIConnectionError)
    cause = error.__cause__
    assert type(cause) is type(exc)
    assert str(cause) == str(exc)
    assert cause.request is error.request


def test_a_connection_error_is_caused_by_the_os_error_beneath_httpx() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        with pytest.raises(errors.APIConnectionError) as raised:
            InvoiceXpressClient(api_key=KEY, base_url=url, max_retries=0).taxes.get(7)
    assert str(raised.value).startswith(f"get_tax: GET /taxes/7.json: could not reach 127.0.0.1:{url.rsplit(':')[-1]}")
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert isinstance(raised.value.__cause__.__cause__, ConnectionRefusedError)


def test_a_403_is_a_permission_denied_error() -> None:
    error = failure(lambda request: httpx.Response(403, json={"errors": [{"error": "Not allowed on this plan"}]}))
    assert type(error) is errors.PermissionDeniedError
    assert str(error) == "get_tax: GET /taxes/7.json: 403 Forbidden: Not allowed on this plan"


def test_a_rate_limit_error_says_how_long_to_wait() -> None:
    error = failure(lambda request: httpx.Response(429, headers={"Retry-After": "30"}))
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 30
    assert str(error).endswith(": over the account's limit of requests per minute (Retry-After: 30 s)")


@pytest.mark.parametrize(
    ("settings", "timeout", "said"),
    [
        ({}, None, "no answer within the client's read timeout of 30 s (ReadTimeout)"),
        ({"timeout": httpx.Timeout(5.0)}, None, "no answer within the client's read timeout of 5 s (ReadTimeout)"),
        ({}, 2, "no answer within this call's read timeout of 2 s (ReadTimeout)"),
    ],
)
def test_a_timeout_says_whose_limit_passed(settings: dict[str, object], timeout: float | None, said: str) -> None:
    client = client_answering(raising(httpx.ReadTimeout("timed out")), **settings)
    with pytest.raises(errors.APITimeoutError) as raised:
        client.taxes.get(7, timeout=timeout)
    assert str(raised.value) == f"get_tax: GET /taxes/7.json: {said}"


@pytest.mark.parametrize(
    ("exc", "said"),
    [
        (httpx.ConnectTimeout("timed out"), "could not connect within the client's connect timeout of 10 s"),
        (httpx.WriteTimeout("timed out"), "could not send the request within the client's write timeout of 30 s"),
        (httpx.PoolTimeout("timed out"), "no connection was free within the client's pool timeout of 30 s"),
    ],
)
def test_a_timeout_says_which_phase_it_bounded(exc: httpx.TimeoutException, said: str) -> None:
    assert str(failure(raising(exc))) == f"get_tax: GET /taxes/7.json: {said} ({type(exc).__name__})"


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "1", 1e12])
def test_a_bad_timeout_for_one_call_is_shown(timeout: object) -> None:
    with pytest.raises(errors.InvalidArgument) as raised:
        client_answering(lambda request: httpx.Response(500)).taxes.get(7, timeout=timeout)  # type: ignore[arg-type]
    assert str(raised.value) == (
        f"get_tax: timeout for this call must be seconds (a number above 0, at most 86400), not {timeout!r}"
    )
    assert raised.value.operation == "get_tax"
