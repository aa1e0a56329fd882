"""Every `pattern` of the contract compiles and decides the same in the four regex engines its consumers use:
ECMA-262 (node, with and without the `u` flag: JavaScript and TypeScript validators), Python `re`, PCRE2
(`grep -P`: PHP's engine) and RE2 (google-re2: Go's), on the contract's own examples and on strings that
must be refused. JSON Schema patterns are unanchored searches; each engine is asked to search."""

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
import re2
from invoicexpress_fake.rules import SERIE_PATTERN
from support import load_bundle

ENGINES = ("python", "ecma", "ecma-u", "pcre2", "re2")
# What each pattern must accept and refuse, by the field that carries it, beyond the contract's examples.
ACCEPTED = {
    "serie": ["2027", "LOJA2", "A", "ção-2027", "2027\u2013A", "Loja_Nº1", "x" * 50, "序列"],
    "code": ["000", "006", "404"],
    "current_invoice_validation_code": ["ABCD1234", "N/D", "N/A", "ABCDEFGHIJ0123456789"],
}
REFUSED = {
    "serie": [
        "", "20 27", "2027 ", "\t2027", "20\n27", "a/b", "a^b", "\ufeff2027", "2027\u00a0", "\u3000", "a\u2028b",
        "a\u2029b", "a\u2003b", "a\u1680b", "a\u202fb", "a\u205fb", "x\u0085", "x\u007f", "x\u009f", "x\u001f",
        "x\u000b", "x\u000c", "x\u001c",
    ],
    "code": ["", "6", "0066", "O06", "06a", " 006"],
    "current_invoice_validation_code": ["abcd1234", "ABCD123", "N/a", "NA", "ABCD-1234", "", "ABCD1234 "],
}  # fmt: skip

NODE_MATCHER = """
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = cases.map(({pattern, samples}) => {
  const result = {};
  for (const [name, flags] of [["ecma", ""], ["ecma-u", "u"]]) {
    try {
      const compiled = new RegExp(pattern, flags);
      result[name] = samples.map((sample) => compiled.test(sample));
    } catch (error) {
      result[name] = String(error);
    }
  }
  return result;
});
process.stdout.write(JSON.stringify(out));
"""


def patterns() -> dict[str, str]:
    """Each field of the contract that carries a pattern, and the pattern (equal patterns under one name)."""
    found: dict[str, str] = {}

    def walk(node: Any) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if isinstance(schema, dict) and "pattern" in schema:
                    yield name, schema["pattern"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for name, pattern in walk(load_bundle()):
        if pattern not in found.values():
            found[name] = pattern
    return found


def examples_of(field: str) -> list[str]:
    """Every value the contract's examples give the field (the contract's own, real values)."""
    values: list[str] = []

    def walk(node: Any, in_example: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                inside = in_example or key in ("example", "examples", "value")
                if inside and key == field and isinstance(value, str):
                    values.extend([value])
                if key == field and isinstance(value, dict) and isinstance(value.get("examples"), list):
                    values.extend(item for item in value["examples"] if isinstance(item, str))
                walk(value, inside)
        elif isinstance(node, list):
            for value in node:
                walk(value, in_example)

    walk(load_bundle(), False)
    return sorted(set(values))


def python_search(pattern: str, samples: list[str]) -> list[bool] | str:
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        return str(error)
    return [compiled.search(sample) is not None for sample in samples]


def re2_search(pattern: str, samples: list[str]) -> list[bool] | str:
    try:
        compiled = re2.compile(pattern)
    except re2.error as error:
        return str(error)
    return [compiled.search(sample) is not None for sample in samples]


def pcre2_search(pattern: str, samples: list[str]) -> list[bool | None] | str:
    """PCRE2 in UTF mode through grep -P, one NUL-separated record per sample (None: a sample holding NUL,
    which a record cannot)."""
    grep = shutil.which("grep")
    assert grep is not None
    usable = [sample for sample in samples if "\0" not in sample]
    result = subprocess.run(
        [grep, "-P", "-z", "-n", "-e", pattern],
        input="".join(f"{sample}\0" for sample in usable).encode(), capture_output=True, timeout=30, check=False,
        env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    if result.returncode == 2:
        return result.stderr.decode(errors="replace").strip()
    matched = {int(record.split(b":", 1)[0]) for record in result.stdout.split(b"\0") if record}
    answers = iter(number in matched for number in range(1, len(usable) + 1))
    return [None if "\0" in sample else next(answers) for sample in samples]


def decide(cases: list[tuple[str, list[str]]]) -> list[dict[str, Any]]:
    """Each engine's answers for each (pattern, samples): a list of booleans, or the compile error."""
    node_path = shutil.which("node")
    assert node_path is not None, "node is not on PATH"
    node = subprocess.run(
        [node_path, "-e", NODE_MATCHER], input=json.dumps([{"pattern": p, "samples": s} for p, s in cases]),
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    ecma = json.loads(node.stdout)
    return [
        {
            "python": python_search(pattern, samples),
            "ecma": ecma[index]["ecma"],
            "ecma-u": ecma[index]["ecma-u"],
            "pcre2": pcre2_search(pattern, samples),
            "re2": re2_search(pattern, samples),
        }
        for index, (pattern, samples) in enumerate(cases)
    ]


def test_every_pattern_is_exercised() -> None:
    assert set(patterns()) == set(ACCEPTED) == set(REFUSED)


@pytest.mark.parametrize("field", sorted(ACCEPTED))
def test_each_engine_compiles_the_pattern_and_decides_as_the_contract_says(field: str) -> None:
    pattern = patterns()[field]
    accepted = sorted(set(ACCEPTED[field]) | set(examples_of(field)))
    samples = accepted + REFUSED[field]
    expected = [True] * len(accepted) + [False] * len(REFUSED[field])
    [answers] = decide([(pattern, samples)])
    for engine in ENGINES:
        got = answers[engine]
        assert isinstance(got, list), f"{engine} cannot compile {pattern!r}: {got}"
        wrong = [
            (sample, decided)
            for sample, decided, wanted in zip(samples, got, expected, strict=True)
            if decided is not None and decided != wanted
        ]
        assert not wrong, f"{engine} on {pattern!r}: {wrong}"


def test_the_contracts_examples_are_among_the_samples() -> None:
    """Not a vacuous run: the contract's own examples of each patterned field are there."""
    assert "2027" in examples_of("serie")
    assert examples_of("current_invoice_validation_code")
    assert "006" in examples_of("code")


def test_a_final_newline_is_where_the_engines_part() -> None:
    """`$` matches before a string's final newline in Python's re (and in PCRE2 without DOLLAR_ENDONLY, PHP's
    default), not in ECMA-262 or RE2: no portable pattern can refuse "2027\\n" everywhere. The README tells
    validators in Python and PHP to match whole (`fullmatch`, the `D` modifier); the fake does."""
    pattern = patterns()["serie"]
    [answers] = decide([(pattern, ["2027\n"])])
    assert (answers["python"], answers["ecma"], answers["ecma-u"], answers["re2"]) == (
        [True],
        [False],
        [False],
        [False],
    )
    assert SERIE_PATTERN.fullmatch("2027\n") is None


def test_the_fake_refuses_names_by_the_contracts_pattern() -> None:
    assert patterns()["serie"] == f"^{SERIE_PATTERN.pattern}$"
