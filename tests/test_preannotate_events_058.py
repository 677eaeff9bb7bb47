"""Pre-annotation 0.58.0, events themselves: a theft told by "voler", "dérober" or
"subtiliser" with the goods taken is COERCE seize; a member suspended from an
organisation's bodies is SANCTION expel; a protest lodged with a government ("a protesté
auprès de Bamako") is ACCUSE disapprove, not a demonstration; a charge brought against a
person ("inculpé", "mis en examen", "charged with") is ACCUSE allege; an act told as not
done ("sans être attaqué", "without being attacked") is no event; a riposte or an
attack repelled ("ont riposté et repoussé les assaillants") is an ASSAULT, stones thrown
back at the police a PROTEST riot.
Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _labelled(annotator: Preannotator, body: str) -> dict[str, tuple[str, str | None]]:
    """Each suggested event's trigger text, with its label and mode (a body opening on
    "The " is an English article)."""
    doc = english_document(body) if body.startswith("The ") else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    out: dict[str, tuple[str, str | None]] = {}
    ids: dict[str, str] = {}
    for item in result:
        if item.get("from_name") == "event":
            out[item["value"]["text"]] = (item["value"]["labels"][0], None)
            ids[item["id"]] = item["value"]["text"]
    for item in result:
        if item.get("type") == "choices" and item["from_name"].startswith("mode_"):
            text = ids.get(item["id"])
            if text in out:
                out[text] = (out[text][0], item["value"]["choices"][0])
    return out


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Des bandits ont volé une centaine de têtes de bétail lundi à Tillia.", "volé"),
        ("Trois motos ont été dérobées mardi au marché de Filingué.", "dérobées"),
        ("Des hommes armés ont subtilisé les téléphones des passagers près de Gao.", "subtilisé"),
    ],
)
def test_a_theft_of_goods_is_a_seizure(annotator: Preannotator, body: str, trigger: str) -> None:
    # Before 0.58.0 no event: the lexicon knew "voler du bétail" word after word only.
    assert _labelled(annotator, body).get(trigger) == ("COERCE", "seize")


def test_a_theft_beside_a_flight(annotator: Preannotator) -> None:
    # Before 0.58.0 no event at all; "voler" is kept only with the goods taken.
    events = _labelled(
        annotator,
        "Un avion de ligne a volé au-dessus de Niamey pendant une heure. Le même jour, des "
        "voleurs ont volé une vingtaine de moutons à Dosso.",
    )
    assert sorted(events.values()) == [("COERCE", "seize")]


@pytest.mark.parametrize(
    "body",
    [
        "La CEDEAO avait suspendu le Niger de ses instances après le coup d'État de juillet.",
        "L'Union africaine a suspendu le Burkina Faso de toutes ses instances vendredi.",
    ],
)
def test_a_member_suspended_from_an_organisation_is_expelled(
    annotator: Preannotator, body: str
) -> None:
    # Before 0.58.0 COERCE, with the mode of the coup merged with it (seize) or none.
    assert _labelled(annotator, body).get("suspendu") == ("SANCTION", "expel")


def test_a_suspension_from_bodies_beside_a_suspension_of_activities(
    annotator: Preannotator,
) -> None:
    # Before 0.58.0 both COERCE.
    events = _labelled(
        annotator,
        "La CEDEAO a suspendu le Mali de ses instances. À Bamako, le gouvernement a ensuite "
        "interdit les activités des partis politiques.",
    )
    assert events.get("suspendu") == ("SANCTION", "expel")
    assert events.get("interdit") == ("COERCE", "restrict")


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "Nouakchott a protesté auprès de Bamako après la mort de bergers mauritaniens.",
            "protesté",
        ),
        ("Le Niger a protesté officiellement contre le survol de son territoire.", "protesté"),
    ],
)
def test_a_protest_lodged_with_a_government_is_a_criticism(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    # Before 0.58.0 PROTEST demo: a demonstration.
    assert _labelled(annotator, body).get(trigger) == ("ACCUSE", "disapprove")


def test_a_lodged_protest_beside_a_street_protest(annotator: Preannotator) -> None:
    # Before 0.58.0 both PROTEST demo.
    events = _labelled(
        annotator,
        "Des centaines de jeunes ont manifesté devant la mairie de Gao. Le Mali a protesté "
        "auprès d'Alger après la mort de deux bergers.",
    )
    # Since 0.66.0 the herders' death is an ASSAULT of its own too (corpus: fr243, fr384).
    assert events.get("mort") == ("ASSAULT", None)
    assert sorted(v for k, v in events.items() if k != "mort") == [
        ("ACCUSE", "disapprove"),
        ("PROTEST", "demo"),
    ]


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Le parquet a inculpé l'ancien ministre pour atteinte au crédit de l'État.", "inculpé"),
        ("Le juge a prononcé mardi l'inculpation de trois douaniers à Kayes.", "inculpation"),
    ],
)
def test_a_charge_is_an_allegation(annotator: Preannotator, body: str, trigger: str) -> None:
    # Before 0.58.0 no event.
    assert _labelled(annotator, body).get(trigger) == ("ACCUSE", "allege")


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Le convoi de vivres a rejoint Djibo dimanche sans être attaqué.", "attaqué"),
        (
            "Les manifestants se sont dispersés dans le calme, sans aucune arrestation.",
            "arrestation",
        ),
        ("The convoy reached the town on Sunday without being attacked.", "attacked"),
    ],
)
def test_an_act_told_as_not_done_is_no_event(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    # Before 0.58.0 an event on the act not done ("sans être attaqué": an ASSAULT).
    assert trigger not in _labelled(annotator, body)


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Les soldats ont riposté et repoussé les assaillants près de Tahoua dimanche.", "riposté"),
        (
            "Les gendarmes ont repoussé les terroristes jeudi près de Makalondi.",
            "repoussé les terroristes",
        ),
    ],
)
def test_a_riposte_is_the_fight(annotator: Preannotator, body: str, trigger: str) -> None:
    # Before 0.58.0 no event: a riposte told with no attack before it was lost.
    assert _labelled(annotator, body).get(trigger, ("",))[0] == "ASSAULT"


def test_stones_thrown_back_are_a_riot(annotator: Preannotator) -> None:
    # Before 0.58.0 no event.
    events = _labelled(
        annotator, "Les étudiants ont riposté par des jets de pierres devant le rectorat de Bamako."
    )
    assert events.get("riposté") == ("PROTEST", "riot")
