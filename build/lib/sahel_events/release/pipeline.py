"""The pipeline shared by ``build``, ``release`` and the rebuild of ``release check``.

ingest raw/ -> select the snapshots in annotations/ -> validate them -> compile the
tables -> check the tables. Any error stops it with an :class:`InvalidDataError` that
carries the whole report (warnings included), so a person fixes everything in one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..codebook import Codebook, load_project_codebook
from ..errors import InvalidDataError, Location, Report, UsageError
from ..gcpause import with_fewer_collections
from ..paths import Project
from ..tablefile import SPILL_DIR, SpillDir
from ..workcache import CacheUse
from .batches import TableSource, iter_batches, schema_of

Progress = Callable[[str], None]
"""Told what the pipeline is doing, one line at a time (the CLI prints it to stderr)."""


def _quiet(message: str) -> None:
    """The default progress callback: say nothing."""


def select_snapshots(project: Project) -> list[Path]:
    """Every export snapshot in ``annotations/``, oldest first."""
    from ..annotation.snapshots import snapshot_paths

    return snapshot_paths(project.annotations)


@dataclass
class Compiled:
    """What the pipeline produced: the tables and everything the release describes."""

    project: Project
    codebook: Codebook
    snapshots: list[Path]
    documents: list[Any]
    # The compiled tables: compile's spill files (read a batch at a time), or tables in
    # memory (tests, benchmarks).
    tables: dict[str, TableSource]
    agreement: dict[str, Any] | None
    held_back: list[Any]  # documents left out of the tables, with the reason
    report: Report  # warnings and notes of every stage
    reviews: list[Path] = field(default_factory=list)  # incident review snapshots
    # Where the spill files of ``tables`` are: removed once every table is written.
    spill: SpillDir | None = None
    # Whether the stages kept and reused their work under work/ (the writer then
    # remembers the content hash of each table file there too: hashmemo.py).
    cache: bool = False
    # What the stages used of each cache under work/ (None without ``cache``): a build
    # removes the rest once it succeeds (sahel_events.workcache.prune).
    cache_use: CacheUse | None = None

    def whole_tables(self) -> dict[str, pa.Table]:
        """Every table in memory (for the small steps that need whole tables)."""
        return {
            name: pa.Table.from_batches(list(iter_batches(t)), schema=schema_of(t))
            for name, t in self.tables.items()
        }


@with_fewer_collections
def compile_project(
    project: Project, progress: Progress | None = None, *, cache: bool = True
) -> Compiled:
    """Ingest, validate and compile what is in the project now.

    ``cache``: keep what each stage made of each input under ``work/`` and reuse it for
    the inputs that did not change; the tables and the report are the same. Ingest: each
    raw file's document and near-duplicate signature in ``work/ingest-cache/``
    (:mod:`sahel_events.ingest.cache`); validation: each task's findings in
    ``work/validate-cache/`` (:mod:`sahel_events.validate.cache`); compile: rows per
    task in ``work/compile-cache/`` (:mod:`sahel_events.compile_cache`).

    Raises :class:`InvalidDataError` (exit 1) with the report when a raw file is
    rejected, a generated schema file is stale, a snapshot is invalid or the compiled
    tables break a rule; :class:`UsageError` when the project has no raw/ directory.
    """
    # Imported here: these stages are heavy and `sahel-events --help` must stay fast.
    from ..annotation.snapindex import CACHE_DIR as SNAPSHOT_INDEX
    from ..annotation.snapindex import SnapshotIndex
    from ..compile import compile_dataset
    from ..compile_cache import CACHE_DIR, state_name
    from ..generate import check_generated
    from ..ingest import ingest_corpus
    from ..ingest.cache import CACHE_DIR as INGEST_CACHE
    from ..ingest.cache import IngestCache
    from ..validate import validate_snapshots
    from ..validate.cache import CACHE_DIR as VALIDATE_CACHE
    from ..validate.cache import ValidationCache

    say = progress or _quiet
    use = CacheUse() if cache else None  # its clock starts before anything is cached
    codebook = load_project_codebook(project.root)
    if not project.raw.is_dir():
        raise UsageError(f"{project.raw} does not exist: a project keeps its articles in raw/")
    report = Report()
    report.extend(check_generated(project).issues)

    say(f"ingest: reading {project.raw}")
    store = IngestCache(project.work / INGEST_CACHE) if cache else None
    ingested = ingest_corpus(project.raw, project.root, cache=store)
    if use is not None and store is not None:
        use.ingest = store.used
    report.extend(ingested.report.issues)
    reused = ""
    if ingested.cache_stats is not None:
        reused = f" ({ingested.cache_stats['hits']} from {project.work / INGEST_CACHE})"
    say(
        f"ingest: {len(ingested.documents)} document(s){reused}, "
        f"{len(ingested.report.errors)} rejected"
    )

    snapshots = select_snapshots(project)
    if not snapshots:
        report.add(
            "release.no-snapshots",
            "annotations/ holds no export snapshot, so the tables are empty; pull one with "
            "`sahel-events pull`",
            Location(file="annotations/"),
            "warning",
        )
    say(f"validate: {len(snapshots)} snapshot(s) in {project.annotations}")
    # Predictions are suggestions, not data: their shortcomings are push's and
    # preannotate's business (validate reports them), not a release's.
    checked = None
    # Where each task of a snapshot read before is, shared by validation and compile:
    # a snapshot is read once, not once per pass (annotation/snapindex.py).
    index = SnapshotIndex(project.work / SNAPSHOT_INDEX) if cache else None
    if cache:
        checked = ValidationCache(
            project.work / VALIDATE_CACHE, codebook, check_predictions=False, with_documents=True
        )
        checked.known.index = index
        if use is not None:
            use.validate.add(checked.state_hash)
    validation = validate_snapshots(
        snapshots,
        project,
        check_predictions=False,
        codebook=codebook,
        corpus=ingested,
        cache=checked,
    )
    report.extend(validation.issues)
    reused = "" if checked is None else f" ({checked.hits} task(s) from {checked.directory})"
    say(
        f"validate: {len(validation.errors)} error(s), {len(validation) - len(validation.errors)} "
        f"warning(s) or note(s){reused}"
    )
    if not report.valid:
        raise InvalidDataError(
            f"the inputs are invalid ({len(report.errors)} error(s)); fix them and run again",
            report,
        )

    from ..incidents.review import read_reviews, review_snapshots

    reviewed = review_snapshots(project)
    reviews = read_reviews(reviewed, project.root)
    if reviewed:
        say(f"incidents: {len(reviews.reviews)} review(s) in {len(reviewed)} snapshot(s)")

    say("compile: building the tables")
    rows_cache = project.work / CACHE_DIR if cache else None
    if use is not None:
        use.compile.add(state_name(codebook))
    dataset = compile_dataset(
        ingested.documents,
        snapshots,
        codebook,
        project.root,
        cache=rows_cache,
        reviews=reviews,
        spill=project.work / SPILL_DIR,
        snapshot_index=index,
    )
    if use is not None and index is not None:
        index.settle()  # the snapshot just pulled is indexed for the next build too
        use.snapshots = index.used
    report.extend(dataset.report.issues)
    if dataset.cache_stats is not None:
        hits, misses = dataset.cache_stats["hits"], dataset.cache_stats["misses"]
        say(f"compile: {hits} task(s) from {rows_cache}, {misses} compiled")
    # compile_dataset has run the table checks (pandera rules, keys, offsets). The
    # tables stay in its spill files, which the release writer reads a batch at a time.
    tables: dict[str, TableSource] = dict(dataset.files)
    say("compile: " + ", ".join(f"{name} {t.num_rows}" for name, t in dataset.files.items()))
    if not report.valid:
        dataset.close()
        raise InvalidDataError(
            f"the compiled tables are invalid ({len(report.errors)} error(s))", report
        )
    return Compiled(
        project=project,
        codebook=codebook,
        snapshots=snapshots,
        documents=list(ingested.documents),
        tables=tables,
        agreement=dataset.agreement,
        held_back=list(dataset.held_back),
        report=report,
        reviews=reviewed,
        spill=dataset.spill,
        cache=cache,
        cache_use=use,
    )
