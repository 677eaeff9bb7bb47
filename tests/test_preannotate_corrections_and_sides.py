"""Pre-annotation 0.30.0: tolls a paper corrected or an update replaced, tolls reached
or lost, counts of another time, the act a definite noun names, a gathering struck,
protests dispersed, victims detailed, English accusations and titles, days counted
back. Each sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.actors import reacted_to
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.ner import Token
from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.triggers import Trigger
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str, english: bool = False) -> list[tuple[str, str]]:
    """(label, trigger text) of each suggested event."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return [
        (spans[i["id"]]["labels"][0], spans[i["id"]]["text"])
        for i in result
        if i.get("from_name") == "event"
    ]


def _labels(annotator: Preannotator, body: str) -> list[str]:
    result = next(annotator.predict([titled_document("Titre", body)])).result
    return [i["value"]["labels"][0] for i in result if i.get("type") == "labels"]


def _tolls(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


# --- Tolls corrected, replaced, reached, lost ------------------------------------------


def test_a_toll_the_paper_corrected_is_linked_to_nothing(annotator: Preannotator) -> None:
    body = (
        "Dans notre édition de vendredi, nous avions écrit, en nous fondant sur un "
        "témoignage, que l'attaque d'un marché proche de Sindou avait fait une vingtaine "
        "de morts. Ce chiffre était erroné.\nSelon le préfet, l'attaque a fait sept morts "
        "et quatre blessés."
    )
    attacks = [t for label, t in _events(annotator, body) if label == "ASSAULT"]
    assert attacks, "the attack is suggested"
    tolls = {
        text for trigger in attacks for text in _role(annotator, body, trigger, "casualties", False)
    }
    assert "une vingtaine de morts" not in tolls
    assert {"sept morts", "quatre blessés"} <= tolls


def test_a_figure_a_later_bulletin_corrects_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    body = (
        "Des jihadistes ont attaqué lundi le poste militaire de Makalondi. « Le bilan "
        "définitif est de trois morts et sept blessés », précise le texte, qui corrige le "
        "chiffre de cinq militaires tués avancé dans le précédent bulletin."
    )
    assert _role(annotator, body, "attaqué", "casualties", False) == [
        "sept blessés",
        "trois morts",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Des jihadistes ont attaqué un poste à Tillabéri mardi. Le bilan, initialement de "
        "10 morts, est passé à 17.",
        "Des jihadistes ont attaqué un poste à Tillabéri mardi. Le bilan de l'attaque de "
        "mardi, qui était de 10 morts, est passé à 17 jeudi.",
    ],
)
def test_the_update_is_the_toll_not_the_figure_it_replaced(
    annotator: Preannotator, body: str
) -> None:
    assert _role(annotator, body, "attaqué", "casualties", False) == ["17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 45 on Wednesday.", [("45", "killed", "exact", "45")]),
        ("The toll from the attack now stands at 62.", [("62", "killed", "exact", "62")]),
        (
            "Le bilan provisoire s'est alourdi à au moins 23 morts.",
            [("au moins 23 morts", "killed", "at-least", "23")],
        ),
        ("Le bilan est passé de 10 à 17 morts.", [("17 morts", "killed", "exact", "17")]),
        ("The death toll rose from 30 to 45.", [("45", "killed", "exact", "45")]),
        ("Les pertes s'élèvent à 12 soldats.", [("12 soldats", "killed", "exact", "12")]),
        ("L'armée a perdu onze de ses hommes.", [("onze de ses hommes", "killed", "exact", "11")]),
        ("The army lost 11 soldiers.", [("11 soldiers", "killed", "exact", "11")]),
        # The wounded keep their own noun; sums and things count no one.
        (
            "Le bilan s'élève à 12 morts et 30 blessés.",
            [("12 morts", "killed", "exact", "12"), ("30 blessés", "injured", "exact", "30")],
        ),
        ("Le bilan s'élève à 12 blessés.", [("12 blessés", "injured", "exact", "12")]),
        ("Le bilan s'élève à 3 millions de francs.", []),
        ("L'armée a perdu deux véhicules.", []),
    ],
)
def test_a_toll_reached_or_men_lost(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _tolls(text) == expected


def test_a_toll_reached_joins_the_attack_told_before(annotator: Preannotator) -> None:
    body = (
        "A suicide bomber struck a checkpoint in Gao on Tuesday. The death toll rose to 45 on "
        "Wednesday, officials said."
    )
    assert _role(annotator, body, "suicide bomber", "casualties", True) == ["45"]


def test_losses_deplored_are_no_accusation(annotator: Preannotator) -> None:
    body = (
        "Des assaillants ont incendié des maisons à Solenzo jeudi. On déplore au moins huit "
        "morts parmi les habitants."
    )
    assert "ACCUSE" not in [label for label, _ in _events(annotator, body)]


@pytest.mark.parametrize(
    "recalled",
    [
        "L'association avait déjà dénoncé la mort d'une trentaine de bergers dans la même "
        "province, des accusations rejetées par les autorités.",
        "En juin, l'association avait dénoncé la mort d'une trentaine de bergers dans la "
        "même province.",
    ],
)
def test_a_count_told_of_another_time_is_not_the_events(
    annotator: Preannotator, recalled: str
) -> None:
    body = (
        "Au moins douze civils ont été tués samedi dans un hameau proche de Djibo par des "
        "hommes armés, a affirmé lundi une association de défense des droits humains.\n" + recalled
    )
    assert _role(annotator, body, "tués", "casualties", False) == ["Au moins douze civils"]


# --- Which act a mention names ---------------------------------------------------------


def test_a_definite_noun_names_the_latest_act_told_by_its_word(annotator: Preannotator) -> None:
    body = (
        "Dans la région de Tillabéri, une patrouille est tombée le 4 septembre dans une "
        "embuscade entre Tondikiwindi et Mangaïzé. Trois gardes ont perdu la vie.\n"
        "Dans la région de Tahoua, des unités ont accroché le 6 septembre un groupe de "
        "bandits armés près de Tébaram. Deux bandits ont été tués au cours de l'accrochage."
    )
    assert _role(annotator, body, "embuscade", "casualties", False) == ["Trois gardes"]
    assert _role(annotator, body, "accroché", "casualties", False) == ["Deux bandits"]


def test_an_attack_named_with_its_own_date_is_another_event(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi le village de Dargol, tuant cinq civils. Le "
        "ministère revient aussi sur l'attaque du 21 août contre le poste militaire de "
        "Makalondi, qui a fait trois morts."
    )
    assert [t for label, t in _events(annotator, body) if label == "ASSAULT"] == [
        "attaqué",
        "attaque",
    ]
    assert _role(annotator, body, "attaqué", "casualties", False) == ["cinq civils"]
    # Who tells of the attack did not commit it.
    assert _role(annotator, body, "attaque", "actor", False) == []


def test_an_act_told_hours_later_by_another_group_is_its_own_event(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont pris d'assaut le poste de Namsiguia mardi en début "
        "d'après-midi.\nQuelques heures plus tard, un autre groupe a visé un marché de "
        "Pissila, tuant six civils."
    )
    events = [t for label, t in _events(annotator, body) if label == "ASSAULT"]
    assert events == ["pris d'assaut", "tuant"]
    assert _role(annotator, body, "tuant", "casualties", False) == ["six civils"]


@pytest.mark.parametrize(
    ("body", "english"),
    [
        (
            "Niger's army has said the Islamic State Sahel Province has carried out similar "
            "attacks on army convoys this year.",
            True,
        ),
        ("Les habitants de la commune redoutent de telles attaques.", False),
    ],
)
def test_a_kind_of_act_is_no_event(annotator: Preannotator, body: str, english: bool) -> None:
    assert [label for label, _ in _events(annotator, body, english)] == []


# --- Sides, targets, victims -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "english"),
    [
        ("Une frappe de drone a visé un rassemblement à Djenné dimanche.", False),
        ("A drone strike hit a wedding gathering in Tahoua on Sunday, killing 12 people.", True),
    ],
)
def test_a_gathering_struck_is_no_protest(
    annotator: Preannotator, body: str, english: bool
) -> None:
    assert "PROTEST" not in [label for label, _ in _events(annotator, body, english)]


