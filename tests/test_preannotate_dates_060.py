"""Pre-annotation 0.60.0, dates of events.

A span counted from a month or a year its paragraph tells ("En mars 2025, ... puis
libérés trois semaines plus tard") gives no day: it is no longer counted from the lead's
day (which put it after the dateline), and the capture keeps its month; an act followed
by such a span ("they were freed three weeks later") takes no day. Months or years
counted from the date told before ("freed a year later" after "December 2023", "six mois
plus tard") are that month, or that year. A suspension (SANCTION) is dated by its own
sentence only, not by the attack told before it. Each sentence is written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role

#: The dateline of the French articles below: Tuesday 9 September 2025 (titled_document's).
DATELINE = dt.date(2025, 9, 9)


def _norms(text: str, dateline: dt.date = DATELINE) -> dict[str, tuple[str, str]]:
    """Each expression found in ``text`` -> its norm_date and precision."""
    return {m.text: (m.interval.iso(), m.interval.precision) for m in find_dates(text, dateline)}


def test_weeks_counted_from_a_month_are_not_counted_from_the_lead() -> None:
    text = (
        "Des hommes armés ont attaqué lundi un poste de douane à Koury.\n"
        "En mars 2024, deux agents de ce poste avaient été enlevés, puis relâchés "
        "trois semaines plus tard."
    )
    norms = _norms(text)
    # 0.59.1 counted from the lead's Monday: 2025-09-29, after the dateline.
    assert "trois semaines plus tard" not in norms
    assert norms["mars 2024"] == ("2024-03", "month")


def test_days_counted_from_a_day_still_resolve() -> None:
    # Guard: a day of the paragraph is the anchor, as before.
    norms = _norms("Le 2 septembre, un élu a été enlevé. Il a été libéré deux jours plus tard.")
    assert norms["deux jours plus tard"] == ("2025-09-04", "day")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Four customs agents detained in Kaya in December 2023 were freed a year later.",
         "a year later", ("2024-12", "month")),
        ("Le 3 mars 2024, le maire a été arrêté. Six mois plus tard, il a été relâché.",
         "Six mois plus tard", ("2024-09", "month")),
        ("Des combats avaient éclaté en 2022. Deux ans plus tard, la paix est revenue.",
         "Deux ans plus tard", ("2024", "year")),
        ("En juin 2025, la route a rouvert. Trois mois plus tôt, elle avait été minée.",
         "Trois mois plus tôt", ("2025-03", "month")),
    ],
)  # fmt: skip
def test_months_or_years_counted_from_the_date_before(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.59.1 found no date there.
    assert _norms(text)[span] == expected


def test_months_counted_need_a_date_in_their_paragraph() -> None:
    # Guard: nothing to count from, nothing normalised.
    assert "Un an plus tard" not in _norms("Un an plus tard, la situation reste tendue.")


def test_the_capture_keeps_its_month(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un poste de douane à Koury.\n"
        "Rappelons qu'en mars 2024, deux enseignants de l'école du village avaient été "
        "enlevés, puis libérés contre rançon trois semaines plus tard."
    )
    # 0.59.1 gave the capture "trois semaines plus tard", counted from the lead's Monday.
    assert _role(annotator, body, "enlevés", "time", False) == ["mars 2024"]


def test_an_act_followed_by_an_unresolved_span_takes_no_day(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a health centre in Tera on Saturday, killing a nurse.\n"
        "In October 2024, armed men abducted two midwives from a clinic near Dori; they "
        "were freed three weeks later after talks led by local elders."
    )
    # 0.59.1 dated the release "three weeks later", counted from the lead's Saturday.
    assert _role(annotator, body, "freed", "time", True) == []
    assert _role(annotator, body, "abducted", "time", True) == ["October 2024"]


def test_a_release_a_year_later_takes_that_month(annotator: Preannotator) -> None:
    body = (
        "Burkina Faso expelled two French diplomats on Saturday, the foreign ministry said.\n"
        "Four French agents detained in Ouagadougou in December 2023 were freed a year "
        "later after mediation by Morocco."
    )
    # 0.59.1 gave the release no day.
    assert _role(annotator, body, "freed", "time", True) == ["a year later"]


def test_a_suspension_does_not_take_the_attack_s_day(annotator: Preannotator) -> None:
    body = (
        "Samedi, un camion de vivres du PAM a été incendié par des hommes armés sur l'axe "
        "Tahoua-Tillia. Le PAM a annoncé la suspension temporaire de ses convois vers le "
        "département."
    )
    # 0.59.1 gave the suspension the Saturday of the burning.
    assert _role(annotator, body, "suspension", "time", False) == []
    assert _role(annotator, body, "incendié", "time", False) == ["Samedi"]


def test_a_suspension_keeps_its_own_day(annotator: Preannotator) -> None:
    # Guard: a day of its own sentence dates it.
    body = (
        "Des hommes armés ont attaqué samedi un convoi près de Tillia. Le PAM a annoncé "
        "lundi la suspension de ses convois vers le département."
    )
    assert _role(annotator, body, "suspension", "time", False) == ["lundi"]


def test_a_measure_is_dated_when_decided_not_when_it_takes_effect(
    annotator: Preannotator,
) -> None:
    body = (
        "Le gouverneur a signé lundi soir un arrêté instaurant, à compter de ce mardi, un "
        "couvre-feu de 20 heures à 6 heures dans le cercle de Niono."
    )
    # 0.59.1 gave the curfew the day it takes effect, "ce mardi".
    assert _role(annotator, body, "couvre-feu", "time", False) == ["lundi soir"]


def test_a_measure_told_with_its_effect_day_alone_keeps_it(annotator: Preannotator) -> None:
    # Guard: no other day in the sentence, the day it takes effect (as the gold has it).
    body = (
        "La circulation des motos est interdite dans toute la région de Ménaka à compter "
        "de lundi, a annoncé le gouvernorat."
    )
    assert _role(annotator, body, "interdite", "time", False) == ["lundi"]


@pytest.mark.parametrize(
    ("body", "trigger", "day"),
    [
        ("Les pêcheurs ont été reçus lundi par le gouverneur de la région, qui a "
         "appelé les habitants à signaler tout mouvement suspect.", "appelé", "lundi"),
        ("Le ministre des Transports a reçu dimanche à Dakar l'ambassadeur du Niger, avec "
         "lequel il a convenu de réunir le comité de suivi du corridor.", "convenu de",
         "dimanche"),
        ("Des commerçants ont réclamé vendredi, lors d'une rencontre avec le préfet, le "
         "renforcement des escortes.", "rencontre", "vendredi"),
    ],
)  # fmt: skip
def test_what_is_said_at_a_meeting_takes_its_day(
    annotator: Preannotator, body: str, trigger: str, day: str
) -> None:
    # 0.59.1 judged the day the other act's and gave none.
    assert _role(annotator, body, trigger, "time", False) == [day]


def test_an_agreement_does_not_take_the_day_of_a_meeting_to_come(
    annotator: Preannotator,
) -> None:
    # Guard: the meeting is ahead, its month is not the agreement's.
    body = (
        "Les deux gouverneurs ont convenu de créer un comité mixte, qui devrait se réunir "
        "à Gaya en janvier prochain."
    )
    assert _role(annotator, body, "convenu de", "time", False) == []


def test_a_meeting_gathered_for_takes_the_gathering_s_days(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'État de la Confédération des États du Sahel (AES), réunis samedi et "
        "dimanche à Niamey pour leur deuxième sommet ordinaire, ont décidé de créer une "
        "banque confédérale d'investissement."
    )
    # 0.59.1 judged the days those of "réunis" and gave the summit none.
    assert _role(annotator, body, "sommet", "time", False) == ["samedi et dimanche"]


def test_a_time_opening_the_sentence_dates_the_acts_in_sequence(
    annotator: Preannotator,
) -> None:
    body = (
        "Un jeune homme a été tué samedi soir par un policier lors d'un contrôle routier. "
        "Dimanche, des dizaines de jeunes ont brûlé des pneus devant le commissariat et "
        "lancé des pierres sur les agents, qui les ont dispersés à coups de gaz lacrymogène."
    )
    # 0.59.1 gave the dispersal the Saturday evening of the sentence before.
    assert _role(annotator, body, "dispersés", "time", False) == ["Dimanche"]


def test_a_time_opening_a_saying_does_not_frame_what_is_reported(
    annotator: Preannotator,
) -> None:
    # Guard: what a saying reports is not dated by the saying's day.
    body = (
        "Dimanche, le ministre a annoncé que des hommes armés avaient enlevé trois "
        "commerçants sur la route de Gao."
    )
    assert _role(annotator, body, "enlevé", "time", False) == []


def test_a_day_between_the_verb_of_doing_and_the_act_is_the_act_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué un poste de l'armée près de Torodi dans la nuit de "
        "dimanche à lundi.\nL'armée a affirmé avoir mené samedi une frappe aérienne contre "
        "un campement de combattants près de Say."
    )
    # 0.59.1 judged "samedi" the saying's day.
    times = _role(annotator, body, "frappe aérienne", "time", False)
    assert times == ["samedi"]


def test_a_dated_opening_with_its_article_frames_the_sequence(
    annotator: Preannotator,
) -> None:
    body = (
        "Plus de mille déplacés ont regagné lundi la commune de Déou.\nLe 2 septembre, deux "
        "civils ont été tués lorsque leur charrette a sauté sur un engin explosif près "
        "d'Oursi."
    )
    # 0.59.1 judged "Le 2 septembre" the killing's only and gave the blast the lead's
    # Monday.
    assert _role(annotator, body, "sauté sur un engin explosif", "time", False) == ["2 septembre"]
