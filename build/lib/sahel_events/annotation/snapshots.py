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

from .. import jsonread
from ..errors import Location, Report
from .corrections import Correction, read_correction
from .rawscan import iter_indexed_texts, iter_task_texts
from .rawtasks import KnownTasks
from .reader import SnapshotFormatError
from .reader import iter_tasks as _iter_indexed
from .snapindex import TaskSpans
from .taskfacts import FirstAnnotation
from .typed import task_id_of

__all__ = [
    "SNAPSHOT_NAME",
    "SnapshotFormatError",
    "current_task_ids",
    "iter_current_tasks",
    "iter_current_texts",
    "iter_latest_tasks",
    "iter_tasks",
    "order_snapshots",
    "provenance_path",
    "read_provenance",
    "snapshot_paths",
    "snapshot_source",
    "snapshot_timestamp",
    "source_key",
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
    # The given Path objects themselves (immutable): a caller's dicts keyed by them then
    # find them by identity, not by comparing paths part by part for every task.
    return sorted((p if isinstance(p, Path) else Path(p) for p in paths), key=_order_key)


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


# ------------------------------------------------------------------------------ sources
#
# Where a snapshot's annotations come from: one Label Studio server instance (its
# database, not its URL: a fresh server at the same address restarts task and
# annotation ids at 1) and one project on it (a re-created project is another source,
# even when its id is reused). Label Studio's task and annotation ids mean something
# only within one source.


def source_key(instance: str, project_id: int, project_created_at: str | None) -> str:
    """The source of a snapshot: ``<server instance>/project-<id>[/<project creation time>]``."""
    key = f"{instance}/project-{project_id}"
    return f"{key}/{project_created_at}" if project_created_at else key


def read_provenance(snapshot: Path) -> dict[str, Any] | None:
    """The provenance record beside a snapshot, None when absent or unreadable."""
    try:
        record = jsonread.load_path(provenance_path(snapshot))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def snapshot_source(snapshot: Path) -> str:
    """The source of a snapshot's annotations, from its provenance record.

    ``pull`` records it. For older records without a server instance, the source is the
    server URL and project id (``legacy:...``), which never equals a recorded instance;
    without any record, the project part of the file name (``unrecorded:<project>``), so
    that snapshots named alike still supersede each other as they always did.
    """
    record = read_provenance(snapshot)
    if record is not None:
        if isinstance(record.get("source"), str) and record["source"]:
            return str(record["source"])
        server = record.get("server")
        project = record.get("project")
        url = server.get("url") if isinstance(server, dict) else None
        project_id = project.get("id") if isinstance(project, dict) else None
        return f"legacy:{url}/project-{project_id}"
    match = SNAPSHOT_NAME.match(snapshot.name)
    return f"unrecorded:{match.group('project') if match else snapshot.stem}"


def current_task_ids(
    paths: Iterable[Path], known: KnownTasks | None = None
) -> dict[Path, tuple[set[int], set[int]]]:
    """Per snapshot: (its task ids, those that are current).

    A task is current in the newest snapshot of its source that holds it: an older copy
    from the same source is superseded (history, not the state to judge). Copies from
    different sources never supersede each other, except where a ground-truth task of
    another source states that it corrects this one
    (:mod:`sahel_events.annotation.corrections`). A damaged snapshot counts the tasks
    that could be read. ``known``: as for :func:`iter_current_texts` (a known task text
    is not decoded; the ids are the same; a snapshot indexed gives its ids in bulk).
    """
    paths = list(paths)
    seen: dict[str, set[int]] = {}  # source -> task ids seen in a newer snapshot
    # As in iter_current_texts: with one source no correction can supersede a task.
    if len(_sources_of(paths, None)) > 1:
        seen = _by_source(superseded_tasks(paths, known=known))
    out: dict[Path, tuple[set[int], set[int]]] = {}
    for path in reversed(order_snapshots(paths)):
        done = seen.setdefault(snapshot_source(path), set())
        spans = _indexed(path, known)
        if spans is not None:
            assert known is not None  # (an index is known's)
            known.meet(spans.digest_set)  # as a read of every task would
            known.read_whole[path] = spans.sha256
            ids = set(spans.id_set)
        else:
            ids = set()
            try:
                for task, _ in _tasks(path, known):
                    task_id = task_id_of(task)
                    if task_id is not None:
                        ids.add(task_id)
            except (SnapshotFormatError, OSError):
                pass  # validation reports it when the snapshot is still current
        out[path] = (ids, ids - done)
        done |= ids
    return out


class AnnotationObserver(Protocol):
    """Told of every annotation read (pseudonyms are numbered over all of them)."""

    def observe_task(self, task: Mapping[str, Any], source: str) -> None: ...


class FirstsObserver(AnnotationObserver, Protocol):
    """An observer that keeps, per user, only the first annotation (lowest id, the
    earliest told on a tie) and numbers users in the order they are first told of: it
    can be told a snapshot's users at once (:mod:`.taskfacts`) instead of its tasks."""

    def observe_users(self, users: Iterable[FirstAnnotation], source: str) -> None: ...


def _indexed(path: Path, known: KnownTasks | None) -> TaskSpans | None:
    """The index entry of ``path`` when ``known`` has an index and the file is the one
    indexed (read whole, unchanged since); None otherwise."""
    if known is None or known.index is None:
        return None
    return known.index.lookup(path)


def _by_source(pairs: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    """``(source, task id)`` pairs as the task ids of each source."""
    out: dict[str, set[int]] = {}
    for source, task_id in pairs:
        out.setdefault(source, set()).add(task_id)
    return out


def iter_current_tasks(
    snapshot_paths: Iterable[Path],
    report: Report,
    observer: AnnotationObserver | None = None,
    sources: Mapping[Path, str] | None = None,
    apply_corrections: bool = True,
) -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """Yield ``(snapshot, source, task)`` once per task of each source: its newest copy
    (:func:`iter_current_texts` without digests)."""
    for path, source, task, _ in iter_current_texts(
        snapshot_paths, report, observer, sources, apply_corrections
    ):
        yield path, source, task


def _tasks(path: Path, known: KnownTasks | None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """The object tasks of a snapshot with the digests of their texts (with ``known``)."""
    if known is None:
        for task in iter_tasks(path):
            yield task, b""
        return
    for _, task, digest in iter_task_texts(path, known):
        if isinstance(task, dict):
            yield task, digest


def iter_current_texts(
    snapshot_paths: Iterable[Path],
    report: Report,
    observer: AnnotationObserver | None = None,
    sources: Mapping[Path, str] | None = None,
    apply_corrections: bool = True,
    known: KnownTasks | None = None,
) -> Iterator[tuple[Path, str, dict[str, Any], bytes]]:
    """Yield ``(snapshot, source, task, digest)`` once per task of each source: its newest copy.

    Snapshots are read newest first (timestamp in the name, then name), one task at a
    time; memory holds the (source, task id) pairs seen, not the tasks. ``sources`` maps
    a snapshot to its source (default: :func:`snapshot_source`). Task ids of different
    sources never meet: task 1 of a fresh server is not task 1 of the server the
    published gold came from. Every copy, kept or not, is shown to ``observer`` so that,
    for instance, pseudonym numbering covers all snapshots. A snapshot that is not a
    complete JSON array adds an error (its complete tasks are still used). A task that a
    correction in another source replaces is not yielded (``apply_corrections``; see
    :mod:`sahel_events.annotation.corrections`).

    With ``known`` (:mod:`.rawtasks`), each task comes with the digest of its raw text,
    and a text known to pass the hardened decoder is decoded without its checks;
    without, the digest is empty. A snapshot that ``known``'s index holds (read whole
    before, unchanged) is not read task by task: its ids (:mod:`.taskfacts`) tell which
    of its tasks are current, only those are read, and an observer that takes them
    (:class:`FirstsObserver`) is told its users' first annotations at once, which
    numbers them as its every task would.
    """
    snapshot_paths = list(snapshot_paths)
    seen: dict[str, set[int]] = {}  # source -> task ids taken or superseded
    # A correction supersedes tasks of other sources only (read_correction drops its own
    # source's): with one source among the snapshots it can drop nothing, and the pass
    # that reads every task for its statement is skipped.
    if apply_corrections and len(_sources_of(snapshot_paths, sources)) > 1:
        seen = _by_source(superseded_tasks(snapshot_paths, sources, known))
    firsts = getattr(observer, "observe_users", None) if observer is not None else None
    for path in reversed(order_snapshots(snapshot_paths)):
        given = sources.get(path) if sources is not None else None
        source = given if given is not None else snapshot_source(path)
        done = seen.setdefault(source, set())
        spans = _indexed(path, known)
        try:
            if spans is not None and (
                observer is None or (firsts is not None and spans.users is not None)
            ):
                assert known is not None  # (an index is known's)
                if firsts is not None:
                    firsts(spans.users, source)
                for position, task, digest in iter_indexed_texts(
                    path, spans, known, _current(spans, done)
                ):
                    done.add(spans.ids[position])  # type: ignore[arg-type]  # (not None)
                    yield path, source, task, digest
                continue
            for task, digest in _tasks(path, known):
                if observer is not None:
                    observer.observe_task(task, source)
                task_id = task_id_of(task)
                if task_id is None or task_id in done:
                    continue
                done.add(task_id)
                yield path, source, task, digest
        except SnapshotFormatError as exc:
            report.add(
                exc.code, exc.message, Location(file=str(path), line=exc.line, path=exc.path)
            )
        except OSError as exc:
            report.add(
                "export.unreadable",
                f"cannot read the snapshot: {exc.strerror}",
                Location(file=str(path)),
            )


def _current(spans: TaskSpans, done: set[int]) -> list[int]:
    """The positions in ``spans`` of the first task of each id not in ``done``: the
    copies that a read task by task would take."""
    if spans.id_set <= done:  # an older snapshot wholly superseded: the common case
        return []
    positions = []
    taken: set[int] = set()
    for position, task_id in enumerate(spans.ids):
        if task_id is not None and task_id not in done and task_id not in taken:
            taken.add(task_id)
            positions.append(position)
    return positions


def iter_latest_tasks(
    snapshot_paths: Iterable[Path],
    report: Report,
    observer: AnnotationObserver | None = None,
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Yield ``(snapshot, task)``: :func:`iter_current_tasks` without the source."""
    for path, _source, task in iter_current_tasks(snapshot_paths, report, observer):
        yield path, task


def snapshot_corrections(
    paths: Iterable[Path],
    sources: Mapping[Path, str] | None = None,
    known: KnownTasks | None = None,
) -> list[Correction]:
    """The honoured correction statements (:mod:`sahel_events.annotation.corrections`)
    of the newest copy of every task (``known``: as for :func:`iter_current_texts`)."""
    out = []
    for _path, source, task, _ in iter_current_texts(
        list(paths), Report(), sources=sources, apply_corrections=False, known=known
    ):
        correction = read_correction(task, source)
        if correction is not None:
            out.append(correction)
    return out


def superseded_tasks(
    paths: Iterable[Path],
    sources: Mapping[Path, str] | None = None,
    known: KnownTasks | None = None,
) -> set[tuple[str, int]]:
    """``(source, task id)`` of every task that a correction in another source replaces."""
    return {pair for c in snapshot_corrections(paths, sources, known) for pair in c.supersedes}


def _sources_of(paths: Iterable[Path], sources: Mapping[Path, str] | None) -> set[str]:
    """The distinct sources of ``paths`` (``sources`` first, else the snapshot's own)."""
    found = set()
    for path in paths:
        given = sources.get(path) if sources is not None else None
        found.add(given if given is not None else snapshot_source(path))
    return found
