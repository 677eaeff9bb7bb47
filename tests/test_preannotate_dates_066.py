"""Pre-annotation 0.66.0, the days of reactions told after a dated communiqué, and of an
attack's sequels told after a later day.

A statement told in the present indicative ("Le gouvernement dément", "L'ONG appelle",
"The government urges") whose speaker the lead names with a dated document or saying
("a rendu public lundi soir un communiqué", "a annoncé lundi soir, dans un communiqué",
"a exigé lundi") is the document's voice: it takes that day however far on it is told,
as round 14's coders date what a communiqué says. Not another speaker's, a compound
tense's or a subordinate clause's. What attackers did next, told in a later paragraph
without a day, takes the attack's day rather than that of a burial, a toll or a report
the lead tells after it. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document

# The dateline of titled_document is Tuesday 9 September 2025: "lundi" is 2025-09-08.

# --- a communiqué's reactions told in the present ---------------------------------------


def test_a_government_denial_and_call_after_its_communique(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a rendu public lundi soir un communiqué sur l'attaque de Boulkessi, "
        "lu à la télévision nationale. En voici l'essentiel.\n"
        "Le samedi 6 septembre, des hommes armés ont attaqué le poste de Boulkessi. Quatre "
        "soldats ont été tués.\n"
        "Le gouvernement dément les rumeurs sur la chute du poste et invite les habitants "
        "au calme."
    )
    doc = titled_document("Boulkessi: le gouvernement fait le point", body)
    # Before 0.66.0 the denial and the call had no day: no act of the lead was the
    # government's own.
    assert _times(annotator, doc, "dément") == [("lundi soir", "2025-09-08")]
    assert _times(annotator, doc, "invite") == [("lundi soir", "2025-09-08")]


def test_an_ngo_call_two_paragraphs_after_its_demand(annotator: Preannotator) -> None:
    body = (
        "L'association Tournons la page a exigé lundi la libération d'un militant arrêté "
        "le 28 août à Niamey.\n"
        "Le militant a été inculpé la semaine dernière par un juge d'instruction.\n"
        "Son avocat a déposé une demande de mise en liberté.\n"
        "L'association appelle aussi les autorités à respecter la liberté d'expression."
    )
    doc = titled_document("Niamey: un militant détenu", body)
    # Before 0.66.0 a statement beyond the lead's next paragraph took no day.
    assert _times(annotator, doc, "appelle") == [("lundi", "2025-09-08")]


def test_the_staff_praise_after_an_announcement_in_a_communique(
    annotator: Preannotator,
) -> None:
    body = (
        "L'état-major général des armées a annoncé lundi soir, dans un communiqué, avoir "
        "neutralisé une vingtaine de terroristes lors d'une frappe menée samedi près de "
        "Diafarabé.\n"
        "Selon le texte, les combattants préparaient une attaque contre un convoi.\n"
        "L'état-major félicite les équipages engagés."
    )
    doc = titled_document("Diafarabé: une frappe aérienne", body)
    # Before 0.66.0 "a annoncé lundi soir" was not taken for the communiqué's day.
    assert _times(annotator, doc, "félicite") == [("lundi soir", "2025-09-08")]


def test_an_english_call_after_a_statement(annotator: Preannotator) -> None:
    body = (
        "The government said on Sunday in a statement that soldiers had killed fifteen "
        "militants near Ayorou on Friday.\n"
        "Residents said several herders had also died.\n"
        "The government urges residents to report suspicious movements."
    )
    doc = english_document(body)
    # Before 0.66.0 the call took no day.
    assert _times(annotator, doc, "urges") == [("Sunday", "2025-11-23")]


# --- guards -------------------------------------------------------------------------------


def test_another_speakers_reaction_takes_no_communique_day(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a publié lundi un communiqué sur les frappes menées samedi près de "
        "Tillia.\n"
        "Plusieurs dizaines de terroristes ont été neutralisés, selon le texte.\n"
        "De son côté, l'association Tillia Avenir dénonce la mort de civils."
    )
    doc = titled_document("Tillia: des frappes aériennes", body)
    assert _times(annotator, doc, "dénonce") == []


def test_a_habit_in_a_subordinate_clause_takes_no_communique_day(
    annotator: Preannotator,
) -> None:
    body = (
        "Le gouvernement a rendu public lundi un communiqué sur l'embuscade de Dinangourou.\n"
        "Selon le texte, six soldats ont été tués samedi.\n"
        "Ce n'est pas la première fois que le gouvernement dément des pertes civiles dans "
        "la zone."
    )
    doc = titled_document("Dinangourou: une embuscade", body)
    assert ("lundi", "2025-09-08") not in _times(annotator, doc, "dément")


def test_a_mayors_call_without_a_dated_document(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un village de la commune de Dioro, tuant deux "
        "civils.\n"
        "Les habitants ont fui vers Ségou.\n"
        "Le maire de Dioro appelle les autorités à renforcer la sécurité."
    )
    doc = titled_document("Dioro: deux civils tués", body)
    assert _times(annotator, doc, "appelle") == []


# --- an attack's sequels after a burial or a toll ------------------------------------------


def test_sequels_after_a_burial_take_the_attacks_night(annotator: Preannotator) -> None:
    body = (
        "Sept civils ont été tués dans la nuit de samedi à dimanche lors d'une incursion "
        "d'hommes armés à Gassan. Les victimes ont été inhumées lundi matin dans la "
        "localité.\n"
        "Selon le maire, les assaillants ont fait irruption vers minuit. Ils ont ensuite "
        "incendié la mairie et le marché."
    )
    doc = titled_document("Gassan: sept civils tués", body)
    # Before 0.66.0 the burning took the burial's Monday morning.
    assert _times(annotator, doc, "incendié") == [
        ("dans la nuit de samedi à dimanche", "2025-09-06/2025-09-07")
    ]


def test_sequels_after_a_toll_take_the_attacks_day(annotator: Preannotator) -> None:
    body = (
        "L'attaque menée samedi matin contre le poste de Tongomayel a fait douze morts, "
        "selon un bilan communiqué ce mardi par un élu. Un premier bilan, donné lundi par "
        "des habitants, faisait état de six morts.\n"
        "En se repliant, les assaillants ont incendié le dispensaire et emporté du bétail."
    )
    doc = titled_document("Tongomayel: le bilan s'alourdit", body)
    # Before 0.66.0 the burning took the Monday of the first toll.
    assert _times(annotator, doc, "incendié") == [("samedi matin", "2025-09-06")]


def test_a_sequel_with_its_own_day_keeps_it(annotator: Preannotator) -> None:
    # A guard: a day told in the sequel's own sentence is its own.
    body = (
        "Des hommes armés ont attaqué samedi le village de Sama. Les victimes ont été "
        "inhumées dimanche.\n"
        "Lundi soir, les assaillants sont revenus et ont incendié l'école."
    )
    doc = titled_document("Sama: l'école incendiée", body)
    assert _times(annotator, doc, "incendié") == [("Lundi soir", "2025-09-08")]


# --- a background act told by a participle in passing ---------------------------------------


def test_a_seizure_does_not_take_the_day_of_a_kidnapping_named_in_passing(
    annotator: Preannotator,
) -> None:
    body = (
        "La gendarmerie a interpellé le 5 septembre à Kolokani deux hommes soupçonnés "
        "d'avoir aidé les ravisseurs d'un éleveur enlevé fin août près de Nossombougou. "
        "Trois fusils de chasse ont été saisis chez eux."
    )
    doc = titled_document("Kolokani: deux suspects interpellés", body)
    # Before 0.66.0 the seizure took the end of August of the kidnapping.
    assert _times(annotator, doc, "saisis") == [("5 septembre", "2025-09-05")]


def test_a_subjects_participle_still_dates_the_sequels(annotator: Preannotator) -> None:
    # A guard: the act the subject carries is the story's own.
    body = (
        "Les deux bergers enlevés dans la nuit de samedi à dimanche près de Nara ont été "
        "libérés lundi par l'armée. Les ravisseurs avaient aussi emporté une centaine de "
        "moutons."
    )
    doc = titled_document("Nara: deux bergers libérés", body)
    assert ("lundi", "2025-09-08") not in _times(annotator, doc, "emporté")
