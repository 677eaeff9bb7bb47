"""``release check`` reads the tables a part at a time (issue 17, flat memory): a span
whose text is not the document's, an incident that does not partition its events, a
repeated key and a file whose sha256 is not the one croissant.json gives are found and
named when the documents, the keys and the rows come one at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events import parquet_io
from sahel_events.errors import Report
from sahel_events.parquet_io import content_hash
from sahel_events.paths import Project
from sahel_events.release import batches, check_release, keyscan, tablerules
from tests.test_release_support import resum


@pytest.fixture
def one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every part the check reads is one row (one document) long."""
    monkeypatch.setattr(batches, "BATCH_ROWS", 1)
    monkeypatch.setattr(parquet_io, "HASH_BATCH_ROWS", 1)
    monkeypatch.setattr(keyscan, "KEY_ROWS", 1)
    monkeypatch.setattr(tablerules, "DOCUMENT_ROWS", 1)
    monkeypatch.setattr(tablerules, "RULE_ROWS", 1)


def _set_last(release: Path, name: str, column: str, value: object) -> pa.Table:
    """Set ``column`` of the last row of table ``name``; record the content hash and the
    checksums so that only the edited cell is at fault. Returns the table before."""
    path = release / f"data/{name}.parquet"
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[-1] = value
    i = table.schema.get_field_index(column)
    field = table.schema.field(column)
    pq.write_table(table.set_column(i, field, pa.array(values, field.type)), path)
    hashes = json.loads((release / "content-hashes.json").read_text())
    hashes[name] = content_hash(pq.read_table(path))
    (release / "content-hashes.json").write_text(json.dumps(hashes))
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["tables"][name]["content_hash"] = hashes[name]
    (release / "manifest.json").write_text(json.dumps(manifest))
    resum(release)
    return table


def _coded(report: Report, code: str) -> list[tuple[str | None, str | None, str]]:
    return [(i.location.table, i.location.key, i.message) for i in report.errors if i.code == code]


def test_a_fresh_release_passes_one_row_at_a_time(
    released: tuple[Project, Path], one_at_a_time: None
) -> None:
    _, release = released
    report = check_release(release, None, rebuild=False)
    assert not report.errors, report.to_text()


def test_a_span_text_differing_from_its_document_is_named_by_its_key(
    copy: tuple[Project, Path], one_at_a_time: None
) -> None:
    _, release = copy
    before = _set_last(release, "mentions", "text", "Tombouctou")
    key = before.column("mention_id").to_pylist()[-1]
    report = check_release(release, None, rebuild=False)
    ((table, where, message),) = _coded(report, "table.span-text")
    assert (table, where) == ("mentions", key)
    assert "'Tombouctou' differs from the document's text" in message


def test_offsets_outside_the_text_are_named(
    copy: tuple[Project, Path], one_at_a_time: None
) -> None:
    _, release = copy
    before = _set_last(release, "events", "trigger_end", 10**6)
    key = before.column("event_id").to_pylist()[-1]
    report = check_release(release, None, rebuild=False)
    found = [(t, k) for t, k, m in _coded(report, "table.span-text") if "fall outside" in m]
    assert found == [("events", key)]


def test_a_wrong_incident_count_is_named_by_its_event(
    copy: tuple[Project, Path], one_at_a_time: None
) -> None:
    _, release = copy
    before = _set_last(release, "incidents", "n_reports", 7)
    event_id = before.column("event_id").to_pylist()[-1]
    report = check_release(release, None, rebuild=False)
    found = _coded(report, "table.incident")
    # The incident itself, and the flat view that no longer agrees with it.
    assert ("incidents", event_id) in [(t, k) for t, k, _ in found]
    assert ("events_flat", event_id) in [(t, k) for t, k, _ in found]
    assert any("n_reports 7" in m for _, _, m in found)


def test_a_repeated_key_is_counted_by_todays_key_check(
    copy: tuple[Project, Path], one_at_a_time: None
) -> None:
    _, release = copy
    path = release / "data/mentions.parquet"
    table = pq.read_table(path)
    _set_last(release, "mentions", "mention_id", table.column("mention_id").to_pylist()[0])
    key = table.column("mention_id").to_pylist()[0]
    report = check_release(release, None, rebuild=False)
    found = _coded(report, "table.primary-key")
    assert [(t, k) for t, k, _ in found] == [("mentions", key)]
    assert "appears 2 times" in found[0][2]


def test_a_sha256_in_croissant_json_that_is_not_the_files_is_named(
    copy: tuple[Project, Path],
) -> None:
    _, release = copy
    path = release / "croissant.json"
    doc = json.loads(path.read_text())
    (entry,) = [e for e in doc["distribution"] if e["contentUrl"] == "data/events.parquet"]
    entry["sha256"] = "0" * 64
    path.write_text(json.dumps(doc, indent=2))
    resum(release)
    report = check_release(release, None, rebuild=False)
    found = [i for i in report.errors if i.code == "release.croissant"]
    assert [i.location.path for i in found] == ["data/events.parquet"], report.to_text()
    assert "0" * 64 in found[0].message


def test_mlcroissant_still_loads_a_record_of_each_set_from_the_samples(
    copy: tuple[Project, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # One row of each table is enough for mlcroissant to give a record of each set.
    _, release = copy
    from sahel_events.release import croissantcheck

    monkeypatch.setattr(croissantcheck, "SAMPLE_ROWS", 1)
    report = check_release(release, None, rebuild=False)
    assert not [i for i in report.issues if i.code == "release.croissant"], report.to_text()
    # A sample whose column is not what croissant.json says fails to load, as the
    # whole file did.
    path = release / "data/actors.parquet"
    table = pq.read_table(path)
    pq.write_table(table.rename_columns([f"x_{c}" for c in table.column_names]), path)
    resum(release)
    doc = json.loads((release / "croissant.json").read_text())
    (entry,) = [e for e in doc["distribution"] if e["contentUrl"] == "data/actors.parquet"]
    from sahel_events.files import sha256_file

    entry["sha256"] = sha256_file(path)
    (release / "croissant.json").write_text(json.dumps(doc, indent=2))
    resum(release)
    report = check_release(release, None, rebuild=False)
    assert any(
        i.code == "release.croissant" and i.location.table == "actors" for i in report.issues
    ), report.to_text()
