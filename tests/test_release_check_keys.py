"""``release check`` finds a broken primary key, ``unique`` field or foreign key of a
release's datapackage.json, checked in Arrow rather than by frictionless (which keeps
every key as a Python tuple): the same rows frictionless names, with the table, the row
and the key, also across batches of one row and in a table out of key order."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events import parquet_io
from sahel_events.errors import Issue, Report
from sahel_events.parquet_io import content_hash
from sahel_events.paths import Project
from sahel_events.release import batches, check_release, keyscan
from tests.test_release_support import resum

KEY_ERRORS = ("primary-key", "unique-error", "foreign-key")


@pytest.fixture(params=["whole", "one row"])
def batch_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with the default batches and with batches of one row."""
    if request.param == "one row":
        monkeypatch.setattr(batches, "BATCH_ROWS", 1)
        monkeypatch.setattr(parquet_io, "HASH_BATCH_ROWS", 1)
        monkeypatch.setattr(keyscan, "KEY_ROWS", 1)
    return str(request.param)


def _rewrite(release: Path, name: str, table: pa.Table) -> None:
    """Replace table ``name`` and record its content hash and checksums, so that only
    the edited rows are at fault."""
    path = release / f"data/{name}.parquet"
    pq.write_table(table, path, compression="zstd")
    hashes = json.loads((release / "content-hashes.json").read_text())
    hashes[name] = content_hash(pq.read_table(path))
    (release / "content-hashes.json").write_text(json.dumps(hashes))
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["tables"][name]["content_hash"] = hashes[name]
    (release / "manifest.json").write_text(json.dumps(manifest))
    resum(release)


def _key_findings(report: Report) -> set[tuple[str | None, str, int]]:
    """(table, kind, row) of each key finding on datapackage.json."""
    out = set()
    for issue in report.issues:
        kind = issue.message.split(":", 1)[0]
        if issue.code == "release.datapackage" and kind in KEY_ERRORS:
            row = re.search(r'row at position "(\d+)"', issue.message)
            assert row, issue.message
            out.add((issue.location.table, kind, int(row.group(1))))
    return out


def _frictionless_findings(release: Path) -> set[tuple[str | None, str, int]]:
    """What frictionless itself reports for the keys, given the whole published schemas."""
    from frictionless import Package, Resource, Schema

    from sahel_events.release.check import _row_stream

    package = json.loads((release / "datapackage.json").read_text())
    resources = [
        Resource(
            name=spec["name"],
            data=_row_stream(release / spec["path"]),
            schema=Schema.from_descriptor(spec["schema"]),
        )
        for spec in package["resources"]
    ]
    result = Package(resources=resources).validate()
    return {
        (task.name, error.type, int(error.row_number))
        for task in result.tasks
        for error in task.errors
        if error.type in KEY_ERRORS
    }


def _issues(report: Report, kind: str, table: str) -> list[Issue]:
    return [
        i
        for i in report.issues
        if i.code == "release.datapackage"
        and i.location.table == table
        and i.message.startswith(kind + ":")
    ]


def test_a_release_checked_without_frictionless_keys_still_passes(
    released: tuple[Project, Path], batch_rows: str
) -> None:
    _, release = released
    report = check_release(release, None, rebuild=False)
    assert not report.errors, report.to_text()
    assert _frictionless_findings(release) == set()


def test_a_repeated_primary_key_names_the_table_the_rows_and_the_key(
    copy: tuple[Project, Path], batch_rows: str
) -> None:
    _, release = copy
    mentions = pq.read_table(release / "data/mentions.parquet")
    n = mentions.num_rows
    assert n >= 3
    # The last row once more: the table stays in key order.
    _rewrite(release, "mentions", pa.concat_tables([mentions, mentions.slice(n - 1)]))
    report = check_release(release, None, rebuild=False)
    (issue,) = _issues(report, "primary-key", "mentions")
    key = mentions.column("mention_id")[n - 1].as_py()
    # frictionless counts the header as row 1: data rows n and n + 1 are n + 1 and n + 2.
    assert f'row at position "{n + 2}" repeats' in issue.message
    assert f'of the row at position "{n + 1}"' in issue.message
    assert issue.location.key == key and issue.location.file == "datapackage.json"
    assert "restore the table" in issue.message
    # Today's key check names it as well, by its key.
    assert any(i.code == "table.primary-key" and i.location.key == key for i in report.errors)
    assert _key_findings(report) == _frictionless_findings(release)


