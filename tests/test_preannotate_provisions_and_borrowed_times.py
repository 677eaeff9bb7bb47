"""Pre-annotation 0.37.0: what a text provides for, or what is to be avoided, is no act;
a time that dates a participle of a noun naming no event is not borrowed by the next
sentence; what a call is for is to come; an act that another followed is its own
happening; English heads of people who act; whom an attack was aimed at, or whose
coverage was punished, names no actor; a circumstance is no part of who acted; who went
into the street acted; a mine that hit a vehicle; a person and his driver; days counted
from a night; the time of what is promised. Pre-annotation 0.38.0 (from
``test_the_noun_a_passive_participle_qualifies_is_no_actor`` on): the noun a passive
participle qualifies, or who acted beside an act told "during" another, is no actor;
a place after who acted; the soldiers a force lost; people seized are abducted; the
time of an act told with its place; violence told as a happening; who said it blames;
a march through a capital. Each sentence is written for the test, in the press's usual
turns of phrase."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_joined_and_anaphoric import _choices, _events


def _dates(annotator: Preannotator, body: str, trigger: str, english: bool = False) -> list[str]:
    """The normalised dates of the times suggested for the event ``trigger``."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result: list[dict[str, Any]] = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    dates = {
        i["id"]: i["value"]["text"][0]
        for i in result
        if i.get("type") == "textarea" and i.get("from_name") == "norm_date"
    }
    events = [i["id"] for i in result if i.get("from_name") == "event"]
    assert trigger in [spans[i]["text"] for i in events], [spans[i]["text"] for i in events]
    return sorted(
        dates.get(r["to_id"], "?")
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["time"]
        and spans[r["from_id"]]["text"] == trigger
    )


# --- No act ------------------------------------------------------------------------------


def test_what_an_agreement_provides_for_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Le Burkina Faso et le Niger ont signé jeudi à Ouagadougou un accord de défense "
        "prévoyant des patrouilles conjointes dans la zone des trois frontières. Il prévoit "
        "aussi un échange de renseignements entre les deux états-majors."
    )
    labels = [label for label, _ in _events(annotator, body)]
    assert "AGREE" in labels
    assert "COOPERATE" not in labels


def test_what_a_decree_provides_for_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a signé mardi un arrêté instaurant un couvre-feu dans la ville. Le "
        "texte prévoit également la fermeture des marchés à 18 heures."
    )
    events = _events(annotator, body)
    assert [e for e in events if "fermeture" in e[1]] == []


def test_the_act_a_provision_undoes_stays_an_event(annotator: Preannotator) -> None:
    body = (
        "L'accord signé en mai entre les chefs de village et les combattants prévoyait la "
        "levée du blocus imposé à la commune depuis janvier 2024."
    )
    assert "blocus" in [text for _, text in _events(annotator, body)]


def test_what_is_to_be_avoided_is_no_event(annotator: Preannotator) -> None:
    body = (
        "The president of Ghana urged the bloc on Sunday to avoid fresh sanctions against "
        "the three military-led states."
    )
    assert [e for e in _events(annotator, body, english=True) if e[0] == "SANCTION"] == []


# --- Times -------------------------------------------------------------------------------


def test_a_decision_dated_in_a_participle_dates_no_later_act(annotator: Preannotator) -> None:
    body = (
        "Des centaines de commerçants ont manifesté lundi à Maradi contre la taxe sur les "
        "marchés votée la semaine dernière par le conseil municipal.\n"
        "Les forces de l'ordre ont dispersé les manifestants à coups de gaz lacrymogène."
    )
    # The dateline is Tuesday 9 September 2025: Monday is the 8th.
    assert _dates(annotator, body, "dispersé les manifestants") == ["2025-09-08"]


def test_a_participle_of_happening_still_dates_the_next_act(annotator: Preannotator) -> None:
    body = (
        "L'attaque du poste de Tahoua, survenue dans la nuit de samedi à dimanche, a fait "
        "trois morts.\n"
        "Les assaillants ont ensuite incendié deux véhicules de la gendarmerie."
    )
    assert _dates(annotator, body, "incendié") == ["2025-09-06/2025-09-07"]


