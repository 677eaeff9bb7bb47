"""Pre-annotation 0.64.0, English tolls in other writers' wording.

A toll told in a sentence of its own after two acts goes to the act told beside the place
the toll's sentence names ("attacked a police station in Pama ... Two police officers were
wounded in Pama"), not to the latest act before it, whether the toll had no act of its own
or its verb was merged into the latest act. A person named by a role and a count of people
of another role joined to it are one count when the role is one of the trades a report
names people by ("the driver and his two apprentices": 3). The army's "neutralised 20
terrorists" is the act of its toll in English as "neutralisé" is in French, and "to
neutralise" counts as "neutraliser" does. Combatants "captured" after their count are an
abducted count ("and six others captured"); "deaths", "fatalities", "injuries" after a
figure are outcome words as "dead" and "wounded" are; "and another wounded" after a count
is one more count; a shepherd, a woman and her baby are people one victim or a pair is
told by. Dead told before any act are the toll of the act a later definite noun names
("for the killings"). An outcome word in quotes after its auxiliary ('were
"neutralised"') is still the outcome, and so is one after a participle of how ("were
shot and killed"). Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    """Each count found in ``text``: its span, kind and figure."""
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


def _tolls_by_act(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, list[str]]:
    """The sorted "kind count" of the casualties linked to each suggested event, by the
    event's trigger text."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    out: dict[str, list[str]] = {}
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        event = ann.regions.get(rel.from_id)
        if arg is None or event is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        out.setdefault(text[event.start : event.end], []).append(
            f"{kind} {arg.texts.get(Normalised.COUNT, '')}"
        )
    return {act: sorted(tolls) for act, tolls in out.items()}


# A toll told apart goes to the act of its place.


def test_a_toll_told_apart_goes_to_the_act_of_its_place(annotator: Preannotator) -> None:
    body = (
        "Gunmen ambushed a convoy of traders near Kantchari on Monday and attacked a "
        "police station in Pama on Tuesday, security sources said.\n"
        "Six traders died in the ambush, one of the sources said. Two police officers "
        "were wounded in Pama."
    )
    # Before 0.64.0 the wounded went to the ambush, the latest act named before them.
    tolls = _tolls_by_act(annotator, english_document(body))
    assert tolls.get("attacked") == ["injured 2"]
    assert "injured 2" not in tolls.get("ambushed", [])


def test_a_french_toll_told_apart_goes_to_the_act_of_its_place(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué un poste de police à Pama lundi et ont tendu une "
        "embuscade à un convoi près de Kantchari mardi, selon des sources sécuritaires.\n"
        "Trois policiers ont été blessés à Pama."
    )
    tolls = _tolls_by_act(annotator, titled_document("Attaques dans l'Est", body, "Fada"))
    assert tolls.get("attaqué") == ["injured 3"]


def test_a_place_told_beside_no_act_chooses_none(annotator: Preannotator) -> None:
    # Guards the place rule: where the wounded were flown (also the dateline's town) is
    # told beside no act, so the toll stays with the latest act, as before 0.64.0.
    body = (
        "Militants attacked an army post in Tera on Sunday and ambushed a convoy near "
        "Dori on Monday.\n"
        "Four soldiers were wounded and flown to Niamey, the army said."
    )
    tolls = _tolls_by_act(annotator, english_document(body))
    assert tolls.get("ambushed") == ["injured 4"]


def test_a_toll_verb_told_apart_goes_to_the_act_of_its_place(
    annotator: Preannotator,
) -> None:
    body = (
        "Gunmen attacked a police post in Pama on Tuesday and ambushed a convoy near "
        "Kantchari on Monday. Three police officers were killed in Pama."
    )
    # Before 0.64.0 "were killed" was merged into the ambush, the latest act, with its
    # toll.
    assert _tolls_by_act(annotator, english_document(body)) == {"attacked": ["killed 3"]}


