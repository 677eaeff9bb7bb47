"""The names of the labeling config's fixed controls, shared by every stage.

These are not codebook ids: the codebook lists the labels, attributes and roles; the
labeling config (generated from it) puts them under these controls. A result item's
``from_name`` is one of these, or an attribute or normalised-value id of the codebook,
or the mode control of an event type (:attr:`sahel_events.codebook.EventType.mode_control`).
No imports: the codebook loader itself refuses labels that clash with them.
"""

from __future__ import annotations

__all__ = [
    "CONFLICT_LABEL",
    "ENTITY_CONTROL",
    "EVENT_CONTROL",
    "LAYOUT_CONTROL",
    "REPEATED_LABEL",
    "SPAN_CONTROLS",
    "TEXT_NAME",
]

#: The ``Text`` object every control annotates (``to_name`` of every result item).
TEXT_NAME = "text"
#: The ``Labels`` control of entity mentions (its labels: the codebook's entity types).
ENTITY_CONTROL = "entity"
#: The ``Labels`` control of event triggers (its labels: the codebook's event types).
EVENT_CONTROL = "event"
#: The ``Labels`` control that marks repeated paragraph copies (not a codebook label).
LAYOUT_CONTROL = "layout"
#: The label of :data:`LAYOUT_CONTROL` over a repeated paragraph copy.
REPEATED_LABEL = "REPEATED"
#: The label of :data:`LAYOUT_CONTROL` that ``sahel-events adjudicate`` puts over each
#: disagreement in a draft adjudication; the reviewer deletes it once it is settled.
CONFLICT_LABEL = "CONFLICT"
#: The span controls whose regions are data (layout marks are not).
SPAN_CONTROLS = (ENTITY_CONTROL, EVENT_CONTROL)
