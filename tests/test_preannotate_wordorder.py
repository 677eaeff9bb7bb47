"""The subject before the verb, read from the order of words (pre-annotation 0.27.0), and
sentences that the model splits between two words joined again."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.ner import analyse
from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.wordorder import clause_subject, finite
from tests.test_preannotate_clashsides import _actors


@pytest.mark.parametrize(
    ("body", "trigger", "actors"),
    [
        # A name the model does not know, read as an adjective: the parse cut the
        # subject in two and began a sentence inside it.
        (
            "Le bilan reste incertain. L'association Kisal Pulaaku a accusé mardi des "
            "miliciens d'avoir tué onze bergers près de Dialloubé.",
            "accusé",
            ["L'association Kisal Pulaaku"],
        ),
        # An opening participle that the parse makes the subject.
        (
            "Joint par téléphone, un responsable de la gendarmerie nationale a rejeté ces "
            "accusations.",
            "rejeté",
            ["un responsable de la gendarmerie nationale"],
        ),
        # Initials the model does not know, and a common noun written with a capital:
        # bodies.
        (
            "Le bilan reste incertain. Le MDRE avait déjà mis en cause la gendarmerie en juillet.",
            "mis en cause",
            ["MDRE"],
        ),
        (
            "Le journal a été suspendu jeudi.\nLa Plateforme des éditeurs a dénoncé dans un "
            "communiqué une mesure arbitraire.",
            "dénoncé",
            ["La Plateforme des éditeurs"],
        ),
        # A pronoun subject shared by a second verb, which the parse attached to the
        # first verb's object: the person the sentence before named.
        (
            "Le préfet du département s'est rendu lundi à Kantchari. Il a promis "
            "l'envoi rapide d'une équipe médicale et a appelé les ravisseurs à libérer "
            "les deux infirmiers.",
            "appelé",
            ["Le préfet du département"],
        ),
    ],
)
def test_the_phrase_that_opens_a_clause_is_its_actor(
    annotator: Preannotator, body: str, trigger: str, actors: list[str]
) -> None:
    assert _actors(annotator, body, trigger) == actors


def _subjects(text: str) -> dict[str, str | None]:
    """Each verb of ``text`` with the phrase read as its subject (None: no phrase), for
    the finite verbs only."""
    analysis = next(analyse([(text, "fr")]))
    tokens = analysis.tokens
    out: dict[str, str | None] = {}
    for t in tokens:
        if t.pos == "VERB" and finite(tokens, t.index):
            phrase = clause_subject(tokens, t.index)
            out[t.text] = (
                None if phrase is None else text[tokens[phrase[0]].start : tokens[phrase[1]].end]
            )
    return out


def test_a_subject_is_read_across_the_verb_group_only() -> None:
    subjects = _subjects(
        "Selon des habitants, le préfet du département ne s'est pas rendu sur place, "
        "mais il a déjà promis que des renforts seraient envoyés."
    )
    # Negation and the reflexive pronoun belong to the verb group; "Selon des
    # habitants," opens the sentence before the subject.
    assert subjects["rendu"] == "le préfet du département"
    assert subjects["envoyés"] == "des renforts"
    # A pronoun subject is none.
    assert _subjects("Le maire est inquiet. Il a dénoncé une attaque.")["dénoncé"] is None


def test_a_participle_qualifying_a_noun_opens_no_clause() -> None:
    subjects = _subjects("Les personnes interpellées lundi ont été relâchées, a indiqué un avocat.")
    assert "interpellées" not in subjects  # no mood: a qualifier, not a verb of its own
    assert subjects["relâchées"] == "Les personnes interpellées lundi"
    assert subjects["indiqué"] is None  # "a indiqué un avocat": the subject comes after


def test_no_sentence_begins_between_two_words_of_a_line() -> None:
    text = (
        "Le bilan reste incertain. L'association Kisal Pulaaku a accusé mardi des "
        "miliciens d'avoir tué onze bergers.\nUn second paragraphe suit"
    )
    analysis = next(analyse([(text, "fr")]))
    starts = [text[s:e].split()[0] for s, e in analysis.sentences]
    assert starts == ["Le", "L'association", "Un"]
