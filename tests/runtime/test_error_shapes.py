"""The service's error bodies come in many shapes (its documentation and its Rails underneath each have a few):
whichever one an answer has, the error the client raises carries the service's code and message, and says the
message in its text, so that a caller (or a log) sees why a request was refused."""

import json
from typing import Any

import httpx
import pytest
from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client._answer import error_details
from support import load_bundle

KEY = "error-shapes-test-key-9c9c"

# A Rails error on the attribute `code` (`{"code": ["is not included in the list"]}`, a documented refusal of a
# tax) is taken for the service's own error code, and its message is lost.
SHAPES = [
    pytest.param({"errors": {"code": "002", "message": "Invalid Tax Authority credentials."}},
                 "002", "Invalid Tax Authority credentials.", id="errors: code and message"),
    pytest.param({"errors": {"error": "Invalid API key"}}, None, "Invalid API key", id="errors: error"),
    pytest.param({"errors": ["Name can't be blank", "Code has already been taken"]},
                 None, "Name can't be blank; Code has already been taken", id="errors: messages"),
    pytest.param({"errors": [{"error": "Price is a required field"}]}, None, "Price is a required field",
                 id="errors: objects"),
    pytest.param({"errors": [{"error": ["Name is not available."]}]}, None, "Name is not available.",
                 id="errors: objects of lists"),
    pytest.param({"error": "Busy"}, None, "Busy", id="error: text"),
    pytest.param({"error": {"code": "404", "message": "Not found"}}, "404", "Not found", id="error: code and message"),
    pytest.param({"message": "Bad JSON"}, None, "Bad JSON", id="message"),
    pytest.param({"reason": "Maintenance"}, None, "Maintenance", id="reason"),
    pytest.param({"code": "000", "message": "Unknown error."}, "000", "Unknown error.", id="code and message"),
    pytest.param({"name": ["is not available."]}, None, "name is not available.", id="Rails hash"),
    pytest.param({"base": ["Tax region is empty"]}, None, "Tax region is empty", id="Rails hash: base"),
    pytest.param({"name": ["can't be blank", "is too short"]}, None, "name can't be blank; name is too short",
                 id="Rails hash: two messages"),
    pytest.param({"code": ["is not included in the list"]}, None, "code is not included in the list",
                 id="Rails hash: the attribute code"),
    pytest.param({"name": ["is not available."], "value": ["is not a number"]}, None,
                 "name is not available.; value is not a number", id="Rails hash: two fields"),
    pytest.param(["fiscal_id", "is invalid"], None, "fiscal_id is invalid", id="Rails attribute and message"),
    pytest.param([["Sequence name not allowed."]], None, "Sequence name not allowed.", id="list of lists"),
    pytest.param({"status": 400, "error": "Bad Request"}, None, "Bad Request", id="Rails bad request"),
    pytest.param({"errors": {"code": 7, "message": "Teapot"}}, "7", "Teapot", id="integer code"),
    pytest.param({"errors": {"code": "002"}}, "002", None, id="code without message"),
    pytest.param({}, None, None, id="empty object"),
    pytest.param([], None, None, id="empty list"),
    pytest.param(None, None, None, id="null"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "code", "message"), SHAPES)
def test_each_error_shape_gives_its_code_and_message(body: Any, code: str | None, message: str | None) -> None:
    assert error_details(body) == (code, message)


def documented_error_examples() -> list[Any]:
    """Every example body of every error answer of the contract, by operation, status and example name."""
    document = load_bundle()

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = document
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    found = []
    for item in document["paths"].values():
        for method, declared in resolve(item).items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            for status, response in declared["responses"].items():
                if not (status.isdigit() and int(status) >= 400):
                    continue
                examples = resolve(response).get("content", {}).get("application/json", {}).get("examples", {})
                for name, example in examples.items():
                    value = resolve(example)["value"]
                    found.append(pytest.param(value, id=f"{declared['operationId']} {status} {name}"))
    return found


@pytest.mark.parametrize("body", documented_error_examples())
def test_every_error_body_the_contract_documents_gives_a_message(body: Any) -> None:
    _, message = error_details(body)
    assert message


# --- Through the client -----------------------------------------------------------------------------------------


def client_answering(status: int, content: bytes) -> InvoiceXpressClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return InvoiceXpressClient(
        account_name="acme", api_key=KEY, max_retries=0, httpx_args={"transport": httpx.MockTransport(handler)}
    )


NO_DETAILS = "no details in the body"

