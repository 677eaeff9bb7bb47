"""Pre-annotation 0.60.0, casualty counts and the event they belong to.

A roundup's summary of a week's or a month's acts ("Au moins 40 personnes ont été tuées
en une semaine dans plusieurs attaques", "At least 35 people were killed in a series of
attacks this week", "Plus de 60 civils ont été tués au mois de janvier") is no event and
its toll is linked to nothing (corpus README: weekly totals are no events), while each
act the roundup then tells keeps its own toll; one act told with a week ("cette semaine
dans une embuscade") stays an event. A force's losses in its own voice ("Nous avons perdu
quatre de nos hommes") are its dead. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _tolls(annotator: Preannotator, body: str, english: bool = False) -> dict[str, list[str]]:
    """Each suggested event's trigger text -> its casualty figures ("kind count"), sorted."""
    doc = english_document(body) if english else titled_document("Titre", body)
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    out: dict[str, list[str]] = {}
    for region in ann.regions.values():
        if region.control == "event":
            out.setdefault(doc["text"][region.start : region.end], [])
    for rel in ann.relations:
        if Role.CASUALTIES not in rel.labels:
            continue
        event, count = ann.regions.get(rel.from_id), ann.regions.get(rel.to_id)
        if event is None or count is None:
            continue
        kind = next(iter(count.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        figure = count.texts.get(Normalised.COUNT, "").strip()
        out.setdefault(doc["text"][event.start : event.end], []).append(f"{kind} {figure}")
    return {k: sorted(v) for k, v in out.items()}


def _all_figures(tolls: dict[str, list[str]]) -> list[str]:
    return sorted(f for figures in tolls.values() for f in figures)


def test_a_weeks_total_over_several_attacks_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 the summary's "attaques" was an event holding the total (40) and the
    # first item's three dead.
    tolls = _tolls(
        annotator,
        "Au moins 40 personnes ont été tuées en une semaine dans plusieurs attaques "
        "menées par des groupes armés dans la région.\n"
        "À Torodi, des hommes armés ont tué quatre bergers mardi.\n"
        "Plus à l'est, une embuscade contre une patrouille a fait neuf morts jeudi près "
        "de Makalondi.",
    )
    assert "killed 40" not in _all_figures(tolls)
    assert "attaques" not in tolls
    assert tolls["tué"] == ["killed 4"]
    assert tolls["embuscade"] == ["killed 9"]


def test_an_english_weeks_total_over_a_series_of_attacks_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    tolls = _tolls(
        annotator,
        "At least 28 people were killed in a series of attacks in the region this week, "
        "officials said.\nOn Tuesday, gunmen killed seven herders near Tera.",
        english=True,
    )
    assert "killed 28" not in _all_figures(tolls)
    assert ["killed 7"] in tolls.values()


def test_a_months_count_of_many_is_linked_to_nothing(annotator: Preannotator) -> None:
    # Before 0.60.0 the month's "tués" was an event that took the total (51) and the
    # toll of the item after it.
    tolls = _tolls(
        annotator,
        "Plus de 50 civils ont été tués au mois de mars dans le cercle, selon une ONG.\n"
        "Le 4 mars, des hommes armés ont tué onze villageois à Sangha.",
    )
    assert "killed 51" not in _all_figures(tolls)
    assert ["killed 11"] in tolls.values()


def test_one_ambush_told_with_its_week_keeps_its_toll(annotator: Preannotator) -> None:
    # A guard: a week's span alone makes no sum.
    tolls = _tolls(
        annotator,
        "Douze soldats ont été tués cette semaine dans une embuscade près de Boni.",
    )
    assert "killed 12" in _all_figures(tolls)


def test_several_attacks_of_one_day_keep_their_tolls(annotator: Preannotator) -> None:
    # A guard: "deux attaques simultanées" dated by one day is no sum of a period.
    tolls = _tolls(
        annotator,
        "Deux attaques simultanées ont visé dimanche des postes de l'armée. À Torodi, "
        "les assaillants ont tué trois soldats.",
    )
    assert "killed 3" in _all_figures(tolls)


def test_a_force_in_its_own_voice_lost_its_men() -> None:
    # Before 0.60.0 "de nos hommes" was no count ("de ses" only).
    counts = [
        (c.text, c.kind, c.count)
        for c in find_casualties("« Nous avons perdu cinq de nos hommes », a déclaré un officier.")
    ]
    assert ("cinq de nos hommes", "killed", "5") in counts
    counts = [
        (c.text, c.kind, c.count)
        for c in find_casualties('"We lost six of our men," a commander said.')
    ]
    assert ("six of our men", "killed", "6") in counts


def test_a_sum_since_a_start_told_after_its_verb_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 the sum's verb joined the day's kidnapping with its 45.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont enlevé lundi trois commerçants sur la route de Bosso.\n"
        "Selon un rapport, au moins 45 civils ont été enlevés dans la région depuis janvier.",
    )
    assert "abducted 45" not in _all_figures(tolls)
    assert "abducted 3" in _all_figures(tolls)
    tolls = _tolls(
        annotator,
        "Gunmen abducted two drivers on Monday near Diffa.\n"
        "The UN said at least 45 civilians had been abducted in the region since January.",
        english=True,
    )
    assert "abducted 45" not in _all_figures(tolls)
    assert "abducted 2" in _all_figures(tolls)


def test_no_one_is_no_count() -> None:
    # Before 0.60.0 "No one was hurt" was one wounded ("one").
    for sentence in (
        "No one was hurt in the fire.",
        "Not one soldier was wounded.",
        "Pas un seul civil n'a été blessé.",
    ):
        assert find_casualties(sentence) == [], sentence
    # A guard: one is one.
    assert [(c.text, c.count) for c in find_casualties("One soldier was wounded.")] == [
        ("One soldier", "1")
    ]


def test_no_one_hurt_after_a_looting_adds_nothing_to_the_bomb(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "A roadside bomb struck a minibus near Tera on Friday, leaving six passengers dead."
        "\nLater that day, gunmen stole cattle from a nearby village. No one was hurt.",
        english=True,
    )
    assert _all_figures(tolls) == ["killed 6"]


def test_a_toll_told_before_the_ambush_it_followed_is_the_ambushs(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 "killed" and "ambush" were two events, each with both counts.
    tolls = _tolls(
        annotator,
        "Five soldiers were killed and four others are missing after an ambush on a "
        "patrol near Ayorou on Sunday, the army said.",
        english=True,
    )
    assert tolls == {"ambush": ["abducted 4", "killed 5"]}


def test_a_french_toll_told_before_the_ambush_it_followed_is_the_ambushs(
    annotator: Preannotator,
) -> None:
    tolls = _tolls(
        annotator,
        "Six soldats ont été tués dimanche après une embuscade contre une patrouille près "
        "de Boni, selon l'armée.",
    )
    assert tolls == {"embuscade": ["killed 6"]}


def test_a_series_told_as_a_cause_is_no_sum(annotator: Preannotator) -> None:
    # A guard: the series that prompted a curfew keeps its killing (the codebook codes
    # a cause, and events' series rules leave it).
    tolls = _tolls(
        annotator,
        "The governor imposed a curfew on Friday, following a series of attacks that "
        "killed dozens of civilians this month.",
        english=True,
    )
    assert "killed" in tolls


def test_the_people_kept_in_hospital_are_wounded() -> None:
    # Before 0.60.0 no count: "hospitalisées" was no word of harm.
    counts = [
        (c.text, c.kind, c.count)
        for c in find_casualties(
            "Au centre de santé, où une vingtaine de personnes restent hospitalisées, les "
            "médecins manquent de sang."
        )
    ]
    assert counts == [("une vingtaine de personnes", "injured", "20")]
    counts = [
        (c.text, c.kind, c.count)
        for c in find_casualties("Eleven passengers were hospitalised in Dori.")
    ]
    assert counts == [("Eleven passengers", "injured", "11")]
    # A guard: one person in hospital, named by a title, is no count.
    assert find_casualties("Le préfet, hospitalisé depuis mardi, va mieux.") == []


def test_acts_counted_are_no_people() -> None:
    # Before 0.60.0 "Two separate attacks killed" was a count of two dead.
    counts = [(c.text, c.count) for c in find_casualties("Two separate attacks killed 12 people.")]
    assert counts == [("12 people", "12")]
    assert [c.count for c in find_casualties("Deux embuscades meurtrières ont eu lieu.")] == []


def test_a_total_over_separate_attacks_of_one_day_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    # Before 0.60.0 one event held the total and both items' tolls.
    tolls = _tolls(
        annotator,
        "Deux attaques distinctes ont fait au total 12 morts dimanche dans le cercle.\n"
        "À Bankass, huit civils ont été tués par des hommes armés.\n"
        "À Koro, quatre soldats ont péri dans l'explosion d'un engin explosif.",
    )
    assert "killed 12" not in _all_figures(tolls)
    assert tolls["tués"] == ["killed 8"]
    assert tolls["explosion"] == ["killed 4"]
