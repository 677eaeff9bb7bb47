"""Pre-annotation 0.60.0, which event a casualty count belongs to.

A place said in the passive to have been aimed at after an attack ("le hameau voisin a
également été visé", "was also targeted") is an attack of its own, with the toll told
after it; "visé par une enquête", "les localités visées", "des frappes ont visé" are
not. A rumoured death that its sentence denies ("a démenti qu'un berger aurait été
tué") is its own act, not the toll of an ambush told in an earlier item, and it happened
where the attackers it names acted ("par les assaillants"). A clash of the forces or a
militia told in its own sentence with its own toll (", en tuant trois") is its own
event, and its dead are not the attack's. A count that sums acts since a start ("at
least 40 people had been kidnapped in the region since January") is no event's toll,
even beside a plural noun that points back at an abduction. A source "in the area" does
not make an event's place vague. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(
    annotator: Preannotator, doc: dict[str, Any]
) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Each suggested event's trigger text -> role -> sorted (text, value) of its
    arguments; a casualty's value is "kind count", another's empty."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for region in ann.regions.values():
        if region.control == "event":
            out.setdefault(text[region.start : region.end], {})
    for rel in ann.relations:
        event, arg = ann.regions.get(rel.from_id), ann.regions.get(rel.to_id)
        if event is None or arg is None:
            continue
        for role in rel.labels:
            value = ""
            if role == Role.CASUALTIES:
                kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
                value = f"{kind} {arg.texts.get(Normalised.COUNT, '').strip()}"
            roles = out.setdefault(text[event.start : event.end], {})
            roles.setdefault(str(role), []).append((text[arg.start : arg.end], value))
    return {k: {r: sorted(v) for r, v in roles.items()} for k, roles in out.items()}


def _tolls(events: dict[str, dict[str, list[tuple[str, str]]]], trigger: str) -> list[str]:
    assert trigger in events, sorted(events)
    return [value for _, value in events[trigger].get(str(Role.CASUALTIES), [])]


def test_a_neighbouring_village_also_aimed_at_is_its_own_attack(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 "visé" was no trigger: the three dead joined the attack on Ouro.
    body = (
        "Des individus armés ont attaqué jeudi le village de Ouro, tuant six habitants.\n"
        "Le hameau voisin de Kelbo a également été visé dans la soirée. Trois civils y "
        "ont été tués."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert _tolls(events, "attaqué") == ["killed 6"]
    assert _tolls(events, "visé") == ["killed 3"]
    assert ("Kelbo", "") in events["visé"][str(Role.LOCATION)]


def test_an_english_place_also_targeted_is_its_own_attack(annotator: Preannotator) -> None:
    # Before 0.60.0 the two dead of Koula were counted with the attack on Bani.
    body = (
        "Gunmen attacked the village of Bani on Thursday, killing nine people, a local "
        "official said.\nThe village of Koula was also targeted. Two farmers were killed "
        "there, residents said."
    )
    events = _events(annotator, english_document(body))
    assert _tolls(events, "attacked") == ["killed 9"]
    assert _tolls(events, "targeted") == ["killed 2"]


def test_aimed_at_by_an_inquiry_or_told_actively_is_no_attack(annotator: Preannotator) -> None:
    body = (
        "Le maire de la commune a été visé par une enquête pour détournement. "
        "Les localités visées par le programme recevront des vivres."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert not any(t.startswith("vis") for t in events), sorted(events)


def test_a_recurrence_of_being_targeted_is_no_attack(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le poste de douane de Heremakono. "
        "C'est la troisième fois cette année que ce poste est visé."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert "visé" not in events


def test_a_denied_rumour_of_a_death_is_not_the_ambush_toll(annotator: Preannotator) -> None:
    # Before 0.60.0 the shepherd denied dead was the fifth dead of the ambush.
    body = (
        "Quatre gendarmes ont été tués mardi dans une embuscade près de Tessit.\n"
        "Par ailleurs, des greniers ont été incendiés vendredi à Tinabaw. Le préfet a "
        "démenti les rumeurs selon lesquelles un berger aurait été tué par les "
        "assaillants."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert _tolls(events, "embuscade") == ["killed 4"]
    assert _tolls(events, "tué") == ["killed 1"]
    # Where the attackers it names burned the granaries (since 0.60.0).
    assert ("Tinabaw", "") in events["tué"][str(Role.LOCATION)]


def test_a_militia_clash_with_its_own_toll_is_its_own_event(annotator: Preannotator) -> None:
    # Before 0.60.0 the clash joined the attack, and its three dead with it.
    body = (
        "Des hommes armés ont attaqué samedi le marché de Gorgadji, où cinq commerçants "
        "ont été tués. Des volontaires pour la défense de la patrie ont accroché les "
        "assaillants près de la mare, en tuant trois."
    )
    events = _events(annotator, titled_document("Titre", body))
    assert _tolls(events, "attaqué") == ["killed 5"]
    assert _tolls(events, "accroché") == ["killed 3"]


def test_a_sum_since_a_start_is_no_toll_beside_a_plural_noun(annotator: Preannotator) -> None:
    # Before 0.60.0 "the kidnappings" pointed back at the abduction and took the 40.
    body = (
        "Gunmen abducted five traders near Bosso on Tuesday, officials said.\n"
        "According to a United Nations note, at least 40 people had been kidnapped in the "
        "region since January, and the kidnappings were emptying the markets."
    )
    events = _events(annotator, english_document(body))
    assert _tolls(events, "abducted") == ["abducted 5"]
    assert not any("abducted 40" in _tolls(events, t) for t in events)


def test_a_source_in_the_area_leaves_the_attackers_place(annotator: Preannotator) -> None:
    # Before 0.60.0 "in the area" made the killing's place vague: none.
    body = (
        "Gunmen attacked the village of Tagabati on Monday and abducted four women, "
        "officials said. The attackers also shot dead a shepherd, a village chief in the "
        "area said."
    )
    events = _events(annotator, english_document(body))
    assert ("Tagabati", "") in events["shot dead"][str(Role.LOCATION)]
