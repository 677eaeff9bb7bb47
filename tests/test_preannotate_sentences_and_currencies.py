"""Pre-annotation 0.39.0: a sentence to prison is a conviction, not a condemnation; the
CFA franc is no body; cattle stolen is a seizure; English allies act beside the troops
they are named with; an act counted from by a span of time has no author in the clause
that counts from it; the person "reconnu coupable" is no actor; who announced an
inquiry and imposed a curfew did both. Each sentence is written for the test, in the
press's usual turns of phrase."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_joined_and_anaphoric import _choices, _events


def test_a_sentence_to_prison_is_a_conviction(annotator: Preannotator) -> None:
    body = (
        "La cour d'appel de Bamako a condamné lundi à trois ans de prison ferme un ancien "
        "ministre pour détournement de fonds."
    )
    events = _events(annotator, body)
    assert ("SANCTION", "condamné") in events
    assert _choices(annotator, body, "condamné", "mode_sanction") == ["convict"]


def test_a_condemnation_stays_an_accusation(annotator: Preannotator) -> None:
    body = "Le gouvernement a condamné lundi avec fermeté l'attaque contre le poste de Téra."
    assert ("ACCUSE", "condamné") in _events(annotator, body)


def test_the_cfa_franc_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a débloqué jeudi 300 millions de francs CFA pour venir en aide aux "
        "sinistrés des inondations de Maradi."
    )
    actors = _role(annotator, body, "aide", "actor", False)
    assert "CFA" not in actors
    assert actors == ["Le gouvernement"]


def test_cattle_stolen_is_a_seizure(annotator: Preannotator) -> None:
    body = "Gunmen stole about two hundred head of cattle from herders near Abala on Sunday."
    assert ("COERCE", "stole") in _events(annotator, body, english=True)


def test_troops_and_their_allies_act(annotator: Preannotator) -> None:
    body = (
        "Residents said Malian troops and their foreign allies killed at least a dozen "
        "villagers near Niono on Tuesday."
    )
    # Since 0.60.0 the allies coordinated with the troops are an actor too.
    assert _role(annotator, body, "killed", "actor", True) == [
        "Malian troops",
        "their foreign allies",
    ]


def test_an_act_counted_from_has_no_author_in_the_clause_counting(
    annotator: Preannotator,
) -> None:
    body = (
        "Niger's military leader has dismissed the commander of the Tillaberi zone, three "
        "weeks after a deadly raid on an army post at Tassia."
    )
    assert _role(annotator, body, "raid", "actor", True) == []


def test_who_was_found_guilty_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Le tribunal militaire a jugé vendredi le commandant Issa Traoré, reconnu coupable "
        "de complot contre la sûreté de l'État."
    )
    actors = _role(annotator, body, "reconnu coupable", "actor", False)
    assert not any("Traoré" in a for a in actors)


def test_who_announced_an_inquiry_and_a_curfew_imposed_them(annotator: Preannotator) -> None:
    body = (
        "Youths set fire to a town hall in Dosso on Sunday. The governor announced an "
        "inquiry into the unrest and imposed a curfew on the town."
    )
    assert _role(annotator, body, "curfew", "actor", True) == ["The governor"]
    assert _role(annotator, body, "inquiry", "actor", True) == ["The governor"]
