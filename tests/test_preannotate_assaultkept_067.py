"""Pre-annotation 0.67.0, violent acts told again and merged into the event told before.

The codebook's event identity: one happening with the same victims, day and place is one
event, however many times an article tells it. Three families of retelling were kept
apart: an abduction told again after its release or the goods its captors took ("Les
ravisseurs ont libéré un vieillard, puis emmené les autres", "Ils ont aussi emporté deux
motos. Son adjoint, enlevé avec lui, ..."), captives named again after their source on
the very day told ("Selon l'ONG, les agents avaient été emmenés lundi soir"), and a
witness's quoted account in a paragraph that tells another phase ("« Puis les assaillants
ont ouvert le feu », a raconté un chauffeur"). Guards: a new abduction on another day or
at another place, an official's quoted claim about another operation. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_forcemoves_066 import _roles


def _assaults(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    """The trigger texts of the suggested ASSAULT events."""
    result = next(annotator.predict([doc])).result
    return [
        i["value"]["text"]
        for i in result
        if i.get("from_name") == "event"
        and i.get("type") == "labels"
        and i["value"]["labels"][0] == "ASSAULT"
    ]


# An abduction told again after its release or the goods taken.


def test_captors_who_release_some_then_take_the_others_abduct_once(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Enlèvement près de Dori",
        "Des hommes armés ont enlevé mardi cinq commerçants sur la route de Gorom-Gorom, "
        "selon des sources locales.\nLes ravisseurs ont libéré un vieillard peu après, puis "
        "emmené les quatre autres vers la brousse.",
        town="Dori",
    )
    assert _assaults(annotator, doc) == ["enlevé"]


def test_an_abducted_companion_after_the_goods_taken_is_the_same_abduction(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Maire enlevé",
        "Le maire de Bagaroua a été enlevé dimanche à son domicile par des hommes armés.\n"
        "Les assaillants ont aussi emporté deux motos. Son adjoint, enlevé avec lui, a été "
        "relâché lundi.",
        town="Tahoua",
    )
    assert _assaults(annotator, doc) == ["enlevé"]


def test_a_looting_then_the_nephews_taken_with_him_is_one_abduction(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Chef de village enlevé",
        "Des individus armés ont enlevé dimanche le chef du village de Tanwalbougou.\n"
        "Ils ont aussi pillé la boutique de son fils. Trois de ses neveux, enlevés avec lui, "
        "ont été relâchés le lendemain.",
        town="Fada N'Gourma",
    )
    assert _assaults(annotator, doc) == ["enlevé"]


# Captives named again after the source, on the day told.


def test_captives_named_again_after_their_source_the_same_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Rapt à Ménaka",
        "Trois agents de santé ont été enlevés lundi à Ménaka, a indiqué une ONG.\n"
        "Selon l'ONG, les agents avaient été emmenés lundi soir depuis le centre de santé "
        "par des individus armés.",
        town="Ménaka",
    )
    assert _assaults(annotator, doc) == ["enlevés"]
    assert _roles(annotator, doc, "enlevés", "location") == ["Ménaka"]


def test_drivers_named_again_after_the_gendarmerie(annotator: Preannotator) -> None:
    doc = titled_document(
        "Otages",
        "Deux chauffeurs ont été enlevés samedi sur l'axe Gao-Ansongo.\n"
        "D'après la gendarmerie, les chauffeurs avaient été enlevés samedi matin à un faux "
        "barrage.",
        town="Gao",
    )
    assert _assaults(annotator, doc) == ["enlevés"]


def test_english_engineers_named_again_after_the_company(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen kidnapped two engineers at a mine near Kéniéba on Tuesday, the company "
        "said.\nAccording to the company, the engineers had been abducted on Tuesday "
        "morning on their way to the site."
    )
    assert _assaults(annotator, doc) == ["kidnapped"]


# A witness's quoted account.


def test_a_drivers_quoted_account_of_the_gunfire_is_the_attack(annotator: Preannotator) -> None:
    doc = titled_document(
        "Convoi attaqué",
        "Au moins douze soldats ont été tués mercredi dans l'attaque d'un convoi près de "
        "Barsalogho, selon des sources sécuritaires.\nLe convoi a d'abord été touché par une "
        "mine qui a détruit un véhicule. « Puis les assaillants ont ouvert le feu sur les "
        "camions », a raconté un chauffeur.",
        town="Kaya",
    )
    assert "ouvert le feu" not in _assaults(annotator, doc)


# Guards.


def test_an_abduction_on_another_day_elsewhere_stays_apart(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deux enlèvements",
        "Des hommes armés ont enlevé mercredi un enseignant à Kaya.\nJeudi, le préfet a "
        "libéré trois détenus. Vendredi, deux bergers ont été enlevés à Pissila par un "
        "autre groupe.",
        town="Kaya",
    )
    assert len(_assaults(annotator, doc)) == 2


def test_an_abduction_after_a_release_of_other_hostages_stays_apart(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Deux rapts",
        "Un commerçant a été enlevé lundi à Sévaré.\nLes forces de sécurité ont libéré "
        "mardi deux otages détenus depuis octobre. Le 3 septembre, un imam a été enlevé à "
        "Konna.",
        town="Mopti",
    )
    assert len(_assaults(annotator, doc)) == 2


def test_an_officials_quoted_claim_of_strikes_stays_the_strikes(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deux attaques",
        "Des hommes armés ont attaqué lundi le village de Seytenga, tuant six civils.\n"
        "Mardi, l'armée a mené des frappes aériennes près de Falagountou. « Nous avons "
        "détruit une base terroriste », a déclaré un officier.",
        town="Dori",
    )
    assert len(_assaults(annotator, doc)) == 2


# Weapons held or made, no blast.


def test_suspects_in_possession_of_explosive_devices_is_an_arrest_only(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Suspects interpellés",
        "Une patrouille a interpellé lundi à Markala cinq individus en possession d'engins "
        "explosifs improvisés, selon l'armée.",
        town="Ségou",
    )
    assert _assaults(annotator, doc) == []


def test_a_workshop_making_mines_is_no_blast_but_a_mine_that_wounds_is(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Atelier démantelé",
        "L'armée a découvert mardi près de Gao un atelier de fabrication d'engins explosifs "
        "et interpellé deux suspects.\nMercredi, un engin explosif a blessé trois soldats "
        "près d'Ansongo.",
        town="Gao",
    )
    assert _assaults(annotator, doc) == ["engin explosif"]


def test_english_cache_of_explosive_devices_is_no_attack(annotator: Preannotator) -> None:
    doc = english_document(
        "Soldiers found a cache of improvised explosive devices near Tillabéri on Monday "
        "and arrested three men, the army said."
    )
    assert _assaults(annotator, doc) == []
