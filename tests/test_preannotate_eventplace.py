"""Where an event happened when its sentence does not say, or says it of something else
(pre-annotation 0.7.0, ``preannotate/eventplace.py``): anaphors, vague areas, events at
several places, offices, origins and destinations, later sentences, other clauses."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, predict


def places(annotator: Preannotator, body: str) -> dict[str, list[str]]:
    """Trigger text -> the places suggested as its location."""
    events = predict(annotator, "Titre", body)["events"]
    return {t: e["args"].get("location", []) for t, e in events.items()}


def test_sur_place_is_where_the_event_before_happened(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des hommes armés ont attaqué mardi la base militaire de Chinégodar, a annoncé le "
        "ministère de la Défense.\nLe gouverneur de Tillabéri s'est rendu sur place mercredi.",
    )
    assert got["attaqué"] == ["Chinégodar"]
    # The visit is at the base, not in the governor's region.
    assert got["rendu"] == ["Chinégodar"]


def test_events_at_two_places_give_a_later_event_no_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des hommes armés ont attaqué mercredi un détachement militaire à Thiou, tandis qu'un "
        "autre groupe prenait d'assaut le poste de gendarmerie de Titao.\nL'armée a dépêché "
        "jeudi des renforts venus de Ouahigouya.",
    )
    assert got["attaqué"] == ["Thiou"]
    # The other clause's act has its own place; the reinforcements' origin is no place,
    # and which of the two towns they went to the article does not say.
    assert "Thiou" not in got["prenait d'assaut"]
    assert any("Titao" in p for p in got["prenait d'assaut"])
    assert got["dépêché"] == []


def test_an_event_in_one_place_carries_it_but_not_into_a_vague_area(
    annotator: Preannotator,
) -> None:
    one = "Des hommes armés ont attaqué mercredi un détachement militaire à Thiou."
    got = places(annotator, one + "\nL'armée a dépêché jeudi des renforts.")
    assert got["dépêché"] == ["Thiou"]
    got = places(annotator, one + "\nL'armée a dépêché jeudi des renforts dans la zone.")
    assert got["dépêché"] == []


def test_the_place_of_an_office_is_not_where_the_event_happened(
    annotator: Preannotator,
) -> None:
    got = places(annotator, "Les autorités de Ménaka ont instauré lundi un couvre-feu nocturne.")
    assert got["couvre-feu"] == []
    got = places(
        annotator,
        "Les autorités de Ménaka ont instauré lundi un couvre-feu nocturne à Andéramboukane.",
    )
    assert got["couvre-feu"] == ["Andéramboukane"]


def test_a_place_told_after_the_event_sentence_is_not_its_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont incendié jeudi des greniers et du bétail. Les blessés ont été "
        "soignés à Bandiagara.",
    )
    assert got["incendié"] == []


def _english(annotator: Preannotator, body: str) -> dict[str, Any]:
    result = next(annotator.predict([english_document(body)])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    located: dict[str, list[str]] = {}
    for i in result:
        if i.get("type") == "relation" and i["labels"] == ["location"]:
            located.setdefault(spans[i["from_id"]]["text"], []).append(spans[i["to_id"]]["text"])
    entities = [v["text"] for v in spans.values() if v["labels"][0] in ("GPE", "LOC")]
    events = [
        v["text"]
        for i, v in spans.items()
        if any(r.get("from_name") == "event" and r["id"] == i for r in result)
    ]
    return {"located": located, "places": entities, "events": events}


def test_english_destinations_offices_and_sentence_initial_words(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator,
        "Gunmen killed eleven villagers on Thursday near Bankass. No group has claimed the "
        "attack.\nThe wounded were taken to the hospital in Bandiagara, and the governor of "
        "Mopti ordered an investigation.",
    )
    assert "No" not in got["places"]  # a common word opening a sentence, not a town
    # One event, anchored where it is first told (since 0.11.0: "killed", not the
    # later "attack", which joins it).
    assert got["located"]["killed"] == ["Bankass"]
    assert "attack" not in got["located"]
    # Where the wounded were taken, and the governor's region, are no event's place.
    assert all(p not in ("Bandiagara", "Mopti") for where in got["located"].values() for p in where)


def test_english_place_of_an_earlier_participle_is_not_the_later_acts(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator,
        "An aid worker abducted near Djibo in July was released on Tuesday, his employer said.",
    )
    assert "Djibo" in got["places"] and "released" in got["events"]
    assert "Djibo" not in got["located"].get("released", [])


def test_people_named_by_where_they_work_act_there(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des centaines de commerçants du grand marché de Kati ont observé lundi une grève "
        "contre la hausse des taxes.",
    )
    assert got["grève"] == ["Kati"]


def test_english_where_attackers_came_from_is_no_place(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "Gunmen attacked an army convoy on Sunday near Bosso.\nThe attackers, who had "
        "crossed from Nigeria, seized two pickup trucks before fleeing.",
    )
    assert "Nigeria" in got["places"]
    assert all("Nigeria" not in where for where in got["located"].values())


def test_a_place_after_the_attackers_noun_is_the_events_not_theirs(
    annotator: Preannotator,
) -> None:
    # Places and dates helper s18g8: the actor's phrase ran on over "sur une île proche
    # de Baga Sola" or "dans la zone de Pissila", which then was no place of its own,
    # and the province told after won.
    got = places(
        annotator,
        "Trois pêcheurs ont été tués samedi par des hommes armés sur une île proche de "
        "Bosso, dans la région de Diffa, selon des sources locales.",
    )
    assert any("Bosso" in p for p in got["tués"])


def test_a_name_taken_up_by_ou_is_a_place(annotator: Preannotator) -> None:
    # Places and dates helper s18g8: "Nous commençons par Bosso, où ..." read Bosso as a
    # person, and the abduction took the town of the next item.
    got = places(
        annotator,
        "Premier titre de ce journal : Bosso, où des combattants ont enlevé lundi trois "
        "bergers.\nÀ Mainé-Soroa, un camion a été incendié mardi sur la route nationale.",
    )
    assert got["enlevé"] == ["Bosso"]


def test_a_toll_word_beside_the_place_does_not_refuse_it_to_the_next_act(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Onze villageois ont été tués mardi lors de l'attaque du hameau de Dinangourou par "
        "des hommes armés, selon un conseiller communal.\nLes assaillants ont aussi "
        "incendié plusieurs boutiques du marché avant de s'enfuir.",
    )
    assert got["attaque"] == ["Dinangourou"]
    # The toll's "tués" took no place, but the attack of its sentence did: the next
    # paragraph's act of the same raid is there too.
    assert "Dinangourou" in got["incendié"]


def test_a_crowd_is_dispersed_and_arrested_where_it_demonstrates(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Les forces de l'ordre ont fait usage samedi de gaz lacrymogène contre des dizaines "
        "de commerçants qui protestaient devant la mairie de Sikasso contre une nouvelle taxe."
        " Plusieurs commerçants ont été interpellés.",
    )
    assert "Sikasso" in got["protestaient"]
    dispersal = next(t for t in got if t.startswith("gaz"))
    assert "Sikasso" in got[dispersal]
    assert "Sikasso" in got["interpellés"]


def test_the_same_area_is_as_vague_as_the_area(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Le bilan de l'attaque contre le poste militaire de Tessit est passé à douze soldats "
        "tués, a annoncé jeudi le gouvernement.\nDes assaillants lourdement armés avaient "
        "pris d'assaut le poste avant d'être repoussés.\nLe 3 octobre, un convoi était tombé "
        "dans une embuscade dans la même zone, sans faire de victimes.",
    )
    assert got["attaque"] == ["Tessit"]
    # "dans la même zone" may be wider than the post: no place rather than a guess.
    assert got["tombé dans une embuscade"] == []
