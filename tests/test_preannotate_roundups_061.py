"""Pre-annotation 0.61.0, a roundup's acts one event per item.

A security roundup names several acts in a head sentence ("Plusieurs attaques ont visé le
centre du pays ce week-end", "At least 20 people were killed in several attacks over the
weekend", "Une ONG signale plusieurs enlèvements") and then tells them in short items,
each opening with its place or its day. The codebook codes each act told on its own: the
head is no event of its own, so the items keep their own places, days and tolls instead
of being merged onto its one suggestion. A head told as the background of another act
("après plusieurs attaques") and a head whose acts are told in one sentence only stay.
Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_060 import _events, _tolls


def _triggers(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    """The suggested events' trigger texts, in text order (repeated words kept)."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    regions = sorted((r.start, r.end) for r in ann.regions.values() if r.control == "event")
    return [text[s:e] for s, e in regions]


def _places(events: dict[str, dict[str, list[tuple[str, str]]]], trigger: str) -> list[str]:
    assert trigger in events, sorted(events)
    return [text for text, _ in events[trigger].get(str(Role.LOCATION), [])]


def test_a_roundup_head_gives_way_to_items_opened_by_their_place(
    annotator: Preannotator,
) -> None:
    # Before 0.61.0 "attaques" stayed an event beside the two acts it names.
    body = (
        "Plusieurs attaques ont visé le centre du pays ce week-end, selon des sources "
        "locales.\nÀ Bandiagara, des hommes armés ont incendié une dizaine de greniers "
        "samedi soir. À Bankass, deux civils ont été tués dimanche matin par des "
        "individus à moto."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert "attaques" not in events
    assert _places(events, "incendié") == ["Bandiagara"]
    assert _places(events, "tués") == ["Bankass"]
    assert _tolls(events, "tués") == ["killed 2"]


def test_an_ngo_note_head_does_not_absorb_its_first_item(annotator: Preannotator) -> None:
    # Before 0.61.0 the first abduction was merged onto "enlèvements" of the head.
    body = (
        "Une ONG locale signale plusieurs enlèvements dans la région de Tombouctou.\n"
        "À Goundam, deux agents de santé ont été enlevés lundi. À Niafunké, un élu "
        "communal a été kidnappé jeudi par des hommes armés."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert "enlèvements" not in events
    assert _places(events, "enlevés") == ["Goundam"]
    assert _tolls(events, "enlevés") == ["abducted 2"]
    assert _places(events, "kidnappé") == ["Niafunké"]


def test_days_opening_the_items_also_tell_them_apart(annotator: Preannotator) -> None:
    body = (
        "Trois enlèvements ont été signalés dans la province du Lac, selon une source "
        "humanitaire.\nLundi, un infirmier a été enlevé à Bol. Mercredi, deux pêcheurs "
        "ont été kidnappés près de Baga Sola."
    )
    events = _events(annotator, titled_document("Titre", body, "N'Djamena"))
    assert "enlèvements" not in events
    assert _tolls(events, "enlevé") == ["abducted 1"]
    assert _tolls(events, "kidnappés") == ["abducted 2"]


def test_an_english_weekend_sum_leaves_the_items_their_tolls(annotator: Preannotator) -> None:
    # Before 0.61.0 "attacks" was an event with the sum of 20 dead.
    body = (
        "At least 20 people were killed in several attacks over the weekend in western "
        "Niger.\nIn Anzourou, gunmen killed twelve villagers on Saturday. In Banibangou, "
        "eight soldiers died on Sunday when their patrol was ambushed."
    )
    events = _events(annotator, english_document(body))
    assert "attacks" not in events
    assert all("killed 20" not in _tolls(events, trigger) for trigger in events)


def test_an_army_report_of_several_strikes_keeps_each_strike(
    annotator: Preannotator,
) -> None:
    # Before 0.61.0 Thursday's strike was merged onto the head's "air strikes".
    body = (
        "The Nigerien army carried out several air strikes against militant hideouts in "
        "the Tillabéri region, the defence ministry said on Sunday.\nOn Thursday, a "
        "strike destroyed a logistics base near Abala. On Friday, another strike killed "
        "about fifteen militants near Banibangou."
    )
    assert _triggers(annotator, english_document(body)) == ["strike", "strike"]


def test_a_series_told_as_background_leaves_the_ambush(annotator: Preannotator) -> None:
    body = (
        "Dix soldats ont été tués lundi dans une embuscade près de Djibo.\nL'attaque "
        "intervient après plusieurs attaques contre des convois dans la province du Soum. "
        "Le 12 mars, un convoi avait été visé près d'Arbinda. Le 20 mars, des camions "
        "avaient été incendiés sur l'axe Djibo-Namsiguia."
    )
    events = _events(annotator, titled_document("Titre", body, "Djibo"))
    assert _tolls(events, "embuscade") == ["killed 10"]


def test_acts_told_in_one_sentence_keep_the_head(annotator: Preannotator) -> None:
    body = (
        "Plusieurs attaques ont visé mardi le village de Tori, dans le cercle de Bankass."
        "\nLes assaillants ont incendié des greniers et tué cinq personnes, selon un élu."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert "attaques" in events


def test_a_count_before_a_participle_is_no_roundup_head(annotator: Preannotator) -> None:
    body = (
        "Trois civils ont été tués samedi à Tori et plusieurs greniers incendiés, selon "
        "un élu.\nDimanche, deux bergers ont été enlevés près de Ségué. Lundi, un poste "
        "de gendarmerie a été attaqué à Bankass."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert _tolls(events, "tués") == ["killed 3"]


def test_an_item_placed_further_south_is_another_attack_elsewhere(
    annotator: Preannotator,
) -> None:
    # Before 0.61.0 the police post's attack was merged onto the one at Téra.
    body = (
        "Des hommes armés ont attaqué mardi un poste de gendarmerie à Téra, tuant deux "
        "gendarmes. Plus au sud, des assaillants ont attaqué un poste de police, blessant "
        "un agent."
    )
    assert _triggers(annotator, titled_document("Titre", body, "Niamey")) == [
        "attaqué",
        "attaqué",
    ]


def test_an_item_told_in_another_incident_takes_no_place_before(
    annotator: Preannotator,
) -> None:
    # Before 0.61.0 the two herders were placed at Dioura, the item told before.
    body = (
        "Mardi, des hommes armés ont tué quatre civils à Dioura, selon des élus locaux. "
        "Dans un autre incident, deux bergers ont été tués par des individus non "
        "identifiés."
    )
    events = _events(annotator, titled_document("Titre", body, "Ségou"))
    assert _places(events, "tué") == ["Dioura"]
    assert _places(events, "tués") == []


def test_the_head_hands_its_actor_to_items_without_one(annotator: Preannotator) -> None:
    # Before 0.61.0 only the strike merged onto the head had the army as its actor.
    body = (
        "The Nigerien army carried out several air strikes against militant hideouts in "
        "the Tillabéri region, the defence ministry said on Sunday.\nOn Thursday, a "
        "strike destroyed a logistics base near Abala. On Friday, another strike killed "
        "about fifteen militants near Banibangou."
    )
    events = _events(annotator, english_document(body))
    # Both strikes (one key, the same word): each with the army.
    actors = [t for t, _ in events["strike"].get(str(Role.ACTOR), [])]
    assert actors == ["Nigerien army", "Nigerien army"]


def test_an_air_strike_item_takes_no_actor_from_a_head_of_attacks(
    annotator: Preannotator,
) -> None:
    body = (
        "Des jihadistes ont mené plusieurs attaques ce week-end dans le cercle de "
        "Djenné, selon des élus.\nSamedi, trois civils ont été tués à Kouakourou. "
        "Dimanche, une frappe aérienne a tué une dizaine d'assaillants près de Sofara."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert [t for t, _ in events["tués"][str(Role.ACTOR)]] == ["Des jihadistes"]
    assert str(Role.ACTOR) not in events["frappe aérienne"]


def test_a_head_hands_on_no_actor_it_took_from_its_first_item(
    annotator: Preannotator,
) -> None:
    # The head names no author: the armed men of the first item did that item only. Two
    # rules of 0.61.0 met here (an attack takes the armed men opening the next sentence;
    # a head hands its actor to its items) and gave them the other items as well.
    body = (
        "Au moins quatre attaques contre des écoles ont été recensées entre le 3 et le 9 "
        "mars dans la province du Bam, selon un rapport publié lundi par une ONG.\n"
        "Selon le rapport, des hommes armés ont incendié dans la nuit du 3 au 4 mars "
        "l'école primaire de Rollo. Le 6 mars, deux salles de classe ont été pillées "
        "dans un village de la commune de Kongoussi. Le 9 mars enfin, un véhicule de "
        "l'inspection a sauté sur une mine sur l'axe Kongoussi-Tikaré."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert [t for t, _ in events["incendié"][str(Role.ACTOR)]] == ["des hommes armés"]
    assert str(Role.ACTOR) not in events["pillées"]
    assert str(Role.ACTOR) not in events["sauté sur une mine"]
