"""Pre-annotation 0.35.0: the state's act and an armed group's are two events; the
complement of a counted noun is no count; a toll goes to the act its sentence names; the
craft that struck gives the mode; who is said to have acted is no source; members of a
group an attribution names; a weekday of what is to come; the time of a promise, of an
act told before, of another act's complement; units and places the English and French
readers missed. Each sentence is written for the test, in the press's usual turns of
phrase."""

from __future__ import annotations

import datetime as dt

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_joined_and_anaphoric import _choices, _events, _result

# --- Which event -------------------------------------------------------------------------


def test_an_army_strike_told_after_a_massacre_is_its_own_event(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least eleven herders near Tillaberi on Friday, residents said.\n"
        "On Saturday, the army said it had carried out air strikes on a column of fighters "
        "further north, killing about thirty of them."
    )
    events = _events(annotator, body, english=True)
    assert ("ASSAULT", "killed") in events
    assert ("ASSAULT", "air strikes") in events
    assert _role(annotator, body, "killed", "casualties", True) == ["at least eleven herders"]


def test_a_riposte_stays_in_the_fight(annotator: Preannotator) -> None:
    body = (
        "Des assaillants ont attaqué dimanche le poste de gendarmerie de Sebba.\n"
        "Les militaires ont riposté et une dizaine d'assaillants ont été neutralisés."
    )
    assert [e for e in _events(annotator, body) if e[0] == "ASSAULT"] == [("ASSAULT", "attaqué")]


def test_two_acts_of_one_sentence_dated_months_apart_are_two(annotator: Preannotator) -> None:
    body = (
        "The report lists an attack on the village of Ogossagou in August in which 27 "
        "people died, and the killing of nine traders at the market of Diallassagou in "
        "September."
    )
    events = _events(annotator, body, english=True)
    assert ("ASSAULT", "attack") in events
    assert ("ASSAULT", "killing") in events


def test_captives_led_away_are_the_abduction_not_a_seizure(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé mardi une vingtaine de femmes près de Diffa. Selon le "
        "maire, les ravisseurs ont surgi des îlots du lac avant de repartir avec leurs "
        "captives."
    )
    events = _events(annotator, body)
    assert [e for e in events if e[0] == "COERCE"] == []
    assert ("ASSAULT", "enlevé") in events


def test_assistants_are_no_aid(annotator: Preannotator) -> None:
    body = "Police arrested the opposition leader on Sunday and also detained two of his aides."
    assert [e for e in _events(annotator, body, english=True) if e[0] == "AID"] == []
    # The aides' arrest is part of the leader's, one event.
    assert "two of his aides" in _role(annotator, body, "arrested", "casualties", True)


# --- Counts ------------------------------------------------------------------------------


def test_the_complement_of_a_counted_noun_is_no_count() -> None:
    found = find_casualties(
        "Deux enseignants d'une école primaire de la commune de Pissila ont été enlevés."
    )
    assert [(c.count, c.kind) for c in found] == [("2", "abducted")]


def test_one_person_named_by_what_he_led_is_one() -> None:
    found = find_casualties("Le convoyeur d'un camion de marchandises a été tué par balle.")
    assert [(c.text, c.count) for c in found] == [("Le convoyeur d'un camion de marchandises", "1")]


def test_a_toll_of_one_stays_one() -> None:
    found = find_casualties("Le bilan est d'un mort et de deux blessés.")
    assert [(c.count, c.kind) for c in found] == [("1", "killed"), ("2", "injured")]


def test_a_wish_to_the_wounded_counts_no_one() -> None:
    assert find_casualties("Le ministre a souhaité un prompt rétablissement aux blessés.") == []


def test_a_toll_joins_the_act_its_sentence_names(annotator: Preannotator) -> None:
    body = (
        "L'armée a mené du 2 au 6 mars des opérations dans la province du Soum, au cours "
        "desquelles une vingtaine de terroristes ont été neutralisés. Le 4 mars, "
        "une unité a détruit un dépôt de carburant près de Djibo.\n"
        "Deux soldats ont été blessés au cours de ces opérations."
    )
    assert "Deux soldats" in _role(annotator, body, "opérations", "casualties", False)
    assert _role(annotator, body, "détruit", "casualties", False) == []


# --- How and who -------------------------------------------------------------------------


def test_a_strike_by_aircraft_is_aerial(annotator: Preannotator) -> None:
    body = "Le 4 mars, un groupe de terroristes a été pris à partie par des aéronefs près de Djibo."
    assert _choices(annotator, body, "pris à partie", "mode_assault") == ["aerial"]


def test_who_is_said_to_have_acted_is_the_actor_not_the_source(annotator: Preannotator) -> None:
    body = (
        "Survivors who reached Kaya, some forty kilometres away, said the attackers also "
        "looted shops and burned the town hall."
    )
    for trigger in ("looted", "burned"):
        assert _role(annotator, body, trigger, "actor", True) == ["the attackers"]
        assert "the attackers" not in _role(annotator, body, trigger, "source", True)


