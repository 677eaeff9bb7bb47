"""Build a release (``build/<VERSION>/``) or the scratch dataset (``work/dataset/``).

A release directory appears whole or not at all: everything is written into a
temporary directory inside ``build/`` and renamed into place at the end (a rename
within one file system is atomic); on any failure the temporary directory is removed.
A version that exists is never rebuilt in place, and a version must be greater than the
latest release. Every file is a function of the recorded inputs only (no clock, no
host name), so building twice from the same inputs gives the same bytes.
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .. import jsonread, stopping
from ..annotation.snapshots import snapshot_corrections
from ..errors import InvalidDataError, Location, Report, UsageError
from ..files import atomic_path, sha256_file, write_text_atomic
from ..gcpause import with_fewer_collections
from ..paths import CODEBOOK_FILE, Project
from ..tablefile import SpilledTable
from ..tables import LIST_SEPARATOR, TABLES, frictionless_schema
from . import semver
from .agreementfile import AGREEMENT_FILE, agreement_or_empty
from .batches import TableSource, iter_batches, iter_rows, num_rows, schema_of
from .card import rai_fields, render_card
from .descriptors import TableFile, croissant, datapackage
from .diff import diff_releases, render_changes
from .figures import write_figures
from .manifest import (
    CODEBOOK_COPY,
    MANIFEST_FILE,
    build_manifest,
    created_from_inputs,
    input_entries,
)
from .pipeline import Compiled, Progress, _quiet, compile_project
from .reasons import add_reasons
from .stats import summarize
from .sums import write_sums
from .tablereuse import Kept, TableReuse
from .texts import withheld_documents, withhold_rows

DATA_DIR = "data"
CONTENT_HASHES = "content-hashes.json"
SCORES_FILE = "preannotation-scores.json"
#: The scratch dataset of ``sahel-events build``, under the project's work/ directory.
DATASET_DIR = "dataset"
#: Written into the Parquet metadata of the scratch dataset in place of a version.
UNRELEASED = "unreleased"


@dataclass
class ReleaseResult:
    """A release that was written."""

    version: str
    path: Path
    previous: str | None
    rows: dict[str, int]
    content_hashes: dict[str, str]
    diff_summary: dict[str, dict[str, int]]
    summary: dict[str, Any]
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (what ``release --json`` prints)."""
        return {
            "version": self.version,
            "path": str(self.path),
            "previous": self.previous,
            "rows": self.rows,
            "content_hashes": self.content_hashes,
            "diff": self.diff_summary,
            "summary": self.summary,
            "report": self.report.as_dict(),
        }


def write_json(path: Path, data: Any) -> None:
    """Write JSON the one way every release file is written (stable bytes).

    Encoded piece by piece into the file (the bytes of ``json.dumps`` with the same
    options): a large diff is never one string in memory as well as its lists."""
    encoder = json.JSONEncoder(indent=2, ensure_ascii=False)
    write_text_atomic(path, itertools.chain(encoder.iterencode(data), ["\n"]))


def ordered(tables: Mapping[str, pa.Table]) -> list[str]:
    """Table names in the published order (documents first)."""
    return [t.name for t in TABLES if t.name in tables]


def table_files(release_dir: Path) -> dict[str, Path]:
    """The Parquet file of each table of a release (or of the scratch dataset), by name."""
    data = release_dir / DATA_DIR
    names = [t.name for t in TABLES if (data / f"{t.name}.parquet").is_file()]
    return {name: data / f"{name}.parquet" for name in names}


def same_content(release_dir: Path, hashes: Mapping[str, str]) -> set[str]:
    """The tables whose content hash in ``hashes`` is the one the release (or dataset)
    at ``release_dir`` records: their rows need no comparing (a release without the
    file, or with one that is not an object, has none in common)."""
    try:
        recorded = jsonread.load_path(release_dir / CONTENT_HASHES)
    except (OSError, ValueError):
        return set()
    if not isinstance(recorded, dict):
        return set()
    return {name for name, value in hashes.items() if recorded.get(name) == value}


def read_tables(release_dir: Path) -> dict[str, pa.Table]:
    """The tables of a release (or of the scratch dataset), by name."""
    from ..parquet_io import read_table

    data = release_dir / DATA_DIR
    names = [t.name for t in TABLES if (data / f"{t.name}.parquet").is_file()]
    return {name: read_table(data / f"{name}.parquet") for name in names}


