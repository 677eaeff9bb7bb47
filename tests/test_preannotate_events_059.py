"""Pre-annotation 0.59.0, events found once each: a statement, a report or a video
"released" frees no one, whether the participle comes before or after it ("In a statement
released on Tuesday"); English irregular pasts name attacks ("jets struck a camp",
"fought", "blew up", "shot them") and "set it on fire" a burning; an operation launched
or led ("a lancé une vaste opération", "ont mené une opération", "launched an
operation") is an assault though its sentence counts no dead, not one of another kind
("une opération de vaccination"); shots aimed at a target ("Des tirs ont visé le poste")
are an assault; strikes from the air told with the aircraft as subject in a sentence of
their own ("Les vecteurs aériens ont détruit") are another phase than a ground fight told
before; "par ailleurs" inside a clause adds one more act, whose passive subject underwent
it; a definite noun placed first at another locality ("à Matiacoali, l'attaque a été
repoussée") is the attack told there; two COERCE measures told by different words in one
sentence ("a dissous ... et suspendu") are two events; a request coordinated to another
with its own object ("a exigé ... et appelé les autorités à") is a request of its own, by
the same speaker. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str, english: bool = False) -> list[tuple[str, str]]:
    """Each suggested event's trigger text and label, in text order."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    found = [
        (item["value"]["start"], item["value"]["text"], item["value"]["labels"][0])
        for item in result
        if item.get("from_name") == "event"
    ]
    return [(text, label) for _, text, label in sorted(found)]


@pytest.mark.parametrize(
    "body",
    [
        "In a statement released on Tuesday, the ministry said soldiers had repelled an "
        "attack near Tera.",
        "A video released by the group on Sunday showed its fighters near Menaka.",
        "The report, released on Monday, describes abuses in the Tillaberi region.",
    ],
)
def test_a_paper_released_frees_no_one(annotator: Preannotator, body: str) -> None:
    # Before 0.58.0 RETREAT release: only "released a statement" was read as published.
    assert "RETREAT" not in {label for _, label in _events(annotator, body, english=True)}


