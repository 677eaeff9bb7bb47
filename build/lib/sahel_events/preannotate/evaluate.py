"""Score predictions against gold annotations: precision, recall, F1, date accuracy.

The scoring works on Label Studio result lists (a prediction's ``result`` and the gold
annotation's ``result``), so it can be tested and used without a server or snapshots:
:func:`score_results`. :func:`gold_from_snapshots` reads the gold side from the export
snapshots in ``annotations/``, choosing each task's annotation of record with the
consolidation rules the compile stage uses (:mod:`sahel_events.consolidate`: ground
truth, else a single annotation, else agreement; documents awaiting adjudication are
left out).

Measured, each both with *exact* spans and with *overlapping* spans (same label, spans
sharing at least one character; pairs matched one to one, largest overlap first):

* entities, per entity type (the ``entity`` control);
* event triggers, per event type (the ``event`` control);
* arguments, per role: a predicted relation is right when its role is the gold one and
  both of its ends match the gold relation's ends (same rule, exact or overlapping);
* date normalisation: among gold TIME regions with a ``norm_date`` that a predicted
  TIME region overlaps, the share whose predicted ``norm_date`` is identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..annotation.ids import EntityType, Normalised
from ..annotation.model import Annotation, Region
from ..annotation.snapshots import iter_latest_tasks
from ..annotation.typed import parse_annotation, task_doc_id
from ..consolidate import consolidate_task
from ..errors import Report

MODES = ("exact", "overlap")


@dataclass
class Counts:
    """True positives, false positives, false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Accumulate another count."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded scores."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Evaluation:
    """Every figure, by layer (entity, trigger, role), match mode and label."""

    model_version: str | None = None
    documents: int = 0
    scores: dict[str, dict[str, dict[str, Counts]]] = field(default_factory=dict)
    dates_matched: int = 0
    dates_correct: int = 0
    dates_gold: int = 0

    def counts(self, layer: str, mode: str, label: str) -> Counts:
        """The counts of one cell (created empty when new)."""
        return self.scores.setdefault(layer, {}).setdefault(mode, {}).setdefault(label, Counts())

    def total(self, layer: str, mode: str) -> Counts:
        """Micro-averaged counts of a layer."""
        out = Counts()
        for c in self.scores.get(layer, {}).get(mode, {}).values():
            out.add(c)
        return out

    @property
    def date_accuracy(self) -> float:
        """Correct normalisations among the gold dates a predicted TIME overlaps."""
        return self.dates_correct / self.dates_matched if self.dates_matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (what ``evaluate --json`` prints and the release card reads)."""
        layers: dict[str, Any] = {}
        for layer, modes in sorted(self.scores.items()):
            layers[layer] = {
                mode: {
                    "micro": self.total(layer, mode).as_dict(),
                    "by_label": {k: v.as_dict() for k, v in sorted(labels.items())},
                }
                for mode, labels in sorted(modes.items())
            }
        return {
            "model_version": self.model_version,
            "documents": self.documents,
            "layers": layers,
            "dates": {
                "gold": self.dates_gold,
                "matched": self.dates_matched,
                "correct": self.dates_correct,
                "accuracy": round(self.date_accuracy, 4),
            },
        }

    def to_table(self) -> str:
        """A plain-text table: one row per layer and label, exact and overlap P/R/F1."""
        head = (
            f"{'layer':<9} {'label':<14} {'gold':>5} {'pred':>5}  "
            f"{'exact P':>7} {'R':>6} {'F1':>6}  {'overlap P':>9} {'R':>6} {'F1':>6}"
        )
        lines = [
            f"model_version: {self.model_version}",
            f"documents: {self.documents}",
            head,
            "-" * len(head),
        ]
        for layer in ("entity", "trigger", "role"):
            labels = sorted(set(self.scores.get(layer, {}).get("overlap", {})))
            for label in [*labels, "ALL"]:
                if label == "ALL":
                    e, o = self.total(layer, "exact"), self.total(layer, "overlap")
                else:
                    e, o = self.counts(layer, "exact", label), self.counts(layer, "overlap", label)
                lines.append(
                    f"{layer:<9} {label:<14} {o.tp + o.fn:>5} {o.tp + o.fp:>5}  "
                    f"{e.precision:>7.3f} {e.recall:>6.3f} {e.f1:>6.3f}  "
                    f"{o.precision:>9.3f} {o.recall:>6.3f} {o.f1:>6.3f}"
                )
        lines.append(
            f"date normalisation: {self.dates_correct}/{self.dates_matched} correct among "
            f"matched gold dates ({self.date_accuracy:.3f}); {self.dates_gold} gold dates"
        )
        return "\n".join(lines)


def _parse(result: Sequence[Mapping[str, Any]]) -> Annotation:
    return parse_annotation({"id": 0, "result": list(result)})


def _overlap(a: Region, b: Region) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match(pred: Sequence[Region], gold: Sequence[Region], mode: str) -> dict[str, str]:
    """One-to-one pairs predicted id -> gold id: same label, exact or overlapping spans."""
    pairs = []
    for p in pred:
        for g in gold:
            if p.label != g.label:
                continue
            if mode == "exact":
                if (p.start, p.end) == (g.start, g.end):
                    pairs.append((g.end - g.start, p.id, g.id))
            elif _overlap(p, g) > 0:
                pairs.append((_overlap(p, g), p.id, g.id))
    return match_greedily(pairs)


def match_greedily(pairs: list[tuple[Any, str, str]]) -> dict[str, str]:
    """One-to-one matching of predicted to gold region ids: best score first, each id
    used once (ties keep the order given, so the result is deterministic)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for _, pid, gid in sorted(pairs, key=lambda x: x[0], reverse=True):
        if pid not in out and gid not in taken:
            out[pid] = gid
            taken.add(gid)
    return out


