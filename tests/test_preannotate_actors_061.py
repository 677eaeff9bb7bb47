"""Pre-annotation 0.61.0, actors of repelled attacks, of receptions and of releases.

Who repels an attack did not make it: the killing that answers it ("ont repoussé une
attaque contre le poste, tuant une quinzaine d'assaillants") is merged into the attack
for its toll, but its subject is no attacker; the attackers the answer counts are the
attack's actor. A meeting told by a passive "reçu par" has the received as its actor
(the guest) and the agent as its recipient (the host), also when the parse does not
give the subject ("Les ex-otages ont été reçus lundi par le gouverneur"). A release
whose actor is no captor (who announced it, who helped) takes the captors of the
abduction the article tells, or none; a force the parse gives as who released stays.
Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import role_texts as _role
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str, town: str = "Bamako") -> dict[str, Any]:
    return titled_document("Titre", body, town)


def test_who_repels_an_attack_is_not_its_actor(annotator: Preannotator) -> None:
    body = (
        "Les forces armées burkinabè ont repoussé mardi une attaque contre le poste de "
        "Djibo, tuant une quinzaine d'assaillants, selon l'état-major."
    )
    # Before 0.61.0 the forces, the subject of the killing merged into the attack.
    assert _role(annotator, _fr(body, "Ouagadougou"), "attaque") == ["assaillants"]


def test_who_repels_an_attack_is_not_its_actor_in_english(annotator: Preannotator) -> None:
    body = (
        "Nigerien soldiers repelled an attack on their base near Ouallam on Sunday, "
        "killing 12 attackers, the defence ministry said."
    )
    assert _role(annotator, english_document(body), "attack") == ["attackers"]


def test_the_attackers_a_repelling_unit_counts_are_the_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Une unité de la garde nationale a repoussé jeudi une attaque contre le poste "
        "de Banibangou, tuant deux jihadistes. Trois gardes ont été blessés."
    )
    assert _role(annotator, _fr(body, "Niamey"), "attaque") == ["jihadistes"]
    # Who attacked first and who answered, two acts: the answer keeps its subject.
    body = (
        "Des hommes armés ont attaqué jeudi le poste de Banibangou. Les militaires ont "
        "riposté, tuant deux assaillants."
    )
    assert _role(annotator, _fr(body, "Niamey"), "attaqué") == ["Des hommes armés"]


def test_the_subject_of_a_passive_reception_is_the_guest(annotator: Preannotator) -> None:
    body = (
        "Cinq bergers enlevés la semaine dernière ont été libérés samedi près de Ménaka. "
        "Les ex-otages ont été reçus lundi par le gouverneur de la région."
    )
    doc = _fr(body, "Gao")
    # Before 0.61.0 the governor was the actor and the guests were not linked.
    assert _role(annotator, doc, "reçus") == ["Les ex-otages"]
    assert _role(annotator, doc, "reçus", "recipient") == ["le gouverneur de la région"]


def test_a_delegation_received_by_a_minister_is_the_actor(annotator: Preannotator) -> None:
    body = (
        "Les transporteurs ont observé une grève de deux jours à Kaya. Mardi, une "
        "délégation de camionneurs avait déjà été reçue par le ministre des Transports."
    )
    doc = _fr(body, "Ouagadougou")
    assert _role(annotator, doc, "reçue") == ["une délégation de camionneurs"]
    assert _role(annotator, doc, "reçue", "recipient") == ["ministre des Transports"]


def test_an_active_reception_keeps_its_host_as_recipient(annotator: Preannotator) -> None:
    body = "Le Premier ministre a reçu lundi l'ambassadeur de Russie au Niger à Niamey."
    doc = _fr(body, "Niamey")
    assert _role(annotator, doc, "reçu") == ["l'ambassadeur de Russie au Niger"]
    assert _role(annotator, doc, "reçu", "recipient") == ["Le Premier ministre"]


def test_a_release_announced_by_an_organisation_takes_the_captors(
    annotator: Preannotator,
) -> None:
    body = (
        "Trois agents d'une ONG enlevés le 5 courant près de Ténenkou ont été libérés "
        "dimanche, a annoncé leur organisation. Ils avaient été enlevés par des individus "
        "armés alors qu'ils rentraient d'une distribution de vivres. L'organisation n'a "
        "pas précisé les conditions de leur libération."
    )
    actors = _role(annotator, _fr(body, "Mopti"), "libérés")
    # Before 0.61.0 the organisation that tells of the release.
    assert "L'organisation" not in actors


def test_a_release_obtained_by_forces_takes_the_kidnappers(annotator: Preannotator) -> None:
    body = (
        "Le maire de la commune, enlevé dans la nuit de samedi par des hommes armés, a été "
        "libéré mercredi, a annoncé le gouvernorat. « Sa libération a été obtenue grâce "
        "aux efforts des Forces de défense et de sécurité », précise le communiqué."
    )
    actors = _role(annotator, _fr(body, "Niamey"), "libéré")
    assert actors in ([], ["des hommes armés"])


def test_a_force_that_released_its_detainees_stays_the_actor(annotator: Preannotator) -> None:
    body = (
        "Deux prêcheurs ont été enlevés en août par des hommes armés près de Bobo-Dioulasso. "
        "En septembre, la gendarmerie a relâché trois commerçants qu'elle avait arrêtés."
    )
    assert _role(annotator, _fr(body, "Bobo-Dioulasso"), "relâché") == ["la gendarmerie"]


def test_forces_told_by_their_nationality_are_that_states_army(
    annotator: Preannotator,
) -> None:
    body = (
        "Les forces nigériennes ont arrêté jeudi une dizaine de suspects lors d'une "
        "opération près de Banibangou, selon le ministère de la Défense."
    )
    # Before 0.61.0 "Les forces nigériennes" had no actor id (only "l'armée nigérienne").
    assert _actor_ids(annotator, _fr(body, "Niamey"), "arrêté") == [
        ("Les forces nigériennes", "fan-niger")
    ]
    body = "Les forces maliennes ont arrêté lundi six trafiquants près de Ségou."
    assert _actor_ids(annotator, _fr(body, "Niamey"), "arrêté") == [
        ("Les forces maliennes", "fama")
    ]


def _actor_ids(
    annotator: Preannotator, doc: dict[str, Any], trigger: str
) -> list[tuple[str, str | None]]:
    """The actors (text, norm_actor) of the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    ids = {
        i["id"]: i["value"]["text"][0]
        for i in result
        if i.get("type") == "textarea" and i.get("from_name") == "norm_actor"
    }
    return sorted(
        (spans[r["to_id"]]["text"], ids.get(r["to_id"]))
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["actor"]
        and spans[r["from_id"]]["text"] == trigger
    )


