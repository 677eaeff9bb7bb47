"""Incidents: several articles' reports of one happening, linked.

One module per step:

* :mod:`.rule`: :func:`candidate_links` proposes links by rule (same type, overlapping
  dates, same or nearby place, compatible actors), never merges anything;
* :mod:`.review`: reads the reviewers' decisions pulled from the Label Studio review
  project (``annotations/incidents/``) into confirmed links, with coded issues for a
  task whose events no longer exist or reviews that disagree;
* :mod:`.table`: the published ``incidents`` table and the ``incident_id`` and
  ``n_reports`` columns of ``events_flat``, from the confirmed links only.

The steps, and how a reviewer decides, are in ``docs/incidents.md``.
"""

from __future__ import annotations

from .rule import NEARBY_KM, RULE_VERSION, CandidateLink, candidate_links, distance_km
from .table import ConfirmedLink, incident_id, incidents_table, with_incidents

__all__ = [
    "NEARBY_KM",
    "RULE_VERSION",
    "CandidateLink",
    "ConfirmedLink",
    "candidate_links",
    "distance_km",
    "incident_id",
    "incidents_table",
    "with_incidents",
]
