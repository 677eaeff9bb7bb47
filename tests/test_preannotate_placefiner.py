"""Finer places an annotator marks (pre-annotation 0.18.0): the relative location the
body gives for an attack the lead placed at a bare town ("à une quinzaine de kilomètres
de X"), a military site the model took for an organisation ("le détachement militaire
de X"), more kinds of sites (fairs, herders' camps, clinics), and a site named again by
a demonstrative or "même" ("sur le même axe", "ce détachement"), which the corpus marks
as the place itself."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.facilities import find_facilities, military_site
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english, places


def test_the_relative_location_of_the_body_is_finer_than_the_town_of_the_lead(
    annotator: Preannotator,
) -> None:
    located = _offsets(
        annotator,
        "Le bilan de l'attaque menée lundi contre un convoi de vivres destiné aux déplacés "
        "de Bankilaré s'élève à sept morts, selon le ministère de l'Intérieur.\nSelon le "
        "ministère, des hommes armés ont ouvert le feu sur les camions, à une vingtaine de "
        "kilomètres de Bankilaré, dans la région de Tillabéri. Les assaillants ont ensuite "
        "incendié quatre camions.",
    )
    # Both the attack and the burning that followed are placed by the mention inside
    # "à une vingtaine de kilomètres de Bankilaré" (the second one), not by the town of
    # the lead nor by the region named after it.
    second = located["text"].index("kilomètres de Bankilaré") + len("kilomètres de ")
    assert located["attaque"] == [second]
    assert located["incendié"] == [second]


def _offsets(annotator: Preannotator, body: str) -> dict[str, object]:
    """Trigger text -> start offsets of its suggested locations, and the text itself."""
    text = f"Niamey, 2 décembre 2026 - {body}\n"
    doc = {
        "doc_id": "f",
        "text": text,
        "language": "fr",
        "dateline_date": "2026-12-02",
        "dateline_place": "Niamey",
        "dateline": [0, len("Niamey, 2 décembre 2026")],
        "duplicates": [],
    }
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    out: dict[str, object] = {"text": text}
    for i in result:
        if i.get("type") == "relation" and i["labels"] == ["location"]:
            starts = out.setdefault(spans[i["from_id"]]["text"], [])
            assert isinstance(starts, list)
            starts.append(spans[i["to_id"]]["start"])
    return out


def test_a_military_site_the_model_calls_an_organisation_is_where_the_attack_was(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le bilan de l'attaque menée hier contre le détachement militaire de Matiacoali, "
        "dans la province du Gourma, s'est alourdi à neuf morts.",
    )
    # The model reads the site as an organisation and the gazetteer lacks the village:
    # before 0.18.0 the province was the only place left.
    assert got["attaque"] == ["détachement militaire de Matiacoali"]


def test_military_sites_and_bodies_are_told_apart() -> None:
    assert military_site("détachement militaire de Koumbri")
    assert military_site("poste de Tinzaouatène")
    assert military_site("camp de Boulkessi")
    assert military_site("an army post near Banibangou")
    assert not military_site("détachement de l'armée")  # troops, who act
    assert not military_site("mairie de Gao")
    assert not military_site("Forces armées maliennes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lors de la foire hebdomadaire de Boni", ["la foire hebdomadaire"]),
        ("ont encerclé un campement de pasteurs peuls", ["un campement de pasteurs"]),
        ("évacués vers le centre médical de Pama", ["le centre médical"]),
        ("ont détruit le château d'eau du quartier", ["le château d'eau du quartier"]),
        ("ont attaqué le poste de Tinzaouatène", ["le poste"]),
        ("la position militaire de Toumour", ["la position militaire"]),
        # Things that only look like sites: troops, a job, a belief held.
        ("un détachement de l'armée a riposté", []),
        ("nommé à un poste de conseiller", []),
        ("sa position sur la transition", []),
        # An adjective ending must end the word ("auraient" is no complement), and a
        # "de" must be a word ("depuis" is none).
        ("les marchés auraient été pillés", ["les marchés"]),
        ("ont fermé le marché depuis lundi", ["le marché"]),
        # A site named again.
        ("a sauté sur le même axe", ["le même axe"]),
        ("ont de nouveau visé ce détachement", ["ce détachement"]),
        ("enlevés dans cette école", ["cette école"]),
        ("sur ce même tronçon du fleuve", ["ce même tronçon du fleuve"]),
        # Since 0.19.0: pharmacies, factories, campuses, courthouses.
        ("ont pillé la pharmacie du centre", ["la pharmacie du centre"]),
        ("déployés autour de l'usine de traitement", ["l'usine de traitement"]),
        ("la fermeture du campus universitaire", ["du campus universitaire"]),
        ("devant le palais de justice de Bamako", ["le palais de justice"]),
        # Since 0.26.0 more of the sites the press names by their kind.
        ("ont saboté le forage du village", ["le forage du village"]),
        ("ont pillé l'entrepôt de vivres", ["l'entrepôt de vivres"]),
        ("ont incendié la station-service de la sortie nord", ["la station-service de la sortie"]),
        ("près de l'aérodrome de Ménaka", ["l'aérodrome"]),
        ("au centre de transit des migrants", ["au centre de transit des migrants"]),
        # Not the bodies that act, nor the shops of a market.
        ("la gendarmerie a interpellé deux suspects", []),
        ("la banque centrale a levé la mesure", []),
    ],
)
def test_more_kinds_of_sites(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_facilities(text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Since 0.19.0: the town's own site, pharmacies, masts.
        ("set fire to the town's main market", ["the town's main market"]),
        ("looted a pharmacy and a phone mast", ["a pharmacy", "a phone mast"]),
        ("the town's mayor", []),
    ],
)
def test_more_english_sites(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_facilities(text, "en")] == expected


def test_an_attack_on_a_site_named_again_is_placed_there(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Un véhicule de l'armée a sauté lundi sur une mine sur l'axe Tougan-Kassoum, "
        "selon une source sécuritaire.\nLe convoi de ravitaillement avait déjà été "
        "attaqué en octobre sur le même axe.",
    )
    assert got["attaqué"] == ["le même axe"]


def test_english_a_site_named_again_is_where(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "A bomb hit an army truck on Monday on the Téra-Dori road, residents said.\n"
        "In October, gunmen attacked a bus on the same road.",
    )
    assert got["located"]["attacked"] == ["the same road"]


def test_a_release_leaves_the_place_right_after_the_capture_to_the_capture(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le chauffeur kidnappé en octobre à Kouri a été relâché lundi, a annoncé la mairie.",
    )
    assert got["kidnappé"] == ["Kouri"]
    # Where he was freed is not told; before 0.18.0 the parse gave the release Kouri.
    assert got["relâché"] == []


@pytest.mark.parametrize(
    "body",
    [
        # In the capture's paragraph.
        "Des hommes armés ont fait irruption mardi soir dans le village de Sokoura et enlevé "
        "quatre bergers. Les ravisseurs ont relâché deux d'entre eux le lendemain.",
        # In the next paragraph.
        "Trois enseignants d'une école primaire de Dori ont été kidnappés dans la nuit de "
        "samedi à dimanche par des individus armés, a indiqué le gouverneur.\nLe plus âgé "
        "des trois a été relâché lundi, a précisé le gouverneur.",
    ],
)
def test_a_release_takes_no_place_from_the_capture(annotator: Preannotator, body: str) -> None:
    got = places(annotator, body)
    captured = next(v for k, v in got.items() if k in ("enlevé", "kidnappés"))
    assert captured  # the capture keeps its village
    # Captives are freed where their captors chose: the article does not say where.
    assert got["relâché"] == []


def test_a_release_keeps_the_place_its_own_sentence_gives(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des hommes armés ont enlevé lundi deux enseignants à Dori.\nLes deux enseignants "
        "ont été libérés jeudi à Kaya, selon la mairie.",
    )
    assert got["libérés"] == ["Kaya"]


@pytest.mark.parametrize(
    "body",
    [
        "Selon des élus locaux, des miliciens ont brûlé dimanche des greniers à Madougou. "
        "Le chef de la milice a réfuté jeudi ces allégations.",
        "Des habitants accusent des soldats d'avoir exécuté six bergers la semaine dernière "
        "près de Djibo. L'armée a démenti ces accusations mercredi.",
    ],
)
def test_a_denial_is_not_where_the_act_it_denies_took_place(
    annotator: Preannotator, body: str
) -> None:
    got = places(annotator, body)
    denial = next(v for k, v in got.items() if k in ("réfuté", "démenti"))
    assert denial == []


def test_a_place_between_two_towns_is_carried_to_the_next_sentence(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont tendu mardi une embuscade à un convoi de citernes entre "
        "Sandaré et Diéma. Trois camions ont été incendiés.",
    )
    assert sorted(got["embuscade"]) == ["Diéma", "Sandaré"]
    # "entre" is a locative like "à" or "près de": the paragraph's place for the toll
    # sentence that names none (before 0.18.0 it had none).
    assert got["incendiés"] in (["Sandaré"], ["Diéma"])


def test_the_paragraphs_town_goes_before_the_cercle_named_after_it(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des éleveurs faisaient paître leurs troupeaux près de Boni, dans le cercle de "
        "Douentza, quand des hommes armés les ont attaqués jeudi. Une centaine de têtes de "
        "bétail auraient été emportées.",
    )
    assert got["attaqués"] == ["Boni"]
    # The toll sentence names no place: the town, finer than the nearer cercle.
    assert got["emportées"] == ["Boni"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Since 0.26.0 in English too.
        ("gunmen looted a warehouse in Kaya", ["a warehouse"]),
        ("shells fell on a refugee camp near Adré", ["a refugee camp"]),
        ("attacked the customs post at Kantchari", ["the customs post"]),
        ("the bank said on Monday", []),
    ],
)
def test_more_kinds_of_english_sites(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_facilities(text, "en")] == expected
