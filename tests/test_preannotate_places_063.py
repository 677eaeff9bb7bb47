"""Pre-annotation 0.63.0, the places of events. A later sentence that tells no act and
only says where what came before happened ("Les faits se sont déroulés à ...", "The
incident occurred near ...") places the acts left unplaced. A town people fled to, a
town a vehicle came from, a market people were heading to are not where the act
happened. A name after "à hauteur de", "au niveau de", "the parish of" is a place. A
news bureau's dateline abroad (Dakar) does not choose a namesake in its country for an
article about the Sahel that never names that country. An English site named by its
place before its kind ("the Boulkessi military camp") is a FAC, the act's place.
Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments
from tests.test_preannotate_events import titled_document


def test_later_sentence_tells_where_it_happened(annotator: Preannotator) -> None:
    body = (
        "Des individus armés ont abattu mercredi trois commerçants, selon des proches.\n"
        "Les faits se sont déroulés à Kantchari, dans la province de la Tapoa."
    )
    assert _arguments(annotator, body, "abattu", "location") == ["Kantchari"]


def test_later_sentence_drame_produit(annotator: Preannotator) -> None:
    body = (
        "Deux enseignants ont été tués lundi par des hommes armés, a-t-on appris.\n"
        "Le drame s'est produit à Djibasso, selon un élu de la région."
    )
    assert _arguments(annotator, body, "tués", "location") == ["Djibasso"]


def test_later_sentence_incident_occurred_english(annotator: Preannotator) -> None:
    body = (
        "Two gendarmes were shot dead on Friday by unidentified gunmen, a security "
        "source said. The incident occurred in Mangaizé, a local official added."
    )
    assert _arguments(annotator, body, "shot dead", "location", True) == ["Mangaizé"]


def test_later_sentence_road_between_two_towns(annotator: Preannotator) -> None:
    body = (
        "Un minibus a été attaqué samedi par des bandits, qui ont dépouillé les "
        "voyageurs.\nL'incident est survenu sur la route reliant Fada N'Gourma à Pama."
    )
    assert _arguments(annotator, body, "attaqué", "location") == ["Fada N'Gourma", "Pama"]


def test_later_sentence_after_a_placed_act_is_not_taken(annotator: Preannotator) -> None:
    # A guard: an act placed in between owns what the next sentence says.
    body = (
        "Des hommes armés ont enlevé mardi un infirmier.\n"
        "Le même jour, une patrouille a été attaquée à Tin-Akoff. Les faits se sont "
        "produits à la mi-journée à Markoye."
    )
    assert _arguments(annotator, body, "enlevé", "location") == []


def test_town_fled_to_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Gunmen shot dead six traders on Tuesday, forcing dozens of families to flee "
        "to Dori, humanitarian workers said."
    )
    assert _arguments(annotator, body, "shot dead", "location", True) == []


def test_town_a_bus_came_from_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé vendredi sept voyageurs d'un car qui venait de "
        "Ségou, selon la compagnie de transport."
    )
    assert _arguments(annotator, body, "enlevé", "location") == []


def test_market_heading_to_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Quatre éleveurs ont été tués jeudi par des individus armés alors qu'ils "
        "menaient leur bétail vers le marché de Djibo."
    )
    assert "Djibo" not in _arguments(annotator, body, "tués", "location")


def test_market_attacked_keeps_its_town(annotator: Preannotator) -> None:
    # A guard: the market itself attacked is where it happened.
    body = "Des assaillants ont attaqué jeudi le marché de Djibo, tuant cinq personnes."
    assert _arguments(annotator, body, "attaqué", "location") != []


def test_name_after_a_hauteur_de_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Un convoi de l'armée a été pris pour cible mardi à hauteur de Wandiaka, à une "
        "quarantaine de kilomètres de Bankass, selon une source militaire."
    )
    assert _arguments(annotator, body, "pris pour cible", "location") == ["Wandiaka"]


def test_parish_named_is_the_place(annotator: Preannotator) -> None:
    body = (
        "A catechist was abducted on Thursday in the parish of Kiembara, in the "
        "Sourou province, church officials said."
    )
    assert _arguments(annotator, body, "abducted", "location", True) == ["Kiembara"]


def _place_ids(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The gazetteer ids of the places linked to the event of ``trigger``."""
    result: list[dict[str, Any]] = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    ids = {
        i["id"]: i["value"]["text"][0]
        for i in result
        if i.get("from_name") == "norm_place" and i["value"].get("text")
    }
    return sorted(
        ids.get(r["to_id"], "")
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["location"]
        and spans[r["from_id"]]["text"] == trigger
    )


def test_bureau_dateline_does_not_choose_a_namesake(annotator: Preannotator) -> None:
    body = (
        "L'armée malienne a annoncé lundi avoir repoussé une attaque contre son camp "
        "de Nioro du Sahel, dans l'ouest du pays."
    )
    doc = titled_document("Titre", body, town="Dakar")
    # Nioro du Sahel in Mali (geonames 2452651), not Nioro du Rip in Senegal.
    assert _place_ids(annotator, doc, "attaque") == ["geonames:2452651"]


def test_dateline_country_named_keeps_its_reading(annotator: Preannotator) -> None:
    # A guard: an article about Senegal datelined Dakar reads its names there.
    body = (
        "La gendarmerie sénégalaise a arrêté lundi trois passeurs présumés à Nioro, "
        "près de la frontière gambienne."
    )
    doc = titled_document("Titre", body, town="Dakar")
    assert _place_ids(annotator, doc, "arrêté") == ["geonames:2247157"]


def test_english_site_named_before_its_kind(annotator: Preannotator) -> None:
    body = "Militants attacked the Goudébou refugee camp on Tuesday, killing three people."
    places = _arguments(annotator, body, "attacked", "location", True)
    assert places == ["the Goudébou refugee camp"]


def test_english_market_named_before_its_kind(annotator: Preannotator) -> None:
    body = "Gunmen raided the Tamou cattle market on Friday, killing seven herders."
    places = _arguments(annotator, body, "raided", "location", True)
    assert places == ["the Tamou cattle market"]
