"""Pre-annotation 0.61.0, which event a casualty count belongs to in articles that tell
several acts, and which figure of a revised toll is the event's.

A toll revised ("Le bilan provisoire de 12 morts a été revu à la hausse à 19", "was later
raised to 40", "lowered the death toll ... to 21", "portant le bilan à sept morts",
"bringing the death toll to eight", "le bilan est finalement de 17 morts", "le bilan
était désormais de 13 soldats tués") is the event's toll, the earlier figure of the same
kind and side linked to nothing (corpus README on revised tolls); the attackers' dead
stay beside an update of the soldiers'. A sentence that names several attacks again
together ("In all, ... in the three attacks", "dans ces deux attaques") sums their
tolls; a running total ("porte à 47 le nombre de civils tués ... depuis janvier") is no
event. Another act named by a pronoun ("celle de Songho, qui avait fait 31 morts") or
told in a relative clause of the place with its own month or year ("à Solhan, où 132
personnes avaient été massacrées en juin 2021") keeps its toll away from today's act.
"Dans la seconde, ..." opens the second act of a roundup. A count told "parmi les
morts", "among the dead" is a count of the dead. Each sentence is written for
the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def events_with_tolls(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each suggested event, in text order: its trigger text and the sorted "kind count"
    of its casualties."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    tolls: dict[str, list[str]] = {}
    for rel in ann.relations:
        event, arg = ann.regions.get(rel.from_id), ann.regions.get(rel.to_id)
        if event is None or arg is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        tolls.setdefault(event.id, []).append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    events = sorted(
        (r for r in ann.regions.values() if r.control == "event"), key=lambda r: r.start
    )
    return [(text[e.start : e.end], sorted(tolls.get(e.id, []))) for e in events]


def _all_tolls(events: list[tuple[str, list[str]]]) -> list[str]:
    return sorted(t for _, tolls in events for t in tolls)


def test_a_provisional_toll_revised_upwards(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le camp militaire de Boulkessi. Le bilan "
        "provisoire de 12 morts a été revu à la hausse à 19 soldats tués, selon une "
        "source sécuritaire."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 19"]


def test_an_english_initial_toll_raised(annotator: Preannotator) -> None:
    body = (
        "Boko Haram fighters stormed an army base on the Barkaram peninsula late on "
        "Sunday. An initial toll of 17 soldiers killed was later raised to 40 by the "
        "presidency."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _all_tolls(events) == ["killed 40"]


def test_an_english_toll_lowered_by_the_government(annotator: Preannotator) -> None:
    body = (
        "Gunmen opened fire on a bus near Bandiagara on Tuesday. The government on Friday "
        "lowered the death toll from the attack to 21 from 31."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _all_tolls(events) == ["killed 21"]


def test_a_wounded_who_died_brings_the_toll_to(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont ouvert le feu dimanche sur un marché de Gorgadji, tuant six "
        "personnes. Un des blessés a succombé lundi à l'hôpital de Dori, portant le bilan "
        "à sept morts, a indiqué une source médicale."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 7"]


def test_an_english_toll_brought_to_a_bare_figure(annotator: Preannotator) -> None:
    body = (
        "A suicide bomber blew herself up at a market in Baga Sola on Friday, killing six "
        "people. Two of the wounded died overnight, bringing the death toll to eight, "
        "hospital sources said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _all_tolls(events) == ["killed 8"]


def test_a_toll_first_announced_then_corrected_in_one_sentence(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a corrigé jeudi le bilan de l'attaque perpétrée mardi contre la "
        "foire de Léré. Initialement annoncé à 25 morts, le bilan est finalement de 17 "
        "morts, a-t-il précisé."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 17"]


def test_a_toll_now_standing_at_a_figure_the_next_day(annotator: Preannotator) -> None:
    body = (
        "Un convoi escorté par l'armée est tombé mercredi dans une embuscade près de "
        "Kantchari. Selon une source sécuritaire, huit soldats ont été tués.\n"
        "Jeudi, une source militaire a indiqué que le bilan était désormais de 13 soldats "
        "tués."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("embuscade", ["killed 13"])]


def test_the_attackers_dead_stay_beside_an_update_of_the_soldiers(
    annotator: Preannotator,
) -> None:
    # The update replaces the soldiers' first figure, not the attackers'.
    body = (
        "L'armée affirme avoir neutralisé 15 terroristes lors de l'attaque de mardi "
        "contre son poste de Djibo, où trois soldats ont été tués. Mercredi, le bilan "
        "côté armée est passé à cinq soldats tués."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 15", "killed 5"]


def test_an_english_sum_of_three_attacks(annotator: Preannotator) -> None:
    body = (
        "On Monday, gunmen killed six farmers near Banibangou. On Wednesday, an improvised "
        "explosive device killed two soldiers near Ayorou. On Thursday, attackers raided a "
        "market in Tera, killing nine people. In all, 17 people died in the three "
        "attacks, according to local officials."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _all_tolls(events) == ["killed 2", "killed 6", "killed 9"]


def test_a_french_sum_of_two_attacks(annotator: Preannotator) -> None:
    body = (
        "Lundi, des hommes armés ont tué six paysans près de Banibangou. Mercredi, deux "
        "soldats ont été tués par une mine près d'Ayorou. Au moins huit personnes ont "
        "péri dans ces deux attaques, selon un élu."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 2", "killed 6"]


def test_a_running_total_since_january_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Des individus armés ont tué six civils jeudi à Diallassagou, selon un élu local. "
        "Ce nouveau drame porte à 47 le nombre de civils tués dans la commune depuis "
        "janvier."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("tué", ["killed 6"])]


def test_another_act_named_by_a_pronoun_keeps_its_toll(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mercredi un bus près de Bandiagara, tuant trois "
        "passagers. Cette attaque survient un an après celle de Songho, qui avait fait 31 "
        "morts parmi les passagers d'un autre bus."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ("attaqué", ["killed 3"]) in events
    assert "killed 31" not in events[0][1]


def test_an_english_act_named_the_one_in_keeps_its_toll(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a bus near Bandiagara on Wednesday, killing three passengers. The "
        "attack came a year after the one in Songho, which had killed 31 passengers."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ("attacked", ["killed 3"]) in events


def test_a_place_s_past_in_a_relative_clause_is_another_act(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué deux orpailleurs mardi à Solhan, où 132 personnes "
        "avaient été massacrées en juin 2021."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("tué", ["killed 2"]), ("massacrées", ["killed 132"])]


def test_an_english_place_s_past_in_a_where_clause(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed two gold miners on Tuesday in Solhan, where at least 132 people "
        "were massacred in June 2021."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert events == [("killed", ["killed 2"]), ("massacred", ["killed 132"])]


def test_a_relative_clause_of_the_same_act_keeps_its_toll(annotator: Preannotator) -> None:
    # A guard: ", où trois personnes ont été tuées" undated is the attack's own toll.
    body = (
        "Des hommes armés ont attaqué mardi le village de Sama, où trois personnes ont été tuées."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("attaqué", ["killed 3"])]


def test_the_second_act_of_a_roundup(annotator: Preannotator) -> None:
    body = (
        "Au moins 20 personnes ont été tuées dans deux attaques distinctes survenues "
        "vendredi dans la région de Mopti. Dans la première, des hommes armés ont tué 14 "
        "villageois à Ogossagou. Dans la seconde, six gendarmes sont morts lors de "
        "l'attaque de leur poste à Dioungani."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ("tué", ["killed 14"]) in events
    assert ("attaque", ["killed 6"]) in events


def test_civilians_told_among_the_dead_of_a_strike(annotator: Preannotator) -> None:
    body = (
        "L'armée a annoncé mardi une frappe de drone près de Djibo. Selon des habitants, "
        "sept civils figurent parmi les morts."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _all_tolls(events) == ["killed 7"]


def test_children_among_the_dead_in_english(annotator: Preannotator) -> None:
    body = (
        "A drone strike hit a wedding near Djibo on Tuesday. Residents said six children "
        "were among the dead."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _all_tolls(events) == ["killed 6"]
