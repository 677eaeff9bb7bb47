"""The pre-annotation figures a release card publishes: released gold and corpus test half.

``sahel-events evaluate --card FILE`` scores the pre-annotation twice, on the released
gold (the project's predictions against the export snapshots) and on the held-out test
half of the development corpus, and writes the compact form below, which ``sahel-events
release VERSION --scores FILE`` puts in the card (``docs/preannotation.md``)::

    {"corpus_test": {"model_version", "documents", "headline": {kept_rate, ...},
                     "overlap_f1": {"entity", "trigger", "role"}, "source": "corpus/test"},
     "released_gold": {... the same, "source": [snapshot names]}}

Only the figures the issue's targets name and the span F1 totals: the whole evaluation
(every label and role) stays in ``work/evaluation*.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import EvaluationRun


def summary(run: EvaluationRun) -> dict[str, Any]:
    """The card's figures of one evaluation run."""
    spans = run.evaluation.spans
    events = run.evaluation.events
    return {
        "model_version": spans.model_version,
        "documents": spans.documents,
        "headline": events.headline(),
        "overlap_f1": {
            layer: round(spans.total(layer, "overlap").f1, 4)
            for layer in ("entity", "trigger", "role")
        },
        "source": run.sources.get("corpus") or run.sources.get("gold_snapshots"),
    }


def card_scores(runs: Mapping[str, EvaluationRun]) -> dict[str, Any]:
    """The scores file for the card: one summary per named run, in name order."""
    return {name: summary(run) for name, run in sorted(runs.items())}


class CardRun:
    """Both evaluations and the scores file written from them."""

    def __init__(self, runs: Mapping[str, EvaluationRun], output: str) -> None:
        self.runs = dict(runs)
        self.output = output

    def as_dict(self) -> dict[str, Any]:
        """What ``--json`` prints: the scores file's content and where it was written."""
        return {"scores": card_scores(self.runs), "output": self.output}

    def to_text(self) -> str:
        """Both tables, then where the scores went."""
        parts = [f"== {name}\n{run.to_text()}" for name, run in sorted(self.runs.items())]
        parts.append(
            f"Wrote the card's pre-annotation scores to {self.output} "
            "(sahel-events release VERSION --scores FILE)"
        )
        return "\n\n".join(parts)
