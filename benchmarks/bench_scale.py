"""Benchmark the back of the pipeline at scale: validate, compile and release.

    .venv/bin/python benchmarks/bench_scale.py                  # 1,000 / 10,000 / 100,000 tasks
    .venv/bin/python benchmarks/bench_scale.py --sizes 500,2000
    .venv/bin/python benchmarks/bench_scale.py --quick          # what CI runs (a few seconds)

For each size N a synthetic project is written once, streaming (never held whole): a
corpus ``documents.jsonl`` of N short attack reports and one snapshot of N tasks, one
document each, with one annotation of about 30 result items (an ASSAULT event with its
mode, contexts and factuality; a place, a date, two casualty counts and an actor with
their attributes and normalised values; five labelled relations; a document choice).

Then every stage runs in a fresh subprocess of its own, so that the peak resident size
of one (``ru_maxrss``) is not hidden by another's:

* ``floor``: the least any stage must do: parse every task and document with
  ``json.loads`` and write the same number of rows (one per region, relation,
  annotation and document, with their labels, offsets and text) with pyarrow in
  batches;
* ``validate``: :func:`sahel_events.validate.validate_snapshot` of the snapshot;
* ``compile``: :func:`sahel_events.compile.compile_dataset` (tables, checks, agreement);
* ``release``: compile, then write a release directory from it (Parquet tables,
  descriptors, card, figures, checksums), as ``sahel-events release`` does after
  validation;
* ``publish``: the release steps after the compile alone: a second release written
  from the table files of the one the ``release`` stage wrote (read a batch at a time,
  as compile's spill files are), so its peak is that of writing, hashing, the diff,
  the card, the figures and the CSV copy, without the compiled tables;
* ``check``: ``release check`` of the release the ``release`` stage wrote (written
  first, in a process of its own, if that stage did not run): checksums, schemas,
  rules and keys, the Data Package (frictionless), Croissant, everything but the
  rebuild (the synthetic project has no raw/ articles to rebuild from);
* ``incremental``: with the per-document cache filled by a full compile, one
  annotation changed, the compile again; its time against the full compile's, and the
  check that the tables' Parquet bytes are those of a full compile without cache;
* ``build``: what a user runs, ``sahel-events build``, end to end on a project of N
  article files in ``raw/`` and a snapshot of N annotated tasks (``buildproject.py``):
  a cold build (no ``work/``), a newer snapshot with one changed annotation, a warm
  build (the caches of the cold one under ``work/``), then ``work/`` deleted and a cold
  build of the same inputs; seconds per stage (ingest, validate, compile, write, diff),
  the warm build's wall and CPU time against the second cold build's, and whether the
  two wrote byte-identical files. The changed annotation is light (an event's
  certainty: one events row changes); then a third snapshot where one more annotation
  loses an event argument (rows of events, event_arguments and the flat view change)
  is built warm and cold the same way, and both ratios are printed.

Documents are looked up through an index of the corpus file
(:class:`sahel_events.ingest.corpusindex.CorpusIndex`: doc_id -> byte offset and the
digest of the line), so the corpus itself is not what the memory figures measure; the
incremental stage keeps the index in its cache directory, as a build keeps it under
``work/``.
Each row prints seconds and peak MiB next to the floor's and their ratios.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# benchmarks/ is on sys.path: the benchmarks run as scripts.
from figures import record
from synthetic import make_task

REPO = Path(__file__).resolve().parents[1]
STAGES = ("floor", "validate", "compile", "release", "publish", "check", "incremental", "build")
#: Where the release stage writes its release (a version-named directory, as a release is).
RELEASE = Path("releases") / "9.9.9"
SNAPSHOT = "sahel-events-20261201T000000Z-scale.json"
DOCUMENTS = "documents.jsonl"

TEXT = (
    "Gao, 3 mars 2025 - Au moins {n} soldats ont été tués lors d'une attaque contre le camp "
    "de Tessit, dimanche 2 mars, a annoncé l'état-major. Selon l'armée, 30 assaillants ont "
    "été tués et trois civils blessés. Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM) a "
    "revendiqué l'attaque dans un communiqué. Rapport {i}."
)


def _paths() -> None:
    for p in (REPO, REPO / "src"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))


# ---------------------------------------------------------------------------- input


def make_document(i: int) -> Any:
    """Document ``i`` of the synthetic corpus."""
    from tests.lsexport import make_document as make

    return make(f"doc-{i:06d}", TEXT.format(n=10 + i % 50, i=i))


def write_project(directory: Path, n: int, changed: int | None = None) -> Path:
    """Write the corpus and a snapshot of ``n`` tasks; ``changed``: that task's document
    relevance differs (the one changed annotation of the incremental rebuild)."""
    from sahel_events.ingest.documents import document_line

    directory.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "schema", directory / "schema", dirs_exist_ok=True)
    snapshot = directory / SNAPSHOT
    with (directory / DOCUMENTS).open("w", encoding="utf-8") as docs_out:
        for i in range(n):
            docs_out.write(document_line(make_document(i)))
    with snapshot.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for i in range(n):
            relevance = "not-relevant" if i == changed else "relevant"
            t = make_task(i, make_document(i), relevance)
            out.write(("," if i else "") + json.dumps(t, ensure_ascii=False) + "\n")
        out.write("]\n")
    return snapshot


def corpus(directory: Path, cache: Path | None = None) -> Any:
    """The corpus of ``directory`` read through its index (documents read when asked;
    with ``cache``, the index kept there, as an incremental build keeps it)."""
    from sahel_events.ingest.corpusindex import CorpusIndex

    return CorpusIndex(directory / DOCUMENTS, cache)


# ---------------------------------------------------------------------------- stages


def stage_floor(directory: Path) -> dict[str, Any]:
    """json.loads of every task and document, pyarrow writing as many rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("kind", pa.string()),
            ("id", pa.string()),
            ("label", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
        ]
    )
    rows: list[dict[str, Any]] = []
    written = 0
    with pq.ParquetWriter(directory / "floor.parquet", schema, compression="zstd") as writer:

        def flush() -> None:
            nonlocal rows, written
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
            written += len(rows)
            rows = []

        with (directory / DOCUMENTS).open(encoding="utf-8") as docs:
            for line in docs:
                d = json.loads(line)
                rows.append({"kind": "document", "id": d["doc_id"], "text": d["text"]})
                if len(rows) >= 4096:
                    flush()
        with (directory / SNAPSHOT).open(encoding="utf-8") as snap:
            for line in snap:
                line = line.lstrip(",").strip()
                if line in ("[", "]"):
                    continue
                t = json.loads(line)
                text = t["data"]["text"]
                for a in t["annotations"]:
                    rows.append({"kind": "annotation", "id": str(a["id"])})
                    for item in a["result"]:
                        v = item.get("value", {})
                        label = v.get("labels") or v.get("choices") or item.get("labels") or [""]
                        start, end = v.get("start"), v.get("end")
                        rows.append(
                            {
                                "kind": item["type"],
                                "id": item.get("id"),
                                "label": str(label[0]),
                                "start": start,
                                "end": end,
                                "text": text[start:end] if start is not None else None,
                            }
                        )
                if len(rows) >= 4096:
                    flush()
        flush()
    return {"rows": written}