def test_the_march_a_call_is_for_is_to_come(annotator: Preannotator) -> None:
    body = (
        "Les syndicats d'enseignants ont observé lundi une grève de vingt-quatre heures. Ils "
        "appellent à une nouvelle marche samedi à Niamey."
    )
    # Tuesday 9 September 2025: the Saturday to come is the 13th, not the 6th.
    assert _dates(annotator, body, "marche") == ["2025-09-13"]


# --- Which event -------------------------------------------------------------------------


def test_an_attack_another_act_followed_is_its_own_event(annotator: Preannotator) -> None:
    body = (
        "Chad's army said on Sunday it had killed about thirty fighters in a week of "
        "operations on the islands of Lake Chad.\n"
        "The operations followed an attack on a military post at Ngouboua on November 3 "
        "that left nine soldiers dead."
    )
    events = _events(annotator, body, english=True)
    assert ("ASSAULT", "killed") in events
    assert ("ASSAULT", "attack") in events
    assert _dates(annotator, body, "attack", english=True) == ["2025-11-03"]
    assert _role(annotator, body, "killed", "casualties", True) == ["about thirty fighters"]


# --- Who acted ---------------------------------------------------------------------------


def test_english_heads_of_state_and_presidents_act(annotator: Preannotator) -> None:
    body = (
        "The heads of state agreed to keep their borders open. Senegal's "
        "president urged the bloc to resume talks with the three countries."
    )
    assert _role(annotator, body, "agreed to", "actor", True) == ["The heads of state"]
    assert _role(annotator, body, "urged", "actor", True) == ["Senegal's president"]


def test_a_participle_of_saying_is_no_part_of_who_acted(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked the town of Djibo on Thursday. The group claimed the attack on "
        "Friday, saying its fighters had seized weapons and vehicles."
    )
    actors = _role(annotator, body, "seized", "actor", True)
    assert not any(a.lower().startswith("saying") for a in actors)


def test_whom_an_attack_was_aimed_at_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "It was the deadliest attack on the army this year, after an assault on the base "
        "of Diapaga in March killed more than forty people."
    )
    assert _role(annotator, body, "assault", "actor", True) == []


def test_a_circumstance_is_no_part_of_who_acted(annotator: Preannotator) -> None:
    body = (
        "L'accord a été paraphé par les deux ministres des Affaires étrangères en marge "
        "d'une réunion du conseil des ministres de l'organisation."
    )
    actors = _role(annotator, body, "accord", "actor", False)
    assert actors and not any("marge" in a for a in actors)


def test_marchers_who_went_into_the_street_are_the_actor(annotator: Preannotator) -> None:
    body = (
        "Les commerçants du grand marché de Kaya sont descendus dans la rue jeudi pour "
        "protester contre la hausse des taxes."
    )
    assert _role(annotator, body, "descendus dans la rue", "actor", False) == [
        "Les commerçants du grand marché de Kaya"
    ]
    assert _role(annotator, body, "descendus dans la rue", "recipient", False) == []


def test_an_english_regulator_acts(annotator: Preannotator) -> None:
    body = "The regulator accused the weekly of publishing false figures on the army's losses."
    assert _role(annotator, body, "accused", "actor", True) == ["The regulator"]


def test_what_was_reported_names_no_author(annotator: Preannotator) -> None:
    body = (
        "The military government suspended a private television channel on Monday over its "
        "coverage of an attack on a convoy in the east."
    )
    assert _role(annotator, body, "attack", "actor", True) == []


# --- Which event, what it cost, when ----------------------------------------------------


def test_a_vehicle_touched_by_a_mine_is_its_own_explosion(annotator: Preannotator) -> None:
    body = (
        "Des militaires et des jihadistes se sont affrontés lundi près de Diffa, faisant six "
        "morts. Le même jour, un camion de l'armée a été touché par une mine près de "
        "Bosso, blessant trois soldats."
    )
    events = _events(annotator, body)
    assert ("ASSAULT", "touché par une mine") in events
    assert _role(annotator, body, "touché par une mine", "casualties", False) == ["trois soldats"]


