"""Releases under stress: empty tables, interrupted builds, tampered descriptors and codebooks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sahel_events.paths import Project
from sahel_events.release import check_release
from tests.clirunner import run_cli
from tests.lsexport import annotation, task, write_snapshot
from tests.test_release_support import (
    attack_regions,
    document,
    resum,
    tree_bytes,
)


def _codes(project: Project, release: Path) -> set[tuple[str, str | None]]:
    report = check_release(release, project)
    return {(i.code, i.location.file) for i in report.errors}


def test_the_only_document_marked_unusable_empties_tables_without_a_crash(
    copy: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, _ = copy
    doc = document(project, "menaka-attaque")
    unusable = attack_regions(doc.text).document_choice("st", "doc_status", "unusable")
    write_snapshot(
        project.annotations, "20250902T120000Z", [task(1, doc, [annotation(13, 1, unusable.items)])]
    )
    args = ["--project", str(project.root)]
    built = run_cli(["build", *args], capsys)
    assert built.code == 0, built.err
    assert "events +0 -1" in built.out
    released = run_cli(["release", "1.1.0", *args], capsys)
    assert released.code == 0, released.err
    diff = json.loads((project.build / "1.1.0" / "diff.json").read_text(encoding="utf-8"))
    assert diff["summary"]["events"] == {"added": 0, "removed": 1, "changed": 0, "unchanged": 0}
    assert check_release(project.build / "1.1.0", project).valid


def test_two_ground_truths_on_one_task_are_refused(
    copy: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, _ = copy
    doc = document(project, "menaka-attaque")
    items = attack_regions(doc.text).items
    write_snapshot(
        project.annotations,
        "20250902T120000Z",
        [
            task(
                1,
                doc,
                [
                    annotation(13, 1, items, ground_truth=True),
                    annotation(14, 2, items, ground_truth=True),
                ],
            )
        ],
    )
    result = run_cli(["validate", "--project", str(project.root)], capsys)
    assert result.code == 1
    assert "[export.several-ground-truths]" in result.out
    assert "(13, 14)" in result.out
    before = tree_bytes(project.build)
    refused = run_cli(["release", "1.1.0", "--project", str(project.root)], capsys)
    assert refused.code == 1
    assert tree_bytes(project.build) == before


def test_an_interrupted_release_is_removed_by_the_next_one(
    copy: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, release = copy
    # What a release killed with SIGKILL leaves: its temporary directory, complete or not
    # (the pid is one that cannot be running).
    leftover = project.build / ".1.1.0.tmp-4194305-k1ll3d"
    shutil.copytree(release, leftover)
    checked = run_cli(["release", "check", str(leftover), "--project", str(project.root)], capsys)
    assert checked.code == 1
    assert "[release.interrupted]" in checked.out
    add_changed_snapshot(project)
    result = run_cli(["release", "1.1.0", "--project", str(project.root)], capsys)
    assert result.code == 0, result.err
    assert not leftover.exists()
    assert sorted(p.name for p in project.build.iterdir()) == ["1.0.0", "1.1.0"]


def test_a_temporary_directory_of_a_running_build_is_left_alone(copy: tuple[Project, Path]) -> None:
    import os

    from sahel_events.release.build import clean_interrupted

    project, _ = copy
    running = project.build / f".1.1.0.tmp-{os.getppid()}-busy"
    running.mkdir()
    assert clean_interrupted(project.build) == []
    assert running.is_dir()


def test_release_check_refuses_a_directory_not_named_as_a_version(
    copy: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, release = copy
    renamed = project.build / "latest"
    shutil.copytree(release, renamed)
    result = run_cli(["release", "check", str(renamed), "--project", str(project.root)], capsys)
    assert result.code == 1
    assert "[release.not-a-version] latest" in result.out


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("datapackage.json", '"CC-BY-4.0"', '"CC0-1.0"'),
        ("croissant.json", '"sahel-events"', '"sahel-events-v2"'),
        ("README.md", "# ", "# Edited: "),
    ],
)
def test_an_edited_descriptor_is_caught_even_with_new_checksums(
    copy: tuple[Project, Path], name: str, old: str, new: str
) -> None:
    project, release = copy
    path = release / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    resum(release)
    assert ("release.edited", name) in _codes(project, release)


def test_an_edited_codebook_copy_is_refused_not_replaced(copy: tuple[Project, Path]) -> None:
    project, release = copy
    from sahel_events.release.manifest import CODEBOOK_COPY

    path = release / CODEBOOK_COPY
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    resum(release)
    report = check_release(release, project)
    [issue] = [i for i in report.errors if i.code == "release.codebook"]
    assert issue.location.file == CODEBOOK_COPY
    assert "was changed after the release" in issue.message


def add_changed_snapshot(project: Project) -> None:
    """A second snapshot with one value changed (a minor release's worth)."""
    from tests.test_release_support import add_snapshot

    add_snapshot(project, "20250902T120000Z", killed="16")


def test_an_edited_licence_is_caught_even_when_the_generators_changed(tmp_path: Path) -> None:
    # The published 0.1.0 was written by earlier generators (their wording changed
    # since): a difference in wording is a warning, but never one in the licence.
    repo = Path(__file__).resolve().parents[1]
    release = tmp_path / "build" / "0.1.0"
    shutil.copytree(repo / "build" / "0.1.0", release)
    path = release / "datapackage.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"CC-BY-4.0"', '"CC0-1.0"', 1), encoding="utf-8")
    resum(release)
    report = check_release(release, Project(repo))
    assert [(i.code, i.location.file, i.location.path) for i in report.errors] == [
        ("release.edited", "datapackage.json", "licenses")
    ]


def test_a_release_stopped_with_sigterm_leaves_nothing(copy: tuple[Project, Path]) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    project, _ = copy
    add_changed_snapshot(project)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "sahel_events", "release", "1.1.0", "--project", str(project.root)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(project.build.glob(".1.1.0.tmp-*")) and process.poll() is None:
        assert time.monotonic() < deadline, "the release never started writing"
        time.sleep(0.01)
    if process.poll() is None:  # caught while writing into its temporary directory
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=120)
        assert process.returncode == 2, err
        assert "Aborted." in err
        assert sorted(p.name for p in project.build.iterdir()) == ["1.0.0"]
    else:  # finished before the signal could be sent: it must then be whole
        assert sorted(p.name for p in project.build.iterdir()) == ["1.0.0", "1.1.0"]


