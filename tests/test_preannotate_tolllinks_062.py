"""Pre-annotation 0.62.0, which event a casualty count goes to when an article tells
several acts and gives a toll after the second one.

A toll whose sentence names the act first ("The ambush near Ménaka killed six soldiers")
goes with the event that act joined, not with the act told last; an English noun after
"the" and the word of its target ("in the market raid") refers back like "the raid", a
word of four letters ("raid") matching the verb told before ("raided"); "le bilan des
tirs sur le poste" names the act a count in a sentence without an act of its own is of.
The attackers' dead counted by the defending forces ("Soldiers killed 30 of the
attackers") are the attack's (codebook, casualties: "The dead of the attackers are
casualties of the same event"), not an army operation of its own nor the strike on the
fleeing column told after them in the sentence. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_061 import events_with_tolls


def _tolls_of(events: list[tuple[str, list[str]]], word: str) -> list[str]:
    """The casualties of the first event whose trigger starts with ``word``."""
    return next(tolls for trigger, tolls in events if trigger.lower().startswith(word))


def test_the_ambush_named_again_with_its_toll_after_a_second_attack(
    annotator: Preannotator,
) -> None:
    body = (
        "Militants ambushed an army patrol near Menaka on Tuesday. Later that day, "
        "another group attacked a checkpoint in Anderamboukane, killing two guards. The "
        "ambush near Menaka killed six soldiers, an officer said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "ambushed") == ["killed 6"]
    assert ["killed 6"] not in [tolls for trigger, tolls in events if trigger != "ambushed"]


def test_the_market_raid_is_the_raid_told_before(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a gendarmerie post in Kantchari on Friday. On the same day, "
        "bandits raided a cattle market in Diapaga. Four herders died in the market raid, "
        "residents said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "raided") == ["killed 4"]
    assert _tolls_of(events, "attacked") == []


def test_the_village_attack_toll_stays_with_the_attack(annotator: Preannotator) -> None:
    # Guard: a compound after "the" names the act told by its word.
    body = (
        "Gunmen attacked the village of Dolbel on Sunday. Soldiers later clashed with "
        "bandits near Tera. Seven civilians died in the village attack, a local official "
        "said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "attacked") == ["killed 7"]


def test_the_toll_of_the_shooting_named_by_bilan_des(annotator: Preannotator) -> None:
    body = (
        "Le poste de gendarmerie de Boulsa a été la cible de tirs dans la nuit de lundi à "
        "mardi. Mardi matin, des hommes armés ont attaqué un convoi près de Tougouri.\n"
        "Le bilan des tirs sur le poste fait état de trois gendarmes blessés, selon une "
        "source sécuritaire."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "cible de tirs") == ["injured 3"]
    assert _tolls_of(events, "attaqué") == []


def test_the_attackers_killed_by_the_defenders_are_the_attack_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Jihadist fighters stormed an army base in the Tahoua region on Sunday, killing "
        "nine soldiers, the defence ministry said.\nTroops killed 30 of the attackers and "
        "seized weapons, the ministry said, adding that jets struck the retreating column "
        "as it fled north."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "stormed") == ["killed 30", "killed 9"]
    assert all("killed 30" not in tolls for trigger, tolls in events if trigger != "stormed")


def test_an_army_operation_the_next_day_keeps_its_own_toll(annotator: Preannotator) -> None:
    # Guard: the army's own operation, with a toll of "terrorists", stays apart.
    body = (
        "Des hommes armés ont attaqué samedi le poste de Koutougou, tuant quatre "
        "gendarmes.\nL'armée a annoncé lundi avoir neutralisé une vingtaine de terroristes "
        "lors d'une opération dans la forêt de Djibo."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "attaqué") == ["killed 4"]


def test_the_army_s_own_losses_are_the_toll_of_the_attack(annotator: Preannotator) -> None:
    body = (
        "Le JNIM a revendiqué jeudi l'attaque menée mardi contre le camp de Dioura, "
        "affirmant avoir tué une trentaine de soldats.\nL'armée malienne, de son côté, fait "
        "état de huit militaires tués et de quinze terroristes neutralisés."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "attaque") == ["killed 15", "killed 30", "killed 8"]
    assert len([trigger for trigger, _ in events if trigger != "revendiqué"]) == 1


def test_the_day_of_the_army_s_report_is_no_other_happening(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont attaqué mardi le camp militaire de Hombori.\nL'armée malienne "
        "a fait état mercredi de six militaires tués et de douze terroristes neutralisés."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("attaqué", ["killed 12", "killed 6"])]


def test_hostages_found_dead_are_not_the_abduction_s_count(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé samedi cinq bergers près de Tessit.\nDeux d'entre eux "
        "ont été retrouvés morts mardi, selon des proches."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "enlevé") == ["abducted 5"]


def test_an_attack_repelled_in_a_statement_then_its_toll(annotator: Preannotator) -> None:
    body = (
        "The army said in a statement on Monday that it had repelled an attack on its post "
        "in Arbinda. The attack killed 35 militants and three soldiers, the statement said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert events == [("attack", ["killed 3", "killed 35"])]


def test_two_figures_told_respectively_are_two_counts(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi les villages de Tawori et de Kabonga, faisant "
        "respectivement sept et trois morts parmi les habitants."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "attaqué") == ["killed 3", "killed 7"]


def test_a_compound_number_before_respectively_stays_one_count() -> None:
    # Guard: "vingt et un" is one figure.
    text = "Les deux attaques ont fait vingt et un morts et neuf blessés, respectivement."
    counts = [(c.kind, c.count) for c in find_casualties(text)]
    assert ("killed", "21") in counts
