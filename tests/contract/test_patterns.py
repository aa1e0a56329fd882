"""Every `pattern` of the contract compiles and decides the same in the four regex engines its consumers use:
ECMA-262 (node, with and without the `u` flag: JavaScript and TypeScript validators), Python `re`, PCRE2
(`grep -P`: PHP's engine) and RE2 (google-re2: Go's), on the contract's own examples and on strings that
must be refused, both given beside each pattern (`examples`, `x-counterexamples`). JSON Schema patterns are
unanchored searches; each engine is asked to search."""

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest
import re2
from invoicexpress_fake.rules.sequences import SERIE_PATTERN
from invoicexpress_fake.rules.taxes import VALUE_PATTERN
from support import load_bundle

# A slow tier: `scripts/test --quick` leaves it out.
pytestmark = pytest.mark.slow

ENGINES = ("python", "ecma", "ecma-u", "pcre2", "re2")


@dataclass
class Pattern:
    """One pattern of the contract, and what its fields' schemas say it must accept (`examples`) and refuse
    (`x-counterexamples`), gathered over every field that carries it."""

    pattern: str
    fields: list[str] = field(default_factory=list)
    accepted: set[str] = field(default_factory=set)
    refused: set[str] = field(default_factory=set)


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


@cache
def patterns() -> dict[str, Pattern]:
    """Each pattern of the contract, by where its first field is (`Tax.value`), with its samples."""
    found: dict[str, Pattern] = {}

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if isinstance(schema, dict) and "pattern" in schema:
                    entry = next((known for known in found.values() if known.pattern == schema["pattern"]), None)
                    if entry is None:
                        entry = found[f"{where}.{name}"] = Pattern(schema["pattern"])
                    entry.fields.append(f"{where}.{name}")
                    entry.accepted.update(item for item in schema.get("examples", []) if isinstance(item, str))
                    entry.refused.update(schema.get("x-counterexamples", []))
            for key, value in node.items():
                walk(value, key if where == "schemas" else where if key in ("properties",) else key)
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    walk(load_bundle()["components"]["schemas"], "schemas")
    return found


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


def test_every_pattern_says_what_it_accepts_and_refuses() -> None:
    assert patterns()
    for name, entry in patterns().items():
        assert entry.accepted, f"no examples for the pattern of {name} ({entry.pattern})"
        assert entry.refused, f"no x-counterexamples for the pattern of {name} ({entry.pattern})"


@pytest.mark.parametrize("name", sorted(patterns()))
def test_each_engine_compiles_the_pattern_and_decides_as_the_contract_says(name: str) -> None:
    entry = patterns()[name]
    accepted, refused = sorted(entry.accepted), sorted(entry.refused)
    samples = accepted + refused
    expected = [True] * len(accepted) + [False] * len(refused)
    [answers] = decide([(entry.pattern, samples)])
    for engine in ENGINES:
        got = answers[engine]
        assert isinstance(got, list), f"{engine} cannot compile {entry.pattern!r}: {got}"
        wrong = [
            (sample, decided)
            for sample, decided, wanted in zip(samples, got, expected, strict=True)
            if decided is not None and decided != wanted
        ]
        assert not wrong, f"{engine} on {entry.pattern!r}: {wrong}"


def test_the_contracts_examples_are_among_the_samples() -> None:
    """Not a vacuous run: the contract's own examples of each patterned field are there."""
    assert "2027" in patterns()["NewSequence.serie"].accepted
    assert "ABCD1234" in patterns()["Sequence.current_invoice_validation_code"].accepted
    assert "006" in patterns()["errors.code"].accepted


def test_a_final_newline_is_where_the_engines_part() -> None:
    """`$` matches before a string's final newline in Python's re (and in PCRE2 without DOLLAR_ENDONLY, PHP's
    default), not in ECMA-262 or RE2: no portable pattern can refuse "2027\\n" everywhere. The README tells
    validators in Python and PHP to match whole (`fullmatch`, the `D` modifier); the fake does."""
    pattern = patterns()["NewSequence.serie"].pattern
    [answers] = decide([(pattern, ["2027\n"])])
    assert (answers["python"], answers["ecma"], answers["ecma-u"], answers["re2"]) == (
        [True],
        [False],
        [False],
        [False],
    )
    assert SERIE_PATTERN.fullmatch("2027\n") is None


def test_the_fake_refuses_names_and_rates_by_the_contracts_patterns() -> None:
    assert patterns()["NewSequence.serie"].pattern == f"^{SERIE_PATTERN.pattern}$"
    assert patterns()["NewTax.value"].pattern == f"^({VALUE_PATTERN.pattern})$"