def _codebook() -> Any:
    from sahel_events.codebook import load_project_codebook

    return load_project_codebook(REPO)


def stage_validate(directory: Path) -> dict[str, Any]:
    """validate_snapshot over the snapshot."""
    from sahel_events.validate import validate_snapshot

    report = validate_snapshot(directory / SNAPSHOT, _codebook(), corpus(directory))
    if report.errors:
        raise SystemExit(report.to_text()[-2000:])
    return {"issues": len(report)}


def _compile(directory: Path, cache: Path | None = None) -> Any:
    from sahel_events.compile import compile_dataset

    docs = corpus(directory, cache)
    result = compile_dataset(docs, [directory / SNAPSHOT], _codebook(), directory, cache=cache)
    if not result.report.valid:
        raise SystemExit(result.report.to_text()[-2000:])
    return result


def stage_compile(directory: Path) -> dict[str, Any]:
    """compile_dataset over the snapshot."""
    result = _compile(directory)
    return {"rows": {name: f.num_rows for name, f in result.files.items()}}


def stage_release(directory: Path) -> dict[str, Any]:
    """compile_dataset, then a release directory written from it."""
    from sahel_events.paths import Project
    from sahel_events.release.build import _write_release
    from sahel_events.release.pipeline import Compiled, _quiet

    result = _compile(directory)
    compiled = Compiled(
        project=Project(directory),
        codebook=_codebook(),
        snapshots=[directory / SNAPSHOT],
        documents=[],
        tables=dict(result.files),  # compile's spill files, read a batch at a time
        agreement=result.agreement,
        held_back=result.held_back,
        report=result.report,
        spill=result.spill,
    )
    out = directory / RELEASE
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = _write_release(out, compiled, RELEASE.name, None, None, _quiet)
    return {"rows": written.rows}


