"""``sahel-events pull``: a full export snapshot of the project into ``annotations/``.

The snapshot is Label Studio's JSON export with every option of recipe §7.2 (all tasks,
all annotations including cancelled ones, full predictions and drafts, annotators as
objects), saved byte for byte as the server sent it, as
``annotations/<project-slug>-<yyyymmddThhmmssZ>-<content hash[:12]>.json``, with a
provenance sidecar ``<same name without .json>.provenance.json``.

* The time is the export's creation time on the server (UTC), so snapshots pulled by
  different people from one team server sort in the order the server made them; when
  that is not later than the newest snapshot's time (two pulls within one second), it
  is that time plus one second, so that names always sort in the order of the pulls.
* The content hash is the SHA-256 of the export's tasks as canonical JSON (sorted keys,
  no white space) without the ``created_ago`` fields, which Label Studio rewrites at every
  export ("2 minutes"): two pulls of an unchanged project have the same content hash.
* Nothing is written when the newest snapshot of the project has the same content hash.
  Before exporting, pull lists the tasks' change markers (update times, annotation ids
  and counts, drafts) and compares them with the ones recorded with the newest snapshot
  of the same source: when nothing changed, the server builds no export at all.
* The provenance records the source: the server instance (:meth:`StudioClient.
  server_instance`) and the project (id and creation time). Annotations are told apart by
  source, never by Label Studio's ids alone (``sahel_events.snapshots.snapshot_source``).
* The download is checked whole (the export's MD5 on the server) before it is kept: a cut
  download is named as such. The server-side export is deleted once downloaded, so its
  files do not pile up under the server's data directory.
* Files appear whole or not at all: each is written to a hidden temporary file
  ``annotations/.pull-*.tmp`` (git-ignored) and hard-linked to its name, which fails
  rather than overwrite; a pull that fails midway removes what it wrote, and the next
  pull removes what a killed one left.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

from .. import __version__
from ..annotation.reader import SnapshotFormatError
from ..annotation.reader import iter_tasks as iter_indexed_tasks
from ..annotation.snapshots import (
    SNAPSHOT_NAME,
    provenance_path,
    read_provenance,
    snapshot_paths,
    snapshot_source,
    snapshot_timestamp,
    source_key,
)
from ..errors import UsageError
from ..paths import Project
from . import Echo, _quiet
from .client import FULL_EXPORT_OPTIONS, ExportInfo, ProjectInfo, StudioClient

TEMP_PREFIX = ".pull-"
TEMP_SUFFIX = ".tmp"
EXPORT_TITLE_PREFIX = "sahel-events pull"

VOLATILE_KEYS = frozenset({"created_ago"})
"""Keys left out of the content hash: Label Studio recomputes them at every export."""


def project_slug(title: str) -> str:
    """The project part of a snapshot name: lower case, runs of other characters as ``-``."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "project"


