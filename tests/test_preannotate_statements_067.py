"""Pre-annotation 0.67.0, where and when an official's statements told after his visit were made.

The local press tells an official's visit, audience or handover of aid, then what he
said there in a later sentence, naming him by a pronoun or again by his title ("Le
haut-commissaire a conduit une mission à X. Il a promis", "Le gouverneur a reçu mardi à
Y une délégation. Le gouverneur a accusé", "Le préfet a remis à Z des vivres [...] Le
préfet a exhorté"). The corpus notes: statements made during a visit or a session take
the visit's day and place. A delegation or a mission led to a place is a visit held
there, not a destination. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_places2_066 import _places
from tests.test_preannotate_precision_061 import _fr

# A delegation or a mission led to a place.


def test_a_mission_led_to_a_town_is_held_there(annotator: Preannotator) -> None:
    body = (
        "Le préfet du département de Ouallam a conduit jeudi une mission à Tondikiwindi "
        "pour rencontrer les chefs de village."
    )
    assert _places(annotator, _fr(body), "conduit") == ["Tondikiwindi"]


def test_a_promise_after_a_delegation_led_is_made_there(annotator: Preannotator) -> None:
    body = (
        "Samedi, la ministre de l'Action humanitaire a conduit une forte délégation à "
        "Banibangou auprès des familles des victimes. Elle a appelé les habitants à "
        "rester unis."
    )
    assert _places(annotator, _fr(body), "appelé") == ["Banibangou"]


def test_the_wounded_taken_to_a_town_stay_a_destination(annotator: Preannotator) -> None:
    # Guard: "conduits à" a hospital's town is still where they went, not the attack's.
    body = (
        "Des hommes armés ont attaqué mardi un car de transport près de Bankilaré. Les "
        "blessés ont été conduits à Téra pour y recevoir des soins."
    )
    assert "Téra" not in _places(annotator, _fr(body), "attaqué")


# The host of an audience and the giver of aid, named again by their title.


def test_the_host_of_an_audience_accuses_where_he_received(annotator: Preannotator) -> None:
    body = (
        "Le ministre de l'Intérieur a reçu lundi à Zinder les représentants des "
        "commerçants du marché central. Le ministre a accusé certains grossistes de "
        "spéculer sur le prix du riz."
    )
    assert _places(annotator, _fr(body), "accusé") == ["Zinder"]


def test_the_host_of_an_audience_accuses_on_its_day(annotator: Preannotator) -> None:
    body = (
        "Le ministre de l'Intérieur a reçu lundi à Zinder les représentants des "
        "commerçants du marché central. Le ministre a accusé certains grossistes de "
        "spéculer sur le prix du riz."
    )
    assert [t for t, _ in _times(annotator, _fr(body), "accusé")] == ["lundi"]


def test_the_giver_of_aid_exhorts_where_he_gave_it(annotator: Preannotator) -> None:
    body = (
        "Le préfet de Abala a remis vendredi à Abala des sacs de mil à 600 ménages "
        "déplacés venus des villages de la commune.\n"
        "Les vivres ont été acheminés par le Dispositif national de prévention des crises.\n"
        "Selon un chef de ménage, les familles ont fui après des menaces de bandits armés.\n"
        "Le préfet a exhorté les bénéficiaires à la solidarité envers les familles hôtes."
    )
    assert _places(annotator, _fr(body), "exhorté") == ["Abala"]


def test_a_body_that_hosted_does_not_carry_its_place(annotator: Preannotator) -> None:
    # Guard: a government is no one person present; what it says later is placed by
    # its own sentence only.
    body = (
        "Le gouvernement a reçu mardi à Dosso les syndicats d'enseignants. Deux jours plus "
        "tard, le gouvernement a accusé les grévistes de « prendre les élèves en otage »."
    )
    assert "Dosso" not in _places(annotator, _fr(body), "accusé")


def test_a_statement_with_its_own_place_keeps_it(annotator: Preannotator) -> None:
    # Guard: the speaker's own place told in the statement's sentence wins.
    body = (
        "Le gouverneur de la région de Maradi a reçu mardi à Maradi les chefs "
        "coutumiers. Mercredi, à Tessaoua, le gouverneur a appelé les éleveurs "
        "au calme."
    )
    assert _places(annotator, _fr(body), "appelé") == ["Tessaoua"]


# The places in the speaker's or the target's noun phrase.


def test_residents_accusing_are_not_placed_where_they_live(annotator: Preannotator) -> None:
    body = (
        "Des habitants de la province du Loroum accusent des militaires d'avoir arrêté "
        "arbitrairement une dizaine de jeunes."
    )
    assert _places(annotator, _fr(body), "accusent") == []


def test_an_association_s_seat_places_nothing(annotator: Preannotator) -> None:
    body = (
        "L'union des ressortissants du Soum à Bobo-Dioulasso a appelé mardi l'État à "
        "rouvrir la route de Djibo."
    )
    assert _places(annotator, _fr(body), "appelé") == []


def test_a_station_of_a_town_accused_is_not_placed_there(annotator: Preannotator) -> None:
    body = (
        "Le régulateur a retiré la licence d'une télévision privée de Niamey, accusée "
        "d'avoir diffusé de fausses nouvelles."
    )
    assert _places(annotator, _fr(body), "accusée") == []


def test_a_statement_made_in_a_town_is_placed_there(annotator: Preannotator) -> None:
    # Guard: a place told after the verb is where it was said.
    body = "Le maire a appelé lundi à Tahoua les jeunes au calme."
    assert _places(annotator, _fr(body), "appelé") == ["Tahoua"]


# An accusation told as the grounds of a sanction is made on the sanction's day.


def test_groups_dissolved_and_accused_are_accused_that_day(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a dissous mercredi deux coordinations de commerçants, accusées "
        "d'« entretenir la pénurie » de carburant."
    )
    assert [t for t, _ in _times(annotator, _fr(body), "accusées")] == ["mercredi"]


def test_a_reproach_in_a_relative_clause_takes_the_suspension_s_day(
    annotator: Preannotator,
) -> None:
    body = (
        "Vendredi, le régulateur des médias a suspendu un site d'information, auquel il "
        "reproche d'avoir relayé des images de l'armée."
    )
    assert [t for t, _ in _times(annotator, _fr(body), "reproche")] == ["Vendredi"]


def test_the_decree_s_reproach_takes_the_decree_s_day(annotator: Preannotator) -> None:
    body = (
        "Le ministre de l'Administration territoriale a suspendu jeudi une association "
        "de jeunes. Le texte lui reproche des « activités incompatibles avec son objet »."
    )
    assert [t for t, _ in _times(annotator, _fr(body), "reproche")] == ["jeudi"]


def test_an_accusation_of_its_own_is_not_given_a_ban_s_day(annotator: Preannotator) -> None:
    # Guard: a speaker's own accusation after a ban is not its grounds.
    body = (
        "Le gouverneur a interdit lundi la circulation des motos dans la région. Des "
        "transporteurs accusent l'administration de les priver de revenus."
    )
    assert _times(annotator, _fr(body), "accusent") == []
