"""Reading the reviewers' decisions back from review snapshots (the export's shape).

The snapshots are written as Label Studio exports them (``tests/lsexport.py``); the
end-to-end path through a real server is ``tests/test_studio_incidents.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sahel_events.incidents.review import read_reviews
from sahel_events.incidents.tasks import DECISION_CONTROL, NOTE_CONTROL, candidate_id
from tests.lsexport import annotation, write_snapshot

EVENTS = {"ev-a", "ev-b", "ev-c"}


def decision(value: str, note: str | None = None) -> list[dict[str, Any]]:
    """The result the review screen saves: the choice, and the note when one is typed."""
    items: list[dict[str, Any]] = [
        {
            "value": {"choices": [value]},
            "id": "d1",
            "from_name": DECISION_CONTROL,
            "to_name": "pair",
            "type": "choices",
            "origin": "manual",
        }
    ]
    if note is not None:
        items.append(
            {
                "value": {"text": [note]},
                "id": "n1",
                "from_name": NOTE_CONTROL,
                "to_name": "pair",
                "type": "textarea",
                "origin": "manual",
            }
        )
    return items


def review_task(tid: int, a: str, b: str, annotations: list[dict[str, Any]]) -> dict[str, Any]:
    for ann in annotations:
        ann["task"] = tid
    return {
        "id": tid,
        "data": {
            "candidate_id": candidate_id([a, b]),
            "event_ids": [a, b],
            "rule_version": "1",
            "html": "<table></table>",
        },
        "meta": {"candidate_id": candidate_id([a, b])},
        "annotations": annotations,
        "drafts": [],
        "predictions": [],
    }


def snapshot(tmp_path: Path, tasks: list[dict[str, Any]]) -> Path:
    return write_snapshot(tmp_path / "incidents", "20261202T010000Z", tasks, "review")


def test_a_confirmed_link_names_its_reviewer_by_pseudonym(tmp_path: Path) -> None:
    path = snapshot(
        tmp_path,
        [
            review_task(
                1, "ev-a", "ev-b", [annotation(5, 2, decision("same incident", "same toll"))]
            ),
            review_task(2, "ev-a", "ev-c", [annotation(6, 2, decision("different"))]),
            review_task(3, "ev-b", "ev-c", [annotation(7, 3, decision("unsure"))]),
        ],
    )
    reviews = read_reviews([path])
    assert reviews.report.issues == []
    notes = {r.candidate_id: r.note for r in reviews.reviews}
    assert notes[candidate_id(["ev-a", "ev-b"])] == "same toll"
    links, report = reviews.links(EVENTS)
    assert report.issues == []
    assert [(x.event_a, x.event_b, x.reviewers) for x in links] == [
        ("ev-a", "ev-b", ("reviewer-01",))
    ]
    # No e-mail anywhere in what the tables get.
    assert "example.com" not in repr(links)


def test_disagreeing_reviews_link_nothing_and_say_who_said_what(tmp_path: Path) -> None:
    path = snapshot(
        tmp_path,
        [
            review_task(
                1,
                "ev-a",
                "ev-b",
                [
                    annotation(5, 2, decision("same incident")),
                    annotation(6, 3, decision("different")),
                ],
            )
        ],
    )
    links, report = read_reviews([path]).links(EVENTS)
    assert links == []
    (issue,) = report.issues
    assert issue.code == "incidents.review-conflict" and issue.severity == "warning"
    assert "reviewer-01: same incident; reviewer-02: different" in issue.message
    assert issue.location.task == 1


def test_a_review_of_events_that_are_gone_links_nothing(tmp_path: Path) -> None:
    path = snapshot(
        tmp_path, [review_task(4, "ev-a", "ev-gone", [annotation(5, 2, decision("same incident"))])]
    )
    links, report = read_reviews([path]).links(EVENTS)
    assert links == []
    (issue,) = report.issues
    assert issue.code == "incidents.review-event-missing"
    assert "ev-gone" in issue.message and issue.location.task == 4


def test_links_that_would_join_two_events_judged_different_are_not_made(tmp_path: Path) -> None:
    path = snapshot(
        tmp_path,
        [
            review_task(1, "ev-a", "ev-b", [annotation(5, 2, decision("same incident"))]),
            review_task(2, "ev-b", "ev-c", [annotation(6, 2, decision("same incident"))]),
            review_task(3, "ev-a", "ev-c", [annotation(7, 3, decision("different"))]),
        ],
    )
    links, report = read_reviews([path]).links(EVENTS)
    assert links == []
    assert [(i.code, i.location.task) for i in report.issues] == [("incidents.review-conflict", 3)]


def test_malformed_review_tasks_are_named(tmp_path: Path) -> None:
    edited = review_task(2, "ev-a", "ev-c", [annotation(6, 2, decision("same incident"))])
    edited["data"]["event_ids"] = ["ev-a", "ev-b"]  # no longer its candidate's events
    no_events = review_task(3, "ev-a", "ev-b", [])
    del no_events["data"]["event_ids"]
    path = snapshot(
        tmp_path,
        [
            review_task(1, "ev-a", "ev-b", [annotation(5, 2, decision("maybe"))]),
            edited,
            no_events,
        ],
    )
    reviews = read_reviews([path])
    assert reviews.reviews == []
    found = sorted((i.code, i.location.task, i.location.annotation) for i in reviews.report.issues)
    assert found == [
        ("incidents.review-invalid", 1, 5),
        ("incidents.review-invalid", 2, None),
        ("incidents.review-invalid", 3, None),
    ]
    assert all(i.severity == "error" for i in reviews.report.issues)
