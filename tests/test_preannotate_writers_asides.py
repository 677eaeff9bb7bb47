"""Pre-annotation 0.42.0: a writer's aside opened by a verb in the first person plural
("Rappelons que", "Notons que") names no body, and a count never runs over "que" or
"that" into the clause a witness's words open ("Plusieurs témoins assurent que les
otages ont été libérés": the witnesses are no count); praise is dated by its own
sentence, as a demand or a denial is; a place told after "followed" or "fait suite à"
is the earlier act's. Since 0.43.0 a time opening an act's noun after "since" ("since
the July 2023 coup") is the act's day, and a warning of a fact ("warned that insecurity
persisted") is no threat. Since 0.44.0 an act named again by a demonstrative ("ces
accusations") takes no time of the sentence. Since 0.45.0 an English subject that
speaks for others ("A lawyer for the former ministers welcomed") is the actor. Each
sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def test_a_writers_aside_names_no_actor(annotator: Preannotator) -> None:
    body = (
        "Deux enseignants ont été enlevés lundi à Djibo.\n"
        "Rappelons qu'en avril, trois infirmiers avaient été enlevés dans la même zone."
    )
    assert _role(annotator, body, "enlevés", "actor", False) == []
    result = next(annotator.predict([titled_document("Titre", body)])).result
    names = [i["value"]["text"] for i in result if i.get("from_name") == "entity"]
    assert "Rappelons" not in names


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Plusieurs témoins assurent que les otages ont été libérés jeudi.", []),
        (
            "Des habitants affirment qu'une dizaine de civils ont été tués.",
            ["une dizaine de civils"],
        ),
        ("Several witnesses said that two hostages were freed.", ["two hostages"]),
        # The guard: a count with no clause inside it is kept.
        ("Plusieurs civils ont été tués dans l'attaque.", ["Plusieurs civils"]),
    ],
)
def test_a_count_stops_before_a_clause_of_what_is_said(sentence: str, counts: list[str]) -> None:
    assert [c.text for c in find_casualties(sentence)] == counts


def test_praise_is_dated_by_its_own_sentence(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le poste de Tin-Akoff. Le gouverneur de la "
        "région a salué la bravoure des soldats."
    )
    # Before 0.42.0 the praise took Monday, the attack's day.
    assert _role(annotator, body, "salué", "time", False) == []
    assert _role(annotator, body, "attaqué", "time", False) == ["lundi"]


def test_a_place_after_followed_is_the_earlier_acts(annotator: Preannotator) -> None:
    body = (
        "Niger's military authorities on Thursday released six former ministers, their "
        "lawyers said. The release followed talks between the junta and religious "
        "leaders in Zinder last month."
    )
    assert "Zinder" not in _role(annotator, body, "released", "location", True)


def test_a_time_opening_the_acts_noun_after_since_is_its_day(annotator: Preannotator) -> None:
    body = (
        "Niger's military authorities on Thursday released six former ministers who had "
        "been held since the July 2023 coup, their lawyers said."
    )
    assert _role(annotator, body, "coup", "time", True) == ["July 2023"]
    assert _role(annotator, body, "released", "time", True) == ["Thursday"]


@pytest.mark.parametrize(
    ("body", "english", "threat"),
    [
        ("Aid workers warned on Monday that insecurity persisted in the area.", True, False),
        ("The junta warned that it would expel the mission's staff.", True, True),
        (
            "Le gouverneur a averti que la situation restait fragile dans la commune.",
            False,
            False,
        ),
        (
            "Le ministre a averti que toute nouvelle marche serait dispersée par la force.",
            False,
            True,
        ),
    ],
)
def test_a_warning_of_a_fact_is_no_threat(
    annotator: Preannotator, body: str, english: bool, threat: bool
) -> None:
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    labels = [
        label
        for i in result
        if i.get("from_name") == "event"
        for label in i["value"].get("labels", [])
    ]
    assert ("THREATEN" in labels) is threat, labels


def test_a_denial_keeps_its_day_after_an_act_named_again(annotator: Preannotator) -> None:
    body = (
        "Une association peule a accusé jeudi des miliciens d'avoir tué onze civils. Une "
        "confédération de chasseurs a rejeté ces accusations vendredi dans un communiqué."
    )
    # Before 0.44.0 "vendredi" was read as the day of "ces accusations", told before.
    assert _role(annotator, body, "rejeté", "time", False) == ["vendredi"]


@pytest.mark.parametrize(
    ("body", "trigger", "actor"),
    [
        (
            "The court freed the former ministers on Thursday. A lawyer for the former "
            "ministers welcomed the decision.",
            "welcomed",
            "A lawyer for the former ministers",
        ),
        (
            "Gunmen attacked the market on Sunday. A spokesman for the regional governor "
            "condemned the attack on Monday.",
            "condemned",
            "A spokesman for the regional governor",
        ),
    ],
)
def test_who_speaks_for_others_is_the_actor(
    annotator: Preannotator, body: str, trigger: str, actor: str
) -> None:
    assert _role(annotator, body, trigger, "actor", True) == [actor]
