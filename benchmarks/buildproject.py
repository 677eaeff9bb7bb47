"""The project and the timed builds of ``bench_scale.py --stages build``.

A whole project as a user has it: ``schema/`` (the repository's), ``raw/`` with one
article file per task (short attack reports written from the templates below, all alike:
the near-duplicate search sees 10,000 similar articles) and ``annotations/`` with one
snapshot of every task annotated (:func:`synthetic.make_task`). :func:`timed_build` runs
:func:`sahel_events.release.build.build_dataset` as ``sahel-events build`` does and splits
its time into stages by the progress lines the pipeline prints.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

from synthetic import make_task

#: The snapshot of the first build, the newer one with one changed annotation (an
#: event's certainty: one events row changes), and a third where one more annotation
#: changed its rows (an event argument removed).
FIRST = "sahel-events-20261201T000000Z-build.json"
SECOND = "sahel-events-20261202T000000Z-build.json"
THIRD = "sahel-events-20261203T000000Z-build.json"

_OPENING = (
    "Gao, 3 mars 2025 - Au moins {n} soldats ont été tués lors d'une attaque contre le "
    "camp de Tessit, dimanche 2 mars, a annoncé l'état-major."
)
_MIDDLE = (
    "Selon l'armée, 30 assaillants ont été tués et trois civils blessés.",
    "Selon l'armée, 30 assaillants ont été tués; un bilan provisoire fait état de blessés.",
    "Selon l'armée, 30 assaillants ont été tués et des véhicules détruits.",
)
_CLOSING = (
    "Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM) a revendiqué l'attaque dans un "
    "communiqué. Dépêche numéro {i}."
)


def article(i: int) -> str:
    """The text of article ``i`` (already normalised: ingest gives it back unchanged)."""
    return " ".join(
        (_OPENING.format(n=10 + i % 50), _MIDDLE[i % len(_MIDDLE)], _CLOSING.format(i=i))
    )


def doc_id(i: int) -> str:
    """The doc_id of article ``i`` (its file name)."""
    return f"doc-{i:06d}"


def write_snapshot(
    path: Path, n: int, changed: int | None = None, unlinked: int | None = None
) -> None:
    """A snapshot of ``n`` annotated tasks; in task ``changed`` the annotator made the
    event's certainty "probable" (it was "certain"); in task ``unlinked`` they removed
    the relation of the event to its second casualty count (one event argument fewer,
    the event's casualty figures changed)."""
    from tests.lsexport import make_document

    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for i in range(n):
            task = make_task(i, make_document(doc_id(i), article(i)))
            result = task["annotations"][0]["result"]
            if i == changed:
                for item in result:
                    if item.get("from_name") == "factuality_certainty":
                        item["value"]["choices"] = ["probable"]
            if i == unlinked:
                result[:] = [
                    item
                    for item in result
                    if not (item.get("type") == "relation" and item.get("to_id") == "c2")
                ]
            out.write(("," if i else "") + json.dumps(task) + "\n")
        out.write("]\n")


def write_build_project(root: Path, repo: Path, n: int) -> None:
    """``schema/``, ``raw/`` (``n`` articles) and ``annotations/`` (the first snapshot)."""
    shutil.copytree(repo / "schema", root / "schema", dirs_exist_ok=True)
    raw = root / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (raw / f"{doc_id(i)}.txt").write_text(article(i), encoding="utf-8")
    (root / "annotations").mkdir(exist_ok=True)
    write_snapshot(root / "annotations" / FIRST, n)


#: The stage a progress line belongs to (by its first word), in pipeline order.
_STAGE_OF = {
    "ingest:": "ingest",
    "validate:": "validate",
    "compile:": "compile",
    "wrote": "write",
    "kept": "write",
}
STAGE_NAMES = ("ingest", "validate", "compile", "write", "diff")


def timed_build(root: Path) -> dict[str, Any]:
    """``build_dataset`` of the project at ``root``: seconds per stage, wall and CPU.

    A stage ends at its last progress line and starts where the one before it ended
    (the incident reviews count in compile); ``diff`` is what follows the last table
    written: the summary and the diff against the latest release in ``build/``.
    """
    from sahel_events.paths import Project
    from sahel_events.release.build import build_dataset

    last: dict[str, tuple[float, float]] = {}  # stage -> (wall, CPU) at its last line

    def progress(line: str) -> None:
        stage = _STAGE_OF.get(line.split(" ", 1)[0])
        if stage is not None:
            last[stage] = (time.perf_counter(), time.process_time())

    started = (time.perf_counter(), time.process_time())
    result = build_dataset(Project(root), progress)
    last["diff"] = (time.perf_counter(), time.process_time())
    stages: dict[str, float] = {}
    stages_cpu: dict[str, float] = {}
    before = started
    for name in STAGE_NAMES:
        now = last.get(name, before)
        stages[name], stages_cpu[name] = now[0] - before[0], now[1] - before[1]
        before = now
    return {
        "seconds": last["diff"][0] - started[0],
        "cpu": last["diff"][1] - started[1],
        "stages": stages,
        "stages_cpu": stages_cpu,
        "diff": result.diff_summary,
    }


def dataset_digest(root: Path) -> dict[str, str]:
    """The SHA-256 of every file the build wrote into ``work/dataset/``."""
    folder = root / "work" / "dataset"
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def stand_in_release(root: Path, version: str = "0.1.0") -> None:
    """The first build's dataset copied to ``build/VERSION`` as the latest release, so
    the builds after it diff against one (a real release would cost a release's time)."""
    from sahel_events.release.semver import COMPLETE_MARKER

    target = root / "build" / version
    shutil.copytree(root / "work" / "dataset", target)
    (target / COMPLETE_MARKER).write_text("{}\n", encoding="utf-8")
