"""Where pre-annotation's rules spend their time: CPU milliseconds per article by stage.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_stages.py            # 120
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_stages.py --docs 40

The benchmark's synthetic articles (``bench_preannotate.article``) are parsed first; then
``Preannotator.predict_one`` runs on each parsed text with every stage it calls, and
the recognisers inside ``find_entities``, timed by process time. What it prints is the
rules' own cost (the parse is apart): the place to look before a speed change, and the
figures ``docs/preannotation.md`` gives with each version. Timers add a little to each
call; the total is that of the same run.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_preannotate

import sahel_events.preannotate.entities as entities
import sahel_events.preannotate.predict as predict
from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.ner import analyse

#: The stages ``predict_one`` calls by their names in ``predict``.
STAGES = (
    "find_entities", "find_nominals", "find_short_names", "link_arguments",
    "merge_mentions", "disambiguate", "factuality", "untold_triggers", "dependent",
    "idiom_triggers", "relabel", "recalled_triggers", "abduction",
)  # fmt: skip
#: The recognisers ``find_entities`` calls by their names in ``entities``.
RECOGNISERS = (
    "find_casualties", "find_dates", "_model_entities", "_cued_names", "find_facilities",
    "parsed_counts", "find_streets", "find_roads",
)  # fmt: skip


def _timed(module: Any, name: str, spent: dict[str, float], label: str) -> None:
    """Replace ``module.name`` (a module's function or an object's method) by a wrapper
    that adds its process time to ``spent[label]``."""
    inner: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    setattr(module, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120, help="articles (default 120)")
    args = parser.parse_args()
    annotator = predict.Preannotator(load_project_codebook(Path.cwd()))
    docs = [bench_preannotate.article(i) for i in range(args.docs)]
    list(annotator.predict(docs[:3]))  # load the model and the rule data
    analyses = list(analyse([(str(d["text"]), "fr") for d in docs]))
    spent: dict[str, float] = collections.defaultdict(float)
    for name in STAGES:
        _timed(predict, name, spent, name)
    for name in RECOGNISERS:
        _timed(entities, name, spent, f"  {name} (in find_entities)")
    _timed(annotator.registry, "find", spent, "  registry.find (in find_entities)")
    start = time.process_time()
    for doc, analysis in zip(docs, analyses, strict=True):
        annotator.predict_one(doc, analysis)
    total = (time.process_time() - start) / len(docs) * 1000
    print(f"{len(docs)} articles; rules {total:.1f} CPU ms per article (the parse apart)")
    staged = sum(v for k, v in spent.items() if not k.startswith(" "))
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{label:40s} {seconds / len(docs) * 1000:6.2f}")
    print(f"{'other':40s} {total - staged / len(docs) * 1000:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
