"""Pre-annotation 0.67.0, round and vague counts told with no noun after their verb.

The press often leaves the counted people to the sentence before and gives the toll as a
bare quantity after a verb of outcome: a French round figure ("tuant une dizaine",
"neutralisé une trentaine", "blessant au moins une vingtaine"), an English dozen with its
bound ("killing at least a dozen", "killing about a dozen", "nearly two dozen"), tens or
hundreds after a quantifier ("tuant plusieurs dizaines", "killing several dozen"), and a
claimed figure in quotes with its partitive after the closing quote ('killing "several
dozen" of them', "tué « des dizaines » de militaires", 'killed "dozens" of soldiers').
The codebook's figures: "une dizaine" is about 10, "a dozen" about 12, "at least a
dozen" at least 12, tens 20-99. Before 0.67.0 the French round figure was read as one
person, the others were no count at all. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str, str | None, str]]:
    """Each count found in ``text``: its span, kind, figure and qualifier."""
    return [(c.text, c.kind, c.count, c.qualifier) for c in find_casualties(text)]


def _tolls(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The sorted "kind count" of the casualties of the event whose trigger is ``trigger``."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    events = {rid: text[r.start : r.end] for rid, r in ann.regions.items() if r.control == "event"}
    assert trigger in events.values(), sorted(events.values())
    out = []
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        if arg is None or Role.CASUALTIES not in rel.labels or events.get(rel.from_id) != trigger:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        out.append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    return sorted(out)


# French round figures with no noun.


def test_a_round_figure_after_a_participle_is_about_that_many() -> None:
    text = "Des hommes armés ont attaqué le hameau de Sirgou, tuant une vingtaine."
    # Before 0.67.0: "une vingtaine" was one person (exact 1).
    assert _counts(text) == [("une vingtaine", "killed", "20", "approximate")]


def test_two_round_figures_of_two_kinds() -> None:
    text = "Les assaillants ont mitraillé le marché, tuant une quinzaine et blessant une trentaine."
    assert _counts(text) == [
        ("une quinzaine", "killed", "15", "approximate"),
        ("une trentaine", "injured", "30", "approximate"),
    ]


def test_a_bound_on_a_bare_round_figure() -> None:
    text = "L'armée affirme avoir riposté, neutralisant au moins une dizaine, selon un communiqué."
    assert _counts(text) == [("au moins une dizaine", "killed", "10", "at-least")]


def test_tens_after_plusieurs_with_no_noun_are_tens() -> None:
    text = "Le drone a frappé un campement près de Boulikessi, tuant plusieurs dizaines."
    # Before 0.67.0: a few (2-9), the tens taken for the counted noun.
    assert _counts(text) == [("plusieurs dizaines", "killed", "20-99", "vague")]


def test_a_quoted_french_claim_with_its_noun_after_the_quote() -> None:
    text = "Le groupe affirme avoir tué « des dizaines » de gendarmes lors de l'assaut."
    assert _counts(text) == [("des dizaines", "killed", "20-99", "vague")]


# English dozens with no noun.


def test_at_least_a_dozen_with_no_noun() -> None:
    text = "Troops fired on the column near Gossi, killing at least a dozen, a source said."
    assert _counts(text) == [("at least a dozen", "killed", "12", "at-least")]


def test_two_dozen_and_several_of_two_kinds() -> None:
    text = "The gunmen opened fire in the market, killing nearly two dozen and wounding several."
    assert _counts(text) == [
        ("nearly two dozen", "killed", "24", "approximate"),
        ("several", "injured", "2-9", "vague"),
    ]


def test_a_quoted_several_dozen_of_them() -> None:
    text = 'The ministry said its jets had hit the convoy, killing "several dozen" of them.'
    assert _counts(text) == [("several dozen", "killed", "20-99", "vague")]


def test_quoted_dozens_of_soldiers_in_a_claim() -> None:
    text = 'The group said in a statement that its fighters had killed "dozens" of troops.'
    assert _counts(text) == [("dozens", "killed", "20-99", "vague")]


# The count reaches its event.


def test_an_english_strike_takes_its_bare_dozen(annotator: Preannotator) -> None:
    body = (
        "Mali's army said on Tuesday that its helicopters had struck a group of fighters "
        "near Hombori on Monday, killing about a dozen."
    )
    # Before 0.67.0 the strike had no casualties.
    assert _tolls(annotator, english_document(body), "struck") == ["killed 12"]


def test_a_french_ambush_takes_its_bare_round_figures(annotator: Preannotator) -> None:
    doc = titled_document(
        "Embuscade près de Dialoubé",
        "Des hommes armés ont tendu mardi une embuscade à un convoi de commerçants près de "
        "Dialoubé, tuant une dizaine et blessant une vingtaine, selon un élu local.",
    )
    # Before 0.67.0: "killed 1" and "injured 1".
    assert _tolls(annotator, doc, "embuscade") == ["injured 20", "killed 10"]


# Traps: what stays as it was.


def test_a_round_figure_with_its_noun_is_unchanged() -> None:
    text = "Une trentaine de civils ont été tués dans l'attaque de Djibasso."
    assert _counts(text) == [("Une trentaine de civils", "killed", "30", "approximate")]


def test_several_people_stay_a_few() -> None:
    # Trap: "plusieurs" before a noun of people is 2-9, not tens.
    text = "Les assaillants ont blessé plusieurs habitants avant de se replier."
    assert _counts(text) == [("plusieurs habitants", "injured", "2-9", "vague")]


def test_a_round_figure_of_things_is_no_count() -> None:
    # Trap: a bare round figure after a verb that is not of outcome counts no one.
    text = "Les assaillants ont incendié une vingtaine, selon le maire."
    assert _counts(text) == []


def test_a_dozen_years_is_no_count() -> None:
    # Trap: a dozen after the verb but followed by its noun of time.
    text = "The conflict has killed thousands over a dozen years, the report said."
    assert [c[0] for c in _counts(text)] != ["a dozen"]


# A round figure inside a toll's noun phrase.


def test_a_toll_of_about_ten_is_not_one() -> None:
    text = "Les autorités ont communiqué un bilan d'une quinzaine de morts."
    # Before 0.67.0: "un bilan d'une quinzaine de morts", one (exact).
    assert _counts(text) == [("une quinzaine de morts", "killed", "15", "approximate")]


def test_members_of_one_family_stay_their_count() -> None:
    # Trap: "d'une" before a noun that is no round figure stays in the phrase.
    text = "Quatre membres d'une même famille ont été blessés par l'explosion."
    assert _counts(text) == [("Quatre membres d'une même famille", "injured", "4", "exact")]


# An English count whose noun phrase holds an article after a preposition.


def test_english_victims_travelling_in_a_vehicle() -> None:
    text = (
        "Four herders travelling in a truck were killed when a mine exploded near Anderamboukane."
    )
    # Before 0.67.0 no count: "a" was taken for the French auxiliary.
    assert [c[1:3] for c in _counts(text)] == [("killed", "4")]


def test_english_captives_returning_from_a_fair(annotator: Preannotator) -> None:
    body = (
        "Gunmen stopped a minibus near Dogondoutchi on Sunday. Six traders returning from "
        "a livestock fair were abducted, local officials said."
    )
    assert _tolls(annotator, english_document(body), "abducted") == ["abducted 6"]


def test_the_french_auxiliary_still_ends_the_phrase() -> None:
    # Trap: the French "a" after a noun is the auxiliary, as before.
    text = "Un soldat a été tué et deux autres ont été blessés près de Sévaré."
    assert [c[1:3] for c in _counts(text)] == [("killed", "1"), ("injured", "2")]


# A tally over weeks or months is no one act's toll.


def test_a_tally_of_recent_weeks_stays_off_the_attack(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Tondibia",
        "Des hommes armés ont attaqué jeudi le hameau de Tondibia, tuant quatre éleveurs. "
        "Ces dernières semaines, une cinquantaine de civils ont été tués dans la commune.",
    )
    # Before 0.67.0 the fifty were linked to Thursday's attack.
    assert _tolls(annotator, doc, "attaqué") == ["killed 4"]


def test_an_english_tally_of_recent_months(annotator: Preannotator) -> None:
    body = (
        "Gunmen raided the village of Kamsi on Friday, killing five farmers. In recent "
        "months, some 40 people have been killed in the area, a local official said."
    )
    assert _tolls(annotator, english_document(body), "raided") == ["killed 5"]


def test_similar_attacks_this_month_are_a_tally(annotator: Preannotator) -> None:
    body = (
        "Militants ambushed a convoy near Gorom-Gorom on Monday, killing three drivers. "
        "About 25 people have been killed in similar attacks on the road this month."
    )
    assert _tolls(annotator, english_document(body), "ambushed") == ["killed 3"]


def test_a_french_month_opening_a_tally(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque près de Mondoro",
        "Des hommes armés ont tué mardi deux commerçants près de Mondoro. En un mois, "
        "une trentaine de civils ont été tués dans le cercle, selon un élu.",
    )
    assert _tolls(annotator, doc, "tué") == ["killed 2"]


def test_this_week_with_one_ambush_keeps_its_toll(annotator: Preannotator) -> None:
    # Trap: a week with one act named ("dans une embuscade") is that act's toll.
    doc = titled_document(
        "Embuscade près de Boni",
        "Cette semaine, douze soldats ont été tués dans une embuscade près de Boni.",
    )
    assert _tolls(annotator, doc, "embuscade") == ["killed 12"]


# A force's losses told as a round figure or a vague count.


def test_losses_as_a_round_figure() -> None:
    text = "Les assaillants se sont repliés vers la frontière, perdant une vingtaine d'hommes."
    # Before 0.67.0 no count: only a number could follow "perdant".
    assert _counts(text) == [("une vingtaine d'hommes", "killed", "20", "approximate")]


def test_losses_quoted_in_english() -> None:
    text = 'The militants were pushed back, losing "dozens" of fighters, the army said.'
    assert [c[1:] for c in _counts(text)] == [("killed", "20-99", "vague")]


def test_lost_vehicles_are_no_count() -> None:
    # Trap: a round figure of things lost counts no one.
    text = "Le convoi a perdu une dizaine de camions dans l'embuscade."
    assert _counts(text) == []


# The people taken or arrested, told bare after their verb.


def test_a_bare_round_figure_of_hostages() -> None:
    text = "Des hommes armés ont arrêté le car près de Boni et enlevé une quinzaine, selon un élu."
    # Before 0.67.0 no count: only the dead and the wounded were read bare.
    assert _counts(text) == [("une quinzaine", "abducted", "15", "approximate")]


def test_bare_dozens_arrested_in_english() -> None:
    text = "Riot police arrested dozens, the students' union said."
    assert _counts(text) == [("dozens", "arrested", "20-99", "vague")]


def test_a_day_after_an_abduction_is_no_count() -> None:
    # Trap: a day of the month after the participle counts no one.
    text = "Le chef de village, enlevé le 12, a été libéré samedi."
    assert [c[1] for c in _counts(text)] != ["abducted"]
