"""Pre-annotation 0.33.0: a group's network and a "selon" phrase are no actor, a rebel
movement acts, a group an attribution names joins the description, a name the parse cut
stays whole, counts in English quotes, an order to close, a "where" clause dated by its
sentence, the imperfect that is no conditional, a protest planned, sanctions lifted, a
dated cause, and what a speaker says it will do. Each sentence is written for the test,
in the press's usual turns of phrase."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_joined_and_anaphoric import _choices, _events

# --- Who acted ---------------------------------------------------------------------------


def test_the_network_a_group_belongs_to_is_not_its_actor(annotator: Preannotator) -> None:
    body = (
        "Le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a "
        "revendiqué l'attaque mardi, affirmant s'être emparé d'armes et de munitions."
    )
    assert _role(annotator, body, "emparé", "actor", False) == [
        "Groupe de soutien à l'islam et aux musulmans"
    ]


def test_an_affiliate_is_named_not_its_parent(annotator: Preannotator) -> None:
    body = (
        "The Islamic State Sahel Province, an affiliate of Islamic State, claimed the attack "
        "and said it had killed 12 soldiers near Tillia."
    )
    assert _role(annotator, body, "attack", "actor", True) == ["Islamic State Sahel Province"]


def test_a_rebel_movement_accuses(annotator: Preannotator) -> None:
    body = (
        "Dans un communiqué publié dimanche, le mouvement rebelle accuse l'armée malienne "
        "d'avoir visé des civils près de Tinzaouatène."
    )
    assert _role(annotator, body, "accuse", "actor", False) == ["le mouvement rebelle"]


def test_who_tells_of_a_flight_did_not_cause_it(annotator: Preannotator) -> None:
    body = (
        "Selon le Bureau de la coordination des affaires humanitaires des Nations unies "
        "(OCHA), plus de 3 000 personnes ont fui les îles voisines depuis le début du mois."
    )
    assert _role(annotator, body, "fui", "actor", False) == []


def test_the_group_an_attribution_names_joins_the_description(
    annotator: Preannotator,
) -> None:
    body = (
        "Douze militaires ont été tués lundi dans une embuscade tendue par des hommes armés "
        "contre un convoi entre Tillia et Tahoua, a annoncé le ministère de la Défense.\n"
        "Le communiqué attribue l'attaque à l'Etat islamique au Sahel."
    )
    actors = _role(annotator, body, "embuscade", "actor", False)
    assert actors == ["Etat islamique au Sahel", "des hommes armés"]


def test_a_name_the_parse_cut_stays_in_the_attackers(annotator: Preannotator) -> None:
    body = (
        "Au moins dix-sept soldats ont été tués dans la nuit de dimanche à lundi lors d'une "
        "attaque de combattants de Boko Haram contre la base militaire de Barkaram."
    )
    assert _role(annotator, body, "attaque", "actor", False) == ["combattants de Boko Haram"]
    assert _role(annotator, body, "attaque", "recipient", False) == []


def test_a_recipient_ends_before_its_preposition(annotator: Preannotator) -> None:
    body = "La Cedeao a appelé les autorités de transition au « respect des libertés »."
    assert _role(annotator, body, "appelé", "recipient", False) == ["les autorités de transition"]


def test_who_says_it_will_reopen_a_border_reopens_it(annotator: Preannotator) -> None:
    body = "Benin's government said on Sunday it would reopen its border with Niger on Monday."
    assert _role(annotator, body, "reopen", "actor", True) == ["Benin's government"]
    assert _choices(annotator, body, "reopen", "temporal_status", True) == ["future"]


def test_a_dated_cause_is_not_the_clauses_act(annotator: Preannotator) -> None:
    body = (
        "ECOWAS on Saturday lifted the economic and financial sanctions it imposed on Niger "
        "after the July 2023 coup, the bloc said."
    )
    assert _role(annotator, body, "coup", "actor", True) == []


# --- Counts ------------------------------------------------------------------------------


def test_a_count_in_english_quotes_after_its_verb() -> None:
    text = 'The army said it had killed "several terrorists" during an ambush near Didieni.'
    assert [(c.text, c.count) for c in find_casualties(text)] == [("several terrorists", "2-9")]


def test_several_dozen_is_no_count_of_dozens() -> None:
    text = 'Drones struck the convoy, killing "several dozen" of them, the army said.'
    assert [c for c in find_casualties(text) if c.count == "2-9"] == []


# --- Which acts, and when ----------------------------------------------------------------


def test_an_order_to_close_schools_is_a_restriction(annotator: Preannotator) -> None:
    body = "The government on Wednesday ordered schools in Bamako closed for two weeks."
    assert ("COERCE", "closed") in _events(annotator, body, english=True)


def test_talks_that_closed_close_nothing(annotator: Preannotator) -> None:
    body = "The talks between the two delegations closed on Friday in Niamey."
    assert [e for e in _events(annotator, body, english=True) if e[0] == "COERCE"] == []


def test_a_protest_planned_is_no_promise(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a interdit une marche que la coalition d'opposition prévoyait "
        "d'organiser vendredi à Bamako."
    )
    assert [e for e in _events(annotator, body) if e[0] == "AGREE"] == []


def test_aid_planned_stays_a_promise(annotator: Preannotator) -> None:
    body = "Le PAM prévoit de distribuer environ 400 tonnes de céréales aux déplacés de Djibo."
    assert [e for e in _events(annotator, body) if e[0] == "AGREE"]


def test_sanctions_lifted_after_four_words(annotator: Preannotator) -> None:
    body = (
        "ECOWAS on Saturday lifted the economic and financial sanctions it imposed on Niger "
        "after the July 2023 coup, the bloc said."
    )
    # Since 0.66.0 on the verb, as the corpus codes a lifting ("lifted", "levé").
    assert ("CONCEDE", "lifted") in _events(annotator, body, english=True)
    assert _role(annotator, body, "lifted", "time", True) == ["Saturday"]


def test_an_act_in_a_where_clause_takes_its_sentences_day(annotator: Preannotator) -> None:
    body = (
        "Au moins neuf passagers ont été tués samedi par l'explosion d'une mine près de "
        "Dori.\nLe lendemain, des hommes armés ont fait irruption sur un site d'orpaillage "
        "près de Falagountou, où ils ont enlevé une douzaine d'orpailleurs."
    )
    assert _role(annotator, body, "enlevé", "time", False) == ["Le lendemain"]


def test_an_imperfect_is_no_conditional(annotator: Preannotator) -> None:
    body = (
        "Au moins neuf passagers ont été tués samedi lorsque le car qui les transportait a "
        "sauté sur un engin explosif improvisé sur l'axe Dori-Seytenga."
    )
    assert _choices(annotator, body, "sauté sur un engin explosif", "factuality_certainty") == []


def test_a_conditional_stays_probable(annotator: Preannotator) -> None:
    body = "Au moins neuf passagers auraient été tués samedi dans l'explosion près de Dori."
    assert _choices(annotator, body, "explosion", "factuality_certainty") == ["probable"]
