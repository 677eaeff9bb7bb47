"""Pre-annotation 0.61.0, the places of events. A distance told from a mine ("à une
quinzaine de kilomètres de la mine") is a relative place, not an explosive. The parties
or the host of the article's main meeting ("Les trois dirigeants ont salué", "hôte du
sommet", "The leaders also urged") speak where it was held, even paragraphs after it,
when no other meeting is told between; not so a condemnation.
Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments


def test_distance_from_the_mine_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Quatre employés d'une société minière ont été enlevés jeudi à une quinzaine de "
        "kilomètres de la mine, dans le département de Téra, selon une source sécuritaire."
    )
    places = _arguments(annotator, body, "enlevés", "location")
    assert "à une quinzaine de kilomètres de la mine" in places
    assert _arguments(annotator, body, "enlevés", "instrument") == []


def test_distance_north_of_the_mine_after_an_explosive(annotator: Preannotator) -> None:
    body = (
        "Le véhicule de tête a sauté sur un engin explosif à une dizaine de kilomètres "
        "au nord de la mine, tuant deux gendarmes."
    )
    places = _arguments(annotator, body, "sauté sur un engin explosif", "location")
    assert places == ["à une dizaine de kilomètres au nord de la mine"]


def test_mine_that_exploded_is_still_a_weapon(annotator: Preannotator) -> None:
    # A guard: a mine that went off is the instrument.
    body = "Un camion a sauté sur une mine jeudi près de Boni, faisant trois morts."
    assert "mine" in _arguments(annotator, body, "sauté sur une mine", "instrument")


def test_leaders_speak_where_the_summit_was_held(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'État du Mali, du Burkina Faso et du Niger se sont réunis samedi à "
        "Bamako pour leur deuxième sommet ordinaire.\n"
        "Le président burkinabè a regagné Ouagadougou dimanche soir.\n"
        "Les trois dirigeants ont salué les succès de la force unifiée et appelé les "
        "partenaires à soutenir la Confédération."
    )
    assert _arguments(annotator, body, "salué", "location") == ["Bamako"]
    assert _arguments(annotator, body, "appelé", "location") == ["Bamako"]


def test_host_of_the_summit_signed_there(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'État de l'AES ont clôturé lundi à Niamey leur session ordinaire.\n"
        "Le général Tiani, hôte du sommet, a signé un accord de défense avec ses "
        "homologues."
    )
    assert _arguments(annotator, body, "signé un accord", "location") == ["Niamey"]


def test_leaders_urged_at_the_summit_in_english(annotator: Preannotator) -> None:
    body = (
        "West African heads of state met in Accra on Sunday for an extraordinary summit "
        "on security in the Sahel.\n"
        "Ghana's president, who hosted the meeting, called for closer cooperation.\n"
        "The leaders also urged the juntas to set a timetable for elections."
    )
    assert _arguments(annotator, body, "urged", "location", True) == ["Accra"]
    assert _arguments(annotator, body, "called for", "location", True) == ["Accra"]


def test_condemnation_at_the_summit_takes_no_place(annotator: Preannotator) -> None:
    # A guard: what the leaders condemn is told without the summit's place.
    body = (
        "Réunis en session ordinaire dimanche à Niamey, les chefs d'État ont adopté une "
        "déclaration finale.\n"
        "Le texte insiste sur la souveraineté. Les dirigeants ont également condamné "
        "l'attaque de la semaine dernière contre un convoi civil."
    )
    assert _arguments(annotator, body, "condamné", "location") == []


def test_demonstrations_in_several_towns_of_the_country(annotator: Preannotator) -> None:
    body = (
        "Des milliers de personnes ont manifesté vendredi dans plusieurs villes du Mali "
        "pour soutenir les autorités de la transition."
    )
    assert _arguments(annotator, body, "manifesté", "location") == ["Mali"]


def test_strikes_throughout_the_country_in_english(annotator: Preannotator) -> None:
    body = "Army drones struck militant hideouts throughout Niger on Monday, the ministry said."
    # Since 0.64.0 "drones struck" is the phrase "drone strike" ("struck" reaches "strike").
    assert _arguments(annotator, body, "drones struck", "location", True) == ["Niger"]


def test_abducted_at_his_home(annotator: Preannotator) -> None:
    body = (
        "Le chef du village a été enlevé dans la nuit de lundi à mardi à son domicile par "
        "des hommes armés arrivés à moto."
    )
    assert _arguments(annotator, body, "enlevé", "location") == ["son domicile"]


def test_shot_dead_outside_his_compound(annotator: Preannotator) -> None:
    body = (
        "Un conseiller municipal a été abattu mardi soir devant sa concession par deux "
        "individus non identifiés."
    )
    assert _arguments(annotator, body, "abattu", "location") == ["sa concession"]


def test_killed_at_his_home_in_english(annotator: Preannotator) -> None:
    body = "Gunmen killed a village imam at his home on Tuesday night, residents said."
    assert _arguments(annotator, body, "killed", "location", True) == ["his home"]


def test_arrest_at_home_keeps_no_home_place(annotator: Preannotator) -> None:
    # A guard of the corpus's usage: an arrest at home is placed by its town only.
    body = "Le journaliste a été interpellé lundi à son domicile par des agents de la police."
    assert "son domicile" not in _arguments(annotator, body, "interpellé", "location")


def test_village_told_after_the_unit_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi des bergers dans le cercle de Niono, selon "
        "des élus locaux.\n"
        "L'attaque a eu lieu près du village de Kalankoro, où trois bergers ont été tués."
    )
    assert _arguments(annotator, body, "attaqué", "location") == ["Kalankoro"]


def test_near_the_village_of_a_name_is_that_village(annotator: Preannotator) -> None:
    # A guard: the village named after "non loin du village de" is the place.
    body = "Deux bergers ont été tués jeudi non loin du village de Kalankoro par des inconnus."
    places = _arguments(annotator, body, "tués", "location")
    assert places == ["Kalankoro"]


def test_unknown_town_opening_a_sentence_after_a(annotator: Preannotator) -> None:
    body = (
        "Le marché de Bol a rouvert lundi.\n"
        "À Baga Sola, cinq personnes soupçonnées de complicité avec les insurgés ont été "
        "interpellées samedi par la gendarmerie."
    )
    assert _arguments(annotator, body, "interpellées", "location") == ["Baga Sola"]


def test_town_of_who_confirmed_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Un infirmier du centre de santé de Bani a été enlevé lundi soir par des hommes "
        "armés, a confirmé à notre antenne le médecin-chef du district sanitaire de Dori."
    )
    places = _arguments(annotator, body, "enlevé", "location")
    assert "Dori" not in places


def test_town_of_who_added_is_no_place_in_english(annotator: Preannotator) -> None:
    # A guard: the English reporter phrase was already set aside.
    body = (
        "Gunmen abducted two teachers on Monday, a local official in Ouallam added, "
        "without giving further details."
    )
    assert "Ouallam" not in _arguments(annotator, body, "abducted", "location", True)