def stage_publish(directory: Path) -> dict[str, Any]:
    """A release written from the table files of the release stage's release."""
    from sahel_events.errors import Report
    from sahel_events.paths import Project
    from sahel_events.release.build import _write_release
    from sahel_events.release.pipeline import Compiled, _quiet

    if not (directory / RELEASE).is_dir():
        _child("--stage", "release", str(directory))  # its memory is not this process's
    files = {p.stem: p for p in sorted((directory / RELEASE / "data").glob("*.parquet"))}
    compiled = Compiled(
        project=Project(directory),
        codebook=_codebook(),
        snapshots=[directory / SNAPSHOT],
        documents=[],
        tables=files,
        agreement=None,
        held_back=[],
        report=Report(),
    )
    out = directory / "published" / RELEASE.name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    started = time.perf_counter()
    written = _write_release(out, compiled, RELEASE.name, None, None, _quiet)
    return {"rows": written.rows, "check_seconds": time.perf_counter() - started}


def stage_check(directory: Path) -> dict[str, Any]:
    """``release check`` (no rebuild) of the release the release stage wrote."""
    from sahel_events.release import check_release

    if not (directory / RELEASE).is_dir():
        _child("--stage", "release", str(directory))  # its memory is not this process's
    started = time.perf_counter()
    report = check_release(directory / RELEASE, None)
    errors = [f"{i.code} {i.message}" for i in report.errors]
    return {
        "errors": len(errors),
        "first_errors": errors[:3],
        "check_seconds": time.perf_counter() - started,
    }


def _table_digest(tables: Mapping[str, Any], scratch: Path) -> str:
    """The hash of the Parquet bytes a release would publish for ``tables``."""
    from sahel_events.parquet_io import write_table

    digest = hashlib.sha256()
    version = _codebook().version
    for name, table in tables.items():
        path = scratch / f"{name}.parquet"
        write_table(table, path, version, "9.9.9")
        digest.update(path.read_bytes())
        path.unlink()
    return digest.hexdigest()


