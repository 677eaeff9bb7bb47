"""Pre-annotation 0.56.0: how badly after the French verb keeps the count ("blessant
légèrement deux passagers"); what a document provides for is its content, no promise
("L'accord prévoit des patrouilles"); two coordinated subjects before the act are both
its actors; attacks told as what means serve for are no event; a demand for "leur
libération" asks for a release. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_predict import regions
from tests.test_preannotate_territory import _events


@pytest.mark.parametrize(
    ("sentence", "count", "kind"),
    [
        (
            "Un car a sauté sur une mine, blessant légèrement deux passagers.",
            "deux passagers",
            "injured",
        ),
        ("L'explosion a blessé grièvement trois soldats.", "trois soldats", "injured"),
    ],
)
def test_how_badly_after_the_verb_keeps_the_count(sentence: str, count: str, kind: str) -> None:
    found = [(sentence[c.start : c.end], c.kind) for c in find_casualties(sentence)]
    # Before 0.56.0 the adverb between the verb and the count hid the count.
    assert found == [(count, kind)]


def test_what_an_agreement_provides_for_is_no_promise(annotator: Preannotator) -> None:
    body = (
        "Le Sénégal et le Mali ont signé vendredi à Dakar un protocole d'accord sur la "
        "sécurité du corridor.\nL'accord prévoit des patrouilles conjointes le long de la "
        "frontière."
    )
    found = _events(annotator, body, False)
    assert not [k for k in found if k.startswith("prévoit")], found
    # Both states signed.
    assert _role(annotator, body, "protocole d'accord", "actor", False) == ["Mali", "Sénégal"]


def test_attacks_told_as_what_means_serve_for_are_no_event(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a interdit dimanche la circulation des motos, que les groupes armés "
        "utilisent pour mener leurs attaques."
    )
    assert "attaques" not in _events(annotator, body, False)


def test_a_demand_for_their_release_asks_for_a_release(annotator: Preannotator) -> None:
    body = "L'association des journalistes a exigé mardi leur libération immédiate."
    p = next(annotator.predict([titled_document("Titre", body)]))
    [demand] = [r for r in regions(p).values() if r["text"].startswith("exigé")]
    assert demand["label"] == "REQUEST"
    assert demand["attrs"]["mode_request"] == ["yield"]


def test_a_strike_renewed_is_no_deportation(annotator: Preannotator) -> None:
    body = (
        "Les enseignants ont entamé lundi une grève de 72 heures; le mouvement pourrait être "
        "reconduit si le gouvernement ne réagit pas."
    )
    # Before 0.56.0 "reconduit" alone was a deportation (COERCE deport).
    found = _events(annotator, body, False)
    assert found.get("reconduit", {}).get("label") != "COERCE", found


def test_migrants_taken_back_to_the_border_are_deported(annotator: Preannotator) -> None:
    body = "Une centaine de migrants ont été reconduits mardi à la frontière algérienne."
    found = _events(annotator, body, False)
    assert any(v["label"] == "COERCE" for k, v in found.items() if k.startswith("reconduits"))
