"""Pre-annotation 0.68.0, places that frame a sentence.

A place that opens its sentence as a locative frame ("À Niamey, le gouvernement a
rejeté", "À Sarh, la cour criminelle, réunie en session foraine, a condamné") is where
the first act of the main clause happened, however the parse hangs the fragment (it
often makes "À Niamey," a sentence of its own or joins it to the sentence before); not
an act reported after "que" nor an act named after the main verb. A unit or a country
that frames a roundup item ("Dans la région de Tahoua, ...", "Au Cameroun voisin, ...",
"In the Tahoua region, ...") gives way to the settlement the item then names, even
inside the phrase of another act ("des bandits qui venaient d'enlever du bétail près de
Tébaram"). A withdrawal from a body or an agreement ("ont quitté la CEDEAO", "leur retrait
de la Cour pénale internationale") takes no place. Each sentence is written for the
test. A lead that sketches an attack's place by an area and the site's kind ("l'attaque
d'un marché hebdomadaire du nord du Burkina Faso") takes the town the next sentence names
when it tells the act or its site again with a definite article ("L'attaque a visé le
marché de Tongomayel")."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _places(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The texts linked as the place of the event triggered by ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = [spans[i["id"]]["text"] for i in result if i.get("from_name") == "event"]
    assert trigger in events, events
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["location"]
        and spans[r["from_id"]]["text"] == trigger
    )


def _fr(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, "Dakar")


# A town opening the sentence frames its main clause.


def test_a_town_framing_a_denial_after_an_accusation_places_the_denial(
    annotator: Preannotator,
) -> None:
    body = (
        "Le ministre béninois de la Défense a accusé jeudi les autorités nigériennes de "
        "laisser prospérer des bases terroristes.\n"
        "À Niamey, le gouvernement a rejeté vendredi soir ces accusations, les qualifiant "
        "de diversion."
    )
    # Before 0.68.0 the parse hung "À Niamey" on the accusation: no place.
    assert _places(annotator, _fr(body), "rejeté") == ["Niamey"]


def test_a_town_framing_a_sentence_places_a_verdict(annotator: Preannotator) -> None:
    body = (
        "Le ministre béninois de la Défense a accusé jeudi les autorités nigériennes de "
        "laisser prospérer des bases terroristes.\n"
        "À Sarh, la cour criminelle a condamné mercredi sept jeunes à cinq ans de prison "
        "ferme."
    )
    assert _places(annotator, _fr(body), "condamné") == ["Sarh"]


def test_a_participle_between_commas_does_not_end_the_frame(annotator: Preannotator) -> None:
    body = (
        "Le ministre béninois de la Défense a accusé jeudi les autorités nigériennes de "
        "laisser prospérer des bases terroristes.\n"
        "À Sarh, la cour criminelle, réunie en session foraine, a condamné mercredi sept "
        "jeunes à cinq ans de prison ferme."
    )
    assert _places(annotator, _fr(body), "condamné") == ["Sarh"]


def test_a_frame_does_not_place_an_act_named_after_the_main_verb(
    annotator: Preannotator,
) -> None:
    # Guard: the attack condemned was near Djibo, not where the minister spoke.
    body = (
        "Une attaque a visé dimanche un convoi près de Djibo, faisant six morts.\n"
        "À Ouagadougou, le ministre de la Sécurité a condamné lundi l'attaque."
    )
    doc = _fr(body)
    assert _places(annotator, doc, "condamné") == ["Ouagadougou"]
    assert "Ouagadougou" not in _places(annotator, doc, "attaque")


# A unit or a country framing a roundup item gives way to the item's settlement.


def test_a_region_framing_an_item_gives_way_to_the_town_it_names(
    annotator: Preannotator,
) -> None:
    body = (
        "Voici les principaux faits de la semaine.\n"
        "Dans la région de Tahoua, des unités des FAN ont accroché le 27 novembre un "
        "groupe de bandits armés qui venaient d'enlever du bétail près de Tébaram."
    )
    # Before 0.68.0: the region.
    assert _places(annotator, _fr(body), "accroché") == ["Tébaram"]


def test_a_country_framing_an_item_gives_way_to_the_town_it_names(
    annotator: Preannotator,
) -> None:
    body = (
        "Voici les principaux faits de la semaine.\n"
        "Au Cameroun voisin, un soldat a été tué lundi lors de l'attaque d'un poste "
        "militaire à Fotokol."
    )
    places = _places(annotator, _fr(body), "attaque")
    assert "Cameroun" not in places
    assert "Fotokol" in places


def test_a_province_framing_a_lifted_curfew_gives_way_to_the_curfew_town(
    annotator: Preannotator,
) -> None:
    body = (
        "Voici les principaux faits de la semaine.\n"
        "Dans la province du Logone Occidental, le gouverneur a annoncé hier la levée du "
        "couvre-feu nocturne instauré le 9 octobre à Moundou."
    )
    # Before 0.68.0: the province.
    assert _places(annotator, _fr(body), "levée") == ["Moundou"]


def test_an_english_region_framing_an_item_gives_way_to_the_town_it_names(
    annotator: Preannotator,
) -> None:
    body = (
        "Here are the main incidents of the week.\n"
        "In the Tahoua region, army units clashed on 27 November with a group of bandits "
        "who had just stolen cattle near Tébaram."
    )
    assert _places(annotator, english_document(body), "clashed") == ["Tébaram"]


def test_a_framing_region_keeps_an_act_when_the_town_is_where_people_fled(
    annotator: Preannotator,
) -> None:
    # Guard: people who fled to a town did not flee from it.
    body = (
        "Voici les principaux faits de la semaine.\n"
        "Dans la région de Mopti, des hommes armés ont attaqué mardi un village, et des "
        "centaines d'habitants ont fui vers Sévaré."
    )
    assert "Sévaré" not in _places(annotator, _fr(body), "attaqué")


def test_a_framing_region_keeps_a_statement_whose_town_is_what_is_said(
    annotator: Preannotator,
) -> None:
    # Guard: the town is in what the governor denied, not where he spoke.
    body = (
        "Voici les principaux faits de la semaine.\n"
        "Dans la région de Tillabéri, le gouverneur a démenti jeudi des informations "
        "faisant état d'une attaque contre le marché de Téra."
    )
    assert "Téra" not in _places(annotator, _fr(body), "démenti")


# A withdrawal from a body or an agreement has no place.


def test_leaving_an_organisation_takes_no_place_of_its_sentence(
    annotator: Preannotator,
) -> None:
    body = (
        "Créée en juillet 2024 à Niamey, la Confédération regroupe trois pays sahéliens, "
        "qui ont quitté la CEDEAO en janvier 2025."
    )
    # Before 0.68.0: Niamey, where the Confederation was created.
    assert _places(annotator, _fr(body), "quitté la CEDEAO") == []


def test_a_withdrawal_takes_no_place_of_the_meeting_before(annotator: Preannotator) -> None:
    body = (
        "Les ministres se sont réunis samedi à Ouagadougou. Dimanche, les trois pays ont "
        "annoncé leur retrait de la Cour pénale internationale."
    )
    doc = _fr(body)
    assert _places(annotator, doc, "annoncé leur retrait") == []
    # Guard: the meeting keeps its town.
    assert _places(annotator, doc, "réunis") == ["Ouagadougou"]


def test_people_fleeing_their_village_keep_its_place(annotator: Preannotator) -> None:
    # Guard: a flight (SANCTION expel) is no withdrawal from a body.
    body = (
        "Des hommes armés ont attaqué lundi le village de Tori. Plus de 300 habitants ont "
        "fui Tori dans la nuit, selon un élu local."
    )
    assert _places(annotator, _fr(body), "fui") == ["Tori"]


def test_a_suspension_of_aid_takes_no_place_of_the_paragraph(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un convoi humanitaire près de Tébaram. Le PAM "
        "a annoncé mardi la suspension temporaire de ses convois dans le département."
    )
    doc = _fr(body)
    # Before 0.68.0: Tébaram, where the attack took place.
    assert _places(annotator, doc, "suspension") == []
    # Guard: the attack keeps its town.
    assert _places(annotator, doc, "attaqué") == ["Tébaram"]


# A lead that only sketches where an attack happened takes the town the next sentence
# tells it at.


def test_a_lead_market_attack_takes_the_town_told_next(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué au moins neuf civils mardi dans l'attaque d'un marché "
        "hebdomadaire du nord du Burkina Faso, près de la frontière malienne, selon des "
        "sources locales.\n"
        "L'attaque a visé en fin de matinée le marché de Tongomayel, dans la province du "
        "Soum, a précisé un élu local."
    )
    assert "Tongomayel" in _places(annotator, _fr(body), "attaque")


def test_an_english_lead_post_attack_takes_the_town_told_next(annotator: Preannotator) -> None:
    body = (
        "Militants killed at least twelve soldiers in an attack on an army post in western "
        "Niger over the weekend, security sources said on Monday.\n"
        "Dozens of fighters on motorcycles overran the post in Banibangou before dawn, one "
        "of the sources said."
    )
    places = _places(annotator, english_document(body), "attack")
    assert "Banibangou" in places
    assert "western Niger" not in places


def test_a_lead_attack_keeps_its_sketch_when_the_next_sentence_tells_another(
    annotator: Preannotator,
) -> None:
    # Guard: "une autre attaque" is another episode, at another town.
    body = (
        "Des hommes armés ont tué au moins neuf civils mardi dans l'attaque d'un marché "
        "hebdomadaire du nord du Burkina Faso, selon des sources locales.\n"
        "Un autre marché a été pris pour cible le même jour à Djibo, a précisé un élu local."
    )
    assert "Djibo" not in _places(annotator, _fr(body), "attaque")


def test_a_lead_attack_does_not_take_the_town_the_wounded_were_taken_to(
    annotator: Preannotator,
) -> None:
    # Guard: where the wounded went is no place of the attack.
    body = (
        "Des hommes armés ont tué au moins neuf civils mardi dans l'attaque d'un marché "
        "hebdomadaire du nord du Burkina Faso, selon des sources locales.\n"
        "Les blessés de l'attaque ont été évacués vers Djibo, a précisé un élu local."
    )
    assert "Djibo" not in _places(annotator, _fr(body), "attaque")
