"""The synthetic annotated task the compile and scale benchmarks both write.

One annotation of about 30 result items in the Label Studio shape over a short attack
report: an ASSAULT event with mode, contexts and factuality; a place with gazetteer id and
coordinates, a date, two casualty counts with their sides and an actor, with their
attributes and normalised values; five labelled relations; a document choice. It
satisfies the codebook's requirements, so the benchmarks time valid data.
"""

from __future__ import annotations

from typing import Any


def make_task(i: int, doc: Any, relevance: str = "relevant") -> dict[str, Any]:
    """Task ``i`` over ``doc``, whose text says ``{10 + i % 50} soldats`` were killed."""
    from tests.lsexport import Regions, annotation, task

    n = 10 + i % 50
    r = Regions(doc.text)
    r.event(
        "e",
        "ASSAULT",
        "attaque",
        mode_assault=["firearms"],
        contexts=["military"],
        factuality_certainty=["certain"],
        temporal_status=["past"],
    )
    r.entity(
        "loc",
        "GPE",
        "Tessit",
        norm_place="geonames:10343856",
        norm_coords="15.2,-0.3",
        place_precision=["town"],
    )
    r.entity("t", "TIME", "dimanche 2 mars", norm_date="2025-03-02", date_precision=["day"])
    r.entity(
        "c1",
        "CASUALTY",
        f"{n} soldats",
        casualty_kind=["killed"],
        casualty_qualifier=["at-least"],
        casualty_side=["state-forces"],
        norm_count=str(n),
    )
    r.entity(
        "c2",
        "CASUALTY",
        "30 assaillants",
        casualty_kind=["killed"],
        casualty_side=["non-state-armed"],
        norm_count="30",
    )
    r.entity(
        "a",
        "ORG",
        "Jama'at Nusrat al-Islam wal-Muslimin",
        sector=["armed-group"],
        norm_actor="jnim",
    )
    for target, role in (
        ("loc", "location"),
        ("t", "time"),
        ("c1", "casualties"),
        ("c2", "casualties"),
        ("a", "actor"),
    ):
        r.relation("e", target, role)
    r.document_choice("d", "doc_relevance", relevance)
    return task(i + 1, doc, [annotation(i + 1, 1 + i % 3, r.items)])
