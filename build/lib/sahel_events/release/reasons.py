"""Why each record of a release changed: the reasons of the corrections it was built
from (:mod:`sahel_events.annotation.corrections`), attached to the diff.

A correction gives a reason per Label Studio region and one for the document. A record
takes the reason of its own region (events and mentions carry ``region_id``), an
argument or a flat-view row the reason of its event, else of its mention, and any other
record of a corrected document (its provenance row, say) a note that the document's
annotation of record is now the correction. Records of
documents nobody corrected get no reason: they changed with the code or the schema,
which ``CHANGES.md`` says in its column notes.

A correction stays in effect in every later release, but it explains only the records
that changed with it: ``CHANGES.md`` cites a correction's document-level reason only
when at least one added, removed or changed record of its document is in the diff
(:func:`add_reasons` returns those documents). Releases up to 1.1.1 cited every
correction in effect, so 1.1.1, which changed no record, repeated the reason of an
older one; :func:`render_reasons` can still render that rule (``explained=None``) so
``release check`` recognises the files published under it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from ..annotation.corrections import Correction
from .batches import TableSource, column_names, iter_rows, read_columns

__all__ = ["add_reasons", "render_reasons"]


class _Lookup:
    """Record -> (doc_id, region_id), from the rows of both releases."""

    def __init__(self, tables: Sequence[Mapping[str, TableSource]]) -> None:
        self.events: dict[str, tuple[str, str]] = {}
        self.mentions: dict[str, tuple[str, str]] = {}
        for release in tables:
            for name, index in (("events", self.events), ("mentions", self.mentions)):
                source = release.get(name)
                if source is None or not {"doc_id", "region_id"} <= set(column_names(source)):
                    continue
                key = "event_id" if name == "events" else "mention_id"
                if key not in column_names(source):
                    continue
                table = read_columns(source, [key, "doc_id", "region_id"])
                for k, doc, region in zip(
                    table.column(key).to_pylist(),
                    table.column("doc_id").to_pylist(),
                    table.column("region_id").to_pylist(),
                    strict=True,
                ):
                    index.setdefault(str(k), (str(doc), str(region)))

    def places(self, row: Mapping[str, Any]) -> list[tuple[str, str | None]]:
        """(doc_id, region or None) that a record belongs to, most specific first."""
        out: list[tuple[str, str | None]] = []
        # An argument takes its event's reason first: an event deleted or re-aimed is why
        # its arguments went or came; the mention's own reason comes next.
        if "event_id" in row and str(row["event_id"]) in self.events:
            out.append(self.events[str(row["event_id"])])
        if "mention_id" in row and str(row["mention_id"]) in self.mentions:
            out.append(self.mentions[str(row["mention_id"])])
        if row.get("doc_id") is not None:
            out.append(
                (str(row["doc_id"]), str(row["region_id"]) if row.get("region_id") else None)
            )
        return out


def _rows_by_key(table: TableSource | None, key: Sequence[str]) -> dict[str, dict[str, Any]]:
    if table is None or not set(key) <= set(column_names(table)):
        return {}
    out = {}
    for row in iter_rows(table):
        k = row[key[0]] if len(key) == 1 else [row[c] for c in key]
        out[repr(k)] = row
    return out


def _reason(
    row: Mapping[str, Any] | None, lookup: _Lookup, by_doc: Mapping[str, Correction]
) -> tuple[str, str] | None:
    """(doc_id of the correction that explains ``row``, the reason), or None."""
    if row is None:
        return None
    document_reason = None
    for doc_id, region in lookup.places(row):
        correction = by_doc.get(doc_id)
        if correction is None:
            continue
        if region is not None and region in correction.regions:
            return doc_id, correction.regions[region]
        document_reason = document_reason or (
            doc_id,
            f"the document's annotation of record is now the correction made in "
            f"{correction.source} task {correction.task_id} (see above); this record's "
            "region was not edited",
        )
    return document_reason


def add_reasons(
    diff: dict[str, Any],
    old: Mapping[str, TableSource] | None,
    new: Mapping[str, TableSource],
    corrections: Sequence[Correction],
) -> frozenset[str]:
    """Add ``corrections`` (top level: every correction in effect) and per table
    ``reasons`` (one entry per added, removed or changed record whose document was
    corrected) to a diff, in place. A record whose own region was not edited (it changed
    with its annotation's provenance) says so.

    Returns the doc_ids of the corrections that explain at least one record of the diff:
    the ones ``CHANGES.md`` cites (``render_changes(diff, explained=...)``). Without
    corrections the diff is left as it is, so a release made before corrections existed
    rebuilds to the same ``diff.json``."""
    if not corrections:
        return frozenset()
    diff["corrections"] = [
        {
            "doc_id": c.doc_id,
            "source": c.source,
            "task_id": c.task_id,
            "supersedes": [{"source": s, "task_id": t} for s, t in c.supersedes],
            "reason": c.reason,
        }
        for c in corrections
    ]
    by_doc = {c.doc_id: c for c in corrections}
    old = old or {}
    lookup = _Lookup([old, new])
    explained: set[str] = set()
    for name, table in diff["tables"].items():
        reasons = []
        new_rows = _rows_by_key(new.get(name), table["key"])
        old_rows = _rows_by_key(old.get(name), table["key"])
        entries = [("added", k, new_rows) for k in table["added"]]
        entries += [("removed", k, old_rows) for k in table["removed"]]
        entries += [("changed", c["key"], new_rows) for c in table["changed"]]
        for change, key, rows in entries:
            found = _reason(rows.get(repr(key)), lookup, by_doc)
            if found is not None:
                explained.add(found[0])
                reasons.append({"change": change, "key": key, "reason": found[1]})
        table["reasons"] = reasons
    return frozenset(explained)


def render_reasons(
    diff: Mapping[str, Any], explained: Collection[str] | None, limit: int = 200
) -> list[str]:
    """The ``CHANGES.md`` section saying which records changed and why.

    ``explained``: the documents whose corrections explain a record of this diff (what
    :func:`add_reasons` returned); only their reasons are given. With corrections in
    effect but none of them explaining a record, the section says so in one sentence
    rather than vanishing: a reader who saw the section in the previous release's file
    would otherwise wonder whether it was lost. ``None`` renders the rule releases up to
    1.1.1 were published with (every correction in effect is cited), for ``release
    check`` only. No section at all without corrections, as before they existed."""
    corrections = diff.get("corrections") or []
    if not corrections:
        return []
    lines = ["## Why records changed", ""]
    cited = [c for c in corrections if explained is None or c["doc_id"] in explained]
    if not cited:
        return [*lines, _nothing_explained(diff), ""]
    for c in cited:
        replaced = ", ".join(f"{s['source']} task {s['task_id']}" for s in c["supersedes"])
        lines.append(
            f"Document {c['doc_id']}: corrected in {c['source']} task {c['task_id']}"
            + (f", replacing {replaced}" if replaced else "")
            + (f". {c['reason']}" if c["reason"] else ".")
        )
    lines.append("")
    for name, table in diff["tables"].items():
        reasons = table.get("reasons") or []
        if not reasons:
            continue
        lines += [f"### {name}", ""]
        for r in reasons[:limit]:
            key = " / ".join(str(k) for k in r["key"]) if isinstance(r["key"], list) else r["key"]
            lines.append(f"- {r['change']} {key}: {r['reason']}")
        if len(reasons) > limit:
            lines.append(f"- ... and {len(reasons) - limit} more (see diff.json)")
        lines.append("")
    return lines


def _nothing_explained(diff: Mapping[str, Any]) -> str:
    """The sentence for a diff that no correction in effect explains."""
    since = f"since release {diff['from']}" if diff.get("from") else "in this release"
    changed = any(
        counts["added"] or counts["removed"] or counts["changed"]
        for counts in diff["summary"].values()
    )
    what = (
        f"No record of a corrected document changed {since}: no correction is cited for "
        "the changes above."
        if changed
        else f"No record changed {since}: no correction is cited."
    )
    return f"{what} The corrections in effect are listed in diff.json under `corrections`."
