"""Agreement figures, checked against values computed by hand."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from sahel_events.agreement import (
    NO_AGREEMENT,
    cohen_kappa,
    compute_agreement,
    krippendorff_alpha_nominal,
    max_overlap_matching,
)
from sahel_events.agreement.bootstrap import draws, quantile
from sahel_events.agreement.measures import (
    alpha_from_coincidences,
    coincidences,
    kappa_from_table,
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


# ---------------------------------------------------------------------------- additive forms


def test_table_and_coincidence_forms_equal_the_list_forms() -> None:
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    assert kappa_from_table(Counter(pairs)) == cohen_kappa(pairs)
    units = [["a", "a", "b"], ["b", "b"], ["a"]]
    counts: Counter[tuple[int, str, str]] = Counter()
    for values in units:
        for (c, k), n in coincidences(values).items():
            counts[(len(values), c, k)] += n
    assert alpha_from_coincidences(counts) == krippendorff_alpha_nominal(units)
    assert coincidences(["a"]) == Counter()  # one value: nothing to pair


# ---------------------------------------------------------------------------- bootstrap


def test_draws_are_splitmix64_and_reproducible() -> None:
    # SplitMix64's first output for seed 0 is 0xE220A8397B1DCDAF (Steele, Lea and Flood's
    # reference generator); its top 32 bits scaled to 10 documents: 0xE220A839 * 10 >> 32.
    assert draws(0, 1, 1).tolist() == [[0]]
    assert draws(0, 1, 10)[0, 0] == (0xE220A839 * 10) >> 32
    first, again = draws(7, 50, 4), draws(7, 50, 4)
    assert first.tolist() == again.tolist()
    assert first.min() >= 0 and first.max() <= 3
    assert set(first.ravel().tolist()) == {0, 1, 2, 3}
    assert draws(8, 50, 4).tolist() != first.tolist()


def test_quantile_interpolates_between_ranks() -> None:
    assert quantile([0.0, 1.0], 0.5) == 0.5
    assert quantile([0.0, 1.0, 2.0, 3.0], 0.025) == pytest.approx(0.075)
    assert quantile([4.0], 0.975) == 4.0


# ---------------------------------------------------------------------------- documents

NAMES = {1: "annotator-01", 2: "annotator-02", 3: "annotator-03"}


def agreement(*documents: tuple[str, list[Annotation]], **kw: Any) -> dict[str, Any]:
    return compute_agreement(
        list(documents), {"factuality_certainty": "certain"}, NAMES, resamples=200, **kw
    )


def test_two_annotators_on_two_documents() -> None:
    result = agreement(
        ("d1", [parsed(1, 1, attack_a()), parsed(2, 2, attack_b())]),
        # Annotator 2 leaves the first certainty empty: the default "certain" applies.
        (
            "d2",
            [
                parsed(3, 1, two_events("certain", "probable")),
                parsed(4, 2, two_events(None, "probable")),
            ],
        ),
    )
    assert result["double_coded_documents"] == 2
    assert result["annotators"] == ["annotator-01", "annotator-02"]
    overall = result["overall"]
    exact = overall["entities"]["exact"]
    # Entities only (events are counted apart): GPE matches, CASUALTY "5 civils" vs
    # "civils" only overlaps.
    assert exact["by_type"]["CASUALTY"]["f1"]["value"] == 0.0
    assert overall["entities"]["overlap"]["by_type"]["CASUALTY"]["f1"]["value"] == 1.0
    assert (exact["all"]["matched"], exact["all"]["items"]) == (1, 4)
    assert exact["all"]["f1"]["value"] == 0.5
    typed = overall["events"]["typed"]
    assert (typed["all"]["matched"], typed["all"]["items"]) == (3, 6)
    # location matches; casualties points at different spans.
    arguments = overall["arguments"]
    assert (arguments["all"]["matched"], arguments["all"]["items"]) == (1, 4)
    assert arguments["by_role"]["location"]["f1"]["value"] == 1.0
    assert arguments["by_role"]["casualties"]["f1"]["value"] == 0.0
    # Same trigger spans: (certain, probable), (certain, certain), (probable, probable).
    # kappa: po = 2/3, pe = 2/3*1/3 + 1/3*2/3 = 4/9, kappa = (2/9)/(5/9) = 0.4.
    # alpha: cc 2, pp 2, cp 1, pc 1; n = 6; 1 - 5 * 2 / (2 * 3 * 3) = 4/9.
    certainty = overall["factuality"]["factuality_certainty"]
    assert certainty["units"] == 3
    assert certainty["agreement"]["value"] == pytest.approx(2 / 3, abs=1e-6)
    assert certainty["cohen_kappa"]["value"] == pytest.approx(0.4)
    assert certainty["krippendorff_alpha"]["value"] == pytest.approx(4 / 9, abs=1e-6)
    # One pair: its figures are the overall ones.
    (pair,) = result["pairs"]
    assert pair["annotators"] == ["annotator-01", "annotator-02"]
    assert pair["factuality"] == overall["factuality"]
    assert pair["entities"]["exact"]["all"]["f1"]["value"] == 0.5


def test_bootstrap_interval_over_two_documents_by_hand() -> None:
    # d1: exact entity F1 2*1/4 = 0.5 (GPE yes, CASUALTY no); d2 has no entity: a
    # resample of d2 alone has no entity F1 and is left out; d1+d2 mixes still give 0.5.
    # Typed events: d1 1/1 match (F1 1), d3 0 of 2 (ASSAULT vs PROTEST: F1 0): resamples
    # d1d1 -> 1, d1d3 -> 0.5, d3d3 -> 0, each about 1/4, 1/2, 1/4 of the draws, so the
    # 2.5th and 97.5th percentiles are 0 and 1.
    protest = Regions(ATTACK).event("p", "PROTEST", "attaqué")
    result = agreement(
        ("d1", [parsed(1, 1, attack_a()), parsed(2, 2, attack_b())]),
        (
            "d3",
            [parsed(5, 1, Regions(ATTACK).event("a", "ASSAULT", "attaqué")), parsed(6, 2, protest)],
        ),
    )
    typed = result["overall"]["events"]["typed"]["all"]
    assert typed["f1"] == {"value": 0.5, "ci95": [0.0, 1.0]}
    assert result["overall"]["entities"]["exact"]["all"]["f1"] == {"value": 0.5, "ci95": [0.5, 0.5]}
    assert result["method"]["resamples"] == 200 and result["method"]["unit"] == "document"


def test_three_annotators_give_alpha_overall_and_kappa_per_pair() -> None:
    result = agreement(
        (
            "d1",
            [
                parsed(1, 1, two_events("certain", "possible")),
                parsed(2, 2, two_events("certain", "possible")),
                parsed(3, 3, two_events("probable", "possible")),
                parsed(4, 1, Regions(TWO), cancelled=True),
            ],
        ),
        ("d2", [parsed(5, 1, attack_a())]),  # one annotator: no agreement to measure
    )
    assert result["double_coded_documents"] == 1
    certainty = result["overall"]["factuality"]["factuality_certainty"]
    assert certainty["cohen_kappa"]["value"] is None  # kappa is for two raters
    # Units [c, c, p] and [s, s, s], each ordered pair weighing 1/2: cc 1, cp 1, pc 1,
    # ss 3; n = 6, n_c 2, n_p 1, n_s 3; alpha = 1 - 5 * 2 / (2 * (2*1 + 2*3 + 1*3)) = 6/11.
    assert certainty["krippendorff_alpha"]["value"] == pytest.approx(6 / 11, abs=1e-6)
    # Three pairs of 2 events each: 6 matched of 12.
    assert result["overall"]["events"]["typed"]["all"]["matched"] == 6
    pairs = {tuple(p["annotators"]): p for p in result["pairs"]}
    assert list(pairs) == [
        ("annotator-01", "annotator-02"),
        ("annotator-01", "annotator-03"),
        ("annotator-02", "annotator-03"),
    ]
    # 1 and 2 agree on both events; 1 and 3 on one of two certainties:
    # (c, p), (s, s): po 1/2, pe = 1/2*0 + ... = 1/2*1/2 (s) = 1/4; kappa = (1/4)/(3/4) = 1/3.
    one_two = pairs[("annotator-01", "annotator-02")]["factuality"]["factuality_certainty"]
    assert one_two["agreement"]["value"] == 1.0
    one_three = pairs[("annotator-01", "annotator-03")]["factuality"]["factuality_certainty"]
    assert one_three["cohen_kappa"]["value"] == pytest.approx(1 / 3, abs=1e-6)


def test_each_annotator_counts_once_and_an_adjudication_is_not_a_coding() -> None:
    adjudicated = parsed(9, 3, attack_a(), ground_truth=True)
    # Annotator 1 coded twice: the later annotation (updated last) is theirs.
    early = parsed(1, 1, attack_b(), updated="2026-11-28T10:00:00Z")
    late = parsed(7, 1, attack_a(), updated="2026-11-29T10:00:00Z")
    result = agreement(("d1", [early, late, parsed(2, 2, attack_a()), adjudicated]))
    assert result["annotators"] == ["annotator-01", "annotator-02"]
    assert result["overall"]["entities"]["exact"]["all"]["f1"]["value"] == 1.0
    # When the reviewer marks one annotator's own annotation ground truth, it still counts.
    result = agreement(
        ("d1", [parsed(1, 1, attack_a(), ground_truth=True), parsed(2, 2, attack_b())])
    )
    assert result["double_coded_documents"] == 1


def test_dates_compare_normalised_values_and_event_dates() -> None:
    text = "Le 3 mars, des hommes armés ont attaqué Gao."

    def coded(date: str, precision: str) -> Regions:
        r = Regions(text).event("e", "ASSAULT", "attaqué")
        r.entity("t", "TIME", "3 mars", norm_date=date, date_precision=[precision])
        return r.relation("e", "t", "time")

    result = agreement(
        ("d1", [parsed(1, 1, coded("2025-03-03", "day")), parsed(2, 2, coded("2025-03-04", "day"))])
    )
    dates = result["overall"]["dates"]
    assert dates["norm_date"]["agreement"]["value"] == 0.0
    assert dates["event_date"]["agreement"]["value"] == 0.0
    assert dates["date_precision"]["agreement"]["value"] == 1.0
    assert dates["date_precision"]["cohen_kappa"]["value"] is None  # one category only


def test_no_double_coding_says_so_and_the_result_is_deterministic() -> None:
    result = agreement(("d1", [parsed(1, 1, attack_a())]))
    assert result["double_coded_documents"] == 0
    assert result["overall"] is None and result["pairs"] == []
    assert result["note"] == NO_AGREEMENT
    documents = [
        ("d1", [parsed(1, 1, attack_a()), parsed(2, 2, attack_b())]),
        (
            "d2",
            [parsed(3, 1, two_events("certain", None)), parsed(4, 2, two_events(None, "possible"))],
        ),
    ]
    forward = json.dumps(agreement(*documents), sort_keys=True)
    assert forward == json.dumps(agreement(*reversed(documents)), sort_keys=True)
    assert "@" not in forward and "annotator2" not in forward