def test_a_person_and_his_driver_are_two(annotator: Preannotator) -> None:
    body = "Gunmen kidnapped a Turkish engineer and his Nigerien driver on Friday near Agadez."
    doc = english_document(body)
    result = next(annotator.predict([doc])).result
    counts = [
        i["value"]["text"][0]
        for i in result
        if i.get("type") == "textarea" and i.get("from_name") == "norm_count"
    ]
    assert counts == ["2"]


def test_an_english_count_keeps_the_noun_its_modifier_qualifies(annotator: Preannotator) -> None:
    body = "Troops killed several militant commanders in an air strike near Menaka on Sunday."
    assert _role(annotator, body, "air strike", "casualties", True) == [
        "several militant commanders"
    ]


def test_days_counted_from_a_night(annotator: Preannotator) -> None:
    body = (
        "Dans la nuit du 2 au 3 septembre, des hommes armés ont incendié la mairie de "
        "Gorom-Gorom. Deux jours plus tard, trois conseillers municipaux ont été enlevés "
        "dans la même commune."
    )
    assert _dates(annotator, body, "enlevés") == ["2025-09-04"]


def test_the_time_of_what_is_promised_is_not_the_promise(annotator: Preannotator) -> None:
    body = (
        "Reçus mardi par les élèves en grève, le directeur régional a promis que les "
        "enseignants seraient affectés avant la fin du mois."
    )
    assert "2025-09" not in " ".join(_dates(annotator, body, "promis"))
    assert _choices(annotator, body, "promis", "factuality_certainty") != ["probable"]


def test_the_noun_a_passive_participle_qualifies_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a suspendu jeudi le Syndicat national des transporteurs (SNT), "
        "accusé d'avoir bloqué les convois de carburant."
    )
    actors = _role(annotator, body, "accusé", "actor", False)
    assert not any("Syndicat" in a or a == "SNT" for a in actors)


def test_who_acted_during_another_act_did_not_do_it(annotator: Preannotator) -> None:
    body = (
        "Police on Friday released 23 traders arrested last week during a protest against "
        "new market fees in Zinder."
    )
    assert _role(annotator, body, "protest", "actor", True) == []


def test_a_place_after_who_acted_is_no_part_of_them(annotator: Preannotator) -> None:
    body = "Un poste de gendarmerie a été attaqué mardi par des hommes armés près de Sebba."
    assert _role(annotator, body, "attaqué", "actor", False) == ["des hommes armés"]


def test_the_soldiers_an_army_lost_are_counted(annotator: Preannotator) -> None:
    body = (
        "The army said it killed about sixty militants in operations near Djibo last week, "
        "while losing five soldiers."
    )
    assert _role(annotator, body, "killed", "casualties", True) == [
        "about sixty militants",
        "five soldiers",
    ]


def test_people_seized_are_abducted(annotator: Preannotator) -> None:
    body = (
        "Two engineers working on a dam near Kandadji have been freed, their employer said. "
        "The pair, a Malian and a Togolese, were seized at gunpoint on the site in April."
    )
    events = _events(annotator, body, english=True)
    assert [e for e in events if e[0] == "COERCE"] == []
    assert ("ASSAULT", "seized") in events


def test_the_time_of_an_act_told_with_its_place_is_not_the_release(
    annotator: Preannotator,
) -> None:
    body = (
        "Three teachers abducted in northern Burkina Faso in September have been released, "
        "their union said."
    )
    assert _dates(annotator, body, "released", english=True) == []


def test_violence_told_as_a_happening_is_an_event(annotator: Preannotator) -> None:
    body = (
        "Le bilan des violences qui ont éclaté dimanche entre pêcheurs et agriculteurs à "
        "Kanembakaché s'élève à cinq morts. Les autorités dénoncent régulièrement la "
        "violence dans les marchés."
    )
    events = [e for e in _events(annotator, body) if e[0] == "ASSAULT"]
    assert events == [("ASSAULT", "violences")]


def test_who_said_it_blames(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed eleven herders near Tera on Sunday, a local official said, blaming "
        "the attack on a group linked to Islamic State."
    )
    assert _role(annotator, body, "blaming", "actor", True) == ["a local official"]


def test_a_march_through_a_city_is_placed_there(annotator: Preannotator) -> None:
    body = "Hundreds of students marched through Bamako on Tuesday to demand their grants."
    assert _role(annotator, body, "marched", "location", True) == ["Bamako"]
