"""Pre-annotation 0.60.0, places: an administrative unit named again by its bare kind in an
event's own sentence ("dans la région", "le couvre-feu dans le département", "in the
province") is the event's place mention, a GPE carrying the id of the unit of that level
told before (or, when none was, of the unit holding the latest town told before), where
0.59.1 gave a vague area no place or a town borrowed from an earlier sentence. Not the
complement of an office or of its people ("le gouverneur de la région", "le chef-lieu de
la province"), nor talks, nor a state the act is a past cause of ("difficiles dans la
région depuis l'attaque"). And a roundup's next attack, told in a paragraph that opens
with its own day, takes no place from the attack of the paragraph before. Each sentence
is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_places_059 import _places

_TILLABERI_REGION = "geonames:2595293"
_SOUM = "geonames:2355248"


def test_dans_la_region_is_the_region_told_before(annotator: Preannotator) -> None:
    # Before 0.60.0 the ambush had no place: "dans la région" was a vague area.
    places = _places(
        annotator,
        "Les écoles restent fermées dans la région de Tillabéri, selon les enseignants. "
        "Jeudi, des hommes armés ont tendu une embuscade à un convoi dans la région, "
        "tuant quatre gendarmes.",
        "embuscade",
    )
    assert places == [("la région", _TILLABERI_REGION, "admin1")]


def test_the_department_in_english_takes_the_department_s_id(annotator: Preannotator) -> None:
    # Before 0.60.0 the curfew had no place.
    body = (
        "Gunmen attacked a police post in the Torodi department on Monday, killing three "
        "officers. On Wednesday the governor imposed a curfew in the department until "
        "further notice."
    )
    attack = _places(annotator, body, "attacked", english=True)
    places = _places(annotator, body, "curfew", english=True)
    assert [(text, precision) for text, _, precision in places] == [("the department", "admin2")]
    assert places[0][1] is not None and places[0][1] == attack[0][1]


def test_la_province_without_a_unit_told_is_the_province_of_the_town(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 the strike had no place; no province is named, Djibo is in the Soum.
    places = _places(
        annotator,
        "Un enseignant a été tué vendredi à Djibo par des individus armés. Les syndicats "
        "ont observé lundi une grève de deux jours dans toute la province.",
        "grève",
    )
    assert places == [("la province", _SOUM, "admin2")]


def test_the_governor_of_the_region_is_no_place(annotator: Preannotator) -> None:
    # Guard: "de la région" completes an office; the march is placed by its own town.
    places = _places(
        annotator,
        "Des hommes armés ont tué deux bergers mardi près de Téra, dans la région de "
        "Tillabéri. Des habitants ont manifesté mercredi à Niamey devant le bureau du "
        "représentant du gouverneur de la région.",
        "manifesté",
    )
    assert "la région" not in [text for text, _, _ in places]


def test_the_seat_of_the_province_is_no_place_of_the_flight(annotator: Preannotator) -> None:
    # 0.59.1 gave no place; the new rule must not take "la province" of "chef-lieu de".
    places = _places(
        annotator,
        "Des hommes armés ont attaqué dimanche le village de Bourzanga, dans la province du "
        "Bam. Des centaines d'habitants ont fui lundi vers Kongoussi, le chef-lieu de la "
        "province.",
        "fui",
    )
    assert "la province" not in [text for text, _, _ in places]


def test_a_state_since_an_attack_is_not_the_attack_s_place(annotator: Preannotator) -> None:
    # Guard: the region is where the roads stay closed, not where the attack was.
    places = _places(
        annotator,
        "Des jihadistes ont attaqué samedi la gendarmerie de Bankilaré, dans la région de "
        "Tillabéri. Les routes restent coupées dans la région depuis l'attaque du pont de "
        "Dolbel en mai.",
        "attaque",
    )
    assert "la région" not in [text for text, _, _ in places]


def test_a_roundup_s_next_attack_takes_no_town_from_the_paragraph_before(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 Sunday's attack took Torodi of Saturday's paragraph.
    body = (
        "Deux attaques ont frappé l'ouest du pays ce week-end.\n"
        "Samedi, des hommes armés ont tué quatre éleveurs à Torodi.\n"
        "Dimanche, une patrouille de l'armée a été attaquée, faisant deux blessés, selon "
        "une source locale."
    )
    assert _places(annotator, body, "attaquée") == []


def test_a_sequel_the_next_day_keeps_the_place_before(annotator: Preannotator) -> None:
    # Guard: "Le lendemain" tells a sequel of the attack before, placed where it was.
    body = (
        "Des hommes armés ont attaqué samedi le marché de Torodi, tuant quatre commerçants.\n"
        "Le lendemain, des hommes armés ont incendié plusieurs boutiques, selon un élu."
    )
    assert [text for text, _, _ in _places(annotator, body, "incendié")] == ["Torodi"]


def test_cette_localite_after_a_town_no_event_took_is_its_place(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 the attack had no place: no event before it had taken Bankass.
    places = _places(
        annotator,
        "Les habitants de Bankass, dans le centre du pays, vivent dans la peur.\nMardi "
        "soir, des hommes armés ont attaqué cette localité, tuant cinq civils.",
        "attaqué",
    )
    assert [(text, precision) for text, _, precision in places] == [("cette localité", "town")]
    assert places[0][1] is not None


def test_this_town_in_english_is_its_place(annotator: Preannotator) -> None:
    # Before 0.60.0 the raid had no place.
    places = _places(
        annotator,
        "Traders in Djibo say food prices have tripled since July. On Sunday night "
        "militants raided this town and killed eleven civilians, a local official said.",
        "raided",
        english=True,
    )
    assert places == [("this town", "geonames:2361177", "town")]


def test_ce_meme_village_keeps_the_town_the_event_took(annotator: Preannotator) -> None:
    # Guard: an event that took the town keeps its name, as annotators mark it.
    places = _places(
        annotator,
        "Un poste de gendarmerie a été attaqué dimanche à Seytenga par des hommes armés, "
        "faisant six morts.\nEn juin 2022, des dizaines de civils avaient péri dans une "
        "tuerie perpétrée dans ce même village.",
        "tuerie",
    )
    assert [text for text, _, _ in places] == ["Seytenga"]


def test_dans_la_commune_completing_the_act_is_its_place(annotator: Preannotator) -> None:
    # Before 0.60.0 the deployment took "Djibo", named before the act in its sentence.
    places = _places(
        annotator,
        "Des hommes armés ont tué six civils dimanche près de Djibo. Le ministre s'est "
        "rendu lundi à Djibo, où il a annoncé le déploiement d'une compagnie de "
        "gendarmerie dans la commune.",
        "déploiement",
    )
    assert places == [("la commune", "geonames:2361177", "admin2")]


def test_la_ville_after_a_relative_clause_keeps_the_town(annotator: Preannotator) -> None:
    # Guard: "qui contrôle les axes menant à la ville" is no complement of the blockade.
    places = _places(
        annotator,
        "Djibo est soumise depuis un an à un blocus des jihadistes, qui contrôlent les "
        "routes dans la ville et autour.",
        "blocus",
    )
    assert [text for text, _, _ in places] == ["Djibo"]


def test_a_chadian_province_is_a_first_level_unit(annotator: Preannotator) -> None:
    # A province of Chad is an admin1 unit: "la province" takes its id and precision.
    body = (
        "Des combattants de Boko Haram ont attaqué lundi un poste de l'armée sur une île "
        "de la province du Lac, au Tchad, tuant cinq soldats.\nDans la province, des opérations "
        "de ratissage ont été lancées mardi, selon l'état-major."
    )
    attack = _places(annotator, body, "attaqué")
    places = _places(annotator, body, "opérations de ratissage")
    assert [(text, precision) for text, _, precision in places] == [("la province", "admin1")]
    assert places[0][1] is not None and places[0][1] in [norm for _, norm, _ in attack]