def _write_tables(
    root: Path,
    compiled: Compiled,
    release_version: str,
    say: Progress,
    withhold: bool = True,
    reuse: TableReuse | None = None,
) -> tuple[list[TableFile], dict[str, Path], dict[str, str]]:
    """Write every table; return the files, the paths written, their content hashes.

    ``reuse``: a table whose file the last scratch build wrote byte for byte as this
    one would is taken from there instead (:mod:`.tablereuse`).

    Each table leaves ``compiled.tables`` once it is written.

    The texts whose licence does not allow redistribution are left out (``withhold``,
    :mod:`.texts`); only the rebuild of a release from before that rule turns it off.
    The steps after this one read the written files back a batch at a time
    (:mod:`.batches`), never whole: what they describe is what a reader gets.
    """
    from ..hashmemo import CACHE_DIR, memoised_content_hash

    memo = compiled.project.work / CACHE_DIR if compiled.cache else None
    files: list[TableFile] = []
    written: dict[str, Path] = {}
    hashes: dict[str, str] = {}
    tables = dict(compiled.tables)
    withheld = _withheld(tables) if withhold else pa.array([], pa.string())
    for name in ordered(tables):
        rel = f"{DATA_DIR}/{name}.parquet"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        csv = root / DATA_DIR / f"{name}.csv" if name in CSV_COPIES else None
        source = tables.pop(name)
        versions = (compiled.codebook.version, release_version)
        key = None
        if reuse is not None and isinstance(source, SpilledTable):
            key = reuse.key(name, source.path, source.schema, versions, withheld)
        kept = reuse.take(key, name, path, csv) if reuse is not None and key else None
        if kept is None:
            _write_one(name, source, path, withheld, *versions)
        del source
        # Written: the compiled table is dropped (every later step reads the file), so
        # the steps after this one do not hold the tables beside what they read.
        compiled.tables.pop(name, None)
        # Hash what a reader gets back, not what we meant to write (read in batches);
        # a build remembers it by the file's bytes (work/content-hash-cache/).
        sha256 = kept.sha256 if kept else sha256_file(path)
        hashes[name] = kept.content_hash if kept else memoised_content_hash(path, sha256, memo)
        written[name] = path
        rows = num_rows(path)
        files.append(TableFile(name, rel, path.stat().st_size, sha256, rows, schema_of(path)))
        say(f"{'kept' if kept else 'wrote'} {rel} ({rows} rows)")
        if csv is not None and kept is None:
            write_csv_copy(path, csv)
        if csv is not None:
            say(f"{'kept' if kept else 'wrote'} {DATA_DIR}/{csv.name}")
        if reuse is not None and key and kept is None:
            csv_sha256 = sha256_file(csv) if csv is not None else None
            reuse.record(key, Kept(sha256, hashes[name], csv_sha256))
    if compiled.spill is not None and not compiled.tables:
        compiled.spill.cleanup()  # every table is written: compile's spill files go
    return files, written, hashes


def _withheld(tables: Mapping[str, TableSource]) -> pa.Array:
    """The ids of the documents whose texts a release leaves out (:mod:`.texts`)."""
    documents = tables.get("documents")
    if documents is None or "text_published" not in schema_of(documents).names:
        return pa.array([], pa.string())
    ids = [
        doc_id
        for batch in iter_batches(documents, ["doc_id", "text_published"])
        for doc_id in withheld_documents(pa.Table.from_batches([batch]))
    ]
    return pa.array(ids, pa.string())


def _write_one(
    name: str,
    table: TableSource,
    path: Path,
    withheld: pa.Array,
    codebook_version: str,
    release_version: str,
) -> None:
    """Write one table, its withheld texts left out; a table in a file a batch at a time
    (the writer cuts the row groups as a whole-table write does: the same bytes)."""
    from ..parquet_io import TableWriter, write_table

    if isinstance(table, pa.Table):
        write_table(withhold_rows(name, table, withheld), path, codebook_version, release_version)
        return
    with TableWriter(path, schema_of(table), codebook_version, release_version) as writer:
        for batch in iter_batches(table):
            writer.write(withhold_rows(name, pa.Table.from_batches([batch]), withheld))


#: Tables also written as CSV, for R and Stata users (UTF-8, a header, ISO dates, empty
#: for null, true/false, lists joined by ';'): the flat event view.
CSV_COPIES = ("events_flat",)