@pytest.mark.parametrize("stage", ["release", "build"])
def test_a_stop_while_the_scratch_directory_is_made_leaves_nothing(
    copy: tuple[Project, Path], monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """SIGTERM (as Ctrl-C) can land after ``mkdtemp`` made the scratch directory and
    before it returned the path: the directory must still go. The signal's timing cannot
    be chosen from outside, so ``mkdtemp`` is made to stop there (the test above sends a
    real SIGTERM as soon as the directory appears; under load it hit this window)."""
    import tempfile

    from sahel_events.release import build as build_module
    from sahel_events.release.build import build_dataset, build_release

    project, _ = copy
    add_changed_snapshot(project)
    real_mkdtemp = tempfile.mkdtemp

    made: list[Path] = []
    scratch = ".1.1.0.tmp-" if stage == "release" else f".{build_module.DATASET_DIR}.tmp-"

    def stopped_mkdtemp(*args: object, **kwargs: object) -> str:
        path: str = real_mkdtemp(*args, **kwargs)  # type: ignore[call-overload]
        if Path(path).name.startswith(scratch):  # only the scratch directory's call
            made.append(Path(path))
            raise KeyboardInterrupt
        return path

    monkeypatch.setattr(build_module.tempfile, "mkdtemp", stopped_mkdtemp)
    with pytest.raises(KeyboardInterrupt):
        if stage == "release":
            build_release(project, "1.1.0")
        else:
            build_dataset(project)
    assert made and not made[0].exists()  # it was made, and it is gone
    assert not list(made[0].parent.glob(".*.tmp-*"))


def test_a_stop_whose_interrupt_was_lost_still_publishes_nothing(
    copy: tuple[Project, Path],
) -> None:
    """Python drops the ``KeyboardInterrupt`` a SIGTERM handler raises when the signal
    lands in a weakref callback (CI once saw it inside the import system's module locks:
    the release went on and was published). The handler records the stop too; the stop is
    recorded here while the release is written, its exception lost, as that run showed."""
    from sahel_events import stopping
    from sahel_events.release.build import build_release

    project, _ = copy
    add_changed_snapshot(project)

    def progress(message: str) -> None:
        if message.startswith("wrote README"):
            stopping.request()  # the handler ran; its exception did not reach the build

    try:
        with pytest.raises(KeyboardInterrupt):
            build_release(project, "1.1.0", progress=progress)
    finally:
        stopping.clear()
    # Nothing published, no scratch directory left: the release is whole or absent.
    assert sorted(p.name for p in project.build.iterdir()) == ["1.0.0"]
