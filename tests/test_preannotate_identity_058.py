"""Pre-annotation 0.58.0, one suggestion per real event: a toll whose sentence names the
army as the killer ("l'armée a annoncé avoir neutralisé une dizaine de terroristes"),
told in a paragraph of its own after an armed group's raid, is the army's own operation,
not the raid's toll; an act told later with no word back does not join that operation;
a ransom demanded ("ont exigé une rançon", "une rançon aurait été réclamée") and the
release it is asked for are not suggested, as the corpus codes no ransom; arrests (or
abductions) of different people told in sentences of their own are two events, an
arrest told again of the same man one; "cette dissolution" names the dissolution told
before an arrest, not the arrest. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_territory import _events


def test_the_armys_own_toll_after_a_raid_is_its_own_event(annotator: Preannotator) -> None:
    body = (
        "Jeudi, des hommes armés ont fait irruption dans le village de Kelbo, tuant quatre "
        "civils.\nMardi dernier, l'armée a annoncé avoir neutralisé une quinzaine de "
        "terroristes dans la province du Soum."
    )
    found = _events(annotator, body, False)
    # Before 0.58.0 the army's toll joined the raid: one event, and the raid counted the
    # terrorists as its dead.
    assert "neutralisé" in found, found
    raid = next(t for t in found if t != "neutralisé")
    assert _role(annotator, body, raid, "casualties", False) == ["quatre civils"]
    assert _role(annotator, body, "neutralisé", "casualties", False) == [
        "une quinzaine de terroristes"
    ]


def test_a_later_act_does_not_join_the_armys_toll(annotator: Preannotator) -> None:
    body = (
        "Jeudi, des hommes armés ont fait irruption dans le village de Kelbo, tuant quatre "
        "civils.\nMardi dernier, l'armée a annoncé avoir neutralisé une quinzaine de "
        "terroristes dans la province du Soum.\nEnfin, samedi, une mine artisanale a blessé "
        "deux gendarmes près de Djibo."
    )
    found = _events(annotator, body, False)
    # The raid, the army's operation and the mine: three events.
    assert len(found) == 3, found
    assert _role(annotator, body, "neutralisé", "casualties", False) == [
        "une quinzaine de terroristes"
    ]


@pytest.mark.parametrize(
    ("body", "english"),
    [
        (
            "Un agent de santé a été enlevé samedi près de Ménaka par des hommes armés.\n"
            "Ses ravisseurs ont exigé une rançon pour sa libération, selon un proche.",
            False,
        ),
        (
            "Deux commerçants ont été enlevés lundi sur la route de Diffa.\nUne rançon "
            "aurait été réclamée à leurs familles.",
            False,
        ),
        (
            "Gunmen seized a village teacher near Bosso on Monday.\nThe kidnappers have "
            "demanded a ransom for the teacher's release, his brother said.",
            True,
        ),
    ],
)
def test_a_ransom_demand_is_not_suggested(
    annotator: Preannotator, body: str, english: bool
) -> None:
    found = _events(annotator, body, english)
    # Before 0.58.0 the demand was a REQUEST, and "sa libération" a RETREAT release
    # that never happened.
    assert [v["label"] for v in found.values()] == ["ASSAULT"], found


def test_arrests_of_different_people_are_two_events(annotator: Preannotator) -> None:
    body = (
        "La police a interpellé lundi un transporteur soupçonné de ravitailler des groupes "
        "armés, a appris notre correspondant.\nLes gendarmes ont arrêté un infirmier du "
        "centre de santé, accusé d'avoir relayé de fausses informations."
    )
    found = _events(annotator, body, False)
    # Before 0.58.0 the second arrest joined the first: one event, the infirmier lost.
    assert "interpellé" in found and "arrêté" in found, found
    assert _role(annotator, body, "arrêté", "casualties", False) == ["un infirmier"]


def test_an_arrest_told_again_of_the_same_man_stays_one(annotator: Preannotator) -> None:
    body = (
        "Le journaliste Idrissa Maïga a été interpellé mardi par des agents de la sûreté, "
        "selon sa rédaction.\nIdrissa Maïga a été arrêté à la sortie de son bureau."
    )
    found = _events(annotator, body, False)
    assert "interpellé" in found and "arrêté" not in found, found


def test_this_dissolution_points_past_an_arrest_to_the_dissolution(
    annotator: Preannotator,
) -> None:
    body = (
        "Le gouvernement a dissous jeudi l'association Tournons la page Sahel.\nSon "
        "président, Moussa Diallo, a été interpellé à son domicile.\nLa Ligue sahélienne "
        "des droits humains a qualifié vendredi cette dissolution d'abus de pouvoir."
    )
    # Before 0.58.0 "cette dissolution" joined the arrest, the act of its type told last,
    # and the league that judged the dissolution became the arrest's actor.
    assert _role(annotator, body, "interpellé", "actor", False) == []
