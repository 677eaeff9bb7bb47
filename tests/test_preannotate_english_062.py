"""Pre-annotation 0.62.0, English articles (wires, UN and NGO notes, roundups).

A period written "2 to 8 March" without "from" is the span 2-8 March, not its last day.
A time a record is bounded by ("the deadliest since January") is not the act's day.
People gathered at a market or a fair, or gathering wood or water, are no protest unless
their sentence tells a demand. One person named by an office ("the mayor of the town of
Tera") counts without the place of the office, which stays the event's place. "A
handful of" and "a few" before a noun are vague counts of 2-9; "scores of" and "a handful
of" protesters are a crowd that acts. The member before "linked to al-Qaeda" acts; only
the network before a word of belonging ("an al-Qaeda affiliate") does not. Each sentence
is written for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sahel_events.annotation.ids import EventAttribute, Normalised
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document

#: The dateline of :func:`english_document`.
DATELINE = dt.date(2025, 11, 24)


def _norms(text: str) -> dict[str, str]:
    """Each expression found in ``text`` -> its norm_date."""
    return {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}


def _labels(annotator: Preannotator, body: str) -> list[tuple[str, str]]:
    """Each suggested event's trigger text and label, in text order."""
    result = next(annotator.predict([english_document(body)])).result
    found = [
        (i["value"]["start"], i["value"]["text"], i["value"]["labels"][0])
        for i in result
        if i.get("from_name") == "event"
    ]
    return [(text, label) for _, text, label in sorted(found)]


def _counts(text: str) -> list[tuple[str, str, str, str]]:
    """Each count found in ``text``: span, kind, qualifier, norm_count."""
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


