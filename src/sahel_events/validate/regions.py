"""Group the flat ``result`` list of one annotation into regions, attributes and relations.

Label Studio exports a region as several result items sharing one ``id``: the span
(``type: labels``), then one item per per-region control (choices, text areas) with the
span's ``start``/``end``/``text`` copied in. Relations point at region ids, within the
same annotation only. Document-level choices have no ``start``. (``notes/label-studio.md``
§8, "Linking rules".)

:func:`parse_result` applies those rules and never raises: items too malformed to place
are skipped (the schema layer reports them), so every later stage, validation and
compilation alike, can rely on one reading of an annotation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..codebook import LAYOUT_CONTROL
from ..generate.labelconfig import ENTITY_CONTROL, EVENT_CONTROL

__all__ = ["ParsedResult", "Region", "Relation", "event_and_argument", "parse_result"]


@dataclass
class Region:
    """One labelled span and the values attached to it."""

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


@dataclass(frozen=True)
class Relation:
    """A relation item: ``labels`` is None when the annotator picked no role."""

    from_id: Any
    to_id: Any
    direction: str
    labels: tuple[str, ...] | None
    index: int


@dataclass
class ParsedResult:
    """The items of one annotation result, grouped."""

    regions: dict[str, Region] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    document_choices: dict[str, list[str]] = field(default_factory=dict)
    #: (item index, item) of per-region items whose id has no span item.
    orphans: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    #: (item index, item) of span items whose id another span item already uses.
    id_clashes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


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
                Relation(
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
            parsed.regions[region_id] = Region(
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


def event_and_argument(
    relation: Relation, regions: dict[str, Region]
) -> tuple[Region, Region] | None:
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
