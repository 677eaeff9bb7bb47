"""A small double-coding campaign whose agreement figures are computed by hand.

Three articles, three Label Studio users (``tests/lsexport.py`` USERS: 2 "Ann" and 3
"Bob" code, 1 reviews), exported as the labeling interface stores annotations:

* ``menaka-attaque`` (task 1): Ann (annotation 21) and Bob (31) code the attack. Bob
  marks only "civils" as the casualty span (Ann: "15 civils"), codes the attack as
  *probable* (Ann: *certain*) and draws no actor argument. The reviewer (user 1) then
  submits an adjudicated annotation marked ground truth (41): it is the record and is
  left out of the agreement (it settles the other two; it is not a third coding).
* ``gao-manifestation`` (task 2): Ann (22) and Bob (32) code the protest. Bob also
  codes the police dispersal (ORG "La police", a COERCE "dispersé" with the police as
  actor) and normalises "lundi 18 août" to 2025-08-17 (Ann: 2025-08-18). The reviewer's
  skipped annotation (43) is ignored. The document waits for adjudication.
* ``tombouctou-reunion`` (task 3): coded by the reviewer alone (42): not double-coded.

Pseudonyms number users by their first annotation id: Ann annotator-01, Bob
annotator-02, the reviewer annotator-03. The figures expected, worked out by hand, are
in ``tests/test_release_agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

from sahel_events.paths import Project
from tests.lsexport import Regions, annotation, task, write_snapshot
from tests.test_release_support import (
    SECOND,
    SECOND_NAME,
    attack_regions,
    document,
    make_project,
    protest_regions,
)

THIRD_NAME = "tombouctou-reunion.txt"
THIRD = """Réunion à Tombouctou

Tombouctou, 2 septembre 2025 - Le gouverneur a rencontré mardi les chefs de village \
de la commune, selon la radio locale.
"""


def bob_attack(text: str) -> Regions:
    """Bob's attack: a shorter casualty span, *probable*, no actor argument."""
    r = Regions(text)
    r.entity("b-org", "ORG", "d'hommes armés>>hommes armés", sector=["armed-group"])
    r.entity(
        "b-gpe",
        "GPE",
        "village d'Inékar, dans la région de Ménaka>>Ménaka",
        norm_place="geonames:2453514",
        place_precision=["town"],
    )
    r.entity("b-time", "TIME", "mardi 12 août", norm_date="2025-08-12", date_precision=["day"])
    r.entity(
        "b-cas",
        "CASUALTY",
        "15 civils>>civils",
        casualty_kind=["killed"],
        casualty_qualifier=["at-least"],
        casualty_side=["civilians"],
        norm_count="15",
    )
    r.event(
        "b-ev",
        "ASSAULT",
        "attaque",
        mode_assault=["firearms"],
        contexts=["military"],
        factuality_certainty=["probable"],
        factuality_source=["anonymous-source"],
    )
    r.relation("b-ev", "b-gpe", "location").relation("b-ev", "b-time", "time")
    return r.relation("b-ev", "b-cas", "casualties")


def bob_protest(text: str) -> Regions:
    """Bob's protest: another date, and the police dispersal coded as well."""
    r = Regions(text)
    r.entity(
        "b-gpe",
        "GPE",
        "manifesté lundi 18 août à Gao>>Gao",
        norm_place="geonames:2457163",
        place_precision=["town"],
    )
    r.entity("b-time", "TIME", "lundi 18 août", norm_date="2025-08-17", date_precision=["day"])
    r.entity("b-police", "ORG", "La police", sector=["police"], actor_type=["state-forces"])
    r.event(
        "b-ev",
        "PROTEST",
        "manifesté",
        mode_protest=["demo"],
        contexts=["economic"],
        factuality_certainty=["certain"],
    )
    r.event("b-ev2", "COERCE", "dispersé")
    r.relation("b-ev", "b-gpe", "location").relation("b-ev", "b-time", "time")
    return r.relation("b-ev2", "b-police", "actor")


def meeting_regions(text: str) -> Regions:
    """The reviewer's coding of the meeting."""
    r = Regions(text)
    r.entity("per", "PER", "Le gouverneur", actor_type=["state-forces"])
    r.entity("gpe", "GPE", "Tombouctou", norm_place="geonames:2449067", place_precision=["town"])
    r.event("ev", "CONSULT", "rencontré")
    return r.relation("ev", "per", "actor").relation("ev", "gpe", "location")


def campaign_project(root: Path) -> Project:
    """A project at ``root`` with the three articles and the campaign's one snapshot."""
    project = make_project(root)
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    (project.raw / THIRD_NAME).write_text(THIRD, encoding="utf-8")
    attack = document(project, "menaka-attaque")
    protest = document(project, "gao-manifestation")
    meeting = document(project, "tombouctou-reunion")
    write_snapshot(
        project.annotations,
        "20250901T120000Z",
        [
            task(
                1,
                attack,
                [
                    annotation(21, 2, attack_regions(attack.text).items),
                    annotation(31, 3, bob_attack(attack.text).items),
                    annotation(
                        41,
                        1,
                        attack_regions(attack.text).items,
                        ground_truth=True,
                        created="2026-11-29T09:00:00Z",
                    ),
                ],
            ),
            task(
                2,
                protest,
                [
                    annotation(22, 2, protest_regions(protest.text).items),
                    annotation(32, 3, bob_protest(protest.text).items),
                    annotation(43, 1, [], cancelled=True),
                ],
            ),
            task(3, meeting, [annotation(42, 1, meeting_regions(meeting.text).items)]),
        ],
    )
    return project
