"""Tables handed over as spill files: what is read back is what was written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from sahel_events.tablefile import SpillDir, SpillWriter, spill_table

SCHEMA = pa.schema(
    [
        pa.field("mention_id", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("names", pa.list_(pa.string())),
        pa.field("day", pa.date32()),
    ],
    metadata={b"primary_key": b"mention_id"},
)


def sample(n: int) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "mention_id": f"m-{i:04d}",
                # A null in a required column: it must come back for the checks to see.
                "start": None if i == 3 else i,
                "names": [f"n{i}", "x"] if i % 2 else None,
                "day": None,
            }
            for i in range(n)
        ],
        schema=pa.schema([f.with_nullable(True) for f in SCHEMA]),
    )


def test_a_spilled_table_reads_back_whole_and_in_tiny_batches(tmp_path: Path) -> None:
    table = sample(10)
    with SpillDir(tmp_path) as spill:
        spilled = spill_table("mentions", table, SCHEMA, spill)
        assert spilled.num_rows == 10
        assert spilled.schema == SCHEMA
        whole = spilled.read()
        assert whole.schema.equals(SCHEMA, check_metadata=True)
        assert whole.to_pylist() == table.to_pylist()
        batches = list(spilled.iter_batches(batch_size=3))
        assert [b.num_rows for b in batches] == [3, 3, 3, 1]
        assert pa.Table.from_batches(batches).to_pylist() == table.to_pylist()
        only = spilled.read(columns=["start", "mention_id"])
        assert only.column_names == ["start", "mention_id"]
        assert only.column("start").null_count == 1


def test_an_empty_table_reads_back_empty_with_its_schema(tmp_path: Path) -> None:
    with SpillDir(tmp_path) as spill:
        spilled = spill_table("mentions", iter(()), SCHEMA, spill)
        assert spilled.num_rows == 0
        assert spilled.read().schema.equals(SCHEMA, check_metadata=True)
        assert list(spilled.iter_batches()) == []


def test_the_spill_directory_is_removed_and_a_failed_write_leaves_no_file(
    tmp_path: Path,
) -> None:
    spill = SpillDir(tmp_path)
    path = spill.file("mentions")
    with pytest.raises(RuntimeError), SpillWriter("mentions", path, SCHEMA) as writer:
        writer.write(sample(4))
        raise RuntimeError("a crash mid-way")
    assert not path.exists()
    assert spill.path.is_dir()
    spill.cleanup()
    assert not spill.path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_dead_process_s_spill_directory_is_removed_by_the_next_one(tmp_path: Path) -> None:
    # A process that spills and dies without cleaning up (killed: no finalizer runs).
    code = (
        "import os, sys; from pathlib import Path; "
        "from sahel_events.tablefile import SpillDir; "
        "d = SpillDir(Path(sys.argv[1])); d.file('x').write_text('partial'); "
        "print(d.path); sys.stdout.flush(); os._exit(9)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env
    )
    left = Path(done.stdout.strip())
    assert left.is_dir() and left.parent == tmp_path
    with SpillDir(tmp_path) as mine:
        assert not left.exists()
        assert [p for p in tmp_path.iterdir()] == [mine.path]
