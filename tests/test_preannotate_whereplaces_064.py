"""Pre-annotation 0.64.0, where an act took place as other writers tell it.

A part of a named country ("dans le nord du Mali", "au nord du Burkina", "in northern
Mali", "the east of Burkina Faso") is one LOC place with the country's id: before, only
the country's name was a mention, which the rules also read as the state and took for
the act's target. A village or a hamlet the press puts after who acted ("des hommes armés
non identifiés au village de Dimbal") is where they struck, not part of who they are.
Where a source was reached or spoke from ("joints depuis Bamako", "speaking from Gao")
places no act. A sentence opening "Par ailleurs", "D'autre part" or "Separately" is
another item: its act takes no place from the sentences before. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments
from tests.test_preannotate_events import english_document


def _all_places(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    """The texts of every location linked to any event of ``doc``."""
    result: list[dict[str, Any]] = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation" and r["labels"] == ["location"]
    )


# A part of a named country.


def test_north_of_a_country_is_the_strike_place_not_its_target(
    annotator: Preannotator,
) -> None:
    body = (
        "L'armée a mené lundi des frappes aériennes dans le nord du Mali contre des "
        "positions terroristes, selon un communiqué."
    )
    # Before 0.64.0 "Mali" was the strikes' recipient (the state) and they had no place.
    assert _arguments(annotator, body, "frappes aériennes", "location") == ["le nord du Mali"]
    assert _arguments(annotator, body, "frappes aériennes", "recipient") == []


def test_au_nord_du_burkina_places_an_ambush(annotator: Preannotator) -> None:
    body = "Une patrouille a été prise à partie lundi au nord du Burkina, selon l'armée."
    # Before 0.64.0 no place at all.
    assert _arguments(annotator, body, "prise à partie", "location") == ["nord du Burkina"]


def test_part_of_a_country_after_the_target_is_no_part_of_it(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué lundi une patrouille au nord du Burkina Faso, "
        "selon une source sécuritaire."
    )
    # Before 0.64.0 "une patrouille au nord du Burkina Faso" was one span, with no place.
    assert _arguments(annotator, body, "attaqué", "location") == ["nord du Burkina Faso"]


def test_english_northern_country_is_one_place(annotator: Preannotator) -> None:
    body = "Gunmen killed six civilians on Monday in northern Mali, a local source said."
    assert _arguments(annotator, body, "killed", "location", True) == ["northern Mali"]


def test_the_east_of_a_country_is_one_place(annotator: Preannotator) -> None:
    body = "Gunmen killed six civilians on Monday in the east of Burkina Faso, residents said."
    assert _arguments(annotator, body, "killed", "location", True) == ["the east of Burkina Faso"]


def test_a_country_without_a_part_stays_the_country(annotator: Preannotator) -> None:
    # A guard: the country alone keeps its own mention.
    body = "Gunmen killed six civilians on Monday in Mali, a local source said."
    assert _arguments(annotator, body, "killed", "location", True) == ["Mali"]


def test_est_as_a_verb_makes_no_part(annotator: Preannotator) -> None:
    # A guard: "est du" without its article is the verb, not the east.
    body = (
        "Le chef de la délégation, qui est du Niger, a condamné mardi l'attaque de "
        "Tessit, selon un communiqué."
    )
    assert "est du Niger" not in _arguments(annotator, body, "condamné", "location")


def test_a_town_in_the_north_of_a_country_stays_the_town(annotator: Preannotator) -> None:
    # A guard: the town is finer than the part of the country it lies in.
    body = (
        "Des jihadistes ont attaqué dimanche la localité de Tessit, dans le nord du Mali, "
        "tuant quatre soldats."
    )
    assert _arguments(annotator, body, "attaqué", "location") == ["Tessit"]


# A settlement after who acted.


def test_village_after_the_attackers_is_the_place_not_the_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés non identifiés au village de Dimbal ont tué mardi soir deux "
        "bergers, a-t-on appris de sources locales."
    )
    # Before 0.64.0 the actor was "Des hommes armés non identifiés au village de Dimbal".
    assert _arguments(annotator, body, "tué", "actor") == ["Des hommes armés non identifiés"]
    assert _arguments(annotator, body, "tué", "location") == ["Dimbal"]


def test_hamlet_after_a_means_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés à moto au hameau de Kokoro ont abattu jeudi sept villageois, "
        "selon un notable."
    )
    # Before 0.64.0 the hamlet was swallowed into the actor and the act had no place.
    assert _arguments(annotator, body, "abattu", "actor") == ["Des hommes armés à moto"]
    assert _arguments(annotator, body, "abattu", "location") == ["Kokoro"]


def test_a_means_after_the_attackers_stays_theirs(annotator: Preannotator) -> None:
    # A guard: "à bord de motos" is no place.
    body = "Des hommes armés à bord de motos ont attaqué jeudi le village de Kobou."
    assert _arguments(annotator, body, "attaqué", "location") == ["Kobou"]


# Where a source was reached.


def test_where_relatives_were_reached_places_no_act(annotator: Preannotator) -> None:
    body = (
        "Un conseiller communal a été abattu lundi soir dans la commune de Dogofry par "
        "des hommes armés.\n"
        "Ses proches, joints depuis Bamako, ont dénoncé l'insécurité."
    )
    # Before 0.64.0 the denunciation was placed in Bamako.
    assert "Bamako" not in _arguments(annotator, body, "dénoncé", "location")


def test_where_an_official_spoke_from_places_no_act(annotator: Preannotator) -> None:
    body = (
        "Jihadists stormed the village of Tawori on Tuesday, killing at least 15 people.\n"
        "The attackers also looted shops, the official said, speaking from Fada N'Gourma."
    )
    assert "Fada N'Gourma" not in _arguments(annotator, body, "looted", "location", True)


def test_a_statement_made_in_a_town_keeps_its_place(annotator: Preannotator) -> None:
    # A guard (corpus notes): where a statement the article codes was made is its place.
    body = (
        "Des affrontements ont fait six morts samedi à Mangalmé.\n"
        "Le gouverneur, qui s'est exprimé lundi à Mongo, a appelé au calme."
    )
    assert _arguments(annotator, body, "appelé", "location") == ["Mongo"]


# Another item.


def test_par_ailleurs_opens_an_item_without_the_place_before(annotator: Preannotator) -> None:
    body = (
        "Au moins onze civils ont été tués samedi dans une attaque contre le village de "
        "Pobé-Mengao, ont rapporté des sources locales.\n"
        "Par ailleurs, dimanche, un engin explosif a visé une patrouille de l'armée, sans "
        "faire de victimes."
    )
    # Before 0.64.0 the blast took Pobé-Mengao.
    assert _arguments(annotator, body, "engin explosif", "location") == []


def test_a_sequel_keeps_the_place_before(annotator: Preannotator) -> None:
    # A guard: "Les assaillants ont également" continues the raid, at its place.
    body = (
        "Des jihadistes ont attaqué mercredi le village de Pobé-Mengao.\n"
        "Les assaillants ont également incendié des greniers."
    )
    assert _arguments(annotator, body, "incendié", "location") == ["Pobé-Mengao"]


# A place in the subject's apposition; where a wounded victim died later.


def test_unit_in_the_apposition_of_a_town_is_no_recipient(annotator: Preannotator) -> None:
    body = (
        "Seytenga, a town in the Seno province, came under attack on Sunday, with at least "
        "12 people killed, security sources said."
    )
    # Before 0.64.0 "Seno" was the act's recipient.
    assert _arguments(annotator, body, "came under attack", "recipient", True) == []
    assert _arguments(annotator, body, "came under attack", "location", True) == ["Seytenga"]


def test_where_a_wounded_victim_later_died_is_not_the_place(annotator: Preannotator) -> None:
    body = (
        "Suspected jihadists attacked a gendarmerie post in Torodi on Sunday. Two gendarmes "
        "were killed and three wounded, one of whom later died in Niamey."
    )
    # Before 0.64.0 the deaths were an act of their own, placed in Niamey.
    assert _all_places(annotator, english_document(body)) == ["Torodi"]


def test_where_a_victim_succumbed_is_not_the_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche un car près de Boni. Un passager blessé a "
        "succombé à ses blessures à Douentza."
    )
    # A guard: the French form, which an earlier rule already kept out.
    assert "Douentza" not in _arguments(annotator, body, "attaqué", "location")


def test_died_in_a_town_without_later_stays_the_place(annotator: Preannotator) -> None:
    # A guard: "died in Kaya" told of the act itself is its place.
    body = "Two soldiers died in Kaya on Sunday when their vehicle hit a landmine."
    assert _arguments(annotator, body, "hit a landmine", "location", True) == ["Kaya"]


# A settlement named after an adjective.


def test_border_locality_named_after_its_adjective(annotator: Preannotator) -> None:
    body = (
        "La localité frontalière de Makalondi a été attaquée dimanche par des hommes "
        "armés, qui ont tué trois civils."
    )
    # Before 0.64.0 "La localité" was a bare settlement and Makalondi was lost.
    assert _arguments(annotator, body, "attaquée", "location") == ["Makalondi"]


def test_northern_town_named_after_its_adjective(annotator: Preannotator) -> None:
    body = (
        "Une attaque a visé dimanche la ville septentrionale de Djibo, faisant une dizaine "
        "de morts, selon des sources locales."
    )
    assert _arguments(annotator, body, "attaque", "location") == ["Djibo"]


def test_bare_town_before_a_verb_and_de_stays_the_town(annotator: Preannotator) -> None:
    # A guard: "la ville a été de nouveau" is the bare town the sentence before named.
    body = (
        "Des jihadistes ont attaqué lundi Arbinda, tuant quatre civils.\n"
        "Mardi, la ville a été de nouveau attaquée par des hommes armés."
    )
    assert _arguments(annotator, body, "attaquée", "location") == ["la ville"]


def test_where_a_convoy_came_from_is_not_the_place(annotator: Preannotator) -> None:
    body = (
        "Jihadists besieging the town of Léré attacked an army convoy on Sunday as it "
        "approached the town from Niono, killing four soldiers, residents said."
    )
    # Before 0.64.0 the attack was placed in Niono, where the convoy set off from.
    assert "Niono" not in _arguments(annotator, body, "attacked", "location", True)
