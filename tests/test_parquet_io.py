"""The one Parquet writer: same bytes for the same table, metadata kept, content hash."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.parquet_io import content_hash, read_table, write_table
from tests.test_tables import base_rows, build

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


@pytest.fixture
def mentions(codebook: Codebook) -> pa.Table:
    table: pa.Table = build(codebook, base_rows(), "mentions")["mentions"]
    return table


def test_same_table_twice_gives_identical_bytes(
    tmp_path: Path, mentions: pa.Table, codebook: Codebook
) -> None:
    write_table(mentions, tmp_path / "a.parquet", codebook.version, "1.0.0")
    write_table(mentions, tmp_path / "b.parquet", codebook.version, "1.0.0")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    # Read back and written again: still the same bytes.
    write_table(
        read_table(tmp_path / "a.parquet"), tmp_path / "c.parquet", codebook.version, "1.0.0"
    )
    assert (tmp_path / "c.parquet").read_bytes() == (tmp_path / "a.parquet").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.parquet", "b.parquet", "c.parquet"]


def test_metadata_is_written_and_pandas_metadata_is_not(
    tmp_path: Path, mentions: pa.Table, codebook: Codebook
) -> None:
    # A table that went through pandas carries a b"pandas" blob: the writer drops it.
    via_pandas = pa.Table.from_pandas(
        mentions.to_pandas(), schema=mentions.schema, preserve_index=False
    )
    assert b"pandas" in via_pandas.schema.metadata
    path = tmp_path / "mentions.parquet"
    write_table(via_pandas, path, codebook.version, "1.2.0")
    schema = pq.read_schema(path)
    meta = schema.metadata
    assert b"pandas" not in meta
    assert meta[b"sahel_events.release_version"] == b"1.2.0"
    assert meta[b"sahel_events.codebook_version"] == codebook.version.encode()
    assert meta[b"sahel_events.schema_version"] == codebook.version.encode()
    assert json.loads(meta[b"sahel_events.primary_key"]) == ["mention_id"]
    assert schema.field("start").metadata[b"description"].startswith(b"Start offset")
    assert not schema.field("mention_id").nullable
    parquet = pq.ParquetFile(path).metadata
    assert parquet.row_group(0).column(0).compression == "ZSTD"
    assert parquet.row_group(0).sorting_columns[0].column_index == 0


def test_the_writer_refuses_unsorted_or_keyless_tables(
    tmp_path: Path, mentions: pa.Table, codebook: Codebook
) -> None:
    with pytest.raises(ValueError, match="not sorted"):
        write_table(mentions.take([1, 0]), tmp_path / "x.parquet", codebook.version, "1.0.0")
    with pytest.raises(ValueError, match="no primary key"):
        write_table(
            mentions.replace_schema_metadata({}), tmp_path / "x.parquet", codebook.version, "1.0.0"
        )
    with pytest.raises(ValueError, match="schema version"):
        write_table(mentions, tmp_path / "x.parquet", "99.0.0", "1.0.0")
    assert list(tmp_path.iterdir()) == []


def test_list_children_are_named_element(tmp_path: Path) -> None:
    table = pa.table(
        {"id": ["a", "b"], "tags": pa.array([["x"], ["y", "z"]], pa.list_(pa.string()))},
    ).replace_schema_metadata({"sahel_events.primary_key": '["id"]'})
    write_table(table, tmp_path / "l.parquet", "0.1.0", "1.0.0")
    back = read_table(tmp_path / "l.parquet")
    assert back.schema.field("tags").type.value_field.name == "element"
    write_table(back, tmp_path / "m.parquet", "0.1.0", "1.0.0")
    assert (tmp_path / "l.parquet").read_bytes() == (tmp_path / "m.parquet").read_bytes()
    assert content_hash(back) == content_hash(table.cast(back.schema))


def test_content_hash_survives_a_round_trip_and_ignores_layout(
    tmp_path: Path, mentions: pa.Table, codebook: Codebook
) -> None:
    path = tmp_path / "m.parquet"
    write_table(mentions, path, codebook.version, "1.0.0")
    back = read_table(path)
    assert content_hash(back) == content_hash(mentions)
    # Chunking, row order and metadata do not count; values do.
    rechunked = pa.concat_tables([mentions.slice(0, 1), mentions.slice(1)])
    assert content_hash(rechunked) == content_hash(mentions)
    assert content_hash(mentions.take([1, 0])) == content_hash(mentions)
    assert content_hash(
        mentions.replace_schema_metadata({**mentions.schema.metadata, b"x": b"y"})
    ) == content_hash(mentions)
    changed = mentions.set_column(
        mentions.schema.get_field_index("text"),
        mentions.schema.field("text"),
        pa.array(["Tessit", "lundi"]),
    )
    assert content_hash(changed) != content_hash(mentions)
    assert len(content_hash(mentions)) == 64
