"""Pre-annotation 0.66.0, the place of a lead's act told by the next sentence.

The press often gives an attack or an abduction in a unit (or nowhere) and tells in the
next sentence where it struck, with an act of its own ("Les camions ont été pris pour
cible sur l'axe ...") or along a stretch ("entre Markala et Niono, à une dizaine de
kilomètres de Markala"): the lead's act takes that finer place. Another episode told
next ("Dans une autre attaque", a day of its own) keeps its place to itself. Each
sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _places(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The texts linked as the place of the event triggered by ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["location"]
        and spans[r["from_id"]]["text"] == trigger
    )


# The lead's act told again in detail by the next sentence's own act.


def test_an_abduction_takes_the_road_of_the_interception_told_next(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Deux éleveurs enlevés",
        "Deux éleveurs ont été enlevés jeudi par des hommes armés dans le cercle de "
        "Tominian, selon des sources locales. Leur charrette a été arrêtée sur l'axe "
        "Tominian-San, à une vingtaine de kilomètres de Tominian.",
        town="Ségou",
    )
    places = _places(annotator, doc, "enlevés")
    assert "l'axe Tominian-San" in places, places


def test_an_unplaced_attack_takes_the_place_of_the_blast_told_next(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Un convoi attaqué",
        "Sept soldats ont été tués lundi dans l'attaque d'un convoi qui se rendait à "
        "Djibo, ont indiqué des sources sécuritaires. Le convoi a d'abord été touché par "
        "un engin explosif sur l'axe Namssiguia-Djibo, à une quinzaine de kilomètres de "
        "Djibo.",
        town="Ouagadougou",
    )
    places = _places(annotator, doc, "attaque")
    assert "l'axe Namssiguia-Djibo" in places, places


# A stretch told by the next sentence, with the distance from one end.


def test_a_killing_in_a_region_takes_the_stretch_told_next(annotator: Preannotator) -> None:
    doc = titled_document(
        "Des bergers tués",
        "Quatre bergers ont été tués et trois autres enlevés mercredi dans la région de "
        "Ségou, selon un élu local. Les bergers ont été surpris entre Markala et Niono, à "
        "une dizaine de kilomètres de Markala, alors qu'ils abreuvaient leurs bêtes.",
        town="Bamako",
    )
    for trigger in ("tués", "enlevés"):
        places = _places(annotator, doc, trigger)
        assert places == ["Markala", "Niono"], (trigger, places)


def test_a_kidnapping_is_where_the_attack_of_its_sentence_was(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked a convoy of lorries on Tuesday, killing a driver and kidnapping "
        "two of his colleagues, officials said. The lorries came under fire on the road "
        "between Agadez and Arlit, about 50 km north of Agadez, a local official said."
    )
    attack = _places(annotator, doc, "attacked")
    assert attack, attack
    assert _places(annotator, doc, "kidnapping") == attack


# Traps: another episode told next keeps its place.


def test_another_attack_told_next_keeps_its_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un poste attaqué",
        "Des hommes armés ont attaqué lundi un poste de gendarmerie dans la province du "
        "Soum, tuant un gendarme. Dans une autre attaque, des bandits ont enlevé un "
        "commerçant à Djibo.",
        town="Ouagadougou",
    )
    places = _places(annotator, doc, "attaqué")
    assert "Djibo" not in places, places


def test_an_act_of_another_day_told_next_keeps_its_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un car attaqué",
        "Des hommes armés ont attaqué lundi un car de voyageurs dans la région de Mopti, "
        "blessant quatre passagers. Mercredi, des bandits ont enlevé deux chauffeurs à "
        "Sévaré.",
        town="Bamako",
    )
    places = _places(annotator, doc, "attaqué")
    assert "Sévaré" not in places, places


# A coup told as a backdrop: the country its clause names, not a carried town.


def test_a_coup_is_in_the_country_named_after_it(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deux radios suspendues",
        "Le gouvernement a suspendu mardi deux radios privées à Zinder. Depuis le coup "
        "d'État de juillet 2023 au Niger, plusieurs médias ont été fermés.",
        town="Niamey",
    )
    places = _places(annotator, doc, "coup d'État")
    assert places == ["Niger"], places


def test_a_coup_governing_the_opening_country_is_there(annotator: Preannotator) -> None:
    doc = titled_document(
        "Une chaîne suspendue",
        "Les autorités ont suspendu lundi une chaîne de télévision à Kayes. Le Mali, "
        "dirigé par des militaires depuis le coup d'État d'août 2020, a aussi expulsé un "
        "journaliste.",
        town="Bamako",
    )
    places = _places(annotator, doc, "coup d'État")
    assert "Kayes" not in places, places
