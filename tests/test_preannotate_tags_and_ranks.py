"""Pre-annotation 0.31.0: a speaker tagged after the act, a single English source, the
outlet between "appris" and its source, a superlative that ranks an event, a toll's
destroyed motorbikes, a count in English quotes, and units that are never parties. Each
sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str, english: bool) -> list[tuple[str, str, str]]:
    """(label, trigger text, mode or "") of each suggested event."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    modes = {
        i["id"]: i["value"]["choices"][0]
        for i in result
        if i.get("type") == "choices" and str(i.get("from_name", "")).startswith("mode_")
    }
    return [
        (spans[i["id"]]["labels"][0], spans[i["id"]]["text"], modes.get(i["id"], ""))
        for i in result
        if i.get("from_name") == "event"
    ]


# --- Who tells it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "trigger", "english", "source"),
    [
        (
            "Militants killed 34 soldiers near Banibangou on Thursday, the army said.",
            "killed",
            True,
            "the army",
        ),
        (
            "Gunmen killed five people, including a child, in Tera on Sunday, residents said.",
            "killed",
            True,
            "residents",
        ),
        (
            "Soldiers arrested 12 suspects in Gao on Monday, a security source told AFP.",
            "arrested",
            True,
            "a security source",
        ),
        (
            "Cinq militaires ont été tués lundi près de Tillia, a appris l'AFP de sources "
            "sécuritaires.",
            "tués",
            False,
            "sources sécuritaires",
        ),
    ],
)
def test_the_speaker_tagged_after_the_act_is_its_source(
    annotator: Preannotator, body: str, trigger: str, english: bool, source: str
) -> None:
    assert _role(annotator, body, trigger, "source", english) == [source]


def test_a_speaker_before_the_act_is_not_taken_from_after_it(annotator: Preannotator) -> None:
    # No comma between the act and the name: the name is no speaker's tag.
    body = "Soldiers killed 12 militants near Tessit on Monday and the army said nothing more."
    assert _role(annotator, body, "killed", "source", True) == []


# --- Which words are events --------------------------------------------------------------


def test_a_superlative_ranks_an_event_and_names_none(annotator: Preannotator) -> None:
    body = (
        "Jihadist fighters killed at least 40 people in an attack on Djibo on Sunday. It was "
        "the deadliest attack in the region since June, when 50 soldiers were killed in an "
        "ambush near Arbinda."
    )
    events = [(label, text) for label, text, _ in _events(annotator, body, True)]
    assert events == [("ASSAULT", "attack"), ("ASSAULT", "ambush")]
    assert _role(annotator, body, "ambush", "casualties", True) == ["50 soldiers"]
    assert _role(annotator, body, "ambush", "location", True) == ["Arbinda"]


def test_a_french_superlative_after_a_copula_names_no_event(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué douze civils à Solenzo dimanche. Il s'agit de l'embuscade "
        "la plus meurtrière depuis le massacre de juin à Barsalogho."
    )
    events = [text for label, text, _ in _events(annotator, body, False) if label == "ASSAULT"]
    assert "embuscade" not in events


def test_a_superlative_that_tells_the_event_keeps_it(annotator: Preannotator) -> None:
    body = "The worst fighting in years broke out in Kidal on Sunday, residents said."
    assert ("ASSAULT", "fighting") in [(lb, t) for lb, t, _ in _events(annotator, body, True)]


def test_the_motorbikes_a_toll_lists_give_the_attack_no_mode(annotator: Preannotator) -> None:
    body = (
        "Les FAMa ont repoussé mardi une attaque terroriste contre leur camp de Boulkessi.\n"
        "Bilan provisoire : côté ami, quatre morts ; côté ennemi, plus de quarante "
        "terroristes neutralisés et une dizaine de motos détruites."
    )
    attacks = [mode for label, text, mode in _events(annotator, body, False) if text == "attaque"]
    assert attacks and attacks[0] != "destroy"


def test_a_burning_keeps_its_mode(annotator: Preannotator) -> None:
    body = "Des hommes armés ont incendié l'école et détruit le dispensaire de Solenzo."
    modes = {text: mode for label, text, mode in _events(annotator, body, False)}
    assert modes.get("incendié") == "destroy"


# --- Counts and places -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The army said that "several dozen terrorists" had been killed in the fighting.',
            [("several dozen terrorists", "killed", "vague", "20-99")],
        ),
        (
            "The army said “at least 20 militants” were killed.",
            [("at least 20 militants", "killed", "at-least", "20")],
        ),
        (
            "L'armée affirme que « plusieurs terroristes » ont été neutralisés.",
            [("plusieurs terroristes", "killed", "vague", "2-9")],
        ),
    ],
)
def test_a_count_in_quotes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)] == expected


def test_initially_said_of_something_else_is_no_correction(annotator: Preannotator) -> None:
    # "initialement" tells of the author first named, not of a first toll: the count
    # stays the event's, though the article counts the dead again.
    body = (
        "L'attaque, initialement attribuée au JNIM, a fait douze morts dimanche à Djibo.\n"
        "Le JNIM avait tué trois bergers en mai près de Djibo."
    )
    assert "douze morts" in _role(annotator, body, "attaque", "casualties", False)


def test_a_department_is_where_and_never_who(annotator: Preannotator) -> None:
    body = "Des hommes armés ont tué 34 soldats près de Banibangou jeudi, a indiqué l'armée."
    assert _role(annotator, body, "tué", "recipient", False) == []
    assert _role(annotator, body, "tué", "location", False) == ["Banibangou"]
