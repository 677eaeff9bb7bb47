"""Pre-annotation 0.67.0, agreements, meetings, requests in political and diplomatic news.

Agreements signed with words between the verb and the text signed ("ont signé mardi à
Dakar une convention"), decisions to start or extend a cooperation, readiness stated
("est disposé à", "s'est engagé à financer"), delegations led to a place and sessions
held are suggested; what names no act between actors is not: "accorder" granting a
pardon or a mandate, a call to a protest (the protest to come is coded on its own
word), a force "appelée en renfort", a reporter's "Sollicité par l'AFP", a court's
"audience", an agreement ended, and a cooperation inside what is agreed. Each sentence
is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_forcemoves_066 import _roles as _role


def _events(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(trigger text, type) of every suggested event."""
    result = next(annotator.predict([doc])).result
    return [
        (r["value"]["text"], r["value"]["labels"][0])
        for r in result
        if r.get("from_name") == "event"
    ]


def _types_of(events: list[tuple[str, str]], trigger: str) -> list[str]:
    return [label for text, label in events if text == trigger]


# Agreements, decisions and offers the lexicon's phrases missed.


def test_an_agreement_signed_with_a_day_and_a_place_between(annotator: Preannotator) -> None:
    doc = titled_document(
        "Coopération routière",
        "Le Mali et le Sénégal ont signé jeudi à Dakar une convention sur l'entretien du "
        "corridor Bamako-Dakar, selon un communiqué conjoint.",
        town="Dakar",
    )
    assert _types_of(_events(annotator, doc), "signé") == ["AGREE"]
    assert _role(annotator, doc, "signé", "location") == ["Dakar"]
    assert _role(annotator, doc, "signé", "time") == ["jeudi"]


def test_four_agreements_signed_are_one_agreement(annotator: Preannotator) -> None:
    doc = titled_document(
        "Visite à Lomé",
        "Les deux ministres ont ensuite procédé à la signature de quatre accords dans les "
        "domaines de l'énergie et du transport.",
        town="Lomé",
    )
    assert [label for _, label in _events(annotator, doc)] == ["AGREE"]


def test_english_memorandum_signed_with_a_place_between(annotator: Preannotator) -> None:
    doc = english_document(
        "Niger and Togo signed in Niamey on Monday a memorandum of understanding on the "
        "transit of goods, the foreign ministry said."
    )
    assert _types_of(_events(annotator, doc), "signed") == ["AGREE"]


def test_a_decision_dates_by_its_day_not_the_plan(annotator: Preannotator) -> None:
    doc = titled_document(
        "Patrouilles mixtes",
        "Réunis lundi à Tillabéri, les chefs militaires des deux pays ont décidé de relancer "
        "dès le mois prochain les patrouilles mixtes le long du fleuve.",
        town="Niamey",
    )
    assert _types_of(_events(annotator, doc), "décidé") == ["AGREE"]
    assert "le mois prochain" not in _role(annotator, doc, "décidé", "time")


def test_a_union_deciding_to_keep_its_strike_agrees_nothing(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grève des infirmiers",
        "Le syndicat des infirmiers a décidé mardi de maintenir la grève illimitée dans les "
        "hôpitaux publics.",
        town="N'Djamena",
    )
    assert _types_of(_events(annotator, doc), "décidé") == []


def test_availability_reaffirmed_is_an_offer(annotator: Preannotator) -> None:
    doc = titled_document(
        "Coopération sécuritaire",
        "L'envoyé turc a réaffirmé la disponibilité d'Ankara à accompagner le Niger dans la "
        "formation de ses pilotes.",
        town="Niamey",
    )
    assert _types_of(_events(annotator, doc), "disponibilité") == ["AGREE"]


def test_an_agreement_signed_years_ago_is_in_force_not_signed_now(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Tensions dans le Nord",
        "Les mouvements armés accusent Bamako de ne pas appliquer l'accord de paix signé "
        "en 2015 à Alger.",
        town="Bamako",
    )
    assert _types_of(_events(annotator, doc), "signé") == []


def test_a_decision_to_create_a_common_institution(annotator: Preannotator) -> None:
    doc = titled_document(
        "Sommet à Niamey",
        "Les chefs d'État de l'AES ont décidé dimanche de créer une compagnie aérienne "
        "commune, selon le communiqué final.",
        town="Niamey",
    )
    assert _types_of(_events(annotator, doc), "décidé") == ["AGREE"]


def test_a_decision_to_extend_a_curfew_is_no_agreement(annotator: Preannotator) -> None:
    doc = titled_document(
        "Couvre-feu à Diffa",
        "Le gouverneur a décidé de prolonger de trois mois le couvre-feu nocturne dans la région.",
        town="Diffa",
    )
    assert _types_of(_events(annotator, doc), "décidé") == []


def test_english_leaders_decided_to_extend(annotator: Preannotator) -> None:
    doc = english_document(
        "Regional leaders decided on Saturday to extend the visa waiver for the three "
        "countries by a year, the bloc said."
    )
    assert _types_of(_events(annotator, doc), "decided") == ["AGREE"]


def test_readiness_stated_is_an_offer(annotator: Preannotator) -> None:
    doc = titled_document(
        "Appui ghanéen",
        "Le ministre ghanéen a affirmé mardi à Ouagadougou que son pays est disposé à "
        "partager ses données de surveillance aérienne avec le Burkina Faso.",
        town="Ouagadougou",
    )
    assert _types_of(_events(annotator, doc), "disposé") == ["AGREE"]


