"""The golden exports: each bad export yields its issue, at its place, and nothing else.

The files are built by ``tests/data/exports/make_bad_exports.py`` from the two real Label
Studio exports in ``tests/data/exports/real/`` (see the README there).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.errors import Report
from sahel_events.ingest import ingest_corpus
from sahel_events.validate import DocumentLike, validate_snapshot

REPO = Path(__file__).resolve().parents[1]
EXPORTS = REPO / "tests" / "data" / "exports"
BAD = EXPORTS / "bad"

# kind: (code, severity, task id, annotation id, region id)
EXPECTED: dict[str, tuple[str, str, int | None, int | None, str | None]] = {
    # structure
    "task-missing-text": ("export.schema", "error", 102, None, None),
    "bad-created-at": ("export.schema", "error", 102, 1004, None),
    "two-labels": ("export.schema", "error", 101, 1001, "EnGouvern1"),
    "document-choice-on-region": ("export.schema", "error", 101, 1001, "EnArmee001"),
    "duplicate-task": ("export.duplicate-task", "error", 102, None, None),
    # codebook
    "unknown-label": ("codebook.unknown-label", "error", 101, 1001, "EnHommes01"),
    "unknown-from-name": ("codebook.unknown-control", "error", 101, 1001, "EvRencont1"),
    "unknown-choice": ("codebook.unknown-choice", "error", 101, 1001, "EvRencont1"),
    "mode-of-other-type": ("codebook.mode-of-other-type", "error", 101, 1001, "EvRencont1"),
    "attribute-not-allowed": ("codebook.attribute-not-allowed", "error", 101, 1001, "EnMopti001"),
    "event-attribute-on-entity": (
        "codebook.attribute-not-allowed",
        "error",
        101,
        1001,
        "EnGouvern1",
    ),
    "attribute-on-layout": ("codebook.attribute-not-allowed", "error", 101, 1001, "LayoutRep1"),
    "orphan-attribute": ("codebook.orphan-attribute", "error", 101, 1001, "Deleted002"),
    "duplicate-region-id": ("codebook.duplicate-region-id", "error", 101, 1001, "EnChefs001"),
    "dangling-relation": ("codebook.dangling-relation", "error", 101, 1001, "Deleted001"),
    "unknown-role": ("codebook.unknown-role", "error", 101, 1001, "EvAttaque1"),
    "unlabelled-relation": ("codebook.unlabelled-relation", "warning", 101, 1001, "EvAttaque1"),
    "role-not-allowed-for-type": (
        "codebook.role-not-allowed-for-type",
        "error",
        101,
        1001,
        "EvRencont1",
    ),
    "role-filler-not-allowed": (
        "codebook.role-filler-not-allowed",
        "error",
        101,
        1001,
        "EnDate1409",
    ),
    "required-role-missing": ("codebook.required-role-missing", "error", 101, 1001, "EvRencont1"),
    "relation-not-from-event": (
        "codebook.relation-not-from-event",
        "error",
        101,
        1001,
        "EnHommes01",
    ),
    # text
    "text-changed": ("text.changed", "error", 101, None, None),
    "text-edited-in-studio": ("text.changed", "error", 101, None, None),
    "unknown-document": ("text.unknown-document", "error", 102, None, None),
    "wrong-offsets": ("text.span-text-mismatch", "error", 101, 1001, "EvAttaque1"),
    "value-text-mismatch": ("text.span-text-mismatch", "error", 101, 1001, "EnSevare01"),
    "offset-beyond-text": ("text.offset-out-of-range", "error", 101, 1001, "EnDate1509"),
    "empty-span": ("text.empty-span", "error", 101, 1001, "EnChefs001"),
    "splits-flag": ("text.splits-grapheme", "error", 101, 1001, "EnMopti001"),
    "splits-zwj-sequence": ("text.splits-grapheme", "error", 101, 1001, "EnEleveurs"),
    "duplicate-region": ("text.duplicate-region", "warning", 101, 1001, "sEKwA3y4Tv"),
    # values
    "malformed-date": ("value.bad-date", "error", 101, 1001, "EnDate1409"),
    "date-order": ("value.date-order", "error", 101, 1001, "EnDate1409"),
    "unknown-precision": ("value.unknown-precision", "error", 101, 1001, "EnDate1509"),
    "precision-mismatch": ("value.precision-mismatch", "warning", 101, 1001, "EnDate1409"),
    "bad-gazetteer-id": ("value.bad-gazetteer-id", "error", 101, 1001, "EnMopti001"),
    "bad-coordinates": ("value.bad-coordinates", "error", 101, 1001, "EnMopti001"),
    "coordinates-out-of-range": ("value.bad-coordinates", "error", 101, 1001, "EnSevare01"),
    "bad-actor-id": ("value.bad-actor-id", "error", 101, 1001, "EnArmee001"),
    "bad-count": ("value.bad-count", "error", 101, 1001, "EnMorts012"),
    "count-order": ("value.count-order", "error", 101, 1001, "EnMorts012"),
    "count-qualifier-mismatch": (
        "value.count-qualifier-mismatch",
        "warning",
        101,
        1001,
        "EnMorts012",
    ),
    # predictions are suggestions: their mistakes are warnings, with no annotation id
    "bad-prediction": ("codebook.unknown-label", "warning", 101, None, "EnHomP01"),
}

# Whole-file problems: (code, line of the problem or None)
FILE_LEVEL: dict[str, tuple[str, int | None]] = {
    "empty-file": ("export.empty-file", None),
    "truncated": ("export.truncated", None),  # the line depends on the cut; checked below
    "not-json": ("export.not-json", 1),
    "not-array": ("export.not-array", 1),
    "not-utf8": ("export.not-utf8", None),
    "two-arrays": ("export.not-json", None),
}

# Exports whose content is never data, so whose mistakes are not reported.
CLEAN = ["bad-draft", "cancelled-with-bad-offsets"]

# The exact JSON path of the structure errors, which point into the item.
PATHS = {
    "task-missing-text": "$[1].data",
    "bad-created-at": "$[1].annotations[0].created_at",
    "two-labels": "$[0].annotations[0].result[35].value.labels",
    "duplicate-task": "$[2]",
    "unknown-label": "$[0].annotations[0].result[7].value.labels[0]",
    "bad-prediction": "$[0].predictions[0].result[4].value.labels[0]",
}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_bad_exports", EXPORTS / "make_bad_exports.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


@pytest.fixture(scope="module")
def documents() -> Mapping[str, DocumentLike]:
    return {d.doc_id: d for d in ingest_corpus(EXPORTS / "raw", REPO).documents}


@pytest.fixture(scope="module")
def check(codebook: Codebook, documents: Mapping[str, DocumentLike]) -> Any:
    def run(path: Path) -> Report:
        return validate_snapshot(path, codebook, documents, display_name=path.name)

    return run


def test_golden_files_are_what_the_script_makes() -> None:
    outputs = _load_script().build_outputs()
    stale = [str(p.relative_to(REPO)) for p, data in outputs.items() if p.read_bytes() != data]
    assert not stale, f"run tests/data/exports/make_bad_exports.py: {stale} are stale"
    extra = sorted(set(BAD.glob("*.json")) - set(outputs))
    assert not extra, f"bad exports the script does not make: {extra}"


def test_every_bad_export_is_tested_and_there_are_enough_kinds() -> None:
    kinds = {p.stem for p in BAD.glob("*.json")}
    assert kinds == set(EXPECTED) | set(FILE_LEVEL) | set(CLEAN)
    assert len(kinds) >= 25


def test_the_valid_export_has_no_issue(check: Any) -> None:
    report = check(EXPORTS / "valid.json")
    assert report.issues == []
    assert report.valid


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_bad_export_reports_its_issue_at_its_place(check: Any, kind: str) -> None:
    code, severity, task, annotation, region = EXPECTED[kind]
    report = check(BAD / f"{kind}.json")
    assert {i.code for i in report} == {code}, report.to_text()
    issue = report.issues[0]
    assert issue.severity == severity
    assert issue.location.file == f"{kind}.json"
    assert (issue.location.task, issue.location.annotation, issue.location.region) == (
        task,
        annotation,
        region,
    )
    assert issue.location.path is not None and issue.location.path.startswith("$[")
    if kind in PATHS:
        assert issue.location.path == PATHS[kind]
    assert report.valid is (severity != "error")
    assert issue.message and "Traceback" not in issue.message


@pytest.mark.parametrize("kind", sorted(FILE_LEVEL))
def test_broken_file_reports_one_file_level_issue(check: Any, kind: str) -> None:
    code, line = FILE_LEVEL[kind]
    report = check(BAD / f"{kind}.json")
    assert report.codes() == [code]
    issue = report.issues[0]
    assert issue.severity == "error" and not report.valid
    assert issue.location.file == f"{kind}.json"
    assert issue.location.task is None
    if line is not None:
        assert issue.location.line == line


def test_truncated_file_names_the_line_where_it_stops(check: Any) -> None:
    text = (BAD / "truncated.json").read_text(encoding="utf-8")
    issue = check(BAD / "truncated.json").issues[0]
    assert issue.location.line == text.count("\n") + 1
    assert "cut short" in issue.message and "pull the snapshot again" in issue.message


def test_two_arrays_keep_the_tasks_read_before_the_problem(check: Any) -> None:
    issue = check(BAD / "two-arrays.json").issues[0]
    assert issue.message.startswith("after 2 complete task(s)")


@pytest.mark.parametrize("kind", CLEAN)
def test_drafts_and_cancelled_annotations_are_not_data(check: Any, kind: str) -> None:
    assert check(BAD / f"{kind}.json").issues == []


def test_text_edited_in_studio_is_caught_twice(check: Any) -> None:
    # Once against the hash the task was pushed with, once against the ingested text.
    messages = [i.message for i in check(BAD / "text-edited-in-studio.json")]
    assert len(messages) == 2
    assert "text_sha256 it was pushed with" in messages[0]
    assert "ingested text of 'sevare_synthetique'" in messages[1]


def test_messages_say_what_to_fix(check: Any) -> None:
    def message(kind: str) -> str:
        return str(check(BAD / f"{kind}.json").issues[0].message)

    assert "2025-09-14" in message("malformed-date")  # the ISO form of 14/09/2025
    assert "'🇲🇱'" in message("splits-flag")
    assert "swapped" in message("coordinates-out-of-range")
    assert "pick a mode from mode_consult" in message("mode-of-other-type")
    assert "PER or ORG or GPE" in message("required-role-missing")
    assert "ARMED_GROUP" in message("unknown-label") and "PER, ORG" in message("unknown-label")


def test_the_real_exports_are_read_whole_and_their_offsets_hold(codebook: Codebook) -> None:
    # Not relabelled: the real exports use another project's labels, which are reported;
    # their offsets (NFD accents, emoji, CRLF, BOM) are right, so no text issue appears
    # but the UI's duplicate regions. The UI export's tasks also lack our doc_id.
    for name in ("label-studio-export-sample.json", "label-studio-export-ui-sample.json"):
        report = validate_snapshot(EXPORTS / "real" / name, codebook, None)
        assert "codebook.unknown-label" in report.codes()
        others = [
            i
            for i in report
            if i.code.startswith(("export.", "text.", "value."))
            and i.code != "text.duplicate-region"
        ]
        assert all(
            i.code == "export.schema" and i.message == "'doc_id' is a required property"
            for i in others
        ), report.to_text()


def test_the_relabelled_real_ui_export_has_only_codebook_issues(check: Any) -> None:
    report = check(EXPORTS / "real-ui-relabelled.json")
    # The UI duplicated two regions (a warning); its documents are not ours; its test
    # config put a factuality choice on a date; our codebook wants an actor for CONSULT.
    assert sorted(set(report.codes())) == [
        "codebook.attribute-not-allowed",
        "codebook.required-role-missing",
        "text.duplicate-region",
        "text.unknown-document",
        "value.unknown-precision",
    ]


def test_without_documents_the_task_hash_is_still_checked(codebook: Codebook) -> None:
    report = validate_snapshot(BAD / "text-edited-in-studio.json", codebook, None)
    assert report.codes() == ["text.changed"]
    assert validate_snapshot(BAD / "unknown-document.json", codebook, None).issues == []


def test_predictions_can_be_skipped(codebook: Codebook) -> None:
    path = BAD / "bad-prediction.json"
    assert validate_snapshot(path, codebook, None, check_predictions=False).issues == []


def test_every_issue_is_json_ready(check: Any) -> None:
    for path in sorted(BAD.glob("*.json")):
        data = json.loads(check(path).to_json())
        assert set(data) == {"valid", "counts", "issues"}
