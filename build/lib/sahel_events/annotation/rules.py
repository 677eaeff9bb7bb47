"""The faults of the annotation model, each under one code wherever it is met.

Validation (every layer), consolidation, compilation and the check of pre-annotations
meet the same faults: a per-region value without its span, two spans under one id, an
offset outside the text, a relation to a region that does not exist. Each is reported
here, once, with one code and one message, through a :class:`Sink` that each stage
supplies (validation adds the JSON path of the item; compilation the file, task and
annotation). The codes are those ``docs/validation.md`` lists:

* grouping: ``codebook.orphan-attribute``, ``codebook.duplicate-region-id``,
  ``export.schema`` (a span without integer offsets), ``text.duplicate-region``;
* spans: ``text.offset-out-of-range``, ``text.empty-span``, ``text.span-text-mismatch``;
* relations: ``codebook.dangling-relation``, ``codebook.relation-not-from-event``,
  ``codebook.unlabelled-relation``, ``codebook.unknown-role``;
* controls (for results no schema has checked, such as fresh pre-annotations):
  ``codebook.unknown-control``, ``codebook.unknown-label``, ``codebook.unknown-choice``,
  ``codebook.attribute-not-allowed``, ``codebook.mode-of-other-type``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..errors import Severity
from .model import ParsedResult, Region, Relation, ResultRegion, ResultRelation, event_and_argument
from .names import SPAN_CONTROLS

if TYPE_CHECKING:
    from .controls import Controls

__all__ = [
    "Severity",
    "Sink",
    "check_attributes",
    "check_grouping",
    "check_items",
    "check_relation",
    "check_span",
    "report_duplicate",
    "report_unknown_role",
    "report_unplaced",
]


class Sink(Protocol):
    """Where a stage takes a fault: result item ``index`` (when known) and region id."""

    def __call__(
        self,
        code: str,
        message: str,
        index: int | None = None,
        region: str | None = None,
        severity: Severity | None = None,
    ) -> None: ...


_R = TypeVar("_R", Region, ResultRegion)


def describe(region: Region | ResultRegion) -> str:
    """``ASSAULT region 'attaqué'``, for messages."""
    return f"{region.label or '(no label)'} region {region.text!r}"


# ---------------------------------------------------------------------------- grouping


def check_grouping(parsed: ParsedResult, sink: Sink) -> None:
    """Report the items :func:`~.model.parse_result` could not place."""
    for index, item in parsed.id_clashes:
        sink(
            "codebook.duplicate-region-id",
            f"two spans share the id {item.get('id')!r}; their attributes and relations "
            "cannot be told apart. Delete one region and label it again",
            index,
            region=str(item.get("id")),
        )
    for index, item in parsed.orphans:
        sink(
            "codebook.orphan-attribute",
            f"{item.get('from_name')!r} value belongs to region {item.get('id')!r}, which "
            "has no labelled span in this annotation; label the span or drop the value",
            index,
            region=str(item.get("id")),
        )


def report_unplaced(region: ResultRegion, sink: Sink) -> None:
    """A span whose offsets are not integers: what the export schema says of it."""
    sink(
        "export.schema",
        f"the span's value.start/value.end ({region.start!r}, {region.end!r}) are not "
        "integer offsets; delete the region and label the span again",
        region.index,
        region=region.id,
    )


def report_duplicate(region: ResultRegion, kept: str, start: int, end: int, sink: Sink) -> None:
    """A second region with the same control, offsets and label as ``kept``."""
    sink(
        "text.duplicate-region",
        f"region {region.id!r} repeats region {kept!r} ({region.label} {region.text!r} at "
        f"{start}..{end}); delete one of them (compile keeps the first)",
        region.index,
        region=region.id,
        severity="warning",
    )


# ---------------------------------------------------------------------------- spans


def check_span(
    region: Region | ResultRegion,
    start: int,
    end: int,
    text: str,
    sink: Sink,
    index: int | None = None,
) -> bool:
    """Check a region's offsets and ``value.text`` against the task text.

    Returns False when the span cannot be placed in the text at all (out of range,
    empty or reversed); a ``value.text`` that differs from ``text[start:end]`` is
    reported, and the span is still placed.
    """
    if start < 0 or end > len(text):
        sink(
            "text.offset-out-of-range",
            f"offsets {start}..{end} fall outside the text ({len(text)} characters); "
            "the region was made on another text. Delete it and label the span again",
            index,
            region=region.id,
        )
        return False
    if end <= start:
        sink(
            "text.empty-span",
            f"the span {start}..{end} is empty or reversed; delete the region or label "
            "the span again",
            index,
            region=region.id,
        )
        return False
    actual = text[start:end]
    if region.text != actual:
        sink(
            "text.span-text-mismatch",
            f"value.text is {region.text!r} but the text at {start}..{end} is "
            f"{actual!r}; the offsets are wrong (or the text changed): label the span "
            "again",
            index,
            region=region.id,
        )
    return True


# ---------------------------------------------------------------------------- relations


def check_relation(
    relation: Relation | ResultRelation, regions: Mapping[str, _R], sink: Sink
) -> tuple[_R, _R] | None:
    """The (event, argument) of a relation that links them with a role, else None.

    A relation to a missing region, one that does not go from an event trigger to an
    entity, and one without a role are reported.
    """
    index = relation.index if isinstance(relation, ResultRelation) else None
    missing = [
        end
        for end in (relation.from_id, relation.to_id)
        if not isinstance(end, str) or end not in regions
    ]
    if missing:
        sink(
            "codebook.dangling-relation",
            f"the relation {relation.from_id!r} -> {relation.to_id!r} points at "
            f"{', '.join(repr(m) for m in missing)}, which is no region of this "
            "annotation (deleted since?); delete the relation and draw it again",
            index,
            region=str(missing[0]) if missing[0] is not None else None,
        )
        return None
    pair = event_and_argument(relation, regions)
    if pair is None:
        source, target = regions[relation.from_id], regions[relation.to_id]
        sink(
            "codebook.relation-not-from-event",
            f"the relation goes from {describe(source)} ({source.control}) to "
            f"{describe(target)} ({target.control}); an argument goes from an event "
            "trigger to an entity: redraw it from the event, or flip its direction",
            index,
            region=source.id,
        )
        return None
    event, argument = pair
    if not relation.labels:
        sink(
            "codebook.unlabelled-relation",
            f"the relation from {describe(event)} to {describe(argument)} has no role "
            "and will be ignored; pick its role (actor, recipient, ...)",
            index,
            region=event.id,
            severity="warning",
        )
        return None
    return pair


def report_unknown_role(
    role: str, roles: Iterable[str], sink: Sink, index: int | None = None, region: str | None = None
) -> None:
    """A relation label that is not a codebook role."""
    sink(
        "codebook.unknown-role",
        f"{role!r} is not an argument role; the roles are {', '.join(roles)}",
        index,
        region=region,
    )


# ---------------------------------------------------------------------------- controls


def check_items(result: Any, controls: Controls, sink: Sink) -> None:
    """Control names, labels, choices and roles of result items against the codebook.

    For results that no export schema has checked (fresh pre-annotations); validation
    finds the same faults with the schema, under the same codes.
    """
    if not isinstance(result, list):
        return
    for index, item in enumerate(result):
        if not isinstance(item, dict):
            continue
        kind, name = item.get("type"), str(item.get("from_name"))
        region = item.get("id") if isinstance(item.get("id"), str) else None
        raw_value = item.get("value")
        value: dict[str, Any] = raw_value if isinstance(raw_value, dict) else {}
        if kind == "relation":
            for role in item.get("labels") or []:
                if role not in controls.roles:
                    report_unknown_role(role, controls.roles, sink, index, item.get("from_id"))
            continue
        by_kind: dict[str, Mapping[str, object]] = {
            "labels": controls.span_labels,
            "choices": controls.choices,
            "textarea": controls.textareas,
        }
        known = by_kind.get(str(kind), {})
        if name not in known:
            sink(
                "codebook.unknown-control",
                f"the labeling config has no {kind} control named {name!r}",
                index,
                region=region,
            )
            continue
        if kind == "labels":
            allowed: tuple[str, ...] = controls.span_labels[name]
            picked, code = value.get("labels"), "codebook.unknown-label"
        elif kind == "choices":
            allowed = controls.choices[name].values
            picked, code = value.get("choices"), "codebook.unknown-choice"
        else:
            strings = value.get("text")
            if not isinstance(strings, list) or not all(isinstance(s, str) for s in strings):
                sink(
                    "export.schema",
                    f"{name!r}: a TextArea's value.text must be a list of strings",
                    index,
                    region=region,
                )
            continue
        for v in picked if isinstance(picked, list) else [picked]:
            if v not in allowed:
                sink(
                    code,
                    f"{v!r} is not a value of the {name!r} control; its values are "
                    f"{', '.join(allowed)}",
                    index,
                    region=region,
                )


def check_attributes(region: ResultRegion, controls: Controls, sink: Sink) -> None:
    """Per-region values the region's label does not take (another type's mode, a
    sector on a place, a date on a person, anything on a layout mark)."""
    label = region.label
    spans = controls.span_labels
    known = label is not None and any(label in spans.get(c, ()) for c in SPAN_CONTROLS)
    for name, index in region.attribute_items.items():
        choice = controls.choices.get(name)
        textarea = controls.textareas.get(name)
        if choice is not None and not choice.per_region:
            continue  # a document choice on a region: the schema reports it
        allowed = choice.labels if choice else textarea.labels if textarea else None
        if allowed is None or label in allowed or not (known or region.is_layout):
            continue  # allowed, or an unknown control or label (reported elsewhere)
        if region.is_layout:
            code, message = (
                "codebook.attribute-not-allowed",
                f"{name!r} is set on a {label} layout mark, which carries no values; remove "
                "it (or label the span as an entity or an event)",
            )
        elif choice is not None and choice.kind == "mode" and region.is_event:
            modes = (c for c in controls.choices.values() if c.kind == "mode")
            own_mode = next((c.name for c in modes if label in c.labels), None)
            fix = f"pick a mode from {own_mode}" if own_mode else f"{label} has no modes: remove it"
            code, message = (
                "codebook.mode-of-other-type",
                f"{name!r} is the mode of {allowed[0]}, but the region is a {label} event; "
                f"{fix}, or change the event type",
            )
        else:
            targets = (
                "event regions only"
                if choice is not None and choice.kind == "event-attribute"
                else ", ".join(allowed) + " regions"
            )
            code, message = (
                "codebook.attribute-not-allowed",
                f"{name!r} does not apply to the {label} region {region.text!r}; it applies "
                f"to {targets}. Remove it, or relabel the region",
            )
        sink(code, message, index, region=region.id)
