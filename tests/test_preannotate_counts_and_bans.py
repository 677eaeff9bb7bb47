"""Pre-annotation 0.46.0, turns of phrase found in articles written after 0.45.0:

* a verb's second count ("ont tué trois soldats et deux civils": one count per side;
  "un chef ainsi que quatre de ses lieutenants": one count of five), an adjective before
  the counted noun ("un important chef"), and a verb's count never added to the next
  clause's ("ont tué 12 soldats et 3 ont été blessés");
* the gatherings a ban covers are no event ("a interdit les manifestations");
* "le troisième enlèvement" counts abductions, as "la troisième attaque" did;
* "A Pama, ..." is the place Pama (the capital of "à" written without its accent);
* a retelling in the pluperfect dated within the event's month joins it;
* a relative place said of a town just named is not the event's place;
* a conditional in what a denial denies leaves the denial certain.

Each sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.relplaces import find_relative_places
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import predict, titled_document


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # Two sides: one count each (codebook, casualty_side).
        (
            "Les assaillants ont tué trois soldats et deux civils.",
            [("trois soldats", "3"), ("deux civils", "2")],
        ),
        (
            "Gunmen killed three soldiers and two civilians on Monday.",
            [("three soldiers", "3"), ("two civilians", "2")],
        ),
        # One side, or a second noun of no side: one count.
        (
            "Les jihadistes ont enlevé deux femmes et trois enfants.",
            [("deux femmes et trois enfants", "5")],
        ),
        (
            "L'armée a neutralisé un important chef de l'État islamique ainsi que quatre de "
            "ses lieutenants.",
            [("un important chef de l'État islamique ainsi que quatre de ses lieutenants", "5")],
        ),
        # An adjective before the noun stays in the span.
        ("Les soldats ont tué un haut responsable du groupe.", [("un haut responsable", "1")]),
        ("Les ravisseurs ont enlevé deux jeunes bergers.", [("deux jeunes bergers", "2")]),
        # The verb's count, then another clause's count of another kind.
        (
            "Les assaillants ont tué 12 soldats et 3 ont été blessés.",
            [("12 soldats", "12"), ("3", "3")],
        ),
        # Guards: no count after "et" and a verb, nor of things.
        ("Ils ont tué deux soldats et incendié trois véhicules.", [("deux soldats", "2")]),
        ("Ils ont tué trois soldats et une partie du bétail.", [("trois soldats", "3")]),
    ],
)
def test_a_verbs_second_count(sentence: str, counts: list[tuple[str, str]]) -> None:
    assert [(c.text, c.count) for c in find_casualties(sentence)] == counts


def test_the_second_count_has_its_own_kind_after_its_verb() -> None:
    [killed, injured] = find_casualties("Les assaillants ont tué 12 soldats et 3 ont été blessés.")
    assert (killed.kind, injured.kind) == ("killed", "injured")


def _events(annotator: Preannotator, body: str) -> list[str]:
    return [e["label"] + ":" + t for t, e in predict(annotator, "Titre", body)["events"].items()]


@pytest.mark.parametrize(
    ("body", "not_events"),
    [
        (
            "Le gouvernement a interdit mardi les manifestations sur la voie publique "
            "jusqu'à nouvel ordre.",
            ["PROTEST:manifestations"],
        ),
        ("Le gouverneur a suspendu les réunions politiques dans la région.", ["CONSULT:réunions"]),
    ],
)
def test_the_gatherings_a_ban_covers_are_no_event(
    annotator: Preannotator, body: str, not_events: list[str]
) -> None:
    events = _events(annotator, body)
    assert not set(not_events) & set(events), events
    # The ban itself is suggested.
    assert any(e.startswith("COERCE:") for e in events), events


def test_a_march_held_after_a_ban_is_still_an_event(annotator: Preannotator) -> None:
    body = "Malgré l'interdiction, des centaines de jeunes ont manifesté samedi à Niamey."
    assert "PROTEST:manifesté" in _events(annotator, body)


def test_the_third_abduction_counts_abductions(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé six civils vendredi à Sakoira. Il s'agit du troisième "
        "enlèvement dans la commune depuis le début du mois."
    )
    events = _events(annotator, body)
    assert "ASSAULT:enlèvement" not in events, events
    assert "ASSAULT:enlevé" in events


def test_an_unaccented_capital_a_is_no_part_of_the_place(annotator: Preannotator) -> None:
    body = (
        "Deux attaques ont visé simultanément jeudi matin les localités de Pama et de "
        "Kompienga, faisant 27 morts.\nA Pama, les assaillants ont incendié la mairie et "
        "pillé des boutiques."
    )
    # Before 0.46.0 the place was "A Pama", which the gazetteer does not know.
    assert _role(annotator, body, "incendié", "location", False) == ["Pama"]


def test_a_pluperfect_retelling_dated_within_the_month_joins_the_event(
    annotator: Preannotator,
) -> None:
    # Datelined 9 September 2025: last month is August.
    body = (
        "Deux employés d'une ONG enlevés le mois dernier à Ménaka ont été libérés samedi.\n"
        "Les deux hommes avaient été kidnappés le 14 août par des hommes armés alors qu'ils "
        "revenaient d'une distribution de vivres."
    )
    abductions = [e for e in _events(annotator, body) if e.startswith("ASSAULT:")]
    # Before 0.46.0 the retelling was a second abduction.
    assert len(abductions) == 1, abductions
    # The event takes the finer day.
    [trigger] = [e.split(":", 1)[1] for e in abductions]
    assert _role(annotator, body, trigger, "time", False) == ["14 août"]


def test_a_relative_place_said_of_a_town_just_named_is_not_the_events_place(
    annotator: Preannotator,
) -> None:
    body = (
        "L'armée a démenti les accusations selon lesquelles des soldats auraient exécuté "
        "une vingtaine de civils lors d'une opération à Diafarabé, dans le centre du pays, "
        "la semaine dernière."
    )
    # Before 0.46.0 the part of the country was the place.
    assert _role(annotator, body, "exécuté", "location", False) == ["Diafarabé"]
    # The phrase is still a relative location the annotator sees (codebook: LOC).
    [found] = find_relative_places(body, "fr")
    assert found.text == "dans le centre du pays"


def test_a_conditional_in_what_is_denied_leaves_the_denial_certain(
    annotator: Preannotator,
) -> None:
    body = (
        "L'armée a démenti jeudi les accusations selon lesquelles des soldats auraient "
        "exécuté une vingtaine de civils à Diafarabé."
    )
    doc = titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"]["text"] for i in result if i.get("type") == "labels"}
    certainty = {
        spans[i["id"]]: i["value"]["choices"][0]
        for i in result
        if i.get("from_name") == "factuality_certainty" and i["id"] in spans
    }
    assert certainty.get("démenti") in (None, "certain")
    # The executions told in the conditional stay probable.
    assert certainty.get("exécuté") == "probable"
