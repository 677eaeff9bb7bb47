"""Scoring predictions against gold result lists: exact and overlapping matches, roles, dates."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events.preannotate.evaluate import score_results

TEXT = "Le 3 mars 2025, des hommes armés ont attaqué le poste de Dioura, tuant 12 gendarmes."


def span(rid: str, text: str, label: str, control: str = "entity") -> dict[str, Any]:
    start = TEXT.index(text)
    return {
        "id": rid,
        "from_name": control,
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": start + len(text), "text": text, "labels": [label]},
    }


def norm(region: dict[str, Any], control: str, value: str) -> dict[str, Any]:
    v = region["value"]
    return {
        "id": region["id"],
        "from_name": control,
        "to_name": "text",
        "type": "textarea",
        "value": {"start": v["start"], "end": v["end"], "text": [value]},
    }


def rel(a: dict[str, Any], b: dict[str, Any], role: str) -> dict[str, Any]:
    return {
        "from_id": a["id"],
        "to_id": b["id"],
        "type": "relation",
        "direction": "right",
        "labels": [role],
    }


def gold() -> list[dict[str, Any]]:
    ev = span("g1", "attaqué", "ASSAULT", "event")
    time = span("g2", "3 mars 2025", "TIME")
    place = span("g3", "Dioura", "GPE")
    return [
        ev,
        time,
        norm(time, "norm_date", "2025-03-03"),
        place,
        span("g4", "12 gendarmes", "CASUALTY"),
        rel(ev, time, "time"),
        rel(ev, place, "location"),
    ]


def test_a_perfect_prediction_scores_one() -> None:
    evaluation = score_results([(gold(), gold())])
    for layer in ("entity", "trigger", "role"):
        for mode in ("exact", "overlap"):
            assert evaluation.total(layer, mode).f1 == 1.0
    assert evaluation.date_accuracy == 1.0


def test_overlapping_spans_count_only_in_overlap_mode() -> None:
    ev = span("p1", "ont attaqué", "ASSAULT", "event")  # gold marks "attaqué" only
    time = span("p2", "Le 3 mars 2025", "TIME")
    predicted = [ev, time, norm(time, "norm_date", "2025-03-03"), rel(ev, time, "time")]
    e = score_results([(predicted, gold())])
    assert e.counts("trigger", "exact", "ASSAULT").as_dict()["tp"] == 0
    assert e.counts("trigger", "overlap", "ASSAULT").precision == 1.0
    assert e.counts("role", "overlap", "time").tp == 1
    assert e.counts("role", "exact", "time").tp == 0
    # Two gold roles, one predicted and right: recall 1/2.
    assert e.total("role", "overlap").recall == pytest.approx(0.5)
    assert e.counts("entity", "overlap", "GPE").fn == 1
    assert e.counts("entity", "overlap", "CASUALTY").fn == 1


def test_wrong_label_is_a_false_positive_and_a_miss() -> None:
    predicted = [span("p1", "attaqué", "COERCE", "event")]
    e = score_results([(predicted, gold())])
    assert e.counts("trigger", "overlap", "COERCE").fp == 1
    assert e.counts("trigger", "overlap", "ASSAULT").fn == 1


def test_date_normalisation_accuracy() -> None:
    time = span("p2", "3 mars 2025", "TIME")
    wrong = [time, norm(time, "norm_date", "2025-03-04")]
    assert score_results([(wrong, gold())]).date_accuracy == 0.0
    assert score_results([(wrong, gold())]).dates_matched == 1
    missing: list[dict[str, Any]] = []
    e = score_results([(missing, gold())])
    assert (e.dates_gold, e.dates_matched, e.date_accuracy) == (1, 0, 0.0)


def test_table_and_json_report_the_model_version() -> None:
    e = score_results([(gold(), gold())], model_version="sahel-preannotate-0.1.0+x")
    table = e.to_table()
    assert "sahel-preannotate-0.1.0+x" in table
    assert "ASSAULT" in table and "date normalisation: 1/1" in table
    data = e.as_dict()
    assert data["layers"]["role"]["exact"]["micro"]["f1"] == 1.0
    assert data["dates"]["accuracy"] == 1.0
