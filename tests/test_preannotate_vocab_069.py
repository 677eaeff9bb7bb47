"""Pre-annotation 0.69.0, the press's vocabulary read from the codebook out.

For each event type and mode of the codebook, the words a Sahel French-language (and an
English-language) press writer uses for it that the lexicon lacked: a body "criblé de
balles", a man "passé à tabac", a director "assigné à résidence", premises "mis sous
scellés", a station whose frequency is withdrawn, a sentence of "prison ferme", stones
thrown ("ont caillassé"), a work stoppage ("ont débrayé"), an extradition, a town
"quadrillé", accusations "balayées d'un revers de main", relations "rompues", a loan
"octroyé". Each test checks the event's type and mode and what an annotator checks
with it (its place, its actor). The traps: acts of nature ("la sécheresse a décimé le
cheptel"), a policy attacked in words ("une attaque en règle contre le projet de loi",
"anéantir la pauvreté"), exactions named as a general charge. Each sentence is written
for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.eventscore import _arguments, _parse
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Trigger text -> (type, mode) of each suggested event."""
    ann = _parse(next(annotator.predict([doc])).result)
    out = {}
    for region in ann.regions.values():
        if region.control != "event":
            continue
        mode = ",".join(v for k, vs in region.choices.items() for v in vs if "mode" in k)
        out[doc["text"][region.start : region.end]] = (region.label, mode)
    return out


def _role(annotator: Preannotator, doc: dict[str, Any], trigger: str, role: str) -> list[str]:
    """The texts linked to the event of ``trigger`` in ``role``."""
    ann = _parse(next(annotator.predict([doc])).result)
    args = _arguments(ann)
    for rid, region in ann.regions.items():
        if region.control == "event" and doc["text"][region.start : region.end] == trigger:
            return sorted(doc["text"][t.start : t.end] for t in args.get(rid, {}).get(role, []))
    raise AssertionError(f"no event {trigger!r}: {_events(annotator, doc)}")


# Violence.


def test_riddled_with_bullets_is_a_shooting_at_its_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un élu tué à Sévaré",
        "Le conseiller municipal Amadou Cissé a été criblé de balles lundi soir à Sévaré "
        "par deux inconnus circulant à moto.",
    )
    # Before 0.69.0 none.
    assert _events(annotator, doc)["criblé de balles"] == ("ASSAULT", "firearms")
    assert _role(annotator, doc, "criblé de balles", "location") == ["Sévaré"]


def test_a_man_beaten_up_by_the_police(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un vendeur passé à tabac",
        "Au grand marché de Mopti, un vendeur ambulant a été passé à tabac mardi par des "
        "policiers.",
    )
    assert _events(annotator, doc)["passé à tabac"] == ("ASSAULT", "beat")
    assert _role(annotator, doc, "passé à tabac", "actor") == ["des policiers"]


def test_decimated_family_is_an_assault(annotator: Preannotator) -> None:
    doc = titled_document(
        "Drame à Douentza",
        "Une famille de six personnes a été décimée samedi par des hommes armés près de Douentza.",
    )
    assert _events(annotator, doc)["décimée"][0] == "ASSAULT"


def test_hostages_held_is_an_abduction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Des agents de santé otages",
        "Deux agents de santé sont retenus en otage depuis vendredi par des hommes armés "
        "près de Boni.",
    )
    assert _events(annotator, doc)["retenus en otage"] == ("ASSAULT", "abduct")


def test_warning_shots_are_crowd_control(annotator: Preannotator) -> None:
    doc = titled_document(
        "Tension à Kayes",
        "Des jeunes ont caillassé la mairie de Kayes lundi ; les gendarmes ont procédé à des "
        "tirs de sommation.",
        town="Kayes",
    )
    events = _events(annotator, doc)
    assert events["caillassé"] == ("PROTEST", "riot")
    assert events["tirs de sommation"] == ("ASSAULT", "crowd-control")


# Coercion and sanctions.


def test_house_arrest_is_an_arrest(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un ancien ministre assigné à résidence",
        "L'ancien ministre de la Justice a été assigné à résidence jeudi à Bamako.",
    )
    assert _events(annotator, doc)["assigné à résidence"] == ("COERCE", "arrest")


def test_premises_sealed_and_a_frequency_withdrawn(annotator: Preannotator) -> None:
    doc = titled_document(
        "La radio Kalangou fermée",
        "La Haute autorité de la communication a retiré la fréquence de la radio Kalangou "
        "mardi. Les locaux de la radio ont été mis sous scellés le même jour.",
    )
    events = _events(annotator, doc)
    assert events["retiré la fréquence"] == ("COERCE", "censor")
    assert events["mis sous scellés"] == ("COERCE", "restrict")