def _csv_ready(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    """``batch`` with each list column as its items joined by ';' (CSV has no lists)."""
    table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            joined = pc.binary_join(table.column(i), LIST_SEPARATOR)
            table = table.set_column(i, f.name, joined)
    return table


def write_csv_copy(table: TableSource, path: Path) -> None:
    """Write ``table`` (in memory or its Parquet file) as CSV, a batch at a time.

    Deterministic: the same rows give the same bytes, whatever the batch size (the CSV
    writer writes the header once, then each batch's lines).
    """
    import pyarrow.csv as pacsv

    options = pacsv.WriteOptions(quoting_style="needed")
    schema = _csv_ready(schema_of(table).empty_table()).schema
    with atomic_path(path) as tmp, pacsv.CSVWriter(tmp, schema, write_options=options) as writer:
        for batch in iter_batches(table):
            writer.write_table(_csv_ready(batch))


def _load_scores(scores: Path | None) -> dict[str, Any] | None:
    if scores is None:
        return None
    try:
        data = jsonread.load_path(scores)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the scores file {scores}: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"the scores file {scores} must hold a JSON object")
    return data


def _check_version(
    build_dir: Path, version: str
) -> tuple[semver.Version, tuple[semver.Version, Path] | None]:
    try:
        wanted = semver.Version.parse(version)
    except ValueError as exc:
        raise UsageError(f"cannot release: {exc}") from None
    target = build_dir / version
    if target.exists():
        raise UsageError(
            f"{target} already exists: a published version is never rebuilt in place; "
            "release a new version"
        )
    latest = semver.latest_release(build_dir)
    if latest is not None and wanted <= latest[0]:
        raise UsageError(
            f"version {wanted} is not greater than the latest release {latest[0]} in "
            f"{build_dir}; release a greater version"
        )
    return wanted, latest


def _check_schema_rules(
    compiled: Compiled, wanted: semver.Version, previous: tuple[semver.Version, Path]
) -> Report:
    """SemVer rules against the previous release; raises nothing, reports."""

    def schemas() -> tuple[semver.TableSchemas, semver.TableSchemas]:
        new = semver.schemas_of(
            {n: schema_of(t) for n, t in compiled.tables.items()},
            {n: frictionless_schema(n, compiled.codebook) for n in compiled.tables},
        )
        return semver.release_schemas(previous[1]), new

    return semver.check_against_previous(
        previous, wanted, compiled.codebook.version, schemas, Location(file=CODEBOOK_FILE)
    )


@with_fewer_collections
def build_release(
    project: Project,
    version: str,
    out_dir: Path | None = None,
    *,
    progress: Progress | None = None,
    scores: Path | None = None,
) -> ReleaseResult:
    """Compile the project and write the release ``<out_dir>/<version>/`` whole or not at all.

    ``out_dir`` is the directory of releases (default: the project's ``build/``); the
    previous release is the latest one in it. ``progress`` is told each step and each
    file written (an exception it raises aborts the build, leaving nothing behind).
    ``scores`` is a JSON file of pre-annotation scores to show in the card.

    Raises :class:`UsageError` for a version that is not ``MAJOR.MINOR.PATCH``, exists,
    or is not greater than the latest release; :class:`InvalidDataError` (with the
    report) when the inputs are invalid or the schema changed more than the version
    allows.
    """
    say = progress or _quiet
    build_dir = (out_dir if out_dir is not None else project.build).resolve()
    wanted, latest = _check_version(build_dir, version)
    score_data = _load_scores(scores)
    compiled = compile_project(project, say)
    if latest is not None:
        rules = _check_schema_rules(compiled, wanted, latest)
        if not rules.valid:
            raise InvalidDataError(
                f"release {version} refused: the schema changed more than the version "
                f"allows since {latest[0]}",
                rules,
            )
    build_dir.mkdir(parents=True, exist_ok=True)
    for name in clean_interrupted(build_dir):
        say(f"removed {name}, left by an interrupted release")
    prefix = _tmp_prefix(version)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=build_dir))
        result = _write_release(tmp, compiled, version, latest, score_data, say)
        say(f"publishing {build_dir / version}")
        stopping.check()  # a SIGTERM whose exception was lost still stops it here
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a release is for everyone to read
        try:
            os.rename(tmp, build_dir / version)
        except OSError:
            if (build_dir / version).exists():  # another run published it meanwhile
                raise UsageError(
                    f"{build_dir / version} appeared while this release was being built; "
                    "a published version is never replaced"
                ) from None
            raise
    except BaseException:
        _remove_own_scratch(build_dir, prefix)
        raise
    result.path = build_dir / version
    return result