def test_english_forces_told_by_their_nationality_act(annotator: Preannotator) -> None:
    body = "Malian forces arrested six suspected jihadists near Segou on Monday, a source said."
    # Before 0.61.0 the arrest had no actor: "Malian forces" was no mention.
    assert _actor_ids(annotator, english_document(body), "arrested") == [("Malian forces", "fama")]


def test_captors_named_after_a_release_are_its_actor(annotator: Preannotator) -> None:
    body = (
        "Two Italian nationals kidnapped in 2024 have been freed from their captors, the "
        "al-Qaeda-linked JNIM, officials said on Sunday."
    )
    # Before 0.61.0 the release had no actor.
    assert _actor_ids(annotator, english_document(body), "freed") == [("JNIM", "jnim")]
    body = (
        "Deux travailleurs humanitaires enlevés en décembre près de Tahoua ont été libérés "
        "lundi par leurs ravisseurs, des éléments de l'État islamique au Sahel, selon une "
        "source officielle."
    )
    # The members or the group itself: both carry the group's id.
    assert [i for _, i in _actor_ids(annotator, _fr(body, "Niamey"), "libérés")] == ["eigs"]


def test_an_abduction_takes_the_captors_the_next_sentence_names(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux agents des Eaux et Forêts enlevés samedi près de Gaya ont été libérés jeudi, "
        "a annoncé le gouverneur. Les deux hommes avaient été emmenés par des individus "
        "armés circulant à moto."
    )
    # Before 0.61.0 the abduction had no actor.
    assert _role(annotator, _fr(body, "Niamey"), "enlevés") == [
        "des individus armés circulant à moto"
    ]
    body = (
        "An aid worker abducted near Djibo in July was released on Tuesday, his employer "
        "said. The man was seized by gunmen who stopped his car on the road to Namssiguia."
    )
    assert _role(annotator, english_document(body), "abducted") == ["gunmen"]


def test_an_abduction_takes_no_one_the_next_sentence_only_mentions(
    annotator: Preannotator,
) -> None:
    body = (
        "Un enseignant enlevé lundi près de Pama a été libéré dimanche. Il avait été reçu "
        "par le préfet avant son retour à Fada N'Gourma."
    )
    assert _role(annotator, _fr(body, "Ouagadougou"), "enlevé") == []


def test_an_attack_takes_the_armed_men_opening_the_next_sentence(
    annotator: Preannotator,
) -> None:
    body = (
        "Le bilan de l'attaque menée mercredi contre le site aurifère de Koma est passé à "
        "15 morts, selon le ministère de la Défense. D'après le communiqué, une centaine "
        "d'hommes armés à moto ont encerclé le site en milieu de matinée."
    )
    # Before 0.61.0 the attack had no actor: only "les assaillants" was read back.
    assert _role(annotator, _fr(body, "Niamey"), "attaque") == [
        "une centaine d'hommes armés à moto"
    ]


def test_armed_men_later_in_the_next_sentence_are_not_the_attackers(
    annotator: Preannotator,
) -> None:
    body = (
        "Une attaque a fait six morts mardi dans un campement près de Ménaka. Le mois "
        "dernier, des hommes armés avaient enlevé deux bergers dans la même zone."
    )
    assert _role(annotator, _fr(body, "Gao"), "attaque") == []


def test_a_flight_takes_the_attackers_told_after_it(annotator: Preannotator) -> None:
    body = (
        "Plus de 3 000 personnes ont fui depuis le 20 novembre une dizaine de villages de "
        "la commune de Zimtenga pour se réfugier à Kongoussi, selon les autorités. Des "
        "hommes armés avaient attaqué le 18 novembre le village de Rollo, tuant neuf "
        "civils."
    )
    # Before 0.61.0 the flight had no actor: only an attack told before gave its cause.
    assert _role(annotator, _fr(body, "Ouagadougou"), "fui") == ["Des hommes armés"]


def test_a_flight_takes_no_army_told_after_it(annotator: Preannotator) -> None:
    body = (
        "Plus de 3 000 personnes ont fui depuis le 20 novembre une dizaine de villages de "
        "la commune de Zimtenga, selon les autorités. L'armée a mené le 25 novembre une "
        "opération dans la zone, tuant une vingtaine de terroristes."
    )
    assert _role(annotator, _fr(body, "Ouagadougou"), "fui") == []
