"""Measure an English spaCy pipeline's recogniser against the rules on English articles.

    .venv/bin/python benchmarks/english_ner.py corpus/dev --model /path/to/en_core_web_sm-3.8.0

English documents get no statistical recogniser (``docs/preannotation.md``): their
places are capitalised runs the gazetteer knows, their actors the registry's. This
script scores the entity layer of the English articles of a corpus split three ways,
with the same scorer as ``sahel-events evaluate``:

* the rules as shipped (spaCy's blank English tokenizer and sentencizer);
* the given pipeline's entities in place of the capitalised runs (GPE, LOC, FAC as
  places, through the same gazetteer checks), and its PERSON, ORG and NORP as PER and
  ORG (the registry normalising the ones it knows);
* the same with its places only.

The pipeline is loaded from a directory (a model package unpacked for the comparison),
so nothing is installed. Prints precision, recall and F1 (exact and overlapping spans)
and the CPU seconds of each run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sahel_events.annotation.ids import EntityAttribute, Normalised  # noqa: E402
from sahel_events.codebook import load_project_codebook  # noqa: E402
from sahel_events.preannotate import entities, ner  # noqa: E402
from sahel_events.preannotate.corpus import load_split, score_split  # noqa: E402
from sahel_events.preannotate.predict import Preannotator  # noqa: E402

#: OntoNotes labels of the English pipelines, as the codebook's entity types.
LABELS = {"PERSON": "PER", "ORG": "ORG", "NORP": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


class _ModelPlaces:
    """Stands in for the capitalised-run pattern: yields the model's place spans."""

    def __init__(self, analysis: ner.Analysis) -> None:
        self.analysis = analysis

    def finditer(self, _text: str) -> list[Any]:
        return [_Span(e.start, e.end) for e in self.analysis.entities if e.label == "LOC"]


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _with_model(rules: Callable[..., list[entities.Mention]], people_and_groups: bool) -> Any:
    """A replacement for ``entities._model_entities`` (``rules``) reading the model's
    entities."""

    def model_entities(
        text: str, language: str, analysis: ner.Analysis, home: str | None, registry: Any
    ) -> list[entities.Mention]:
        if language == "fr":
            return rules(text, language, analysis, home, registry)
        saved = entities._CAPITALISED
        entities._CAPITALISED = _ModelPlaces(analysis)  # type: ignore[assignment]
        try:
            out = rules(text, language, analysis, home, registry)
        finally:
            entities._CAPITALISED = saved
        for e in analysis.entities if people_and_groups else ():
            if e.label in ("PER", "ORG"):
                actor = registry.lookup(e.text)
                sector = {EntityAttribute.SECTOR: [actor.sector]} if actor else {}
                out.append(
                    entities.Mention(
                        e.start,
                        e.end,
                        e.text,
                        e.label,
                        0.6,
                        "ner",
                        choices=sector if e.label == "ORG" else {},
                        textareas={Normalised.ACTOR: actor.id} if actor else {},
                    )
                )
        return out

    return model_entities


def main() -> int:
    """Score the three runs and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a corpus split (corpus/dev)")
    parser.add_argument("--model", type=Path, required=True, help="an English spaCy pipeline")
    args = parser.parse_args()
    import spacy

    codebook = load_project_codebook(ROOT)
    split = load_split(args.split, ROOT, codebook)
    docs = [d for d in split.documents if d.language == "en"]
    gold = {d.doc_id: split.gold[d.doc_id] for d in docs}
    texts = {d.doc_id: d.text for d in docs}
    print(f"{len(docs)} English articles of {args.split}")

    def run(name: str) -> None:
        annotator = Preannotator(codebook)
        c0 = time.process_time()
        predicted = {p.doc_id: p.result for p in annotator.predict(docs)}
        cpu = time.process_time() - c0
        layer = score_split(predicted, gold, texts, None).spans.as_dict()["layers"]["entity"]
        for mode in ("exact", "overlap"):
            m = layer[mode]["micro"]
            print(
                f"{name}, {mode} spans: P {m['precision']:.3f} R {m['recall']:.3f} "
                f"F1 {m['f1']:.3f} (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})"
            )
        print(f"  {cpu:.2f} CPU s")

    run("rules (blank English)")
    model = spacy.load(args.model)
    ner.NER_LABELS.update(LABELS)
    ner._blank_english = lambda: model  # type: ignore[assignment]
    real = entities._model_entities
    meta = f"{model.meta['name']}-{model.meta['version']}"
    entities._model_entities = _with_model(real, True)
    run(f"{meta}: places, people and groups")
    entities._model_entities = _with_model(real, False)
    run(f"{meta}: places only")
    entities._model_entities = real
    return 0


if __name__ == "__main__":
    sys.exit(main())
