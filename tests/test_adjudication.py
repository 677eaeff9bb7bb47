"""Disagreements, the draft adjudication, and how a resolved draft becomes the record."""

from __future__ import annotations

from typing import Any

from sahel_events.adjudication import plan_adjudication
from sahel_events.annotation import CONFLICT_LABEL, parse_annotation
from sahel_events.consolidate import consolidate_task
from tests.lsexport import Regions, annotation, make_document, task

TEXT = "Niamey, 2 mai 2025 - Des hommes armés ont attaqué Tillabéri lundi, tuant 5 civils."
DOC = make_document("tillaberi", TEXT, dateline_place="Niamey")
NAMES = {2: "annotator-01", 3: "annotator-02", 1: "annotator-03"}


def _name(user: int | None) -> str:
    return NAMES[user or 0]


def amina() -> Regions:
    r = Regions(TEXT)
    r.event("ev", "ASSAULT", "attaqué", mode_assault=["firearms"])
    r.entity("loc", "GPE", "Tillabéri")
    r.entity("arm", "ORG", "hommes armés")
    r.relation("ev", "loc", "location")
    r.relation("ev", "arm", "actor")
    return r.document_choice("rel", "doc_relevance", "relevant")


def bakary() -> Regions:
    """Same event and place, another mode; no actor; a casualty count Amina left out."""
    r = Regions(TEXT)
    r.event("e1", "ASSAULT", "attaqué", mode_assault=["unspecified"])
    r.entity("l1", "GPE", "Tillabéri")
    r.entity("c1", "CASUALTY", "5 civils", casualty_kind=["killed"])
    r.relation("e1", "l1", "location")
    return r.document_choice("rel", "doc_relevance", "relevant")


def _plan() -> Any:
    annotations = [annotation(10, 2, amina().items), annotation(11, 3, bakary().items)]
    return plan_adjudication(task(4, DOC, annotations), annotations, _name)


def test_identical_codings_need_no_adjudication() -> None:
    one, two = annotation(10, 2, amina().items), annotation(11, 3, amina().items)
    assert plan_adjudication(task(4, DOC, [one, two]), [one, two], _name) is None
    assert plan_adjudication(task(4, DOC, [one]), [one], _name) is None


def test_conflicts_are_listed_per_place_with_each_version() -> None:
    plan = _plan()
    assert (plan.task_id, plan.doc_id) == (4, "tillaberi")
    assert plan.annotators == ["annotator-01", "annotator-02"]
    assert plan.agreed == 1  # Tillabéri, coded alike
    described = [
        (c.kind, TEXT[c.start : c.end], [v.coded for v in c.versions]) for c in plan.conflicts
    ]
    assert described == [
        ("entity", "hommes armés", ["ORG “hommes armés”", "nothing"]),
        (
            "event",
            "attaqué",
            [
                "ASSAULT “attaqué” (mode_assault=firearms)",
                "ASSAULT “attaqué” (mode_assault=unspecified)",
            ],
        ),
        ("entity", "5 civils", ["nothing", "CASUALTY “5 civils” (casualty_kind=killed)"]),
    ]
    text = plan.to_text()
    assert (
        "tillaberi (task 4; annotations 10, 11 by annotator-01, annotator-02): 3 conflict(s)"
        in text
    )
    assert "annotator-01: ASSAULT “attaqué” (mode_assault=firearms)" in text


def test_the_draft_keeps_agreement_once_and_every_version_flagged() -> None:
    plan = _plan()
    draft = parse_annotation({"id": 99, "result": plan.draft})
    # Two versions on the same words are what a reviewer must settle: flagged as such.
    assert [(i.code, i.location.region) for i in draft.issues] == [("text.duplicate-region", "e1")]
    spans = [i for i in plan.draft if i["type"] == "labels"]
    labels = sorted((i["from_name"], i["value"]["labels"][0], i["value"]["text"]) for i in spans)
    assert labels == sorted(
        [
            ("entity", "GPE", "Tillabéri"),  # agreed: once
            ("entity", "ORG", "hommes armés"),
            ("event", "ASSAULT", "attaqué"),  # both versions, side by side
            ("event", "ASSAULT", "attaqué"),
            ("entity", "CASUALTY", "5 civils"),
            ("layout", CONFLICT_LABEL, "hommes armés"),
            ("layout", CONFLICT_LABEL, "attaqué"),
            ("layout", CONFLICT_LABEL, "5 civils"),
        ]
    )
    # The region ids are unique (Bakary's ids would not clash here; Amina's are kept).
    assert len({i["id"] for i in spans}) == len(spans)
    notes = {i["id"]: i["meta"]["text"][0] for i in spans if "meta" in i}
    assert notes["ev"] == "CONFLICT 2: annotator-01's version"
    assert notes["e1"] == "CONFLICT 2: annotator-02's version"
    assert notes["conflict-2"].startswith("CONFLICT 2 (event, ")
    assert "Tillabéri" not in " ".join(notes.values())  # agreed: not flagged
    # Both versions keep their arguments; the agreed location is drawn once per version.
    rels = sorted(
        (i["from_id"], i["to_id"], tuple(i["labels"]))
        for i in plan.draft
        if i["type"] == "relation"
    )
    assert rels == [
        ("e1", "loc", ("location",)),
        ("ev", "arm", ("actor",)),
        ("ev", "loc", ("location",)),
    ]
    assert draft.document_choices == {"doc_relevance": ("relevant",)}  # agreed: kept


