"""Pre-annotation 0.69.0, a move between the story's town and another named town.

Reinforcements, a convoy, displaced families or a unit move between the town the story
is at, named again by its bare kind ("la localité", "la ville", "the town"), and another
town the sentence names as where they came from or went ("des renforts vers la localité
depuis Sévaré", "ont quitté la localité pour Dori", "sent troops to the town from
Niamey"). The named town is an end of the move, not the event's place: the event is at
the town pointed back to. The traps: a town named by its kind ("vers la ville de
Kaya"), a move with no kind word, and a move whose other end is a town's neighbour.
Also an authority's two decisions joined by "et", "and", the first placed in the town by
its kind ("un couvre-feu dans la ville et interdit ... dans la province du Loroum"), and
a claim's act after the army's strike on the claimants' retreat ("Aircraft then struck
the retreating column near X. JNIM claimed the attack, saying its fighters had seized
..."), which is at the attack, not at the strike. Each sentence is written for the
test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_places2_066 import _places

# The named end of the move is not the event's place; the town pointed back to is.


def test_reinforcements_to_the_locality_from_a_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque contre Boulkessi",
        "Des hommes armés ont attaqué lundi le poste de Boulkessi, tuant quatre soldats.\n"
        "L'armée a dépêché mardi des renforts vers la localité depuis Sévaré.",
    )
    # Before 0.69.0 Sévaré.
    assert _places(annotator, doc, "dépêché") in (["Boulkessi"], ["la localité"])


def test_families_leaving_the_locality_for_a_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Exode à Tongomayel",
        "Des jihadistes ont incendié dimanche le marché de Tongomayel.\n"
        "Lundi, des centaines de familles ont quitté la localité pour Djibo.",
        town="Djibo",
    )
    # Before 0.69.0 Djibo.
    assert "Djibo" not in _places(annotator, doc, "quitté la localité")


def test_reinforcements_into_the_town_from_a_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Renforts à Ansongo",
        "Des assaillants ont attaqué samedi la ville d'Ansongo, faisant trois morts.\n"
        "Des renforts ont été envoyés dans la ville depuis Gao dimanche.",
        town="Gao",
    )
    places = _places(annotator, doc, "renforts")
    # Before 0.69.0 Gao.
    assert places and "Gao" not in places


def test_english_troops_sent_to_the_town_from_the_capital(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked the town of Tera on Monday, killing five soldiers.\n"
        "The army sent reinforcements to the town from Niamey on Tuesday."
    )
    places = _places(annotator, doc, "reinforcements")
    # Before 0.69.0 Niamey.
    assert places and "Niamey" not in places


# Traps: a town named by its kind, no kind word, an attack at the named town.


def test_a_move_to_a_town_named_by_its_kind_keeps_its_name(annotator: Preannotator) -> None:
    doc = titled_document(
        "Renforts pour Kaya",
        "L'armée a dépêché mardi des renforts vers la ville de Kaya depuis Ouagadougou.",
    )
    # "la ville de Kaya" is a name, not a town pointed back to: the rule leaves the
    # sentence's own places (which end a deployment takes is not settled here).
    assert _places(annotator, doc, "dépêché") != []


def test_a_move_without_a_kind_word_keeps_its_places(annotator: Preannotator) -> None:
    doc = titled_document(
        "Fuite vers Djibo",
        "Des hommes armés ont attaqué dimanche Arbinda.\n"
        "Lundi, des centaines de familles ont quitté Arbinda pour Djibo.",
    )
    assert _places(annotator, doc, "quitté") == ["Arbinda"]


def test_an_attack_at_a_named_town_keeps_it(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Boni",
        "Des jihadistes ont attaqué samedi la localité de Boni, tuant deux civils.",
    )
    assert _places(annotator, doc, "attaqué") == ["Boni"]


# Two decisions joined by "et", "and": the one placed in the town by its kind does not
# take the other's province.


def test_a_curfew_on_the_town_beside_a_ban_across_the_province(annotator: Preannotator) -> None:
    doc = titled_document(
        "Couvre-feu à Titao",
        "Des hommes armés ont attaqué mardi Titao, tuant trois gendarmes.\n"
        "Le gouverneur a instauré un couvre-feu dans la ville et interdit la circulation "
        "des motos dans toute la province du Loroum.",
        town="Ouahigouya",
    )
    places = _places(annotator, doc, "couvre-feu")
    # Before 0.69.0 Loroum.
    assert places and "Loroum" not in places
    # The ban keeps its own scope.
    assert _places(annotator, doc, "interdit") == ["Loroum"]


def test_english_curfew_from_an_hour_on_the_town_and_a_ban(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked the town of Kantchari on Friday, killing two policemen.\n"
        "The governor imposed a curfew from 8:00 pm to 6:00 am on the town and banned "
        "motorcycle traffic across Tapoa province."
    )
    places = _places(annotator, doc, "curfew")
    # Before 0.69.0 Tapoa.
    assert places and "Tapoa" not in places


def test_a_curfew_in_a_named_province_keeps_it(annotator: Preannotator) -> None:
    doc = titled_document(
        "Couvre-feu",
        "Le gouverneur a instauré lundi un couvre-feu dans la province du Loroum et "
        "interdit la circulation des motos.",
        town="Ouahigouya",
    )
    assert _places(annotator, doc, "couvre-feu") == ["Loroum"]


# A claim's act after the army's strike on the retreat: at the attack claimed.


def test_english_claimed_seizure_after_a_strike_on_the_retreat(annotator: Preannotator) -> None:
    doc = english_document(
        "Militants stormed the army camp at Diafarabé on Sunday, killing four soldiers. "
        "Aircraft then struck the retreating column near Kouakourou.\n"
        "JNIM claimed the attack, saying its fighters had seized two vehicles."
    )
    # Before 0.69.0 Kouakourou.
    assert _places(annotator, doc, "seized") == ["Diafarabé"]


def test_claimed_capture_after_strikes_on_attackers_in_retreat(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque d'un camp",
        "Des hommes armés ont attaqué samedi le camp militaire de Boni, tuant trois soldats. "
        "Des frappes aériennes ont ensuite visé les assaillants en repli près de Hombori, "
        "neutralisant une trentaine de terroristes.\nLe JNIM a revendiqué lundi "
        "l'opération, affirmant avoir capturé deux militaires.",
    )
    assert "Hombori" not in _places(annotator, doc, "capturé")


def test_a_strike_on_the_retreat_keeps_its_own_place(annotator: Preannotator) -> None:
    doc = english_document(
        "Militants stormed the army camp at Diafarabé on Sunday, killing four soldiers. "
        "Aircraft then struck the retreating column near Kouakourou."
    )
    assert _places(annotator, doc, "struck") == ["Kouakourou"]
