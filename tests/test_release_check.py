"""``check_release``: passes on a fresh release, fails naming the cause otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events.errors import Report
from sahel_events.paths import Project
from sahel_events.release import build_release, check_release
from tests.clirunner import run_cli
from tests.test_release_support import add_snapshot, resum


def _errors(report: Report) -> set[tuple[str, str | None]]:
    return {(i.code, i.location.file) for i in report.errors}


def test_a_fresh_release_passes(released: tuple[Project, Path]) -> None:
    project, release = released
    report = check_release(release, project)
    assert report.valid, report.to_text()


def test_a_changed_byte_of_a_table_is_named(copy: tuple[Project, Path]) -> None:
    project, release = copy
    path = release / "data/events.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = check_release(release, project, rebuild=False)
    assert ("release.checksum", "data/events.parquet") in _errors(report)


def test_a_removed_file_is_named(copy: tuple[Project, Path]) -> None:
    project, release = copy
    (release / "data/mentions.parquet").unlink()
    (release / "croissant.json").unlink()
    report = check_release(release, project, rebuild=False)
    assert {
        ("release.missing-file", "data/mentions.parquet"),
        ("release.missing-file", "croissant.json"),
    } <= _errors(report)


def test_a_dropped_column_without_a_major_version_is_named(copy: tuple[Project, Path]) -> None:
    project, _ = copy
    add_snapshot(project, "20250902T120000Z", mode="explosives")
    release = build_release(project, "1.1.0").path
    path = release / "data/events.parquet"
    table = pq.read_table(path)
    pq.write_table(table.drop_columns(["mode"]), path, compression="zstd")
    resum(release)  # a consistent SHA256SUMS: the schema alone is at fault
    report = check_release(release, project, rebuild=False)
    breaking = [i for i in report.errors if i.code == "release.schema-breaking"]
    assert breaking, report.to_text()
    assert all(i.location.path == "events.mode" for i in breaking)
    # both rules see it: the table definition, and SemVer against 1.0.0
    assert {i.location.file for i in breaking} >= {"data/events.parquet"}
    assert any("since 1.0.0" in i.message for i in breaking)


def test_a_changed_input_makes_the_release_not_reproducible(copy: tuple[Project, Path]) -> None:
    project, release = copy
    manifest = json.loads((release / "manifest.json").read_text())
    snapshot = project.root / manifest["inputs"]["snapshots"][0]["path"]
    snapshot.write_text(snapshot.read_text().replace('"firearms"', '"explosives"'))
    report = check_release(release, project)
    codes = {code for code, _ in _errors(report)}
    assert {"release.input-changed", "release.not-reproducible"} <= codes


def test_other_content_from_the_same_inputs_is_not_reproducible(
    copy: tuple[Project, Path],
) -> None:
    # A release whose tables and hashes were made consistently, but not from its inputs.
    project, release = copy
    path = release / "data/events.parquet"
    table = pq.read_table(path)
    table = table.set_column(
        table.schema.get_field_index("killed_best"),
        table.schema.field("killed_best"),
        pa.array([99] * table.num_rows, pa.int32()),
    )
    pq.write_table(table, path, compression="zstd")
    from sahel_events.parquet_io import content_hash

    hashes = json.loads((release / "content-hashes.json").read_text())
    hashes["events"] = content_hash(pq.read_table(path))
    (release / "content-hashes.json").write_text(json.dumps(hashes))
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["tables"]["events"]["content_hash"] = hashes["events"]
    (release / "manifest.json").write_text(json.dumps(manifest))
    resum(release)
    report = check_release(release, project)
    assert ("release.not-reproducible", "data/events.parquet") in _errors(report)


def test_cli_check_json_equals_the_library(
    released: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, release = released
    result = run_cli(
        [
            "release",
            "check",
            str(release),
            "--project",
            str(project.root),
            "--json",
            "--no-rebuild",
        ],
        capsys,
    )
    assert result.code == 0, result.err
    expected = check_release(release, project, rebuild=False)
    assert json.loads(result.out) == expected.as_dict()


def test_cli_check_exit_1_names_the_file(
    copy: tuple[Project, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, release = copy
    (release / "README.md").write_text("edited")
    result = run_cli(
        ["release", "check", str(release), "--project", str(project.root), "--no-rebuild"], capsys
    )
    assert result.code == 1
    assert "[release.checksum] README.md" in result.out


def test_a_dropped_span_column_is_reported_not_raised(copy: tuple[Project, Path]) -> None:
    project, release = copy
    path = release / "data/events.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["trigger_text"]), path)
    resum(release)
    report = check_release(release, project, rebuild=False)
    assert ("release.schema-breaking", "data/events.parquet") in _errors(report)