def _write_release(
    root: Path,
    compiled: Compiled,
    version: str,
    latest: tuple[semver.Version, Path] | None,
    scores: dict[str, Any] | None,
    say: Progress,
    withhold: bool = True,
) -> ReleaseResult:
    codebook = compiled.codebook
    files, tables, hashes = _write_tables(root, compiled, version, say, withhold)
    created = created_from_inputs(compiled.snapshots, tables)
    previous = str(latest[0]) if latest else None

    copy = root / CODEBOOK_COPY
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(compiled.project.root / CODEBOOK_FILE, copy)
    say(f"wrote {CODEBOOK_COPY}")
    write_json(root / CONTENT_HASHES, hashes)
    say(f"wrote {CONTENT_HASHES}")

    # The previous release's tables as files: the diff reads one table at a time.
    old_tables = table_files(latest[1]) if latest else None
    keys = {t.name: list(t.primary_key) for t in TABLES}
    same = same_content(latest[1], hashes) if latest else set()
    diff = diff_releases(old_tables, tables, keys, previous, version, same)
    explained = add_reasons(diff, old_tables, tables, snapshot_corrections(compiled.snapshots))
    write_json(root / "diff.json", diff)
    write_text_atomic(root / "CHANGES.md", render_changes(diff, explained=explained))
    say("wrote diff.json, CHANGES.md")

    summary = summarize(tables)
    agreement = agreement_or_empty(compiled.agreement)
    write_json(root / AGREEMENT_FILE, agreement)
    say(f"wrote {AGREEMENT_FILE}")
    figures = write_figures(root, tables, agreement)
    say(f"wrote {len(figures)} figure(s)")
    write_json(root / "datapackage.json", datapackage(files, codebook, version, created))
    rai = rai_fields(codebook, summary, agreement)
    write_json(root / "croissant.json", croissant(files, codebook, version, created, rai))
    say("wrote datapackage.json, croissant.json")

    # Hashes already computed, so SHA256SUMS does not read these files again.
    known = {f.path: f.sha256 for f in files}
    scores_entry = None
    if scores is not None:
        write_json(root / SCORES_FILE, scores)
        known[SCORES_FILE] = sha256_file(root / SCORES_FILE)
        scores_entry = {"copy": SCORES_FILE, "sha256": known[SCORES_FILE]}
    manifest = build_manifest(
        version=version,
        previous=previous,
        codebook=codebook,
        created=created,
        inputs=input_entries(compiled.project, compiled.snapshots, codebook, compiled.reviews),
        tables={
            f.name: {
                "path": f.path,
                "rows": f.rows,
                "bytes": f.bytes,
                "sha256": f.sha256,
                "content_hash": hashes[f.name],
            }
            for f in files
        },
        scores=scores_entry,
    )
    card = render_card(
        files=files,
        codebook=codebook,
        version=version,
        created=created,
        summary=summary,
        agreement=agreement,
        held_back=compiled.held_back,
        manifest=manifest,
        diff_summary=diff["summary"],
        previous=previous,
        scores=scores,
        figures=figures,
        documents=list(
            iter_rows(
                tables["documents"],
                ["doc_id", "source", "url", "published", "license", "text_published"],
            )
        ),
    )
    write_text_atomic(root / "README.md", card)
    say("wrote README.md")
    write_json(root / MANIFEST_FILE, manifest)
    say(f"wrote {MANIFEST_FILE}")
    write_sums(root, known)
    say("wrote SHA256SUMS")
    return ReleaseResult(
        version=version,
        path=root,
        previous=previous,
        rows={f.name: f.rows for f in files},
        content_hashes=hashes,
        diff_summary=diff["summary"],
        summary=summary,
        report=compiled.report,
    )


# ---------------------------------------------------------------------------- scratch build


