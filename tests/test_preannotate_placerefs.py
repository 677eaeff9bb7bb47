"""Places told by reference or by the occasion of a saying (pre-annotation 0.9.0,
``preannotate/eventplace.py`` and ``preannotate/arguments.py``): a settlement named again
by its bare kind ("la ville", "the town"), and where a statement was made ("lors d'une
conférence de presse à Bamako", "in a speech in Ouagadougou")."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english, places
from tests.test_preannotate_events import predict


def test_the_town_named_by_its_bare_kind_is_the_town_told_before(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont attaqué mardi Kokorou.\nLa ville a de nouveau été attaquée "
        "jeudi, selon un élu local.",
    )
    assert got["attaqué"] == ["Kokorou"]
    assert got["attaquée"] == ["Kokorou"]


def test_english_the_town_points_back_to_the_town_told_before(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator,
        "Gunmen attacked Tillia on Monday, killing six villagers.\nOn Thursday the town "
        "was attacked again, residents said.",
    )
    # Since 0.59.0 the second attack's place is "the town" of its own sentence, which
    # carries Tillia's id (tests/test_preannotate_places_059b.py).
    assert got["located"]["attacked"] == ["Tillia", "the town"]  # both attacks


def test_a_verbal_act_at_a_press_conference_takes_its_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Lors d'une conférence de presse à Bamako, le Premier ministre a dénoncé lundi "
        "les accusations portées contre l'armée.",
    )
    assert got["dénoncé"] == ["Bamako"]


def test_english_a_speech_gives_the_place_of_what_it_says(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "The president accused France of arming the rebels in a speech in Ouagadougou on Monday.",
    )
    assert got["located"]["accused"] == ["Ouagadougou"]


def test_an_unknown_town_as_the_bare_object_of_an_assault_is_its_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont attaqué dimanche Kokorou, a indiqué une source locale.",
    )
    assert got["attaqué"] == ["Kokorou"]


def test_english_an_unknown_town_attacked_is_the_place_not_a_nationality(
    annotator: Preannotator,
) -> None:
    got = _english(annotator, "Gunmen attacked Kokorou on Sunday, a local official said.")
    assert got["located"]["attacked"] == ["Kokorou"]
    # A capitalised word that qualifies the object is no town.
    got = _english(annotator, "Gunmen attacked Malian soldiers on Sunday near Kokorou.")
    assert "Malian" not in got["places"]


def test_english_one_raid_keeps_the_town_not_its_region(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "Gunmen killed five herders near Tillia in the Tahoua region on Sunday, a local "
        "official said, the third deadly raid in the area this month.",
    )
    # "killed" and "raid" are one event: near Tillia, not the whole region.
    assert got["located"] == {"raid": ["Tillia"]}


def test_two_mentions_of_one_attack_merge_at_the_finer_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "L'attaque, survenue dimanche dans la région de Tahoua, a fait six morts. Des hommes "
        "armés ont attaqué un campement près de Tillia, a précisé le maire.",
    )
    assert got == {"attaque": ["Tillia"]}  # a town of the Tahoua region: no clash
    # A town of another country's region is another attack.
    got = places(
        annotator,
        "L'attaque, survenue dimanche dans la région de Tahoua, a fait six morts. Des hommes "
        "armés ont attaqué un campement près de Djibo, a précisé le maire.",
    )
    assert got == {"attaque": ["Tahoua"], "attaqué": ["Djibo"]}


def test_a_town_after_a_bare_a_is_where_the_meeting_was_not_who_met(
    annotator: Preannotator,
) -> None:
    got = predict(annotator, "Titre", "Le ministre a été reçu mardi par le président à Niamey.")
    assert got["events"]["reçu"]["args"]["location"] == ["Niamey"]
    # The person's span stops before the place: "le président", not "le président à Niamey";
    # the host is the recipient and the guest the actor (codebook, CONSULT; since 0.11.0).
    assert got["events"]["reçu"]["args"]["recipient"] == ["le président"]
    assert got["events"]["reçu"]["args"]["actor"] == ["Le ministre"]


def test_an_act_at_the_close_of_a_session_told_before_takes_its_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "La commission mixte a tenu sa troisième session lundi à Bamako, sous la "
        "coprésidence des deux ministres.\nAu terme des travaux, les deux parties ont signé "
        "cinq accords.",
    )
    assert got["accords"] == ["Bamako"]


def test_the_town_of_the_people_killed_is_a_place_the_tagger_took_for_a_noun(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont abattu jeudi soir deux conseillers municipaux de Seytenga à "
        "leur domicile, a indiqué le maire de la commune.",
    )
    assert got["abattu"] == ["Seytenga"]


def test_the_attackers_further_acts_are_where_they_attacked(annotator: Preannotator) -> None:
    got = predict(
        annotator,
        "Attaque",
        "Au moins onze civils ont été tués dans la nuit de dimanche à lundi lors d'une "
        "attaque contre le village de Tori, a-t-on appris auprès d'élus locaux. Les "
        "assaillants, arrivés à moto, ont également emporté un troupeau de bétail.",
    )["events"]
    # The seizure points back at the attackers: the attack's place (since 0.14.0).
    assert got["emporté"]["args"]["location"] == got["attaque"]["args"]["location"] == ["Tori"]


def test_the_site_an_attack_is_of_is_where_it_happened(annotator: Preannotator) -> None:
    got = predict(
        annotator,
        "Ménaka",
        "Des dizaines de jeunes ont manifesté dimanche dans les rues de Ménaka pour réclamer "
        "davantage de sécurité, deux jours après l'attaque du marché à bétail qui a fait "
        "sept morts.",
    )["events"]
    # The noun's own complement, beside the town (since 0.14.0).
    assert "du marché à bétail" in got["attaque"]["args"]["location"]


def test_a_town_in_a_later_sentence_is_no_finer_than_a_locality_placed_in_its_province(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Frappes",
        "L'armée affirme avoir neutralisé une trentaine de terroristes lors de frappes "
        "aériennes menées mardi près de Koulpélogo-Sud, dans la province du Soum. Selon le "
        "communiqué, les appareils ont visé un groupe d'individus armés qui se préparaient "
        "à attaquer le détachement militaire de Djibo.",
    )
    # Before 0.17.0, Djibo (a town of the Soum) replaced the locality as being inside
    # the province the locality was placed in.
    assert got["events"]["frappes aériennes"]["args"]["location"] == ["Koulpélogo-Sud"]


def test_a_name_the_model_takes_for_a_person_is_a_place_when_an_area_is_apposed(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Attaque",
        "Un groupe armé a revendiqué jeudi une attaque menée la veille contre un poste de "
        "l'armée à Kouri Bougoudi, une zone d'orpaillage du massif du Tibesti.",
    )
    # Before 0.17.0 the model's PER lost the name, and the massif became the place.
    assert got["events"]["attaque"]["args"]["location"] == ["Kouri Bougoudi"]
    assert "Kouri Bougoudi" not in got["events"]["attaque"]["args"].get("actor", [])