def _without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_volatile(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [_without_volatile(v) for v in value]
    return value


def _canonical(value: Any) -> bytes:
    return json.dumps(
        _without_volatile(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def content_hash(tasks: Any) -> str:
    """SHA-256 of an export's canonical JSON, ``created_ago`` fields left out."""
    return hashlib.sha256(_canonical(tasks)).hexdigest()


class _Tally:
    """The content hash (:func:`content_hash`) and counts (:func:`count`) of an export,
    fed one task at a time: a large export is never held in memory whole.

    The canonical JSON of an array is ``[`` + its elements joined by ``,`` + ``]``, so
    hashing element by element gives the very digest :func:`content_hash` gives.
    """

    def __init__(self) -> None:
        self._digest = hashlib.sha256(b"[")
        self._tasks = 0
        self._annotations = 0
        self._cancelled = 0
        self._predictions = 0
        self._drafts = 0
        self._annotators: set[Any] = set()

    def add(self, task: Any) -> None:
        """One element of the export's array."""
        if self._tasks:
            self._digest.update(b",")
        self._digest.update(_canonical(task))
        self._tasks += 1
        if not isinstance(task, dict):
            return
        for a in task.get("annotations") or []:
            if isinstance(a, dict):
                who = a.get("completed_by")
                self._annotators.add(who.get("id") if isinstance(who, dict) else who)
                self._annotations += 1
                self._cancelled += bool(a.get("was_cancelled"))
        self._predictions += len(task.get("predictions") or [])
        self._drafts += len(task.get("drafts") or [])

    def digest(self) -> str:
        """The content hash of the elements added so far, as a whole array."""
        final = self._digest.copy()
        final.update(b"]")
        return final.hexdigest()

    def counts(self) -> dict[str, int]:
        """What :func:`count` gives for the same tasks."""
        return {
            "tasks": self._tasks,
            "annotations": self._annotations - self._cancelled,
            "cancelled_annotations": self._cancelled,
            "predictions": self._predictions,
            "drafts": self._drafts,
            "annotators": len(self._annotators - {None}),
        }


def _tally_file(path: Path) -> _Tally:
    """Read a snapshot one task at a time; SnapshotFormatError when it is not whole."""
    tally = _Tally()
    for _, task in iter_indexed_tasks(path):
        tally.add(task)
    return tally


def snapshot_name(slug: str, when: dt.datetime, digest: str) -> str:
    """``<slug>-<yyyymmddThhmmssZ>-<digest[:12]>.json`` (``when`` in UTC)."""
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{slug}-{stamp}-{digest[:12]}.json"


def name_time(created: dt.datetime, newest: dt.datetime | None) -> dt.datetime:
    """The time a new snapshot's name carries: its export's creation time, to the second,
    moved one second past ``newest`` (the time in the newest snapshot's name) when it
    would not sort after it.

    Names order snapshots, and a newer copy of a task wins: two exports made within one
    second (or on a server whose clock is behind) must still sort in the order pulled.
    The comparison is made at the names' one-second resolution: an export at 12:00:00.8
    after a snapshot named 12:00:00 would otherwise share its second and be ordered by
    its content hash.
    """
    when = created.astimezone(dt.UTC).replace(microsecond=0)
    if newest is not None and when <= newest:
        when = newest + dt.timedelta(seconds=1)
    return when


def latest_snapshot(folder: Path, slug: str, source: str | None = None) -> Path | None:
    """The newest snapshot of the project ``slug`` in ``folder`` (by the time in its name),
    only among those of ``source`` when it is given."""
    ours = [
        path
        for path in snapshot_paths(folder)
        if (match := SNAPSHOT_NAME.match(path.name))
        and match.group("project") == slug
        and (source is None or snapshot_source(path) == source)
    ]
    return ours[-1] if ours else None


def states_hash(states: list[dict[str, Any]]) -> str:
    """SHA-256 of the tasks' change markers (:meth:`StudioClient.task_states`)."""
    canonical = json.dumps(states, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files a killed pull left in ``folder``; return them.

    A pull removes its own temporaries whatever happens, except when the process itself
    is killed; the next pull finishes the job.
    """
    removed = []
    if folder.is_dir():
        for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _file_content_hash(path: Path) -> str | None:
    try:
        return _tally_file(path).digest()
    except (OSError, ValueError, SnapshotFormatError):
        return None  # unreadable: never "the same" as a fresh export


def _public_url(url: str) -> str:
    """The server URL without credentials, query or fragment (for the provenance record)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def _created_at(value: str | None) -> dt.datetime:
    """The export's creation time on the server, or now when it cannot be read."""
    if value:
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    return dt.datetime.now(dt.UTC)


def count(tasks: list[Any]) -> dict[str, int]:
    """Tasks, annotations (cancelled apart), predictions, drafts and annotators of an export."""
    tally = _Tally()
    for task in tasks:
        tally.add(task)
    return tally.counts()


@dataclass
class PullResult:
    """What a pull did: the new snapshot, or the existing one it matched."""

    snapshot: Path | None
    provenance: Path | None
    unchanged_since: Path | None
    content_sha256: str
    export_id: int
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``pull --json``)."""
        return {
            "snapshot": str(self.snapshot) if self.snapshot else None,
            "provenance": str(self.provenance) if self.provenance else None,
            "unchanged_since": str(self.unchanged_since) if self.unchanged_since else None,
            "content_sha256": self.content_sha256,
            "export_id": self.export_id,
            "counts": self.counts,
        }

    def to_text(self) -> str:
        """One or two lines a person reads."""
        c = self.counts
        summary = (
            f"{c.get('tasks', 0)} task(s), {c.get('annotations', 0)} annotation(s), "
            f"{c.get('cancelled_annotations', 0)} cancelled, {c.get('annotators', 0)} annotator(s)"
        )
        if self.snapshot is None:
            return f"Nothing changed since {self.unchanged_since}: no snapshot written ({summary})."
        return f"Wrote {self.snapshot} ({summary})\nProvenance: {self.provenance}"


@contextmanager
def _temporary(folder: Path) -> Iterator[Path]:
    """A hidden temporary file in ``folder``, removed on the way out whatever happens."""
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


class _HashingSink:
    """Writes the download to a file while computing its MD5, SHA-256 and size, so
    that checking it whole needs no second read into memory."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.md5 = hashlib.md5(usedforsecurity=False)
        self.sha256 = hashlib.sha256()
        self.bytes = 0

    def write(self, chunk: bytes) -> int:
        self.md5.update(chunk)
        self.sha256.update(chunk)
        self.bytes += len(chunk)
        return self.handle.write(chunk)


def _check_whole(path: Path, sink: _HashingSink, export: ExportInfo, url: str) -> _Tally:
    """The export's hash and counts, once the download is known to be whole (UsageError
    if not). The file is read one task at a time."""
    received = sink.md5.hexdigest()
    if export.md5 and received != export.md5:
        raise UsageError(
            f"the download of export {export.id} from {url} was cut short or damaged "
            f"({sink.bytes} bytes received, MD5 {received[:12]}… instead of "
            f"{export.md5[:12]}…); nothing was written: run `sahel-events pull` again"
        )
    try:
        return _tally_file(path)
    except SnapshotFormatError as exc:
        if exc.code == "export.not-array":
            message = f"export {export.id} from {url} is not a JSON array of tasks"
            raise UsageError(message) from None
        raise UsageError(
            f"the download of export {export.id} from {url} is incomplete or damaged "
            f"({sink.bytes} bytes, not whole JSON: {exc.message}); nothing was written: run "
            "`sahel-events pull` again"
        ) from None


def _place(tmp: Path, final: Path) -> None:
    """Give ``tmp`` its final name; refuse (UsageError) rather than overwrite."""
    os.chmod(tmp, 0o644)  # mkstemp makes it private; snapshots are shared data
    try:
        os.link(tmp, final)  # atomic, and fails when the name exists
    except FileExistsError:
        raise UsageError(f"{final} already exists; snapshots are never overwritten") from None


def pull(
    project: Project,
    client: StudioClient,
    *,
    title: str,
    echo: Echo = _quiet,
    server_data: Path | None = None,
    folder: Path | None = None,
    push_command: str = "sahel-events push",
) -> PullResult:
    """Export the project as a full snapshot into ``annotations/`` unless nothing changed.

    ``server_data`` is the server's data directory when it runs on this machine (the
    embedded server's ``.studio/data``): Label Studio 1.23.2 keeps an export's file when
    the export is deleted (the removal sits behind a retired feature flag), so pull
    removes the files of the exports it deleted itself. ``folder``: where the snapshots
    go, ``annotations/`` by default (the incident review project's go to
    ``annotations/incidents/``); ``push_command``: what makes the project, named when it
    is missing.
    """
    folder = folder or project.annotations
    for path in remove_stale_temporaries(folder):
        echo(f"Removed {path.name}, left by a pull that was killed.")
    info = client.find_project(title)
    if info is None:
        raise UsageError(f"no project titled {title!r} on {client.url}: run `{push_command}` first")
    version = client.version()
    source = source_key(client.server_instance(), info.id, info.created_at)
    slug = project_slug(title)
    states = states_hash(client.task_states(info.id))
    latest = latest_snapshot(folder, slug, source)
    if latest is not None:
        record = read_provenance(latest) or {}
        if record.get("task_states_sha256") == states and _file_content_hash(latest) == record.get(
            "content_sha256"
        ):
            # Nothing changed on the server since that snapshot: no export is built.
            return PullResult(
                None,
                None,
                latest,
                str(record["content_sha256"]),
                0,
                dict(record.get("counts") or {}),
            )
    echo(f"Exporting project {title!r} (id {info.id}) from {client.url}...")
    export = client.create_export(info.id, title=f"{EXPORT_TITLE_PREFIX} ({__version__})")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return _save(client, info, export, version, folder, slug, source, states)
    except OSError as exc:
        raise UsageError(
            f"cannot write the snapshot into {folder}: {exc.strerror or exc}"
        ) from None
    finally:
        _delete_exports(client, info.id, server_data)


def _delete_exports(client: StudioClient, project_id: int, server_data: Path | None) -> None:
    """Delete pull's exports on the server (this one and any a killed pull left): they
    are in the snapshot now, and each is a full copy of the project on the server's disk."""
    try:
        for export in client.list_exports(project_id):
            if export.title.startswith(EXPORT_TITLE_PREFIX):
                client.delete_export(project_id, export.id)
                if server_data is not None and export.md5:
                    # Label Studio names the file project-<id>-at-<time>-<md5[:8]>.json.
                    folder = server_data / "media" / "export" / str(project_id)
                    for path in folder.glob(f"project-{project_id}-at-*-{export.md5[:8]}.json"):
                        path.unlink(missing_ok=True)
    except (UsageError, OSError):
        pass  # housekeeping: the snapshot is what matters, and the next pull retries


def _save(
    client: StudioClient,
    info: ProjectInfo,
    export: ExportInfo,
    version: str | None,
    folder: Path,
    slug: str,
    source: str,
    states: str,
) -> PullResult:
    """Download ``export`` and place the snapshot and its provenance (see :func:`pull`)."""
    with _temporary(folder) as tmp_snapshot, _temporary(folder) as tmp_provenance:
        with tmp_snapshot.open("wb") as handle:
            sink = _HashingSink(handle)
            client.download_export(info.id, export.id, sink)
            handle.flush()
            os.fsync(handle.fileno())
        tally = _check_whole(tmp_snapshot, sink, export, client.url)
        digest = tally.digest()
        counts = tally.counts()

        latest = latest_snapshot(folder, slug, source)
        if latest is not None and _file_content_hash(latest) == digest:
            return PullResult(None, None, latest, digest, export.id, counts)
        # Names order snapshots across sources too: the newest of any source counts.
        latest = latest_snapshot(folder, slug)

        newest = snapshot_timestamp(latest) if latest is not None else None
        when = name_time(_created_at(export.created_at), newest)
        final = folder / snapshot_name(slug, when, digest)
        record = {
            "snapshot": final.name,
            "sha256": sink.sha256.hexdigest(),
            "bytes": sink.bytes,
            "content_sha256": digest,
            "content_sha256_ignores": sorted(VOLATILE_KEYS),
            "format": "Label Studio JSON export, snapshot with full serialization",
            "export_options": FULL_EXPORT_OPTIONS,
            "source": source,
            "server": {
                "url": _public_url(client.url),
                "version": version,
                "instance": source.split("/", 1)[0],
            },
            "project": {"id": info.id, "title": info.title, "created_at": info.created_at},
            "task_states_sha256": states,
            "export": {
                "id": export.id,
                "title": export.title,
                "created_at": export.created_at,
                "finished_at": export.finished_at,
                "md5": export.md5,
            },
            "counts": counts,
            "pulled_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pulled_with": f"sahel-events {__version__}",
        }
        tmp_provenance.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        sidecar = provenance_path(final)
        _place(tmp_snapshot, final)
        try:
            _place(tmp_provenance, sidecar)
        except BaseException:
            final.unlink(missing_ok=True)  # a snapshot without its provenance is not a pull
            raise
    return PullResult(final, sidecar, None, digest, export.id, counts)
