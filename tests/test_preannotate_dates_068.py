"""Pre-annotation 0.68.0, the day of a further act of the lead's occasion.

The actor of the lead's visit, meeting or handover, named again in the lead's paragraph
or the next one, does a further act of that occasion on its day when its sentence tells
none: a gift ("Le gouverneur a remis des vivres"), a meeting, an agreement, a deployment,
a lifting, in French and English. The traps: a violent act in the lead, another actor,
an act further on in the article, and a day of the act's own. Also an act joined by
"et" to a dated one, and a relative clause that tells a dated act's next step ("qui ont
ensuite incendié"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document

# The same actor's further act takes the lead's day.


def test_a_gift_after_the_lead_visit(annotator: Preannotator) -> None:
    doc = titled_document(
        "Visite du gouverneur",
        "Le gouverneur de la région de Mopti s'est rendu lundi à Sévaré, où des hommes armés "
        "ont attaqué un car la semaine dernière.\nLe gouverneur a remis des vivres et des "
        "couvertures aux familles des victimes.",
    )
    # Before 0.68.0 none.
    assert _times(annotator, doc, "remis des vivres") == [("lundi", "2025-09-08")]


def test_a_handout_after_the_lead_visit(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le ministre chez les déplacés",
        "Le ministre de la Solidarité a visité dimanche le site de déplacés de Sévaré.\n"
        "Sur place, le ministre a distribué des kits alimentaires à 300 ménages.",
    )
    assert _times(annotator, doc, "distribué") == [("dimanche", "2025-09-07")]


def test_a_deployment_after_the_lead_meeting(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le préfet chez les commerçants",
        "Le préfet de Mopti a rencontré lundi les commerçants du grand marché.\n"
        "Le préfet a déployé des agents de sécurité autour du marché.",
    )
    assert _times(annotator, doc, "déployé") == [("lundi", "2025-09-08")]


def test_a_lifting_after_the_lead_visit(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le ministre à Bandiagara",
        "Le ministre de l'Intérieur a effectué samedi une visite à Bandiagara.\n"
        "Le ministre a annoncé la levée du couvre-feu dans le cercle.",
    )
    assert _times(annotator, doc, "levée") == [("samedi", "2025-09-06")]


def test_english_handover_after_the_lead_visit(annotator: Preannotator) -> None:
    doc = english_document(
        "The governor of Niamey visited a flood camp on Sunday.\nThe governor handed over "
        "food and blankets to the families."
    )
    assert _times(annotator, doc, "handed") == [("Sunday", "2025-11-23")]


# Traps.


def test_no_day_after_a_violent_lead_act(annotator: Preannotator) -> None:
    # Guard: an attack is no occasion whose actor goes on acting.
    doc = titled_document(
        "Attaque à Sévaré",
        "Des hommes armés ont attaqué lundi un poste de gendarmerie à Sévaré, tuant deux "
        "gendarmes.\nLe gouverneur a remis des vivres aux familles des victimes.",
    )
    assert _times(annotator, doc, "remis des vivres") == []


def test_no_day_for_another_actor(annotator: Preannotator) -> None:
    # Guard: another giver than the lead's visitor.
    doc = titled_document(
        "Visite du ministre",
        "Le ministre de la Santé a visité lundi l'hôpital régional de Mopti.\n"
        "Le CONASUR a remis des vivres aux déplacés de la ville.",
    )
    assert _times(annotator, doc, "remis des vivres") == []


def test_no_day_further_on(annotator: Preannotator) -> None:
    # Guard: two paragraphs on, the occasion is no longer told.
    doc = titled_document(
        "Visite du gouverneur",
        "Le gouverneur de Mopti s'est rendu lundi à Djenné.\nDes habitants ont décrit une "
        "situation difficile depuis des mois.\nIls ont expliqué que les pistes sont coupées."
        "\nLe gouverneur a remis des vivres aux familles.",
    )
    assert _times(annotator, doc, "remis des vivres") == []


def test_the_act_s_own_day_is_kept(annotator: Preannotator) -> None:
    # Guard: a day of the act's own sentence is its day.
    doc = titled_document(
        "Visite du gouverneur",
        "Le gouverneur de Mopti s'est rendu lundi à Djenné.\nLe gouverneur a remis mardi "
        "des vivres aux familles.",
    )
    assert _times(annotator, doc, "remis") == [("mardi", "2025-09-09")]


def test_a_gift_joined_to_condolences_takes_their_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Visite du préfet",
        "Le préfet de Djenné s'est rendu mardi à Sofara, où un incendie a détruit le marché."
        "\nEntouré des notables, le préfet a présenté les condoléances de l'État aux "
        "commerçants et remis des vivres aux sinistrés.",
    )
    assert _times(annotator, doc, "remis des vivres") == [("mardi", "2025-09-09")]


def test_no_lead_day_at_the_end_of_days_of_work(annotator: Preannotator) -> None:
    # Guard: "Au terme de deux jours de travaux" is a day after the lead's, not told.
    doc = titled_document(
        "Réunion des ministres",
        "Les ministres de la Défense de la région se sont réunis lundi à Mopti pour une "
        "session de travail.\nAu terme de trois jours de travaux, ils ont signé un "
        "accord de défense mutuelle.",
    )
    assert _times(annotator, doc, "signé un accord") == []


# A relative clause telling the next step of a dated act takes its day.


def test_a_next_step_told_in_a_relative_clause(annotator: Preannotator) -> None:
    doc = titled_document(
        "Enlèvement",
        "Selon un élu local, trois agents de santé ont été enlevés mardi soir par des hommes "
        "armés qui ont ensuite incendié le dispensaire du village.",
    )
    # Before 0.68.0 none: the Tuesday was judged the abduction's only.
    assert _times(annotator, doc, "incendié") == [("mardi soir", "2025-09-09")]


def test_a_next_step_with_puis_on_the_object(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque",
        "Des hommes armés ont attaqué dimanche un convoi de commerçants, qui ont "
        "aussitôt abandonné leurs camions sur la route.",
    )
    # Guard: the traders' flight is no event of the lexicon; the attack keeps its day.
    assert _times(annotator, doc, "attaqué") == [("dimanche", "2025-09-07")]


def test_an_earlier_act_in_a_relative_clause_keeps_its_own_day(annotator: Preannotator) -> None:
    # Guard: a relative clause with its own time and no adverb of sequence.
    doc = titled_document(
        "Arrestation",
        "Les gendarmes ont arrêté lundi deux hommes qui avaient incendié l'école du "
        "village en mars.",
    )
    assert _times(annotator, doc, "incendié") == [("mars", "2025-03")]
