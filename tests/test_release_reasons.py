"""CHANGES.md cites a correction's reasons only for the records that changed with it.

Release 1.1.1 changed no record against 1.1.0, yet its "Why records changed" repeated
the reason of the seed article's correction, made for 1.0.0. These tests cut releases
with the real diff, reasons and renderer: one from the same inputs as the previous
release (nothing changed: no correction cited), and a diff where one of two corrected
documents changed one event (that reason for that event, nothing of the other). The
published 1.1.1 keeps its file, which ``release check`` recognises as the earlier rule,
while an edited copy is still caught.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from sahel_events.annotation.corrections import Correction
from sahel_events.paths import Project
from sahel_events.release import build_release, check_release
from sahel_events.release.diff import diff_releases, render_changes
from sahel_events.release.reasons import add_reasons
from tests.test_release_support import resum

REPO = Path(__file__).resolve().parents[1]
SEED = "000_acd4907f2525db7b"
#: Words of the seed correction's document-level reason (annotations/ of the repository).
SEED_REASON = "Gold review under codebook 1.0.0"
KEYS = {"events": ["event_id"]}


def _events(modes: dict[str, str]) -> dict[str, pa.Table]:
    """An events table: event ev-<doc>-<n> of document doc-<doc>, region r<n>."""
    ids = sorted(modes)
    return {
        "events": pa.table(
            {
                "event_id": ids,
                "doc_id": [f"doc-{i.split('-')[1]}" for i in ids],
                "region_id": [f"r{i.split('-')[2]}" for i in ids],
                "mode": [modes[i] for i in ids],
            }
        )
    }


def _correction(doc: str, reason: str, regions: dict[str, str]) -> Correction:
    return Correction(f"doc-{doc}", "ls-new/project-1", 7, (("legacy", 1),), reason, regions)


CORRECTIONS = [
    _correction("a", "Review of document A.", {"r1": "the weapon is a drone: air strike"}),
    _correction("b", "Review of document B.", {"r1": "the march was peaceful"}),
]
OLD = {"ev-a-1": "firearms", "ev-a-2": "firearms", "ev-b-1": "demo"}


def _changes(old: dict[str, str], new: dict[str, str]) -> tuple[dict[str, object], str]:
    before, after = _events(old), _events(new)
    diff = diff_releases(before, after, KEYS, "1.1.0", "1.2.0")
    explained = add_reasons(diff, before, after, CORRECTIONS)
    return diff, render_changes(diff, explained=explained)


def test_one_corrected_event_gives_its_reason_and_no_other_documents() -> None:
    diff, text = _changes(OLD, {**OLD, "ev-a-1": "air-strike"})
    why = text.split("## Why records changed", 1)[1]
    assert "- changed ev-a-1: the weapon is a drone: air strike" in why
    assert "Document doc-a: corrected in ls-new/project-1 task 7" in why
    assert "Review of document A." in why
    # Document B's correction is still in effect (diff.json lists it) but changed nothing.
    assert "doc-b" not in why and "Review of document B." not in why
    assert "the march was peaceful" not in text
    assert [c["doc_id"] for c in diff["corrections"]] == ["doc-a", "doc-b"]  # type: ignore[index]
    tables = diff["tables"]
    assert [r["key"] for r in tables["events"]["reasons"]] == ["ev-a-1"]  # type: ignore[index]


def test_no_record_changed_cites_no_correction() -> None:
    _, text = _changes(OLD, OLD)
    assert "| events | 0 | 0 | 0 | 3 |" in text
    why = text.split("## Why records changed", 1)[1]
    assert "No record changed since release 1.1.0: no correction is cited." in why
    assert "Review of document" not in text and "Document doc-" not in text


def test_changes_of_uncorrected_documents_cite_no_correction() -> None:
    # A new event of an uncorrected document: the corrected ones did not change.
    _, text = _changes(OLD, {**OLD, "ev-c-1": "demo"})
    assert "- ev-c-1" in text
    why = text.split("## Why records changed", 1)[1]
    assert "No record of a corrected document changed since release 1.1.0" in why
    assert "Review of document" not in why


def _repo_copy(root: Path, releases: list[str]) -> Project:
    """The repository's inputs and the given published releases, under ``root``."""
    for part in ("raw", "schema", "annotations"):
        shutil.copytree(REPO / part, root / part)
    for version in releases:
        shutil.copytree(REPO / "build" / version, root / "build" / version)
    return Project(root)