REFUSALS = [
    pytest.param(400, {"status": 400, "error": "Bad Request"}, errors.BadRequestError, None, "Bad Request",
                 id="400 Rails bad request"),
    pytest.param(400, {"message": "Bad JSON"}, errors.BadRequestError, None, "Bad JSON", id="400 message"),
    pytest.param(401, {"errors": {"error": "Invalid API key"}}, errors.AuthenticationError, None, "Invalid API key",
                 id="401 errors: error"),
    pytest.param(404, {"errors": {"code": "006", "message": "The sequence doesn't exist."}}, errors.NotFoundError,
                 "006", "The sequence doesn't exist.", id="404 errors: code and message"),
    pytest.param(404, {"error": {"code": "404", "message": "Not found"}}, errors.NotFoundError, "404", "Not found",
                 id="404 error: code and message"),
    pytest.param(409, {"errors": {"code": "008", "message": "The sequence is already being registered."}},
                 errors.ConflictError, "008", "The sequence is already being registered.", id="409 code and message"),
    pytest.param(409, {"error": "Busy"}, errors.ConflictError, None, "Busy", id="409 error: text"),
    pytest.param(413, {"reason": "Too large"}, errors.APIStatusError, None, "Too large", id="413 reason"),
    pytest.param(422, {"errors": ["Name can't be blank", "Code has already been taken"]},
                 errors.UnprocessableEntityError, None, "Name can't be blank; Code has already been taken",
                 id="422 errors: messages"),
    pytest.param(422, {"errors": [{"error": "Price is a required field"}]}, errors.UnprocessableEntityError, None,
                 "Price is a required field", id="422 errors: objects"),
    pytest.param(422, {"errors": [{"error": ["Name is not available."]}]}, errors.UnprocessableEntityError, None,
                 "Name is not available.", id="422 errors: objects of lists"),
    pytest.param(422, {"code": "000", "message": "Unknown error."}, errors.UnprocessableEntityError, "000",
                 "Unknown error.", id="422 code and message"),
    pytest.param(422, {"name": ["is not available."]}, errors.UnprocessableEntityError, None,
                 "name is not available.", id="422 Rails hash"),
    pytest.param(422, {"base": ["Tax region is empty"]}, errors.UnprocessableEntityError, None,
                 "Tax region is empty", id="422 Rails hash: base"),
    pytest.param(422, {"name": ["can't be blank", "is too short"]}, errors.UnprocessableEntityError, None,
                 "name can't be blank; name is too short", id="422 Rails hash: two messages"),
    pytest.param(422, {"code": ["is not included in the list"]}, errors.UnprocessableEntityError, None,
                 "code is not included in the list", id="422 Rails hash: the attribute code",
                 ),
    pytest.param(422, ["fiscal_id", "is invalid"], errors.UnprocessableEntityError, None, "fiscal_id is invalid",
                 id="422 Rails attribute and message"),
    pytest.param(422, [["Sequence name not allowed."]], errors.UnprocessableEntityError, None,
                 "Sequence name not allowed.", id="422 list of lists"),
    pytest.param(422, {}, errors.UnprocessableEntityError, None, NO_DETAILS, id="422 empty object"),
    pytest.param(422, [], errors.UnprocessableEntityError, None, NO_DETAILS, id="422 empty list"),
    pytest.param(429, {"reason": "Slow down"}, errors.RateLimitError, None, "Slow down", id="429 reason"),
]  # fmt: skip


@pytest.mark.parametrize(("status", "body", "error_type", "code", "message"), REFUSALS)
def test_each_refusal_raises_its_error_with_the_services_code_and_message(
    status: int, body: Any, error_type: type[errors.APIStatusError], code: str | None, message: str
) -> None:
    content = json.dumps(body).encode()
    with pytest.raises(error_type) as raised:
        client_answering(status, content).taxes.create(name="IVA23", value="23")
    error = raised.value
    assert type(error) is error_type
    assert (error.status_code, error.code, error.message, error.content) == (status, code, message, content)
    assert str(error).startswith(f"create_tax: POST /taxes.json: {status} ")
    assert message in str(error)
    if code is not None:
        assert f"[{code}] {message}" in str(error)


def test_a_body_that_is_json_null_has_no_details() -> None:
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        client_answering(422, b"null").taxes.create(name="IVA23", value="23")
    assert (raised.value.code, raised.value.message) == (None, NO_DETAILS)


def test_an_error_body_that_is_not_json_has_no_details() -> None:
    with pytest.raises(errors.ServerError) as raised:
        client_answering(500, b"<html>Internal Server Error</html>").taxes.create(name="IVA23", value="23")
    assert (raised.value.code, raised.value.message) == (None, NO_DETAILS)
    assert raised.value.content == b"<html>Internal Server Error</html>"
