"""Pre-annotation 0.40.0: who reports a toll in a relative clause is not who killed, nor
is who acted before an "after" clause with its own passive verb; a burning's toll told
by its own participle is the burning's, not that of an attack named before it in the
sentence; an act counted from by a span of time needs its noun's determiner (a verb
after "after" keeps its subject); English nouns of people who serve keep the word
before them in a count. Each sentence is written for the test, in the press's usual
turns of phrase."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


def test_who_reports_the_toll_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Le poste de Diougani a subi samedi une attaque d'envergure, a indiqué dimanche "
        "l'armée burkinabè, qui fait état de six soldats tués et de douze blessés."
    )
    actors = _role(annotator, body, "attaque", "actor", False)
    assert not any("armée" in a for a in actors)


def test_a_burnings_own_toll_is_the_burnings(annotator: Preannotator) -> None:
    body = (
        "The attack came two days after gunmen torched a lorry on the road between Kaya "
        "and Barsalogho, wounding five passengers."
    )
    assert _role(annotator, body, "torched", "casualties", True) == ["five passengers"]
    assert _role(annotator, body, "attack", "casualties", True) == []
    assert _role(annotator, body, "torched", "actor", True) == ["gunmen"]


def test_a_count_keeps_the_service_its_people_belong_to(annotator: Preannotator) -> None:
    body = "Gunmen killed four forest guards near the W national park on Thursday."
    assert _role(annotator, body, "killed", "casualties", True) == ["four forest guards"]


def test_who_acted_before_an_after_clause_did_not_do_what_it_tells(
    annotator: Preannotator,
) -> None:
    body = (
        "Niger's government declared two days of mourning on Sunday after at least 30 "
        "soldiers were killed in an ambush near Banibangou."
    )
    assert _role(annotator, body, "ambush", "actor", True) == []
