"""Pre-annotation 0.67.0, places of the acts told after a fight and of sites named again.

The defenders' haul told in the toll after a fight ("Quatre assaillants ont été tués et
trois fusils récupérés", "Ont également été saisis", "weapons were seized") happened on
the field of the paragraph's latest fight. What a claim of responsibility says its
authors did ("a revendiqué l'attaque, affirmant avoir capturé deux soldats", "claimed
the raid, saying its fighters had seized") happened at the raid claimed, which the
claim's noun names ("l'embuscade") when the article told several. A site, a post or a
school named again by its bare kind after a definite article ("sur le site", "dans
l'établissement", "Le poste a été attaqué") is a FAC and the act's place. Each sentence
is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.facilities import find_facilities
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document
from tests.test_preannotate_places2_066 import _places
from tests.test_preannotate_precision_061 import _fr

# The haul after a fight.


def test_weapons_recovered_in_the_toll_are_at_the_post_attacked(annotator: Preannotator) -> None:
    body = (
        "Des individus armés ont attaqué jeudi la brigade de gendarmerie de Sirakoro, dans "
        "le cercle de Kita. Les gendarmes ont repoussé l'assaut. Cinq assaillants ont été "
        "tués et quatre kalachnikovs récupérées, selon une source sécuritaire."
    )
    assert "Sirakoro" in " ".join(_places(annotator, _fr(body), "récupérées"))


def test_arms_seized_after_an_army_strike_are_where_it_struck(annotator: Preannotator) -> None:
    body = (
        "L'aviation a frappé vendredi un campement de terroristes dans la forêt de Wagadou. "
        "Une vingtaine de combattants ont été neutralisés. Des munitions et des motos ont "
        "également été saisies."
    )
    assert _places(annotator, _fr(body), "saisies") != []


def test_a_seizure_with_its_own_town_keeps_it(annotator: Preannotator) -> None:
    # Guard: a seizure told at a town of its own is there, not at the attack before.
    body = (
        "Des hommes armés ont attaqué lundi un car à Ansongo, blessant trois passagers. "
        "Mardi, la douane a saisi à Gao une cargaison de carburant de contrebande."
    )
    assert _places(annotator, _fr(body), "saisi") == ["Gao"]


# What a claim says was done.


def test_a_claim_s_captives_are_taken_at_the_raid_claimed(annotator: Preannotator) -> None:
    body = (
        "Des combattants ont attaqué samedi le camp militaire de Kelbo, dans la province du "
        "Soum, tuant plusieurs soldats.\nLe JNIM a revendiqué l'attaque lundi sur ses "
        "canaux, affirmant avoir capturé trois militaires."
    )
    assert "Kelbo" in " ".join(_places(annotator, _fr(body), "capturé"))


def test_a_claim_names_its_ambush_among_two_acts(annotator: Preannotator) -> None:
    body = (
        "Un convoi de vivres est tombé mardi dans une embuscade près de Boni.\nMercredi, des "
        "frappes aériennes ont détruit un dépôt logistique dans la forêt de Serma.\nLe JNIM "
        "a revendiqué l'embuscade, assurant avoir incendié sept camions."
    )
    places = _places(annotator, _fr(body), "incendié")
    assert places and "Serma" not in " ".join(places)
    assert "Boni" in " ".join(places)


# Sites named again by their bare kind.


def test_aid_distributed_on_the_site_is_placed_at_the_site(annotator: Preannotator) -> None:
    body = (
        "Plus de 3 000 déplacés sont arrivés depuis septembre sur le site de Kalmaharo, à la "
        "périphérie de Kaya.\nJeudi, le ministère de l'Action humanitaire a distribué sur le "
        "site des vivres et des nattes."
    )
    assert _places(annotator, _fr(body), "distribué") == ["le site"]


def test_an_abduction_on_the_site_named_again_is_on_the_site(annotator: Preannotator) -> None:
    body = (
        "Le site d'orpaillage de Kirsi a été fermé la semaine dernière.\nSamedi, des hommes "
        "armés ont enlevé trois orpailleurs sur le site, selon un élu."
    )
    assert "le site" in _places(annotator, _fr(body), "enlevé")


def test_shots_at_the_post_named_again_are_at_the_post(annotator: Preannotator) -> None:
    body = (
        "Le poste de douane de Petelkolé a été visé lundi par des tirs.\nMercredi soir, des "
        "hommes armés ont ouvert le feu sur des douaniers au poste, selon un syndicat."
    )
    assert _places(annotator, _fr(body), "ouvert le feu") == ["au poste"]


def test_the_school_named_again_is_a_site() -> None:
    text = "Des hommes armés ont fait irruption dans l'établissement pendant les cours."
    assert [f.text for f in find_facilities(text, "fr")] == ["l'établissement"]


def test_no_site_in_a_web_site_a_job_or_the_schools_of_a_province() -> None:
    # Guards: a web site, a job and the schools of a whole unit are no site.
    text = (
        "Le texte a été publié sur le site internet du ministère. Il a quitté le poste "
        "vacant. La grève touche les établissements de la province."
    )
    assert find_facilities(text, "fr") == []


def test_english_a_raid_claimed_is_not_the_air_strike_told_after(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "Militants stormed an army base near Tillia on Friday, killing several soldiers.\n"
        "On Saturday, air strikes hit a militant camp in the Menaka region.\nJNIM claimed "
        "the raid on Sunday, saying its fighters had captured two soldiers."
    )
    assert _places(annotator, doc, "captured") == ["Tillia"]


def test_english_what_a_group_says_its_fighters_did_is_at_the_raid(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "Fighters attacked a gendarmerie post in Torodi on Saturday, killing four gendarmes, "
        "a security source reached in Niamey said. The Islamic State said on Sunday that its "
        "fighters had seized weapons and burned two pick-up trucks."
    )
    assert _places(annotator, doc, "burned") == ["Torodi"]
    assert _places(annotator, doc, "seized") == ["Torodi"]


def test_trucks_burned_told_by_a_witness_are_on_the_road_attacked(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un convoi de commerçants sur l'axe Téra-Dori. "
        "« Ils ont tiré sur tout le monde », a raconté un chauffeur joint à Téra. Une dizaine "
        "de camions ont été incendiés, selon lui."
    )
    assert _places(annotator, _fr(body), "incendiés") == ["l'axe Téra-Dori"]


# A decree placed where its sentence says, never at the march it banned.


def test_a_ban_told_after_a_march_takes_no_place_of_the_march(annotator: Preannotator) -> None:
    body = (
        "Plusieurs centaines de jeunes ont manifesté dans les rues de Tahoua contre la cherté "
        "de la vie.\nLes manifestants répondaient à l'appel d'un collectif de la société "
        "civile. Le préfet avait interdit la marche, estimant que la sécurité n'était pas "
        "garantie."
    )
    # Before 0.67.0 the ban took Tahoua, where the march it banned took place.
    assert _places(annotator, _fr(body), "interdit") == []


def test_a_suspension_told_after_an_attack_takes_no_place_of_the_attack(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué un car de voyageurs près de Téra, blessant cinq "
        "passagers.\nLe car circulait sans escorte. Le ministère des Transports a suspendu la "
        "licence de la compagnie."
    )
    assert _places(annotator, _fr(body), "suspendu") == []


def test_a_ban_keeps_the_scope_its_sentence_gives(annotator: Preannotator) -> None:
    # Guard: where the ban applies, told in its sentence, is its place.
    body = (
        "Des jeunes ont manifesté samedi à Zinder.\nDimanche, le gouverneur a interdit la "
        "circulation des motos à Maradi."
    )
    assert _places(annotator, _fr(body), "interdit") == ["Maradi"]
