"""Where the parse spends its time: CPU milliseconds per article by pipeline component.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_components.py  # 120, 3 turns
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_components.py --docs 40 --turns 2

The model as pre-annotation loads it (``ner.load_model``) runs component by component
over the benchmark's articles (``bench_preannotate.article``): the tokenizer (its chunk
cache filled first, as ``ner.analyse`` does), then each component's ``pipe`` over the
Docs the one before gave, in batches of 8 as ``Preannotator.predict``, timed by process
time. The
lemmatizer is timed twice in each turn, in turns, on the same parsed Docs with their
lemmas cleared: pre-annotation's (``preannotate/lemmas.py``) and spaCy's own French
lemmatizer it follows; their lemmas must be the same. The first turn warms the caches
(the tokenizer's, the lemmatizers'); the figures are the means of the others.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_preannotate
import numpy
from spacy.attrs import LEMMA

from sahel_events.preannotate.lemmas import ArrayLemmatizer
from sahel_events.preannotate.ner import _chunk_cache, load_model

#: Pre-annotation's batch size (``Preannotator.predict``'s default).
BATCH = 8


def _cleared(docs: list[Any]) -> list[Any]:
    """``docs`` with every lemma unset (as the lemmatizer finds them)."""
    for doc in docs:
        doc.from_array([LEMMA], numpy.zeros(len(doc), dtype=numpy.uint64))
    return docs


def _timed(step: Any, docs: list[Any]) -> tuple[float, list[Any]]:
    """(CPU seconds, output) of ``step`` over ``docs``."""
    start = time.process_time()
    out = list(step(docs))
    return time.process_time() - start, out


def _run(component: Any, docs: list[Any]) -> Any:
    """The component over ``docs``: its ``pipe``, or each Doc in turn (a plain function)."""
    if hasattr(component, "pipe"):
        return component.pipe(docs, batch_size=BATCH)
    return (component(doc) for doc in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120, help="articles (default 120)")
    parser.add_argument("--turns", type=int, default=3, help="turns, the first a warm-up")
    args = parser.parse_args()
    nlp = load_model()
    texts = [str(bench_preannotate.article(i)["text"]) for i in range(args.docs)]
    _chunk_cache().fill(texts)  # as ner.analyse does before each parse
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, ArrayLemmatizer) or lemmatizer.shipped is None:
        print("the model's lemmatizer is not pre-annotation's: nothing to compare")
        return 1
    shipped = lemmatizer.shipped
    spent: dict[str, list[float]] = {}
    same = True
    for turn in range(args.turns):
        seconds, docs = _timed(lambda ts: (nlp.make_doc(t) for t in ts), texts)
        spent.setdefault("tokenizer", []).append(seconds)
        for name, component in nlp.pipeline:
            seconds, docs = _timed(lambda ds, c=component: _run(c, ds), docs)
            spent.setdefault(name, []).append(seconds)
        ours = [doc.to_array([LEMMA]) for doc in docs]
        seconds, docs = _timed(lambda ds: (shipped(d) for d in ds), _cleared(docs))
        spent.setdefault("lemmatizer: spaCy's own", []).append(seconds)
        theirs = [doc.to_array([LEMMA]) for doc in docs]
        seconds, docs = _timed(lambda ds: (lemmatizer(d) for d in ds), _cleared(docs))
        spent.setdefault("lemmatizer: by arrays", []).append(seconds)
        again = [doc.to_array([LEMMA]) for doc in docs]
        same = same and all(
            (a == b).all() and (a == c).all() for a, b, c in zip(ours, theirs, again, strict=True)
        )
        print(f"turn {turn + 1} done" + (" (warm-up)" if turn == 0 and args.turns > 1 else ""))
    print(f"{args.docs} articles, CPU ms per article, mean of turns 2 to {args.turns}:")
    for name, seconds in spent.items():
        kept = seconds[1:] or seconds
        print(f"  {name:28} {statistics.mean(kept) / args.docs * 1000:7.2f}")
    print(f"the same lemmas from both lemmatizers: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
