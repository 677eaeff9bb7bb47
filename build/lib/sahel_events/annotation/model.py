"""The Label Studio result model: items grouped into regions, relations and document choices.

Label Studio exports a region as several result items sharing one ``id``: the span
(``type: labels``), then one item per per-region control (choices, text areas) with the
span's ``start``/``end``/``text`` copied in. Relations point at region ids, within the
same annotation only. Document-level choices have no ``start``. (``notes/label-studio.md``
§8, "Linking rules".)

Two levels, one derived from the other:

* :func:`parse_result` groups the items as exported and never raises: items too
  malformed to place are set aside (:class:`ParsedResult` ``orphans``, ``id_clashes``),
  and values keep whatever type the export gave them. Validation reads this level, so it
  can report on anything a file holds.
* :func:`sahel_events.annotation.typed.parse_annotation` builds the typed
  :class:`Annotation` from it: regions with integer offsets (:class:`Region`),
  relations between string ids, duplicate regions merged, plus the annotation's
  bookkeeping (user, times, ground truth). Consolidation, compilation, agreement and
  evaluation read this level. What it drops is reported under the very codes
  validation uses for the same fault (:mod:`sahel_events.annotation.rules`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import Issue
from .names import CONFLICT_LABEL, ENTITY_CONTROL, EVENT_CONTROL, LAYOUT_CONTROL

__all__ = [
    "Annotation",
    "ParsedResult",
    "Region",
    "Relation",
    "ResultRegion",
    "ResultRelation",
    "event_and_argument",
    "offset",
    "parse_result",
]


# ---------------------------------------------------------------------------- as exported


class _ControlKind:
    """What kind of region a Labels control makes; shared by the exported and typed views."""

    control: str

    @property
    def is_event(self) -> bool:
        """True for an event trigger region."""
        return self.control == EVENT_CONTROL

    @property
    def is_entity(self) -> bool:
        """True for an entity mention region."""
        return self.control == ENTITY_CONTROL

    @property
    def is_layout(self) -> bool:
        """True for a layout mark (a repeated paragraph), which is not data."""
        return self.control == LAYOUT_CONTROL


@dataclass
class ResultRegion(_ControlKind):
    """One labelled span and the values attached to it, with the types the export gave."""

    id: str
    control: str  # the Labels control: entity, event or layout
    label: str | None  # its (first) label; None when the item has no label
    start: Any  # ints in a valid export; Any because the export may be wrong
    end: Any
    text: Any
    index: int  # position of the span item in ``result``
    choices: dict[str, list[str]] = field(default_factory=dict)  # control -> values
    texts: dict[str, list[str]] = field(default_factory=dict)  # text area -> strings
    attribute_items: dict[str, int] = field(default_factory=dict)  # control -> item index
    #: control -> the (start, end) its item repeats; equal to the span's in a sound export
    attribute_spans: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class ResultRelation:
    """A relation item as exported: ``labels`` is None when the annotator picked no role."""

    from_id: Any
    to_id: Any
    direction: str
    labels: tuple[str, ...] | None
    index: int


@dataclass
class ParsedResult:
    """The items of one annotation result, grouped."""

    regions: dict[str, ResultRegion] = field(default_factory=dict)
    relations: list[ResultRelation] = field(default_factory=list)
    document_choices: dict[str, list[str]] = field(default_factory=dict)
    #: (item index, item) of per-region items whose id has no span item.
    orphans: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    #: (item index, item) of span items whose id another span item already uses.
    id_clashes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def offset(value: Any) -> int | None:
    """An offset as an int (JSON 12.0 counts as 12, as in the schema); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def parse_result(result: Any) -> ParsedResult:
    """Group a result list into regions (with their attributes), relations and doc choices."""
    parsed = ParsedResult()
    if not isinstance(result, list):
        return parsed
    attributes: list[tuple[int, dict[str, Any]]] = []
    for index, item in enumerate(result):
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if kind == "relation":
            labels = item.get("labels")
            direction = item.get("direction")
            parsed.relations.append(
                ResultRelation(
                    item.get("from_id"),
                    item.get("to_id"),
                    direction if isinstance(direction, str) else "right",
                    tuple(_strings(labels)) if isinstance(labels, list) and labels else None,
                    index,
                )
            )
            continue
        value = item.get("value")
        region_id = item.get("id")
        if not isinstance(value, dict) or not isinstance(region_id, str):
            continue
        if kind == "labels":
            if region_id in parsed.regions:
                parsed.id_clashes.append((index, item))
                continue
            labels = _strings(value.get("labels"))
            parsed.regions[region_id] = ResultRegion(
                region_id,
                str(item.get("from_name")),
                labels[0] if labels else None,
                value.get("start"),
                value.get("end"),
                value.get("text"),
                index,
            )
        elif kind in ("choices", "textarea"):
            attributes.append((index, item))
    # Second pass: attribute items may come before their span in the list.
    for index, item in attributes:
        value = item["value"]
        control = str(item.get("from_name"))
        if item["type"] == "choices" and "start" not in value:
            parsed.document_choices[control] = _strings(value.get("choices"))
            continue
        region = parsed.regions.get(item["id"])
        if region is None:
            parsed.orphans.append((index, item))
            continue
        if item["type"] == "choices":
            region.choices[control] = _strings(value.get("choices"))
        else:
            region.texts[control] = _strings(value.get("text"))
        region.attribute_items[control] = index
        region.attribute_spans[control] = (value.get("start"), value.get("end"))
    return parsed


