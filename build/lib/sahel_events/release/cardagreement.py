"""The card's agreement section and the Croissant text about agreement.

Both read the report of :mod:`sahel_events.agreement` (``agreement.json``). Without a
double-coded document they say so in the words releases have always used, so a release
made before ``agreement.json`` existed rebuilds to the same card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..annotation.ids import EntityAttribute, EventAttribute, Normalised
from .agreementfile import AGREEMENT_FILE
from .markdown import fmt, table

__all__ = ["agreement_analysis", "agreement_section"]

#: The card's words when no document was coded twice (unchanged since release 0.1.0).
NONE_YET = (
    "No document has been coded by two annotators yet, so there is no agreement "
    "figure; every record comes from a single annotation or a ground-truth one."
)
NONE_YET_RAI = "No document has been coded by two annotators yet: no agreement figure."

#: The F1 rows of the card: label, path into a scope.
F1_ROWS = (
    ("entity spans, exact (start, end, type)", ("entities", "exact", "all")),
    ("entity spans, overlap (same type)", ("entities", "overlap", "all")),
    ("event detection, exact trigger span", ("events", "detection", "exact")),
    ("event detection, overlapping trigger", ("events", "detection", "overlap")),
    ("event trigger and type", ("events", "typed", "all")),
    ("arguments (trigger, role, argument)", ("arguments", "all")),
)
#: The nominal rows: label, path into a scope.
NOMINAL_ROWS = (
    ("event type (same trigger)", ("events", "type")),
    ("factuality certainty", ("factuality", EventAttribute.FACTUALITY_CERTAINTY)),
    ("factuality polarity", ("factuality", EventAttribute.FACTUALITY_POLARITY)),
    ("factuality source", ("factuality", EventAttribute.FACTUALITY_SOURCE)),
    ("normalised date (same TIME span)", ("dates", Normalised.DATE)),
    ("date precision (same TIME span)", ("dates", EntityAttribute.DATE_PRECISION)),
    ("event date (same trigger)", ("dates", "event_date")),
)


def has_figures(agreement: Mapping[str, Any] | None) -> bool:
    """True when the report holds figures (some document was coded twice)."""
    return bool(agreement and agreement.get("double_coded_documents"))


def dig(scope: Mapping[str, Any], path: tuple[str, ...]) -> Mapping[str, Any]:
    """The block at ``path`` of a scope (empty when absent)."""
    node: Any = scope
    for part in path:
        node = node.get(part, {}) if isinstance(node, Mapping) else {}
    return node if isinstance(node, Mapping) else {}


def with_interval(estimate: Mapping[str, Any] | None) -> str:
    """``0.500 [0.333, 0.667]``: a figure and its 95% interval."""
    if not estimate or estimate.get("value") is None:
        return "n/a"
    ci = estimate.get("ci95")
    text = fmt(float(estimate["value"]))
    return f"{text} [{fmt(float(ci[0]))}, {fmt(float(ci[1]))}]" if ci else text


def agreement_section(agreement: Mapping[str, Any] | None) -> list[str]:
    """The lines of the card's "Agreement" section."""
    if agreement is None or not has_figures(agreement):
        return [NONE_YET]
    overall = agreement["overall"]
    method = agreement.get("method", {})
    lines = [
        f"Measured on the {agreement['double_coded_documents']} document(s) coded by two or "
        f"more annotators ({', '.join(agreement['annotators'])}): every pair of annotators "
        "of a document is compared and the counts are summed over pairs and documents. In "
        f"brackets, 95% intervals from {method.get('resamples')} bootstrap resamples of the "
        f"documents (seed {method.get('seed')}). Every figure, per type, role and annotator "
        f"pair, is in `{AGREEMENT_FILE}`.",
        "",
    ]
    rows = []
    for label, path in F1_ROWS:
        block = dig(overall, path)
        rows.append(
            [label, with_interval(block.get("f1")), block.get("matched"), block.get("items")]
        )
    lines += table(["F1 between annotators", "F1 [95% interval]", "matched", "items"], rows, 2)
    rows = []
    for label, path in NOMINAL_ROWS:
        block = dig(overall, path)
        rows.append(
            [
                label,
                with_interval(block.get("agreement")),
                with_interval(block.get("cohen_kappa")),
                with_interval(block.get("krippendorff_alpha")),
                block.get("units"),
            ]
        )
    lines += ["", "On what both annotators coded (the same span):", ""]
    lines += table(
        ["value", "observed agreement", "Cohen's kappa", "Krippendorff's alpha", "pairs"], rows
    )
    rows = []
    for pair in agreement.get("pairs", []):
        rows.append(
            [
                " / ".join(pair["annotators"]),
                pair["documents"],
                with_interval(dig(pair, ("entities", "exact", "all")).get("f1")),
                with_interval(dig(pair, ("events", "typed", "all")).get("f1")),
                with_interval(dig(pair, ("arguments", "all")).get("f1")),
                with_interval(
                    dig(pair, ("factuality", EventAttribute.FACTUALITY_CERTAINTY)).get(
                        "cohen_kappa"
                    )
                ),
            ]
        )
    lines += ["", *_by_label(overall), "", "By pair of annotators (pseudonyms):", ""]
    lines += table(
        [
            "annotators",
            "documents",
            "entity F1 (exact)",
            "event F1 (trigger and type)",
            "argument F1",
            "certainty kappa",
        ],
        rows,
        right=5,
    )
    return lines


def _by_label(overall: Mapping[str, Any]) -> list[str]:
    """A folded table: F1 per entity type, event type and argument role."""
    rows = []
    for kind, path in (
        ("entity, exact", ("entities", "exact", "by_type")),
        ("entity, overlap", ("entities", "overlap", "by_type")),
        ("event, trigger and type", ("events", "typed", "by_type")),
        ("argument role", ("arguments", "by_role")),
    ):
        for label, block in dig(overall, path).items():
            f1 = with_interval(block.get("f1"))
            rows.append([kind, f"`{label}`", f1, block.get("matched"), block.get("items")])
    return [
        "<details>",
        "<summary>F1 by entity type, event type and argument role</summary>",
        "",
        *table(["what", "label", "F1 [95% interval]", "matched", "items"], rows, 2),
        "",
        "</details>",
    ]


def agreement_analysis(agreement: Mapping[str, Any] | None) -> str:
    """The Croissant ``rai:dataAnnotationAnalysis`` text."""
    if agreement is None or not has_figures(agreement):
        return NONE_YET_RAI
    overall = agreement["overall"]

    def value(path: tuple[str, ...], measure: str) -> str:
        return with_interval(dig(overall, path).get(measure))

    return (
        f"Agreement over {agreement['double_coded_documents']} double-coded document(s) "
        f"({len(agreement['annotators'])} annotators; 95% bootstrap intervals over documents): "
        f"exact entity span F1 {value(('entities', 'exact', 'all'), 'f1')}, event trigger "
        f"and type F1 {value(('events', 'typed', 'all'), 'f1')}, argument F1 "
        f"{value(('arguments', 'all'), 'f1')}, factuality certainty Krippendorff's alpha "
        f"{value(('factuality', EventAttribute.FACTUALITY_CERTAINTY), 'krippendorff_alpha')}; "
        f"every figure is in {AGREEMENT_FILE}. Disagreements without a ground-truth "
        "annotation are listed in the card and left out of the tables until adjudicated, "
        "as are documents waiting for review."
    )
