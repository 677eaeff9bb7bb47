"""``build_release``: whole or nothing, byte-identical rebuilds, version and SemVer rules."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.errors import InvalidDataError, UsageError
from sahel_events.generate import write_generated
from sahel_events.paths import Project
from sahel_events.release import build_release
from sahel_events.release.sums import write_sums
from tests.test_release_support import add_snapshot, make_project, released_project, tree_bytes

EXPECTED_FILES = {
    "CHANGES.md",
    "README.md",
    "SHA256SUMS",
    "agreement.json",  # saying that no document is coded twice
    "content-hashes.json",
    "croissant.json",
    "datapackage.json",
    "diff.json",
    "manifest.json",
    "schema/codebook.yaml",
    *(
        f"data/{t}.parquet"
        for t in (
            "documents",
            "mentions",
            "events",
            "event_arguments",
            "annotations",
            "actors",
            "events_flat",
            "incidents",
        )
    ),
    "data/events_flat.csv",  # the flat view for R and Stata
    # the card's figures (no agreement figure: no document is coded twice)
    "figures/events-over-time.png",
    "figures/map.png",
    "figures/types-and-modes.png",
}


def test_release_has_every_file(released: tuple[Project, Path]) -> None:
    _, release = released
    assert set(tree_bytes(release)) == EXPECTED_FILES
    assert release.stat().st_mode & 0o755 == 0o755  # readable by everyone, like any release


def test_without_double_coding_the_agreement_says_so(released: tuple[Project, Path]) -> None:
    _, release = released
    data = json.loads((release / "agreement.json").read_text(encoding="utf-8"))
    assert data["double_coded_documents"] == 0
    assert data["note"] == "No document has been coded by two annotators yet: no agreement figure."
    assert (data["overall"], data["pairs"], data["annotators"]) == (None, [], [])
    card = (release / "README.md").read_text(encoding="utf-8")
    section = card.split("### Agreement", 1)[1].split("\n### ", 1)[0]
    assert "No document has been coded by two annotators yet" in section
    assert "|" not in section  # no table of empty figures


def test_built_twice_from_the_same_inputs_is_identical(
    released: tuple[Project, Path], tmp_path: Path
) -> None:
    project, release = released
    again = build_release(project, "1.0.0", out_dir=tmp_path / "elsewhere")
    first = json.loads((release / "content-hashes.json").read_text())
    assert again.content_hashes == first
    assert tree_bytes(again.path) == tree_bytes(release)


def test_manifest_names_every_input_by_hash(released: tuple[Project, Path]) -> None:
    project, release = released
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["release_version"] == "1.0.0"
    assert manifest["previous_release"] is None
    # The article and its sidecar (source and licence: an input of the release too).
    assert [r["path"] for r in manifest["inputs"]["raw"]] == [
        "raw/menaka-attaque.meta.json",
        "raw/menaka-attaque.txt",
    ]
    (snapshot,) = manifest["inputs"]["snapshots"]
    assert snapshot["path"].startswith("annotations/sahel-events-20250901T120000Z-")
    assert manifest["inputs"]["codebook"]["version"] == load_project_codebook(project.root).version
    assert any(
        f["path"] == "schema/labelstudio/labeling-config.xml"
        for f in manifest["inputs"]["schema_files"]
    )
    assert manifest["tool"]["pyarrow"] == pa.__version__
    # created comes from the inputs (the newest snapshot's time), never from the clock
    assert manifest["created"] == "2025-09-01T12:00:00Z"
    assert (release / "schema/codebook.yaml").read_bytes() == project.codebook.read_bytes()


def test_parquet_metadata(released: tuple[Project, Path]) -> None:
    _, release = released
    meta = pq.ParquetFile(release / "data/events.parquet")
    schema = meta.schema_arrow
    assert meta.metadata.row_group(0).column(0).compression == "ZSTD"
    assert b"pandas" not in (schema.metadata or {})
    assert schema.metadata[b"sahel_events.release_version"] == b"1.0.0"
    assert schema.field("event_type").metadata[b"description"]


def test_an_existing_version_is_refused(released: tuple[Project, Path]) -> None:
    project, _ = released
    with pytest.raises(UsageError, match="never rebuilt in place"):
        build_release(project, "1.0.0")


@pytest.mark.parametrize("version", ["0.9.0", "1.0.0-rc1", "v2"])
def test_a_version_not_greater_or_not_semver_is_refused(
    released: tuple[Project, Path], version: str
) -> None:
    project, _ = released
    with pytest.raises(UsageError, match=r"not greater|MAJOR\.MINOR\.PATCH"):
        build_release(project, version)
    assert not (project.build / version).exists()


def test_a_failure_midway_leaves_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path / "proj")
    add_snapshot(project, "20250901T120000Z")
    seen: list[str] = []

    def fail_after_events(message: str) -> None:
        # The disk filling up after some tables are written: a fault no input can cause.
        seen.append(message)
        if message.startswith("wrote data/events.parquet"):
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        build_release(project, "1.0.0", progress=fail_after_events)
    assert "wrote data/documents.parquet (1 rows)" in seen
    assert list(project.build.iterdir()) == []  # no 1.0.0, no temporary directory
    build_release(project, "1.0.0")  # and the version is still free


def test_invalid_snapshot_refuses_with_the_report(tmp_path: Path) -> None:
    project = make_project(tmp_path / "proj")
    path = add_snapshot(project, "20250901T120000Z")
    tasks = json.loads(path.read_text())
    tasks[0]["annotations"][0]["result"][0]["value"]["end"] += 400  # past the text
    path.write_text(json.dumps(tasks))
    with pytest.raises(InvalidDataError) as caught:
        build_release(project, "1.0.0")
    assert any(code.startswith("text.") for code in caught.value.report.codes())
    assert not (project.build / "1.0.0").exists()


def _add_legacy_column(release: Path) -> None:
    """Make a published release hold a column the current table definition lacks."""
    path = release / "data/events.parquet"
    table = pq.read_table(path)
    field = pa.field("legacy_score", pa.int32(), True, {"description": "gone in the next"})
    table = table.append_column(field, pa.array([1] * table.num_rows, pa.int32()))
    pq.write_table(table, path, compression="zstd")
    package = json.loads((release / "datapackage.json").read_text())
    for resource in package["resources"]:
        if resource["name"] == "events":
            resource["schema"]["fields"].append({"name": "legacy_score", "type": "integer"})
    (release / "datapackage.json").write_text(json.dumps(package))
    write_sums(release)


def test_a_dropped_column_needs_a_major_version(tmp_path: Path) -> None:
    project, release = released_project(tmp_path / "proj")
    _add_legacy_column(release)
    add_snapshot(project, "20250902T120000Z", mode="explosives")
    with pytest.raises(InvalidDataError) as caught:
        build_release(project, "1.1.0")
    report = caught.value.report
    assert report.codes() == ["release.schema-breaking"]
    assert "events.legacy_score" in report.issues[0].message
    assert not (project.build / "1.1.0").exists()
    assert build_release(project, "2.0.0").previous == "1.0.0"


def test_a_lower_codebook_version_is_refused(tmp_path: Path) -> None:
    project, _ = released_project(tmp_path / "proj")
    text = project.codebook.read_text(encoding="utf-8")
    lowered = re.sub(r"\nversion: \S+\n", "\nversion: 0.0.9\n", text, count=1)
    assert lowered != text
    project.codebook.write_text(lowered, encoding="utf-8")
    write_generated(project)
    with pytest.raises(InvalidDataError) as caught:
        build_release(project, "1.1.0")
    assert "release.codebook-version" in caught.value.report.codes()


def test_second_release_records_its_predecessor_and_diff(
    released: tuple[Project, Path], tmp_path: Path
) -> None:
    project, _ = released
    copy = Project(tmp_path / "proj")
    shutil.copytree(project.root, copy.root)
    add_snapshot(copy, "20250902T120000Z", mode="explosives")
    result = build_release(copy, "1.0.1")
    manifest = json.loads((result.path / "manifest.json").read_text())
    assert manifest["previous_release"] == "1.0.0"
    assert len(manifest["inputs"]["snapshots"]) == 2
    assert result.diff_summary["events"] == {"added": 0, "removed": 0, "changed": 1, "unchanged": 0}


def test_documents_held_back_are_out_of_the_tables_and_named_in_the_card(tmp_path: Path) -> None:
    from sahel_events.release import check_release
    from tests.lsexport import annotation, task, write_snapshot
    from tests.test_release_support import (
        SECOND,
        SECOND_NAME,
        attack_regions,
        document,
        protest_regions,
    )

    project = make_project(tmp_path / "proj")
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    attack, protest = document(project, "menaka-attaque"), document(project, "gao-manifestation")
    doubtful = protest_regions(protest.text).document_choice("st", "doc_status", "needs_review")
    write_snapshot(
        project.annotations,
        "20250901T120000Z",
        [
            task(1, attack, [annotation(11, 1, attack_regions(attack.text).items)]),
            task(2, protest, [annotation(12, 2, doubtful.items)]),
        ],
    )
    release = build_release(project, "1.0.0").path
    events = pq.read_table(release / "data" / "events.parquet").to_pylist()
    assert [e["doc_id"] for e in events] == ["menaka-attaque"]
    outcomes = pq.read_table(release / "data" / "annotations.parquet").to_pylist()
    assert {a["annotation_id"]: a["outcome"] for a in outcomes} == {
        11: "record",
        12: "needs_review",
    }
    card = (release / "README.md").read_text(encoding="utf-8")
    held = card.split("### Held back", 1)[1].split("\n#", 1)[0]
    assert "1 annotated document(s) are left out of the tables" in held
    assert "`needs_review` (1): the annotator asked for review" in held
    assert "| gao-manifestation | 2 | needs_review |" in held
    assert check_release(release, project=project).valid
