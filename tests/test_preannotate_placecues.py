"""Places the press names in ways the earlier rules missed (pre-annotation 0.8.0): a
locality after a long site noun or in apposition, a name the model took for a person in
a place's slot, a town that undergoes the event, a unit that is where a curfew applies,
a demonstrative pointing back to the town just told, English possessives and "the
village of", and where survivors went afterwards."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english, places
from tests.test_preannotate_events import predict


def test_a_locality_after_a_site_noun_of_three_words_is_the_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Deux gendarmes ont perdu la vie mardi dans l'attaque du poste de gendarmerie de "
        "Dioura, a annoncé l'armée.",
    )
    assert got["attaque"] == ["Dioura"]


def test_a_locality_given_in_apposition_is_finer_than_its_unit(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Tizegorou, localité du département de Banibangou, a été le théâtre samedi soir de "
        "l'enlèvement de trois commerçants par des hommes armés.",
    )
    assert got["enlèvement"] == ["Tizegorou"]


def test_a_town_that_undergoes_the_event_is_where_it_happened(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator, "Tombouctou a essuyé dimanche soir des tirs d'obus qui ont blessé trois civils."
    )
    assert got["tirs d'obus"] == ["Tombouctou"]


def test_the_unit_a_curfew_applies_in_is_its_place_not_its_recipient(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le gouverneur de la région de Mopti a décrété jeudi un couvre-feu dans le cercle de "
        "Ténenkou.",
    )
    assert got["couvre-feu"] == ["Ténenkou"]


def test_a_demonstrative_points_back_to_the_town_not_to_its_unit(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Jour de marché sanglant à Tamou. Des individus armés ont fait irruption dimanche "
        "dans le marché de cette commune rurale du département de Say, abattant six "
        "commerçants.",
    )
    # Since 0.9.0 the market, named by its kind, is given beside the town (since 0.11.0
    # on "fait irruption", the raid, which the killing's participle joins).
    assert got["fait irruption"] == ["Tamou", "le marché"]


def test_where_survivors_arrived_afterwards_is_no_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des hommes armés ont incendié jeudi des greniers et des cases, avant que les "
        "familles rescapées, arrivées à Kaya dans la nuit, ne donnent l'alerte.",
    )
    assert got["incendié"] == []
    english = _english(
        annotator,
        "Survivors who reached Ouahigouya, about 60 kilometres to the south, said gunmen "
        "torched the police station on Saturday.",
    )
    assert "Ouahigouya" in english["places"]
    assert "torched" in english["events"]
    assert "Ouahigouya" not in english["located"].get("torched", [])


def test_english_possessive_and_village_of_name_unknown_localities(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator,
        "A drone strike on Sunday hit Anefis's crowded weekly market, in Mali's Kidal "
        "region, killing at least eight civilians.",
    )
    assert got["located"]["drone strike"] == ["Anefis"]
    got = _english(annotator, "Gunmen killed five herders on Monday in the village of Tizegorou.")
    assert got["located"]["killed"] == ["Tizegorou"]


def test_a_site_named_again_by_a_demonstrative_is_where_even_a_past_event_was(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont attaqué mardi le poste de gendarmerie de Dioura.\n"
        "En mars 2023, ce poste avait déjà subi une embuscade qui avait fait deux morts.",
    )
    [where] = got["attaqué"]
    assert where.endswith("Dioura")
    # Dated years before: no carried place, but "ce poste" names the same site.
    assert got["embuscade"] == [where]
    got = places(
        annotator,
        "Des hommes armés ont incendié mardi des boutiques à Dioura.\n"
        "En 2022, des jihadistes avaient enlevé l'imam du village.",
    )
    assert got["enlevé"] == ["Dioura"]


def test_a_place_of_proximity_inside_a_nominal_is_where(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Les attaques se multiplient dans la région de l'Est. Lundi, trois bergers ont été "
        "tués par des hommes armés près de Kantchari.",
    )
    assert got["tués"] == ["Kantchari"]


def test_a_military_site_named_by_its_town_locates_what_it_underwent(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Titre",
        "Selon l'armée, le détachement militaire de Gorgadji a repoussé dimanche une "
        "attaque de grande ampleur.",
    )
    [attack] = [e for t, e in got["events"].items() if t == "attaque"]
    assert attack["args"].get("location") == ["Gorgadji"]
    assert "actor" not in attack["args"]  # the town is no person


def test_a_bracketed_acronym_is_an_organisation_not_a_place(annotator: Preannotator) -> None:
    got = predict(
        annotator,
        "Titre",
        "Plusieurs jeunes ont été interpellés, selon l'Union des jeunes du Burkina (UJB), "
        "qui dénonce une répression.",
    )
    # "UJB" abbreviates the union (the model reads it as a place): no place of the
    # arrests nor of the denunciation.
    assert all("UJB" not in e["args"].get("location", []) for e in got["events"].values())
    assert "UJB" in got["entities"]


def test_a_locality_after_a_site_noun_of_four_words_is_the_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le poste de la police nationale de Kouakourou aurait été incendié dans la nuit "
        "de vendredi à samedi par des individus armés, selon des sources locales.",
    )
    assert got["incendié"] == ["Kouakourou"]


def test_an_organisation_the_model_reads_as_a_place_acts(annotator: Preannotator) -> None:
    got = predict(
        annotator,
        "Titre",
        "La Maison de la presse a condamné jeudi l'arrestation du directeur d'un "
        "hebdomadaire. Le secrétaire général du syndicat des journalistes a dénoncé une "
        "dérive autoritaire.",
    )
    events = got["events"]
    condemnation = next(e for t, e in events.items() if t.startswith("condamné"))
    # A body named "Maison ...", not a building: who condemned, not where.
    assert condemnation["args"]["actor"] == ["Maison de la presse"]
    assert "location" not in condemnation["args"]
    # An office holder named by his function is the speaker of his own act.
    assert events["dénoncé"]["args"]["actor"] == [
        "Le secrétaire général du syndicat des journalistes"
    ]


def test_a_town_a_nameless_site_is_situated_from_is_the_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Quatre bergers ont été tués samedi dans un campement situé à une trentaine de "
        "kilomètres au nord d'Anderamboukane, dans le cercle de Ménaka.",
    )
    # No finer town is named: the relative location's town, not the cercle; since
    # 0.18.0 the camp they were killed in is a site, given beside the town.
    assert got["tués"] == ["Anderamboukane", "un campement"]


def test_an_attack_nouns_own_complement_is_its_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Le gouverneur s'est rendu mardi à Kaya, deux jours après l'attaque du centre de "
        "santé de Namsiguia, dans la commune de Bourzanga, qui a fait trois morts.",
    )
    assert got["rendu"] == ["Kaya"]
    # The attack is where its own noun phrase says, not the governor's town.
    assert got["attaque"] == ["Namsiguia"]


def test_a_fair_and_a_sub_prefecture_name_their_localities(annotator: Preannotator) -> None:
    got = predict(
        annotator,
        "Titre",
        "Des hommes armés ont attaqué samedi la foire de Koumbri, dans la sous-préfecture "
        "de Liwa, selon des témoins.",
    )
    attack = got["events"]["attaqué"]
    assert "Koumbri" in attack["args"]["location"]
    # "la sous-préfecture de Liwa" is a unit, not a building.
    assert "la sous-préfecture" not in got["entities"]
