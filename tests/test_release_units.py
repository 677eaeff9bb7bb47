"""The release building blocks on small hand-made tables: SemVer rules, diff, checksums."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from sahel_events.release.diff import diff_releases, diff_table, render_changes
from sahel_events.release.semver import (
    Column,
    Version,
    check_bump,
    check_codebook_version,
    compare_schemas,
    latest_release,
)
from sahel_events.release.sums import verify_sums, write_sums

# ---------------------------------------------------------------------------- versions


@pytest.mark.parametrize("text", ["1.0.0", "0.1.0", "10.20.30"])
def test_version_parses(text: str) -> None:
    assert str(Version.parse(text)) == text


@pytest.mark.parametrize("text", ["1.0", "v1.0.0", "01.0.0", "1.0.0-rc1", "1.0.0 ", "latest"])
def test_version_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        Version.parse(text)


def test_versions_order_numerically() -> None:
    assert Version.parse("1.10.0") > Version.parse("1.9.9")


def test_latest_release_ignores_incomplete_and_temporary_dirs(tmp_path: Path) -> None:
    for name, complete in (
        ("1.0.0", True),
        ("1.2.0", True),
        ("2.0.0", False),
        (".3.0.0.tmp-x", True),
        ("notes", True),
    ):
        (tmp_path / name).mkdir()
        if complete:
            (tmp_path / name / "manifest.json").write_text("{}")
    assert latest_release(tmp_path) == (Version(1, 2, 0), tmp_path / "1.2.0")
    assert latest_release(tmp_path, below=Version(1, 2, 0)) == (
        Version(1, 0, 0),
        tmp_path / "1.0.0",
    )


# ---------------------------------------------------------------------------- SemVer rules

BASE = {
    "events": {
        "event_id": Column("string", False, None),
        "mode": Column("string", True, ("drone", "firearms")),
        "killed_best": Column("int32", True, None),
    }
}


def _with(table: str, column: str, value: Column | None) -> dict[str, dict[str, Column]]:
    new = {t: dict(cols) for t, cols in BASE.items()}
    if value is None:
        del new[table][column]
    else:
        new[table][column] = value
    return new


@pytest.mark.parametrize(
    ("new", "needs"),
    [
        (_with("events", "mode", None), "major"),  # column removed (or renamed)
        (_with("events", "killed_best", Column("int64", True, None)), "major"),  # type
        (_with("events", "mode", Column("string", True, ("drone",))), "major"),  # enum value gone
        (_with("events", "killed_best", Column("int32", False, None)), "major"),  # now required
        (_with("events", "status", Column("string", False, None)), "minor"),  # column added
        (
            _with("events", "mode", Column("string", True, ("drone", "firearms", "aerial"))),
            "minor",
        ),  # enum value added
    ],
)
def test_compare_schemas_classifies_changes(new: dict[str, dict[str, Column]], needs: str) -> None:
    (change,) = compare_schemas(BASE, new)
    assert change.needs == needs


def test_removed_table_is_breaking() -> None:
    (change,) = compare_schemas({**BASE, "old": {}}, BASE)
    assert (change.needs, change.table) == ("major", "old")


def test_breaking_change_needs_a_major_bump_and_names_the_column() -> None:
    changes = compare_schemas(BASE, _with("events", "mode", None))
    refused = check_bump(Version(1, 2, 0), Version(1, 3, 0), changes)
    assert refused.codes() == ["release.schema-breaking"]
    assert "events.mode" in refused.issues[0].message
    assert refused.issues[0].location.path == "events.mode"
    assert check_bump(Version(1, 2, 0), Version(2, 0, 0), changes).valid


def test_addition_needs_at_least_a_minor_bump() -> None:
    changes = compare_schemas(BASE, _with("events", "status", Column("string", False, None)))
    assert check_bump(Version(1, 2, 0), Version(1, 2, 1), changes).codes() == [
        "release.schema-addition"
    ]
    assert check_bump(Version(1, 2, 0), Version(1, 3, 0), changes).valid


def test_same_schema_allows_a_patch() -> None:
    assert check_bump(Version(1, 2, 0), Version(1, 2, 1), compare_schemas(BASE, BASE)).valid


def test_codebook_version_may_not_go_back() -> None:
    assert check_codebook_version("0.2.0", "0.1.9").codes() == ["release.codebook-version"]
    assert check_codebook_version("0.2.0", "0.2.0").valid


# ---------------------------------------------------------------------------- diff


def test_diff_by_key_lists_added_removed_and_changed_columns() -> None:
    old = pa.table(
        {
            "event_id": ["a", "b", "c"],
            "mode": ["x", "y", None],
            "killed": pa.array([1.0, float("nan"), None]),
        }
    )
    new = pa.table(
        {
            "event_id": ["d", "c", "b"],
            "mode": ["x", "z", "y"],
            "killed": pa.array([2.0, None, float("nan")]),
        }
    )
    diff = diff_table(old, new, ["event_id"])
    assert diff["added"] == ["d"]
    assert diff["removed"] == ["a"]
    # null = null and NaN = NaN: only c's mode changed
    assert diff["changed"] == [{"key": "c", "columns": ["mode"]}]
    assert diff["counts"] == {"added": 1, "removed": 1, "changed": 1, "unchanged": 1}


def test_diff_composite_key_and_column_changes() -> None:
    old = pa.table(
        {
            "event_id": ["e1", "e1"],
            "role": ["actor", "time"],
            "mention_id": ["m1", "m2"],
            "gone": [1, 2],
        }
    )
    new = pa.table(
        {
            "event_id": ["e1", "e2"],
            "role": ["actor", "time"],
            "mention_id": ["m1", "m2"],
            "extra": [1, 2],
        }
    )
    diff = diff_table(old, new, ["event_id", "role", "mention_id"])
    assert diff["added"] == [["e2", "time", "m2"]]
    assert diff["removed"] == [["e1", "time", "m2"]]
    assert (diff["columns_added"], diff["columns_removed"]) == (["extra"], ["gone"])


def test_first_release_diff_and_changes_page() -> None:
    new = {"events": pa.table({"event_id": ["b", "a"]})}
    diff = diff_releases(None, new, {"events": ["event_id"]}, None, "1.0.0")
    assert diff["tables"]["events"]["added"] == ["a", "b"]
    assert "First release" in render_changes(diff, explained=())


def test_changes_page_names_records() -> None:
    old = {"events": pa.table({"event_id": ["a", "b"], "mode": ["x", "y"]})}
    new = {"events": pa.table({"event_id": ["b", "c"], "mode": ["z", "y"]})}
    text = render_changes(
        diff_releases(old, new, {"events": ["event_id"]}, "1.0.0", "1.1.0"), explained=()
    )
    assert "| events | 1 | 1 | 1 | 0 |" in text
    assert "- c" in text and "- a" in text and "- b: mode" in text


# ---------------------------------------------------------------------------- checksums


def test_sums_verify_and_name_the_culprit(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.parquet").write_bytes(b"abc")
    (tmp_path / "README.md").write_text("card")
    write_sums(tmp_path)
    assert (tmp_path / "SHA256SUMS").read_text().splitlines()[0].endswith("  README.md")
    assert verify_sums(tmp_path).valid

    (tmp_path / "data" / "t.parquet").write_bytes(b"abd")
    (tmp_path / "README.md").unlink()
    (tmp_path / "new.txt").write_text("x")
    report = verify_sums(tmp_path)
    found = {(i.code, i.location.file) for i in report}
    assert found == {
        ("release.checksum", "data/t.parquet"),
        ("release.missing-file", "README.md"),
        ("release.unlisted-file", "new.txt"),
    }
