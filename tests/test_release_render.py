"""Rebuilt tables rendered onto a release's own schema (``release.render``).

``release check`` rebuilds a published release with today's code. These tests take the
tables of the published releases (build/0.1.0, build/0.2.0), change them the way a newer
table format does (a column added, the columns in another order, the multi-valued
columns as lists) and check that the rendering gives back exactly the content hash the
release recorded, while a real difference in content still changes it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events import release as release_pkg
from sahel_events.codebook import Codebook
from sahel_events.parquet_io import content_hash
from sahel_events.paths import Project
from sahel_events.release import check_release
from sahel_events.release.pipeline import Compiled
from sahel_events.release.render import RenderError, render_for_release

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = [REPO / "build" / "0.1.0", REPO / "build" / "0.2.0"]
#: The columns the releases 0.1.0 and 0.2.0 publish as items joined by ';'.
JOINED = {
    "contexts",
    "plover_auxiliary",
    "ucdp_type_of_violence",
    "names",
    "assoc_actor_1",
    "assoc_actor_1_ids",
    "assoc_actor_2",
    "assoc_actor_2_ids",
}
LIST = pa.list_(pa.field("element", pa.string()))


def as_lists(table: pa.Table) -> pa.Table:
    """Each joined column of ``table`` as list<string> (null stays null)."""
    for i, name in enumerate(table.column_names):
        if name in JOINED and pa.types.is_string(table.schema.field(i).type):
            values = [None if v is None else v.split(";") for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(name, LIST), pa.array(values, LIST))
    return table


def newer_format(table: pa.Table) -> pa.Table:
    """``table`` as a newer table format could derive it: lists, a new column, reordered."""
    table = as_lists(table)
    reordered = table.select(list(reversed(table.column_names)))
    added = pa.array([f"new-{i}" for i in range(table.num_rows)], pa.string())
    return reordered.add_column(0, "added_since", added).replace_schema_metadata(
        table.schema.metadata
    )


def published_tables(release: Path) -> list[tuple[str, pa.Table, str]]:
    hashes = json.loads((release / "content-hashes.json").read_text(encoding="utf-8"))
    data = release / "data"
    return [(name, pq.read_table(data / f"{name}.parquet"), h) for name, h in hashes.items()]


@pytest.mark.parametrize("release", PUBLISHED, ids=[p.name for p in PUBLISHED])
def test_a_newer_format_renders_to_the_recorded_hashes(release: Path) -> None:
    changed = 0
    for name, table, recorded in published_tables(release):
        newer = newer_format(table)
        assert content_hash(newer) != recorded  # the change is visible before rendering
        changed += any(pa.types.is_list(f.type) for f in newer.schema)
        assert content_hash(render_for_release(newer, table.schema)) == recorded, name
    assert changed >= 1  # the list columns were exercised, not only the added column


def _first_list_row(table: pa.Table, column: str) -> int:
    """The first row whose list has two items or more."""
    values = table.column(column).to_pylist()
    return next(i for i, v in enumerate(values) if v and len(v) >= 2)


def _replace(table: pa.Table, column: str, row: int, value: object) -> pa.Table:
    i = table.schema.get_field_index(column)
    values = table.column(i).to_pylist()
    values[row] = value
    return table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))


@pytest.mark.parametrize(
    "change",
    [
        lambda items: [*items, "intelligence-extra"],  # one more item
        lambda items: items[1:] or None,  # one item fewer
        lambda items: list(reversed(items)),  # same items, another order
    ],
    ids=["item-added", "item-dropped", "order-changed"],
)
def test_a_different_list_is_still_a_different_hash(change: Callable[[list[str]], object]) -> None:
    release = PUBLISHED[-1]
    events = pq.read_table(release / "data" / "events.parquet")
    recorded = json.loads((release / "content-hashes.json").read_text())["events"]
    newer = newer_format(events)
    row = _first_list_row(newer, "contexts")
    items = newer.column("contexts")[row].as_py()
    other = _replace(newer, "contexts", row, change(items))
    assert content_hash(render_for_release(other, events.schema)) != recorded


def test_a_different_scalar_is_still_a_different_hash() -> None:
    release = PUBLISHED[0]
    events = pq.read_table(release / "data" / "events.parquet")
    recorded = json.loads((release / "content-hashes.json").read_text())["events"]
    other = _replace(newer_format(events), "killed_best", 0, 99)
    assert content_hash(render_for_release(other, events.schema)) != recorded


def test_a_column_the_rebuild_lacks_is_named() -> None:
    events = pq.read_table(PUBLISHED[0] / "data" / "events.parquet")
    with pytest.raises(RenderError, match="column mode of the release is not derived"):
        render_for_release(events.drop_columns(["mode"]), events.schema)


def test_a_type_change_no_encoder_knows_is_named() -> None:
    events = pq.read_table(PUBLISHED[0] / "data" / "events.parquet")
    i = events.schema.get_field_index("killed_best")
    as_text = events.set_column(i, "killed_best", events.column(i).cast(pa.string()))
    with pytest.raises(RenderError, match="killed_best is string now and int32 in the release"):
        render_for_release(as_text, events.schema)


# ----------------------------------------------------- through `release check` itself


def _newer_compile(
    monkeypatch: pytest.MonkeyPatch, alter: Callable[[pa.Table], pa.Table] = lambda t: t
) -> None:
    """Make the check's rebuild derive the tables in a newer format.

    The real compiler runs on the recorded inputs; its tables are then changed as a
    later table format would derive them (``newer_format``), plus ``alter`` on events.
    """
    real = release_pkg.check.compile_project

    def compile_newer(project: Project, progress: object = None, **options: bool) -> Compiled:
        compiled = real(project, progress, **options)  # type: ignore[arg-type]
        for name, table in compiled.whole_tables().items():
            newer = newer_format(table)
            compiled.tables[name] = alter(newer) if name == "events" else newer
        return compiled

    monkeypatch.setattr(release_pkg.check, "compile_project", compile_newer)
    # ... and the table definitions of today describe that format.
    real_schema = release_pkg.check.arrow_schema

    def newer_schema(name: str, codebook: Codebook) -> pa.Schema:
        return newer_format(real_schema(name, codebook).empty_table()).schema

    monkeypatch.setattr(release_pkg.check, "arrow_schema", newer_schema)


@pytest.mark.parametrize("release", PUBLISHED, ids=[p.name for p in PUBLISHED])
def test_release_check_verifies_a_release_rebuilt_in_a_newer_format(
    release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _newer_compile(monkeypatch)
    report = check_release(release, Project(REPO))
    assert report.valid, report.to_text()


def test_release_check_still_catches_other_content_in_a_newer_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def one_more_context(events: pa.Table) -> pa.Table:
        row = _first_list_row(events, "contexts")
        items = events.column("contexts")[row].as_py()
        return _replace(events, "contexts", row, [*items, "zz-not-in-the-release"])

    _newer_compile(monkeypatch, one_more_context)
    report = check_release(PUBLISHED[-1], Project(REPO))
    found = {(i.code, i.location.table) for i in report.errors}
    assert found == {("release.not-reproducible", "events")}, report.to_text()


def test_an_older_key_is_accepted_only_as_the_release_declares_it(tmp_path: Path) -> None:
    """0.1.0 and 0.2.0 key annotations by Label Studio's annotation id (before the
    source-qualified annotation_key): accepted because their datapackage.json says so;
    any other key metadata is still a schema mismatch."""
    copy = tmp_path / PUBLISHED[-1].name
    shutil.copytree(PUBLISHED[-1], copy)
    path = copy / "data" / "annotations.parquet"
    table = pq.read_table(path)
    assert json.loads(table.schema.metadata[b"sahel_events.primary_key"]) == ["annotation_id"]
    metadata = {**table.schema.metadata, b"sahel_events.primary_key": b'["doc_id"]'}
    pq.write_table(table.replace_schema_metadata(metadata), path)
    report = check_release(copy, None)
    found = [
        i.message
        for i in report.errors
        if i.code == "release.schema-mismatch" and i.location.table == "annotations"
    ]
    assert found == [
        "schema metadata sahel_events.primary_key is b'[\"doc_id\"]', expected "
        "'[\"annotation_key\"]'"
    ], report.to_text()
