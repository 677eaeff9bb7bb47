"""Pre-annotation 0.62.0, more places of events. An event placed only in a country takes
the first place of a chain the next sentence tells ("the site near Naréna, in the Kangaba
district close to the border"): the places after it only say where it lies.
Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments


def test_first_place_of_a_chain_in_the_next_sentence(annotator: Preannotator) -> None:
    body = (
        "Gunmen raided a cotton ginnery in southern Mali on Friday, wounding two guards.\n"
        "A group of about twenty men on motorbikes reached the compound near Zantiébougou, "
        "in the Bougouni district close to the Ivorian border, shortly before midnight."
    )
    assert _arguments(annotator, body, "raided", "location", True) == ["Zantiébougou"]


def test_list_of_towns_in_the_next_sentence_is_no_chain(annotator: Preannotator) -> None:
    # A guard: three sibling towns are no finer place of the strike.
    body = (
        "Les enseignants ont observé mardi une grève dans la région du Sahel.\n"
        "Le mot d'ordre a été très suivi à Dori, Gorom-Gorom et Sebba, selon le syndicat."
    )
    places = _arguments(annotator, body, "grève", "location")
    assert "Gorom-Gorom" not in places and "Sebba" not in places


def test_region_named_after_its_town_takes_the_village_told_next(
    annotator: Preannotator,
) -> None:
    # The gazetteer knows Bandiagara as a town only: told as a region, the act is not in
    # the town, and the village of the next sentence is where it was.
    body = (
        "Le gouvernement a annoncé mercredi que des hommes armés avaient tué neuf "
        "civils lors d'un raid dans la région de Bandiagara.\n"
        "Les victimes vivaient à Dinangourou, une commune rurale du cercle de Koro, "
        "selon un élu local."
    )
    assert _arguments(annotator, body, "raid", "location") == ["Dinangourou"]


def test_distance_from_the_site_told_next_places_an_unplaced_blast(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux ouvriers d'une société minière ont été tués mardi lorsque leur camion a "
        "sauté sur un engin explosif.\n"
        "Le camion, parti de Téra le matin, a été touché à une quinzaine de kilomètres "
        "du site, selon la direction de la société."
    )
    assert _arguments(annotator, body, "sauté sur un engin explosif", "location") == [
        "à une quinzaine de kilomètres du site"
    ]


def test_distance_told_next_of_another_act_is_not_taken(annotator: Preannotator) -> None:
    # A guard: the next sentence tells its own act, whose place it is.
    body = (
        "Trois soldats ont été blessés dimanche par l'explosion d'une mine artisanale.\n"
        "Le lendemain, des hommes armés ont enlevé deux bergers à une dizaine de "
        "kilomètres de la ville."
    )
    assert _arguments(annotator, body, "explosion", "location") == []


def test_english_distance_from_the_site_told_next(annotator: Preannotator) -> None:
    body = (
        "Two mine workers were killed on Tuesday when their truck hit a roadside bomb.\n"
        "The truck was hit about ten kilometres from the site, the company said."
    )
    assert _arguments(annotator, body, "roadside bomb", "location", True) == [
        "about ten kilometres from the site"
    ]


def test_raiders_told_again_act_where_they_stopped_a_convoy(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed two herders near Abala on Sunday.\n"
        "On Monday, armed men stopped two lorries of a relief agency on the road "
        "between Ouallam and Banibangou, in Tillabéri region. "
        "The assailants looted the cargo and beat one of the drivers."
    )
    assert _arguments(annotator, body, "looted", "location", True) == ["Ouallam"]


def test_french_raiders_told_again_act_where_they_stopped_a_bus(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux bergers ont été tués mardi près de Kaya.\n"
        "Jeudi soir, des hommes armés ont immobilisé un car de transport entre "
        "Boulsa et Bogandé, dans la région du Centre-Nord. "
        "Les assaillants ont emporté l'argent et les téléphones des passagers."
    )
    assert _arguments(annotator, body, "emporté", "location") == ["Boulsa"]


def test_near_a_country_border_is_no_place_in_that_country(annotator: Preannotator) -> None:
    body = "Soldiers killed nine militants near the Burkina Faso border on Thursday."
    assert _arguments(annotator, body, "killed", "location", True) == [
        "near the Burkina Faso border"
    ]


def test_near_a_border_by_its_adjective_stays_whole(annotator: Preannotator) -> None:
    # A guard: the adjective form was a relative place already.
    body = "Gunmen abducted four traders near the Malian border on Friday."
    assert _arguments(annotator, body, "abducted", "location", True) == ["near the Malian border"]


def test_distance_from_the_town_after_its_name_is_finer(annotator: Preannotator) -> None:
    body = (
        "Trois commerçants de Gorom-Gorom ont été enlevés mardi par des hommes armés "
        "alors qu'ils rentraient du marché, à une quinzaine de kilomètres de la ville."
    )
    assert _arguments(annotator, body, "enlevés", "location") == [
        "à une quinzaine de kilomètres de la ville"
    ]


def test_distance_after_another_act_is_not_taken(annotator: Preannotator) -> None:
    # A guard: the distance follows another act, whose place it is.
    body = (
        "Des hommes armés ont incendié mardi la mairie de Sebba, puis ont enlevé deux "
        "bergers à une dizaine de kilomètres de la ville."
    )
    assert _arguments(annotator, body, "incendié", "location") != [
        "à une dizaine de kilomètres de la ville"
    ]


def test_attacked_camp_is_also_the_place(annotator: Preannotator) -> None:
    body = (
        "À Boulkessi, dans la nuit de mardi à mercredi, le camp militaire de la ville "
        "a de nouveau essuyé des tirs de mortier, selon une source locale."
    )
    places = _arguments(annotator, body, "essuyé des tirs", "location")
    assert "le camp militaire de la ville" in places


def test_burnt_lorry_is_no_place(annotator: Preannotator) -> None:
    # A guard: a vehicle attacked is no site.
    body = "Des hommes armés ont incendié lundi un camion de marchandises près de Kaya."
    assert "camion" not in " ".join(_arguments(annotator, body, "incendié", "location"))
