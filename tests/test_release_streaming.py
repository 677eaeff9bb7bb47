"""Releases and ``release check`` read the tables a batch at a time: the batch size
changes no byte of a release, and a difference or a bad cell in the last batch of a
table is still found and named (issue 17, flat memory)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events import parquet_io
from sahel_events.errors import Issue
from sahel_events.parquet_io import content_hash
from sahel_events.paths import Project
from sahel_events.release import batches, build_release, check_release
from sahel_events.release.stats import summarize
from tests.test_release_support import resum, tree_bytes


@pytest.fixture
def one_row_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table read (and hashed) one row at a time."""
    monkeypatch.setattr(batches, "BATCH_ROWS", 1)
    monkeypatch.setattr(parquet_io, "HASH_BATCH_ROWS", 1)


def test_the_tables_have_several_batches_of_one_row(released: tuple[Project, Path]) -> None:
    # Otherwise the tests below would compare one batch with one batch.
    _, release = released
    assert pq.read_metadata(release / "data/mentions.parquet").num_rows >= 3


def test_a_release_read_one_row_at_a_time_is_the_same_bytes(
    released: tuple[Project, Path], tmp_path: Path, one_row_batches: None
) -> None:
    project, release = released
    again = build_release(project, "1.0.0", out_dir=tmp_path / "elsewhere")
    # Card (its statistics and list of documents), figures, CSV copy, diff, checksums.
    assert tree_bytes(again.path) == tree_bytes(release)


def test_statistics_from_files_in_batches_equal_the_whole_tables(
    released: tuple[Project, Path], one_row_batches: None
) -> None:
    _, release = released
    files = {p.stem: p for p in sorted((release / "data").glob("*.parquet"))}
    whole = {name: pq.read_table(path) for name, path in files.items()}
    batches.BATCH_ROWS = 1_000_000  # the tables in memory, each one batch
    expected = summarize(whole)
    batches.BATCH_ROWS = 1
    assert summarize(files) == expected
    assert expected["rows"]["mentions"] >= 3 and expected["events_by_type"]


def _rewrite_last_row(path: Path, column: str, value: object) -> pa.Table:
    """Set ``column`` of the table's last row to ``value``; return the new table."""
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[-1] = value
    i = table.schema.get_field_index(column)
    table = table.set_column(
        i, table.schema.field(column), pa.array(values, table.schema.field(column).type)
    )
    pq.write_table(table, path, compression="zstd")
    return table


def _record_content(release: Path, name: str) -> None:
    """Make the release's hashes consistent with an edited table (only its content is off)."""
    path = release / f"data/{name}.parquet"
    hashes = json.loads((release / "content-hashes.json").read_text())
    hashes[name] = content_hash(pq.read_table(path))
    (release / "content-hashes.json").write_text(json.dumps(hashes))
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["tables"][name]["content_hash"] = hashes[name]
    (release / "manifest.json").write_text(json.dumps(manifest))
    resum(release)


def _issues(report_issues: list[Issue], code: str, file: str) -> list[Issue]:
    return [i for i in report_issues if i.code == code and i.location.file == file]


def test_a_difference_in_the_last_batch_of_a_rebuilt_table_names_its_row(
    copy: tuple[Project, Path], one_row_batches: None
) -> None:
    project, release = copy
    path = release / "data/mentions.parquet"
    flag = pq.read_table(path).column("in_repeated_paragraph").to_pylist()[-1]
    table = _rewrite_last_row(path, "in_repeated_paragraph", not flag)
    _record_content(release, "mentions")
    report = check_release(release, project)
    (issue,) = _issues(report.issues, "release.not-reproducible", "data/mentions.parquet")
    last = table.num_rows
    key = table.column("mention_id").to_pylist()[-1]
    assert f"first difference at row {last} (mention_id='{key}'): in_repeated_paragraph" in (
        issue.message
    )