def test_a_gathering_of_protesters_struck_is_still_a_protest(annotator: Preannotator) -> None:
    body = "Les soldats ont visé un rassemblement de manifestants devant la mairie de Kaya."
    assert "PROTEST" in [label for label, _ in _events(annotator, body)]


@pytest.mark.parametrize(
    ("body", "trigger", "english", "marchers"),
    [
        # Since 0.64.0 the people of the protest's noun are its actor (codebook:
        # protesters, "link a nominal"); the police that dispersed it still is not.
        (
            "La police a dispersé une manifestation d'étudiants à Bamako samedi.",
            "manifestation",
            False,
            ["étudiants"],
        ),
        ("Les autorités ont interdit la marche prévue samedi à Niamey.", "marche", False, []),
        ("Police dispersed a protest by students in Niamey on Saturday.", "protest", True, []),
    ],
)
def test_who_dispersed_or_banned_a_protest_did_not_march(
    annotator: Preannotator, body: str, trigger: str, english: bool, marchers: list[str]
) -> None:
    assert _role(annotator, body, trigger, "actor", english) == marchers


def test_the_dead_an_apposition_details_are_not_the_attackers(annotator: Preannotator) -> None:
    body = (
        "Au moins dix-huit personnes, dont douze Volontaires pour la défense de la patrie "
        "(VDP), ont été tuées mardi lors d'une attaque contre Namsiguia."
    )
    actors = _role(annotator, body, "attaque", "actor", False)
    assert not any("Volontaires" in a or "VDP" in a for a in actors)


