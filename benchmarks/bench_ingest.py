"""Benchmark ``ingest_corpus`` at sizes that used to take hours: one huge article, many
similar articles. Figures for docs/ingest.md.

    .venv/bin/python benchmarks/bench_ingest.py                     # 30 MB; 10,000 articles
    .venv/bin/python benchmarks/bench_ingest.py --mb 3 --articles 1000
    .venv/bin/python benchmarks/bench_ingest.py --quick             # 1 MB; 500 articles (CI)
    .venv/bin/python benchmarks/bench_ingest.py --workers 1,2       # similar articles on 2 too

The texts are synthetic: French sentences assembled from a small word list written for
this script, under a real dateline so that every check of ingest runs.

* **one huge article** of ``--mb`` MB: paragraphs of 40 to 80 words; every 40th
  paragraph repeats an earlier one (every 80th with one word changed, a near repeat),
  so the repeat finder has real work;
* **similar articles**: ``--articles`` articles of about 300 words, each the same story
  with a few words changed: every article is a near-duplicate of every other, the worst
  case for the comparison across the corpus.

Each case runs in a fresh subprocess and reports the wall time of ``ingest_corpus``, the
peak resident memory of the process, and, measured in the same process on the same
files, the *floor*: reading and normalising every file and nothing else (what any
ingest must do). The ratio ingest / floor is what the code adds on top of that. The
near-duplicate search over the corpus (MinHash candidates, then the exact Jaccard on
candidates only) is timed again on its own on the ingested texts, also as a ratio to the
floor. With ``--workers 1,2`` the similar articles are also ingested on a local Dask
cluster of 2 workers (started, and their language model loaded, before the clock
starts); the floor stays the one-process read and normalise. Each ingest also prints
the CPU seconds of this process and of each worker, files per CPU second and per CPU
second of the busiest process (``cpuclock.py``), which a busy machine does not distort.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cpuclock import CpuClock
from figures import record

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

DATELINE = "Bamako, 16 septembre 2025 - "
SUBJECTS = ["Les autorités", "Le gouverneur", "Un habitant", "La mission", "Le ministre",
            "Les élus locaux", "Un responsable", "Les forces armées", "Le préfet",
            "Une délégation"]  # fmt: skip
VERBS = ["ont annoncé", "a indiqué", "a confirmé", "ont rappelé", "a précisé", "ont déclaré",
         "a estimé", "ont assuré"]  # fmt: skip
OBJECTS = ["la reprise des travaux", "un nouveau calendrier", "la tenue d'une réunion",
           "le retour des familles", "une aide pour les écoles", "la réouverture du marché",
           "des patrouilles renforcées", "un accord sur les routes", "la fin de la saison",
           "le prix des céréales"]  # fmt: skip
PLACES = ["à Ségou", "dans la région de Mopti", "près de Kayes", "à Sikasso", "vers Koulikoro",
          "au nord de Tombouctou", "dans le cercle de Bla", "à San"]  # fmt: skip
TIMES = ["lundi", "mardi dernier", "en fin de semaine", "dans la matinée", "hier soir",
         "depuis le début du mois"]  # fmt: skip


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"{rng.choice(PLACES)} {rng.choice(TIMES)}, selon une source {rng.randint(1, 99999)}."
    )


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def huge_article(megabytes: float, seed: int = 1) -> str:
    """One article of about ``megabytes`` MB with exact and near repeats."""
    rng = random.Random(seed)
    paras = [DATELINE + paragraph(rng)]
    size = len(paras[0])
    while size < megabytes * 1_000_000:
        n = len(paras)
        if n % 80 == 0:
            words = rng.choice(paras[1:]).split(" ")
            words[len(words) // 2] = "modifié"
            text = " ".join(words)
        elif n % 40 == 0:
            text = rng.choice(paras[1:])
        else:
            text = paragraph(rng)
        paras.append(text)
        size += len(text.encode()) + 2
    return "\n\n".join(paras) + "\n"


def similar_articles(count: int, seed: int = 2) -> list[str]:
    """``count`` versions of one story of about 300 words, a few words changed in each."""
    rng = random.Random(seed)
    base = [DATELINE + paragraph(rng)] + [paragraph(rng) for _ in range(5)]
    words = "\n\n".join(base).split(" ")
    out = []
    for _ in range(count):
        edited = list(words)
        for _ in range(3):
            at = rng.randrange(10, len(edited))
            edited[at] = f"variante{rng.randint(1, 10**6)}"
        out.append(" ".join(edited) + "\n")
    return out


def write_case(case: str, root: Path, megabytes: float, articles: int) -> None:
    raw = root / "raw"
    raw.mkdir(parents=True)
    if case == "huge":
        (raw / "grand-article.txt").write_text(huge_article(megabytes), encoding="utf-8")
    else:
        for i, text in enumerate(similar_articles(articles)):
            (raw / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")


def _warm() -> str:
    """On a worker: build the language model, as the first file would."""
    from sahel_events.ingest.language import detect_language

    return detect_language("Le gouverneur a annoncé la reprise des travaux.")


def measure(root: Path, workers: int = 1) -> dict[str, Any]:
    """In this (fresh) process: the floor, then ingest; wall times and peak memory."""
    from sahel_events.cluster import open_runner
    from sahel_events.ingest import find_near_duplicates, ingest_corpus
    from sahel_events.ingest.normalise import normalise_bytes

    _warm()
    raw = root / "raw"
    files = sorted(raw.glob("*.txt"))
    started = time.perf_counter()
    chars = sum(len(normalise_bytes(path.read_bytes())) for path in files)
    floor = time.perf_counter() - started
    with open_runner(workers=workers) as runner:
        if workers > 1:
            runner.client.run(_warm)  # type: ignore[attr-defined]
        clock = CpuClock(getattr(runner, "client", None))
        clock.start()
        started = time.perf_counter()
        result = ingest_corpus(raw, root, runner=runner)
        wall = time.perf_counter() - started
        cpu = clock.stop()
    texts = {d.doc_id: d.text for d in result.documents}
    started = time.perf_counter()
    find_near_duplicates(texts)
    near = time.perf_counter() - started
    counts = result.counts
    return {
        "workers": workers,
        "near_duplicates_s": round(near, 2),
        "near_ratio": round(near / floor, 1),
        "files": len(files),
        "megabytes": round(sum(p.stat().st_size for p in files) / 1e6, 1),
        "characters": chars,
        "floor_s": round(floor, 2),
        "ingest_s": round(wall, 2),
        "ratio": round(wall / floor, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "ingested": counts["ingested"],
        "rejected": counts["rejected"],
        "repeated_paragraphs": counts["repeated_paragraphs"],
        "near_duplicate_pairs": counts["near_duplicate_pairs"],
        "report_lines": len(result.to_text().splitlines()),
        "cpu": cpu.as_dict(),
        "cpu_line": cpu.describe(len(files), "files"),
    }


def run_case(case: str, megabytes: float, articles: int, workers: int = 1) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        write_case(case, Path(tmp), megabytes, articles)
        out = subprocess.run(
            [sys.executable, __file__, "--measure", tmp, "--workers", str(workers)],
            check=True,
            capture_output=True,
            text=True,
        )
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=30, help="size of the huge article")
    parser.add_argument("--articles", type=int, default=10_000, help="similar articles")
    parser.add_argument(
        "--workers", default="1", help="worker counts for the similar articles ('1,2')"
    )
    parser.add_argument("--quick", action="store_true", help="1 MB and 500 articles (CI)")
    parser.add_argument("--figures", help="also append each figure to this file (bench_all)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), int(args.workers))))
        return
    if args.quick:
        args.mb, args.articles = 1, 500
    cases = [("huge", f"one {args.mb:g} MB article", 1)]
    cases += [
        ("similar", f"{args.articles} similar articles, {n} worker(s)", int(n))
        for n in args.workers.split(",")
    ]
    for case, label, workers in cases:
        f = run_case(case, args.mb, args.articles, workers)
        print(
            f"{label}: {f['files']} file(s), {f['megabytes']} MB; ingest {f['ingest_s']} s, "
            f"floor (read + normalise) {f['floor_s']} s, ratio {f['ratio']}x; peak RSS "
            f"{f['peak_rss_mb']} MB; {f['ingested']} ingested, {f['repeated_paragraphs']} "
            f"repeated paragraph(s), {f['near_duplicate_pairs']} near-duplicate pair(s), "
            f"{f['report_lines']} report line(s); near-duplicate search alone "
            f"{f['near_duplicates_s']} s ({f['near_ratio']}x the floor)"
        )
        print(f"  {f['cpu_line']}")
        record(
            args.figures,
            "ingest",
            f"{label} ({f['megabytes']} MB)",
            f["ingest_s"],
            "s",
            floor=f["floor_s"],
            peak_mib=f["peak_rss_mb"],
            cpu=f["cpu"],
            note=f"{f['ingested']} ingested, {f['near_duplicate_pairs']} near-duplicate pairs",
        )


if __name__ == "__main__":
    main()
