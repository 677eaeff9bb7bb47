"""The YAML reader behind the codebook, the registry, the lexicon and the gold specs:
libyaml's parser when PyYAML has it, PyYAML's own otherwise, with the same result."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sahel_events import yamlcheck
from sahel_events.yamlcheck import YamlSyntaxError, parse_yaml

REPO = Path(__file__).resolve().parents[1]

#: Every YAML file the project reads, and one written to exercise scalar types.
FILES = sorted(
    [
        *REPO.glob("schema/*.yaml"),
        *REPO.glob("src/sahel_events/data/*.yaml"),
        *REPO.glob("corpus/dev/fr1*.yaml"),
        *REPO.glob("scripts/gold/*.yaml"),
    ]
)

TYPES = """\
name: codebook
version: 1.2.0
count: 12
ratio: 0.5
flag: yes
none: ~
day: 2025-03-02
when: 2025-03-02T10:00:00Z
quoted: "12"
list:
  - a
  - {b: 1, c: [2, 3]}
multi: |
  two
  lines
"""


@pytest.fixture
def pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML built without libyaml (a build this machine does not have)."""
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)


def _parsed(text: str) -> tuple[str, dict[str, int], list[yamlcheck.Problem]]:
    data, lines, duplicates = parse_yaml(text)
    return repr(data), dict(lines), duplicates


def test_libyaml_is_what_this_machine_parses_with() -> None:
    # The speed-up is real here only if PyYAML found libyaml.
    assert getattr(yaml, "CSafeLoader", None) is not None


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_project_file_parses_the_same_with_and_without_libyaml(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8")
    fast = _parsed(text)
    monkeypatch.delattr(yaml, "CSafeLoader")
    assert _parsed(text) == fast


def test_the_project_has_yaml_files_to_compare() -> None:
    assert len(FILES) >= 10


def test_scalar_types_lines_and_duplicates_are_the_same_without_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = TYPES + "count: 13\n"
    fast = _parsed(text)
    data, lines, duplicates = parse_yaml(text)
    assert data["count"] == 12 and data["quoted"] == "12" and data["flag"] is True
    assert str(data["day"]) == "2025-03-02" and data["none"] is None
    assert lines["list[1].c[1]"] == 12
    assert [d.line for d in duplicates] == [16]
    monkeypatch.delattr(yaml, "CSafeLoader")
    assert _parsed(text) == fast


@pytest.mark.parametrize(
    "text",
    ["a: [1, 2\nb: 3\n", "a: b: c\n", "key: value\n\tbad: tab\n", "a: 1\n- b\n", "a: '\x07'\n"],
    ids=["unclosed", "nested-colon", "tab", "mixed", "control"],
)
def test_a_syntax_error_says_what_pyyaml_says_whichever_parser_ran(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.compose(text, Loader=yaml.SafeLoader)
    mark = getattr(pure.value, "problem_mark", None)
    with pytest.raises(YamlSyntaxError) as ours:
        parse_yaml(text)
    assert str(ours.value.args[0]) == (getattr(pure.value, "problem", None) or str(pure.value))
    assert ours.value.line == (mark.line + 1 if mark else None)


def test_without_libyaml_a_syntax_error_is_still_reported(pure_python: None) -> None:
    with pytest.raises(YamlSyntaxError) as ours:
        parse_yaml("a: [1, 2\nb: 3\n")
    assert ours.value.line is not None