def score_document(
    predicted: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    evaluation: Evaluation,
) -> None:
    """Add one document's figures to ``evaluation``."""
    p_ann, g_ann = _parse(predicted), _parse(gold)
    evaluation.documents += 1
    layers = {"entity": "entity", "trigger": "event"}
    matches: dict[str, dict[str, str]] = {}
    for mode in MODES:
        for layer, control in layers.items():
            p_regions = [r for r in p_ann.regions.values() if r.control == control]
            g_regions = [r for r in g_ann.regions.values() if r.control == control]
            pairs = _match(p_regions, g_regions, mode)
            matches.setdefault(mode, {}).update(pairs)
            matched_gold = set(pairs.values())
            for r in p_regions:
                c = evaluation.counts(layer, mode, r.label)
                if r.id in pairs:
                    c.tp += 1
                else:
                    c.fp += 1
            for r in g_regions:
                if r.id not in matched_gold:
                    evaluation.counts(layer, mode, r.label).fn += 1
        # Roles: a predicted relation is right when both ends map onto a gold relation's.
        gold_rel = {(rel.from_id, rel.to_id, lab) for rel in g_ann.relations for lab in rel.labels}
        found: set[tuple[str, str, str]] = set()
        for rel in p_ann.relations:
            for label in rel.labels:
                key = (matches[mode].get(rel.from_id, ""), matches[mode].get(rel.to_id, ""), label)
                c = evaluation.counts("role", mode, label)
                if key in gold_rel and key not in found:
                    c.tp += 1
                    found.add(key)
                else:
                    c.fp += 1
        for key in gold_rel - found:
            evaluation.counts("role", mode, key[2]).fn += 1
    # Dates: among gold TIME regions with a norm_date, matched by overlap.
    inverse = {g: p for p, g in matches["overlap"].items()}
    for g in g_ann.regions.values():
        if not g.is_entity or g.label != EntityType.TIME or not g.texts.get(Normalised.DATE):
            continue
        evaluation.dates_gold += 1
        pid = inverse.get(g.id)
        if pid is None:
            continue
        evaluation.dates_matched += 1
        predicted_value = p_ann.regions[pid].texts.get(Normalised.DATE, "")
        if predicted_value.strip() == g.texts[Normalised.DATE].strip():
            evaluation.dates_correct += 1


def score_results(
    pairs: Iterable[tuple[Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]],
    model_version: str | None = None,
) -> Evaluation:
    """Score ``(predicted result, gold result)`` pairs, one pair per document."""
    evaluation = Evaluation(model_version=model_version)
    for predicted, gold in pairs:
        score_document(predicted, gold, evaluation)
    return evaluation


def gold_from_snapshots(paths: Iterable[Path], report: Report) -> dict[str, list[dict[str, Any]]]:
    """doc_id -> the result list of its annotation of record, from export snapshots.

    Uses the consolidation rules of the compile stage; tasks awaiting adjudication (or
    without a completed annotation) are left out, their issues added to ``report``.
    """
    gold: dict[str, list[dict[str, Any]]] = {}
    for path, task in iter_latest_tasks(list(paths), report):
        doc_id = task_doc_id(task)
        raw = {a.get("id"): a for a in task.get("annotations") or [] if isinstance(a, dict)}
        parsed = [parse_annotation(a, task.get("id"), str(path)) for a in raw.values()]
        consolidated = consolidate_task(int(task["id"]), doc_id, parsed, str(path))
        report.extend(consolidated.issues)
        if doc_id is None or consolidated.record is None:
            continue
        record = raw.get(consolidated.record.annotation_id) or {}
        gold[doc_id] = list(record.get("result") or [])
    return gold
