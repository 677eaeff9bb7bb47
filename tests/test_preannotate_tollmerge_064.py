"""Pre-annotation 0.64.0, counts found but linked to no event, to the wrong one, or read
with the wrong kind.

A count told in a clause that only points back at the attack ("... portés disparus
depuis l'attaque") goes with the attack, though the clause's people and places stay its
verb's. An English contrast at another place with no word the lexicon knows as an act
("while in Ayorou three fishermen died") is an act of its own on the count's outcome
word, even without a parse, and keeps its count. The captives "faire" makes ("a fait
une quinzaine de prisonniers", "fait trois otages") and the captured after their count
("huit autres capturés") are abducted (codebook: captured combatants, hostages); the
wounded who died ("Plusieurs blessés graves ont succombé") are no count of wounded.
Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_062 import _tolls


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    """Each count found in ``text``: its span, kind and figure."""
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


def _tolls_by_event(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, list[str]]:
    """The sorted "kind count" of each suggested event's casualties, by trigger text."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    out: dict[str, list[str]] = {
        text[r.start : r.end]: [] for r in ann.regions.values() if r.is_event
    }
    for rel in ann.relations:
        arg, event = ann.regions.get(rel.to_id), ann.regions.get(rel.from_id)
        if arg is None or event is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        out[text[event.start : event.end]].append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    return {k: sorted(v) for k, v in out.items()}


# A count in a clause that points back at the attack.


def test_the_missing_since_the_attack_are_the_attacks(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un minibus près de Douentza, tuant quatre "
        "passagers. Deux autres passagers sont portés disparus depuis l'attaque, selon un élu."
    )
    # Before 0.64.0 the two missing were linked to nothing.
    assert _tolls(annotator, titled_document("Douentza", body)) == ["abducted 2", "killed 4"]


def test_a_clause_since_the_attack_gives_no_arrest_count(annotator: Preannotator) -> None:
    # A guard: people arrested since the attack are another act's, not the attack's toll.
    body = (
        "Des hommes armés ont attaqué lundi le marché de Konna, tuant trois commerçants. "
        "Plusieurs suspects ont été interpellés depuis l'attaque, selon la gendarmerie."
    )
    assert "arrested 2-9" not in _tolls_by_event(annotator, titled_document("Konna", body)).get(
        "attaqué", []
    )


# An English contrast at another place, told by its toll.


def test_an_english_contrast_toll_is_an_act_of_its_own(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a market near Tillia on Sunday, killing five traders, while in "
        "Abala two herders died, officials said."
    )
    tolls = _tolls_by_event(annotator, english_document(body))
    # Before 0.64.0 the two dead were linked to nothing (no parse, no act at Abala).
    assert tolls.get("attacked") == ["killed 5"]
    assert tolls.get("died") == ["killed 2"]


# Captives and the wounded who died.


def test_prisoners_made_are_abducted() -> None:
    text = "La riposte de l'armée a fait une quinzaine de prisonniers parmi les assaillants."
    # Before 0.64.0 no count.
    assert _counts(text) == [("une quinzaine de prisonniers", "abducted", "15")]


def test_hostages_made_are_abducted_not_killed() -> None:
    text = "L'attaque du convoi a fait trois otages parmi les chauffeurs."
    # Before 0.64.0 three killed: the verb's kind, not the noun's.
    assert _counts(text) == [("trois otages", "abducted", "3")]


def test_others_captured_after_their_count_are_abducted() -> None:
    text = "Trois bergers ont été tués et six autres capturés par les assaillants."
    # Before 0.64.0 the six were not counted.
    assert _counts(text) == [
        ("Trois bergers", "killed", "3"),
        ("six autres capturés", "abducted", "6"),
    ]


def test_things_captured_are_no_count() -> None:
    # A guard: "capturés" is said of things too (the count must name people).
    assert _counts("Deux véhicules capturés ont été exposés à la presse.") == []


def test_the_badly_wounded_who_died_are_no_count_of_wounded() -> None:
    text = "Plusieurs blessés graves ont succombé à l'hôpital de Mopti."
    # Before 0.64.0 "Plusieurs blessés", injured 2-9.
    assert _counts(text) == []


def test_the_badly_wounded_still_in_hospital_are_wounded() -> None:
    # A guard: the adjective alone does not make the wounded dead.
    text = "Cinq blessés graves ont été évacués vers l'hôpital de Mopti."
    assert [(k, n) for _, k, n in _counts(text)] == [("injured", "5")]


def test_the_missing_not_found_are_abducted() -> None:
    text = "Trois femmes et deux enfants seraient toujours introuvables, selon un élu."
    # Before 0.64.0 no count.
    assert [(k, n) for _, k, n in _counts(text)] == [("abducted", "5")]


# A count told after a burning.


def test_a_count_after_a_burning_is_the_raids(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué dimanche six villageois à Dinangourou. Ils ont ensuite "
        "incendié le marché et plusieurs boutiques. Quatre jeunes filles restent introuvables."
    )
    tolls = _tolls_by_event(annotator, titled_document("Dinangourou", body))
    # Before 0.64.0 the four missing went to the burning (or to nothing).
    assert tolls.get("tué") == ["abducted 4", "killed 6"]
    assert tolls.get("incendié", []) == []


def test_a_burning_alone_keeps_its_count(annotator: Preannotator) -> None:
    # A guard: with no act on people before it, the count stays where it was linked.
    body = (
        "Des individus armés ont incendié dimanche le marché de Dinangourou. Trois "
        "commerçants ont été blessés, selon le maire."
    )
    assert _tolls(annotator, titled_document("Dinangourou", body)) == ["injured 3"]


def test_a_contrast_toll_goes_to_the_clause_own_act(annotator: Preannotator) -> None:
    body = (
        "Militants killed four farmers in Kiki on Monday, while in Sanam three traders "
        "died when their truck was ambushed, the prefect said."
    )
    tolls = _tolls_by_event(annotator, english_document(body))
    # Before 0.64.0 the three dead were linked to nothing: the killing at Kiki took
    # them, then lost them to the contrast.
    assert tolls.get("killed") == ["killed 4"]
    assert tolls.get("ambushed") == ["killed 3"]


# Ordnance neutralised and bodies not found (added by the lead after the merge).


def test_explosive_devices_neutralised_are_no_dead() -> None:
    text = "Une patrouille a neutralisé deux engins explosifs improvisés sur l'axe Boni-Douentza."
    # Before 0.64.0 two killed: "neutraliser" is said of ordnance as of fighters.
    assert _counts(text) == []


def test_english_devices_neutralised_are_no_dead_but_fighters_are() -> None:
    text = "Troops neutralised three IEDs near Ansongo and neutralised eleven fighters."
    assert _counts(text) == [("eleven fighters", "killed", "11")]


def test_fighters_neutralised_beside_ordnance_are_still_dead() -> None:
    # Guard: ordnance named after the count's own noun does not undo it.
    text = "L'armée a neutralisé douze terroristes, des engins explosifs et des motos."
    assert _counts(text) == [("douze terroristes", "killed", "12")]


def test_bodies_that_cannot_be_found_are_no_one_taken() -> None:
    text = "Quatre bergers ont été tués à Gossi. Les corps de deux victimes sont introuvables."
    # The rule of 0.64.0 on the missing ("seraient introuvables") read them as abducted.
    assert all(kind != "abducted" for _, kind, _ in _counts(text))


def test_bodies_found_are_still_the_dead() -> None:
    # Guard: the bodies of people found are a count of dead, as before.
    assert _counts("The bodies of nine herders were found near Tessit.") == [
        ("nine herders", "killed", "9")
    ]
