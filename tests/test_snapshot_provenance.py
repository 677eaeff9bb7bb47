"""A snapshot's provenance record is read with the hardened JSON reader."""

from __future__ import annotations

from pathlib import Path

from sahel_events.annotation.snapshots import provenance_path, read_provenance


def _snapshot(tmp_path: Path) -> Path:
    snapshot = tmp_path / "sahel-events-20261201T000000Z-0123456789ab.json"
    snapshot.write_text("[]\n", encoding="utf-8")
    return snapshot


def test_a_well_formed_record_is_read(tmp_path: Path) -> None:
    snapshot = _snapshot(tmp_path)
    provenance_path(snapshot).write_text('{"server_instance": "ls-a", "project_id": 3}')
    assert read_provenance(snapshot) == {"server_instance": "ls-a", "project_id": 3}


def test_a_record_with_a_duplicate_key_or_nan_is_not_trusted(tmp_path: Path) -> None:
    # json.loads would keep the last of two instances, or accept NaN, and the snapshot
    # would silently be attributed to a source its record does not clearly name.
    snapshot = _snapshot(tmp_path)
    record = provenance_path(snapshot)
    record.write_text('{"server_instance": "ls-a", "server_instance": "ls-b"}')
    assert read_provenance(snapshot) is None
    record.write_text('{"server_instance": "ls-a", "project_id": NaN}')
    assert read_provenance(snapshot) is None
