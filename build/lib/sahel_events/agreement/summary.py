"""The agreement report: every figure overall and per annotator pair, with its interval.

Turns the documents' counts (:mod:`.counting`) into the JSON a release publishes as
``agreement.json`` (its JSON Schema is generated into ``schema/agreement.schema.json``).
Annotators appear only under their pseudonyms (``annotator-NN``), never by e-mail or
Label Studio id. Figures are rounded to six decimals; a figure with nothing behind it is
``null``, and so is its interval.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, cast

from . import bootstrap
from .bootstrap import Estimate, Figure, Key
from .counting import OVERALL, DocumentCounts, Rater, nominal_paths
from .measures import alpha_from_coincidences, f1, kappa_from_table

__all__ = ["DIGITS", "NO_AGREEMENT", "summarise"]

DIGITS = 6
#: What a release without double-coded documents says instead of figures.
NO_AGREEMENT = "No document has been coded by two annotators yet: no agreement figure."


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


def _f1_figure(path: str) -> Figure:
    m, t = ("f1", path, "m"), ("f1", path, "t")
    return Figure(f"f1:{path}", (m, t), lambda c: f1(c[m], c[t]))


def _nominal_figures(path: str, keys: Sequence[Key], kappa: bool) -> list[Figure]:
    m, t = ("agree", path, "m"), ("agree", path, "t")
    table = tuple(k for k in keys if k[0] == "kappa" and k[1] == path)
    pairs = tuple(k for k in keys if k[0] == "alpha" and k[1] == path)

    def observed(c: Mapping[Key, int]) -> float | None:
        return None if c[t] == 0 else c[m] / c[t]

    def cohen(c: Mapping[Key, int]) -> float | None:
        return kappa_from_table({(k[2], k[3]): c[k] for k in table})

    def alpha(c: Mapping[Key, int]) -> float | None:
        return alpha_from_coincidences({(cast(int, k[2]), k[3], k[4]): c[k] for k in pairs})

    figures = [Figure(f"agree:{path}", (m, t), observed)]
    if kappa:
        figures.append(Figure(f"kappa:{path}", table, cohen))
    figures.append(Figure(f"alpha:{path}", pairs, alpha))
    return figures


def _paths(keys: Sequence[Key], prefix: str) -> list[str]:
    """The f1 paths under ``prefix`` that occur, ``all`` first, then sorted."""
    found = {str(k[1]) for k in keys if k[0] == "f1" and str(k[1]).startswith(prefix + "/")}
    names = sorted(p.rsplit("/", 1)[1] for p in found)
    return [f"{prefix}/{n}" for n in ["all", *(n for n in names if n != "all")]]


def _estimate(e: Estimate | None) -> dict[str, Any]:
    if e is None:
        return {"value": None, "ci95": None}
    ci = None if e.low is None or e.high is None else [_round(e.low), _round(e.high)]
    return {"value": _round(e.value), "ci95": ci}


def _scope(
    name: str, documents: Sequence[Mapping[Key, int]], kappa: bool, resamples: int
) -> dict[str, Any]:
    """The figures of one scope (overall, or one pair) over its documents."""
    keys = sorted({k for doc in documents for k in doc}, key=repr)
    total: dict[Key, int] = {}
    for doc in documents:
        for k, v in doc.items():
            total[k] = total.get(k, 0) + v
    f1_paths = [
        p
        for prefix in ("entities/exact", "entities/overlap", "events/typed", "arguments")
        for p in _paths(keys, prefix)
    ]
    f1_paths += ["events/detection/exact", "events/detection/overlap"]
    figures = [_f1_figure(p) for p in f1_paths]
    for path in nominal_paths():
        figures += _nominal_figures(path, keys, kappa)
    est = bootstrap.estimate(documents, figures, name, resamples)

    def f1_block(path: str) -> dict[str, Any]:
        return {
            "matched": total.get(("f1", path, "m"), 0),
            "items": total.get(("f1", path, "t"), 0),
            "f1": _estimate(est[f"f1:{path}"]),
        }

    def by_label(prefix: str) -> dict[str, Any]:
        return {
            p.rsplit("/", 1)[1]: f1_block(p) for p in _paths(keys, prefix) if not p.endswith("/all")
        }

    def nominal(path: str) -> dict[str, Any]:
        return {
            "units": total.get(("agree", path, "t"), 0),
            "agreement": _estimate(est[f"agree:{path}"]),
            "cohen_kappa": _estimate(est.get(f"kappa:{path}")),
            "krippendorff_alpha": _estimate(est[f"alpha:{path}"]),
        }

    def section(prefix: str) -> dict[str, Any]:
        return {p.split("/", 1)[1]: nominal(p) for p in nominal_paths() if p.startswith(prefix)}

    return {
        "documents": len(documents),
        "entities": {
            kind: {"all": f1_block(f"entities/{kind}/all"), "by_type": by_label(f"entities/{kind}")}
            for kind in ("exact", "overlap")
        },
        "events": {
            "detection": {
                kind: f1_block(f"events/detection/{kind}") for kind in ("exact", "overlap")
            },
            "typed": {"all": f1_block("events/typed/all"), "by_type": by_label("events/typed")},
            "type": nominal("events/type"),
        },
        "arguments": {"all": f1_block("arguments/all"), "by_role": by_label("arguments")},
        "factuality": section("factuality/"),
        "dates": section("dates/"),
    }


def summarise(
    documents: Sequence[DocumentCounts],
    name_of: Callable[[Rater], str],
    resamples: int = bootstrap.RESAMPLES,
) -> dict[str, Any]:
    """The agreement report of ``documents`` (JSON-ready, deterministic).

    ``name_of`` gives a rater's pseudonym. Pairs are listed by their pseudonyms.
    """
    docs = sorted(documents, key=lambda d: d.doc_id)
    names = sorted({name_of(r) for d in docs for r in d.raters})
    report: dict[str, Any] = {
        "double_coded_documents": len(docs),
        "annotators": names,
        "method": {
            "unit": "document",
            "interval": "percentile bootstrap, documents resampled with replacement",
            "confidence": bootstrap.CONFIDENCE,
            "resamples": resamples,
            "seed": bootstrap.SEED,
            "generator": "SplitMix64",
            "pairs": "micro-average: counts summed over annotator pairs and documents",
        },
        "note": None if docs else NO_AGREEMENT,
        "overall": None,
        "pairs": [],
    }
    if not docs:
        return report
    overall = [d.scopes[OVERALL] for d in docs]
    report["overall"] = _scope(OVERALL, overall, len(names) == 2, resamples)
    by_pair: dict[tuple[str, str], list[Mapping[Key, int]]] = {}
    for d in docs:
        for scope, counts in d.scopes.items():
            if scope == OVERALL or not isinstance(scope, tuple):
                continue
            first, second = sorted((name_of(scope[0]), name_of(scope[1])))
            by_pair.setdefault((first, second), []).append(counts)
    report["pairs"] = [
        {"annotators": [a, b], **_scope(f"{a}|{b}", counts, True, resamples)}
        for (a, b), counts in sorted(by_pair.items())
    ]
    return report


def pseudonym(names: Mapping[int, str]) -> Callable[[Hashable], str]:
    """A rater's name: its pseudonym, or ``unknown-<annotation id>`` when no user is known."""

    def name_of(rater: Hashable) -> str:
        if isinstance(rater, int) and rater in names:
            return names[rater]
        if isinstance(rater, tuple) and len(rater) == 2:
            return f"unknown-{rater[1]}"
        return f"unknown-user-{rater}"

    return name_of