def test_a_toll_told_apart_without_a_place_stays_with_the_latest_act(
    annotator: Preannotator,
) -> None:
    # Guards the place rule: with no place in the toll's sentence nothing moves.
    body = (
        "Gunmen attacked a police post in Pama on Tuesday and ambushed a convoy near "
        "Kantchari on Monday. Three police officers were wounded, the army said."
    )
    tolls = _tolls_by_act(annotator, english_document(body))
    assert tolls.get("ambushed") == ["injured 3"]


# One person and people of a trade joined to them.


def test_the_driver_and_his_two_apprentices_are_three() -> None:
    text = "Fighters attacked a fuel tanker near Kayes, killing the driver and his two apprentices."
    # Before 0.64.0 the driver alone (1): "apprentices" named no people.
    assert _counts(text) == [("the driver and his two apprentices", "killed", "3")]


def test_a_trader_and_two_passengers_are_three() -> None:
    # Guards the joined count: a pair's second role with a figure stays one count of both.
    text = "The blast killed a trader and two passengers on the road to Diapaga."
    assert _counts(text) == [("a trader and two passengers", "killed", "3")]


def test_a_count_of_another_side_stays_apart() -> None:
    # Guards the role nouns: soldiers are another side than the imam, two counts.
    text = "The gunmen killed the imam and three soldiers in Boni."
    assert _counts(text) == [("the imam", "killed", "1"), ("three soldiers", "killed", "3")]


def test_things_joined_to_a_person_are_no_people() -> None:
    # Guards the role nouns: a plural that names no people adds nothing.
    text = "The attackers killed the driver and two camels near Tessit."
    assert _counts(text) == [("the driver", "killed", "1")]


# Combatants captured, after their count.


def test_others_captured_after_the_dead_are_a_count() -> None:
    text = "Seventeen assailants were killed and six others captured, the spokesman said."
    # Before 0.64.0 the captured were lost.
    assert _counts(text) == [
        ("Seventeen assailants", "killed", "17"),
        ("six others captured", "abducted", "6"),
    ]


def test_things_captured_are_no_count() -> None:
    # Guards the outcome word: vehicles captured are no people.
    text = "Two vehicles were captured and three motorcycles destroyed near Tessit."
    assert _counts(text) == []


# The English nouns of a toll.


def test_deaths_and_injuries_are_counts() -> None:
    text = "Hospital sources in Kaya reported 19 deaths and 31 injuries after the raid."
    # Before 0.64.0 neither: only "dead" and "wounded" were outcome words after a figure.
    assert _counts(text) == [("19 deaths", "killed", "19"), ("31 injuries", "injured", "31")]


def test_fatalities_are_a_count() -> None:
    text = "The army reported six fatalities among its troops near Boni."
    assert _counts(text) == [("six fatalities", "killed", "6")]


def test_a_year_before_deaths_is_no_count() -> None:
    # Guards the noun "deaths": "the 2019 deaths" is a year, no toll of 2019.
    text = "The 2019 deaths of soldiers at Indelimane were never explained."
    assert _counts(text) == []


# One more person after a count.


def test_another_wounded_after_one_killed_is_a_count() -> None:
    text = "A gendarme was killed and another wounded at the checkpoint in Seytenga."
    # Before 0.64.0 the wounded gendarme was lost.
    assert _counts(text) == [("A gendarme", "killed", "1"), ("another", "injured", "1")]


def test_another_group_is_no_person() -> None:
    # Guards "another": an act told after a count, with no outcome word, counts no one.
    text = "Three soldiers died and another patrol was attacked near Arbinda."
    assert _counts(text) == [("Three soldiers died", "killed", "3")]


# The army's word for the enemy dead.


