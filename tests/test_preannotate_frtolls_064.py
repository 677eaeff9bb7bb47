"""Pre-annotation 0.64.0, casualty figures in French articles worded unlike the dev half.

A contrast at another place whose clause tells only a toll ("tandis qu'à Dianweli, sept
personnes sont mortes et cinq ont été blessées") is an act of its own, put on the toll's
predicate, with that toll and that place; before, its counts were linked to nothing. A
plural after an article ("parmi les chauffeurs et 8 blessés") is no one person joined to
the next count (it was read as "le" glued to the "s", and the count grew by one). "Au
total" opening a sentence after one act told alone is that act's toll, not a period's
sum. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.annotation.ids import Role
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_tolls2_062 import _role_of
from tests.test_preannotate_tolls_061 import events_with_tolls


def _counts(text: str) -> list[tuple[str, str | None]]:
    """Each count found in ``text``: its kind and figure."""
    return [(c.kind, c.count) for c in find_casualties(text)]


# A contrast at another place told by its toll alone.


def test_a_contrast_told_by_its_toll_is_an_act_of_its_own(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche le village de Sadia, tuant neuf personnes, "
        "tandis qu'à Dianweli, sept personnes sont mortes et cinq ont été blessées."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    # Before 0.64.0 the seven and the five were linked to nothing.
    assert ["killed 9"] in [tolls for _, tolls in events]
    assert ["injured 5", "killed 7"] in [tolls for _, tolls in events]


def test_the_contrast_s_act_is_placed_at_its_own_place(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont attaqué lundi un poste de gendarmerie à Léré, tuant quatre "
        "gendarmes, alors qu'à Niafunké, deux bergers ont perdu la vie."
    )
    doc = titled_document("Titre", body)
    events = events_with_tolls(annotator, doc)
    word = next(trigger for trigger, tolls in events if tolls == ["killed 2"])
    assert _role_of(annotator, doc, word, Role.LOCATION) == ["Niafunké"]


def test_a_contrast_at_the_same_place_makes_no_second_act(annotator: Preannotator) -> None:
    # Guard: the place was told before the contrast, one act (the rule's trap).
    body = (
        "Des hommes armés ont attaqué lundi le marché de Kaya, tandis qu'à Kaya même, "
        "trois commerçants sont morts."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert len([trigger for trigger, _ in events if trigger.lower().startswith("mort")]) == 0


def test_a_contrast_without_a_toll_makes_no_act(annotator: Preannotator) -> None:
    # Guard: the clause tells how things stand, not a toll.
    body = (
        "Des hommes armés ont attaqué lundi un convoi près de Djibo, tuant trois chauffeurs, "
        "tandis qu'à Arbinda, les habitants sont restés calmes."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert [tolls for _, tolls in events if tolls] == [["killed 3"]]
    assert not any(trigger.lower().startswith("rest") for trigger, _ in events)


# A plural is no one person of a pair.


def test_a_plural_side_before_a_second_count_adds_nothing() -> None:
    text = "Bilan : 12 morts parmi les chauffeurs et 8 blessés, selon une source sécuritaire."
    # Before 0.64.0 "les chauffeurs et 8 blessés" was 9 injured.
    assert _counts(text) == [("killed", "12"), ("injured", "8")]


def test_a_plural_subject_joined_to_a_count() -> None:
    text = "Les convoyeurs et six passagers ont été blessés par balles près de Gossi."
    # Before 0.64.0 seven (the plural read as one person).
    assert _counts(text) == [("injured", "6")]


def test_one_person_of_a_pair_still_counts() -> None:
    # Guard: the article and its noun spaced ("le chauffeur") or elided ("l'infirmier").
    assert _counts("Le chauffeur et trois passagers ont été tués.") == [("killed", "4")]
    assert _counts("L'infirmier et deux patients ont été blessés.") == [("injured", "3")]


# "Au total" after one act.


def test_au_total_after_one_act_is_its_toll(annotator: Preannotator) -> None:
    body = (
        "L'armée a annoncé mardi que ses positions sur l'île de Barkaram avaient été "
        "attaquées dans la nuit de dimanche à lundi.\n\nAu total, quatorze militaires ont "
        "trouvé la mort et dix-neuf ont été blessés, selon le communiqué."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    # Before 0.64.0 "Au total" made the sentence a period's sum: no toll at all.
    assert ["injured 19", "killed 14"] in [tolls for _, tolls in events]


def test_au_total_after_two_acts_stays_a_sum(annotator: Preannotator) -> None:
    # Guard: after two attacks "Au total" adds them up, no one act's toll.
    body = (
        "Des hommes armés ont attaqué lundi le village de Kiri, tuant cinq civils. Le même "
        "jour, une embuscade près de Pobé a tué trois soldats.\n\nAu total, huit personnes "
        "ont perdu la vie."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert all("killed 8" not in tolls for _, tolls in events)


def test_au_total_over_a_week_stays_a_sum(annotator: Preannotator) -> None:
    # Guard: a week's sum in a bulletin after one operation told.
    body = (
        "L'armée a mené samedi une frappe contre un groupe armé près de Tin-Akoff.\n\nAu "
        "total, 40 terroristes ont été neutralisés au cours de la semaine."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert all("killed 40" not in tolls for _, tolls in events)


# People missing after an abduction and a killing.


def test_the_missing_are_the_abduction_s_not_the_killing_s(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé dimanche une trentaine de femmes près de Kindjandi. "
        "Deux bergers qui tentaient de s'interposer ont été abattus.\n\nQuatre autres "
        "personnes sont portées disparues, selon une ONG."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    # Before 0.64.0 the four missing went to the killing told last.
    assert ["abducted 30", "abducted 4"] in [tolls for _, tolls in events]
    assert ["killed 2"] in [tolls for _, tolls in events]


# An earlier toll told in the pluperfect after the update.


def test_an_earlier_toll_in_the_pluperfect_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    body = (
        "Le bilan de l'attaque contre le camp de Dioura est passé à 21 soldats tués, a "
        "annoncé samedi l'armée, qui avait d'abord fait état de douze morts."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    # Before 0.64.0 both figures went to the attack (the earlier told after the update).
    assert ["killed 21"] in [tolls for _, tolls in events]


def test_a_pluperfect_report_of_the_only_toll_stays(annotator: Preannotator) -> None:
    # Guard: no other count of the kind, so no earlier toll replaced.
    body = (
        "Des hommes armés ont attaqué jeudi le village de Sona. Un élu avait fait état "
        "de six morts dès vendredi."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ["killed 6"] in [tolls for _, tolls in events]


# One person named by a kin term.


def test_a_wife_wounded_is_one_count() -> None:
    text = "Un commerçant a été assassiné à son domicile. Sa femme a été blessée au bras."
    # Before 0.64.0 the wife was no count (only "épouse" was a person's word).
    assert _counts(text) == [("killed", "1"), ("injured", "1")]


def test_a_daughter_wounded_after_the_chief_killed() -> None:
    text = "Des hommes armés ont tué le chef de village et blessé sa fille près de Diallassagou."
    assert _counts(text) == [("killed", "1"), ("injured", "1")]