def stage_incremental(directory: Path) -> dict[str, Any]:
    """Fill the cache, change one annotation, compile again; compare with no cache."""
    cache = directory / "work-cache"
    _compile(directory, cache)  # fills the cache
    n = int((directory / "n").read_text())
    changed = directory / "changed"
    write_project(changed, n, changed=n // 2)
    # The same corpus (one annotation changed, no document): the very file, through a
    # link, so that its kept index (by resolved path, size, time and inode) serves.
    (changed / DOCUMENTS).unlink()
    (changed / DOCUMENTS).symlink_to(directory / DOCUMENTS)
    # CPU seconds too: on a machine whose cores other jobs share, the wall clock of the
    # two builds depends on the load of each moment, their CPU time much less.
    started, cpu = time.perf_counter(), time.process_time()
    incremental = _compile(changed, cache)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    full = _compile(changed)
    full_seconds, full_cpu = time.perf_counter() - started, time.process_time() - cpu
    same = _table_digest(incremental.tables, directory) == _table_digest(full.tables, directory)
    return {
        # The machine's load while the two ran (other jobs on shared cores move the wall
        # clock of both, and their CPU time a little).
        "load_average": os.getloadavg()[0],
        "incremental_seconds": seconds,
        "full_seconds": full_seconds,
        "incremental_cpu": cpu_seconds,
        "full_cpu": full_cpu,
        "cache": incremental.cache_stats,
        "identical": same,
    }


def stage_build(directory: Path) -> dict[str, Any]:
    """Cold build, one changed annotation, warm build, cold build of the same inputs."""
    from buildproject import (
        SECOND,
        THIRD,
        dataset_digest,
        stand_in_release,
        timed_build,
        write_build_project,
        write_snapshot,
    )

    n = int((directory / "n").read_text())
    root = directory / "build-project"
    write_build_project(root, REPO, n)
    first = timed_build(root)  # no work/ yet: every cache is filled
    stand_in_release(root)  # the builds below diff against it
    # The light change: one event's certainty (one events row, its flat-view row).
    write_snapshot(root / "annotations" / SECOND, n, changed=n // 2)
    warm = timed_build(root)
    warm_files = dataset_digest(root)
    shutil.rmtree(root / "work")
    cold = timed_build(root)
    identical = dataset_digest(root) == warm_files
    # Rows change: one more annotation loses an event argument (the caches are the
    # cold build's of the light change, as after any build).
    write_snapshot(root / "annotations" / THIRD, n, changed=n // 2, unlinked=n // 3)
    rows_warm = timed_build(root)
    rows_files = dataset_digest(root)
    shutil.rmtree(root / "work")
    rows_cold = timed_build(root)
    return {
        "first": first,
        "warm": warm,
        "cold": cold,
        "identical": identical,
        "files": len(warm_files),
        "rows_warm": rows_warm,
        "rows_cold": rows_cold,
        "rows_identical": dataset_digest(root) == rows_files,
    }


def run_stage(stage: str, directory: Path) -> dict[str, Any]:
    """Run one stage in this (fresh) process: its figures, seconds and peak RSS."""
    _paths()
    started = time.perf_counter()
    figures = globals()[f"stage_{stage}"](directory)
    figures["seconds"] = time.perf_counter() - started
    figures["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


# ---------------------------------------------------------------------------- driver


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"},
    )
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    out = done.stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _record(path: str | None, n: int, stage: str, m: dict[str, Any], floor: dict[str, Any]) -> None:
    """Hand one row to bench_all: a stage against the floor; the incremental rebuild
    against the full compile of the same snapshot in the same process."""
    ratio = m["maxrss_mib"] / floor["maxrss_mib"]
    peak = f"peak {ratio:.2f}x the floor's {floor['maxrss_mib']:.0f} MiB"
    if stage == "build":
        # The light change (a certainty) and one that edits rows (an argument removed).
        for prefix, change in (
            ("", "one changed annotation"),
            ("rows_", "an event argument removed"),
        ):
            warm, cold = m[f"{prefix}warm"], m[f"{prefix}cold"]
            record(
                path,
                "scale",
                f"sahel-events build after {change} in {n:,} tasks and articles",
                warm["seconds"],
                "s",
                floor=cold["seconds"],
                peak_mib=m["maxrss_mib"],
                cpu={"own": warm["cpu"], "workers": []},
                note=(
                    f"floor: a cold build of the same inputs; by CPU time {warm['cpu']:.2f} / "
                    f"{cold['cpu']:.2f} s = {warm['cpu'] / cold['cpu']:.3f}; files "
                    + ("identical" if m[f"{prefix}identical"] else "DIFFERENT")
                ),
            )
        return
    if stage == "incremental":
        same = "identical" if m["identical"] else "DIFFERENT"
        record(
            path,
            "scale",
            f"incremental rebuild, one changed annotation in {n:,} tasks",
            m["incremental_seconds"],
            "s",
            floor=m["full_seconds"],
            peak_mib=m["maxrss_mib"],
            cpu={"own": m["incremental_cpu"], "workers": []},
            note=(
                f"floor: full compile; by CPU time {m['incremental_cpu']:.2f} / "
                f"{m['full_cpu']:.2f} s = {m['incremental_cpu'] / m['full_cpu']:.3f}; "
                f"{m['cache']['misses']} task(s) compiled, tables {same}"
            ),
        )
        return
    record(
        path,
        "scale",
        f"{stage} of {n:,} tasks",
        m.get("check_seconds", m["seconds"]),  # check: not the release written before it
        "s",
        floor=floor["seconds"],
        peak_mib=m["maxrss_mib"],
        note=peak,
    )


def _build_note(m: dict[str, Any]) -> str:
    """The build stage's figures: each build's stages, the warm/cold ratios."""
    from buildproject import STAGE_NAMES

    lines = []
    for run in ("first", "warm", "cold", "rows_warm", "rows_cold"):
        b = m[run]
        parts = ", ".join(
            f"{s} {b['stages'][s]:.2f} (CPU {b['stages_cpu'][s]:.2f})" for s in STAGE_NAMES
        )
        lines.append(f"{run}: {b['seconds']:.2f} s (CPU {b['cpu']:.2f} s): {parts}")
    for label, run in (("certainty changed", ""), ("argument removed", "rows_")):
        warm, cold = m[f"{run}warm"], m[f"{run}cold"]
        same = m[f"{run}identical"]
        lines.append(
            f"{label}: warm / cold of the same inputs: wall "
            f"{warm['seconds'] / cold['seconds']:.3f}, CPU {warm['cpu'] / cold['cpu']:.3f}; "
            f"{m['files']} files " + ("byte-identical" if same else "DIFFERENT")
        )
    return "\n        ".join(lines)


def main() -> None:
    """Measure each size and stage in its own process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="task counts")
    parser.add_argument("--stages", default=",".join(STAGES), help="stages to run")
    parser.add_argument("--quick", action="store_true", help="sizes 200,1000: for CI")
    parser.add_argument(
        "--incremental-at", type=int, default=10_000, help="the size of the incremental stage"
    )
    parser.add_argument("--build-at", type=int, default=10_000, help="the size of the build stage")
    parser.add_argument("--figures", help="also append each figure to this file (bench_all)")
    parser.add_argument("--generate", nargs=2, help=argparse.SUPPRESS)  # child: N DIR
    parser.add_argument("--stage", nargs=2, help=argparse.SUPPRESS)  # child: STAGE DIR
    args = parser.parse_args()
    _paths()
    if args.generate:
        n, where = int(args.generate[0]), Path(args.generate[1])
        write_project(where, n)
        (where / "n").write_text(str(n))
        print(json.dumps({"bytes": (where / SNAPSHOT).stat().st_size}))
        return
    if args.stage:
        print(json.dumps(run_stage(args.stage[0], Path(args.stage[1]))))
        return
    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    stages = [s for s in args.stages.split(",") if s]
    requested = set(stages)
    if "floor" not in stages:
        stages.insert(0, "floor")
    print(
        f"{'tasks':>7} {'MiB in':>7} {'stage':<11} {'seconds':>8} {'× floor':>8} "
        f"{'peak MiB':>9} {'× floor':>8}  note"
    )
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            where = Path(tmp)
            size = _child("--generate", str(n), tmp)["bytes"] / 2**20
            floor: dict[str, Any] = {}
            incremental_at = 1000 if args.quick else args.incremental_at
            build_at = 200 if args.quick else args.build_at
            for stage in stages:
                if stage == "incremental" and n != incremental_at:
                    continue
                if stage == "build" and n != build_at:
                    continue
                m = _child("--stage", stage, tmp)
                if stage == "floor":
                    floor = m
                note = ""
                seconds = m["seconds"]
                if stage in ("check", "publish"):
                    seconds = m["check_seconds"]
                    if stage == "check":
                        note = f"{m['errors']} error(s) " + "; ".join(m["first_errors"])
                if stage == "incremental":
                    seconds = m["incremental_seconds"]
                    note = (
                        f"one changed annotation: {seconds / m['full_seconds']:.3f} of a full "
                        f"compile ({m['full_seconds']:.1f} s); by CPU time "
                        f"{m['incremental_cpu']:.1f} / {m['full_cpu']:.1f} s = "
                        f"{m['incremental_cpu'] / m['full_cpu']:.3f}; {m['cache']['misses']} task "
                        "compiled, tables "
                        + ("identical" if m["identical"] else "DIFFERENT from a full compile")
                        + f"; load average {m['load_average']:.1f}"
                    )
                if stage == "build":
                    seconds = m["warm"]["seconds"]
                    note = _build_note(m)
                print(
                    f"{n:>7} {size:>7.1f} {stage:<11} {seconds:>8.2f} "
                    f"{seconds / floor['seconds']:>8.2f} {m['maxrss_mib']:>9.0f} "
                    f"{m['maxrss_mib'] / floor['maxrss_mib']:>8.2f}  {note}",
                    flush=True,
                )
                if stage in requested:  # the floor too only when asked for
                    _record(args.figures, n, stage, m, floor)
            del where


if __name__ == "__main__":
    main()
