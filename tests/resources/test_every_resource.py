"""Every operation of the contract, on the client: a method of its tag's resource in all four forms (sync, async,
and their `.detailed`), named and typed as the contract declares it, with an operation module of the same call
as functions, a declaration that says what the contract says, and a docstring that names every error it can
raise. Contract-driven: an operation added to openapi/ is checked here without a line added."""

import importlib
import inspect
from typing import Any

import pytest
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient
from invoicexpress_client._operation import Operation, Retry
from support import ContractOperation, load_bundle, operations, resolved

STATUS_ERRORS = {
    "400": "errors.BadRequestError",
    "401": "errors.AuthenticationError",
    "404": "errors.NotFoundError",
    "409": "errors.ConflictError",
    "422": "errors.UnprocessableEntityError",
    "429": "errors.RateLimitError",
}
CLIENT = InvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9")
ASYNC_CLIENT = AsyncInvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9")


def resources(tag: str) -> list[Any]:
    """The four forms of a tag's resource, as a user reaches them."""
    sync, asynchronous = getattr(CLIENT, tag), getattr(ASYNC_CLIENT, tag)
    return [sync, sync.detailed, asynchronous, asynchronous.detailed]


def declared_arguments(operation: ContractOperation) -> list[str]:
    """The arguments the contract gives the method: parameters (but those a bound resource gives from its
    document type, `x-bind`), then the wrapped body's fields and those beside its root, by their x-python-name
    where they have one, and the arguments that give a field from an object (`x-given-by`)."""
    document = load_bundle()
    item = document["paths"][operation.path]
    names = []
    for parameter in [*item.get("parameters", []), *operation.declared.get("parameters", [])]:
        parameter = resolved(document, parameter)
        if "x-bind" not in parameter:
            names.append(parameter.get("x-python-name", parameter["name"]))
    body = operation.declared.get("requestBody")
    if body:
        outer = resolved(document, resolved(document, body)["content"]["application/json"]["schema"])
        [root] = outer["required"]
        for field, schema in outer["properties"].items():
            inner = resolved(document, schema)["properties"].items() if field == root else [(field, schema)]
            # (a const field is always sent as its value: no argument)
            names += [schema.get("x-python-name", name) for name, schema in inner
                      if "const" not in resolved(document, schema)]  # fmt: skip
            # A field one may also give from an object (`series=` a Sequence) has that argument too.
            names += [schema["x-given-by"]["argument"] for _, schema in inner if "x-given-by" in schema]
    return names


@pytest.mark.parametrize("operation", operations(), ids=lambda operation: operation.operation_id)
def test_each_operation_is_a_method_of_its_resource_in_all_four_forms(operation: ContractOperation) -> None:
    for form, resource in zip(("sync", "detailed", "async", "async detailed"), resources(operation.tag), strict=True):
        method = getattr(resource, operation.method_name)
        assert inspect.iscoroutinefunction(method) == form.startswith("async"), (form, method)
        parameters = inspect.signature(method).parameters
        assert sorted(parameters) == sorted([*declared_arguments(operation), "timeout"]), form


@pytest.mark.parametrize("operation", operations(), ids=lambda operation: operation.operation_id)
def test_each_operation_has_a_module_of_functions_and_a_declaration_from_the_contract(
    operation: ContractOperation,
) -> None:
    module = importlib.import_module(f"invoicexpress_client.api.{operation.tag}.{operation.module}")
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name)), name
    declaration: Operation[Any] = module.OPERATION
    assert (declaration.method, declaration.path) == (operation.method, operation.path)
    assert declaration.statuses == tuple(operation.declared["responses"])
    retry = operation.declared["x-retry"]
    assert declaration.retry is Retry(retry["policy"])
    assert declaration.done_when_resent == tuple(int(status) for status in retry.get("done-when-resent", []))
    assert declaration.pending == tuple(int(status) for status in operation.declared.get("x-pending", []))
    listing = operation.declared.get("x-list")
    assert (declaration.listing is not None) == (listing is not None)
    if listing is not None and declaration.listing is not None:
        assert (declaration.listing.page, declaration.listing.per_page) == (
            listing.get("page"),
            listing.get("per-page"),
        )
        assert declaration.listing.pagination == listing.get("pagination")


@pytest.mark.parametrize("operation", operations(), ids=lambda operation: operation.operation_id)
def test_each_method_names_every_error_its_statuses_can_raise(operation: ContractOperation) -> None:
    sync, _, asynchronous, _ = resources(operation.tag)
    for method in (getattr(sync, operation.method_name), getattr(asynchronous, operation.method_name)):
        doc = inspect.getdoc(method) or ""
        assert operation.declared["summary"] in doc
        raises = doc.split("Raises:")[1].split("Returns:")[0]
        for status in operation.declared["responses"]:
            if status in STATUS_ERRORS:
                assert STATUS_ERRORS[status] in raises, (method, status)
        assert "errors.InvoiceXpressError" in raises
        for always in ("ServerError", "APIConnectionError", "InvalidResponse", "InvalidArgument"):
            assert always in raises


SECOND_TAGS = [
    (operation, tag) for operation in operations() for tag in operation.declared["tags"][1:]
]  # the family's list on `client.documents`; a document's PDF on each type's resource


@pytest.mark.parametrize(
    ("operation", "tag"), SECOND_TAGS, ids=[f"{operation.operation_id} on {tag}" for operation, tag in SECOND_TAGS]
)
def test_an_operation_of_a_second_tag_is_a_method_there_unbound(operation: ContractOperation, tag: str) -> None:
    """On its second tag's resource, a parameter its own resource gives from a document type is an argument (an
    operation with none, such as the PDF's, has the same arguments there)."""
    document = load_bundle()
    item = document["paths"][operation.path]
    every = [resolved(document, parameter) for parameter in [*item.get("parameters", []), *operation.declared.get(
        "parameters", [])]]  # fmt: skip
    bound = {parameter.get("x-python-name", parameter["name"]) for parameter in every if "x-bind" in parameter}
    for resource in resources(tag):
        parameters = inspect.signature(getattr(resource, operation.method_name)).parameters
        assert sorted(parameters) == sorted([*declared_arguments(operation), *bound, "timeout"])