def test_a_different_argument_between_agreed_regions_is_a_conflict() -> None:
    a = Regions(TEXT).event("ev", "ASSAULT", "attaqué").entity("loc", "GPE", "Tillabéri")
    b = Regions(TEXT).event("ev", "ASSAULT", "attaqué").entity("loc", "GPE", "Tillabéri")
    a.relation("ev", "loc", "location")
    b.relation("ev", "loc", "recipient")
    annotations = [annotation(10, 2, a.items), annotation(11, 3, b.items)]
    plan = plan_adjudication(task(4, DOC, annotations), annotations, _name)
    assert plan is not None
    ((kind, where, versions),) = [
        (c.kind, TEXT[c.start : c.end], [v.coded for v in c.versions]) for c in plan.conflicts
    ]
    assert (kind, where) == ("argument", "attaqué")
    assert versions == ["location → “Tillabéri”", "recipient → “Tillabéri”"]


def test_document_choices_that_differ_are_a_conflict_left_unset() -> None:
    a = Regions(TEXT).entity("loc", "GPE", "Tillabéri")
    b = Regions(TEXT).entity("loc", "GPE", "Tillabéri")
    a.document_choice("r", "doc_relevance", "relevant")
    b.document_choice("r", "doc_relevance", "not_relevant")
    annotations = [annotation(10, 2, a.items), annotation(11, 3, b.items)]
    plan = plan_adjudication(task(4, DOC, annotations), annotations, _name)
    assert plan is not None
    ((conflict),) = plan.conflicts
    assert conflict.kind == "document"
    assert [v.coded for v in conflict.versions] == [
        "doc_relevance=relevant",
        "doc_relevance=not_relevant",
    ]
    assert parse_annotation({"id": 1, "result": plan.draft}).document_choices == {}


# ---------------------------------------------------------------------------- consolidation


def _resolved(plan: Any) -> list[dict[str, Any]]:
    """What a reviewer submits: Amina's event version, Bakary's count, no marks left."""
    drop = {"e1", "conflict-1", "conflict-2", "conflict-3"}
    items = [i for i in plan.draft if i.get("id") not in drop and i.get("from_id") != "e1"]
    return [{k: v for k, v in i.items() if k != "meta"} for i in items]


def test_a_resolved_draft_marked_ground_truth_is_adjudicated_by_the_reviewer() -> None:
    plan = _plan()
    codings = [annotation(10, 2, amina().items), annotation(11, 3, bakary().items)]
    draft = annotation(12, 1, plan.draft, created="2026-11-29T10:00:00Z")
    # While the draft holds its marks, it is nobody's coding: the task still disagrees.
    c = consolidate_task(4, "tillaberi", [parse_annotation(a) for a in [*codings, draft]])
    assert c.record is None and c.held_back == "needs_adjudication"
    assert c.outcomes[12] == "not_used"
    assert [a.annotation_id for a in c.codings] == [10, 11]

    # Marked ground truth with a mark left: held back, the mark named.
    draft["ground_truth"] = True
    c = consolidate_task(4, "tillaberi", [parse_annotation(a) for a in [*codings, draft]])
    assert c.record is None and c.held_back == "needs_adjudication"
    (issue,) = [i for i in c.issues if i.code == "consolidate.unresolved-conflict"]
    assert issue.location.annotation == 12 and issue.location.region == "conflict-1"

    draft["result"] = _resolved(plan)
    c = consolidate_task(4, "tillaberi", [parse_annotation(a) for a in [*codings, draft]])
    assert c.record is not None and c.record.annotation_id == 12
    assert (c.status, c.chosen_by) == ("adjudicated", (1,))
    assert c.outcomes == {10: "not_used", 11: "not_used", 12: "record"}
    assert [a.annotation_id for a in c.codings] == [10, 11]  # what agreement compares


def test_record_choices_single_consensus_and_reviewed_ground_truth() -> None:
    one = annotation(10, 2, amina().items)
    c = consolidate_task(4, "d", [parse_annotation(one)])
    assert (c.status, c.chosen_by) == ("single_annotation", (2,))
    two = annotation(11, 3, amina().items, created="2026-11-29T10:00:00Z")
    c = consolidate_task(4, "d", [parse_annotation(a) for a in (one, two)])
    assert (c.status, c.chosen_by) == ("consensus", (2, 3))
    gold = annotation(10, 2, amina().items, ground_truth=True)
    c = consolidate_task(4, "d", [parse_annotation(gold)])
    assert (c.status, c.chosen_by) == ("ground_truth", (2,))
