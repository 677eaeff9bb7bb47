"""A release's agreement (``agreement.json``, the card's table and plot) against hand figures.

The campaign is ``tests/agreement_fixture.py``: Ann (annotator-01) and Bob
(annotator-02) both code two articles; the reviewer's ground-truth annotation and
skipped annotation, and a third article coded once, are not double coding. Counts per
document, A = menaka-attaque, B = gao-manifestation (m matched, t items of both):

entities, exact: A: ORG 1/2, GPE 1/2, TIME 1/2, CASUALTY 0/2 ("15 civils" vs "civils")
  -> 3/8; B: GPE 1/2, TIME 1/2, ORG 0/1 (only Bob coded the police) -> 2/5.
  All: 5/13, F1 = 2*5/13 = 10/13 = 0.769231; by type ORG 2*1/3 = 0.666667, CASUALTY 0.
entities, overlap: A 4/8 (the casualty spans overlap), B 2/5 -> 6/13, F1 12/13 = 0.923077.
events: A: ASSAULT 1/2; B: PROTEST 1/2, COERCE 0/1 (Bob only) -> detection and typed
  2/5, F1 0.8.
arguments: A: Ann actor, location, time, casualties; Bob location, time, casualties to
  another span: 2/7; B: Ann location, time; Bob those and the police as actor: 2/5.
  All 4/12, F1 0.666667; actor 0/2, location 2/4, time 2/4, casualties 0/2.
certainty (same trigger): A certain/probable, B certain (the default)/certain:
  agreement 1/2; kappa: po 1/2, Ann certain 2/2, Bob certain 1/2 -> pe 1/2, kappa 0;
  alpha: coincidences cp 1, pc 1, cc 2; n_c 3, n_p 1, n 4; alpha = 1 - 2/(2*3*1/3) = 0.
normalised date (same TIME span): A 2025-08-12 both, B 2025-08-18 vs 2025-08-17:
  agreement 1/2; kappa: pe = 1/2*1/2 (08-12) = 1/4, (1/2 - 1/4)/(3/4) = 1/3;
  alpha: n_12 2, n_18 1, n_17 1, n 4, D_o 2, D_e = (2*1*2 + 2*1*2 + 1*1*2)/3 = 10/3,
  alpha = 1 - 2/(10/3) = 0.4. The event dates (from the time arguments) are the same.
polarity (the default, positive, everywhere): agreement 1; kappa and alpha undefined.

Intervals: two documents, so a resample is AA, AB or BB (about 1/4, 1/2, 1/4 of the
1000 draws), and the 2.5th and 97.5th percentiles are the extreme ones among the
defined values: exact entity F1 A 6/8 = 0.75, B 4/5 = 0.8 -> [0.75, 0.8]; arguments
A 4/7 = 0.571429, B 0.8 -> [0.571429, 0.8]; certainty kappa AA: table {(c, p): 2}, po 0,
pe 0 -> 0; BB: one category -> undefined, left out; AB 0 -> [0, 0]; certainty alpha
AA: n_c = n_p = 2, 1 - 4/(2*2*2/3) = -0.5; AB 0 -> [-0.5, 0].
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from sahel_events.paths import Project
from sahel_events.release import build_release, check_release
from sahel_events.release.sums import write_sums
from tests.agreement_fixture import campaign_project


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    project = campaign_project(tmp_path_factory.mktemp("agreement") / "proj")
    return project, build_release(project, "1.0.0").path


def agreement_of(release: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((release / "agreement.json").read_text(encoding="utf-8"))
    return data


def f1(block: dict[str, Any]) -> tuple[int, int, float, list[float] | None]:
    return (block["matched"], block["items"], block["f1"]["value"], block["f1"]["ci95"])


def test_agreement_figures_equal_the_hand_computed_ones(released: tuple[Project, Path]) -> None:
    data = agreement_of(released[1])
    assert data["double_coded_documents"] == 2
    assert data["annotators"] == ["annotator-01", "annotator-02"]
    overall = data["overall"]
    entities = overall["entities"]
    assert f1(entities["exact"]["all"]) == (5, 13, 0.769231, [0.75, 0.8])
    assert f1(entities["overlap"]["all"]) == (6, 13, 0.923077, [0.8, 1.0])
    assert f1(entities["exact"]["by_type"]["ORG"])[:3] == (1, 3, 0.666667)
    assert f1(entities["exact"]["by_type"]["CASUALTY"])[:3] == (0, 2, 0.0)
    assert f1(entities["overlap"]["by_type"]["CASUALTY"])[:3] == (1, 2, 1.0)
    events = overall["events"]
    assert f1(events["detection"]["exact"])[:3] == (2, 5, 0.8)
    assert f1(events["typed"]["all"])[:3] == (2, 5, 0.8)
    assert f1(events["typed"]["by_type"]["COERCE"])[:3] == (0, 1, 0.0)
    assert f1(overall["arguments"]["all"]) == (4, 12, 0.666667, [0.571429, 0.8])
    roles = overall["arguments"]["by_role"]
    assert {r: (b["matched"], b["items"]) for r, b in roles.items()} == {
        "actor": (0, 2),
        "casualties": (0, 2),
        "location": (2, 4),
        "time": (2, 4),
    }
    certainty = overall["factuality"]["factuality_certainty"]
    assert certainty["units"] == 2
    assert certainty["agreement"]["value"] == 0.5
    assert certainty["cohen_kappa"] == {"value": 0.0, "ci95": [0.0, 0.0]}
    assert certainty["krippendorff_alpha"] == {"value": 0.0, "ci95": [-0.5, 0.0]}
    polarity = overall["factuality"]["factuality_polarity"]
    assert polarity["agreement"]["value"] == 1.0 and polarity["cohen_kappa"]["value"] is None
    for name in ("norm_date", "event_date"):
        dates = overall["dates"][name]
        assert dates["agreement"]["value"] == 0.5
        assert dates["cohen_kappa"]["value"] == 0.333333
        assert dates["krippendorff_alpha"]["value"] == 0.4
    (pair,) = data["pairs"]
    assert pair["annotators"] == ["annotator-01", "annotator-02"]
    assert {k: v for k, v in pair.items() if k != "annotators"} == overall


def test_no_annotator_is_named_and_the_bytes_are_reproducible(
    released: tuple[Project, Path], tmp_path: Path
) -> None:
    _, release = released
    text = (release / "agreement.json").read_text(encoding="utf-8")
    assert "@" not in text and "Ann" not in text and "Bob" not in text
    again = campaign_project(tmp_path / "again")
    rebuilt = build_release(again, "1.0.0").path
    assert (rebuilt / "agreement.json").read_bytes() == (release / "agreement.json").read_bytes()
    png = "figures/agreement.png"
    assert (rebuilt / png).read_bytes() == (release / png).read_bytes()


def test_the_card_shows_the_table_and_the_plot(released: tuple[Project, Path]) -> None:
    card = (released[1] / "README.md").read_text(encoding="utf-8")
    section = card.split("### Agreement", 1)[1].split("\n### ", 1)[0]
    assert "Measured on the 2 document(s) coded by two or more annotators" in section
    assert "| entity spans, exact (start, end, type) | 0.769 [0.750, 0.800] | 5 | 13 |" in section
    assert "| factuality certainty | 0.500 [0.000, 1.000] | 0.000 [0.000, 0.000] |" in section
    assert "| annotator-01 / annotator-02 | 2 | 0.769 [0.750, 0.800] |" in section
    # Per type, folded: ORG is 2*1/3 over both documents; A alone gives 1, B alone 0.
    assert "| entity, exact | `ORG` | 0.667 [0.000, 1.000] | 1 | 3 |" in section
    assert "![Agreement between annotators](figures/agreement.png)" in card
    assert (released[1] / "figures/agreement.png").read_bytes().startswith(b"\x89PNG")
    croissant = json.loads((released[1] / "croissant.json").read_text(encoding="utf-8"))
    assert "exact entity span F1 0.769 [0.750, 0.800]" in croissant["rai:dataAnnotationAnalysis"]


def test_release_check_passes_and_refuses_an_edited_agreement(
    released: tuple[Project, Path], tmp_path: Path
) -> None:
    project, release = released
    assert check_release(release, project=project, rebuild=False).valid
    copy = tmp_path / "1.0.0"
    shutil.copytree(release, copy)
    data = agreement_of(copy)
    data["pairs"][0]["annotators"][0] = "ann@example.org"
    del data["overall"]["arguments"]
    (copy / "agreement.json").write_text(json.dumps(data), encoding="utf-8")
    write_sums(copy)  # a consistent edit: the checksums alone would not catch it
    report = check_release(copy, project=None)
    found = {i.message.split(":")[0] for i in report if i.code == "release.agreement"}
    assert found == {"agreement.json at overall", "agreement.json at pairs/0/annotators/0"}


def test_the_rebuild_catches_a_figure_changed_by_hand(
    released: tuple[Project, Path], tmp_path: Path
) -> None:
    # Still valid against the schema, checksums recomputed: only the rebuild, which
    # writes agreement.json again from the recorded snapshot, sees the edit.
    project, release = released
    copy = tmp_path / "1.0.0"
    shutil.copytree(release, copy)
    data = agreement_of(copy)
    data["overall"]["entities"]["exact"]["all"]["f1"]["value"] = 0.9
    (copy / "agreement.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    write_sums(copy)
    report = check_release(copy, project=project)
    assert not [i for i in report if i.code == "release.agreement"]
    assert [i.location.file for i in report if i.code == "release.edited"] == ["agreement.json"]
