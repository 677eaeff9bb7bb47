"""The rules of two versions of pre-annotation, timed in turns in one process.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_versions.py --against ../main
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_versions.py --against ../main \\
        --docs 40 --turns 2

Across processes the CPU time of the same code wanders on a shared machine by more than
one speed change saves (``bench_preannotate.py`` run twice on one version differs by
several milliseconds per article). Here both versions run in one process: the other
checkout's ``src/sahel_events`` is copied into a temporary directory under another name
(``sahel_events_other``, its absolute imports renamed), both load their rule data, the
benchmark's articles (``bench_preannotate.article``) are parsed once by this checkout's
model, and each version's ``Preannotator.predict_one`` runs on the same analyses, in
turns. Printed: CPU milliseconds per article of each turn (the parse apart), their means,
and whether both versions give the same results on these articles (a change of rules
may change them; a speed change must not).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_preannotate

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.ner import analyse
from sahel_events.preannotate.predict import Preannotator

#: The name the other checkout's package is imported under.
OTHER = "sahel_events_other"
#: The names of the package's own spaCy components, registered once per process.
_COMPONENT = re.compile(r'"(sahel_lemmas|sahel_attribute_rules)"')
#: Absolute imports of the package, and its package name for data files.
_ABSOLUTE = re.compile(r"(?<![\w.])sahel_events(?=[.\s\"])")


def load_other(checkout: Path, into: Path) -> Any:
    """The ``Preannotator`` class of ``checkout``'s ``src/sahel_events``, copied into
    ``into`` under the name :data:`OTHER` and imported from there."""
    source = checkout / "src" / "sahel_events"
    if not (source / "preannotate" / "predict.py").is_file():
        raise SystemExit(f"{checkout}: no src/sahel_events/preannotate/predict.py there")
    copy = into / OTHER
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for path in copy.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        renamed = _ABSOLUTE.sub(OTHER, text)
        # spaCy's registry is one per process: the other copy's pipeline components
        # (the array lemmatizer, the attribute rules) get names of their own.
        renamed = _COMPONENT.sub(lambda m: f'"{m.group(1)}_other"', renamed)
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{OTHER}.preannotate.predict").Preannotator


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--docs", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--turns", type=int, default=4, help="turns of each (default 4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        other_class = load_other(args.against.resolve(), Path(tmp))
        codebook_module = importlib.import_module(f"{OTHER}.codebook")
        versions = {
            f"{args.against} (other)": other_class(
                codebook_module.load_project_codebook(Path.cwd())
            ),
            "this checkout": Preannotator(load_project_codebook(Path.cwd())),
        }
        docs = [bench_preannotate.article(i) for i in range(args.docs)]
        for annotator in versions.values():
            list(annotator.predict(docs[:3]))  # load the model and the rule data
        analyses = list(analyse([(str(d["text"]), "fr") for d in docs]))
        # Out of the garbage collector's sight, as pre-annotation's own long-lived data
        # is (predict._settle): else every full collection walks the parsed articles
        # again, and the version that makes more small objects pays for it many times.
        gc.collect()
        gc.freeze()
        spent: dict[str, list[float]] = {name: [] for name in versions}
        results: dict[str, list[Any]] = {}
        for turn in range(args.turns):
            for name, annotator in versions.items():
                start = time.process_time()
                results[name] = [
                    annotator.predict_one(d, a).result for d, a in zip(docs, analyses, strict=True)
                ]
                spent[name].append((time.process_time() - start) / len(docs) * 1000)
                print(
                    f"turn {turn + 1}, {name}: rules {spent[name][-1]:.1f} CPU ms per article",
                    flush=True,
                )
    (other, mine) = versions
    before, after = statistics.mean(spent[other]), statistics.mean(spent[mine])
    print(
        f"rules (the parse apart), means of {args.turns} turns: {before:.1f} CPU ms per "
        f"article for {other}, {after:.1f} for {mine} ({after - before:+.1f} ms for "
        f"{mine})"
    )
    print(f"same results on these articles: {results[other] == results[mine]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