def _event(annotator: Preannotator, body: str, trigger: str) -> dict[str, Any]:
    """The attributes of the event whose trigger is ``trigger``."""
    prediction = next(annotator.predict([english_document(body)]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    event = next(r for r in ann.regions.values() if r.control == "event" and r.text == trigger)
    return dict(event.choices)


# ---------------------------------------------------------------------- dates


def test_a_bare_day_span_is_the_whole_period() -> None:
    # Before 0.62.0 only "8 November" was read.
    assert _norms("during an operation conducted 2 to 8 November in Diffa") == {
        "2 to 8 November": "2025-11-02/2025-11-08"
    }


def test_a_bare_day_span_across_two_months() -> None:
    assert _norms("raids carried out 28 October through 3 November, the army said") == {
        "28 October through 3 November": "2025-10-28/2025-11-03"
    }


def test_a_span_opened_by_from_is_read_as_before() -> None:
    assert _norms("from 2 to 8 November") == {"from 2 to 8 November": "2025-11-02/2025-11-08"}


def test_the_bare_span_dates_the_operation(annotator: Preannotator) -> None:
    body = (
        "Security forces arrested 35 suspects in the Diffa region during an operation "
        "conducted 10 to 16 November, the interior ministry said."
    )
    assert _role(annotator, body, "arrested", "time", english=True) == ["10 to 16 November"]


def test_the_record_a_toll_is_compared_with_is_no_day(annotator: Preannotator) -> None:
    body = (
        "Militants ambushed a military convoy between Boni and Hombori, killing eight "
        "soldiers in the deadliest attack on the army since January, security sources "
        "said."
    )
    # Before 0.62.0 the ambush was dated January.
    assert _role(annotator, body, "ambushed", "time", english=True) == []


def test_a_weekday_stays_the_day_beside_the_record(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed 14 villagers in Tibga on Saturday, the deadliest attack in the "
        "province since August, a local official said."
    )
    assert _role(annotator, body, "attack", "time", english=True) == ["Saturday"]


# ---------------------------------------------------------------- gatherings


def test_villagers_gathered_at_the_market_are_no_protest(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least 12 people in Tibga on Tuesday night, a local official "
        "said. The assailants opened fire on residents gathered at the market, he said."
    )
    # Before 0.62.0 "gathered" was a PROTEST.
    assert "PROTEST" not in [label for _, label in _labels(annotator, body)]


def test_women_gathering_wood_are_no_protest(annotator: Preannotator) -> None:
    body = (
        "Suspected jihadists kidnapped more than two dozen women who were gathering "
        "wood near Arbinda on Thursday, residents said."
    )
    labels = _labels(annotator, body)
    assert "PROTEST" not in [label for _, label in labels]
    assert ("kidnapped", "ASSAULT") in labels


def test_a_crowd_at_the_market_that_protests_is_a_protest(annotator: Preannotator) -> None:
    body = (
        "Hundreds of traders gathered at the central market of Niamey on Monday to "
        "denounce a new tax, witnesses said."
    )
    assert ("gathered", "PROTEST") in _labels(annotator, body)


# --------------------------------------------------------------------- counts


def test_the_mayor_of_a_town_counts_without_the_town(annotator: Preannotator) -> None:
    body = (
        "Unidentified gunmen shot dead the mayor of the town of Tera in western Niger "
        "on Sunday evening, a security source said on condition of anonymity."
    )
    # Before 0.62.0 the count was "the mayor of the town of" and the place "Niger".
    assert _role(annotator, body, "shot dead", "casualties", english=True) == ["the mayor"]
    assert _role(annotator, body, "shot dead", "location", english=True) == ["Tera"]


def test_the_chief_of_a_named_village_counts_without_it() -> None:
    assert _counts("Gunmen killed the chief of Tibga village on Monday.") == [
        ("the chief", "killed", "exact", "1")
    ]


def test_an_office_of_no_place_keeps_its_complement() -> None:
    assert _counts("The imam of the mosque was killed on Friday.") == [
        ("The imam of the mosque", "killed", "exact", "1")
    ]


def test_a_handful_is_a_vague_count() -> None:
    assert _counts("A drone strike killed a handful of fighters near Kidal.") == [
        ("a handful of fighters", "killed", "vague", "2-9")
    ]


def test_a_few_before_a_noun_is_a_vague_count() -> None:
    assert _counts("The attack killed a few soldiers and wounded dozens.")[0] == (
        "a few soldiers",
        "killed",
        "vague",
        "2-9",
    )


def test_a_few_kilometres_counts_no_one() -> None:
    assert _counts("The bus was stopped a few kilometres from Tera.") == []


# --------------------------------------------------------------------- actors


def test_a_handful_of_protesters_act(annotator: Preannotator) -> None:
    body = (
        "A handful of protesters gathered in front of the National Assembly in Bamako "
        "on Wednesday to demand the release of a detained journalist, witnesses said."
    )
    assert _role(annotator, body, "gathered", "actor", english=True) == ["A handful of protesters"]


def test_scores_of_students_act(annotator: Preannotator) -> None:
    body = "Scores of students marched in Ouagadougou on Wednesday to demand their grants."
    assert _role(annotator, body, "marched", "actor", english=True) == ["Scores of students"]


def test_militants_linked_to_al_qaeda_attacked(annotator: Preannotator) -> None:
    body = (
        "Several soldiers were wounded when militants linked to al-Qaeda attacked an "
        "army camp in Dioura late last month, the junta said in a statement."
    )
    # Before 0.62.0 no actor: the word of belonging after "militants" made them the
    # network.
    assert _role(annotator, body, "attacked", "actor", english=True) == ["militants"]


def test_fighters_affiliated_with_islamic_state_attacked(annotator: Preannotator) -> None:
    body = "Fighters affiliated with the Islamic State attacked a patrol near Tillia on Sunday."
    assert _role(annotator, body, "attacked", "actor", english=True) == ["Fighters"]


def test_the_network_of_an_affiliate_does_not_act(annotator: Preannotator) -> None:
    body = "JNIM, an al-Qaeda affiliate, attacked a gendarmerie post near Djibo on Sunday."
    assert _role(annotator, body, "attacked", "actor", english=True) == ["JNIM"]


# ------------------------------------------------------------------ wire lead


def test_a_wire_lead_is_read_whole(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least 12 people in an attack on the village of Tibga on "
        "Tuesday night, a local official said on condition of anonymity."
    )
    assert _role(annotator, body, "attack", "actor", english=True) == ["Gunmen"]
    assert _role(annotator, body, "attack", "time", english=True) == ["Tuesday night"]
    assert _role(annotator, body, "attack", "casualties", english=True) == ["at least 12 people"]


def test_an_allegation_is_probable(annotator: Preannotator) -> None:
    body = (
        "Soldiers allegedly executed about 30 civilians in the village of Moura last "
        "week, according to unconfirmed reports from residents."
    )
    choices = _event(annotator, body, "executed")
    assert choices.get(EventAttribute.FACTUALITY_CERTAINTY) == ("probable",)


def test_the_past_week_is_not_a_time_of_the_killing(annotator: Preannotator) -> None:
    body = (
        "Over the past week, violence has surged in central Mali. Gunmen killed nine "
        "villagers in Yirgou on Tuesday, residents said."
    )
    assert _role(annotator, body, "killed", "time", english=True) == ["Tuesday"]


# ------------------------------------------------------------------ registry


def test_the_un_humanitarian_office_is_one_un_mention(annotator: Preannotator) -> None:
    body = (
        "More than 4,000 people have fled their homes in the Tillaberi region, the UN "
        "Office for the Coordination of Humanitarian Affairs (OCHA) said on Friday."
    )
    prediction = next(annotator.predict([english_document(body)]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    orgs = {
        r.text: r.texts.get(Normalised.ACTOR)
        for r in ann.regions.values()
        if r.control == "entity" and r.label == "ORG"
    }
    # Before 0.62.0 "UN" and "Coordination" were two mentions.
    assert orgs == {
        "UN Office for the Coordination of Humanitarian Affairs": "onu",
        "OCHA": "onu",
    }


# ------------------------------------------------------------------- roundups


def test_a_week_summed_before_its_items_is_their_head(annotator: Preannotator) -> None:
    body = (
        "Over the past week, militants killed at least 30 people across the central "
        "Sahel, according to our count.\nOn Tuesday, gunmen killed nine villagers in "
        "Yirgou, in northern Burkina Faso. On Thursday, an improvised explosive device "
        "killed four soldiers near Gao in Mali."
    )
    # Before 0.62.0 the head's "killed" took the Tuesday item's day, place and toll.
    assert _role(annotator, body, "killed", "casualties", english=True) == ["nine villagers"]
    assert _role(annotator, body, "killed", "location", english=True) == ["Yirgou"]


def test_one_act_over_the_past_week_stays_an_event(annotator: Preannotator) -> None:
    body = (
        "Over the past week, militants killed at least 30 people in an attack on the "
        "village of Yirgou, residents said."
    )
    assert ("attack", "ASSAULT") in _labels(annotator, body)


# -------------------------------------------------------------------- sources


def test_two_speakers_of_one_tag_are_both_sources(annotator: Preannotator) -> None:
    body = "Gunmen killed five traders near Gao on Sunday, residents and security sources said."
    # Before 0.62.0 no source: the first speaker is not right before "said".
    assert _role(annotator, body, "killed", "source", english=True) == [
        "residents",
        "security sources",
    ]


def test_a_numbered_source_and_a_resident_are_both_sources(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed five traders near Gao on Sunday, two security sources and a local "
        "resident told Reuters."
    )
    # Before 0.62.0 neither "two security sources" nor "a local resident" was a mention.
    assert _role(annotator, body, "killed", "source", english=True) == [
        "a local resident",
        "two security sources",
    ]


def test_a_relative_in_the_tag_is_the_source(annotator: Preannotator) -> None:
    body = (
        "A 45-year-old teacher was shot dead by suspected jihadists in the village of "
        "Koumbri on Tuesday night, a relative said."
    )
    assert _role(annotator, body, "shot dead", "source", english=True) == ["a relative"]
    assert _role(annotator, body, "shot dead", "actor", english=True) == ["suspected jihadists"]


def test_the_first_of_two_speakers_is_a_source_alone(annotator: Preannotator) -> None:
    body = (
        "A drone strike killed at least 20 civilians at a wedding in the village of "
        "Tarkint on Sunday, local officials and a rebel group said."
    )
    assert _role(annotator, body, "drone strike", "source", english=True) == ["local officials"]