def test_hostages_released_stay_a_release(annotator: Preannotator) -> None:
    # Guard: people freed are still a release.
    body = "Three aid workers abducted last week were released on Sunday near Menaka."
    assert ("released", "RETREAT") in _events(annotator, body, english=True)


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Malian air force jets struck a camp used by fighters near Menaka on Monday.", "struck"),
        ("Soldiers fought militants for several hours near Djibo on Sunday.", "fought"),
        ("Gunmen blew up a bridge on the road to Ansongo overnight.", "blew up"),
        ("The kidnappers looted the truck and set it on fire near Gao.", "set it on fire"),
    ],
)
def test_english_irregular_pasts_are_attacks(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    # Before 0.59.0 no ASSAULT there: the crude stemmer reaches no irregular past, and
    # "set on fire" did not allow a pronoun between.
    assert (trigger, "ASSAULT") in _events(annotator, body, english=True)


def test_a_deal_struck_is_no_attack(annotator: Preannotator) -> None:
    # Guard: "struck a deal" is an agreement.
    body = "The two governments struck a deal on border security in Niamey on Friday."
    assert "ASSAULT" not in {label for _, label in _events(annotator, body, english=True)}


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "L'armée malienne a lancé une vaste opération dans la région de Ségou pour "
            "déloger les jihadistes, a annoncé mardi l'état-major.",
            "opération",
        ),
        (
            "Les troupes ont mené mercredi une opération aéroterrestre dans la forêt du "
            "Wagadou, où plusieurs caches d'armes ont été découvertes.",
            "opération",
        ),
    ],
)
def test_an_operation_launched_is_an_assault(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    # Before 0.59.0 no event: an operation was an assault only with its dead counted.
    assert (trigger, "ASSAULT") in _events(annotator, body)


def test_an_operation_launched_in_english_is_an_assault(annotator: Preannotator) -> None:
    # Before 0.59.0 no event: only "military operation" was in the lexicon.
    body = "Burkina Faso's army launched an operation against jihadist positions near Djibo."
    assert ("launched an operation", "ASSAULT") in _events(annotator, body, english=True)


def test_an_operation_of_another_kind_stays_no_assault(annotator: Preannotator) -> None:
    # Guard: a vaccination campaign is no use of force.
    body = "Le ministère a lancé lundi une opération de vaccination contre la rougeole à Gao."
    assert "ASSAULT" not in {label for _, label in _events(annotator, body)}


def test_shots_aimed_at_a_post_are_an_assault(annotator: Preannotator) -> None:
    # Before 0.59.0 no event: "tirs" alone is no trigger.
    body = (
        "Des tirs ont visé dans la nuit de lundi à mardi un poste de police à Diboli, "
        "selon des sources locales."
    )
    assert [label for _, label in _events(annotator, body)] == ["ASSAULT"]


def test_strikes_from_the_air_are_another_phase(annotator: Preannotator) -> None:
    body = (
        "Les FAMa ont neutralisé vendredi une vingtaine de terroristes près de Ténenkou, "
        "selon l'état-major.\n"
        "Les vecteurs aériens ont détruit deux bases logistiques dans la même zone."
    )
    # Before 0.59.0 one event: the destruction joined the ground fight as its toll.
    assert [label for _, label in _events(annotator, body)] == ["ASSAULT", "ASSAULT"]


def test_a_toll_after_air_support_stays_the_fight(annotator: Preannotator) -> None:
    # Guard: the air support was told with the fight, so its toll is that fight's.
    body = (
        "Les FAMa, appuyées par l'aviation, ont repoussé samedi une attaque contre le camp "
        "de Boni.\n"
        "Les hélicoptères ont neutralisé une dizaine d'assaillants."
    )
    assert [label for _, label in _events(annotator, body)] == ["ASSAULT"]


def test_an_arrest_told_by_the_way_is_another_arrest(annotator: Preannotator) -> None:
    body = (
        "La police a arrêté lundi une dizaine de manifestants devant la mairie de "
        "Moundou.\n"
        "Un reporter de la radio Lotiko FM a par ailleurs été interpellé mardi, selon sa "
        "rédaction."
    )
    # Before 0.59.0 one arrest: "par ailleurs" was read only at a sentence's opening.
    assert [label for _, label in _events(annotator, body)] == ["COERCE", "COERCE"]
    # The radio the reporter works for did not arrest him.
    assert _role(annotator, body, "interpellé", "actor", False) == []


def test_a_definite_attack_placed_elsewhere_is_another_attack(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche deux postes de gendarmerie dans l'Est, selon "
        "des sources sécuritaires.\n"
        "Quatre gendarmes ont été tués à Kantchari ; à Matiacoali, l'attaque a été "
        "repoussée."
    )
    # Before 0.59.0 "l'attaque" joined the attack told first.
    assert [t for t, label in _events(annotator, body) if label == "ASSAULT"] == [
        "attaqué",
        "attaque",
    ]


def test_two_measures_in_one_sentence(annotator: Preannotator) -> None:
    body = (
        "Le ministre de l'Intérieur a dissous lundi le conseil municipal de Téra et "
        "suspendu deux associations pour trouble à l'ordre public."
    )
    # Before 0.59.0 one COERCE: triggers of one type in one sentence were one event.
    assert [t for t, label in _events(annotator, body) if label == "COERCE"] == [
        "dissous",
        "suspendu",
    ]


def test_a_coordinated_request_is_a_request_of_its_own(annotator: Preannotator) -> None:
    body = (
        "Une coordination d'associations féminines a exigé mardi la libération immédiate des "
        "otages et appelé les autorités à sécuriser les abords des villages."
    )
    # Before 0.59.0 one REQUEST: the call joined the demand.
    assert [t for t, label in _events(annotator, body) if label == "REQUEST"] == [
        "exigé",
        "appelé",
    ]
    # The call is the coordination's, not the hostages'.
    assert _role(annotator, body, "appelé", "actor", False) == _role(
        annotator, body, "exigé", "actor", False
    )


def test_praise_and_thanks_stay_one_statement(annotator: Preannotator) -> None:
    # Guard: praise coordinated with thanks is one SUPPORT, as the corpus codes it.
    body = (
        "Le ministre de la Défense a salué une séparation dans le respect mutuel et "
        "remercié l'Italie pour la formation de ses soldats."
    )
    assert [label for _, label in _events(annotator, body)].count("SUPPORT") == 1


def test_an_armys_own_kills_reported_later_are_its_own_act(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a military post near Banibangou on Monday, killing seven soldiers, "
        "security sources said.\n"
        "Niger's army said on Thursday its troops had killed 20 militants in the Tillaberi "
        "region in recent days."
    )
    # Before 0.59.0 one event: "its troops" was no actor (the day of the saying stood
    # between "said" and them) and the kills joined the attack as its toll.
    assert [label for _, label in _events(annotator, body, english=True)] == [
        "ASSAULT",
        "ASSAULT",
    ]
    assert _role(annotator, body, "killed", "actor", True) == ["its troops"]


def test_the_kills_and_the_ambush_that_prompted_them(annotator: Preannotator) -> None:
    body = (
        "Mali's army said on Wednesday its troops had killed 20 militants near Nampala, after "
        "jihadists ambushed a convoy in the area last week."
    )
    # Before 0.59.0 one event: the kills joined the ambush as its toll; a clause opened by
    # "after" with its own subject is the act that prompted the other.
    assert [t for t, label in _events(annotator, body, english=True)] == ["killed", "ambushed"]


def test_an_operation_that_fought_nobody_stays_no_event(annotator: Preannotator) -> None:
    # Guard: an operation with no dead and nobody launching it names no assault.
    body = "The UN peacekeeping operation in Mali formally ended its mandate on Sunday."
    assert "ASSAULT" not in {label for _, label in _events(annotator, body, english=True)}
