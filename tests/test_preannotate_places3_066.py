"""Pre-annotation 0.66.0, a border told with the countries it runs with or between.

A closure or a reopening is told of "sa frontière avec le Bénin", "la frontière entre
le Niger et le Nigeria", "its border with Benin", "the land border between the two
countries": the codebook makes the whole phrase a LOC (a relative location), and it is
the act's place. Before, no mention stood for it, and the act took a country named in
it or no place. The country a government is (the actor) stays an actor. Each sentence
is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_actorfound_065 import _actors
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_places2_066 import _places


def test_a_closed_border_with_a_country_is_the_closure_place(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Fermeture",
        "Les autorités nigériennes ont fermé mardi leur frontière avec le Bénin, a "
        "annoncé le ministère de l'Intérieur.",
        town="Niamey",
    )
    assert _places(annotator, doc, "fermé") == ["leur frontière avec le Bénin"]


def test_a_border_between_two_countries_stays_fermee(annotator: Preannotator) -> None:
    doc = titled_document(
        "Frontière",
        "La frontière entre le Mali et la Guinée reste fermée depuis juillet, ont "
        "rappelé jeudi des transporteurs.",
        town="Bamako",
    )
    assert _places(annotator, doc, "fermée") == ["La frontière entre le Mali et la Guinée"]


def test_a_nominal_closure_of_the_border(annotator: Preannotator) -> None:
    doc = titled_document(
        "Fermeture",
        "Le gouvernement a décidé lundi la fermeture de la frontière avec la Mauritanie "
        "pour une durée de trente jours.",
        town="Bamako",
    )
    assert _places(annotator, doc, "fermeture") == ["la frontière avec la Mauritanie"]


def test_a_land_border_named_by_its_side(annotator: Preannotator) -> None:
    doc = titled_document(
        "Ouagadougou",
        "Le Burkina Faso a fermé vendredi sa frontière terrestre avec le Niger, selon un "
        "communiqué du gouvernement.",
        town="Ouagadougou",
    )
    assert _places(annotator, doc, "fermé") == ["sa frontière terrestre avec le Niger"]


def test_a_reopened_border_between_two_countries(annotator: Preannotator) -> None:
    doc = titled_document(
        "Réouverture",
        "Les autorités ont rouvert samedi la frontière entre le Niger et le Nigeria.",
        town="Niamey",
    )
    assert _places(annotator, doc, "rouvert") == ["la frontière entre le Niger et le Nigeria"]


def test_an_english_border_with_a_country(annotator: Preannotator) -> None:
    doc = english_document(
        "The government closed its border with Benin on Tuesday, the interior ministry said."
    )
    assert _places(annotator, doc, "closed") == ["its border with Benin"]


# Guards.


def test_a_border_near_which_troops_go_keeps_its_country(annotator: Preannotator) -> None:
    doc = titled_document(
        "Garde",
        "Des soldats ont été déployés lundi le long de la frontière avec le Niger pour "
        "empêcher les infiltrations.",
        town="Malanville",
    )
    assert _places(annotator, doc, "déployés") == ["le long de la frontière avec le Niger"]


def test_a_lower_case_word_after_the_border_is_no_country(annotator: Preannotator) -> None:
    doc = titled_document(
        "Patrouille",
        "Une patrouille a été attaquée mardi près de la frontière avec des armes lourdes.",
        town="Niamey",
    )
    assert "près de la frontière avec des armes" not in str(_places(annotator, doc, "attaquée"))


def test_the_closing_country_stays_the_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Tchad",
        "Le Tchad a fermé mercredi sa frontière avec le Soudan après des combats.",
        town="N'Djamena",
    )
    assert "Tchad" in str(_actors(annotator, doc, "fermé"))
