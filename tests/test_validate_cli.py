"""``sahel-events validate`` as a user runs it: output, --json, exit codes, progress."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sahel_events.commands import validate as validate_command
from sahel_events.paths import Project
from sahel_events.validate import snapshot_paths, validate_snapshots
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
EXPORTS = REPO / "tests" / "data" / "exports"
VALID = "project-1-at-2026-11-28-20-33-d54505ac.json"
BAD = "project-1-at-2026-11-29-09-12-0a1b2c3d.json"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A project with the real codebook, the synthetic articles and two snapshots."""
    root = tmp_path / "project"
    (root / "schema").mkdir(parents=True)
    shutil.copy(REPO / "schema" / "codebook.yaml", root / "schema" / "codebook.yaml")
    shutil.copytree(EXPORTS / "raw", root / "raw")
    annotations = root / "annotations"
    annotations.mkdir()
    shutil.copy(EXPORTS / "valid.json", annotations / VALID)
    shutil.copy(EXPORTS / "bad" / "unknown-role.json", annotations / BAD)
    # Not snapshots: a provenance record and a note.
    (annotations / BAD.replace(".json", ".provenance.json")).write_text("{}", encoding="utf-8")
    (annotations / "README.md").write_text("snapshots\n", encoding="utf-8")
    return Project(root)


def test_default_is_every_snapshot_but_provenance_files(project: Project) -> None:
    assert [p.name for p in snapshot_paths(project)] == [VALID, BAD]


def test_json_equals_the_library_report(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["validate", "--project", str(project.root), "--json"], capsys)
    expected = validate_snapshots(snapshot_paths(project), project).as_dict()
    assert json.loads(result.out) == expected
    assert result.code == 1
    issue = expected["issues"][0]
    assert issue["code"] == "codebook.unknown-role"
    assert issue["location"] == {
        "file": f"annotations/{BAD}",
        "path": "$[0].annotations[0].result[25].labels[0]",
        "task": 101,
        "annotation": 1001,
        "region": "EvAttaque1",
        "doc_id": "sevare_synthetique",
    }


def test_readable_report(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["validate", "--project", str(project.root)], capsys)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == (
        f"annotations/{VALID}: 2 task(s), 4 annotation(s) (1 cancelled), 1 prediction(s)"
    )
    assert lines[1].startswith(f"annotations/{BAD}: 2 task(s)")
    assert lines[2].startswith(
        f"error: [codebook.unknown-role] annotations/{BAD}, path $[0].annotations[0]"
    )
    assert "task 101, annotation 1001, region EvAttaque1" in lines[2]
    # The error is in a current annotation: the report says where to fix it.
    assert any(
        line.startswith(f"info: [snapshot.fix-in-label-studio] annotations/{BAD}")
        and "correct them in Label Studio, then run `sahel-events pull`" in line
        for line in lines
    )
    assert lines[-1] == "INVALID: 1 error(s), 0 warning(s), 1 note(s)"
    assert "Traceback" not in result.out + result.err


def test_a_valid_snapshot_exits_0(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = project.annotations / VALID
    result = run_cli(["validate", str(path), "--project", str(project.root)], capsys)
    assert result.code == 0
    assert result.out.splitlines()[-1] == "valid: 0 error(s), 0 warning(s), 0 note(s)"


def test_warnings_alone_exit_0(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = EXPORTS / "bad" / "duplicate-region.json"
    result = run_cli(["validate", str(path), "--project", str(project.root), "--json"], capsys)
    assert result.code == 0
    assert json.loads(result.out)["counts"] == {"error": 0, "warning": 1, "info": 0}


def test_paths_are_named_relative_to_the_project(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.annotations)
    result = run_cli(["validate", BAD, "--json"], capsys)
    assert json.loads(result.out)["issues"][0]["location"]["file"] == f"annotations/{BAD}"


def test_a_missing_file_is_misuse(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["validate", "nope.json", "--project", str(project.root)], capsys)
    assert result.code == 2
    assert result.err.strip() == "Error: no such snapshot file: nope.json"
    assert result.out == ""


def test_no_snapshot_at_all_is_misuse(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    for path in project.annotations.glob("*.json"):
        path.unlink()
    result = run_cli(["validate", "--project", str(project.root)], capsys)
    assert result.code == 2
    assert "holds no *.json snapshot" in result.err


@pytest.mark.parametrize("kind", ["truncated", "empty-file", "not-utf8", "not-array"])
def test_broken_files_are_reported_not_raised(
    project: Project, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = EXPORTS / "bad" / f"{kind}.json"
    result = run_cli(["validate", str(path), "--project", str(project.root)], capsys)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert f"error: [export.{kind}] " in result.out


def test_an_invalid_codebook_is_reported(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.codebook.write_text("name: [unclosed\n", encoding="utf-8")
    result = run_cli(["validate", "--project", str(project.root)], capsys)
    assert result.code == 1
    assert "codebook.yaml-syntax" in result.err
    result = run_cli(["validate", "--project", str(project.root), "--json"], capsys)
    assert result.code == 1
    assert json.loads(result.out)["issues"][0]["code"] == "codebook.yaml-syntax"


def test_progress_goes_to_stderr_for_large_snapshots(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every snapshot counts as large here; the JSON on stdout is unchanged.
    monkeypatch.setattr(validate_command, "PROGRESS_MIN_BYTES", 0)
    result = run_cli(["validate", "--project", str(project.root), "--json"], capsys)
    assert f"validating annotations/{VALID}: 100% read, 2 task(s) checked" in result.err
    assert json.loads(result.out) == validate_snapshots(snapshot_paths(project), project).as_dict()


def test_predictions_can_be_skipped(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = EXPORTS / "bad" / "bad-prediction.json"
    args = ["validate", str(path), "--project", str(project.root), "--json"]
    assert json.loads(run_cli(args, capsys).out)["counts"]["warning"] == 1
    skipped = json.loads(run_cli([*args, "--skip-predictions"], capsys).out)
    assert skipped["counts"]["warning"] == 0
