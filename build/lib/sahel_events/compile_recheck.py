"""The table checks of an incremental build, run over the rows that are new.

After a last build whose checks found nothing, an incremental build knows, for each
table, which of its rows are exactly rows that build checked (rows of documents whose
compiled task has the same cache key, and, for the values set anew in each build, rows
found equal to the ones it checked: :mod:`sahel_events.compile_reuse`). The others are
the *new* rows. :func:`clean_over_new_rows` says whether the checks of a full compile
would find nothing, running each check over what it must see:

* the pandera schemas (row and column checks) over the new rows only; a table without
  new rows is not validated at all: its column checks depend on its Arrow schema alone,
  which is the one the last build's checked table had (the state is kept per codebook
  and code, :mod:`sahel_events.compile_cache`);
* the primary keys over the rows that share a key's first column with a new row (a
  repeat always involves a new row), the foreign keys over the whole tables (a removed
  row can break a kept row's reference, so nothing is taken on trust there);
* the incidents over the incidents that hold a new row (every member of such an
  incident, new or not) and the flat rows of their events, plus one vectorised test
  that every flat event has an incident: an incident of kept rows only is the one the
  last build checked.

False means: run the full checks, which report what is wrong in their own order.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

from . import tables as T
from .codebook import Codebook
from .errors import Report
from .tables.checks import check_foreign_key, check_primary_key
from .tables.codes import Capped

__all__ = ["clean_over_new_rows", "incidents_clean", "keys_clean"]


def incidents_clean(tables: Mapping[str, pa.Table], new_incidents: pa.Table) -> bool:
    """Whether :func:`sahel_events.tables.check_incidents` finds nothing, given that the
    incidents rows other than ``new_incidents`` are rows a clean build checked with the
    flat rows of their events."""
    incidents = tables.get("incidents")
    flat = tables.get("events_flat")
    if incidents is None or flat is None or "incident_id" not in incidents.column_names:
        return not T.check_incidents(tables).issues
    if new_incidents.num_rows == incidents.num_rows:
        return not T.check_incidents(tables).issues
    # Every flat event has an incident (a kept flat row whose incident row went away).
    events = incidents.column("event_id")
    if not pc.all(pc.is_in(flat.column("event_id"), value_set=events)).as_py():
        return False
    ids = new_incidents.column("incident_id")
    scoped = incidents.filter(pc.is_in(incidents.column("incident_id"), value_set=ids))
    of_scoped = pc.is_in(flat.column("event_id"), value_set=scoped.column("event_id"))
    scoped_flat = flat.filter(of_scoped)
    return not T.check_incidents({"incidents": scoped, "events_flat": scoped_flat}).issues


def keys_clean(tables: Mapping[str, pa.Table], new_rows: Mapping[str, pa.Table]) -> bool:
    """Whether :func:`sahel_events.tables.check_keys` finds nothing in ``tables``.

    Foreign keys are checked over the whole tables. A primary key, when the rows other
    than the new ones are rows a clean build checked (unique, not null), over the rows
    that share the key's first column with a new row: any repeat involves a new row, and
    a row repeating another has its first column."""
    capped = Capped(Report())
    for name, table in tables.items():
        new = new_rows.get(name, table)
        first = T.get_table(name).primary_key[0]
        if new.num_rows != table.num_rows:
            near = pc.is_in(table.column(first), value_set=new.column(first))
            table = table.filter(near)
        check_primary_key(name, table, capped)
    for name, table in tables.items():
        for fk in T.get_table(name).foreign_keys:
            parent = tables.get(fk.resource)
            if parent is not None:
                check_foreign_key(name, table, fk, parent, capped)
    return not capped.report.issues


def clean_over_new_rows(
    tables: Mapping[str, pa.Table], new_rows: Mapping[str, pa.Table], codebook: Codebook
) -> bool:
    """True when the table checks of a full compile would find nothing in ``tables``,
    where ``new_rows`` holds, for each table, its rows that the last clean build did not
    check (the whole table when nothing is known of it)."""
    if not keys_clean(tables, new_rows):
        return False
    if not incidents_clean(tables, new_rows.get("incidents", tables["incidents"])):
        return False
    to_validate = {}
    for name, table in tables.items():
        rows = new_rows.get(name, table)
        if not table.schema.equals(T.arrow_schema(name, codebook)):
            to_validate[name] = table  # not the table the last build checked
        elif rows.num_rows:
            to_validate[name] = rows
    if to_validate and T.check_tables(to_validate, codebook).issues:
        return False
    spans = {name: new_rows.get(name, tables[name]) for name in ("mentions", "events")}
    return not T.check_offsets({**spans, "documents": tables["documents"]}).issues
