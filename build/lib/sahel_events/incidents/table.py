"""The ``incidents`` table and the incident columns of ``events_flat``.

Confirmed links (a reviewer said "same incident" in the review project) join events
into incidents: the connected groups of the link graph, so links are transitive (A=B
and B=C put A, B and C in one incident even when nobody reviewed A=C). An event no
confirmed link touches is an incident of its own, reported once. A rejected or unsure
candidate never merges anything: only :class:`ConfirmedLink` values reach this module.

An incident's id is ``inc-`` and the first 16 hex digits of the SHA-256 of its sorted
event ids joined by newlines: the same events give the same id in every release, and
a link confirmed later gives the grown incident a new id (its events changed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from ..codebook import Codebook
from ..tables import from_rows

#: ``incidents.method`` of an event no confirmed link touches.
METHOD_SINGLE = "single"
#: ``incidents.method`` of an event linked by a rule's candidate that a reviewer confirmed.
METHOD_REVIEW = "rule+review"


@dataclass(frozen=True)
class ConfirmedLink:
    """Two events a reviewer confirmed as reports of one incident."""

    event_a: str
    event_b: str
    rule_version: str
    reviewers: tuple[str, ...]  # pseudonyms (reviewer-NN), never e-mails


def incident_id(event_ids: Iterable[str]) -> str:
    """The id of the incident made of ``event_ids`` (order and repeats do not matter)."""
    joined = "\n".join(sorted(set(event_ids)))
    return "inc-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


class Groups:
    """Union-find over event ids: each event's group is found by its root."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def root(self, item: str) -> str:
        """The root of ``item``'s group (the smallest id joined to it)."""
        parent = self._parent.setdefault(item, item)
        while parent != item:
            # Path halving: later look-ups of this chain take fewer steps.
            self._parent[item] = self._parent.setdefault(parent, parent)
            item, parent = parent, self._parent[parent]
        return item

    def join(self, a: str, b: str) -> None:
        """Put ``a`` and ``b`` (and their groups) in one group."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            # The smaller id is the root, so the grouping never depends on link order.
            low, high = sorted((ra, rb))
            self._parent[high] = low


def incidents_table(
    events: Mapping[str, str], links: Sequence[ConfirmedLink], codebook: Codebook
) -> pa.Table:
    """The ``incidents`` table: one row per event (``events``: event_id -> doc_id).

    Links naming an event that is not in ``events`` are left out here; the review stage
    reports them (``incidents.review-event-missing``) before they get this far.
    """
    groups = Groups()
    used = [link for link in links if link.event_a in events and link.event_b in events]
    for link in used:
        groups.join(link.event_a, link.event_b)
    touched = {e for link in used for e in (link.event_a, link.event_b)}
    members: dict[str, list[str]] = {}
    for event_id in touched:
        members.setdefault(groups.root(event_id), []).append(event_id)
    reviewers: dict[str, set[str]] = {}
    versions: dict[str, set[str]] = {}
    for link in used:
        root = groups.root(link.event_a)
        reviewers.setdefault(root, set()).update(link.reviewers)
        versions.setdefault(root, set()).add(link.rule_version)
    rows: list[dict[str, Any]] = []
    for root, event_ids in members.items():
        linked = len(event_ids) > 1  # not a link of an event with itself
        iid = incident_id(event_ids)
        n_reports = len({events[e] for e in event_ids})
        for event_id in event_ids:
            rows.append(
                {
                    "incident_id": iid,
                    "event_id": event_id,
                    "doc_id": events[event_id],
                    "n_events": len(event_ids),
                    "n_reports": n_reports,
                    "method": METHOD_REVIEW if linked else METHOD_SINGLE,
                    "rule_version": ";".join(sorted(versions[root])) if linked else None,
                    "reviewers": sorted(reviewers.get(root, ())) or None,
                }
            )
    grouped = from_rows("incidents", rows, codebook)
    # Every other event is an incident of its own: its columns built whole, since an
    # archive has far more of these than linked ones.
    singles = [e for e in events if e not in touched]
    count = len(singles)
    alone = pa.Table.from_pydict(
        {
            "incident_id": [incident_id((e,)) for e in singles],
            "event_id": singles,
            "doc_id": [events[e] for e in singles],
            "n_events": [1] * count,
            "n_reports": [1] * count,
            "method": [METHOD_SINGLE] * count,
            "rule_version": [None] * count,
            "reviewers": [None] * count,
        },
        schema=grouped.schema,
    )
    table = pa.concat_tables([grouped, alone])
    if table.num_rows:
        table = table.sort_by([("event_id", "ascending")])
    return table.combine_chunks()


def with_incidents(flat: pa.Table, incidents: pa.Table) -> pa.Table:
    """``events_flat`` with its ``incident_id`` and ``n_reports`` taken from ``incidents``.

    Both tables are sorted by event_id and hold the same events (built from one another),
    so the columns are copied row for row after checking that the ids line up.
    """
    if not flat.column("event_id").equals(incidents.column("event_id")):
        raise ValueError("events_flat and incidents do not hold the same events in order")
    for name in ("incident_id", "n_reports"):
        position = flat.schema.get_field_index(name)
        flat = flat.set_column(position, flat.schema.field(name), incidents.column(name))
    return flat
