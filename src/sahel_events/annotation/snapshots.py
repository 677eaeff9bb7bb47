"""Export snapshots in ``annotations/``: their names, their order, their tasks one by one.

``sahel-events pull`` saves each Label Studio export as
``<project>-<yyyymmddThhmmssZ>-<hash>.json``. The timestamp in the name orders the
snapshots (then the name, so the order is total): when a task appears in several, the
newest copy wins. Tasks are read as a stream (:func:`iter_tasks`), so a large snapshot
costs the memory of one task, not of the file (the incremental decoder is
:mod:`.reader`, which validation uses too), and :func:`iter_latest_tasks` yields each
task once, the copy in the newest snapshot.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from ..errors import Location, Report
from .reader import SnapshotFormatError
from .reader import iter_tasks as _iter_indexed
from .typed import task_id_of

__all__ = [
    "SNAPSHOT_NAME",
    "SnapshotFormatError",
    "iter_latest_tasks",
    "iter_tasks",
    "order_snapshots",
    "provenance_path",
    "snapshot_paths",
    "snapshot_timestamp",
]

#: The provenance record ``pull`` writes beside each snapshot.
PROVENANCE_SUFFIX = ".provenance.json"

#: ``<project>-<yyyymmddThhmmssZ>-<hash>.json``; the project part may itself hold dashes.
SNAPSHOT_NAME = re.compile(r"^(?P<project>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<hash>[^-]+)\.json$")


def iter_tasks(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the tasks of a snapshot one at a time (decoded JSON objects).

    Raises :class:`SnapshotFormatError` (with an issue ``code``) when the file is not a
    complete JSON array, after yielding the complete tasks before the problem. An
    element that is not an object is skipped here; the validate stage reports it.
    """
    for _, task in _iter_indexed(path):
        if isinstance(task, dict):
            yield task


def snapshot_timestamp(path: Path | str) -> dt.datetime | None:
    """The UTC time in a snapshot's file name, or None when the name has none."""
    match = SNAPSHOT_NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group("stamp"), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _order_key(path: Path) -> tuple[int, dt.datetime, str]:
    stamp = snapshot_timestamp(path)
    # A name without a timestamp sorts before every timestamped one: it cannot win.
    return (
        (0, dt.datetime.min.replace(tzinfo=dt.UTC), path.name)
        if stamp is None
        else (
            1,
            stamp,
            path.name,
        )
    )


def order_snapshots(paths: Iterable[Path]) -> list[Path]:
    """Snapshots from oldest to newest: by the timestamp in the name, then by name."""
    return sorted((Path(p) for p in paths), key=_order_key)


def provenance_path(snapshot: Path) -> Path:
    """The provenance record beside a snapshot (``pull`` writes it; it may be absent)."""
    return snapshot.with_name(snapshot.name.removesuffix(".json") + PROVENANCE_SUFFIX)


def snapshot_paths(folder: Path) -> list[Path]:
    """Every export snapshot in ``folder`` (``*.json``, not provenance records, not hidden
    temporary files), oldest first: the order in which a newer copy of a task wins."""
    if not folder.is_dir():
        return []
    return order_snapshots(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix == ".json"
        and not p.name.endswith(PROVENANCE_SUFFIX)
        and not p.name.startswith(".")
    )


class AnnotationObserver(Protocol):
    """Told of every annotation read (pseudonyms are numbered over all of them)."""

    def observe_task(self, task: Mapping[str, Any]) -> None: ...


def iter_latest_tasks(
    snapshot_paths: Iterable[Path],
    report: Report,
    observer: AnnotationObserver | None = None,
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Yield ``(snapshot, task)`` once per task id: the copy in the newest snapshot.

    Snapshots are read newest first (timestamp in the name, then name), one task at a
    time; memory holds the set of task ids seen, not the tasks. Every copy, kept or not,
    is shown to ``observer`` so that, for instance, pseudonym numbering covers all
    snapshots. A snapshot that is not a complete JSON array adds an error (its complete
    tasks are still used).
    """
    seen: set[int] = set()
    for path in reversed(order_snapshots(snapshot_paths)):
        try:
            for task in iter_tasks(path):
                if observer is not None:
                    observer.observe_task(task)
                task_id = task_id_of(task)
                if task_id is None or task_id in seen:
                    continue
                seen.add(task_id)
                yield path, task
        except SnapshotFormatError as exc:
            report.add(exc.code, exc.message, Location(file=str(path), line=exc.line))
        except OSError as exc:
            report.add(
                "export.unreadable",
                f"cannot read the snapshot: {exc.strerror}",
                Location(file=str(path)),
            )
