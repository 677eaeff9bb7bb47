"""The catalogue of issue codes: every code the source can report is declared and documented.

The codes are collected statically from the source (an AST walk over every module), so
a code added to a stage without a declaration fails here even if no test reaches it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sahel_events.errors import Issue, Location, Report
from sahel_events.issue_codes import CATALOGUE, CODES, LAYERS, UndeclaredCodeError, lookup

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "sahel_events"
CATALOGUE_DIR = PACKAGE / "issue_codes"
DOC = REPO / "docs" / "issue-codes.md"

# A code is "<prefix>.<word>[-<word>...]"; string constants of that shape that are file
# names are not codes.
CODE = re.compile(r"^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$")
FILE_SUFFIXES = {
    "json",
    "jsonl",
    "yaml",
    "yml",
    "csv",
    "md",
    "log",
    "xml",
    "html",
    "txt",
    "png",
    "conf",
    "pickle",
}
# An f-string that builds a code: "<prefix>.{...}" with the prefix of a declared code
# (other templates of that shape are dotted paths into YAML files, such as "actors.{}").
PREFIXES = {code.split(".")[0] for code in CODES}
FAMILY = re.compile(r"^([a-z]+)\.\{\}")


#: Code families built at run time, by template, with the codes each can produce.
DYNAMIC: dict[str, Callable[[], set[str]]] = {}


def sources() -> Iterator[Path]:
    """Every module of the package except the catalogue itself."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if CATALOGUE_DIR not in path.parents:
            yield path


def literal_codes(path: Path) -> set[str]:
    """The code-shaped string constants of one module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        value = node.value if isinstance(node, ast.Constant) else None
        is_code = isinstance(value, str) and CODE.match(value) is not None
        if is_code and str(value).rsplit(".", 1)[1] not in FILE_SUFFIXES:
            found.add(str(value))
    return found


def families(path: Path) -> set[str]:
    """The f-string templates of one module that build a code, placeholders as ``{}``."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            template = "".join(
                v.value if isinstance(v, ast.Constant) else "{}" for v in node.values
            )
            family = FAMILY.match(template)
            if family and family.group(1) in PREFIXES and " " not in template:
                found.add(template)
    return found


def emitted_codes() -> dict[str, set[str]]:
    """Code -> the modules (relative to the package) that can report it."""
    out: dict[str, set[str]] = {}
    for path in sources():
        where = str(path.relative_to(PACKAGE))
        codes = literal_codes(path)
        for template in families(path):
            codes |= DYNAMIC[template]()
        for code in codes:
            out.setdefault(code, set()).add(where)
    return out


def test_every_code_family_built_at_run_time_has_its_codes_listed() -> None:
    templates = {t for path in sources() for t in families(path)}
    unknown = templates - set(DYNAMIC)
    assert not unknown, f"list the codes these templates can build in DYNAMIC: {unknown}"


def test_every_code_the_source_can_report_is_declared() -> None:
    emitted = emitted_codes()
    undeclared = {code: sorted(where) for code, where in emitted.items() if code not in CODES}
    assert not undeclared, f"declare these codes in sahel_events.issue_codes: {undeclared}"
    # The walk finds the codes at all (145 when issue 11 merged the 20 codes that named
    # one fault per stage into one code each).
    assert len(emitted) >= 140


def test_every_declared_code_is_reported_somewhere() -> None:
    stale = set(CODES) - set(emitted_codes())
    assert not stale, f"the catalogue declares codes no module reports: {sorted(stale)}"


def test_consolidate_reports_no_compile_codes() -> None:
    codes = literal_codes(PACKAGE / "consolidate.py")
    assert {c for c in codes if c.startswith("consolidate.")}
    assert not {c for c in codes if c.startswith("compile.")}
    assert all(CODES[c].layer == "consolidate" for c in codes if c.startswith("consolidate."))


def test_every_declaration_is_complete() -> None:
    assert len(CODES) == len(CATALOGUE)
    for code in CATALOGUE:
        assert CODE.match(code.code), code
        assert code.layer in LAYERS, code
        assert code.severity in ("error", "warning", "info"), code
        assert code.meaning.strip() and code.action.strip(), code


def test_the_page_documents_every_code_with_its_severity() -> None:
    rows = re.findall(r"^\| `([^`]+)` \| (\w+) \| (.+) \| (.+) \|$", DOC.read_text("utf-8"), re.M)
    assert {code: severity for code, severity, _, _ in rows} == {
        c.code: c.severity for c in CATALOGUE
    }
    assert all(meaning.strip() and action.strip() for _, _, meaning, action in rows)


def test_an_undeclared_code_is_refused() -> None:
    report = Report()
    with pytest.raises(UndeclaredCodeError, match=r"value\.bad-dat"):
        report.add("value.bad-dat", "a typo of value.bad-date")
    with pytest.raises(UndeclaredCodeError):
        Issue("compile.duplicate-region", "consolidate's code under compile's prefix")
    assert len(report) == 0
    assert report.add("value.bad-date", "ok", Location(task=1)).code == "value.bad-date"
    assert lookup("value.bad-date").layer == "validate"