def test_members_of_the_group_an_attribution_names(annotator: Preannotator) -> None:
    body = (
        "Une source sécuritaire a attribué l'embuscade à des éléments de l'État islamique au Sahel."
    )
    assert _role(annotator, body, "embuscade", "actor", False) == ["État islamique au Sahel"]
    assert _role(annotator, body, "embuscade", "recipient", False) == []


def test_groups_an_english_attribution_names(annotator: Preannotator) -> None:
    body = "Most of the victims died in attacks attributed to jihadist groups."
    assert _role(annotator, body, "attacks", "actor", True) == ["jihadist groups"]


def test_the_author_of_a_report_is_not_the_killer(annotator: Preannotator) -> None:
    body = (
        "A report published on Monday by the United Nations says that at least 40 civilians "
        "were killed in the region in October."
    )
    assert _role(annotator, body, "killed", "actor", True) == []


def test_a_crowd_of_students_protests(annotator: Preannotator) -> None:
    body = "Police fired tear gas to break up a protest by hundreds of university students."
    assert _role(annotator, body, "protest", "actor", True) == ["hundreds of university students"]


def test_a_claim_the_army_denied_is_no_body(annotator: Preannotator) -> None:
    body = "Residents said civilians were among the dead, a claim the army denied."
    spans = [
        i["value"]["text"] for i in _result(annotator, body, True) if i.get("type") == "labels"
    ]
    assert "a claim the army" not in spans
    assert "the army" in spans


# --- When --------------------------------------------------------------------------------


def test_a_weekday_of_what_is_to_come_is_the_next() -> None:
    monday = dt.date(2025, 11, 24)
    text = "The party said it would hold a sit-in outside the courthouse on Saturday."
    assert [str(t.interval.start) for t in find_dates(text, monday)] == ["2025-11-29"]
    said = "The party said the police broke up its sit-in on Saturday."
    assert [str(t.interval.start) for t in find_dates(said, monday)] == ["2025-11-22"]


def test_a_french_conditional_stays_in_the_past() -> None:
    monday = dt.date(2025, 11, 24)
    text = "L'attaque aurait fait dix morts samedi, selon un élu."
    assert [str(t.interval.start) for t in find_dates(text, monday)] == ["2025-11-22"]


def test_the_time_of_a_promise_is_not_the_call_s(annotator: Preannotator) -> None:
    body = (
        "The ministry said on Wednesday that the grants would be paid before the end of the "
        "month and called on the students to return to class."
    )
    assert _role(annotator, body, "called on", "time", True) == ["Wednesday"]


def test_an_act_told_as_what_came_before_borrows_no_day(annotator: Preannotator) -> None:
    body = (
        "Eleven soldiers were killed when militants attacked an army post on Monday.\n"
        "The attack came less than a week after an ambush on a supply convoy near Toma."
    )
    assert _role(annotator, body, "ambush", "time", True) == []


def test_the_time_of_another_act_s_complement(annotator: Preannotator) -> None:
    body = (
        "The report lists an attack on the village of Ogossagou in August in which 27 "
        "people died, and the killing of nine traders at the market of Diallassagou in "
        "September."
    )
    assert _role(annotator, body, "killing", "time", True) == ["September"]


# --- Where -------------------------------------------------------------------------------


def test_an_english_unit_named_before_its_name(annotator: Preannotator) -> None:
    body = (
        "Twenty people were killed in clashes between herders and farmers in the southern "
        "province of Mandoul, Chad, on Sunday."
    )
    assert _role(annotator, body, "clashes", "location", True) == ["Mandoul"]


def test_a_town_after_non_loin_de_is_a_place(annotator: Preannotator) -> None:
    body = "Une quinzaine de femmes avaient été enlevées en juin non loin de Bosso."
    assert _role(annotator, body, "enlevées", "location", False) == ["Bosso"]


def test_a_determiner_opening_a_sentence_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Huit personnes ont été tuées mardi dans le hameau de Sadia, selon des élus locaux.\n"
        "Les violences auraient éclaté après un vol de bétail."
    )
    spans = [
        i["value"]["text"]
        for i in _result(annotator, body, False)
        if i.get("type") == "labels" and i["value"]["labels"][0] in ("GPE", "LOC")
    ]
    assert "Les" not in spans


def test_the_toll_of_a_reported_strike_borrows_no_day(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least eleven herders near Tillaberi on Friday, residents said.\n"
        "The army said it had carried out air strikes further north, killing about thirty "
        "fighters."
    )
    assert _role(annotator, body, "air strikes", "time", True) == []


def test_who_faced_attacks_is_not_the_attacker(annotator: Preannotator) -> None:
    body = "Niger's army has faced repeated attacks in the region in recent months."
    assert _role(annotator, body, "attacks", "actor", True) == []


def test_the_day_of_the_month_told_after_dates_the_event(annotator: Preannotator) -> None:
    body = (
        "A priest who was kidnapped earlier this month in the east of Burkina Faso has been "
        "released, the diocese said on Saturday.\n"
        "The abduction took place on 14 November on the road to Sebba."
    )
    events = [e for e in _events(annotator, body, english=True) if e[0] == "ASSAULT"]
    assert events == [("ASSAULT", "kidnapped")]
    assert _role(annotator, body, "kidnapped", "time", True) == ["14 November"]