def test_a_bad_cell_in_the_last_batch_is_named_by_the_data_package_check(
    copy: tuple[Project, Path], one_row_batches: None
) -> None:
    project, release = copy
    table = _rewrite_last_row(release / "data/mentions.parquet", "entity_type", "ALIEN")
    _record_content(release, "mentions")
    report = check_release(release, project, rebuild=False)
    found = [
        i
        for i in _issues(report.issues, "release.datapackage", "datapackage.json")
        if i.location.table == "mentions" and "ALIEN" in i.message
    ]
    assert found, report.to_text()
    # frictionless counts the header as row 1: the last data row is one further.
    assert f'row at position "{table.num_rows + 1}"' in found[0].message


@pytest.fixture
def published_files(repo_root: Path) -> dict[str, Path]:
    """The tables of the repository's latest published release (five events, 32 mentions)."""
    data = repo_root / "build" / "1.1.0" / "data"
    return {p.stem: p for p in sorted(data.glob("*.parquet"))}


def test_figures_and_csv_of_a_published_release_do_not_depend_on_the_batch_size(
    published_files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sahel_events.release.build import write_csv_copy
    from sahel_events.release.figures import write_figures

    whole = {name: pq.read_table(path) for name, path in published_files.items()}
    assert whole["events"].num_rows >= 3 and whole["events_flat"].num_rows >= 3
    monkeypatch.setattr(batches, "BATCH_ROWS", 1_000_000)
    drawn = write_figures(tmp_path / "whole", whole, None)
    expected_stats = summarize(whole)
    monkeypatch.setattr(batches, "BATCH_ROWS", 2)
    assert write_figures(tmp_path / "batches", published_files, None) == drawn
    assert tree_bytes(tmp_path / "batches") == tree_bytes(tmp_path / "whole")
    assert summarize(published_files) == expected_stats
    write_csv_copy(published_files["events_flat"], tmp_path / "flat.csv")
    published_csv = published_files["events_flat"].with_suffix(".csv")
    assert (tmp_path / "flat.csv").read_bytes() == published_csv.read_bytes()


def test_a_first_release_lists_every_key_streamed_from_the_files(
    released: tuple[Project, Path], one_row_batches: None
) -> None:
    from sahel_events.release.diff import FileKeys, diff_releases
    from sahel_events.tables import TABLES

    _, release = released
    files = {p.stem: p for p in sorted((release / "data").glob("*.parquet"))}
    whole = {name: pq.read_table(path) for name, path in files.items()}
    keys = {t.name: list(t.primary_key) for t in TABLES}
    streamed = diff_releases(None, files, keys, None, "1.0.0")
    expected = diff_releases(None, whole, keys, None, "1.0.0")
    mentions = streamed["tables"]["mentions"]["added"]
    assert isinstance(mentions, FileKeys)  # read from the file when written, not held
    assert len(mentions) == whole["mentions"].num_rows >= 3
    assert json.dumps(streamed, indent=2) == json.dumps(expected, indent=2)
    assert json.loads((release / "diff.json").read_text()) == json.loads(json.dumps(expected))


def test_a_release_from_tables_in_files_is_the_same_bytes(
    released: tuple[Project, Path], tmp_path: Path, one_row_batches: None
) -> None:
    from sahel_events.release.build import _write_release
    from sahel_events.release.pipeline import compile_project
    from sahel_events.tablefile import SpilledTable

    project, release = released
    compiled = compile_project(project, cache=False)
    # Compile hands its tables over as its spill files (sahel_events.tablefile), never
    # whole: the release reads them a batch (here a row) at a time.
    assert compiled.tables and all(isinstance(t, SpilledTable) for t in compiled.tables.values())
    out = tmp_path / "1.0.0"
    out.mkdir()
    _write_release(out, compiled, "1.0.0", None, None, lambda message: None)
    assert tree_bytes(out) == tree_bytes(release)
