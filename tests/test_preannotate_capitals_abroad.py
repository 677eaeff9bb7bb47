"""Pre-annotation 0.56.0: a foreign capital the press names for its state is in the
gazetteer and acts for it ("Paris a rejeté ces accusations"); who asked, named after "à
la demande de", is the request's actor; a crowd in words protests ("Several hundred
people protested"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events import gazetteer
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_predict import regions
from tests.test_preannotate_territory import _events


@pytest.mark.parametrize(
    ("name", "country"),
    [("Paris", "FR"), ("Moscou", "RU"), ("Pékin", "CN"), ("Washington", "US"), ("Le Caire", "EG")],
)
def test_foreign_capitals_are_in_the_gazetteer(name: str, country: str) -> None:
    found = gazetteer.resolve(name, dateline_country="ML")
    assert found is not None, name
    assert (found.place.feature, found.place.country_code) == ("PPLC", country)


def test_washington_is_the_capital_not_a_namesake() -> None:
    found = gazetteer.resolve("Washington", dateline_country="ML")
    assert found is not None and found.place.admin1 == "District of Columbia"


def test_a_foreign_capital_acts_for_its_state(annotator: Preannotator) -> None:
    body = "Paris a rejeté jeudi ces accusations, les qualifiant de « sans fondement »."
    # Before 0.56.0 Paris was unknown: the denial's place, no actor.
    assert _role(annotator, body, "rejeté", "actor", False) == ["Paris"]
    assert _role(annotator, body, "rejeté", "location", False) == []


def test_who_asked_is_the_requests_actor(annotator: Preannotator) -> None:
    body = (
        "Le retrait avait été annoncé en septembre par Rome, à la demande des autorités "
        "nigériennes, selon le communiqué."
    )
    # Before 0.56.0 the request was Rome's.
    assert _role(annotator, body, "demande", "actor", False) == ["autorités nigériennes"]


def test_a_crowd_in_words_protests(annotator: Preannotator) -> None:
    body = "Several hundred people protested in Bamako on Sunday against power cuts."
    # Before 0.56.0 only a crowd in digits ("200 people") was the protest's actor.
    assert _role(annotator, body, "protested", "actor", True) == ["Several hundred people"]


_SUMMIT = (
    "Réunis en sommet ordinaire dimanche à Abuja, les chefs d'État de la Cédéao ont décidé "
    "de lever l'ensemble des sanctions imposées à la Guinée depuis 2021."
)


def test_those_gathered_at_an_opening_summit_met(annotator: Preannotator) -> None:
    # Before 0.56.0 the summit had no actor.
    assert _role(annotator, _SUMMIT, "sommet", "actor", False) == ["les chefs d'État de la Cédéao"]


def test_what_they_decided_there_has_the_summits_day(annotator: Preannotator) -> None:
    found = _events(annotator, _SUMMIT, False)
    [lifting] = [k for k, v in found.items() if v["label"] == "CONCEDE"]
    # Before 0.56.0 the lifting had no day: the summit's was its own.
    assert _role(annotator, _SUMMIT, lifting, "time", False) == ["dimanche"]


def test_a_medium_suspended_for_a_time_is_censored(annotator: Preannotator) -> None:
    body = (
        "Le Conseil supérieur de la communication a suspendu pour trois mois la diffusion de "
        "la chaîne TV5 Monde."
    )
    p = next(annotator.predict([titled_document("Titre", body)]))
    [suspension] = [r for r in regions(p).values() if r["text"] == "suspendu"]
    # Before 0.56.0 the duration broke "suspendre la diffusion": a COERCE with no mode.
    assert suspension["attrs"]["mode_coerce"] == ["censor"]


def test_a_states_own_authorities_order_the_expulsion(annotator: Preannotator) -> None:
    body = (
        "Niger's military authorities on Thursday ordered the head of the European Union "
        "delegation to leave the country, state television reported."
    )
    # Before 0.56.0 the European Union, named in the object, expelled its own envoy.
    assert _role(annotator, body, "leave the country", "actor", True) == [
        "Niger's military authorities"
    ]
