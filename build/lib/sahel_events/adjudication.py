"""What annotators of one document disagree on, and the draft adjudication a reviewer resolves.

Given the completed codings of a task (two or more annotators, none ground truth),
:func:`plan_adjudication` compares them region by region (a region is its span, label,
per-region choices and normalised values, as in
:meth:`sahel_events.annotation.model.Annotation.content_key`) and builds:

* the **disagreements**: regions not coded identically by everyone, grouped into
  conflicts where their spans overlap (one annotator's ASSAULT against another's COERCE
  on the same words is one conflict); arguments that differ between regions everyone
  agrees on (one conflict per event); document choices that differ;
* the **draft**: one Label Studio result holding what everyone agrees on once, then
  every version of each conflict side by side (each region's *Meta* names whose version
  it is), and over each conflict a ``layout``/``CONFLICT`` mark whose *Meta* says who
  coded what. A reviewer keeps the right version, deletes the others and the mark,
  submits and marks the annotation ground truth; a ground truth with a mark left is held
  back by consolidation (``consolidate.unresolved-conflict``).

Pure functions over exported JSON: :mod:`sahel_events.studio.adjudicate` reads the
snapshot and posts the draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .annotation.model import Annotation, Region, event_and_argument
from .annotation.names import CONFLICT_LABEL, LAYOUT_CONTROL, TEXT_NAME
from .annotation.typed import parse_annotation

__all__ = ["Adjudication", "Conflict", "Version", "plan_adjudication"]

Signature = tuple[Any, ...]


@dataclass(frozen=True)
class Version:
    """What one annotator coded at a conflict ("nothing" when they coded nothing there)."""

    annotator: str
    coded: str


@dataclass
class Conflict:
    """One disagreement: where, about what, and every annotator's version."""

    number: int
    kind: str  # entity | event | argument | document
    start: int
    end: int
    versions: list[Version]

    def describe(self, text: str) -> str:
        """One line: the place and each version."""
        where = text[self.start : self.end].replace("\n", " ")
        if len(where) > 60:
            where = where[:57] + "..."
        versions = "; ".join(f"{v.annotator}: {v.coded}" for v in self.versions)
        return (
            f"CONFLICT {self.number} ({self.kind}, {self.start}-{self.end} “{where}”): {versions}"
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {
            "number": self.number,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "versions": [{"annotator": v.annotator, "coded": v.coded} for v in self.versions],
        }


@dataclass
class Adjudication:
    """The disagreements of one task and the draft that lays them out."""

    task_id: int
    doc_id: str | None
    annotation_ids: list[int]
    annotators: list[str]
    agreed: int  # regions every annotator coded identically
    conflicts: list[Conflict]
    draft: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (without the draft's items)."""
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "annotation_ids": self.annotation_ids,
            "annotators": self.annotators,
            "agreed_regions": self.agreed,
            "conflicts": [c.as_dict() for c in self.conflicts],
        }

    def to_text(self) -> str:
        """The document's disagreements, one per line."""
        head = (
            f"{self.doc_id} (task {self.task_id}; annotations "
            f"{', '.join(map(str, self.annotation_ids))} by {', '.join(self.annotators)}): "
            f"{len(self.conflicts)} conflict(s), {self.agreed} region(s) agreed"
        )
        return "\n".join([head, *(f"  {c.describe(self.text)}" for c in self.conflicts)])


# ---------------------------------------------------------------------------- regions


def _signature(region: Region) -> Signature:
    return (
        region.content(),
        tuple(sorted(region.choices.items())),
        tuple(sorted(region.texts.items())),
    )


def _describe(region: Region) -> str:
    parts = [f"{region.label} “{region.text or ''}”"]
    values = [f"{k}={'/'.join(v)}" for k, v in sorted(region.choices.items()) if v]
    values += [f"{k}={v}" for k, v in sorted(region.texts.items())]
    if values:
        parts.append(f"({', '.join(values)})")
    return " ".join(parts)


def _items_by_region(raw: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in raw.get("result") or []:
        if (
            isinstance(item, dict)
            and item.get("type") != "relation"
            and "start" in (item.get("value") or {})
        ):
            grouped.setdefault(str(item.get("id")), []).append(item)
    return grouped


def _document_items(raw: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        str(item.get("from_name")): item
        for item in raw.get("result") or []
        if isinstance(item, dict)
        and item.get("type") == "choices"
        and "start" not in (item.get("value") or {})
    }


def _overlaps(a: Region, b: Region) -> bool:
    return a.control == b.control and a.start < b.end and b.start < a.end


# ---------------------------------------------------------------------------- the plan


@dataclass
class _Draft:
    """The draft result being assembled, with unique region ids."""

    items: list[dict[str, Any]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def add_region(
        self, items: Sequence[dict[str, Any]], wanted: str, note: str | None = None
    ) -> str:
        region_id, n = wanted, 1
        while region_id in self.used:
            n += 1
            region_id = f"{wanted}-{n}"
        self.used.add(region_id)
        for item in items:
            copy = {**item, "id": region_id}
            if note is not None and item.get("type") == "labels":
                copy["meta"] = {"text": [note]}
            self.items.append(copy)
        return region_id


def plan_adjudication(
    task: Mapping[str, Any],
    annotations: Sequence[Mapping[str, Any]],
    name: Callable[[int | None], str],
) -> Adjudication | None:
    """The disagreements between ``annotations`` (completed codings of ``task``, exported
    JSON) and the draft laying them out; None when they agree exactly or are fewer than 2.

    ``name`` gives an annotator's pseudonym from a Label Studio user id.
    """
    if len(annotations) < 2:
        return None
    data = task.get("data") if isinstance(task.get("data"), dict) else {}
    text = str((data or {}).get("text") or "")
    typed = [parse_annotation(a) for a in annotations]
    if len({a.content_key() for a in typed}) == 1:
        return None
    who = [name(a.user_id) for a in typed]
    raw_regions = [_items_by_region(a) for a in annotations]
    coded = [{r.id: r for r in a.regions.values() if not r.is_layout} for a in typed]
    sigs = [{rid: _signature(r) for rid, r in regions.items()} for regions in coded]
    agreed = set.intersection(*(set(s.values()) for s in sigs))

    draft = _Draft()
    id_map: list[dict[str, str]] = [{} for _ in typed]
    kept: dict[Signature, str] = {}
    for region_id, sig in sigs[0].items():
        if sig in agreed and sig not in kept:
            kept[sig] = draft.add_region(raw_regions[0].get(region_id, []), region_id)
    for i, regions in enumerate(sigs):
        for region_id, sig in regions.items():
            if sig in kept:
                id_map[i][region_id] = kept[sig]
    for region in typed[0].regions.values():
        if region.is_layout and region.label != CONFLICT_LABEL:  # repeated-paragraph marks
            draft.add_region(raw_regions[0].get(region.id, []), region.id)

    conflicts: list[Conflict] = []
    # Regions not everyone coded alike, grouped where their spans overlap.
    loose = [
        (i, region)
        for i, regions in enumerate(coded)
        for region in sorted(regions.values(), key=lambda r: (r.start, r.end, r.id))
        if sigs[i][region.id] not in agreed
    ]
    groups: list[list[tuple[int, Region]]] = []
    for entry in loose:
        touching = [g for g in groups if any(_overlaps(entry[1], r) for _, r in g)]
        merged = [entry] + [e for g in touching for e in g]
        groups = [g for g in groups if g not in touching] + [merged]
    groups.sort(key=lambda g: (min(r.start for _, r in g), min(r.end for _, r in g)))
    for group in groups:
        number = len(conflicts) + 1
        versions = []
        for i, annotator in enumerate(who):
            mine = [r for j, r in group if j == i]
            versions.append(
                Version(annotator, "; ".join(_describe(r) for r in mine) if mine else "nothing")
            )
        for i, region in sorted(group, key=lambda e: (e[0], e[1].start)):
            note = f"CONFLICT {number}: {who[i]}'s version"
            id_map[i][region.id] = draft.add_region(
                raw_regions[i].get(region.id, []), region.id, note
            )
        kind = group[0][1].control
        start = min(r.start for _, r in group)
        end = max(r.end for _, r in group)
        conflicts.append(Conflict(number, kind, start, end, versions))

    _relations(typed, coded, sigs, agreed, id_map, who, draft, conflicts)
    _document_choices(annotations, typed, who, draft, conflicts, text)

    for conflict in conflicts:
        draft.items.append(
            {
                "id": f"conflict-{conflict.number}",
                "from_name": LAYOUT_CONTROL,
                "to_name": TEXT_NAME,
                "type": "labels",
                "value": {
                    "start": conflict.start,
                    "end": conflict.end,
                    "text": text[conflict.start : conflict.end],
                    "labels": [CONFLICT_LABEL],
                },
                "meta": {"text": [conflict.describe(text)]},
            }
        )
    return Adjudication(
        task_id=int(task.get("id") or 0),
        doc_id=(data or {}).get("doc_id"),
        annotation_ids=[a.annotation_id for a in typed],
        annotators=who,
        agreed=len(kept),
        conflicts=conflicts,
        draft=draft.items,
        text=text,
    )


def _relations(
    typed: Sequence[Annotation],
    coded: Sequence[Mapping[str, Region]],
    sigs: Sequence[Mapping[str, Signature]],
    agreed: set[Signature],
    id_map: Sequence[Mapping[str, str]],
    who: Sequence[str],
    draft: _Draft,
    conflicts: list[Conflict],
) -> None:
    """Relations everyone drew once; the others each with its version. Differing arguments
    between agreed regions are a conflict of their own, one per event."""
    keyed: list[dict[Signature, tuple[str, str, Any]]] = []
    for i, a in enumerate(typed):
        mine: dict[Signature, tuple[str, str, Any]] = {}
        for rel in a.relations:
            if rel.from_id not in sigs[i] or rel.to_id not in sigs[i]:
                continue
            key = (sigs[i][rel.from_id], sigs[i][rel.to_id], tuple(sorted(rel.labels)))
            mine[key] = (rel.from_id, rel.to_id, rel)
        keyed.append(mine)
    common = set.intersection(*(set(k) for k in keyed))
    by_event: dict[str, dict[int, list[str]]] = {}
    anchors: dict[str, Region] = {}
    done: set[Signature] = set()
    for i, mine in enumerate(keyed):
        for key, (from_id, to_id, rel) in mine.items():
            if key in common and key in done:
                continue
            done.add(key)
            draft.items.append(
                {
                    "from_id": id_map[i][from_id],
                    "to_id": id_map[i][to_id],
                    "type": "relation",
                    "direction": rel.direction,
                    "labels": list(rel.labels),
                }
            )
            if key in common or not (key[0] in agreed and key[1] in agreed):
                continue  # drawn by all, or part of a region's version
            pair = event_and_argument(rel, coded[i])
            event, argument = pair if pair else (coded[i][from_id], coded[i][to_id])
            anchor = id_map[i][event.id]
            anchors[anchor] = event
            role = "/".join(rel.labels) or "no role"
            by_event.setdefault(anchor, {}).setdefault(i, []).append(
                f"{role} → “{argument.text or ''}”"
            )
    for anchor, found in by_event.items():
        event = anchors[anchor]
        versions = [
            Version(w, "; ".join(sorted(found.get(i, []))) or "no such argument")
            for i, w in enumerate(who)
        ]
        conflicts.append(Conflict(len(conflicts) + 1, "argument", event.start, event.end, versions))


def _document_choices(
    annotations: Sequence[Mapping[str, Any]],
    typed: Sequence[Annotation],
    who: Sequence[str],
    draft: _Draft,
    conflicts: list[Conflict],
    text: str,
) -> None:
    """Document choices everyone made alike are kept; others become a conflict over the
    first line (they have no span), left unset for the reviewer."""
    controls = sorted({c for a in typed for c in a.document_choices})
    first_line = text.find("\n")
    end = first_line if first_line > 0 else min(len(text), 80)
    for control in controls:
        values = [a.document_choices.get(control, ()) for a in typed]
        if len(set(values)) == 1:
            item = _document_items(annotations[0]).get(control)
            if item is not None:
                draft.items.append(dict(item))
            continue
        versions = [
            Version(w, f"{control}={'/'.join(v) if v else 'unset'}")
            for w, v in zip(who, values, strict=True)
        ]
        conflicts.append(Conflict(len(conflicts) + 1, "document", 0, max(end, 1), versions))
