"""Inter-annotator agreement on the double-coded documents (Label Studio's OSS has none).

One module per job:

* :mod:`.measures`: F1, maximum overlap matching, Cohen's kappa, Krippendorff's alpha,
  each from counts that add up across documents;
* :mod:`.counting`: what each document contributes, per annotator pair and overall
  (which annotations are compared, how spans, events, arguments, factuality and dates
  are matched);
* :mod:`.bootstrap`: confidence intervals, documents resampled with a fixed seed;
* :mod:`.summary`: the report a release publishes (``agreement.json``), pseudonymised.

:class:`AgreementAccumulator` is what compilation feeds, document by document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..annotation.ids import EntityAttribute, EventAttribute
from ..annotation.model import Annotation
from . import bootstrap
from .counting import DocumentCounts, count_document
from .measures import cohen_kappa, krippendorff_alpha_nominal, max_overlap_matching
from .summary import NO_AGREEMENT, pseudonym, summarise

__all__ = [
    "DEFAULTED",
    "NO_AGREEMENT",
    "AgreementAccumulator",
    "cohen_kappa",
    "compute_agreement",
    "krippendorff_alpha_nominal",
    "max_overlap_matching",
]

#: The attributes whose codebook default fills an empty choice before comparing.
DEFAULTED = (
    EventAttribute.FACTUALITY_CERTAINTY,
    EventAttribute.FACTUALITY_POLARITY,
    EventAttribute.FACTUALITY_SOURCE,
    EntityAttribute.DATE_PRECISION,
)


class AgreementAccumulator:
    """Collects each document's agreement counts, then :meth:`result`."""

    def __init__(self, defaults: Mapping[str, str | None] | None = None) -> None:
        self.defaults = dict(defaults or {})
        self.documents: list[DocumentCounts] = []

    def add_task(self, annotations: Sequence[Annotation], doc_id: str) -> None:
        """Add one document's annotations (cancelled ones are ignored)."""
        counts = count_document(doc_id, annotations, self.defaults)
        if counts is not None:
            self.documents.append(counts)

    def result(
        self, names: Mapping[int, str] | None = None, resamples: int = bootstrap.RESAMPLES
    ) -> dict[str, Any]:
        """The report; ``names`` maps a Label Studio user id to its pseudonym."""
        return summarise(self.documents, pseudonym(names or {}), resamples)


def compute_agreement(
    documents: Iterable[tuple[str, Sequence[Annotation]]],
    defaults: Mapping[str, str | None] | None = None,
    names: Mapping[int, str] | None = None,
    resamples: int = bootstrap.RESAMPLES,
) -> dict[str, Any]:
    """Agreement over documents, each given as (doc_id, its annotations)."""
    acc = AgreementAccumulator(defaults)
    for doc_id, coded in documents:
        acc.add_task(coded, doc_id)
    return acc.result(names, resamples)