# ---------------------------------------------------------------------------- typed


@dataclass(frozen=True)
class Region(_ControlKind):
    """A labelled span of one annotation, with integer offsets and its per-region values."""

    id: str
    control: str  # the Labels control: entity, event or layout
    start: int
    end: int
    text: str | None  # value.text as exported (the span's text)
    labels: tuple[str, ...]
    choices: Mapping[str, tuple[str, ...]]  # per-region Choices, by control name
    texts: Mapping[str, str]  # per-region TextArea: the last non-empty string, by control

    @property
    def label(self) -> str:
        """The region's label (the first, when several were given)."""
        return self.labels[0] if self.labels else ""

    def content(self) -> tuple[str, int, int, str]:
        """What identifies the region regardless of its id."""
        return (self.control, self.start, self.end, self.label)


@dataclass(frozen=True)
class Relation:
    """A relation between two regions of the same annotation."""

    from_id: str
    to_id: str
    labels: tuple[str, ...]  # empty when the annotator picked no role
    direction: str  # right (from -> to, the UI default), left or bi


_R = TypeVar("_R", Region, ResultRegion)


def event_and_argument(
    relation: Relation | ResultRelation, regions: Mapping[str, _R]
) -> tuple[_R, _R] | None:
    """The (event trigger, argument) a relation links, or None if it is not such a link.

    ``direction: right`` goes from ``from_id`` to ``to_id`` (the UI default), ``left``
    the other way; for ``bi`` whichever end is the event is taken as the source. The
    argument must be an entity region.
    """
    source = regions.get(relation.from_id) if isinstance(relation.from_id, str) else None
    target = regions.get(relation.to_id) if isinstance(relation.to_id, str) else None
    if source is None or target is None:
        return None
    if relation.direction == "left" or (relation.direction == "bi" and target.is_event):
        source, target = target, source
    if source.is_event and target.is_entity:
        return source, target
    return None


@dataclass
class Annotation:
    """One Label Studio annotation (or prediction), its result grouped and typed."""

    annotation_id: int
    user_id: int | None
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    lead_time: float | None
    was_cancelled: bool
    ground_truth: bool
    n_results: int
    regions: dict[str, Region]
    relations: tuple[Relation, ...]
    document_choices: dict[str, tuple[str, ...]]
    issues: list[Issue] = field(default_factory=list)

    def _relation_content(self, rel: Relation) -> tuple[Any, ...]:
        pair = event_and_argument(rel, self.regions)
        if pair is not None:
            # The same argument drawn either way round is the same decision.
            return ("argument", pair[0].content(), pair[1].content(), tuple(sorted(rel.labels)))
        return (
            rel.direction,
            self.regions[rel.from_id].content(),
            self.regions[rel.to_id].content(),
            tuple(sorted(rel.labels)),
        )

    @property
    def conflict_marks(self) -> list[Region]:
        """The CONFLICT marks a draft adjudication still holds (``sahel-events adjudicate``)."""
        return [r for r in self.regions.values() if r.is_layout and r.label == CONFLICT_LABEL]

    def content_key(self) -> tuple[Any, ...]:
        """Everything the annotator decided, with region ids replaced by region content.

        Two annotations with equal keys agree exactly.
        """
        regions = sorted(
            (
                r.content(),
                tuple(sorted(r.choices.items())),
                tuple(sorted(r.texts.items())),
            )
            for r in self.regions.values()
        )
        relations = sorted(
            self._relation_content(rel)
            for rel in self.relations
            if rel.from_id in self.regions and rel.to_id in self.regions
        )
        dangling = sorted(
            (rel.from_id, rel.to_id, rel.labels)
            for rel in self.relations
            if rel.from_id not in self.regions or rel.to_id not in self.regions
        )
        return (
            tuple(regions),
            tuple(relations),
            tuple(dangling),
            tuple(sorted(self.document_choices.items())),
        )
