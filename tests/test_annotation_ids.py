"""Stages take codebook ids from the codebook or :mod:`sahel_events.annotation.ids`.

Two guards:

* the codebook loader refuses a codebook that lacks an id the pipeline acts on by name
  (so renaming ``time`` in the codebook alone fails at load, not as empty event dates);
* a scan of ``src/`` refuses a stage that writes a codebook id (a role, attribute,
  normalised value, document choice or mode control) as a string literal where an id
  is used: looked up in the regions' choices or texts, in the codebook's sections, in
  a ``choices=``/``textareas=`` mapping, compared with a role, label or control, or
  bound to a name of its own. Such a literal bypasses both the enum members and the
  loader's check, and silently reads nothing once the codebook renames the id.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_events.annotation import ids
from sahel_events.codebook import Codebook, CodebookError, load_codebook, load_project_codebook

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "src" / "sahel_events"
#: The one module allowed to spell the ids.
DEFINITIONS = SOURCE / "annotation" / "ids.py"

#: Attribute or variable names whose keys are codebook ids (per-region values by
#: control, the codebook's sections, an attribute -> value mapping).
ID_MAPPINGS = frozenset(
    {
        "choices",
        "texts",
        "textareas",
        "document_choices",
        "roles",
        "event_attributes",
        "entity_attributes",
        "normalised_values",
        "attributes",
        "attrs",
        "suggested",
    }
)
#: Names whose value is a codebook id (compared with a literal, or looping over
#: literals, it is one).
ID_HOLDERS = frozenset({"role", "control", "from_name", "attribute_id", "name"})
#: Look-ups that take an id when made on one of :data:`ID_MAPPINGS`.
LOOKUPS = frozenset({"get", "pop", "setdefault"})
#: Calls that take an id as an argument, whatever they are called on.
ID_CALLS = frozenset({"value", "choice", "fillers"})


def codebook_ids(codebook: Codebook) -> set[str]:
    """The ids a stage may only take from the codebook or ``annotation.ids``."""
    found = set(codebook.roles) | set(codebook.event_attributes)
    found |= set(codebook.entity_attributes) | set(codebook.normalised_values)
    found |= set(codebook.document_choices) | set(codebook.mode_controls())
    return found


def _tail(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def literal_ids(source: str, known: set[str]) -> Iterator[tuple[int, str]]:
    """``(line, id)`` of every codebook id written as a literal where an id is used."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)

    def is_id(node: ast.AST | None) -> bool:
        return (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value in known
            and id(node) not in docstrings
        )

    def hits(nodes: list[ast.AST]) -> Iterator[tuple[int, str]]:
        for n in nodes:
            if is_id(n):
                assert isinstance(n, ast.Constant)
                yield n.lineno, n.value
            elif isinstance(n, ast.Tuple | ast.List | ast.Set):
                yield from hits(list(n.elts))

    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and _tail(node.value) in ID_MAPPINGS:
            yield from hits([node.slice])
        elif isinstance(node, ast.Call) and _tail(node.func) in ID_CALLS:
            yield from hits(list(node.args))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in LOOKUPS
            and _tail(node.func.value) in ID_MAPPINGS
        ):
            yield from hits(node.args[:1])
        elif isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in ID_MAPPINGS and isinstance(keyword.value, ast.Dict):
                    yield from hits([k for k in keyword.value.keys if k is not None])
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_tail(s) in ID_HOLDERS for s in sides) or any(
                isinstance(op, ast.In | ast.NotIn) and _tail(s) in ID_MAPPINGS
                for op, s in zip(node.ops, node.comparators, strict=True)
            ):
                yield from hits(sides)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if isinstance(node.value, ast.Dict) and any(_tail(t) in ID_MAPPINGS for t in targets):
                yield from hits([k for k in node.value.keys if k is not None])
            elif isinstance(node.value, ast.Constant):  # a copy of the id under a new name
                yield from hits([node.value])
        elif isinstance(node, ast.For):
            names = node.target.elts if isinstance(node.target, ast.Tuple) else [node.target]
            if any(_tail(n) in ID_HOLDERS for n in names):
                yield from hits([node.iter])


@pytest.fixture(scope="module")
def known() -> set[str]:
    return codebook_ids(load_project_codebook(REPO))


def test_no_stage_writes_a_codebook_id_as_a_literal(known: set[str]) -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {value!r}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path != DEFINITIONS
        for line, value in literal_ids(path.read_text(encoding="utf-8"), known)
    ]
    assert not found, (
        "codebook ids written as literals; take them from the codebook or from "
        "sahel_events.annotation.ids:\n" + "\n".join(found)
    )


@pytest.mark.parametrize(
    "snippet",
    [
        'contexts = region.choices.get("contexts", ())',
        'place = self.value(r, "norm_place", parse_gazetteer_id)',
        'CERTAINTY = "factuality_certainty"',
        'if role == "location":\n    pass',
        'attribute = codebook.event_attributes["temporal_status"]',
        'Mention(1, 2, choices={"sector": ["military"]})',
        'for role in ("time", "location"):\n    pass',
        'times = roles.get("time", [])',
    ],
)
def test_the_scan_finds_each_way_of_writing_an_id(snippet: str, known: set[str]) -> None:
    assert list(literal_ids(snippet, known)), snippet


def test_the_scan_leaves_column_names_and_prose_alone(known: set[str]) -> None:
    source = (
        '"""The time and location of an event."""\n'
        'row = {"sector": sector, "date_precision": None}\n'
        'news = document.get("source")\n'
        'value = summary["time"]\n'
        'report.add("codebook.id-missing", "the role time is missing")\n'
    )
    assert list(literal_ids(source, known)) == []


def test_every_id_the_pipeline_acts_on_is_in_the_codebook() -> None:
    assert list(ids.missing_ids(load_project_codebook(REPO))) == []


@pytest.mark.parametrize(
    ("old", "new", "path", "value"),
    [
        ("\n  time:\n", "\n  moment:\n", "roles", "time"),
        ("\n  norm_date:\n", "\n  norm_day:\n", "normalised_values", "norm_date"),
        (
            "\n      killed:\n",
            "\n      dead:\n",
            "entity_attributes.casualty_kind.values",
            "killed",
        ),
    ],
)
def test_a_codebook_without_an_id_the_pipeline_acts_on_is_refused(
    tmp_path: Path, old: str, new: str, path: str, value: str
) -> None:
    text = (REPO / "schema" / "codebook.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    renamed = tmp_path / "codebook.yaml"
    renamed.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(CodebookError) as error:
        load_codebook(renamed)
    missing = [
        (i.location.path, i.message) for i in error.value.report if i.code == "codebook.id-missing"
    ]
    assert [p for p, _ in missing] == [path]
    assert repr(value) in missing[0][1]
