"""The codebook ids the pipeline acts on, each written once.

The codebook (``schema/codebook.yaml``) declares every role, attribute, normalised value
and document choice; most of the pipeline handles them generically. A few it acts on by
name: compilation dates an event from its ``time`` argument, sums the ``killed``
casualties, agreement compares ``factuality_certainty``, pre-annotation suggests a
``sector`` for an organisation. Those ids are the members below, and nowhere else as
literals: stages import them (plain strings, grouped by codebook section).

:func:`missing_ids` lists the members a codebook does not declare; the codebook loader
refuses such a codebook (``codebook.id-missing``), so renaming an id in the codebook
without renaming it here fails at load time, not as an empty column in a release. A
test (``tests/test_annotation_ids.py``) refuses a stage that writes one of the
codebook's ids as a literal instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # the codebook module imports this package's names
    from ..codebook import Codebook

__all__ = [
    "CasualtyKind",
    "CasualtyQualifier",
    "CasualtySide",
    "DocumentChoice",
    "EntityAttribute",
    "EntityType",
    "EventAttribute",
    "LaterAttribute",
    "Normalised",
    "Role",
    "members",
    "missing_ids",
]


class Role:
    """Argument roles (``roles``)."""

    ACTOR: Final = "actor"
    RECIPIENT: Final = "recipient"
    LOCATION: Final = "location"
    TIME: Final = "time"
    INSTRUMENT: Final = "instrument"
    CASUALTIES: Final = "casualties"
    SOURCE: Final = "source"


class EventAttribute:
    """Per-region choices of an event trigger (``event_attributes``)."""

    CONTEXTS: Final = "contexts"
    FACTUALITY_CERTAINTY: Final = "factuality_certainty"
    FACTUALITY_POLARITY: Final = "factuality_polarity"
    FACTUALITY_SOURCE: Final = "factuality_source"
    TEMPORAL_STATUS: Final = "temporal_status"


class EntityAttribute:
    """Per-region choices of an entity mention (``entity_attributes``)."""

    SECTOR: Final = "sector"
    CASUALTY_KIND: Final = "casualty_kind"
    CASUALTY_QUALIFIER: Final = "casualty_qualifier"
    DATE_PRECISION: Final = "date_precision"
    PLACE_PRECISION: Final = "place_precision"


class LaterAttribute:
    """Attributes a stage acts on that codebooks before 1.0.0 lack (actor type, side of
    the casualties, civilian targeting). A release is rebuilt with its own codebook copy,
    so these are not required (:func:`missing_ids` leaves them out); a stage reads them
    only where the codebook declares them."""

    ACTOR_TYPE: Final = "actor_type"
    CASUALTY_SIDE: Final = "casualty_side"
    CIVILIAN_TARGETING: Final = "civilian_targeting"


class CasualtySide:
    """Values of :attr:`LaterAttribute.CASUALTY_SIDE` that compile sums apart."""

    CIVILIANS: Final = "civilians"
    COMBATANTS: Final = ("state-forces", "non-state-armed", "external-forces")


class Normalised:
    """Per-region text fields holding a normalised value (``normalised_values``)."""

    DATE: Final = "norm_date"
    PLACE: Final = "norm_place"
    COORDS: Final = "norm_coords"
    ACTOR: Final = "norm_actor"
    COUNT: Final = "norm_count"


class DocumentChoice:
    """Document-level choices (``document_choices``)."""

    RELEVANCE: Final = "doc_relevance"
    STATUS: Final = "doc_status"


class EntityType:
    """Entity types (``entity_types``) a stage treats in a way of its own."""

    PER: Final = "PER"
    ORG: Final = "ORG"
    TIME: Final = "TIME"
    CASUALTY: Final = "CASUALTY"


class CasualtyKind:
    """Values of :attr:`EntityAttribute.CASUALTY_KIND` a stage acts on."""

    KILLED: Final = "killed"


class CasualtyQualifier:
    """Values of :attr:`EntityAttribute.CASUALTY_QUALIFIER` (compile turns each into figures)."""

    EXACT: Final = "exact"
    AT_LEAST: Final = "at-least"
    APPROXIMATE: Final = "approximate"
    VAGUE: Final = "vague"


def members(namespace: type) -> tuple[str, ...]:
    """The ids of one of the classes above, in the order they are written."""
    return tuple(v for k, v in vars(namespace).items() if k.isupper() and isinstance(v, str))


#: Which codebook section declares the members of each enum, and (for values) of which
#: attribute they are values.
_SECTIONS: tuple[tuple[type, str, str | None], ...] = (
    (Role, "roles", None),
    (EventAttribute, "event_attributes", None),
    (EntityAttribute, "entity_attributes", None),
    (Normalised, "normalised_values", None),
    (DocumentChoice, "document_choices", None),
    (EntityType, "entity_types", None),
    (CasualtyKind, "entity_attributes", EntityAttribute.CASUALTY_KIND),
    (CasualtyQualifier, "entity_attributes", EntityAttribute.CASUALTY_QUALIFIER),
)


def missing_ids(codebook: Codebook) -> Iterator[tuple[str, str]]:
    """``(path, id)`` of every id above that ``codebook`` does not declare.

    ``path`` is where it belongs in the codebook file: ``roles`` for a role,
    ``entity_attributes.casualty_kind.values`` for a value of that attribute.
    """
    for enum, section, attribute in _SECTIONS:
        declared = getattr(codebook, section)
        path = section
        if attribute is not None:
            owner = declared.get(attribute)
            if owner is None:
                continue  # the attribute itself is reported missing
            declared, path = owner.values, f"{section}.{attribute}.values"
        for ident in members(enum):
            if ident not in declared:
                yield path, ident