def test_a_head_the_parse_found_in_another_sentence_is_no_reaction() -> None:
    # The parse of a whole article can hang a participle on the verb of the next
    # sentence ("ont « neutralisé » [...]. Sur place, des orpailleurs évoquent"): that
    # verb does not tell how the act's sentence speaks of it.
    text = "Des unités ont neutralisé huit assaillants. Des orpailleurs évoquent un bilan."
    words = [
        ("Des", "un", "DET", "det", 1),
        ("unités", "unité", "NOUN", "nsubj", 3),
        ("ont", "avoir", "AUX", "aux:tense", 3),
        ("neutralisé", "neutraliser", "ADJ", "advcl", 9),
        ("huit", "huit", "NUM", "nummod", 5),
        ("assaillants", "assaillant", "NOUN", "obj", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("Des", "un", "DET", "det", 8),
        ("orpailleurs", "orpailleur", "NOUN", "nsubj", 9),
        ("évoquent", "évoquer", "VERB", "ROOT", 9),
    ]
    tokens, pos = [], 0
    for k, (word, lemma, tag, dep, head) in enumerate(words):
        start = text.index(word, pos)
        pos = start + len(word)
        tokens.append(Token(start, pos, word, lemma, tag, "", "", k, dep, head))
    trig = Trigger(
        tokens[3].start,
        tokens[3].end,
        "neutralisé",
        "ASSAULT",
        None,
        (),
        0.9,
        "neutraliser",
        (3, 3),
    )
    first_sentence = (0, text.index(".") + 1)
    assert not reacted_to(text, trig, tokens, first_sentence)
    # The same verb in the act's own sentence is a reaction.
    assert reacted_to(text, trig, tokens, (0, len(text)))


@pytest.mark.parametrize(
    ("body", "trigger", "actor"),
    [
        (
            "A local rights group accused soldiers and army auxiliaries of executing at least "
            "25 civilians near Djibo last week.",
            "executing",
            "soldiers and army auxiliaries",
        ),
        (
            "Government spokesman Jean-Emmanuel Ouedraogo denied the accusations on Thursday.",
            "denied",
            "Government spokesman Jean-Emmanuel Ouedraogo",
        ),
        (
            "The army said on Tuesday that soldiers had killed 12 militants near Tessit.",
            "killed",
            "soldiers",
        ),
    ],
)
def test_english_people_accused_titled_or_reported(
    annotator: Preannotator, body: str, trigger: str, actor: str
) -> None:
    assert _role(annotator, body, trigger, "actor", True) == [actor]


def test_we_had_is_no_aircraft(annotator: Preannotator) -> None:
    body = "Dans notre édition de vendredi, nous avions écrit que le marché avait brûlé."
    assert "VEH" not in _labels(annotator, body)


# --- Days counted back -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont attaqué Sévaré mardi. Une semaine plus tôt, ils", "2026-11-24"),
        ("Des hommes armés ont attaqué Sévaré mardi. Trois jours auparavant, ils", "2026-11-28"),
        ("Gunmen attacked Sevare on Tuesday. A week earlier, they", "2026-11-24"),
        ("Gunmen attacked Sevare on Tuesday. Two days before, they", "2026-11-29"),
    ],
)
def test_days_counted_back_from_the_day_told(text: str, expected: str) -> None:
    found = [m.interval.iso() for m in find_dates(text, dt.date(2026, 12, 4))]
    assert found == ["2026-12-01", expected]


def test_days_before_an_event_named_after_them_are_not_counted() -> None:
    found = [
        m.text
        for m in find_dates(
            "Gunmen attacked Sevare on Tuesday, two days before the vote.", dt.date(2026, 12, 4)
        )
    ]
    assert found == ["Tuesday"]