def test_a_commitment_with_an_adverb_inside(annotator: Preannotator) -> None:
    doc = titled_document(
        "Bourses pour le Sahel",
        "L'Algérie s'est par ailleurs engagée à financer la construction de deux lycées "
        "techniques à Kidal.",
        town="Alger",
    )
    assert _types_of(_events(annotator, doc), "engagée") == ["AGREE"]


def test_fighters_ready_to_fight_make_no_offer(annotator: Preannotator) -> None:
    doc = titled_document(
        "Tension à Ménaka",
        "Les combattants se disent prêts à en découdre avec l'armée si elle avance.",
        town="Gao",
    )
    assert _types_of(_events(annotator, doc), "prêts") == []


# Meetings.


def test_a_delegation_led_to_a_town_is_a_visit(annotator: Preannotator) -> None:
    doc = titled_document(
        "Solidarité avec Seytenga",
        "Le gouverneur de la région du Sahel a conduit vendredi une délégation à Seytenga "
        "pour réconforter les familles des victimes.",
        town="Dori",
    )
    assert _types_of(_events(annotator, doc), "conduit") == ["CONSULT"]
    assert _role(annotator, doc, "conduit", "actor") == ["Le gouverneur de la région du Sahel"]


def test_a_visit_told_by_came_and_its_purpose(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deuil à Sollé",
        "Le haut-commissaire du Loroum est venu samedi présenter les condoléances de "
        "l'État aux familles des victimes. Cette attaque est venue s'ajouter à une longue "
        "série.",
        town="Ouahigouya",
    )
    events = _events(annotator, doc)
    assert _types_of(events, "venu") == ["CONSULT"]
    assert _types_of(events, "venue") == []


def test_a_joint_commission_held_its_session(annotator: Preannotator) -> None:
    doc = titled_document(
        "Coopération nigéro-béninoise",
        "La commission mixte de coopération entre le Niger et le Bénin a tenu mercredi sa "
        "cinquième session à Cotonou.",
        town="Cotonou",
    )
    assert _types_of(_events(annotator, doc), "tenu") == ["CONSULT"]


def test_a_cooperation_inside_what_is_agreed_is_no_act(annotator: Preannotator) -> None:
    doc = titled_document(
        "Réunion des chefs d'état-major",
        "Les deux chefs d'état-major ont convenu de mener des patrouilles conjointes le "
        "long de la frontière à partir de janvier.",
        town="Niamey",
    )
    events = _events(annotator, doc)
    assert "COOPERATE" not in [label for _, label in events]
    assert "AGREE" in [label for _, label in events]


# What names no act between actors.


def test_a_decree_granting_a_pardon_is_no_agreement(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grâce présidentielle",
        "Un décret présidentiel accorde une remise de peine à cinquante détenus de la "
        "prison de Koutoukalé.",
        town="Niamey",
    )
    assert _types_of(_events(annotator, doc), "accorde") == []


def test_two_sides_who_agreed_among_themselves(annotator: Preannotator) -> None:
    doc = titled_document(
        "Paix à Dinangourou",
        "Les éleveurs et les agriculteurs se sont accordés samedi sur un calendrier de "
        "transhumance, selon le maire.",
    )
    assert _types_of(_events(annotator, doc), "accordés") == ["AGREE"]


def test_a_call_to_a_strike_is_the_strike_not_a_request(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grève des transporteurs",
        "Le syndicat des transporteurs a appelé lundi ses membres à observer une grève de "
        "72 heures à partir de jeudi.",
        town="Bamako",
    )
    assert _types_of(_events(annotator, doc), "appelé") == []


def test_a_call_to_the_authorities_stays_a_request(annotator: Preannotator) -> None:
    doc = titled_document(
        "Enlèvement à Douentza",
        "L'association des jeunes a appelé lundi les autorités à libérer les commerçants "
        "détenus depuis une semaine.",
    )
    assert _types_of(_events(annotator, doc), "appelé") == ["REQUEST"]


def test_english_call_for_a_stay_at_home_protest(annotator: Preannotator) -> None:
    doc = english_document(
        "Opposition parties on Sunday called for a nationwide stay-at-home protest on "
        "Wednesday. The UN called on the authorities to free the detained journalists."
    )
    events = _events(annotator, doc)
    assert _types_of(events, "called for") == []
    assert _types_of(events, "called on") == ["REQUEST"]


def test_forces_called_in_and_a_reporter_asking(annotator: Preannotator) -> None:
    doc = titled_document(
        "Heurts à Sarh",
        "Des jeunes ont affronté les agents de la mairie mardi à Sarh. La garde nationale, "
        "appelée en renfort, a rétabli le calme. Sollicité par l'AFP, le maire n'a pas "
        "souhaité commenter.",
        town="Sarh",
    )
    events = _events(annotator, doc)
    assert _types_of(events, "appelée") == []
    assert _types_of(events, "Sollicité") == []


def test_a_court_hearing_is_no_meeting(annotator: Preannotator) -> None:
    doc = titled_document(
        "Procès à Ouagadougou",
        "Le tribunal de grande instance a condamné lundi un journaliste à un an de prison. "
        "Lors de l'audience du 3 septembre, le parquet avait requis deux ans.",
        town="Ouagadougou",
    )
    assert _types_of(_events(annotator, doc), "audience") == []


def test_an_audience_granted_by_the_head_of_state_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Audience au palais",
        "Le président de la transition a reçu en audience mardi l'ambassadeur de Chine.",
        town="Bamako",
    )
    assert "CONSULT" in [label for _, label in _events(annotator, doc)]


def test_an_agreement_ended_is_no_agreement(annotator: Preannotator) -> None:
    doc = english_document(
        "Protesters gathered on Friday, two days after the government terminated a "
        "military cooperation agreement with the United States."
    )
    assert _types_of(_events(annotator, doc), "agreement") == []
