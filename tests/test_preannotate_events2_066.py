"""Pre-annotation 0.66.0, closures and suspensions the earlier rules threw away.

A closure told as a state is coded when it is an order still in force (corpus notes: a
closure ordered by someone is COERCE restrict, `ongoing` while it lasts): a border
closed ("la frontière demeure fermée côté nigérien", "has been closed on the Nigerien
side"), a fair closed "sur ordre des jihadistes"; so is English "closed" in a passive or
a relative clause ("schools that it closed in October"). A closure nobody ordered
("restent fermées en raison de l'insécurité"), a meeting that closed and "fermer les
yeux" stay uncoded. A suspension of a market coordinated with a curfew is a second
measure. Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_forcemoves_066 import _roles


def _events(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The (type, trigger text) of every suggested event."""
    result = next(annotator.predict([doc])).result
    return [
        (i["value"]["labels"][0], i["value"]["text"])
        for i in result
        if i.get("from_name") == "event" and i.get("type") == "labels"
    ]


def _event_choices(annotator: Preannotator, doc: dict[str, Any], word: str) -> list[str]:
    """Every choice (mode, temporal status...) set on the event whose trigger is ``word``."""
    result = next(annotator.predict([doc])).result
    ids = {i["id"] for i in result if i.get("from_name") == "event" and i["value"]["text"] == word}
    return sorted(
        c
        for i in result
        if i.get("id") in ids and "choices" in i["value"]
        for c in i["value"]["choices"]
    )


# Closures told as a state, ordered by someone.


def test_a_border_that_remains_closed_on_one_side_is_a_restriction(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Tensions à la frontière",
        "Des douaniers ont été attaqués mardi près de Gaya. Les relations restent "
        "difficiles, et la frontière terrestre entre les deux pays demeure fermée côté "
        "béninois.",
        town="Niamey",
    )
    assert ("COERCE", "fermée") in _events(annotator, doc)
    assert "restrict" in _event_choices(annotator, doc, "fermée")


def test_a_border_closed_in_an_apposition_is_a_restriction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Reprise du dialogue",
        "Les deux gouvernements ont repris le dialogue lundi. La frontière, fermée côté "
        "malien depuis janvier, pourrait rouvrir au printemps.",
        town="Bamako",
    )
    assert ("COERCE", "fermée") in _events(annotator, doc)


def test_a_fair_closed_on_the_orders_of_jihadists_is_a_restriction(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Foire fermée",
        "Le marché à bétail de Boni est fermé depuis trois semaines sur ordre du JNIM, "
        "qui accuse les éleveurs de renseigner l'armée.",
    )
    assert ("COERCE", "fermé") in _events(annotator, doc)
    assert _roles(annotator, doc, "fermé", "actor") == ["JNIM"]


def test_a_fair_kept_closed_by_decision_of_the_governor_is_a_restriction(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Foire de Bankass",
        "La foire de Bankass reste fermée par décision du gouverneur jusqu'à nouvel ordre.",
    )
    assert ("COERCE", "fermée") in _events(annotator, doc)


def test_an_english_border_closed_since_a_year_is_a_restriction(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "Gunmen attacked a customs post near Malanville on Tuesday. The land border "
        "between the two countries has been closed on the Nigerien side since 2023."
    )
    assert ("COERCE", "closed") in _events(annotator, doc)


def test_english_schools_that_a_government_closed_are_a_restriction(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "The government said on Thursday it had reopened 12 schools in Kandi district "
        "that it closed in October after attacks."
    )
    assert ("COERCE", "closed") in _events(annotator, doc)


# A second measure beside a curfew.


def test_a_market_suspended_with_a_curfew_is_a_second_measure(annotator: Preannotator) -> None:
    doc = titled_document(
        "Couvre-feu à Tessaoua",
        "Le préfet de Tessaoua a décrété mercredi un couvre-feu de 21 heures à 6 heures "
        "et suspendu jusqu'à nouvel ordre le marché à bétail de la commune.",
        town="Maradi",
    )
    events = _events(annotator, doc)
    assert ("COERCE", "couvre-feu") in events, events
    assert ("COERCE", "suspendu") in events, events
    assert "restrict" in _event_choices(annotator, doc, "suspendu")


def test_gold_panning_suspended_after_a_curfew_is_a_second_measure(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Kéniéba",
        "Le gouverneur a instauré lundi un couvre-feu dans le cercle et suspendu toutes "
        "les activités d'orpaillage.",
        town="Kayes",
    )
    assert ("COERCE", "suspendu") in _events(annotator, doc)


# Traps: closures nobody ordered, a meeting closing, looking away, a strike suspended.


def test_schools_closed_because_of_insecurity_stay_uncoded(annotator: Preannotator) -> None:
    doc = titled_document(
        "Écoles",
        "Des hommes armés ont incendié lundi l'école de Tanwalbougou. Dans la province, "
        "plus de trois cents écoles restent fermées en raison de l'insécurité.",
        town="Fada N'Gourma",
    )
    events = _events(annotator, doc)
    assert not any(e[1].startswith("ferm") for e in events), events


def test_a_school_closed_for_lack_of_pupils_stays_uncoded(annotator: Preannotator) -> None:
    doc = titled_document(
        "Retour des déplacés",
        "L'école du village, fermée depuis mars faute d'élèves, a rouvert lundi.",
    )
    events = _events(annotator, doc)
    assert not any(e[1].startswith("ferm") for e in events), events


def test_talks_that_closed_stay_uncoded(annotator: Preannotator) -> None:
    doc = english_document(
        "Delegations from Togo and Burkina Faso met in Lomé on Monday. The talks closed "
        "on Tuesday without a joint statement."
    )
    assert not any(e[1] == "closed" for e in _events(annotator, doc))


def test_closing_ones_eyes_on_a_border_stays_uncoded(annotator: Preannotator) -> None:
    doc = titled_document(
        "Accusations",
        "Niamey accuse Cotonou de fermer les yeux sur les mouvements de groupes armés "
        "près de la frontière.",
        town="Niamey",
    )
    assert not any(e[1].startswith("ferm") for e in _events(annotator, doc))


def test_a_strike_suspended_stays_a_concession(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grève",
        "Le syndicat des enseignants a suspendu mercredi sa grève après un accord.",
        town="Niamey",
    )
    assert ("CONCEDE", "suspendu") in _events(annotator, doc)