def test_a_repeated_key_out_of_key_order_is_found(
    copy: tuple[Project, Path], batch_rows: str
) -> None:
    _, release = copy
    mentions = pq.read_table(release / "data/mentions.parquet")
    n = mentions.num_rows
    # The first row again at the end: the two copies are not neighbours in the file.
    _rewrite(release, "mentions", pa.concat_tables([mentions, mentions.slice(0, 1)]))
    report = check_release(release, None, rebuild=False)
    (issue,) = _issues(report, "primary-key", "mentions")
    assert f'row at position "{n + 2}" repeats' in issue.message
    assert 'of the row at position "2"' in issue.message
    assert _key_findings(report) == _frictionless_findings(release)


def test_a_dangling_foreign_key_names_the_row_and_the_value(
    copy: tuple[Project, Path], batch_rows: str
) -> None:
    _, release = copy
    path = release / "data/event_arguments.parquet"
    arguments = pq.read_table(path)
    values = arguments.column("mention_id").to_pylist()
    values[-1] = "m-nowhere"
    i = arguments.schema.get_field_index("mention_id")
    field = arguments.schema.field("mention_id")
    _rewrite(release, "event_arguments", arguments.set_column(i, field, pa.array(values)))
    report = check_release(release, None, rebuild=False)
    (issue,) = _issues(report, "foreign-key", "event_arguments")
    assert f'row at position "{arguments.num_rows + 1}"' in issue.message
    assert "'m-nowhere'" in issue.message and "mentions" in issue.message
    assert any(i.code == "table.foreign-key" for i in report.errors)
    assert _key_findings(report) == _frictionless_findings(release)


def _declare_unique(release: Path, table: str, column: str) -> None:
    """Declare ``column`` of ``table`` unique in datapackage.json (checksums rewritten)."""
    path = release / "datapackage.json"
    package: dict[str, Any] = json.loads(path.read_text())
    (resource,) = [r for r in package["resources"] if r["name"] == table]
    (field,) = [f for f in resource["schema"]["fields"] if f["name"] == column]
    field.setdefault("constraints", {})["unique"] = True
    path.write_text(json.dumps(package, indent=2))
    resum(release)


def test_a_broken_unique_constraint_names_each_repeated_row(
    copy: tuple[Project, Path], batch_rows: str
) -> None:
    _, release = copy
    mentions = pq.read_table(release / "data/mentions.parquet")
    n = mentions.num_rows
    assert len(set(mentions.column("doc_id").to_pylist())) == 1  # one document
    _declare_unique(release, "mentions", "doc_id")
    report = check_release(release, None, rebuild=False)
    found = _issues(report, "unique-error", "mentions")
    # Every row after the first repeats the one before it.
    assert len(found) == n - 1
    assert 'row at position "3" repeats the unique field doc_id' in found[0].message
    assert 'of the row at position "2"' in found[0].message
    assert _key_findings(report) == _frictionless_findings(release)


def test_a_null_primary_key_is_named(copy: tuple[Project, Path], batch_rows: str) -> None:
    _, release = copy
    path = release / "data/documents.parquet"
    documents = pq.read_table(path)
    i = documents.schema.get_field_index("doc_id")
    nulls = pa.array([None] * documents.num_rows, pa.string())
    documents = documents.set_column(i, pa.field("doc_id", pa.string()), nulls)
    _rewrite(release, "documents", documents)
    report = check_release(release, None, rebuild=False)
    (issue,) = _issues(report, "primary-key", "documents")
    assert 'row at position "2" has no value' in issue.message
    assert _key_findings(report) == _frictionless_findings(release)