@dataclass
class DatasetResult:
    """The scratch dataset ``build`` wrote, and how it compares with the latest release."""

    path: Path
    rows: dict[str, int]
    content_hashes: dict[str, str]
    summary: dict[str, Any]
    latest: str | None
    same_as_latest: bool | None
    diff_summary: dict[str, dict[str, int]]
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (what ``build --json`` prints)."""
        return {
            "path": str(self.path),
            "rows": self.rows,
            "content_hashes": self.content_hashes,
            "summary": self.summary,
            "latest_release": self.latest,
            "same_as_latest_release": self.same_as_latest,
            "diff_against_latest": self.diff_summary,
            "report": self.report.as_dict(),
        }


@with_fewer_collections
def build_dataset(project: Project, progress: Progress | None = None) -> DatasetResult:
    """Rebuild the dataset from the repository into ``work/dataset/`` (replaced whole).

    Same pipeline as a release (ingest, validate, compile, check), but the output is a
    scratch directory, never a published version: the tables, their content hashes, a
    summary, the agreement between annotators, and the diff against the latest release
    in ``build/``.
    """
    say = progress or _quiet
    compiled = compile_project(project, say)
    work = project.work
    work.mkdir(parents=True, exist_ok=True)
    target = work / DATASET_DIR
    for name in clean_interrupted(work):
        say(f"removed {name}, left by an interrupted build")
    prefix = _tmp_prefix(DATASET_DIR)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=work))
        reuse = None
        if compiled.cache:
            from ..hashmemo import CACHE_DIR as MEMO

            reuse = TableReuse(work / MEMO, target)
        files, tables, hashes = _write_tables(tmp, compiled, UNRELEASED, say, reuse=reuse)
        summary = summarize(tables)
        latest = semver.latest_release(project.build)
        same: bool | None = None
        diff_summary: dict[str, dict[str, int]] = {}
        if latest is not None:
            recorded = jsonread.load_path(latest[1] / CONTENT_HASHES)
            same = recorded == hashes
            diff = diff_releases(
                table_files(latest[1]),
                tables,
                {t.name: list(t.primary_key) for t in TABLES},
                str(latest[0]),
                UNRELEASED,
                same_content(latest[1], hashes),
            )
            diff_summary = diff["summary"]
            write_json(tmp / "diff.json", diff)
        write_json(tmp / CONTENT_HASHES, hashes)
        write_json(tmp / "summary.json", summary)
        write_json(tmp / AGREEMENT_FILE, agreement_or_empty(compiled.agreement))
        os.chmod(tmp, 0o755)
        _replace_dir(tmp, target)
    except BaseException:
        _remove_own_scratch(work, prefix)
        raise
    if compiled.cache_use is not None:  # built: the cache entries it did not use go
        from ..workcache import prune_after_build

        used = [f.sha256 for f in files] + sorted(reuse.used if reuse is not None else ())
        prune_after_build(work, compiled.cache_use, used, say)
    return DatasetResult(
        path=target,
        rows={f.name: f.rows for f in files},
        content_hashes=hashes,
        summary=summary,
        latest=str(latest[0]) if latest else None,
        same_as_latest=same,
        diff_summary=diff_summary,
        report=compiled.report,
    )


#: ``.<name>.tmp-<pid>-<random>`` (and ``.old-``): where a build writes before the rename.
#: Names without the pid were written by earlier versions.
INTERRUPTED = re.compile(r"^\.(?P<name>.+)\.(?:tmp|old)-(?:(?P<pid>\d+)-)?[^/]*$")


def _tmp_prefix(name: str, kind: str = "tmp") -> str:
    return f".{name}.{kind}-{os.getpid()}-"


def _remove_own_scratch(parent: Path, prefix: str) -> None:
    """Remove this process's scratch directories named ``prefix*`` in ``parent``.

    By name, not by the path ``mkdtemp`` returned: a Ctrl-C or SIGTERM can arrive after
    ``mkdtemp`` made the directory and before it returned, and the directory must go too.
    The prefix holds this process's id, so no other build's directory matches.
    """
    for path in parent.glob(glob.escape(prefix) + "*"):
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def clean_interrupted(directory: Path) -> list[str]:
    """Remove what interrupted builds left in ``directory``; return the names removed.

    A build killed by SIGKILL (or a power cut) cannot remove its temporary directory;
    the next build does, unless the process that made it is still running (a build in
    progress beside this one).
    """
    removed = []
    for path in sorted(directory.iterdir()) if directory.is_dir() else []:
        match = INTERRUPTED.match(path.name)
        if match is None or not path.is_dir() or path.is_symlink():
            continue
        pid = match.group("pid")
        if pid is not None and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path.name)
    return removed


def _replace_dir(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``, removing what was there (two renames, then a delete)."""
    stopping.check()  # the point of no return (module stopping)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=_tmp_prefix(target.name, "old"), dir=target.parent))
        os.rename(target, old / target.name)
    os.rename(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
