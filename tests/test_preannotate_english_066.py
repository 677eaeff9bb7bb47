"""Pre-annotation 0.66.0, English acts the lexicon's phrases did not reach.

English is read without a parser, so its acts come from the lexicon's phrases. Causes of
English acts missed, in the wires' wording: a quotation mark inside a phrase ('expressed
its "full solidarity"') broke it, and so did an adjective after an article or a count
('expressed its deep condolences', 'set up two new checkpoints'); a few common phrases
were missing (goods driven off with, stones thrown or hurled, people charged or held
incommunicado, checkpoints and bases set up); and a closing told with what was closed
before the verb ("the border has been closed since 2023", "schools that it closed in
September") was read as intransitive ("the talks closed on Friday"). A "closing
ceremony" closes nothing. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_backdrops_066 import _roles
from tests.test_preannotate_enactors_065 import _actors
from tests.test_preannotate_events import english_document
from tests.test_preannotate_findacts_064 import _events


def _labels_of(annotator: Preannotator, body: str) -> list[tuple[str, str]]:
    """Each suggested event of an English article: its label and its mode."""
    return [(label, mode) for label, mode, _ in _events(annotator, english_document(body))]


# Quotation marks and adjectives inside a phrase.


def test_solidarity_expressed_in_quotes(annotator: Preannotator) -> None:
    body = 'The Sahel states expressed their "total solidarity" with Chad on Tuesday.'
    # Before 0.66.0 no event: the quotation mark broke "express solidarity".
    assert _labels_of(annotator, body) == [("SUPPORT", "")]


def test_support_with_a_determiner_and_an_adjective(annotator: Preannotator) -> None:
    body = "Mali's foreign minister expressed his firm support for the junta on Friday."
    assert _labels_of(annotator, body) == [("SUPPORT", "")]


def test_checkpoints_set_up_by_the_army(annotator: Preannotator) -> None:
    body = "The army set up four new checkpoints on the roads into Diffa on Monday."
    doc = english_document(body)
    assert _events(annotator, doc) == [("MOBILIZE", "troops", "set up four new checkpoints")]
    assert _actors(annotator, doc, "set up four new checkpoints") == ["The army"]


# Phrases the lexicon lacked.


def test_goods_driven_off_with(annotator: Preannotator) -> None:
    body = "Gunmen stopped a lorry near Ayorou on Sunday and drove off with its cargo of rice."
    assert ("COERCE", "seize") in _labels_of(annotator, body)


def test_stones_thrown_at_the_police(annotator: Preannotator) -> None:
    body = "Youths hurled stones at the police in Zinder on Thursday, residents said."
    assert _labels_of(annotator, body) == [("PROTEST", "riot")]


def test_activists_were_charged(annotator: Preannotator) -> None:
    body = "Six activists were charged on Wednesday over the rally in Niamey, their lawyer said."
    assert ("ACCUSE", "allege") in _labels_of(annotator, body)


def test_a_journalist_held_incommunicado(annotator: Preannotator) -> None:
    body = "A journalist was held incommunicado for four days by the police in Maradi."
    assert _labels_of(annotator, body) == [("COERCE", "arrest")]


# A closing told with what was closed before the verb.


def test_a_border_closed_in_the_passive(annotator: Preannotator) -> None:
    body = "The border with Benin was closed on Monday by the authorities in Niamey."
    assert _labels_of(annotator, body) == [("COERCE", "restrict")]


def test_schools_that_the_governor_closed(annotator: Preannotator) -> None:
    body = "The 30 schools that the governor closed in October reopened on Monday in Tera."
    assert ("COERCE", "restrict") in _labels_of(annotator, body)


# Guards.


def test_talks_that_closed_close_nothing(annotator: Preannotator) -> None:
    body = "The talks that closed on Friday in Lome ended without a statement."
    assert ("COERCE", "restrict") not in _labels_of(annotator, body)


def test_a_closing_ceremony_closes_nothing(annotator: Preannotator) -> None:
    body = "The governor attended the closing ceremony of the forum in Dosso on Monday."
    assert ("COERCE", "restrict") not in _labels_of(annotator, body)


def test_a_lawyer_in_charge_accuses_nobody(annotator: Preannotator) -> None:
    body = "The lawyer in charge of the case met the judge in Niamey on Tuesday."
    assert ("ACCUSE", "allege") not in _labels_of(annotator, body)


def test_a_meeting_held_is_no_detention(annotator: Preannotator) -> None:
    body = "A meeting was held in Niamey on Monday between the governor and the chiefs."
    assert ("COERCE", "arrest") not in _labels_of(annotator, body)


def test_schools_closed_by_a_strike_are_a_state(annotator: Preannotator) -> None:
    body = "Banks and schools in Zinder were closed on Monday as the general strike began."
    assert ("COERCE", "restrict") not in _labels_of(annotator, body)


# Places told before an English act.


def test_a_closing_in_a_relative_clause_takes_its_antecedents_place(
    annotator: Preannotator,
) -> None:
    body = (
        "The ministry said on Tuesday it had reopened 20 schools in Kalale district that "
        "it closed in March, after the army set up three new posts nearby."
    )
    doc = english_document(body)
    # Before 0.66.0 no place: the district is told before the relative clause.
    assert "Kalale" in " ".join(_roles(annotator, doc, "closed", "location"))
    assert "Kalale" in " ".join(_roles(annotator, doc, "set up three new posts", "location"))


def test_a_priest_freed_is_not_placed_where_he_was_abducted(annotator: Preannotator) -> None:
    body = "A pastor abducted in June near Dori has been released, his church said on Monday."
    doc = english_document(body)
    assert _roles(annotator, doc, "released", "location") == []
