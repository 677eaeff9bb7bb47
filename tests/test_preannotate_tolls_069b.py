"""Pre-annotation 0.69.0, round 2: a bilan telling a force's own losses is no toll of
its own strikes.

A communiqué on an attack repelled with air or artillery support tells the strikes
("les hélicoptères ont pilonné les assaillants") and then a bilan with the force's own
losses ("l'armée déplore deux morts dans les rangs amis", "three soldiers were killed on
its side"). The force's own dead are never the toll of its own strikes: the counts of
that sentence go to the attack repelled. The traps: a strike whose sentence tells the
enemy's losses "dans leurs rangs", a strike alone, and a count in a sentence of its own
with no own-side wording. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_060 import _tolls


def test_own_losses_in_friendly_ranks_go_to_the_attack_not_the_helicopters(
    annotator: Preannotator,
) -> None:
    # Before 0.69.0 the two dead were the helicopters' toll.
    tolls = _tolls(
        annotator,
        "Le détachement de Gomi a été attaqué lundi par des dizaines d'hommes armés, "
        "selon l'armée. Les hélicoptères de l'armée de l'Air ont pilonné les assaillants "
        "dans leur fuite. Vingt-cinq terroristes ont été neutralisés. L'armée déplore "
        "deux morts dans les rangs amis.",
    )
    assert "killed 2" in tolls["attaqué"]
    assert "killed 2" not in tolls.get("pilonné", [])


def test_a_bilan_with_our_ranks_after_the_air_support_goes_to_the_attack(
    annotator: Preannotator,
) -> None:
    # Before 0.69.0 the whole bilan was the helicopters' toll.
    tolls = _tolls(
        annotator,
        "Un convoi de l'armée est tombé mardi dans une embuscade près de Boni, selon "
        "l'armée. Des hélicoptères ont aussitôt pilonné la zone. L'armée fait état de "
        "vingt assaillants neutralisés et déplore trois morts parmi nos soldats.",
    )
    assert tolls["embuscade"] == ["killed 20", "killed 3"]
    assert tolls.get("pilonné", []) == []


def test_own_side_losses_after_a_bombardment_by_artillery(
    annotator: Preannotator,
) -> None:
    # Before 0.69.0 the bilan went to "bombardé".
    tolls = _tolls(
        annotator,
        "La position de Sona a été attaquée dimanche par des hommes armés, selon l'armée. "
        "L'artillerie a ensuite bombardé les positions des assaillants. Quinze "
        "terroristes ont été tués, et l'armée déplore un mort et deux blessés de notre "
        "côté.",
    )
    assert tolls["attaquée"] == ["injured 2", "killed 1", "killed 15"]
    assert tolls.get("bombardé", []) == []


def test_english_losses_on_its_side_after_gunships_pounded_the_raiders(
    annotator: Preannotator,
) -> None:
    # Before 0.69.0 the bilan went to "pounded" when it was kept.
    tolls = _tolls(
        annotator,
        "Gunmen attacked the army post at Kelo on Tuesday, the ministry said. Helicopter "
        "gunships later pounded the attackers outside the town. Forty assailants were "
        "killed and five soldiers were killed on its side, the ministry said.",
        english=True,
    )
    assert "killed 5" in tolls["attacked"]
    assert "killed 5" not in tolls.get("pounded", [])


def test_trap_the_enemys_losses_in_their_ranks_stay_with_the_strike(
    annotator: Preannotator,
) -> None:
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué lundi le village de Tanga. Le lendemain, des drones "
        "de l'armée ont frappé un campement jihadiste près de Boni. Les terroristes ont "
        "subi de lourdes pertes dans leurs rangs : une quinzaine de combattants ont été "
        "tués.",
    )
    assert tolls["frappé"] == ["killed 15"]


def test_trap_a_strike_alone_keeps_its_toll(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "L'aviation militaire a mené mercredi des frappes contre un repaire terroriste "
        "près de Tongomayel. Une vingtaine de terroristes ont été neutralisés lors de ces "
        "frappes.",
    )
    assert tolls["frappes"] == ["killed 20"]


def test_trap_a_strikes_count_without_own_side_wording_stays(
    annotator: Preannotator,
) -> None:
    tolls = _tolls(
        annotator,
        "Le poste de Dori a été attaqué lundi par des hommes armés. Les hélicoptères de "
        "l'armée de l'Air ont pilonné les assaillants dans leur fuite. Vingt-cinq "
        "terroristes ont été neutralisés dans ces frappes.",
    )
    assert "killed 25" not in tolls["attaqué"]
