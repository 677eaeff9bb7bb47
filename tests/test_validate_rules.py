"""Rules with a passing and a failing example each, on small edits of the golden export."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation import event_and_argument, parse_result
from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.errors import Report
from sahel_events.ingest import ingest_corpus
from sahel_events.validate import validate_snapshot

REPO = Path(__file__).resolve().parents[1]
EXPORTS = REPO / "tests" / "data" / "exports"

Task = dict[str, Any]


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    return {d.doc_id: d for d in ingest_corpus(EXPORTS / "raw", REPO).documents}


def niamey_task() -> Task:
    """The golden Niamey task: one annotation, one CONSULT event with four arguments."""
    task: Task = json.loads((EXPORTS / "valid.json").read_text(encoding="utf-8"))[1]
    return task


def result(task: Task) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = task["annotations"][0]["result"]
    return items


def relation(task: Task, to_id: str) -> dict[str, Any]:
    return next(i for i in result(task) if i.get("to_id") == to_id)


@pytest.fixture
def check(tmp_path: Path, codebook: Codebook, documents: dict[str, Any]) -> Callable[..., Report]:
    def run(*tasks: Task, book: Codebook | None = None) -> Report:
        path = tmp_path / "snapshot.json"
        path.write_text(json.dumps(list(tasks), ensure_ascii=False), encoding="utf-8")
        return validate_snapshot(path, book or codebook, documents)

    return run


def test_the_golden_task_alone_is_clean(check: Callable[..., Report]) -> None:
    assert check(niamey_task()).issues == []


def test_a_relation_drawn_backwards_is_accepted_with_direction_left(
    check: Callable[..., Report],
) -> None:
    task = niamey_task()
    r = relation(task, "MinDefense")
    r["from_id"], r["to_id"] = r["to_id"], r["from_id"]
    # Backwards, it is no argument: the event also lacks its required actor.
    assert check(task).codes() == [
        "codebook.relation-not-from-event",
        "codebook.required-role-missing",
    ]
    r["direction"] = "left"
    assert check(task).issues == []
    r["direction"] = "bi"
    assert check(task).issues == []


def test_a_relation_between_two_entities_or_two_events_is_refused(
    check: Callable[..., Report],
) -> None:
    task = niamey_task()
    relation(task, "NiameyGPE1")["from_id"] = "MinDefense"
    assert check(task).codes() == ["codebook.relation-not-from-event"]
    task = niamey_task()
    relation(task, "NiameyGPE1")["to_id"] = "Gxep7WPJa7"
    assert check(task).codes() == ["codebook.relation-not-from-event"]


def test_an_empty_role_list_is_an_unlabelled_relation(check: Callable[..., Report]) -> None:
    task = niamey_task()
    relation(task, "NiameyGPE1")["labels"] = []
    report = check(task)
    assert report.codes() == ["codebook.unlabelled-relation"]
    assert report.valid  # a warning: compile ignores the relation


def test_attributes_may_come_before_their_span(check: Callable[..., Report]) -> None:
    task = niamey_task()
    items = result(task)
    items.sort(key=lambda i: i["type"] == "labels")  # every span last
    assert check(task).issues == []


def test_cancelled_annotations_get_structure_checks_only(check: Callable[..., Report]) -> None:
    task = niamey_task()
    annotation = task["annotations"][0]
    annotation["was_cancelled"] = True
    span = next(i for i in annotation["result"] if i["type"] == "labels")
    span["value"]["start"] += 1  # content: not checked
    assert check(task).issues == []
    span["value"]["labels"] = ["DATE"]  # structure: checked
    assert check(task).codes() == ["codebook.unknown-label"]


def test_prediction_issues_are_warnings_named_after_the_prediction(
    check: Callable[..., Report],
) -> None:
    task = niamey_task()
    task["predictions"] = [
        {"id": 77, "result": copy.deepcopy(result(task)), "model_version": "rules-v1"}
    ]
    predicted = task["predictions"][0]["result"]
    del predicted[-2]["labels"]  # a relation without a role
    # A bad span (Niamey: a region without per-region values, so only its span is off).
    next(i for i in predicted if i.get("id") == "NiameyGPE1")["value"]["end"] += 1
    report = check(task)
    assert report.valid
    assert {i.severity for i in report} == {"warning"}
    assert sorted(report.codes()) == ["codebook.unlabelled-relation", "text.span-text-mismatch"]
    for issue in report:
        assert issue.message.startswith("in prediction 77: ")
        assert issue.location.annotation is None
        assert issue.location.path is not None and ".predictions[0]." in issue.location.path


def test_required_attribute_without_default(
    codebook: Codebook, check: Callable[..., Report]
) -> None:
    # The codebook gives every required attribute a default, so the rule is dormant;
    # a codebook that drops the default makes the attribute mandatory.
    certainty = dataclasses.replace(codebook.event_attributes["factuality_certainty"], default=None)
    relevance = dataclasses.replace(codebook.document_choices["doc_relevance"], required=True)
    strict = dataclasses.replace(
        codebook,
        event_attributes={**codebook.event_attributes, "factuality_certainty": certainty},
        document_choices={**codebook.document_choices, "doc_relevance": relevance},
    )
    task = niamey_task()
    assert check(task, book=strict).issues == []
    task["annotations"][0]["result"] = [
        i
        for i in result(task)
        if i.get("from_name") not in ("factuality_certainty", "doc_relevance")
    ]
    report = check(task, book=strict)
    assert report.codes() == ["codebook.required-attribute-missing"] * 2
    assert [i.location.region for i in report] == ["Gxep7WPJa7", None]
    assert check(task).issues == []  # with the real codebook's default, nothing to say


def test_relevance_must_agree_with_the_events_coded(check: Callable[..., Report]) -> None:
    task = niamey_task()
    relevance = next(i for i in result(task) if i.get("from_name") == "doc_relevance")
    relevance["value"]["choices"] = ["not_relevant"]
    report = check(task)
    (issue,) = report.issues
    assert (issue.code, issue.severity, issue.location.region) == (
        "codebook.events-in-not-relevant-document",
        "error",
        "Gxep7WPJa7",
    )
    assert "'rencontré'" in issue.message and "mark it relevant" in issue.message

    # Marked relevant with the event (its attributes and arguments) deleted: a warning.
    relevance["value"]["choices"] = ["relevant"]
    task["annotations"][0]["result"] = [
        i for i in result(task) if "Gxep7WPJa7" not in (i.get("id"), i.get("from_id"))
    ]
    report = check(task)
    assert [(i.code, i.severity) for i in report] == [
        ("codebook.relevant-without-events", "warning")
    ]
    relevance["value"]["choices"] = ["not_relevant"]
    assert check(task).issues == []


def test_integral_float_offsets_are_offsets(check: Callable[..., Report]) -> None:
    task = niamey_task()
    # Niamey has no per-region values, so moving its span moves nothing else.
    span = next(i for i in result(task) if i.get("id") == "NiameyGPE1")
    span["value"]["start"] = float(span["value"]["start"])
    assert check(task).issues == []
    span["value"]["start"] += 1
    assert check(task).codes() == ["text.span-text-mismatch"]


def test_two_tasks_for_one_document_is_a_warning(check: Callable[..., Report]) -> None:
    first, second = niamey_task(), niamey_task()
    second["id"] = 103
    report = check(first, second)
    assert report.codes() == ["export.duplicate-document"]
    assert report.valid
    assert report.issues[0].location.task == 103


def test_a_task_that_is_not_an_object(check: Callable[..., Report]) -> None:
    report = check(niamey_task(), "not a task")
    assert report.codes() == ["export.schema"]
    assert report.issues[0].location.path == "$[1]"


def test_the_annotation_model_groups_items_by_region() -> None:
    parsed = parse_result(result(niamey_task()))
    event = parsed.regions["Gxep7WPJa7"]
    assert (event.control, event.label, event.text) == ("event", "CONSULT", "rencontré")
    assert event.choices["mode_consult"] == ["visit"]
    assert parsed.regions["WLYoOe5x5U"].texts == {"norm_date": ["2025-02-02"]}
    assert parsed.document_choices == {"doc_relevance": ["relevant"]}
    roles = {}
    for r in parsed.relations:
        pair = event_and_argument(r, parsed.regions)
        assert pair is not None and pair[0] is event
        roles[pair[1].id] = r.labels
    assert roles == {
        "MinDefense": ("actor",),
        "ChefEMBF01": ("recipient",),
        "NiameyGPE1": ("location",),
        "WLYoOe5x5U": ("time",),
    }
    assert not parsed.orphans and not parsed.id_clashes


@pytest.mark.parametrize("garbage", [None, "x", 5, [None, 5, "x", {}, {"type": "labels"}]])
def test_the_annotation_model_never_raises(garbage: Any) -> None:
    parsed = parse_result(garbage)
    assert parsed.regions == {} and parsed.relations == []
