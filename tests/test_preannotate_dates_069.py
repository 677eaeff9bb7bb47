"""Pre-annotation 0.69.0, days the sequels, subordinate clauses and replies take.

The attackers' sequels told in a later paragraph take the attack's day, not the day its
toll was updated ("le bilan a été porté dimanche à sept morts", "s'est alourdi",
"est passé", "the toll rose"); a clause of "lorsque"/"quand" tells the moment of the
clause it hangs from ("tués lundi lorsque leur car a sauté sur une mine"); an act
counted a span of days or more back ("trois ans après avoir fui") does not take the
clause's day; a statement after a sentence that tells only a reply coming on a day
("La réponse est tombée lundi") takes that day. The traps: a later attack with its own
day, a toll updated with no attack day told, a sequence with no span, a sentence before
the statement that tells an act. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document

# A toll's update day is not the attack's.


def test_sequel_after_a_toll_carried_to(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque contre un poste",
        "Le poste de gendarmerie de Boni a été attaqué samedi à l'aube par des hommes armés. "
        "Le bilan a été porté dimanche soir à sept gendarmes tués, selon l'armée.\n"
        "Les assaillants ont ensuite incendié plusieurs boutiques du marché.",
    )
    # Before 0.69.0 the update's Sunday.
    assert _times(annotator, doc, "incendié") == [("samedi", "2025-09-06")]


def test_sequel_after_a_toll_that_grew(annotator: Preannotator) -> None:
    doc = titled_document(
        "Boni",
        "Des jihadistes ont attaqué vendredi le marché de Boni. Le bilan s'est alourdi "
        "lundi à douze morts, selon des sources sanitaires.\n"
        "Les jihadistes ont également enlevé deux commerçants.",
    )
    assert _times(annotator, doc, "enlevé") == [("vendredi", "2025-09-05")]


def test_sequel_after_a_toll_revised(annotator: Preannotator) -> None:
    doc = titled_document(
        "Douentza",
        "Un camp militaire a été attaqué jeudi soir près de Douentza. Le bilan officiel a "
        "été revu samedi à neuf soldats tués.\nLes assaillants ont ensuite pillé le dépôt "
        "de carburant du camp.",
    )
    assert _times(annotator, doc, "pillé") == [("jeudi soir", "2025-09-04")]


def test_guard_a_later_attack_keeps_its_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deux attaques",
        "Des hommes armés ont attaqué samedi le village de Boni. Lundi, d'autres "
        "assaillants ont attaqué le poste de Hombori.\nLes assaillants ont ensuite "
        "incendié l'école du poste.",
    )
    assert _times(annotator, doc, "incendié") == [("Lundi", "2025-09-08")]


# A clause of "lorsque" or "quand" is the moment of the clause it hangs from.


def test_mine_when_clause_after_a_toll_noun(annotator: Preannotator) -> None:
    doc = titled_document(
        "Mine sur l'axe",
        "Quatre passagers ont été tués et six autres blessés lundi lorsque leur car a "
        "sauté sur un engin explosif près de Hombori.",
    )
    # Before 0.69.0 none: the day was read as the wounding's.
    assert ("lundi", "2025-09-08") in _times(annotator, doc, "sauté sur un engin explosif")


def test_mine_quand_clause(annotator: Preannotator) -> None:
    doc = titled_document(
        "Mine près de Ménaka",
        "Deux soldats ont été tués et trois autres blessés dimanche quand leur véhicule a "
        "sauté sur une mine près de Ménaka.",
    )
    assert ("dimanche", "2025-09-07") in _times(annotator, doc, "sauté sur une mine")


# A span of days or more before "après avoir" tells another day.


def test_flight_years_before_the_return(annotator: Preannotator) -> None:
    doc = titled_document(
        "Retour à Seytenga",
        "Quelque 200 familles ont regagné la ville samedi, plus de trois ans après avoir fui "
        "leurs villages.",
    )
    assert ("samedi", "2025-09-06") not in _times(annotator, doc, "fui leurs villages")


def test_guard_no_span_shares_the_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Kaya",
        "Des hommes armés ont incendié samedi le marché de Kaya après avoir tué trois commerçants.",
    )
    assert _times(annotator, doc, "tué") == [("samedi", "2025-09-06")]


# A reply told as coming on a day dates the statement told next.


def test_denial_after_the_reply_came(annotator: Preannotator) -> None:
    doc = titled_document(
        "Accusations",
        "Le ministre malien a accusé mardi le Niger d'abriter des terroristes.\n"
        "La réponse nigérienne est tombée dès jeudi matin. Niamey a rejeté ces "
        "accusations, jugées infondées.",
    )
    # Before 0.69.0 none.
    assert _times(annotator, doc, "rejeté") == [("jeudi matin", "2025-09-04")]


def test_guard_an_act_before_the_statement(annotator: Preannotator) -> None:
    doc = titled_document(
        "Accusations",
        "Le ministre malien a accusé le Niger d'abriter des terroristes.\n"
        "En réponse, des manifestants ont incendié jeudi un drapeau. Niamey a rejeté ces "
        "accusations.",
    )
    assert _times(annotator, doc, "rejeté") == []


def test_sequel_after_a_toll_opened_by_its_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Embuscade",
        "Des hommes armés ont attaqué vendredi soir un convoi de ravitaillement près de "
        "Boulkessi, tuant plusieurs soldats. Dimanche, le bilan est passé à quatorze morts.\n"
        "Les assaillants ont ensuite brûlé trois camions-citernes.",
    )
    assert _times(annotator, doc, "brûlé") == [("vendredi soir", "2025-09-05")]


def test_english_sequel_after_a_toll_that_rose(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked a gendarmerie post near Tera on Friday. The death toll rose on "
        "Sunday to nine gendarmes, officials said.\nThe attackers then burned two vehicles "
        "at the post."
    )
    assert _times(annotator, doc, "burned") == [("Friday", "2025-11-21")]


def test_reaction_came_then_a_statement(annotator: Preannotator) -> None:
    doc = titled_document(
        "Tension diplomatique",
        "Le gouvernement burkinabè a accusé la semaine dernière Abidjan de soutenir des "
        "conjurés.\nLa réaction ivoirienne ne s'est pas fait attendre, lundi soir. Abidjan a "
        "démenti toute implication.",
    )
    assert _times(annotator, doc, "démenti") == [("lundi soir", "2025-09-08")]


def test_capture_after_a_toll_raised(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque du camp de Sofara",
        "Le camp de Sofara a été attaqué mercredi à l'aube par des jihadistes. Le bilan a "
        "grimpé jeudi soir à onze soldats tués et huit blessés.\nLe groupe a affirmé avoir "
        "capturé trois militaires, et les assaillants ont incendié des véhicules.",
    )
    assert _times(annotator, doc, "incendié") == [("mercredi", "2025-09-03")]


def test_mine_when_the_day_follows_the_wounded(annotator: Preannotator) -> None:
    doc = titled_document(
        "Mine près de Gao",
        "Dans la région de Gao, trois commerçants ont été tués et neuf autres blessés mardi "
        "lorsque leur minibus a sauté sur un engin explosif sur l'axe Gao-Ansongo.",
    )
    assert ("mardi", "2025-09-09") in _times(annotator, doc, "sauté sur un engin explosif")


def test_reply_came_then_a_rejection_in_english(annotator: Preannotator) -> None:
    doc = english_document(
        "Mali's foreign minister accused Niger of harbouring rebels last week.\nNiger's "
        "response came on Friday. Niamey rejected the accusations as baseless."
    )
    assert _times(annotator, doc, "rejected") == [("Friday", "2025-11-21")]


def test_looting_after_a_toll_that_grew_with_the_killed(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque d'un village",
        "Le village de Dinara a été attaqué dimanche soir par des hommes armés. Le bilan "
        "s'est alourdi mardi à dix civils tués.\nLes assaillants ont aussi emporté du bétail "
        "et incendié des greniers.",
    )
    assert _times(annotator, doc, "incendié") == [("dimanche soir", "2025-09-07")]


def test_sequel_after_a_toll_that_climbed(annotator: Preannotator) -> None:
    doc = titled_document(
        "Kantchari",
        "Des jihadistes ont attaqué jeudi matin le poste de Kantchari. Le bilan est monté "
        "samedi à six gendarmes tués.\nLes jihadistes ont ensuite incendié le pylône du "
        "réseau téléphonique.",
    )
    assert _times(annotator, doc, "incendié") == [("jeudi matin", "2025-09-04")]
