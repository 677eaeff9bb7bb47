"""The fatalities rule and the actor types of codebook 1.1.0, as a researcher reads them
in the tables: the best estimate of a vague or ranged toll is its low end, alternative
tolls of one side are not added up, and an unidentified actor's ``actor_type`` reaches
``events_flat``. The codebook of release 1.0.0 (its own copy) keeps the earlier figures.

The articles below are written for these tests; they report no real event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sahel_events.codebook import Codebook, load_codebook, load_project_codebook
from sahel_events.compile import CompiledDataset, compile_dataset
from sahel_events.fatalities import Count, casualty_figures, killed_figures
from sahel_events.ingest import Document
from sahel_events.values import CountRange
from tests.lsexport import Regions, annotation, make_document, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]
CODEBOOK_1_0_0 = REPO / "build" / "1.0.0" / "schema" / "codebook.yaml"

AMBUSH = (
    "Mopti, 6 août 2025 - Au moins une dizaine de soldats ont été tués mardi dans une "
    "embuscade près de Boni. Des dizaines d'assaillants ont péri, selon l'armée, et "
    "plusieurs civils ont été tués par des balles perdues. Un élu local parle de 14 "
    "militaires tués."
)
RAID = (
    "Niamey, 9 August 2025 - Gunmen killed between 20 and 30 villagers and three "
    "policemen in Tillia on Monday, the mayor said. Volunteers of the VDP chased them."
)


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


@pytest.fixture(scope="module")
def old_codebook() -> Codebook:
    return load_codebook(CODEBOOK_1_0_0, "build/1.0.0/schema/codebook.yaml")


def _killed(r: Regions, rid: str, span: str, qualifier: str, count: str, side: str) -> None:
    r.entity(
        rid,
        "CASUALTY",
        span,
        casualty_kind=["killed"],
        casualty_qualifier=[qualifier],
        casualty_side=[side],
        norm_count=count,
    )


def ambush_regions(doc: Document) -> Regions:
    r = Regions(doc.text)
    r.event("emb", "ASSAULT", "embuscade", mode_assault=["firearms"], contexts=["military"])
    _killed(r, "c1", "Au moins une dizaine de soldats", "at-least", "10", "state-forces")
    _killed(r, "c2", "Des dizaines d'assaillants", "vague", "20-99", "non-state-armed")
    _killed(r, "c3", "plusieurs civils", "vague", "2-9", "civilians")
    # The same soldiers counted by another source: an alternative toll, not 14 more.
    _killed(r, "c4", "14 militaires", "exact", "14", "state-forces")
    for c in ("c1", "c2", "c3", "c4"):
        r.relation("emb", c, "casualties")
    return r


def raid_regions(doc: Document) -> Regions:
    r = Regions(doc.text)
    r.event("raid", "ASSAULT", "killed", mode_assault=["firearms"], contexts=["military"])
    r.entity("gun", "PER", "Gunmen", actor_type=["political-militia"])
    r.entity("vil", "PER", "villagers", actor_type=["civilians"])
    _killed(r, "k1", "between 20 and 30 villagers", "approximate", "20-30", "civilians")
    _killed(r, "k2", "three policemen", "exact", "3", "state-forces")
    r.relation("raid", "gun", "actor").relation("raid", "vil", "recipient")
    r.relation("raid", "k1", "casualties").relation("raid", "k2", "casualties")
    # A registered actor whose type the annotator corrects for this one mention: the
    # registry says Political Militias, the text presents them as auxiliaries of the army.
    r.event("chase", "COERCE", "chased", mode_coerce=["arrest"], contexts=["military"])
    r.entity("vdp", "ORG", "VDP", norm_actor="vdp", actor_type=["state-forces"], sector=["militia"])
    r.entity("gun2", "PER", "them", actor_type=["political-militia"])
    r.relation("chase", "vdp", "actor").relation("chase", "gun2", "recipient")
    return r


def _compile(tmp_path: Path, codebook: Codebook) -> CompiledDataset:
    ambush = make_document("embuscade-boni", AMBUSH)
    raid = make_document("raid-tillia", RAID)
    tasks = [
        task(1, ambush, [annotation(21, 1, ambush_regions(ambush).items)]),
        task(2, raid, [annotation(22, 1, raid_regions(raid).items)]),
    ]
    path = write_snapshot(tmp_path / "annotations", "20261202T020000Z", tasks)
    return compile_dataset([ambush, raid], [path], codebook, tmp_path)


def _row(result: CompiledDataset, table: str, column: str, value: Any) -> dict[str, Any]:
    (row,) = [r for r in result.tables[table].to_pylist() if r[column] == value]
    return row


def _figures(row: dict[str, Any], prefix: str) -> tuple[Any, Any, Any]:
    return row[f"{prefix}_low"], row[f"{prefix}_best"], row[f"{prefix}_high"]


@pytest.fixture
def compiled(tmp_path: Path, codebook: Codebook) -> CompiledDataset:
    return _compile(tmp_path, codebook)


def test_each_count_has_the_best_estimate_the_codebook_gives(compiled: CompiledDataset) -> None:
    assert compiled.report.errors == []
    expected = {
        "Au moins une dizaine de soldats": (10, 10, None),  # at least ten: open above
        "Des dizaines d'assaillants": (20, 20, 99),  # dozens: best = the low end
        "plusieurs civils": (2, 2, 9),  # several: best = the low end
        "14 militaires": (14, 14, 14),  # exact
        "between 20 and 30 villagers": (20, 20, 30),  # a stated range: its low end
        "three policemen": (3, 3, 3),
    }
    for text, figures in expected.items():
        assert _figures(_row(compiled, "mentions", "text", text), "casualty") == figures, text


def test_an_events_deaths_add_up_sides_and_keep_alternative_tolls_apart(
    compiled: CompiledDataset,
) -> None:
    ambush = _row(compiled, "events", "trigger_text", "embuscade")
    # Soldiers: "at least ten" and "14" are two tolls of the same dead; the exact one
    # gives the best estimate (14), the lowest low (10) stays, and "at least" is open.
    # Attackers: dozens (20-99); civilians: several (2-9). Sides are added up.
    assert _figures(ambush, "killed") == (10 + 20 + 2, 14 + 20 + 2, None)
    assert (ambush["killed_civilians_best"], ambush["killed_combatants_best"]) == (2, 34)
    raid = _row(compiled, "events", "trigger_text", "killed")
    assert _figures(raid, "killed") == (23, 23, 33)
    assert (raid["killed_civilians_best"], raid["killed_combatants_best"]) == (20, 3)
    flat = _row(compiled, "events_flat", "event_id", ambush["event_id"])
    assert _figures(flat, "killed") == (32, 36, None)


def test_unidentified_actors_take_their_actor_type_in_the_flat_view(
    compiled: CompiledDataset,
) -> None:
    raid = _row(compiled, "events", "trigger_text", "killed")
    flat = _row(compiled, "events_flat", "event_id", raid["event_id"])
    assert (flat["actor1"], flat["actor1_id"], flat["actor1_type"]) == (
        "Gunmen",
        None,
        "Political Militias",
    )
    assert (flat["actor2"], flat["actor2_id"], flat["actor2_type"]) == (
        "villagers",
        None,
        "Civilians",
    )


def test_a_mentions_actor_type_wins_over_the_registrys(compiled: CompiledDataset) -> None:
    actors = {a["actor_id"]: a for a in compiled.tables["actors"].to_pylist()}
    assert actors["vdp"]["acled_actor_type"] == "Political Militias"
    chase = _row(compiled, "events", "trigger_text", "chased")
    flat = _row(compiled, "events_flat", "event_id", chase["event_id"])
    # The annotator corrected the registry's type for this mention (decision rule
    # "actor types"): the flat view follows the mention.
    assert (flat["actor1_id"], flat["actor1_type"]) == ("vdp", "State Forces")
    assert flat["actor2_type"] == "Political Militias"


def test_codebook_1_0_0_keeps_the_figures_and_types_its_release_published(
    tmp_path: Path, old_codebook: Codebook
) -> None:
    """A release is rebuilt with its own codebook copy: 1.0.0 declares no estimates and
    no ACLED mapping of actor_type, so ranges have no best estimate, every killed count
    is added up and unidentified actors have no type."""
    old = _compile(tmp_path, old_codebook)
    assert _figures(_row(old, "mentions", "text", "plusieurs civils"), "casualty") == (
        2,
        None,
        9,
    )
    ambush = _row(old, "events", "trigger_text", "embuscade")
    assert _figures(ambush, "killed") == (10 + 20 + 2 + 14, None, None)
    raid = _row(old, "events", "trigger_text", "killed")
    flat = _row(old, "events_flat", "event_id", raid["event_id"])
    assert (flat["actor1"], flat["actor1_type"]) == ("Gunmen", None)
    chase = _row(old, "events", "trigger_text", "chased")
    flat = _row(old, "events_flat", "event_id", chase["event_id"])
    assert flat["actor1_type"] == "Political Militias"


@pytest.mark.parametrize(
    ("count", "qualifier", "expected"),
    [
        (CountRange(10, 10), "at-least", (10, 10, None)),  # "au moins une dizaine"
        (CountRange(20, 99), "vague", (20, 20, 99)),  # "des dizaines"
        (CountRange(2, 9), "vague", (2, 2, 9)),  # "plusieurs"
        (CountRange(20, 30), "approximate", (20, 20, 30)),  # "between 20 and 30"
        (CountRange(12, 12), "exact", (12, 12, 12)),  # "12 morts"
        (CountRange(20, 20), "approximate", (None, 20, None)),  # "une vingtaine"
        (CountRange(5, 5), "vague", (None, 5, None)),  # a vague count typed as one figure
        (CountRange(15, 20), "at-least", (15, 15, None)),
        (None, "vague", (None, None, None)),  # "de nombreuses victimes": no figure
    ],
)
def test_casualty_figures_under_codebook_1_1_0(
    codebook: Codebook,
    count: CountRange | None,
    qualifier: str,
    expected: tuple[int | None, ...],
) -> None:
    assert casualty_figures(count, qualifier, codebook.estimates) == expected


def test_alternative_tolls_take_the_most_precise_wording_and_the_lowest_among_equals(
    codebook: Codebook,
) -> None:
    def count(figures: tuple[int | None, int | None, int | None], q: str) -> Count:
        return Count(figures, q, "civilians")

    approx = count((None, 40, None), "approximate")  # "une quarantaine"
    vague = count((20, 20, 99), "vague")  # "des dizaines"
    assert killed_figures([approx, vague], codebook.estimates) == (None, 40, None)
    exact = [count((12, 12, 12), "exact"), count((9, 9, 9), "exact")]
    assert killed_figures(exact, codebook.estimates) == (9, 9, 12)
    # Counts without a side (invalid under 1.1.0) are not merged: added up as before.
    sideless = [Count((3, 3, 3), "exact", None), Count((4, 4, 4), "exact", None)]
    assert killed_figures(sideless, codebook.estimates) == (7, 7, 7)
