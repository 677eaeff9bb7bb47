"""Consolidation: parsing annotations, choosing the record, pseudonyms, snapshot order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sahel_events.annotation import iter_latest_tasks, parse_annotation
from sahel_events.annotation.snapshots import order_snapshots, snapshot_source, snapshot_timestamp
from sahel_events.consolidate import Pseudonyms, consolidate_task
from sahel_events.errors import Report
from tests.lsexport import Regions, annotation, make_document, task, write_snapshot

TEXT = "Niamey, 2 mai 2025 - Des hommes armés ont attaqué Tillabéri lundi, tuant 5 civils."
DOC = make_document("tillaberi", TEXT, dateline_place="Niamey")


def coding(prefix: str = "") -> Regions:
    r = Regions(TEXT)
    r.event(prefix + "ev", "ASSAULT", "attaqué", mode_assault=["firearms"])
    r.entity(prefix + "loc", "GPE", "Tillabéri", norm_place="geonames:2439376")
    r.entity(prefix + "cas", "CASUALTY", "5 civils", casualty_kind=["killed"], norm_count="5")
    r.relation(prefix + "ev", prefix + "loc", "location")
    r.relation(prefix + "ev", prefix + "cas", "casualties")
    return r


# ---------------------------------------------------------------------------- parsing


def test_items_are_grouped_by_region_id() -> None:
    r = coding().document_choice("d", "doc_relevance", "relevant")
    parsed = parse_annotation(annotation(1, 1, r.items))
    assert list(parsed.regions) == ["ev", "loc", "cas"]
    ev = parsed.regions["ev"]
    assert (ev.control, ev.label, TEXT[ev.start : ev.end]) == ("event", "ASSAULT", "attaqué")
    assert ev.choices == {"mode_assault": ("firearms",)}
    assert parsed.regions["cas"].texts == {"norm_count": "5"}
    assert parsed.document_choices == {"doc_relevance": ("relevant",)}
    assert [(x.from_id, x.to_id, x.labels) for x in parsed.relations] == [
        ("ev", "loc", ("location",)),
        ("ev", "cas", ("casualties",)),
    ]
    assert parsed.user_id == 1 and parsed.n_results == len(r.items)
    assert parsed.created_at == dt.datetime(2026, 11, 28, 20, 33, 28, 807678, tzinfo=dt.UTC)


def test_textarea_takes_the_last_non_empty_submission() -> None:
    r = Regions(TEXT).entity("t", "TIME", "lundi", norm_date="2025-04-28")
    r.items[-1]["value"]["text"] = ["2025-04-21", "2025-04-28 ", ""]
    parsed = parse_annotation(annotation(1, 1, r.items))
    assert parsed.regions["t"].texts == {"norm_date": "2025-04-28"}


def test_duplicate_regions_are_merged_and_relations_follow() -> None:
    r = Regions(TEXT).event("ev", "ASSAULT", "attaqué")
    r.entity("a", "GPE", "Tillabéri").entity("b", "GPE", "Tillabéri", place_precision=["town"])
    r.relation("ev", "b", "location")
    parsed = parse_annotation(annotation(1, 1, r.items), task_id=3)
    assert list(parsed.regions) == ["ev", "a"]
    assert parsed.regions["a"].choices == {"place_precision": ("town",)}
    assert [(x.from_id, x.to_id) for x in parsed.relations] == [("ev", "a")]
    (issue,) = parsed.issues
    assert (issue.code, issue.location.region, issue.location.task) == (
        "text.duplicate-region",
        "b",
        3,
    )


def test_attributes_without_a_region_are_reported() -> None:
    r = Regions(TEXT).entity("a", "GPE", "Tillabéri", place_precision=["town"])
    orphan = [i for i in r.items if i["type"] == "choices"]
    parsed = parse_annotation(annotation(1, 1, orphan))
    assert parsed.regions == {}
    assert [i.code for i in parsed.issues] == ["codebook.orphan-attribute"]


def test_content_key_ignores_region_ids_but_not_attributes() -> None:
    a = parse_annotation(annotation(1, 1, coding().items))
    b = parse_annotation(annotation(2, 2, coding("x-").items))
    assert a.content_key() == b.content_key()
    other = coding("x-")
    other.items[1]["value"]["choices"] = ["drone"]  # the mode of the event
    c = parse_annotation(annotation(3, 2, other.items))
    assert c.content_key() != a.content_key()
    no_role = coding()
    del no_role.items[-1]["labels"]
    assert parse_annotation(annotation(4, 1, no_role.items)).content_key() != a.content_key()


# ---------------------------------------------------------------------------- the record


def _parsed(*annotations: dict[str, object]) -> list:  # type: ignore[type-arg]
    return [parse_annotation(a) for a in annotations]


def test_single_completed_annotation_is_the_record_and_cancelled_ones_are_dropped() -> None:
    result = consolidate_task(
        1,
        "tillaberi",
        _parsed(annotation(1, 1, [], cancelled=True), annotation(2, 2, coding().items)),
    )
    assert result.record is not None and result.record.annotation_id == 2
    assert result.status == "single_annotation"
    assert result.outcomes == {1: "cancelled", 2: "record"}
    assert not result.needs_adjudication and result.issues == []


def test_only_cancelled_annotations_give_no_record() -> None:
    result = consolidate_task(1, "tillaberi", _parsed(annotation(1, 1, [], cancelled=True)))
    assert result.record is None and result.outcomes == {1: "cancelled"}


def test_ground_truth_wins_and_the_latest_of_several_with_a_warning() -> None:
    result = consolidate_task(
        1,
        "tillaberi",
        _parsed(
            annotation(1, 1, coding().items),
            annotation(2, 2, [], ground_truth=True, updated="2026-11-30T10:00:00Z"),
            annotation(3, 3, coding("z").items, ground_truth=True, updated="2026-11-29T10:00:00Z"),
        ),
    )
    assert result.record is not None and result.record.annotation_id == 2
    assert result.status == "ground_truth"
    assert result.outcomes == {1: "not_used", 2: "record", 3: "not_used"}
    (issue,) = result.issues
    assert issue.code == "consolidate.several-ground-truths" and issue.severity == "warning"


def test_exact_agreement_takes_the_earliest() -> None:
    result = consolidate_task(
        1,
        "tillaberi",
        _parsed(
            annotation(7, 1, coding("a").items, created="2026-11-29T10:00:00Z"),
            annotation(8, 2, coding("b").items, created="2026-11-28T10:00:00Z"),
        ),
    )
    assert result.record is not None and result.record.annotation_id == 8
    assert result.status == "consensus"
    assert result.outcomes == {7: "not_used", 8: "record"}


def test_disagreement_without_ground_truth_needs_adjudication() -> None:
    other = coding()
    other.items = [i for i in other.items if i.get("id") != "cas" and i.get("to_id") != "cas"]
    result = consolidate_task(
        5,
        "tillaberi",
        _parsed(
            annotation(1, 1, coding().items),
            annotation(2, 2, other.items),
            annotation(3, 3, [], cancelled=True),
        ),
    )
    assert result.record is None and result.needs_adjudication
    assert result.outcomes == {1: "needs_adjudication", 2: "needs_adjudication", 3: "cancelled"}
    (issue,) = result.issues
    assert (issue.code, issue.location.task, issue.location.doc_id) == (
        "consolidate.needs-adjudication",
        5,
        "tillaberi",
    )


def test_document_status_can_hold_the_record_back() -> None:
    def status(value: str) -> list[dict[str, object]]:
        return coding().document_choice("st", "doc_status", value).items

    review = consolidate_task(1, "tillaberi", _parsed(annotation(1, 1, status("needs_review"))))
    assert review.record is None and review.status is None
    assert review.outcomes == {1: "needs_review"} and review.held_back == "needs_review"
    (issue,) = review.issues
    assert (issue.code, issue.severity, issue.location.annotation) == (
        "consolidate.needs-review",
        "warning",
        1,
    )

    # Marked ground truth, it has been reviewed: it is the record.
    reviewed = consolidate_task(
        1, "tillaberi", _parsed(annotation(1, 1, status("needs_review"), ground_truth=True))
    )
    assert reviewed.status == "ground_truth" and reviewed.held_back is None

    # Unusable stays out even as ground truth; the other annotations are not used.
    unusable = consolidate_task(
        1,
        "tillaberi",
        _parsed(
            annotation(1, 1, coding().items),
            annotation(2, 2, status("unusable"), ground_truth=True),
        ),
    )
    assert unusable.record is None and unusable.outcomes == {1: "not_used", 2: "unusable"}
    assert [i.code for i in unusable.issues] == ["consolidate.document-unusable"]

    complete = consolidate_task(1, "tillaberi", _parsed(annotation(1, 1, status("complete"))))
    assert complete.status == "single_annotation" and complete.held_back is None


# ---------------------------------------------------------------------------- pseudonyms


def test_pseudonyms_are_numbered_by_first_annotation_whatever_the_reading_order() -> None:
    names = Pseudonyms()
    for user, aid in ((7, 40), (3, 12), (7, 5), (9, 30)):
        names.observe("ls-a/project-1", user, aid)
    got = {user: names.name("ls-a/project-1", user) for user in (7, 3, 9)}
    assert got == {7: "annotator-01", 3: "annotator-02", 9: "annotator-03"}
    assert names.name("ls-a/project-1", None) is None
    assert names.name("ls-a/project-1", 99) is None


def test_pseudonyms_of_two_servers_never_merge_and_a_later_user_is_appended() -> None:
    """User 1 of a fresh server is someone else than user 1 of the first one; users are
    numbered by when they first annotated (annotation ids of two servers do not compare),
    so a user who joins later, on either server, renumbers nobody."""
    old, fresh = "ls-old/project-1", "ls-new/project-1"
    day = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    names = Pseudonyms()
    names.observe(old, 1, 1, day)
    names.observe(old, 2, 7, day + dt.timedelta(days=1))
    names.observe(fresh, 1, 1, day + dt.timedelta(days=2))  # ids restart at 1
    before = {(s, u): names.name(s, u) for s, u in ((old, 1), (old, 2), (fresh, 1))}
    assert before == {
        (old, 1): "annotator-01",
        (old, 2): "annotator-02",
        (fresh, 1): "annotator-03",
    }
    names.observe(old, 3, 9, day + dt.timedelta(days=3))  # joins the first server later
    after = {key: names.name(*key) for key in before}
    assert after == before and names.name(old, 3) == "annotator-04"


# ---------------------------------------------------------------------------- snapshots


def test_snapshot_timestamp_and_order(tmp_path: Path) -> None:
    a = tmp_path / "zz-project-20261201T080000Z-aa11.json"
    b = tmp_path / "aa-project-20261202T080000Z-bb22.json"
    c = tmp_path / "project-1-at-2026-11-28-20-33-d54505ac.json"  # Label Studio's own name
    assert snapshot_timestamp(a) == dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    assert snapshot_timestamp(c) is None
    assert order_snapshots([b, a, c]) == [c, a, b]


def test_newest_copy_of_each_task_wins(tmp_path: Path) -> None:
    old = write_snapshot(
        tmp_path,
        "20261101T000000Z",
        [task(1, DOC, [annotation(1, 1, [])]), task(2, DOC, [annotation(2, 2, [])])],
    )
    new = write_snapshot(tmp_path, "20261201T000000Z", [task(1, DOC, [annotation(3, 3, [])])])
    names = Pseudonyms()
    report = Report()
    got = [
        (p, t["id"], [a["id"] for a in t["annotations"]])
        for p, t in iter_latest_tasks([old, new], report, names)
    ]
    assert got == [(new, 1, [3]), (old, 2, [2])]
    # Pseudonyms cover every copy read, superseded ones included.
    source = snapshot_source(old)
    got = {user: names.name(source, user) for user in (1, 2, 3)}
    assert got == {1: "annotator-01", 2: "annotator-02", 3: "annotator-03"}
    assert report.issues == []


def test_a_truncated_snapshot_is_reported_and_its_complete_tasks_kept(tmp_path: Path) -> None:
    path = tmp_path / "sahel-events-20261201T000000Z-cafe.json"
    body = json.dumps([task(1, DOC, []), task(2, DOC, [])])
    path.write_text(body[: len(body) - 40], encoding="utf-8")
    report = Report()
    got = [t["id"] for _, t in iter_latest_tasks([path], report)]
    assert got == [1]
    assert report.codes() == ["export.truncated"]


def test_an_argument_drawn_either_way_round_is_the_same_decision() -> None:
    right = coding()
    left = coding("b-")
    for item in left.items:
        if item["type"] == "relation":
            item["from_id"], item["to_id"] = item["to_id"], item["from_id"]
            item["direction"] = "left"
    a = parse_annotation(annotation(1, 1, right.items))
    b = parse_annotation(annotation(2, 2, left.items))
    assert a.content_key() == b.content_key()