def test_prison_term_is_a_conviction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Verdict à Ségou",
        "Le tribunal de Ségou a infligé mercredi une peine de trois ans de prison au "
        "trésorier de la mairie.",
    )
    assert ("SANCTION", "convict") in _events(annotator, doc).values()


def test_relations_broken_with_its_own_possessive(annotator: Preannotator) -> None:
    doc = titled_document(
        "Rupture diplomatique",
        "Le Burkina Faso a rompu ses relations diplomatiques avec le Gabon vendredi.",
    )
    assert _events(annotator, doc)["rompu ses relations"] == ("SANCTION", "discontinue")


def test_town_combed_by_the_army(annotator: Preannotator) -> None:
    doc = titled_document(
        "Sécurité renforcée",
        "Au lendemain de l'attaque, l'armée a quadrillé la ville de Djenné dimanche.",
    )
    assert _events(annotator, doc)["quadrillé"] == ("MOBILIZE", "troops")


# Words, cooperation and aid.


def test_accusations_brushed_aside_and_a_ban_defied(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le parti répond",
        "Le porte-parole du parti a balayé d'un revers de main les accusations du "
        "gouvernement lundi. Ses militants ont bravé l'interdiction de manifester.",
    )
    events = _events(annotator, doc)
    assert events["balayé d'un revers de main"][0] == "REJECT"
    assert events["bravé l'interdiction"][0] == "REJECT"


def test_extradition_is_cooperation(annotator: Preannotator) -> None:
    doc = titled_document(
        "Extradition",
        "Le Sénégal a extradé mardi vers le Mali un homme recherché pour terrorisme.",
    )
    assert _events(annotator, doc)["extradé"][0] == "COOPERATE"


def test_a_loan_granted_is_aid(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un prêt pour le Mali",
        "La Banque ouest-africaine de développement a octroyé lundi un prêt de 30 milliards "
        "de francs CFA au Mali.",
    )
    assert _events(annotator, doc)["octroyé"][0] == "AID"


def test_english_house_arrest_and_riddled(annotator: Preannotator) -> None:
    doc = english_document(
        "The former prime minister was placed under house arrest on Monday. A trader "
        "was riddled with bullets in Tera on Sunday."
    )
    events = _events(annotator, doc)
    assert events["placed under house arrest"] == ("COERCE", "arrest")
    assert events["riddled with bullets"] == ("ASSAULT", "firearms")


# Traps.


def test_no_assault_by_a_drought(annotator: Preannotator) -> None:
    # Guard: a drought or a disease is no one's deliberate act (codebook, ASSAULT).
    doc = titled_document(
        "Campagne pastorale",
        "La sécheresse a décimé le cheptel des éleveurs de Hombori cette année, et "
        "l'épidémie de rougeole a tué onze enfants.",
    )
    assert not [e for e in _events(annotator, doc).values() if e[0] == "ASSAULT"]


def test_an_assault_by_armed_men_still_counts(annotator: Preannotator) -> None:
    # Guard of the guard: who kills is people.
    doc = titled_document(
        "Attaque à Hombori",
        "Des hommes armés ont décimé le troupeau des éleveurs de Hombori dimanche.",
    )
    assert _events(annotator, doc)["décimé"][0] == "ASSAULT"


def test_no_assault_for_a_policy_attacked_in_words(annotator: Preannotator) -> None:
    # Guard: "une attaque en règle" and a plague to end are figures of speech.
    doc = titled_document(
        "Débat à l'Assemblée",
        "Le député a lancé une attaque en règle contre le projet de loi. Le ministre veut "
        "anéantir la pauvreté d'ici 2030.",
    )
    assert not [e for e in _events(annotator, doc).values() if e[0] == "ASSAULT"]


def test_no_assault_for_exactions_as_a_general_charge(annotator: Preannotator) -> None:
    # Guard: "les exactions" with no occasion names no act.
    doc = titled_document(
        "Rapport annuel",
        "L'organisation dénonce depuis des années les exactions des groupes armés dans "
        "le centre du pays.",
    )
    assert not [e for e in _events(annotator, doc).values() if e[0] == "ASSAULT"]


def test_a_term_told_alone_is_the_conviction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Verdict à Kayes",
        "L'ancien maire de Kayes a écopé mardi de quatre ans de prison ferme pour "
        "détournement de fonds.",
        town="Kayes",
    )
    assert ("SANCTION", "convict") in _events(annotator, doc).values()


def test_no_second_conviction_for_the_co_defendants_terms(annotator: Preannotator) -> None:
    # Guard: the trial's conviction is one event with all the sentenced.
    doc = titled_document(
        "Procès à Kayes",
        "La cour d'assises de Kayes a condamné mardi l'ancien maire à dix ans de réclusion.\n"
        "Ses deux adjoints ont écopé de trois ans avec sursis.",
        town="Kayes",
    )
    assert not [k for k in _events(annotator, doc) if k.startswith("écopé")]
