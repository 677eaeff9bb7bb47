"""Agreement figures, checked against values computed by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sahel_events.agreement import (
    cohen_kappa,
    compute_agreement,
    krippendorff_alpha_nominal,
    max_overlap_matching,
)
from sahel_events.annotation import Annotation, parse_annotation
from tests.lsexport import Regions, annotation

ATTACK = "Des hommes armés ont attaqué Tillabéri lundi, tuant 5 civils."
TWO = "Le gouvernement a rencontré les chefs, puis a arrêté trois suspects."


def parsed(aid: int, user: int, r: Regions, **kw: object) -> Annotation:
    return parse_annotation(annotation(aid, user, r.items, **kw))  # type: ignore[arg-type]


def attack_a() -> Regions:
    r = Regions(ATTACK).event("e", "ASSAULT", "attaqué", factuality_certainty=["certain"])
    r.entity("l", "GPE", "Tillabéri").entity("c", "CASUALTY", "5 civils")
    return r.relation("e", "l", "location").relation("e", "c", "casualties")


def attack_b() -> Regions:
    r = Regions(ATTACK).event("x", "ASSAULT", "attaqué", factuality_certainty=["probable"])
    r.entity("y", "GPE", "Tillabéri").entity("z", "CASUALTY", "civils")  # overlaps "5 civils"
    return r.relation("x", "y", "location").relation("x", "z", "casualties")


def two_events(first: str | None, second: str | None) -> Regions:
    r = Regions(TWO)
    for rid, label, span, certainty in (
        ("c", "CONSULT", "rencontré", first),
        ("k", "COERCE", "arrêté", second),
    ):
        extra: dict[str, Any] = {"factuality_certainty": [certainty]} if certainty else {}
        r.event(rid, label, span, **extra)
    return r


# ---------------------------------------------------------------------------- primitives


def test_overlap_matching_is_maximum_not_greedy() -> None:
    # The first span overlaps both; taking the first candidate greedily would leave the
    # second span unmatched. The maximum matching pairs both.
    assert max_overlap_matching([(4, 10), (12, 15)], [(5, 13), (0, 5)]) == 2
    assert max_overlap_matching([(0, 5), (6, 10)], [(4, 7)]) == 1
    assert max_overlap_matching([(0, 5)], [(5, 9)]) == 0  # touching is not overlapping
    assert max_overlap_matching([], [(0, 1)]) == 0


def test_cohen_kappa_by_hand() -> None:
    # po = 3/4; rater 1: a 1/2, b 1/2; rater 2: a 1/4, b 3/4; pe = 1/2; kappa = 1/2.
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(0.5)
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None  # one category: undefined
    assert cohen_kappa([]) is None


def test_krippendorff_alpha_by_hand() -> None:
    # Coincidences: aa 2, ab 1, ba 1, bb 2; n_a = n_b = 3, n = 6;
    # alpha = 1 - (n - 1) * 2 / (2 * 3 * 3) = 4/9.
    assert krippendorff_alpha_nominal([["a", "a"], ["a", "b"], ["b", "b"]]) == pytest.approx(4 / 9)
    # A unit of three values weighs each pair 1/(3-1): aa 1, ab 1, ba 1, bb 2; n = 5;
    # alpha = 1 - 4 * 2 / (2 * 2 * 3) = 1/3. The one-value unit is not pairable.
    assert krippendorff_alpha_nominal([["a", "a", "b"], ["b", "b"], ["a"]]) == pytest.approx(1 / 3)
    assert krippendorff_alpha_nominal([["a", "a"], ["a", "a"]]) is None
    assert krippendorff_alpha_nominal([["a"]]) is None


def test_krippendorff_alpha_reference_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 observers
    # x 12 units example with missing values: nominal alpha = 0.743.
    units = [
        [1, 1, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [5, 5, 5],
        [1, 1],
        [3],
    ]
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=5e-4)


# ---------------------------------------------------------------------------- accumulated


def test_two_annotators_on_two_tasks() -> None:
    tasks = [
        [parsed(1, 1, attack_a()), parsed(2, 2, attack_b())],
        # Annotator 2 leaves the first certainty empty: the default "certain" applies.
        [
            parsed(3, 1, two_events("certain", "probable")),
            parsed(4, 2, two_events(None, "probable")),
        ],
    ]
    result = compute_agreement(tasks, default_certainty="certain")
    assert (result["tasks"], result["annotation_pairs"], result["annotators"]) == (2, 2, 2)
    exact = result["spans"]["exact"]["by_label"]
    assert exact["ASSAULT"] == {"f1": 1.0, "matched": 1, "spans": 2}
    assert exact["CASUALTY"] == {"f1": 0.0, "matched": 0, "spans": 2}
    assert result["spans"]["overlap"]["by_label"]["CASUALTY"] == {
        "f1": 1.0,
        "matched": 1,
        "spans": 2,
    }
    # Exact, all labels: ASSAULT 1, GPE 1, CASUALTY 0, CONSULT 1, COERCE 1 of 10 spans.
    assert result["spans"]["exact"]["all"] == {"f1": 0.8, "matched": 4, "spans": 10}
    assert result["events"] == {"f1": 1.0, "matched": 3, "events": 6}
    # location matches; casualties points at different spans.
    assert result["arguments"] == {"f1": 0.5, "matched": 1, "arguments": 4}
    # Matched events: (certain, probable), (certain, certain), (probable, probable).
    # kappa: po = 2/3, pe = 2/3*1/3 + 1/3*2/3 = 4/9, kappa = (2/9)/(5/9) = 0.4.
    # alpha: aa 2, pp 2, ap 1, pa 1; n = 6; 1 - 5 * 2 / (2 * 3 * 3) = 4/9.
    certainty = result["factuality_certainty"]
    assert certainty["matched_events"] == 3 and certainty["values"] == 6
    assert certainty["cohen_kappa"] == pytest.approx(0.4)
    assert certainty["krippendorff_alpha"] == pytest.approx(4 / 9, abs=1e-6)


def test_three_annotators_give_alpha_only_and_ignore_cancelled_and_single_tasks() -> None:
    tasks = [
        [
            parsed(1, 1, two_events("certain", "possible")),
            parsed(2, 2, two_events("certain", "possible")),
            parsed(3, 3, two_events("probable", "possible")),
            parsed(4, 1, Regions(TWO), cancelled=True),
        ],
        [parsed(5, 1, attack_a())],  # one annotation: no agreement to measure
    ]
    result = compute_agreement(tasks)
    assert (result["tasks"], result["annotation_pairs"], result["annotators"]) == (1, 3, 3)
    certainty = result["factuality_certainty"]
    assert certainty["cohen_kappa"] is None
    # Units [c, c, p] and [s, s, s], each ordered pair weighing 1/2: cc 1, cp 1, pc 1,
    # ss 3; n = 6, n_c 2, n_p 1, n_s 3; alpha = 1 - 5 * 2 / (2 * (2*1 + 2*3 + 1*3)) = 6/11.
    assert certainty["krippendorff_alpha"] == pytest.approx(6 / 11, abs=1e-6)
    assert result["events"] == {"f1": 1.0, "matched": 6, "events": 12}


def test_no_overlap_gives_nulls_and_the_result_is_json_and_deterministic() -> None:
    result = compute_agreement([[parsed(1, 1, attack_a())]])
    assert result["tasks"] == 0
    assert result["events"] == {"f1": None, "matched": 0, "events": 0}
    assert result["factuality_certainty"]["krippendorff_alpha"] is None
    tasks = [[parsed(1, 1, attack_a()), parsed(2, 2, attack_b())]]
    assert json.dumps(compute_agreement(tasks), sort_keys=True) == json.dumps(
        compute_agreement(list(reversed(tasks))), sort_keys=True
    )
