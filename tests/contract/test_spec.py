"""The contract's own checks: valid OpenAPI 3.1, lint-clean, and every example valid against its schema."""

import copy
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from support import NODE_BIN, SPEC, load_bundle, run

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

CONTRACT_URI = "urn:contract"


def test_bundle_is_valid_openapi_3_1() -> None:
    validate(load_bundle())


def test_sources_are_valid_openapi_3_1() -> None:
    document, base_uri = read_from_filename(str(SPEC))
    validate(document, base_uri=base_uri)


def test_redocly_lint_is_clean() -> None:
    result = run(
        NODE_BIN / "redocly", "lint", SPEC, "--format", "stylish", env={**os.environ, "REDOCLY_TELEMETRY": "off"}
    )
    assert result.returncode == 0, result.stdout + result.stderr


def examples(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """(pointer of the example, pointer of its schema, Example object) for every example in the document:
    the `examples` map and `example` of media types and parameters, and the `examples` list of schemas."""
    if isinstance(node, dict):
        if isinstance(node.get("schema"), dict):
            for name, example in (node.get("examples") or {}).items():
                yield f"{pointer}/examples/{name}", f"{pointer}/schema", example
            if "example" in node:
                yield f"{pointer}/example", f"{pointer}/schema", {"value": node["example"]}
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield f"{pointer}/examples/{index}", pointer, {"value": value}
        for key, value in node.items():
            yield from examples(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples(value, f"{pointer}/{index}")


def resolve(document: dict[str, Any], value: Any) -> Any:
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        node: Any = document
        for part in value["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        value = node
    return value


def example_problems(document: dict[str, Any]) -> list[str]:
    """Each example that does not validate against its schema, with the reason."""
    registry: Registry[Any] = Registry().with_resource(CONTRACT_URI, DRAFT202012.create_resource(document))
    problems = []
    for where, schema_pointer, example in examples(document):
        value = resolve(document, example)["value"]
        validator = Draft202012Validator(
            {"$ref": f"{CONTRACT_URI}#{quote(schema_pointer, safe='/~')}"}, registry=registry
        )
        problems += [f"{where}: {error.message}" for error in validator.iter_errors(value)]
    return problems


def test_the_contract_has_examples_and_every_one_is_valid() -> None:
    document = load_bundle()
    assert len(list(examples(document))) >= 20
    assert example_problems(document) == []


def test_an_invalid_example_is_reported() -> None:
    document = copy.deepcopy(load_bundle())
    example = document["components"]["examples"]["SequenceList"]["value"]["sequences"][0]
    example["current_invoice_validation_code"] = "abc"
    problem = "'abc' does not match '^(N/A|N/D|[A-Z0-9]{8,})$'"
    where = "responses/200/content/application~1json/examples"
    assert example_problems(document) == [
        f"/paths/~1sequences.json/get/{where}/oneSeries: {problem}",
        f"/paths/~1sequences~1{{sequence_id}}~1register.json/put/{where}/registered: {problem}",
    ]


def test_every_request_and_response_body_has_an_example() -> None:
    document = load_bundle()
    missing = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            bodies = [("request", operation.get("requestBody", {}))]
            bodies += [(status, resolve(document, response)) for status, response in operation["responses"].items()]
            for where, body in bodies:
                for media_type, media in body.get("content", {}).items():
                    if not (media.get("examples") or "example" in media):
                        missing.append(f"{method.upper()} {path} {where} {media_type}")
    assert missing == []
