"""Validate export snapshots: run the layers over each task, streaming.

Which parts of a task each layer sees:

* **annotations**: every layer, ground truth included. A cancelled (skipped) annotation
  gets the structure layer only: its result is empty and never becomes data.
* **predictions**: every layer, every issue downgraded to a warning (prefixed "in
  prediction N"): they are suggestions annotators start from, not data, but a bad one
  is a pre-annotation bug worth seeing. ``check_predictions=False`` skips them.
* **drafts** and the ``prediction`` snapshot inside an annotation: structure only
  (warnings), never their content: they are not data.

Only the current state is judged. Snapshots are append-only history: a task whose newer
copy (same source: server instance and project) is in a later snapshot is superseded and
not checked, and a snapshot whose tasks are all superseded is noted as such
(``snapshot.superseded``), never an error. An invalid current annotation is fixed in
Label Studio and pulled again; the new snapshot then supersedes the bad one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..annotation import snapshots
from ..annotation.controls import controls as make_controls
from ..annotation.model import parse_result
from ..annotation.rawscan import iter_task_texts
from ..annotation.rawtasks import TaskStub
from ..annotation.reader import SnapshotFormatError, iter_tasks
from ..codebook import Codebook, load_project_codebook
from ..errors import Location, Report, UsageError
from ..paths import Project
from . import codebook_rules, text_rules, value_rules
from .cache import TaskEntry, ValidationCache, filed, unfiled
from .context import AnnotationContext, Kind, TaskContext
from .text_rules import DocumentLike, GraphemeBoundaries

if TYPE_CHECKING:  # ingest is heavy to import; it is only needed to read raw/
    from ..ingest import IngestResult
    from .structure import StructureLayer

__all__ = [
    "ValidationStats",
    "load_documents",
    "snapshot_paths",
    "validate_snapshot",
    "validate_snapshots",
]


@dataclass
class ValidationStats:
    """What one snapshot held, counted while it was checked (also a progress report)."""

    file: str
    bytes_total: int = 0
    bytes_read: int = 0
    tasks: int = 0
    annotations: int = 0
    cancelled: int = 0
    predictions: int = 0
    done: bool = False


Progress = Callable[[ValidationStats], None]


def _display_name(path: Path, root: Path | None) -> str:
    """The path relative to the project when it is inside it, else as given."""
    if root is not None:
        for here, base in ((path.absolute(), root.absolute()), (path.resolve(), root.resolve())):
            try:
                return here.relative_to(base).as_posix()
            except ValueError:
                continue
    return str(path)


def validate_snapshot(
    path: Path,
    codebook: Codebook,
    documents: Mapping[str, DocumentLike] | None = None,
    *,
    display_name: str | None = None,
    check_predictions: bool = True,
    progress: Progress | None = None,
    only_tasks: set[int] | None = None,
    cache: ValidationCache | None = None,
) -> Report:
    """Check one Label Studio JSON export snapshot; return every issue found.

    ``cache``: take each unchanged task's findings from it, and keep the others' there
    (:mod:`.cache`); the report is the same as without it.

    ``only_tasks``: when given, the ids of the tasks to check (the current ones); the
    others are superseded by a newer snapshot and skipped.

    ``documents`` maps doc_id to the ingested document (anything with ``text`` and
    ``text_sha256``); without it the task text is only checked against the
    ``text_sha256`` it carries. ``display_name`` is how the file is named in issue
    locations (default: the path as given). ``progress`` is called now and then, and
    once at the end, with the counts so far. Raises :class:`UsageError` when the file
    cannot be read; invalid content is reported, never raised.
    """
    file = display_name or str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UsageError(f"cannot read the snapshot {file}: {exc.strerror}") from None
    if not path.is_file():
        raise UsageError(f"{file} is not a file; give a snapshot file (annotations/*.json)")
    stats = ValidationStats(file, bytes_total=size)
    report = Report()
    checker = _TaskChecker(codebook, documents, check_predictions, stats, only_tasks)

    def read(bytes_read: int) -> None:
        stats.bytes_read = bytes_read
        if progress is not None:
            progress(stats)

    try:
        if cache is None:
            for index, task in iter_tasks(path, progress=read):
                checker.check(TaskContext(file, index, task, report))
        else:
            for index, task, digest in iter_task_texts(path, cache.known, progress=read):
                checker.check_cached(TaskContext(file, index, task, report), digest, cache)
    except SnapshotFormatError as exc:
        where = f" (line {exc.line}, column {exc.column})" if exc.column else ""
        prefix = f"after {stats.tasks} complete task(s): " if stats.tasks else ""
        report.add(
            exc.code,
            f"{prefix}{exc.message}{where}",
            Location(file=file, line=exc.line, path=exc.path),
        )
    except OSError as exc:
        raise UsageError(f"cannot read the snapshot {file}: {exc.strerror}") from None
    else:
        if stats.tasks == 0:
            report.add(
                "export.no-tasks",
                "the snapshot holds no task (an export of an empty project?)",
                Location(file=file),
                "warning",
            )
    stats.done = True
    if progress is not None:
        progress(stats)
    return report


class _TaskChecker:
    """Runs the layers on one task after another, keeping what spans tasks."""

    def __init__(
        self,
        codebook: Codebook,
        documents: Mapping[str, DocumentLike] | None,
        check_predictions: bool,
        stats: ValidationStats,
        only_tasks: set[int] | None = None,
    ) -> None:
        self.codebook = codebook
        self.controls = make_controls(codebook)
        self._structure: StructureLayer | None = None
        self.documents = documents
        self.check_predictions = check_predictions
        self.stats = stats
        self.only_tasks = only_tasks
        # Ids only, not tasks: a few bytes per task, to spot a task exported twice.
        self.task_ids: dict[int, int] = {}
        self.doc_tasks: dict[str, int | None] = {}

    @property
    def structure(self) -> StructureLayer:
        """The structure layer, made when a task is first checked (not for a snapshot
        whose every task is cached)."""
        if self._structure is None:
            # Imported here, not at module level: .structure imports jsonschema, whose
            # format checkers build a Lark grammar at import (about 1.5 s). This package
            # is imported by snapshots, consolidate and compile for the reader alone; only
            # a validation that checks a task pays.
            from .structure import structure_layer

            self._structure = structure_layer(self.codebook, predictions=self.check_predictions)
        return self._structure

    def check(self, ctx: TaskContext) -> None:
        """Run every layer on one task, reporting into ``ctx.report``."""
        self.stats.tasks += 1
        if not self._current(ctx.task):
            return  # superseded by a newer copy of the task: history, not judged
        if not self.structure.check(ctx):
            return
        self._check_unique(ctx)
        self._check_task(ctx)

    def check_cached(self, ctx: TaskContext, digest: bytes, cache: ValidationCache) -> None:
        """:meth:`check`, with the task's findings taken from ``cache`` when its raw text
        (``digest``), its index and its document are unchanged, else found and kept."""
        self.stats.tasks += 1
        if not self._current(ctx.task):
            return
        entry = cache.get(digest, ctx.index, self.documents) if digest else None
        if entry is None:
            entry = self._entry(ctx)
            if digest:
                cache.put(digest, ctx.index, entry)
        annotations, cancelled, predictions = entry.counts
        self.stats.annotations += annotations
        self.stats.cancelled += cancelled
        self.stats.predictions += predictions
        report = ctx.report
        report.extend(filed(entry.structure, ctx.file))
        if not entry.passed:
            return
        # The duplicate checks span tasks: made again on every run, from the ids kept.
        ids = {"id": entry.task_id, "data": {"doc_id": entry.doc_id}}
        self._check_unique(TaskContext(ctx.file, ctx.index, ids, report))
        report.extend(filed(entry.rest, ctx.file))

    def _current(self, task: Any) -> bool:
        """Whether ``task`` is to be judged (not superseded by a newer copy)."""
        if self.only_tasks is None:
            return True
        return isinstance(task, dict) and task.get("id") in self.only_tasks

    def _entry(self, ctx: TaskContext) -> TaskEntry:
        """Check one task (decoded whole) and return what the layers found in it."""
        task = ctx.task.full() if isinstance(ctx.task, TaskStub) else ctx.task
        before = (self.stats.annotations, self.stats.cancelled, self.stats.predictions)
        structure = Report()
        own = TaskContext(ctx.file, ctx.index, task, structure)
        passed = self.structure.check(own)
        rest = Report()
        if passed:
            self._check_task(TaskContext(ctx.file, ctx.index, task, rest))
        doc_id = own.doc_id
        document = None
        if self.documents is not None and doc_id is not None:
            found = self.documents.get(doc_id)
            document = found.text_sha256 if found is not None else None
        after = (self.stats.annotations, self.stats.cancelled, self.stats.predictions)
        # The counts were added by _check_task; check_cached adds them from the entry.
        self.stats.annotations, self.stats.cancelled, self.stats.predictions = before
        return TaskEntry(
            task_id=own.task_id,
            doc_id=doc_id,
            document=document,
            passed=passed,
            structure=unfiled(structure.issues),
            rest=unfiled(rest.issues),
            counts=(after[0] - before[0], after[1] - before[1], after[2] - before[2]),
        )

    def _check_task(self, ctx: TaskContext) -> None:
        """The layers that look at one task alone, after the structure and duplicate
        checks: ground truths, the text against its document, each annotation."""
        _check_ground_truths(ctx)
        text_rules.check_task(ctx, self.documents)
        text = ctx.text
        boundaries = GraphemeBoundaries(text) if text is not None else None
        task: dict[str, Any] = ctx.task
        kinds: tuple[Kind, ...] = (
            ("annotations", "predictions") if self.check_predictions else ("annotations",)
        )
        for kind in kinds:
            entries = task.get(kind)
            if not isinstance(entries, list):
                continue
            for position, entry in enumerate(entries):
                if not isinstance(entry, dict):
                    continue  # a prediction given by id, or garbage the schema reported
                if kind == "annotations":
                    self.stats.annotations += 1
                    if entry.get("was_cancelled") is True:
                        self.stats.cancelled += 1
                        continue
                else:
                    self.stats.predictions += 1
                entry_id = entry.get("id")
                actx = AnnotationContext(
                    ctx,
                    kind,
                    position,
                    entry_id if isinstance(entry_id, int) else None,
                    parse_result(entry.get("result")),
                )
                codebook_rules.check_annotation(actx, self.codebook, self.controls)
                text_rules.check_annotation(actx, boundaries)
                value_rules.check_annotation(actx, self.controls)

    def _check_unique(self, ctx: TaskContext) -> None:
        task_id = ctx.task_id
        if task_id is not None:
            if task_id in self.task_ids:
                ctx.add(
                    "export.duplicate-task",
                    f"task {task_id} appears twice (also at $[{self.task_ids[task_id]}]); the "
                    "file was assembled by hand? Pull a fresh snapshot",
                )
                return  # the same task twice: its document is not a second task's
            self.task_ids[task_id] = ctx.index
        doc_id = ctx.doc_id
        if doc_id is not None:
            if doc_id in self.doc_tasks:
                ctx.add(
                    "export.duplicate-document",
                    f"document {doc_id!r} is also shown by task {self.doc_tasks[doc_id]}; its "
                    "events would be coded twice. Delete one of the tasks in Label Studio",
                    severity="warning",
                )
            else:
                self.doc_tasks[doc_id] = task_id


def _check_ground_truths(ctx: TaskContext) -> None:
    """At most one annotation of a task may be marked ground truth.

    Ground truth is the reviewed annotation of record; two of them leave the record to
    be picked by recency, which is no review at all.
    """
    entries = ctx.task.get("annotations") if isinstance(ctx.task, dict) else None
    if not isinstance(entries, list):
        return
    truths = [
        (position, entry.get("id"))
        for position, entry in enumerate(entries)
        if isinstance(entry, dict)
        and entry.get("ground_truth") is True
        and entry.get("was_cancelled") is not True
    ]
    if len(truths) > 1:
        ids = ", ".join(str(i) for _, i in truths)
        ctx.add(
            "export.several-ground-truths",
            f"{len(truths)} annotations are marked ground truth ({ids}); a task has one "
            "annotation of record. In Label Studio, unmark all but the reviewed one",
            f"$[{ctx.index}].annotations[{truths[1][0]}].ground_truth",
        )


def load_documents(
    project: Project, report: Report | None = None, *, corpus: IngestResult | None = None
) -> dict[str, DocumentLike]:
    """The project's documents by doc_id, ingested from ``raw/`` (the source of truth).

    Articles that ingest rejects are noted in ``report`` as ``text.ingest-rejected``
    warnings, since their tasks will then be reported as unknown documents. ``corpus``
    is ``raw/`` already ingested (by the caller, who needed it too); without it ``raw/``
    is ingested here.
    """
    if corpus is None:
        from ..ingest import ingest_corpus  # imported here: only this entry point needs it

        if not project.raw.is_dir():
            raise UsageError(
                f"no raw/ directory in {project.root}; the articles are needed to "
                "check that task texts are the ingested texts"
            )
        corpus = ingest_corpus(project.raw, project.root)
    if report is not None:
        for issue in corpus.rejected:
            report.add(
                "text.ingest-rejected",
                f"the article could not be ingested ({issue.code}: {issue.message}); tasks "
                "of its document will be reported as unknown documents",
                Location(file=issue.location.file),
                "warning",
            )
    return {doc.doc_id: doc for doc in corpus.documents}


def validate_snapshots(
    paths: Iterable[Path],
    project: Project,
    *,
    check_predictions: bool = True,
    progress: Progress | None = None,
    codebook: Codebook | None = None,
    corpus: IngestResult | None = None,
    cache: Path | ValidationCache | None = None,
) -> Report:
    """Check several snapshots against the project's codebook and ingested documents.

    Loads ``schema/codebook.yaml`` (raising :class:`~sahel_events.codebook.CodebookError`
    when it is invalid) and ingests ``raw/`` once, then validates each snapshot in turn
    with :func:`validate_snapshot`; files are named relative to the project. A caller
    that has already loaded the codebook or ingested ``raw/`` passes them as
    ``codebook`` and ``corpus`` so they are not loaded again. ``cache``: a directory
    (``work/validate-cache/``), or a :class:`~.cache.ValidationCache` over one, where
    each task's findings are kept and taken back while the task, its document, the
    codebook and the code are unchanged (:mod:`.cache`).
    """
    from ..annotation.snapshots import current_task_ids

    if codebook is None:
        codebook = load_project_codebook(project.root)
    report = Report()
    documents = load_documents(project, report, corpus=corpus)
    store = cache if isinstance(cache, ValidationCache) else None
    if isinstance(cache, Path):
        store = ValidationCache(
            cache, codebook, check_predictions=check_predictions, with_documents=True
        )
    if store is not None:
        store.note(report)
    paths = list(paths)
    current = current_task_ids(paths, store.known if store else None) if len(paths) > 1 else {}
    for path in paths:
        name = _display_name(path, project.root)
        ids, now = current.get(path, (set(), set()))
        if ids and not now:
            report.add(
                "snapshot.superseded",
                f"every task of this snapshot ({len(ids)}) has a newer copy from the same "
                "server and project in a later snapshot, or a correction made in another "
                "source replaces it (task meta): it is history and not checked",
                Location(file=name),
                "info",
            )
            continue
        found = validate_snapshot(
            path,
            codebook,
            documents,
            display_name=name,
            check_predictions=check_predictions,
            progress=progress,
            only_tasks=now if ids and now != ids else None,
            cache=store,
        )
        report.extend(found.issues)
        in_annotations = [i for i in found.errors if i.location.annotation is not None]
        if in_annotations:
            report.add(
                "snapshot.fix-in-label-studio",
                f"{len(in_annotations)} error(s) above are in current annotations of this "
                "snapshot: correct them in Label Studio, then run `sahel-events pull`; the "
                "new snapshot supersedes this one, which is then no longer checked",
                Location(file=name),
                "info",
            )
    if store is not None:
        store.save()
    return report


def snapshot_paths(project: Project) -> list[Path]:
    """Every snapshot in the project's ``annotations/``, oldest first."""
    return snapshots.snapshot_paths(project.annotations)
