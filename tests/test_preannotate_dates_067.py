"""Pre-annotation 0.67.0, the day of what a meeting says.

What the parties to the article's main meeting say in a later sentence that tells no
day of its own was said at that meeting, on its day, however far on in the article
(corpus notes: a summit's or a meeting's final communiqué takes the summit's day): the
parties named as such ("Les trois dirigeants", "Les participants", "The leaders"), the
meeting itself ("Le sommet") or its final document named again ("Le communiqué").
The traps: a statement with a day of its own, another speaker's reaction, an act the
statement names, and the communiqué of someone else. Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document


def _summit(body: str) -> dict[str, Any]:
    return titled_document("Sommet régional", body, town="Niamey")


# The parties, the meeting and its document speak on the meeting's day.


def test_the_parties_named_otherwise_than_in_the_lead(annotator: Preannotator) -> None:
    doc = _summit(
        "Les chefs d'État de la Confédération se sont réunis samedi à Niamey pour leur "
        "sommet annuel, selon le communiqué final.\nLes trois dirigeants ont salué la "
        "création d'une radio commune."
    )
    # Before 0.67.0 none: "dirigeants" is not the lead's "chefs".
    assert _times(annotator, doc, "salué") == [("samedi", "2025-09-06")]


def test_the_parties_two_paragraphs_on(annotator: Preannotator) -> None:
    doc = _summit(
        "Réunis dimanche à Niamey en sommet extraordinaire, les présidents de la région ont "
        "adopté un plan de relance agricole.\nLe plan prévoit des semences gratuites pour "
        "les producteurs du fleuve.\nLes dirigeants ont par ailleurs exhorté les bailleurs à "
        "accélérer leurs décaissements."
    )
    assert _times(annotator, doc, "exhorté") == [("dimanche", "2025-09-07")]


def test_the_participants_whose_actor_is_not_found(annotator: Preannotator) -> None:
    doc = _summit(
        "Les ministres de l'Agriculture, réunis lundi à Niamey, ont adopté une stratégie "
        "commune contre les criquets.\nLes participants ont dénoncé la lenteur des "
        "financements promis."
    )
    assert _times(annotator, doc, "dénoncé") == [("lundi", "2025-09-08")]


def test_the_final_communique_named_again(annotator: Preannotator) -> None:
    doc = _summit(
        "Les chefs d'État se sont réunis samedi à Niamey en sommet, selon le communiqué final lu "
        "à la télévision.\nLe communiqué condamne par ailleurs les coupures d'électricité "
        "imposées aux pays enclavés."
    )
    assert _times(annotator, doc, "condamne") == [("samedi", "2025-09-06")]


def test_english_leaders_after_a_summit(annotator: Preannotator) -> None:
    doc = english_document(
        "West African leaders met in Abuja on Saturday for an ordinary summit, according "
        "to the final communique.\nThe heads of state urged the transitional governments to "
        "free political prisoners.\nThe leaders also condemned the closure of the border "
        "with Benin."
    )
    assert _times(annotator, doc, "urged") == [("Saturday", "2025-11-22")]
    assert _times(annotator, doc, "condemned") == [("Saturday", "2025-11-22")]


# The traps.


def test_a_day_of_its_own_is_kept(annotator: Preannotator) -> None:
    doc = _summit(
        "Les chefs d'État se sont réunis samedi à Niamey en sommet ordinaire.\nLes "
        "dirigeants ont salué lundi, dans un message séparé, la libération d'un diplomate."
    )
    assert _times(annotator, doc, "salué") == [("lundi", "2025-09-08")]


def test_another_speakers_reaction_takes_no_day(annotator: Preannotator) -> None:
    doc = _summit(
        "Les chefs d'État se sont réunis samedi à Niamey en sommet ordinaire.\nLe ministre "
        "béninois des Affaires étrangères a critiqué les conclusions de la rencontre."
    )
    assert _times(annotator, doc, "critiqué") == []


def test_another_bodys_communique_takes_no_day(annotator: Preannotator) -> None:
    doc = _summit(
        "Les chefs d'État se sont réunis samedi à Niamey en sommet ordinaire.\nLe "
        "communiqué de l'opposition dénonce une « mascarade »."
    )
    assert _times(annotator, doc, "dénonce") == []


def test_what_the_statement_names_takes_no_day(annotator: Preannotator) -> None:
    doc = english_document(
        "Sahel leaders met in Niamey on Saturday for a summit of their alliance.\nThe "
        "leaders condemned the recent attacks on civilians near Tillaberi."
    )
    assert _times(annotator, doc, "attacks") == []


def test_a_commitment_to_act_later_takes_no_day(annotator: Preannotator) -> None:
    doc = english_document(
        "Interior ministers of the alliance met in Niamey on Saturday to discuss border "
        "security.\nThe ministers agreed to open a joint police academy next year."
    )
    assert _times(annotator, doc, "agreed to") == []


# An act to come keeps no day of another sentence.


def test_an_intention_keeps_no_day_of_the_sentence_before(annotator: Preannotator) -> None:
    doc = titled_document(
        "Litige foncier à Sébénikoro",
        "Des bulldozers de la mairie ont rasé samedi une trentaine de boutiques du marché "
        "de Sébénikoro, selon des commerçants.\nL'association des commerçants a fait part "
        "de son intention de porter plainte contre le maire.",
        town="Bamako",
    )
    assert _times(annotator, doc, "porter plainte") == []


def test_a_reinforcement_announced_in_the_past_future(annotator: Preannotator) -> None:
    doc = titled_document(
        "Visite du gouverneur à Tessit",
        "Le gouverneur de Gao s'est rendu lundi à Tessit, où il a rencontré les notables. "
        "Il a annoncé que le réseau serait rétabli rapidement et qu'une unité de la garde "
        "nationale serait déployée pour sécuriser la foire.",
        town="Gao",
    )
    # Before 0.67.0 the visit's Monday.
    assert _times(annotator, doc, "déployée") == []


def test_a_sequel_after_a_training(annotator: Preannotator) -> None:
    doc = titled_document(
        "Recrutement à Arbinda",
        "Le recrutement de 300 volontaires a été lancé ce matin à Arbinda par le "
        "haut-commissaire. Les candidats retenus suivront un stage de trois semaines avant "
        "d'être déployés dans les villages du département.",
    )
    # Before 0.67.0 the recruitment's morning.
    assert _times(annotator, doc, "déployés") == []


def test_a_protest_the_families_plan(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen killed six miners on Friday at a gold site near Téra, local officials "
        "said.\nRelatives of the victims plan to hold a protest in front of the governor's "
        "office."
    )
    assert _times(annotator, doc, "protest") == []


def test_a_day_planned_in_its_own_sentence_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Colère des étudiants à Zinder",
        "La police a dispersé vendredi un sit-in d'étudiants devant le rectorat.\nLes "
        "syndicats envisagent d'organiser une marche mardi prochain.",
        town="Zinder",
    )
    assert _times(annotator, doc, "marche") == [("mardi prochain", "2025-09-16")]


def test_a_hedged_past_act_keeps_its_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Dinangourou",
        "Des hommes armés ont attaqué mercredi soir le village de Dinangourou.\nIls "
        "auraient ensuite incendié plusieurs greniers avant de se retirer.",
    )
    assert _times(annotator, doc, "incendié") == [("mercredi soir", "2025-09-03")]


def test_a_past_sequence_with_avant_de_keeps_its_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Raid sur une école à Toéni",
        "Des hommes armés ont fait irruption lundi matin dans l'école de Toéni. Ils ont "
        "frappé le directeur devant les élèves, avant de mettre le feu aux bureaux.",
    )
    assert _times(annotator, doc, "mettre le feu") == [("lundi matin", "2025-09-08")]


def test_a_threat_to_suspend_the_corridor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Routiers en colère",
        "Trois camionneurs ont été enlevés mardi sur l'axe Kayes-Diboli, selon leur "
        "syndicat.\nLe syndicat a averti que ses membres pourraient suspendre les "
        "chargements vers le Mali faute d'escortes.",
        town="Kayes",
    )
    assert _times(annotator, doc, "suspendre") == []


# A date that names a thing by its day ("l'élection du 28 décembre") is not the day of
# the act whose object that thing is.


def test_praise_of_a_dated_exam(annotator: Preannotator) -> None:
    doc = titled_document(
        "Examens du DEF",
        "Le ministre de l'Éducation a félicité les enseignants pour le bon déroulement de "
        "l'examen du 2 septembre dans la région de Mopti.",
    )
    assert _times(annotator, doc, "félicité") == []


def test_a_condemnation_of_a_dated_vote(annotator: Preannotator) -> None:
    doc = titled_document(
        "Contestation à Ségou",
        "Un collectif de la société civile a dénoncé les irrégularités du scrutin municipal "
        "du 31 août à Ségou.",
    )
    assert _times(annotator, doc, "dénoncé") == []


def test_the_parties_praise_a_dated_vote_on_the_summit_day(annotator: Preannotator) -> None:
    doc = _summit(
        "Réunis dimanche à Niamey en sommet extraordinaire, les chefs d'État de la région "
        "ont levé les sanctions visant la Guinée.\nLes dirigeants ont salué le bon "
        "déroulement de la présidentielle guinéenne du 10 août."
    )
    assert _times(annotator, doc, "salué") == [("dimanche", "2025-09-07")]


def test_the_act_named_by_its_day_keeps_it(annotator: Preannotator) -> None:
    doc = titled_document(
        "Bilan à Boulkessi",
        "L'attaque du 17 août contre le camp de Boulkessi a fait onze morts parmi les "
        "soldats, selon un nouveau bilan.",
    )
    assert _times(annotator, doc, "attaque") == [("17 août", "2025-08-17")]


def test_a_ban_keeps_the_day_of_its_order(annotator: Preannotator) -> None:
    doc = titled_document(
        "Motos interdites à Bandiagara",
        "Le préfet a rappelé que la circulation des motos demeure interdite dans le cercle, "
        "conformément à l'arrêté du 1er août.",
    )
    assert _times(annotator, doc, "interdite") == [("1er août", "2025-08-01")]
