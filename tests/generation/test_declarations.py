"""generator/declarations.py: what the generator reads from each operation of the contract (its method's name,
whether it may be sent again, what its answers and body are, what each status raises), and what it refuses,
naming the operation, before anything is generated. Each test builds a small contract of its own: one tag,
`taxes`, with a list, a create, a get, an update, a delete, a one-shot registration and a report that may not be
ready yet."""

import ast
import sys
from collections.abc import Callable
from typing import Any

import pytest
from invoicexpress_client import errors
from invoicexpress_client._operation import Reconcile, Step
from support import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import declarations  # generator/ is not a package: its folder is put on the path above

Contract = dict[str, Any]


def ref(schema: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{schema}"}


def json_body(schema: str, **response: Any) -> dict[str, Any]:
    return {"description": "An answer.", "content": {"application/json": {"schema": ref(schema)}}, **response}


def no_body(description: str = "No body.") -> dict[str, Any]:
    return {"description": description}


def query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer", "minimum": 1}, "description": f"The {name}."}


TAX_ANSWER = json_body("TaxEnvelope", **{"x-envelope": {"keys": ["tax"], "schema": "Tax"}})
NEW_TAX_BODY = {"required": True, "content": {"application/json": {"schema": ref("NewTaxRequest")}}}


def contract() -> Contract:
    """The small contract the tests start from (a new one each call: tests change it)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Taxes", "version": "1.0.0"},
        "tags": [{"name": "taxes", "description": "Taxes (VAT rates) of the account."}],
        "paths": {
            "/taxes.json": {
                "get": {
                    "operationId": "listTaxes",
                    "tags": ["taxes"],
                    "summary": "List all taxes",
                    "x-method-name": "list",
                    "x-read-only": True,
                    "x-retry": {"policy": "idempotent"},
                    "x-list": {"entries": "taxes", "page": "page", "per-page": "per_page", "pagination": "pagination"},
                    "parameters": [query("page"), query("per_page")],
                    "responses": {"200": json_body("TaxList"), "401": no_body(), "429": no_body()},
                },
                "post": {
                    "operationId": "createTax",
                    "tags": ["taxes"],
                    "x-method-name": "create",
                    "x-retry": {"policy": "never", "why": "a name in use is refused"},
                    "requestBody": NEW_TAX_BODY,
                    "responses": {
                        "201": TAX_ANSWER,
                        **{status: no_body() for status in ("400", "401", "413", "422", "429")},
                    },
                },
            },
            "/taxes/{tax_id}.json": {
                "parameters": [
                    {
                        "name": "tax_id",
                        "in": "path",
                        "required": True,
                        "x-python-name": "id",
                        "schema": {"type": "integer"},
                        "description": "The tax's id.",
                    }
                ],
                "get": {
                    "operationId": "getTax",
                    "tags": ["taxes"],
                    "x-method-name": "get",
                    "x-retry": {"policy": "idempotent"},
                    "responses": {"200": TAX_ANSWER, "404": no_body(), "500": no_body(), "4XX": no_body()},
                },
                "put": {
                    "operationId": "updateTax",
                    "tags": ["taxes"],
                    "x-method-name": "update",
                    "x-retry": {"policy": "idempotent"},
                    "requestBody": NEW_TAX_BODY,
                    "responses": {"200": no_body(), "404": no_body()},
                },
                "delete": {
                    "operationId": "deleteTax",
                    "tags": ["taxes"],
                    "x-method-name": "delete",
                    "x-retry": {"policy": "idempotent", "done-when-resent": ["404"]},
                    "responses": {"200": no_body(), "404": no_body()},
                },
            },
            "/taxes/{tax_id}/register.json": {
                "put": {
                    "operationId": "registerTax",
                    "tags": ["taxes"],
                    "x-method-name": "register",
                    "x-retry": {"policy": "never", "why": "one-shot"},
                    "parameters": [{"name": "tax_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": json_body("Report"), "409": no_body()},
                },
            },
            "/taxes/{tax_id}/report.json": {
                "get": {
                    "operationId": "getTaxReport",
                    "tags": ["taxes"],
                    "x-method-name": "report",
                    "x-retry": {"policy": "idempotent"},
                    "x-pending": [202],
                    "parameters": [{"name": "tax_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": json_body("Report"), "202": no_body("Not ready yet.")},
                },
            },
        },
        "components": {
            "schemas": {
                "Tax": {
                    "type": "object",
                    "x-summary": ["id", "name", "value"],
                    "required": ["id", "name", "value"],
                    "properties": {
                        "id": {"type": ["integer", "string"], "x-codec": "integer"},
                        "name": {"type": "string"},
                        "value": {"type": ["number", "string"], "x-codec": "decimal"},
                        "default_tax": {"type": ["integer", "boolean"], "x-codec": "boolean"},
                        "valid_from": {"type": ["string", "null"], "x-codec": "date"},
                        "region": {"type": ["string", "null"]},
                    },
                },
                "TaxEnvelope": {"type": "object", "required": ["tax"], "properties": {"tax": ref("Tax")}},
                "TaxList": {
                    "type": "object",
                    "required": ["taxes", "pagination"],
                    "properties": {"taxes": {"type": "array", "items": ref("Tax")}, "pagination": ref("Pagination")},
                },
                "Pagination": {
                    "type": "object",
                    "properties": {"current_page": {"type": "integer"}, "total_pages": {"type": "integer"}},
                },
                "NewTax": {
                    "type": "object",
                    "required": ["name", "value"],
                    "properties": {
                        "region": {"type": "string", "description": "Where the rate applies."},
                        "name": {"type": "string", "description": "The tax's name."},
                        "value": {"type": "string", "x-codec": "decimal", "description": "The rate."},
                        "default_tax": {"type": "integer", "x-codec": "boolean", "x-python-name": "default"},
                    },
                },
                "NewTaxRequest": {"type": "object", "required": ["tax"], "properties": {"tax": ref("NewTax")}},
                "Report": {"type": "object", "properties": {"url": {"type": "string"}, "pages": {"type": "integer"}}},
            }
        },
    }


def operation(document: Contract, key: str) -> dict[str, Any]:
    """The operation object `method path` of `document`, to change it."""
    method, path = key.split(" ", 1)
    found: dict[str, Any] = document["paths"][path][method]
    return found


def built(change: Callable[[Contract], object] | None = None) -> "declarations.Declarations":
    document = contract()
    if change is not None:
        change(document)
    return declarations.build(document)


def declared(key: str, change: Callable[[Contract], object] | None = None) -> "declarations.Declaration":
    return built(change).operations[key]


# --- What is read -----------------------------------------------------------------------------------------------


def test_the_small_contract_is_accepted_whole() -> None:
    found = built()
    assert set(found.operations) == {
        "get /taxes.json",
        "post /taxes.json",
        "get /taxes/{tax_id}.json",
        "put /taxes/{tax_id}.json",
        "delete /taxes/{tax_id}.json",
        "put /taxes/{tax_id}/register.json",
        "get /taxes/{tax_id}/report.json",
    }
    taxes = found.resources["taxes"]
    assert taxes.description == "Taxes (VAT rates) of the account."
    assert [op.method_name for op in taxes.operations] == [
        "list", "create", "get", "update", "delete", "register", "report",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "method_name", "retry", "done_when_resent", "pending", "read_only", "json_content"),
    [
        pytest.param("get /taxes.json", "list", "idempotent", (), (), True, False, id="list"),
        pytest.param("post /taxes.json", "create", "never", (), (), False, True, id="create"),
        pytest.param("get /taxes/{tax_id}.json", "get", "idempotent", (), (), False, False, id="get"),
        pytest.param("put /taxes/{tax_id}.json", "update", "idempotent", (), (), False, True, id="update"),
        pytest.param("delete /taxes/{tax_id}.json", "delete", "idempotent", (404,), (), False, False, id="delete"),
        pytest.param("put /taxes/{tax_id}/register.json", "register", "never", (), (), False, True,
                     id="bodiless PUT"),
        pytest.param("get /taxes/{tax_id}/report.json", "report", "idempotent", (), (202,), False, False,
                     id="report that may not be ready"),
    ],
)  # fmt: skip
def test_each_operation_declares_its_method_and_how_it_may_be_sent(
    key: str,
    method_name: str,
    retry: str,
    done_when_resent: tuple[int, ...],
    pending: tuple[int, ...],
    read_only: bool,
    json_content: bool,
) -> None:
    """`json_content`: a POST or PUT carries `Content-Type: application/json`, a bodiless one too."""
    found = declared(key)
    assert (found.method_name, found.retry, found.done_when_resent, found.pending) == (
        method_name, retry, done_when_resent, pending,
    )  # fmt: skip
    assert (found.read_only, found.json_content, found.retried) == (read_only, json_content, retry == "idempotent")


def test_a_never_operation_keeps_why_it_is_never_resent() -> None:
    assert declared("post /taxes.json").retry_why == "a name in use is refused"


@pytest.mark.parametrize(
    ("key", "exact"),
    [
        pytest.param("get /taxes.json", True, id="a list of entries holding a decimal"),
        pytest.param("get /taxes/{tax_id}.json", True, id="an envelope around one"),
        pytest.param("post /taxes.json", True, id="a create answering one"),
        pytest.param("delete /taxes/{tax_id}.json", False, id="no body"),
        pytest.param("get /taxes/{tax_id}/report.json", False, id="a body without decimals"),
    ],
)
def test_exact_numbers_where_an_answer_holds_a_decimal(key: str, exact: bool) -> None:
    assert declared(key).exact_numbers is exact


def test_the_successes_their_envelopes_and_schemas() -> None:
    assert declared("post /taxes.json").successes == (declarations.Success("201", ("tax",), "Tax"),)
    assert declared("delete /taxes/{tax_id}.json").successes == (declarations.Success("200", (), None),)
    assert declared("get /taxes/{tax_id}/report.json").successes == (
        declarations.Success("200", (), "Report"),
        declarations.Success("202", (), None),
    )


def test_a_list_declares_its_entries_pages_and_pagination() -> None:
    listing = declared("get /taxes.json").listing
    assert listing is not None
    assert (listing.entries, listing.page, listing.per_page, listing.pagination) == (
        "taxes", "page", "per_page", "pagination",
    )  # fmt: skip
    assert declared("get /taxes.json").returns_page
    assert declared("get /taxes/{tax_id}.json").listing is None


def test_a_list_answered_whole_declares_only_its_entries() -> None:
    def whole(document: Contract) -> None:
        listed = operation(document, "get /taxes.json")
        listed["x-list"] = {"entries": "taxes"}
        del listed["parameters"]

    listing = declared("get /taxes.json", whole).listing
    assert listing is not None
    assert (listing.entries, listing.page, listing.per_page, listing.pagination) == ("taxes", None, None, None)


def test_parameters_are_named_by_x_python_name_else_by_their_wire_name() -> None:
    [tax_id] = declared("get /taxes/{tax_id}.json").parameters
    assert (tax_id.wire, tax_id.python, tax_id.where, tax_id.required, tax_id.integer) == (
        "tax_id", "id", "path", True, True,
    )  # fmt: skip
    assert tax_id.description == "The tax's id."
    [report_id] = declared("get /taxes/{tax_id}/report.json").parameters
    assert report_id.python == "tax_id"
    assert [(p.python, p.where, p.required) for p in declared("get /taxes.json").parameters] == [
        ("page", "query", False),
        ("per_page", "query", False),
    ]


def test_an_operations_own_parameter_replaces_the_path_items_of_the_same_name() -> None:
    def overridden(document: Contract) -> None:
        operation(document, "get /taxes/{tax_id}.json")["parameters"] = [
            {"name": "tax_id", "in": "path", "required": True, "schema": {"type": "integer"}, "description": "Read."}
        ]

    parameters = declared("get /taxes/{tax_id}.json", overridden).parameters
    assert [(p.wire, p.python, p.description) for p in parameters] == [("tax_id", "tax_id", "Read.")]


def test_a_wrapped_body_gives_its_fields_required_first_with_their_codecs() -> None:
    body = declared("post /taxes.json").body
    assert body is not None
    assert (body.root, body.schema, body.required) == ("tax", "NewTax", True)
    assert [(field.wire, field.python, field.required, field.codec) for field in body.fields] == [
        ("name", "name", True, None),
        ("value", "value", True, "decimal"),
        ("region", "region", False, None),
        ("default_tax", "default", False, "boolean"),
    ]
    by_name = {field.python: field for field in body.fields}
    assert by_name["value"].argument_type == "Decimal | int | float | str"
    assert by_name["default"].argument_type == "bool"
    assert by_name["name"].argument_type is None
    assert by_name["name"].description == "The tax's name."


def test_a_body_that_wraps_nothing_is_taken_whole_as_its_model() -> None:
    def unwrapped(document: Contract) -> None:
        operation(document, "post /taxes.json")["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": ref("NewTax")}},
        }

    body = declared("post /taxes.json", unwrapped).body
    assert body is not None
    assert (body.root, body.schema, body.fields, body.required) == (None, "NewTax", (), True)


def meaning(error: type[errors.APIStatusError]) -> str:
    """What errors.py says an error means: its docstring's first line, after its status."""
    first_line = (error.__doc__ or "").strip().splitlines()[0]
    return first_line.partition(": ")[2].rstrip(".")


def test_each_documented_error_status_raises_its_error_with_its_meaning_from_errors_py() -> None:
    raises = declared("post /taxes.json").raises
    assert [(raised.status, raised.name) for raised in raises] == [
        ("400", "BadRequestError"),
        ("401", "AuthenticationError"),
        ("413", "APIStatusError"),
        ("422", "UnprocessableEntityError"),
        ("429", "RateLimitError"),
    ]
    for raised in raises:
        if raised.name != "APIStatusError":
            assert raised.meaning == meaning(getattr(errors, raised.name))
            assert raised.meaning
    assert raises[2].meaning == "refused; `status_code`, `code` and `message` say why"


def test_a_5xx_raises_server_error_and_a_status_range_raises_nothing_of_its_own() -> None:
    raises = declared("get /taxes/{tax_id}.json").raises
    assert [(raised.status, raised.name, raised.meaning) for raised in raises] == [
        ("404", "NotFoundError", meaning(errors.NotFoundError)),
        ("500", "ServerError", meaning(errors.ServerError)),
    ]


def test_the_codecs_of_each_component_schemas_fields() -> None:
    """The JSON type each codec's field is written as: the first its schema allows, `null` aside."""
    fields = built().fields
    assert fields["Tax"] == {
        "id": declarations.FieldCodec("integer", False, "integer"),
        "value": declarations.FieldCodec("decimal", False, "number"),
        "default_tax": declarations.FieldCodec("boolean", False, "integer"),
        "valid_from": declarations.FieldCodec("date", True, "string"),
    }
    assert fields["NewTax"] == {
        "value": declarations.FieldCodec("decimal", False, "string"),
        "default_tax": declarations.FieldCodec("boolean", False, "integer"),
    }
    assert fields["Report"] == {}


def test_an_allof_parts_codecs_are_its_schemas() -> None:
    def with_note(document: Contract) -> None:
        document["components"]["schemas"]["NotedTax"] = {
            "allOf": [
                ref("Tax"),
                {"type": "object", "properties": {"noted": {"type": "string", "x-codec": "iso-date"}}},
            ]
        }

    noted = built(with_note).fields["NotedTax"]
    assert noted["noted"] == declarations.FieldCodec("iso-date", False, "string")
    assert noted["value"] == declarations.FieldCodec("decimal", False, "number")


def test_the_codecs_are_the_runtimes_own() -> None:
    from invoicexpress_client import _codecs

    assert set(built().codecs) == set(_codecs.CODECS)


def test_x_summary_names_the_fields_that_show_an_entry() -> None:
    assert built().summaries == {"Tax": ("id", "name", "value")}


# --- What is refused --------------------------------------------------------------------------------------------


def change(key: str, **values: Any) -> Callable[[Contract], None]:
    """Sets (or, for None, removes) keys of operation `key`."""

    def changing(document: Contract) -> None:
        target = operation(document, key)
        for name, value in values.items():
            if value is None:
                del target[name.replace("_", "-")]
            else:
                target[name.replace("_", "-")] = value

    return changing


def change_schema(schema: str, path: tuple[str, ...], value: Any) -> Callable[[Contract], None]:
    """Sets a key of component schema `schema`, at `path` within it."""

    def changing(document: Contract) -> None:
        target = document["components"]["schemas"][schema]
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return changing


def without_per_page(document: Contract) -> None:
    del operation(document, "get /taxes.json")["x-list"]["per-page"]


def header_parameter(document: Contract) -> None:
    operation(document, "get /taxes.json")["parameters"].append(
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
    )


def form_body(document: Contract) -> None:
    operation(document, "post /taxes.json")["requestBody"] = {
        "required": True,
        "content": {"application/x-www-form-urlencoded": {"schema": ref("NewTaxRequest")}},
    }


def unknown_codec_on_a_parameter(document: Contract) -> None:
    operation(document, "get /taxes.json")["parameters"][0]["schema"]["x-codec"] = "money"


def codec_on_list_entries(document: Contract) -> None:
    document["components"]["schemas"]["TaxList"]["properties"]["taxes"]["items"] = {
        "type": "string",
        "x-codec": "decimal",
    }


# How a lost createTax is settled: looked up by its name among the taxes, read back by the id found.
LOOK_UP = {"operation": "listTaxes", "match": {"name": {"body": "name"}}}
READ = {"operation": "getTax", "parameters": {"tax_id": {"entry": "id"}}}


def reconciled(**declared: Any) -> Callable[[Contract], None]:
    """createTax with an x-reconcile of these keys (unless given: LOOK_UP and READ), getTax a read."""

    def changing(document: Contract) -> None:
        operation(document, "get /taxes/{tax_id}.json")["x-read-only"] = True
        given = {"look-up": LOOK_UP, "read": READ} | {name.replace("_", "-"): value for name, value in declared.items()}
        operation(document, "post /taxes.json")["x-reconcile"] = {k: v for k, v in given.items() if v is not None}

    return changing


def returning(field: str) -> Callable[[Contract], None]:
    """getTax's 200 returning one field of its answer (`x-returns`)."""

    def changing(document: Contract) -> None:
        responses = operation(document, "get /taxes/{tax_id}.json")["responses"]
        responses["200"] = {**responses["200"], "x-returns": field}  # (the answer is shared with createTax's)

    return changing


def test_a_reconciliation_is_rendered_as_the_runtimes_data() -> None:
    document = contract()
    reconciled()(document)
    literal = declarations.build(document).operations["post /taxes.json"].reconcile
    assert literal is not None
    assert Reconcile.parse(ast.literal_eval(literal)) == Reconcile(
        read=Step("taxes.get_tax", path=(("tax_id", "entry:id"),)),
        look_up=Step("taxes.list_taxes"),
        match=(("name", "body:name"),),
    )


def given_by(**changes: Any) -> Callable[[Contract], None]:
    """NewTax's `region` given by a tax (its `name`), read by getTax: with `changes` to that declaration."""
    declared = {"argument": "like", "schema": "Tax", "attribute": "name", "read": "getTax", "description": "A tax."}
    return change_schema("NewTax", ("properties", "region", "x-given-by"), {**declared, **changes})


def test_a_field_given_by_an_object_names_its_argument_attribute_and_read() -> None:
    [region] = [field for field in declared("post /taxes.json", given_by()).body.fields if field.wire == "region"]  # type: ignore[union-attr]
    assert region.given_by == declarations.GivenBy("like", "Tax", "name", "getTax", "A tax.")


def downloading(declared: dict[str, str]) -> Callable[[Contract], None]:
    """getTax returning its `id` (`x-returns`), and declaring `x-download` so."""

    def changing(document: Contract) -> None:
        returning("id")(document)
        change("get /taxes/{tax_id}.json", x_download=declared)(document)

    return changing


REFUSALS = [
    pytest.param(reconciled(read={"operation": "getTaxes"}),
                 "POST /taxes.json (createTax): x-reconcile: read names an operation of the contract",
                 id="x-reconcile reading an operation that is not there"),
    pytest.param(reconciled(read={"operation": "updateTax"}),
                 "x-reconcile: read updateTax is not a read safe to repeat", id="x-reconcile reading with a write"),
    pytest.param(reconciled(look_up={"operation": "listTaxes", "match": {"name": {"body": "colour"}}}),
                 "x-reconcile: match name comes from body 'colour', which the write does not have",
                 id="x-reconcile matching by a field the body has not"),
    pytest.param(reconciled(look_up={"operation": "getTax", "match": {"name": {"body": "name"}}}),
                 "x-reconcile: look-up names a list", id="x-reconcile looking up in a read that is not a list"),
    pytest.param(change("put /taxes/{tax_id}.json",
                        x_reconcile={"read": {"operation": "listTaxes", "parameters": {"page": {"path": "tax_id"}}}}),
                 "PUT /taxes/{tax_id}.json (updateTax): x-reconcile: a create looks its result up (look-up); a"
                 " read-back says when it is done", id="x-reconcile saying neither how to find nor when done"),
    pytest.param(reconciled(read={"operation": "getTax"}), "x-reconcile: read getTax is not given its path's tax_id",
                 id="x-reconcile reading without a path parameter"),
    pytest.param(reconciled(not_done="resend"), "a create sent again after a look-up is a keyed one",
                 id="x-reconcile resending a create without a key"),
    pytest.param(reconciled(busy=[409]), "busy names statuses the write does not document",
                 id="x-reconcile waiting out an undocumented status"),
    pytest.param(change("get /taxes.json", x_method_name=None),
                 "GET /taxes.json (listTaxes): x-method-name must be a snake_case name, not None",
                 id="no x-method-name"),
    pytest.param(change("get /taxes.json", x_method_name="listAll"),
                 "GET /taxes.json (listTaxes): x-method-name must be a snake_case name, not 'listAll'",
                 id="x-method-name not snake_case"),
    pytest.param(change("get /taxes.json", x_method_name="detailed"),
                 "GET /taxes.json (listTaxes): x-method-name 'detailed' is taken by the resource itself",
                 id="x-method-name of the resource's own"),
    pytest.param(change("get /taxes.json", x_retry=None),
                 "GET /taxes.json (listTaxes): x-retry must be an object whose policy is one of never, idempotent,"
                 " keyed", id="no x-retry"),
    pytest.param(change("get /taxes.json", x_retry={"policy": "sometimes"}),
                 "GET /taxes.json (listTaxes): x-retry must be an object whose policy is one of", id="unknown policy"),
    pytest.param(change("post /taxes.json", x_retry={"policy": "keyed"}),
                 "POST /taxes.json (createTax): a keyed retry names its key", id="keyed without a key"),
    pytest.param(change("get /taxes/{tax_id}/report.json", x_retry={"policy": "never"}),
                 "GET /taxes/{tax_id}/report.json (getTaxReport): asking again (x-pending) is for an operation that"
                 " may be resent", id="x-pending on a never operation"),
    pytest.param(change("get /taxes/{tax_id}/report.json", x_pending=[201]),
                 "GET /taxes/{tax_id}/report.json (getTaxReport): x-pending names statuses that are not documented"
                 " successes", id="x-pending not a documented success"),
    pytest.param(change("get /taxes/{tax_id}.json", x_retry={"policy": "idempotent", "done-when-resent": ["404"]}),
                 "GET /taxes/{tax_id}.json (getTax): done-when-resent needs a success without a body",
                 id="done-when-resent on an answer with a body"),
    pytest.param(change("post /taxes.json", x_retry={"policy": "never", "done-when-resent": ["422"]}),
                 "POST /taxes.json (createTax): done-when-resent is for an operation that may be resent",
                 id="done-when-resent on a never operation"),
    pytest.param(change("delete /taxes/{tax_id}.json", x_retry={"policy": "idempotent", "done-when-resent": ["410"]}),
                 "DELETE /taxes/{tax_id}.json (deleteTax): done-when-resent names statuses that are not documented"
                 " errors", id="done-when-resent not a documented error"),
    pytest.param(change("put /taxes/{tax_id}.json", x_method_name="get"),
                 "tag taxes: getTax and updateTax have the same method name 'get'",
                 id="two operations of a tag named alike"),
    pytest.param(change("get /taxes.json", x_list={"entries": "pagination", "page": "page", "per-page": "per_page"}),
                 "GET /taxes.json (listTaxes): x-list entries must name the answer's list field, not 'pagination'",
                 id="x-list entries not a list"),
    pytest.param(change("get /taxes.json", x_list={"entries": "rates", "page": "page", "per-page": "per_page"}),
                 "GET /taxes.json (listTaxes): x-list entries must name the answer's list field, not 'rates'",
                 id="x-list entries not a field"),
    pytest.param(without_per_page, "GET /taxes.json (listTaxes): x-list gives both page and per-page, or neither",
                 id="x-list page without per-page"),
    pytest.param(change("get /taxes.json", x_list={"entries": "taxes", "page": "offset", "per-page": "per_page"}),
                 "GET /taxes.json (listTaxes): x-list names 'offset', which is not a query parameter",
                 id="x-list page not a parameter"),
    pytest.param(change_schema("Tax", ("properties", "value", "x-codec"), "money"),
                 "schema Tax: field value: unknown x-codec 'money'", id="unknown x-codec in an answer"),
    pytest.param(change_schema("NewTax", ("properties", "value", "x-codec"), "money"),
                 "POST /taxes.json (createTax): field value: unknown x-codec 'money'", id="unknown x-codec in a body"),
    pytest.param(unknown_codec_on_a_parameter, "GET /taxes.json (listTaxes): parameter page: unknown x-codec 'money'",
                 id="unknown x-codec on a parameter"),
    pytest.param(codec_on_list_entries,
                 "not at #/components/schemas/TaxList/properties/taxes/items", id="x-codec on a list's entries"),
    pytest.param(change_schema("NewTax", ("properties", "region", "x-python-name"), "id"),
                 "PUT /taxes/{tax_id}.json (updateTax): a body field and a parameter have the same Python name",
                 id="a body field named as a parameter"),
    pytest.param(change_schema("NewTax", ("properties", "region", "x-python-name"), "timeout"),
                 "POST /taxes.json (createTax) field region: 'timeout' is not a usable Python argument name",
                 id="a body field named timeout"),
    pytest.param(header_parameter, "GET /taxes.json (listTaxes): parameter 'X-Trace' is not in the path or the query",
                 id="header parameter"),
    pytest.param(form_body, "POST /taxes.json (createTax): a request body is one JSON document", id="form body"),
    pytest.param(change_schema("Tax", ("title",), "Rate"),
                 "schema Tax: a title other than its name would rename its model", id="a title other than its name"),
    pytest.param(given_by(read="listTaxes"),
                 "createTax: x-given-by like: read names an operation that takes only the object's id",
                 id="x-given-by read by a list"),
    pytest.param(given_by(schema="Rate"), "x-given-by schema 'Rate' is not a component schema",
                 id="x-given-by of no schema"),
    pytest.param(given_by(attribute="rate"), "createTax: x-given-by like: Tax has no rate",
                 id="x-given-by attribute the object lacks"),
    pytest.param(given_by(attribute="{name}_id"), "createTax: x-given-by like: an attribute with {columns} is for a"
                 " bound resource", id="x-given-by column on an unbound resource"),
    pytest.param(given_by(attribute="{colour}_id"), "x-given-by attribute's {placeholders} are columns of",
                 id="x-given-by placeholder not a column"),
    pytest.param(given_by(description=None), "x-given-by has argument, schema, attribute, read and description",
                 id="x-given-by incomplete"),
    pytest.param(change_schema("Tax", ("x-summary",), ["id", "rate"]),
                 "schema Tax: x-summary names fields it does not have: ['rate']", id="x-summary of a missing field"),
    pytest.param(change("get /taxes.json", tags=["taxes", "taxes"]),
                 "GET /taxes.json (listTaxes): an operation belongs to one tag (its resource), and perhaps one more",
                 id="a tag twice"),
    pytest.param(change("get /taxes.json", tags=["taxes", "rates"]), "tag rates is not described",
                 id="a second tag not described"),
    pytest.param(change("get /taxes/{tax_id}.json", x_download={"method": "download", "says": "The file."}),
                 "GET /taxes/{tax_id}.json (getTax): x-download fetches the address the operation returns",
                 id="x-download without x-returns"),
    pytest.param(downloading({"method": "download"}),
                 "GET /taxes/{tax_id}.json (getTax): x-download gives method and says, as text",
                 id="x-download without what it says"),
    pytest.param(downloading({"method": "Download", "says": "The file."}),
                 "x-download's method must be a snake_case name, not 'Download'", id="x-download's method"),
    pytest.param(change("post /taxes.json", x_confirm={"kind": "creating a tax"}),
                 "POST /taxes.json (createTax): x-confirm gives kind and says, as text", id="x-confirm incomplete"),
    pytest.param(returning("rate"), "GET /taxes/{tax_id}.json (getTax): x-returns names a field of the 200 answer,"
                 " not 'rate'", id="x-returns of a missing field"),
    pytest.param(change_schema("NewTax", ("properties", "region", "const"), "PT"),
                 "POST /taxes.json (createTax): field region: a const field is a required string",
                 id="an optional const field"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "complaint"), REFUSALS)
def test_what_a_client_cannot_carry_out_is_refused_saying_where(
    mutate: Callable[[Contract], None], complaint: str
) -> None:
    document = contract()
    mutate(document)
    with pytest.raises(declarations.DeclarationError) as raised:
        declarations.build(document)
    assert complaint in str(raised.value)


def test_two_operations_named_alike_are_both_named_in_the_refusal() -> None:
    document = contract()
    change("put /taxes/{tax_id}.json", x_method_name="get")(document)
    with pytest.raises(declarations.DeclarationError) as raised:
        declarations.build(document)
    assert "getTax" in str(raised.value)
    assert "updateTax" in str(raised.value)


def test_a_second_tag_puts_the_operation_on_that_resource_too() -> None:
    def second_tag(document: Contract) -> None:
        document["tags"].append({"name": "rates", "description": "Rates."})
        operation(document, "get /taxes.json")["tags"] = ["taxes", "rates"]

    found = built(second_tag)
    assert [operation.operation_id for operation in found.resources["rates"].operations] == ["listTaxes"]
    assert found.operations["get /taxes.json"].tag == "taxes"
    assert found.operations["get /taxes.json"].also == ("rates",)


def test_x_returns_x_download_and_x_confirm_are_declared() -> None:
    def declaring(document: Contract) -> None:
        returning("id")(document)
        target = operation(document, "get /taxes/{tax_id}.json")
        target["x-download"] = {"method": "download", "says": "The tax as a file."}
        operation(document, "post /taxes.json")["x-confirm"] = {"kind": "creating a tax", "says": "It stays."}

    found = built(declaring)
    get = found.operations["get /taxes/{tax_id}.json"]
    assert get.successes[0].returns == "id"
    assert get.download == ("download", "The tax as a file.")
    assert found.operations["post /taxes.json"].confirm == ("creating a tax", "It stays.")
