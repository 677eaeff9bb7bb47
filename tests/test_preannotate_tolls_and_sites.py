"""Pre-annotation 0.28.0: a coordinated count's qualifier, "dozens" without "of", a
bomb's blast, a place named by the attack on it, and no author borrowed from another
act's clause. Each sentence is written for the test, in the press's usual turns of
phrase."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _tolls(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lundi, au moins douze soldats et trois civils ont été tués à Boni.",
            [
                ("au moins douze soldats", "killed", "at-least", "12"),
                ("trois civils", "killed", "exact", "3"),
            ],
        ),
        (
            "At least 12 soldiers and three civilians were killed near Tessit.",
            [
                ("At least 12 soldiers", "killed", "at-least", "12"),
                ("three civilians", "killed", "exact", "3"),
            ],
        ),
        # One side: one count, at least the sum.
        (
            "Près de vingt civils et un chef de village ont été tués.",
            [("Près de vingt civils et un chef de village", "killed", "approximate", "21")],
        ),
    ],
)
def test_a_coordinated_count_keeps_its_qualifier(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _tolls(text) == expected


def test_dozens_without_of_is_a_vague_toll() -> None:
    assert _tolls("The attack left 31 dead and dozens wounded.") == [
        ("31 dead", "killed", "exact", "31"),
        ("dozens wounded", "injured", "vague", "20-99"),
    ]


def _event_items(annotator: Preannotator, doc: object) -> list[dict[str, object]]:
    return list(next(annotator.predict([doc])).result)


def test_an_english_blast_is_an_explosion(annotator: Preannotator) -> None:
    doc = english_document("At least seven people died in the blast near Gao, officials said.")
    result = _event_items(annotator, doc)
    blast = next(
        i
        for i in result
        if i.get("from_name") == "event" and i["value"]["text"] == "blast"  # type: ignore[index]
    )
    modes = [
        i["value"]["choices"]  # type: ignore[index]
        for i in result
        if i.get("id") == blast["id"]
        and i.get("type") == "choices"
        and i["from_name"] == "mode_assault"
    ]
    assert modes == [["explosives"]]


@pytest.mark.parametrize(
    ("body", "trigger", "place"),
    [
        ("Le gouvernement a condamné l'attaque de Boni.", "attaque", "Boni"),
        ("Le ministre a rendu hommage aux victimes de l'embuscade d'Inata.", "embuscade", "Inata"),
        ("Le bilan de l'attaque de Solhan s'est encore alourdi.", "attaque", "Solhan"),
    ],
)
def test_the_place_an_attack_is_named_by_is_its_location(
    annotator: Preannotator, body: str, trigger: str, place: str
) -> None:
    assert _role(annotator, body, trigger, "location", False) == [place]
    assert _role(annotator, body, trigger, "recipient", False) == []
    result = next(annotator.predict([titled_document("Titre", body)])).result
    labels = {i["value"]["text"]: i["value"]["labels"] for i in result if i.get("type") == "labels"}
    assert labels[place][0] in ("GPE", "LOC")


def test_a_group_named_after_the_attack_is_no_place(annotator: Preannotator) -> None:
    body = "Le gouvernement a condamné l'attaque du JNIM contre le poste de Boni."
    result = next(annotator.predict([titled_document("Titre", body)])).result
    labels = {i["value"]["text"]: i["value"]["labels"] for i in result if i.get("type") == "labels"}
    assert labels["JNIM"] == ["ORG"]


@pytest.mark.parametrize(
    "body",
    [
        "Les autorités ont suspendu la BBC pour sa couverture du massacre de Solenzo.",
        "Les manifestants ont été dispersés par la police à l'issue d'une marche de protestation.",
    ],
)
def test_no_author_from_the_clause_of_another_act(annotator: Preannotator, body: str) -> None:
    trigger = "massacre" if "massacre" in body else "marche de protestation"
    assert _role(annotator, body, trigger, "actor", False) == []


def test_the_author_of_an_act_in_its_own_clause_stays(annotator: Preannotator) -> None:
    body = "Les FAMa ont mené vendredi une attaque contre des bases terroristes près de Léré."
    assert _role(annotator, body, "attaque", "actor", False) == ["FAMa"]


@pytest.mark.parametrize(
    ("body", "trigger", "place"),
    [
        (
            "Des frappes ont visé mardi des positions jihadistes dans le nord du Mali.",
            "frappes",
            # Since 0.64.0 the part of the country is the place's span (as the corpus).
            "le nord du Mali",
        ),
        (
            "Air strikes hit jihadist positions on Tuesday in the north of Mali.",
            "Air strikes",
            "the north of Mali",
        ),
        (
            "Les affrontements ont eu lieu mardi dans la zone des trois frontières.",
            "affrontements",
            "zone des trois frontières",
        ),
        ("Fighting broke out on Tuesday in the tri-border area.", "Fighting", "tri-border area"),
    ],
)
def test_a_part_of_a_country_or_a_region_in_common_words_is_the_place(
    annotator: Preannotator, body: str, trigger: str, place: str
) -> None:
    english = body.startswith(("Air", "Fighting"))
    assert _role(annotator, body, trigger, "location", english) == [place]


def test_west_of_a_town_is_not_in_it(annotator: Preannotator) -> None:
    body = (
        "Les affrontements se sont déroulés mardi près d'Inékar, à une quarantaine de "
        "kilomètres à l'ouest de la ville de Ménaka."
    )
    assert "Ménaka" not in _role(annotator, body, "affrontements", "location", False)


@pytest.mark.parametrize(
    ("body", "english"),
    [
        (
            "Des hommes armés ont enlevé trois ouvriers qui travaillaient sur une mine d'or "
            "près de Kayes.",
            False,
        ),
        ("Gunmen stormed a gold mine near Kayes and abducted five workers.", True),
    ],
)
def test_a_gold_mine_is_a_site_not_a_weapon(
    annotator: Preannotator, body: str, english: bool
) -> None:
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    labels = [i["value"]["labels"][0] for i in result if i.get("type") == "labels"]
    assert "WEA" not in labels
    assert "FAC" in labels


def test_a_landmine_is_still_a_weapon(annotator: Preannotator) -> None:
    body = "Trois soldats ont été tués lundi lorsque leur véhicule a heurté une mine près de Boni."
    result = next(annotator.predict([titled_document("Titre", body)])).result
    weapons = [
        i["value"]["text"]
        for i in result
        if i.get("type") == "labels" and i["value"]["labels"] == ["WEA"]
    ]
    assert weapons == ["mine"]


def test_the_act_that_prompted_another_is_its_own_event(annotator: Preannotator) -> None:
    body = (
        "L'armée a mené mardi des frappes aériennes près de Tiloa, après une attaque "
        "contre un poste militaire qui a fait quatre morts parmi les soldats."
    )
    assert _role(annotator, body, "frappes aériennes", "actor", False) == ["L'armée"]
    assert _role(annotator, body, "frappes aériennes", "casualties", False) == []
    # The attack is suggested on its own, with its toll and without the army as author.
    assert _role(annotator, body, "attaque", "casualties", False) == ["quatre morts"]
    assert _role(annotator, body, "attaque", "actor", False) == []


def test_an_act_a_relative_clause_goes_on_to_tell_stays_one(annotator: Preannotator) -> None:
    body = (
        "Le mouvement fait suite à une attaque mercredi sur la route de Niono, où des "
        "hommes armés ont ouvert le feu sur un convoi."
    )
    doc = titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    events = [i["value"]["text"] for i in result if i.get("from_name") == "event"]
    assert events.count("attaque") + events.count("ouvert le feu") == 1


@pytest.mark.parametrize(
    "claim",
    ["JNIM claimed the attack in a statement.", "JNIM claimed responsibility for the attack."],
)
def test_who_claims_an_english_attack_is_its_actor(annotator: Preannotator, claim: str) -> None:
    body = f"An army convoy was ambushed near Léré on Monday. {claim}"
    assert _role(annotator, body, "ambushed", "actor", True) == ["JNIM"]
    assert _role(annotator, body, "ambushed", "source", True) == ["JNIM"]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Malian troops and Russian mercenaries killed at least 20 civilians in the "
            "village of Diafarabé on Tuesday, residents said.",
            # Since 0.60.0 the second subject is an actor too (the codebook's coordinated
            # actors; before, only the first was found).
            ["Malian troops", "Russian mercenaries"],
        ),
        ("Russian mercenaries killed 12 herders near Nampala on Sunday.", ["Russian mercenaries"]),
        # The subject of a clause a conjunction opens (since 0.29.0).
        (
            "At least 30 civilians were killed on Sunday when jihadists attacked a wedding "
            "near Mopti.",
            ["jihadists"],
        ),
    ],
)
def test_english_subjects_of_people_who_kill(
    annotator: Preannotator, body: str, actor: list[str]
) -> None:
    trigger = "attacked" if "attacked" in body else "killed"
    assert _role(annotator, body, trigger, "actor", True) == actor


def test_a_means_after_the_people_acted_upon_is_not_theirs(annotator: Preannotator) -> None:
    body = "Les autorités de transition ont dissous tous les partis politiques par décret, jeudi."
    assert _role(annotator, body, "dissous", "recipient", False) == ["tous les partis politiques"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The UN mission completed its withdrawal from the Kidal region on Tuesday.", "RETREAT"),
        ("The UN peacekeeping mission completed its withdrawal from Mali on Sunday.", "RETREAT"),
        ("Niger confirmed its withdrawal from ECOWAS on Sunday.", "SANCTION"),
    ],
)
def test_a_withdrawal_from_a_place_is_a_retreat(
    annotator: Preannotator, body: str, label: str
) -> None:
    result = next(annotator.predict([english_document(body)])).result
    labels = [i["value"]["labels"][0] for i in result if i.get("from_name") == "event"]
    assert labels == [label]