@pytest.fixture(scope="module")
def repeated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    """A release cut from exactly the inputs of the latest published one."""
    project = _repo_copy(tmp_path_factory.mktemp("same") / "proj", ["1.1.0", "1.1.1"])
    return project, build_release(project, "1.1.2").path


def test_a_release_from_the_same_inputs_has_no_stale_reason(
    repeated: tuple[Project, Path],
) -> None:
    _, release = repeated
    text = (release / "CHANGES.md").read_text(encoding="utf-8")
    assert "| events | 0 | 0 | 0 | 5 |" in text
    assert SEED_REASON not in text and f"Document {SEED}" not in text
    assert "No record changed since release 1.1.1: no correction is cited." in text
    # diff.json still says which corrections the gold holds.
    diff = json.loads((release / "diff.json").read_text(encoding="utf-8"))
    assert [c["doc_id"] for c in diff["corrections"]] == [SEED]
    # The published 1.1.1 wrote the stale reason; nothing under build/ was rewritten.
    assert SEED_REASON in (REPO / "build" / "1.1.1" / "CHANGES.md").read_text(encoding="utf-8")


def test_the_new_release_checks_with_its_own_rule(repeated: tuple[Project, Path]) -> None:
    project, release = repeated
    report = check_release(release, project)
    assert report.valid, report.to_text()
    codes = {i.code for i in report.issues}
    assert "release.changes-earlier-rule" not in codes and "release.edited" not in codes


def test_published_1_1_1_is_recognised_and_an_edit_of_it_is_caught(tmp_path: Path) -> None:
    project = _repo_copy(tmp_path / "proj", ["1.1.0", "1.1.1"])
    release = project.build / "1.1.1"
    report = check_release(release, project)
    assert report.valid, report.to_text()
    notes = [i for i in report.issues if i.code == "release.changes-earlier-rule"]
    assert [(i.severity, i.location.file) for i in notes] == [("info", "CHANGES.md")]

    changes = release / "CHANGES.md"
    text = changes.read_text(encoding="utf-8")
    changes.write_text(text.replace("is kept", "is dropped"), encoding="utf-8")
    resum(release)
    report = check_release(release, project)
    assert not report.valid
    edited = [i for i in report.issues if i.code == "release.edited"]
    assert [i.location.file for i in edited] == ["CHANGES.md"]
    assert "release.changes-earlier-rule" not in {i.code for i in report.issues}


def test_a_later_release_may_not_hold_the_earlier_rule(
    repeated: tuple[Project, Path], tmp_path: Path
) -> None:
    # 1.1.2 written with every correction cited, as 1.1.1 was: only releases up to
    # 1.1.1 were published so, so for 1.1.2 it is an edit.
    project, release = repeated
    root = tmp_path / "proj"
    shutil.copytree(project.root, root, ignore=shutil.ignore_patterns("work"))
    copy = root / "build" / release.name
    diff = json.loads((copy / "diff.json").read_text(encoding="utf-8"))
    (copy / "CHANGES.md").write_text(render_changes(diff, explained=None), encoding="utf-8")
    assert SEED_REASON in (copy / "CHANGES.md").read_text(encoding="utf-8")
    resum(copy)
    report = check_release(copy, Project(root))
    assert not report.valid
    assert [i.location.file for i in report.issues if i.code == "release.edited"] == ["CHANGES.md"]