def test_neutralised_terrorists_are_the_toll_of_an_act(annotator: Preannotator) -> None:
    body = (
        "The army said on Wednesday that it had neutralised 20 terrorists near Boulkessi "
        "on Monday. Two soldiers were among the dead, the statement said."
    )
    # Before 0.64.0 no act in English, so no toll.
    assert _tolls_by_act(annotator, english_document(body)) == {
        "neutralised": ["killed 2", "killed 20"]
    }


def test_to_neutralise_is_a_verb_of_the_dead() -> None:
    text = (
        "The response of our units made it possible to neutralise fifteen terrorists near Tessit."
    )
    # Before 0.64.0 the English infinitive (unlike "neutraliser") counted no one.
    assert _counts(text) == [("fifteen terrorists", "killed", "15")]


# One victim named by a trade or by kin.


def test_a_shepherd_shot_dead_is_a_count_of_one() -> None:
    text = "A young shepherd was shot dead near a well outside Tillia on Sunday."
    # Before 0.64.0 no count: "shepherd" was no noun of one person.
    assert _counts(text) == [("A young shepherd", "killed", "1")]


def test_a_woman_and_her_baby_are_two() -> None:
    text = "A woman and her baby were killed when the shell hit their hut in Boni."
    assert _counts(text) == [("A woman and her baby", "killed", "2")]


def test_a_man_and_his_wives_who_fled_are_no_count() -> None:
    # Guards the kin nouns: people of a pair with no outcome are no toll.
    text = "A man and his two wives fled to Djibo after the raid."
    assert _counts(text) == []


# A toll told before any act, and the definite noun that points back at it.


def test_bodies_found_are_the_toll_of_the_killings_named_after(
    annotator: Preannotator,
) -> None:
    body = (
        "The bodies of nine herders were found on Sunday near Banibangou, two days after "
        "armed men abducted them from their camp, a local official said.\n"
        "Residents blamed fighters of the Islamic State in the Sahel for the killings."
    )
    # Before 0.64.0 the nine dead were linked to nothing: no act before them, and the
    # abduction beside them takes no dead.
    tolls = _tolls_by_act(annotator, english_document(body))
    assert tolls.get("killings") == ["killed 9"]
    assert "killed 9" not in tolls.get("abducted", [])


def test_a_later_act_told_by_a_verb_takes_no_earlier_toll(annotator: Preannotator) -> None:
    # Guards the pointing noun: an act told later by a verb is a new act, not the one
    # the bodies were of.
    body = (
        "The bodies of nine herders were found on Sunday near Banibangou, two days after "
        "armed men abducted them from their camp, a local official said.\n"
        "On Tuesday, gunmen attacked a school in Ouallam, residents said."
    )
    tolls = _tolls_by_act(annotator, english_document(body))
    assert "killed 9" not in tolls.get("attacked", [])


# The outcome word in quotes.


def test_a_quoted_outcome_word_is_still_the_outcome() -> None:
    text = 'More than 100 of the assailants were "neutralised" during the fighting near Tera.'
    # Before 0.64.0 no count: the quote mark stood between the auxiliary and the word.
    assert _counts(text) == [("More than 100 of the assailants", "killed", "101")]


def test_a_quoted_word_without_a_count_is_no_count() -> None:
    # Guards the quote: a quoted outcome word with no figure before it counts no one.
    text = 'The army said the "neutralised" fighters had been identified.'
    assert _counts(text) == []


# A participle of how joined to the outcome.


def test_shot_and_killed_in_the_passive_is_a_count() -> None:
    text = "Two soldiers were shot and killed at a checkpoint outside Ayorou on Friday."
    # Before 0.64.0 no count: "shot and" stood between the auxiliary and the outcome.
    assert _counts(text) == [("Two soldiers", "killed", "2")]


def test_kidnapped_and_killed_stays_the_first_outcome() -> None:
    # Guards the participle: an outcome word is not a participle of how, so the count
    # keeps the first outcome, as before 0.64.0.
    text = "Three villagers were kidnapped and killed near Gao."
    assert _counts(text) == [("Three villagers", "abducted", "3")]
