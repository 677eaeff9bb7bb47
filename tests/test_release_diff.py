"""A release's diff.json and CHANGES.md list the records added, changed and removed, by id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_events.compile import event_id, mention_id
from sahel_events.paths import Project
from sahel_events.release import build_release
from tests.lsexport import annotation, task, write_snapshot
from tests.test_release_support import (
    SECOND,
    SECOND_NAME,
    add_snapshot,
    attack_regions,
    document,
    make_project,
    protest_regions,
)


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path, Path]:
    project = make_project(tmp_path_factory.mktemp("diff") / "proj")
    add_snapshot(project, "20250901T120000Z")
    first = build_release(project, "1.0.0").path
    # Between the releases: a second article is coded, and the attack is recoded with
    # another mode and without its casualty count.
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    attack, protest = document(project, "menaka-attaque"), document(project, "gao-manifestation")
    regions = attack_regions(attack.text, mode="explosives")
    regions.items = [i for i in regions.items if i.get("id") != "cas1" and i.get("to_id") != "cas1"]
    tasks = [
        task(1, attack, [annotation(11, 1, regions.items, updated="2025-09-02T08:00:00Z")]),
        task(2, protest, [annotation(12, 2, protest_regions(protest.text).items)]),
    ]
    write_snapshot(project.annotations, "20250902T120000Z", tasks)
    second = build_release(project, "1.1.0").path
    return project, first, second


def test_diff_lists_records_by_id(two_releases: tuple[Project, Path, Path]) -> None:
    _, _, second = two_releases
    diff = json.loads((second / "diff.json").read_text())
    assert (diff["from"], diff["to"]) == ("1.0.0", "1.1.0")
    tables = diff["tables"]
    attack_event = event_id("menaka-attaque", "ev1")
    protest_event = event_id("gao-manifestation", "ev1")
    casualties = mention_id("menaka-attaque", "cas1")

    assert tables["documents"]["added"] == ["gao-manifestation"]
    assert tables["events"]["added"] == [protest_event]
    (changed,) = tables["events"]["changed"]
    assert changed["key"] == attack_event
    assert {"mode", "killed_low", "killed_best"} <= set(changed["columns"])
    assert tables["mentions"]["removed"] == [casualties]
    assert tables["event_arguments"]["removed"] == [[attack_event, "casualties", casualties]]
    assert diff["summary"]["events"] == {"added": 1, "removed": 0, "changed": 1, "unchanged": 0}


def test_changes_page_and_card_name_the_same(two_releases: tuple[Project, Path, Path]) -> None:
    _, _, second = two_releases
    changes = (second / "CHANGES.md").read_text()
    attack_event = event_id("menaka-attaque", "ev1")
    assert "Compared with release 1.0.0" in changes
    assert f"- {attack_event}: " in changes and "mode" in changes
    card = (second / "README.md").read_text()
    assert "Against release 1.0.0" in card
    assert "| PROTEST | 1 |" in card and "| ASSAULT | 1 |" in card


def test_first_release_diff_has_everything_added(two_releases: tuple[Project, Path, Path]) -> None:
    _, first, _ = two_releases
    diff = json.loads((first / "diff.json").read_text())
    assert diff["from"] is None
    assert diff["summary"]["mentions"]["added"] == 4
    assert all(c["removed"] == 0 and c["changed"] == 0 for c in diff["summary"].values())


def test_a_changed_list_is_a_changed_record() -> None:
    # List columns (contexts...) cannot go through Arrow's join or equal as they are:
    # a different item or order is a change, the same list is not, null equals null.
    import pyarrow as pa

    from sahel_events.release.diff import diff_table

    lists = pa.list_(pa.field("element", pa.string()))

    def table(contexts: list[list[str | None] | None]) -> pa.Table:
        ids = ["a", "b", "c", "d", "e", "f", "g"]
        return pa.table({"event_id": ids, "contexts": pa.array(contexts, lists)})

    # e: an empty list is not null; f: one item with a quote and a comma is not two
    # items; g: a null item is not the text "null".
    old = table([["military"], ["a", "b"], None, ["x"], None, ['a","b'], [None]])
    new = table([["military"], ["b", "a"], None, ["x", "y"], [], ["a", "b"], ["null"]])
    result = diff_table(old, new, ["event_id"])
    assert result["changed"] == [
        {"key": key, "columns": ["contexts"]} for key in ("b", "d", "e", "f", "g")
    ]
    assert result["counts"]["unchanged"] == 2


def test_rows_in_the_same_order_give_the_diff_of_the_join() -> None:
    # A build's table against its release: the same records in the same order, compared
    # row by row without the join. The diff must be the one the join gives (the old
    # side shuffled takes the join), changed records in key order even when the rows
    # are not, a list column and a null compared as everywhere else.
    import pyarrow as pa

    from sahel_events.release.diff import _aligned, diff_table

    ids = ["e3", "e1", "e4", "e2", "e5"]
    lists = pa.list_(pa.field("element", pa.string()))
    old = pa.table(
        {
            "event_id": ids,
            "certainty": ["certain", "certain", None, "certain", "probable"],
            "deaths": pa.array([1.0, float("nan"), 2.0, None, 0.0]),
            "contexts": pa.array([["a"], None, ["b"], ["c"], []], lists),
        }
    )
    new = pa.table(
        {
            "event_id": ids,
            "certainty": ["probable", "certain", None, "certain", "probable"],
            "deaths": pa.array([1.0, float("nan"), 3.0, None, 0.0]),
            "contexts": pa.array([["a"], None, ["b"], ["c", "d"], []], lists),
        }
    )
    assert _aligned(old, new, ["event_id"])
    result = diff_table(old, new, ["event_id"])
    assert result["changed"] == [
        {"key": "e2", "columns": ["contexts"]},
        {"key": "e3", "columns": ["certainty"]},
        {"key": "e4", "columns": ["deaths"]},
    ]
    assert result["counts"] == {"added": 0, "removed": 0, "changed": 3, "unchanged": 2}
    shuffled = old.take(pa.array([4, 2, 0, 3, 1]))
    assert not _aligned(shuffled, new, ["event_id"])
    assert diff_table(shuffled, new, ["event_id"]) == result


def test_rows_not_one_to_one_take_the_join() -> None:
    # A repeated key, a null key, another record at the same place: row i is not
    # record i's pair, and the join decides.
    import pyarrow as pa

    from sahel_events.release.diff import _aligned, diff_table

    def table(ids: list[str | None], values: list[str]) -> pa.Table:
        return pa.table({"event_id": pa.array(ids, pa.string()), "v": values})

    repeated, with_null = table(["a", "a"], ["x", "y"]), table([None, "b"], ["x", "y"])
    assert not _aligned(repeated, repeated, ["event_id"])
    assert not _aligned(with_null, with_null, ["event_id"])
    result = diff_table(table(["a", "b"], ["x", "y"]), table(["a", "c"], ["x", "y"]), ["event_id"])
    assert (result["added"], result["removed"], result["changed"]) == (["c"], ["b"], [])
