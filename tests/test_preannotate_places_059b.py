"""Pre-annotation 0.59.0, places (round two): a settlement named again by its bare kind
in an event's own sentence ("des familles ont quitté la ville", "ont fait irruption dans
la localité", "le déploiement d'une unité dans la commune", "the town was raided again")
is the event's place mention: a GPE carrying the id, coordinates and precision of the
town it points back to (a commune: admin2), in place of the town's name borrowed from an
earlier sentence. The codebook draws arguments to whichever mention names them, and
annotators mark the phrase of the event's sentence. Not a noun's complement ("un
habitant de la commune"), nor a phrase after another act ("avant de quitter la
localité"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events import gazetteer
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_places_059 import _places

_DJIBO = "geonames:2361177"


def test_people_leaving_the_town_take_the_phrase_of_their_sentence(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 the flight took "Djibo" of the sentence before.
    places = _places(
        annotator,
        "Des hommes armés ont attaqué samedi un convoi de vivres à l'entrée de Djibo. "
        "Plusieurs dizaines de familles ont quitté la ville dimanche pour Ouahigouya.",
        "quitté",
    )
    assert places == [("la ville", _DJIBO, "town")]


def test_the_town_raided_again_is_the_phrase_with_the_town_s_id(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 the second raid took "Titao" of the sentence before.
    body = (
        "Gunmen stormed the town of Titao on Tuesday, killing at least 12 civilians. "
        "Militants raided the town again on Thursday, residents said."
    )
    places = _places(annotator, body, "raided", english=True)
    assert [(text, precision) for text, _, precision in places] == [("the town", "town")]
    assert places[0][1] is not None
    assert places[0][1] == _places(annotator, body, "stormed", english=True)[0][1]


def test_la_localite_in_the_attack_s_sentence_is_its_place(annotator: Preannotator) -> None:
    # Before 0.59.0 the burning took "Gorom-Gorom" of the sentence before.
    places = _places(
        annotator,
        "Le chef du village a été reçu lundi à Gorom-Gorom. Dans la nuit de mardi, des "
        "hommes armés ont fait irruption dans la localité, incendiant une vingtaine de cases.",
        "incendiant",
    )
    assert [text for text, _, _ in places] == ["la localité"]
    assert places[0][1] is not None


def test_la_commune_is_the_town_s_id_at_admin2(annotator: Preannotator) -> None:
    # Before 0.59.0 the suspension had no place: "la commune" was no mention.
    places = _places(
        annotator,
        "Des hommes armés ont attaqué samedi un site d'orpaillage à Mangodara, tuant six "
        "orpailleurs. Le haut-commissaire a suspendu lundi toute activité d'orpaillage dans "
        "la commune.",
        "suspendu",
    )
    assert [(text, precision) for text, _, precision in places] == [("la commune", "admin2")]


def test_the_village_keeps_the_precision_of_the_village_told(annotator: Preannotator) -> None:
    # Before 0.59.0 the theft took "Diffa" of the sentence before (admin2): the same
    # precision now on "the village", a village known only within about 15 km of Diffa.
    places = _places(
        annotator,
        "Boko Haram fighters raided a village about 15 km from Diffa on Friday, killing "
        "three herders. The attackers also stole dozens of cattle from the village.",
        "stole",
        english=True,
    )
    assert [(text, precision) for text, _, precision in places] == [("the village", "admin2")]


def test_guard_a_complement_of_people_is_no_place(annotator: Preannotator) -> None:
    # Guard: "un habitant de la commune" tells who spoke, not where the looting was.
    places = _places(
        annotator,
        "Des jihadistes ont attaqué mardi le poste de gendarmerie de Pensa. Selon un "
        "habitant de la commune, les assaillants ont également pillé des boutiques.",
        "pillé",
    )
    assert "la commune" not in [text for text, _, _ in places]


def test_guard_a_phrase_after_another_act_is_not_the_event_s(annotator: Preannotator) -> None:
    # Guard: "avant de quitter la localité" is the attackers' departure.
    places = _places(
        annotator,
        "Un site d'orpaillage a été attaqué mardi à Gaskindé, faisant une dizaine de morts. "
        "Les assaillants ont emporté des motos avant de quitter la localité.",
        "emporté",
    )
    assert "la localité" not in [text for text, _, _ in places]


def test_a_place_told_in_a_town_is_not_a_namesake_elsewhere(annotator: Preannotator) -> None:
    # Before 0.59.0 "Faladié" took the village of the Koulikoro region (geonames:2457815),
    # some 60 km from Bamako; the Bamako quarter is not in the gazetteer: the town's id.
    body = (
        "Un incendie criminel a ravagé jeudi le marché de Faladié, à Bamako, selon la "
        "protection civile. La police a interpellé trois suspects à Faladié."
    )
    bamako = gazetteer.resolve("Bamako")
    assert bamako is not None
    for trigger in ("incendie", "interpellé"):
        faladie = [p for p in _places(annotator, body, trigger) if p[0] == "Faladié"]
        assert faladie == [("Faladié", bamako.place.id, "town")], trigger


def test_guard_a_town_in_its_region_keeps_its_id(annotator: Preannotator) -> None:
    # Guard: Banibangou lies in the Tillabéri region, far from the town of Tillabéri.
    body = "Des hommes armés ont attaqué lundi Banibangou, dans la région de Tillabéri."
    banibangou = gazetteer.resolve("Banibangou", "NE")
    assert banibangou is not None
    ids = [p[1] for p in _places(annotator, body, "attaqué") if p[0] == "Banibangou"]
    assert ids == [banibangou.place.id]


def test_a_part_of_the_country_takes_the_dateline_country_s_id(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 "dans le nord du pays" had neither id nor precision.
    mali = gazetteer.country("ML")
    assert mali is not None
    places = _places(
        annotator,
        "Des individus armés ont attaqué dimanche un poste de police dans le nord du pays, "
        "tuant trois agents.",
        "attaqué",
    )
    assert ("dans le nord du pays", mali.id, "country") in places


def test_a_part_of_the_country_named_before_is_that_country(annotator: Preannotator) -> None:
    # Before 0.59.0 no id; the article (datelined in Niger) tells of Burkina Faso.
    burkina = gazetteer.country("BF")
    assert burkina is not None
    places = _places(
        annotator,
        "The army of Burkina Faso said on Monday that gunmen had attacked a police post in "
        "the east of the country on Sunday, killing two officers.",
        "attacked",
        english=True,
    )
    assert ("in the east of the country", burkina.id, "country") in places


def test_a_distance_and_the_road_it_lies_on_are_both_places(annotator: Preannotator) -> None:
    # Before 0.59.0 the road alone: the town the distance is measured from was dropped.
    places = _places(
        annotator,
        "Des hommes armés ont tendu une embuscade jeudi à 25 km au nord de Kaya, sur l'axe "
        "Kaya-Barsalogho, tuant quatre VDP.",
        "embuscade",
    )
    assert [(text, precision) for text, _, precision in places] == [
        ("Kaya", "admin2"),
        ("l'axe Kaya-Barsalogho", "admin2"),
    ]


def test_guard_a_road_then_a_distance_are_both_places(annotator: Preannotator) -> None:
    # Guard: a road told before the distance kept both places already.
    places = _places(
        annotator,
        "A bus hit a landmine on the road between Gao and Ansongo, about 40 km south of "
        "Gao, on Friday, wounding six passengers.",
        "hit a landmine",
        english=True,
    )
    assert len(places) == 2, places


def test_the_towns_a_stretch_lies_between_and_its_road_are_places(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 the road alone: "entre Gossi et Hombori" was dropped beside it.
    places = _places(
        annotator,
        "Un convoi de l'armée est tombé mercredi dans une embuscade entre Gossi et Hombori, "
        "sur la RN16, faisant deux morts.",
        "embuscade",
    )
    assert sorted(text for text, _, _ in places) == ["Gossi", "Hombori", "la RN16"]
