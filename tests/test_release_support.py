"""A throw-away sahel-events project for the release tests (no tests in this module).

The project holds the repository's ``schema/`` (codebook and generated files), one
synthetic raw article and one Label Studio export snapshot in the exact shape the server
writes (``tests/lsexport.py``): entity and event regions with per-region choices
(``mode_assault``, ``factuality_certainty``, ...), text areas (``norm_date``,
``norm_place``, ``norm_count``) and relations labelled with roles.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sahel_events.generate import write_generated
from sahel_events.ingest import Document, ingest_corpus
from sahel_events.paths import Project
from tests.lsexport import Regions, annotation, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]

ARTICLE_NAME = "menaka-attaque.txt"
ARTICLE = """Attaque meurtrière près de Ménaka

Ménaka, 14 août 2025 - Au moins 15 civils ont été tués mardi 12 août lors d'une attaque \
d'hommes armés contre le village d'Inékar, dans la région de Ménaka, selon des sources locales.

Les assaillants, arrivés à moto, ont incendié des greniers et emporté du bétail. L'armée \
malienne a annoncé l'envoi de renforts dans la zone.

Le gouverneur de la région a condamné une attaque « lâche et barbare » et appelé la \
population au calme.
"""

SECOND_NAME = "gao-manifestation.txt"
SECOND = """Manifestation à Gao

Gao, 20 août 2025 - Plusieurs centaines de jeunes ont manifesté lundi 18 août à Gao pour \
réclamer de l'électricité, selon des témoins. La police a dispersé la foule.

Le maire de la ville a promis des mesures dans les prochains jours.
"""


#: The test articles are written for the tests: their text may be republished.
OPEN_LICENCE = {"license": "CC-BY-4.0"}


def make_project(root: Path) -> Project:
    """A project at ``root`` with schema/, raw/ (one article) and an empty annotations/."""
    shutil.copytree(REPO / "schema", root / "schema")
    # Regenerate, as `sahel-events schema generate` would: the tests must not depend on
    # whether the repository's generated files are up to date at this moment.
    write_generated(Project(root))
    (root / "raw").mkdir(parents=True)
    (root / "raw" / ARTICLE_NAME).write_text(ARTICLE, encoding="utf-8")
    sidecar = root / "raw" / ARTICLE_NAME.replace(".txt", ".meta.json")
    sidecar.write_text(json.dumps(OPEN_LICENCE), encoding="utf-8")
    (root / "annotations").mkdir()
    return Project(root)


def document(project: Project, doc_id: str) -> Document:
    """The ingested document ``doc_id`` of the project."""
    docs = ingest_corpus(project.raw, project.root).documents
    (doc,) = [d for d in docs if d.doc_id == doc_id]
    return doc


def attack_regions(text: str, *, mode: str = "firearms", killed: str = "15") -> Regions:
    """The coding of the attack article: one ASSAULT with actor, target, place, time, toll."""
    r = Regions(text)
    # Unidentified, so an actor type instead of an actor id (codebook 1.0.0 requirement).
    r.entity(
        "org1",
        "ORG",
        "d'hommes armés>>hommes armés",
        sector=["armed-group"],
        actor_type=["political-militia"],
    )
    r.entity(
        "gpe1",
        "GPE",
        "village d'Inékar, dans la région de Ménaka>>Ménaka",
        norm_place="geonames:2453514",
        place_precision=["town"],
    )
    r.entity("time1", "TIME", "mardi 12 août", norm_date="2025-08-12", date_precision=["day"])
    r.entity(
        "cas1",
        "CASUALTY",
        "15 civils",
        casualty_kind=["killed"],
        casualty_qualifier=["at-least"],
        casualty_side=["civilians"],
        norm_count=killed,
    )
    r.event(
        "ev1",
        "ASSAULT",
        "attaque",
        mode_assault=[mode],
        contexts=["military"],
        factuality_certainty=["certain"],
        factuality_source=["anonymous-source"],
    )
    r.relation("ev1", "org1", "actor").relation("ev1", "gpe1", "location")
    r.relation("ev1", "time1", "time").relation("ev1", "cas1", "casualties")
    return r


def protest_regions(text: str) -> Regions:
    """The coding of the protest article: one PROTEST at Gao."""
    r = Regions(text)
    r.entity(
        "gpe1",
        "GPE",
        "manifesté lundi 18 août à Gao>>Gao",
        norm_place="geonames:2457163",
        place_precision=["town"],
    )
    r.entity("time1", "TIME", "lundi 18 août", norm_date="2025-08-18", date_precision=["day"])
    r.event("ev1", "PROTEST", "manifesté", mode_protest=["demo"], contexts=["economic"])
    r.relation("ev1", "gpe1", "location").relation("ev1", "time1", "time")
    return r


def add_snapshot(
    project: Project,
    stamp: str,
    *,
    mode: str = "firearms",
    killed: str = "15",
    with_protest: bool = False,
) -> Path:
    """Export one snapshot (``stamp`` like ``20250901T120000Z``) of the project's tasks."""
    doc = document(project, "menaka-attaque")
    tasks = [
        task(1, doc, [annotation(11, 1, attack_regions(doc.text, mode=mode, killed=killed).items)])
    ]
    if with_protest:
        second = document(project, "gao-manifestation")
        tasks.append(task(2, second, [annotation(12, 2, protest_regions(second.text).items)]))
    return write_snapshot(project.annotations, stamp, tasks)


def released_project(root: Path, version: str = "1.0.0") -> tuple[Project, Path]:
    """A project with one snapshot and one release built from it."""
    from sahel_events.release import build_release

    project = make_project(root)
    add_snapshot(project, "20250901T120000Z")
    result = build_release(project, version)
    return project, result.path


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def resum(release: Path) -> None:
    """Rewrite SHA256SUMS after a deliberate edit, so only the edit itself is at fault."""
    from sahel_events.release.sums import write_sums

    write_sums(release)


def copied_release(released: tuple[Project, Path], tmp_path: Path) -> tuple[Project, Path]:
    """A copy of a released project (under tmp_path) that a test may damage, and its release."""
    project, release = released
    shutil.copytree(project.root, tmp_path / "proj")
    moved = Project(tmp_path / "proj")
    return moved, moved.build / release.name
