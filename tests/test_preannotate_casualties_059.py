"""Pre-annotation 0.59.0, casualty counts and the event they belong to.

Counts the patterns missed: a range opened by "entre", "between" or written in words
("tuant entre 10 et 15 civils", "dix à douze morts"); "One soldier was killed" (the
singular auxiliary); a hostage-taking before its count ("pris en otage une quarantaine
de passagers"); "scores of"; the dead counted as bodies or buried ("plus de 40 corps",
"Nous avons enterré quatorze personnes"); a toll reached far after "toll", the number of
the dead reached, a toll put at a figure, the lives an act claimed; a vague count with
no noun after its verb ("injuring dozens"); how badly after the auxiliary ("ont été
grièvement blessés"), and the fatally wounded as dead; more words of estimate and bound
("roughly", "up to", "half a dozen", "une demi-douzaine"); a first coordinated count
before an aside or a vague count ("Onze militaires, dont un colonel, et deux civils",
"sept dozos et « plusieurs assaillants »"); more words of the dead and the arrested
("y ont laissé la vie", "mis aux arrêts").

The event a toll belongs to: a toll told after an attack and its phases ("ont d'abord
fait exploser une mine, avant d'ouvrir le feu") or the response of the attacked force
("La riposte ... Côté ami, deux morts") is the attack's; a sum since a start ("depuis
son déploiement") and another act's toll in the pluperfect ("celle du 3 février contre un
autre car, qui avait fait cinq morts") belong to no event.
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str, str, str | None]]:
    """Each count found in ``text``: its span, kind, qualifier and norm_count."""
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


def _tolls(annotator: Preannotator, body: str) -> dict[str, list[tuple[str, str]]]:
    """Each suggested event's trigger text -> its casualty figures (kind, count), sorted
    (a body opening on "The " or "Gunmen" is an English article)."""
    english = body.startswith(("The ", "Gunmen", "Militants"))
    doc = english_document(body) if english else titled_document("Titre", body)
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    out: dict[str, list[tuple[str, str]]] = {}
    for region in ann.regions.values():
        if region.control == "event":
            out[doc["text"][region.start : region.end]] = []
    for rel in ann.relations:
        if Role.CASUALTIES not in rel.labels:
            continue
        event, count = ann.regions.get(rel.from_id), ann.regions.get(rel.to_id)
        if event is None or count is None:
            continue
        kind = next(iter(count.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        figure = count.texts.get(Normalised.COUNT, "").strip()
        out.setdefault(doc["text"][event.start : event.end], []).append((kind, figure))
    return {k: sorted(v) for k, v in out.items()}


@pytest.mark.parametrize(
    ("text", "span", "count"),
    [
        (
            "Des hommes armés ont attaqué le village, tuant entre 10 et 15 civils.",
            "entre 10 et 15 civils",
            "10-15",
        ),
        (
            "Between 20 and 30 villagers were killed in the raid.",
            "Between 20 and 30 villagers",
            "20-30",
        ),
        ("Une source évoque « dix à douze morts » au total.", "dix à douze morts", "10-12"),
        ("L'attaque a fait entre dix et quinze morts.", "entre dix et quinze morts", "10-15"),
    ],
)
def test_a_range_is_one_approximate_count(text: str, span: str, count: str) -> None:
    # Before 0.59.0 no count, or the second figure alone ("30 villagers" 30, exact), or
    # the first word of "dix à douze" read as 12.
    assert (span, "killed", "approximate", count) in _counts(text)


def test_a_dateline_year_and_a_count_are_no_range() -> None:
    # Guard: the dash of a dateline stays no range ("2025 - Deux").
    assert _counts("Mopti, 27 novembre 2025 - Deux gendarmes ont perdu la vie lundi.") == [
        ("Deux gendarmes", "killed", "exact", "2")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One soldier was killed and four others were wounded in the blast.",
            [("One soldier", "killed", "exact", "1"), ("four others", "injured", "exact", "4")],
        ),
        (
            "Des hommes armés ont pris en otage une quarantaine de passagers.",
            [("une quarantaine de passagers", "abducted", "approximate", "40")],
        ),
        (
            "Scores of civilians were killed when militants raided the villages.",
            [("Scores of civilians", "killed", "vague", "20-99")],
        ),
        (
            "« Nous avons compté plus de 40 corps », a déclaré un notable.",
            [("plus de 40 corps", "killed", "at-least", "41")],
        ),
        (
            "« Nous avons enterré dimanche quatorze personnes », raconte un habitant.",
            [("quatorze personnes", "killed", "exact", "14")],
        ),
        (
            "The death toll from the attack on a mosque in the village of Fambita in western "
            "Niger has risen to 44, officials said.",
            [("44", "killed", "exact", "44")],
        ),
        ("Le nombre de morts est passé à 40 mercredi.", [("40", "killed", "exact", "40")]),
        ("Officials put the death toll at 27.", [("27", "killed", "exact", "27")]),
        ("The explosion claimed 30 lives on Sunday.", [("30 lives", "killed", "exact", "30")]),
        (
            "Gunmen opened fire, killing 15 people and injuring dozens.",
            [("15 people", "killed", "exact", "15"), ("dozens", "injured", "vague", "20-99")],
        ),
        (
            "Trois soldats ont été grièvement blessés lors de l'accrochage.",
            [("Trois soldats", "injured", "exact", "3")],
        ),
        ("Un passant a été mortellement blessé.", [("Un passant", "killed", "exact", "1")]),
        (
            "Half a dozen soldiers were killed in the ambush.",
            [("Half a dozen soldiers", "killed", "approximate", "6")],
        ),
        (
            "Une demi-douzaine de gendarmes ont été tués.",
            [("Une demi-douzaine de gendarmes", "killed", "approximate", "6")],
        ),
        (
            "Roughly 30 civilians were killed in the strike.",
            [("Roughly 30 civilians", "killed", "approximate", "30")],
        ),
        ("Cinq soldats y ont laissé la vie.", [("Cinq soldats", "killed", "exact", "5")]),
        (
            "Quatre officiers ont été mis aux arrêts jeudi.",
            [("Quatre officiers", "arrested", "exact", "4")],
        ),
        (
            "Dix-sept des vingt-deux otages ont été libérés samedi.",
            [("Dix-sept des vingt-deux otages", "abducted", "exact", "17")],
        ),
        (
            "The army said it killed 50 militants, losing nine of its own soldiers.",
            [
                ("50 militants", "killed", "exact", "50"),
                ("nine of its own soldiers", "killed", "exact", "9"),
            ],
        ),
        (
            "Au moins sept dozos et « plusieurs assaillants » ont été tués.",
            [
                ("Au moins sept dozos", "killed", "at-least", "7"),
                ("plusieurs assaillants", "killed", "vague", "2-9"),
            ],
        ),
        (
            "Onze militaires, dont un colonel, et deux civils ont été interpellés à Kati.",
            [
                ("Onze militaires", "arrested", "exact", "11"),
                ("deux civils", "arrested", "exact", "2"),
            ],
        ),
        (
            "Une vingtaine de militaires et de volontaires pour la défense de la patrie (VDP) "
            "ont été tués.",
            [
                (
                    "Une vingtaine de militaires et de volontaires pour la défense de la patrie",
                    "killed",
                    "approximate",
                    "20",
                )
            ],
        ),
    ],
)
def test_counts_the_patterns_missed(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    # Before 0.59.0 none of these counts, or a part ("a dozen soldiers" 12, "Une
    # demi-douzaine" one, "Dix-sept des" seven, "30 civilians" exact, "deux civils"
    # alone, "plusieurs assaillants" alone), or the wounded for the fatally wounded.
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Deux corps d'armée ont été déployés dans la région.",
        "Deux jours de combats et plusieurs soldats tués.",
        "Vingt civils et un chef de village ont été tués.",
    ],
)
def test_what_stays_as_it_was(text: str) -> None:
    # Guards: no bodies in "corps d'armée"; days are no first count; one side adds up.
    expected = {
        "Deux corps d'armée ont été déployés dans la région.": [],
        "Deux jours de combats et plusieurs soldats tués.": [
            ("plusieurs soldats tués", "killed", "vague", "2-9")
        ],
        "Vingt civils et un chef de village ont été tués.": [
            ("Vingt civils et un chef de village", "killed", "exact", "21")
        ],
    }
    assert _counts(text) == expected[text]


def test_a_toll_after_the_phases_of_an_attack_is_the_attacks(annotator: Preannotator) -> None:
    # Before 0.59.0 the toll went to the last phase told ("ouvrir le feu").
    tolls = _tolls(
        annotator,
        "Un convoi de commerçants escorté par l'armée a été attaqué mercredi près de Titao. "
        "Les assaillants ont d'abord fait exploser une mine au passage du véhicule de tête, "
        "avant d'ouvrir le feu sur les autres véhicules.\nLe bilan fait état de huit soldats "
        "tués et d'une dizaine de blessés.",
    )
    assert tolls["attaqué"] == [("injured", "10"), ("killed", "8")]
    assert tolls["ouvrir le feu"] == []


def test_the_attacked_sides_toll_after_the_response_is_the_attacks(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 the two dead went to the riposte with the attackers' dead.
    tolls = _tolls(
        annotator,
        "Une unité des FAMa a été prise à partie lundi par des terroristes près de Boni.\n"
        "La riposte vigoureuse des FAMa a permis de neutraliser une dizaine de terroristes. "
        "Côté ami, le bilan provisoire fait état de deux morts.",
    )
    assert tolls["prise à partie"] == [("killed", "2")]
    assert tolls["neutraliser"] == [("killed", "10")]


def test_a_cumulative_toll_belongs_to_no_event(annotator: Preannotator) -> None:
    # Before 0.59.0 the sum since the deployment completed the blast's toll.
    tolls = _tolls(
        annotator,
        "Deux casques bleus ont été tués lundi lorsque leur véhicule a sauté sur un engin "
        "explosif près de Tessalit. Depuis son déploiement, plus de 300 casques bleus ont "
        "perdu la vie au Mali.",
    )
    assert [("killed", "301")] not in tolls.values()
    assert any(figures == [("killed", "2")] for figures in tolls.values())


def test_another_acts_toll_in_the_pluperfect_belongs_to_no_event(
    annotator: Preannotator,
) -> None:
    # Before 0.59.0 the five dead and ten wounded of the earlier attack were the new one's.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont ouvert le feu mardi sur un car près de Bandiagara, tuant deux "
        "passagers. Cette attaque survient une semaine après celle du 3 septembre contre un "
        "autre car, qui avait fait cinq morts et une dizaine de blessés.",
    )
    assert tolls["ouvert le feu"] == [("killed", "2")]


def test_an_attack_repelled_keeps_its_toll(annotator: Preannotator) -> None:
    # Guard: "ont repoussé une attaque" is the attack itself, whose wounded stay its own.
    tolls = _tolls(
        annotator,
        "Mardi, un drone a frappé un marché près de Djibo, tuant six personnes.\nMercredi, "
        "des unités terrestres ont repoussé une attaque contre le poste de Gaskindé, tuant "
        "une quinzaine d'assaillants. Deux soldats ont été blessés.",
    )
    assert tolls["attaque"] == [("injured", "2"), ("killed", "15")]


def test_a_toll_told_beside_a_burning_is_the_attacks(annotator: Preannotator) -> None:
    # Before 0.59.0 the wounded soldier went to the burning of the trucks.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué lundi un convoi près de Téra. Deux camions ont été "
        "incendiés et un militaire blessé, selon une source sécuritaire.",
    )
    assert tolls["attaqué"] == [("injured", "1")]
    assert tolls["incendiés"] == []


def test_a_burnings_own_toll_stays_its_own(annotator: Preannotator) -> None:
    # Guard: a toll told by the burning's participle is the burning's.
    tolls = _tolls(
        annotator,
        "Gunmen torched a bus near Kaya on Monday, wounding four passengers.",
    )
    assert [("injured", "4")] in tolls.values()
