"""Every control of the labeling config, as an export shows it, built from the codebook.

The labeling config (:mod:`sahel_events.generate.labelconfig`) and the export schema
(:mod:`sahel_events.generate.exportschema`) are generated from the codebook; this is the
same knowledge as data, for the stages that read results: which ``Choices`` and
``TextArea`` controls exist, their values, and the region labels each may describe.
Pre-annotation and push ask it instead of re-parsing the generated XML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .names import CONFLICT_LABEL, ENTITY_CONTROL, EVENT_CONTROL, LAYOUT_CONTROL, REPEATED_LABEL

if TYPE_CHECKING:  # the codebook module imports the control names from this package
    from ..codebook import Attribute, Codebook

__all__ = ["ChoiceControl", "ChoiceKind", "Controls", "TextControl", "controls"]

ChoiceKind = Literal["mode", "event-attribute", "entity-attribute", "document"]


@dataclass(frozen=True)
class ChoiceControl:
    """A ``Choices`` control: its values, and the region labels it may be attached to."""

    name: str
    kind: ChoiceKind
    values: tuple[str, ...]
    multiple: bool
    labels: tuple[str, ...]  # labels of the regions it may describe; () for document level
    required: bool
    default: str | None

    @property
    def per_region(self) -> bool:
        """True for a per-region control, False for a document-level one."""
        return self.kind != "document"


@dataclass(frozen=True)
class TextControl:
    """A per-region ``TextArea`` holding a normalised value of the given format."""

    name: str
    format: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Controls:
    """Every control of the labeling config, as the export shows it."""

    span_labels: dict[str, tuple[str, ...]]  # Labels control name -> its label values
    choices: dict[str, ChoiceControl]
    textareas: dict[str, TextControl]
    roles: tuple[str, ...]


def _attribute_control(
    attribute: Attribute, kind: ChoiceKind, labels: tuple[str, ...]
) -> ChoiceControl:
    """The ``Choices`` control of a codebook attribute, describing regions with ``labels``."""
    return ChoiceControl(
        attribute.id,
        kind,
        tuple(attribute.values),
        attribute.choice == "multiple",
        labels,
        attribute.required,
        attribute.default,
    )


def controls(codebook: Codebook) -> Controls:
    """The controls of the labeling config generated from ``codebook``."""
    choices: dict[str, ChoiceControl] = {}
    events = tuple(codebook.event_types)
    for event_type in codebook.event_types.values():
        if event_type.modes:
            choices[event_type.mode_control] = ChoiceControl(
                event_type.mode_control,
                "mode",
                tuple(event_type.modes),
                False,
                (event_type.id,),
                False,
                event_type.default_mode,
            )
    for attribute in codebook.event_attributes.values():
        choices[attribute.id] = _attribute_control(attribute, "event-attribute", events)
    for attribute in codebook.entity_attributes.values():
        targets = codebook.entity_attribute_targets(attribute.id)
        choices[attribute.id] = _attribute_control(attribute, "entity-attribute", targets)
    for attribute in codebook.document_choices.values():
        choices[attribute.id] = _attribute_control(attribute, "document", ())
    textareas = {
        value.id: TextControl(value.id, value.format, value.applies_to)
        for value in codebook.normalised_values.values()
    }
    return Controls(
        span_labels={
            ENTITY_CONTROL: tuple(codebook.entity_types),
            EVENT_CONTROL: events,
            LAYOUT_CONTROL: (REPEATED_LABEL, CONFLICT_LABEL),
        },
        choices=choices,
        textareas=textareas,
        roles=tuple(codebook.roles),
    )
