"""The commands: ``release VERSION``, ``release check DIR`` and ``build`` (the main job)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_events.paths import Project
from sahel_events.workcache import CACHES
from tests.clirunner import run_cli
from tests.test_release_support import add_snapshot, make_project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = make_project(tmp_path / "proj")
    add_snapshot(p, "20250901T120000Z")
    return p


def test_release_help_explains_both_forms(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["release", "--help"], capsys)
    assert result.code == 0
    assert "release VERSION" in result.out and "release check DIR" in result.out
    assert "create" not in result.out.split("Commands:")[-1]  # the build form is hidden


def test_release_then_check_then_refuse_again(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(project.root)
    made = run_cli(["release", "1.0.0", "--project", root], capsys)
    assert made.code == 0, made.err
    assert "Released 1.0.0" in made.out
    assert "Tables: documents 1, mentions 4, events 1, event_arguments 4, annotations 1" in made.out
    assert "Events by type: ASSAULT 1" in made.out
    assert "wrote data/events.parquet" in made.err  # progress on stderr

    checked = run_cli(["release", "check", str(project.build / "1.0.0"), "--project", root], capsys)
    assert checked.code == 0, checked.out + checked.err
    assert "every check passed" in checked.out

    again = run_cli(["release", "1.0.0", "--project", root], capsys)
    assert again.code == 2
    assert "never rebuilt in place" in again.err
    bad = run_cli(["release", "one", "--project", root], capsys)
    assert bad.code == 2 and "MAJOR.MINOR.PATCH" in bad.err


def test_release_json_output(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["release", "--project", str(project.root), "0.1.0", "--json"], capsys)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["version"] == "0.1.0" and data["rows"]["events"] == 1


def test_release_refused_on_invalid_data_exits_1(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    (snapshot,) = project.annotations.glob("*.json")
    snapshot.write_text(snapshot.read_text().replace('"firearms"', '"laser"'))
    result = run_cli(["release", "1.0.0", "--project", str(project.root), "--json"], capsys)
    assert result.code == 1
    report = json.loads(result.out)
    assert report["valid"] is False
    assert any("laser" in i["message"] for i in report["issues"])
    assert not (project.build / "1.0.0").exists()


def test_build_writes_work_dataset_and_compares(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(project.root)
    first = run_cli(["build", "--project", root], capsys)
    assert first.code == 0, first.err
    dataset = project.work / "dataset"
    assert f"Dataset written to {dataset}" in first.out
    assert "Events dated 2025-08-12 to 2025-08-12 (0 undated); countries: ML 1" in first.out
    assert "No release in build/ yet" in first.out
    assert sorted(p.name for p in (dataset / "data").iterdir()) == [
        "actors.parquet",
        "annotations.parquet",
        "documents.parquet",
        "event_arguments.parquet",
        "events.parquet",
        "events_flat.csv",
        "events_flat.parquet",
        "incidents.parquet",
        "mentions.parquet",
    ]
    # One annotator only: the scratch dataset's agreement says there is none to measure.
    agreement = json.loads((dataset / "agreement.json").read_text(encoding="utf-8"))
    assert (agreement["double_coded_documents"], agreement["overall"]) == (0, None)

    assert run_cli(["release", "1.0.0", "--project", root], capsys).code == 0
    same = run_cli(["build", "--project", root], capsys)
    assert "Same content as the latest release 1.0.0." in same.out

    add_snapshot(project, "20250902T120000Z", mode="explosives")
    changed = run_cli(["build", "--project", root, "--json"], capsys)
    data = json.loads(changed.out)
    assert data["same_as_latest_release"] is False
    assert data["diff_against_latest"]["events"]["changed"] == 1
    # replaced whole: no temporary or old directory is left beside it (the caches of
    # incremental rebuilds live beside it, on purpose: docs/releases.md). Which caches
    # exist depends on timing: a snapshot is indexed on disk only once it has settled
    # (snapindex.SETTLED seconds), which a slow machine reaches within this test.
    left = {p.name for p in project.work.iterdir()}
    assert "dataset" in left
    assert {"compile-cache", "content-hash-cache", "ingest-cache", "validate-cache"} <= left
    assert left - {"dataset"} <= set(CACHES), sorted(left)
    assert not (project.build / "unreleased").exists()


def test_build_exits_1_when_validation_fails(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    (snapshot,) = project.annotations.glob("*.json")
    snapshot.write_text(snapshot.read_text().replace('"geonames:2453514"', '"paris"'))
    result = run_cli(["build", "--project", str(project.root)], capsys)
    assert result.code == 1
    assert "error: [value." in result.err
    assert not (project.work / "dataset").exists()


def test_release_with_scores(project: Project, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps({"entities": {"f1": 0.8125, "spans": 16}, "events": {"f1": 0.5}}))
    result = run_cli(["release", "1.0.0", "--project", str(project.root), "--scores",
                      str(scores)], capsys)  # fmt: skip
    assert result.code == 0, result.err
    release = project.build / "1.0.0"
    card = (release / "README.md").read_text()
    # Folded away (<details>) since the card's redesign: the scores are there, not upfront.
    assert "<summary>Pre-annotation scores" in card and "| entities.f1 | 0.812 |" in card
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["inputs"]["scores"]["copy"] == "preannotation-scores.json"
    assert "preannotation-scores.json" in (release / "SHA256SUMS").read_text()
