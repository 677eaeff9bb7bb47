"""Layer 2, codebook: the rules that relate one result item to another.

The schema already refuses unknown labels, choices, controls and roles one item at a
time. What it cannot see, and this layer checks for each annotation:

* a per-region control on a region whose label does not take it: a mode of another
  event type (``codebook.mode-of-other-type``), an event attribute on an entity, a
  sector on a place, a date on a person (``codebook.attribute-not-allowed``);
* per-region values whose region does not exist (``codebook.orphan-attribute``), and
  two spans sharing one id (``codebook.duplicate-region-id``);
* required attributes that are missing and have no default
  (``codebook.required-attribute-missing``); an attribute with a default may be left
  empty, the default stands for it (as compile does);
* relations: both ends exist in the same annotation (``codebook.dangling-relation``),
  go from an event trigger to an entity (``codebook.relation-not-from-event``), carry a
  role (``codebook.unlabelled-relation``, a warning), a role the event type takes
  (``codebook.role-not-allowed-for-type``) filled by an entity type it allows
  (``codebook.role-filler-not-allowed``); and every required role of an event is filled
  (``codebook.required-role-missing``);
* the document's relevance against what is coded: events in a document marked
  not_relevant (``codebook.events-in-not-relevant-document``), and a document marked
  relevant with no event (``codebook.relevant-without-events``, a warning);
* what the codebook's ``requirements`` section declares (absent from codebooks before
  1.0.0, so an old release keeps its own rules): a mention filling an actor or recipient
  role without an actor id or actor type (``codebook.argument-without-actor-id``), a
  region without an attribute its label requires, such as the side of a casualty count
  (``codebook.required-by-codebook-missing``).
"""

from __future__ import annotations

from ..annotation import rules
from ..annotation.controls import Controls
from ..annotation.model import ResultRegion
from ..annotation.rules import describe as _describe
from ..codebook import DOC_NOT_RELEVANT, DOC_RELEVANCE, DOC_RELEVANT, Codebook
from .context import AnnotationContext

__all__ = ["check_annotation"]


def check_annotation(ctx: AnnotationContext, codebook: Codebook, controls: Controls) -> None:
    """Report every codebook rule the annotation breaks."""
    parsed = ctx.parsed
    rules.check_grouping(parsed, ctx.add)
    for region in parsed.regions.values():
        _check_region_attributes(ctx, region, codebook, controls)
    _check_document_choices(ctx, controls)
    _check_relevance(ctx)
    _check_relations(ctx, codebook)
    _check_requirements(ctx, codebook)


def _check_region_attributes(
    ctx: AnnotationContext, region: ResultRegion, codebook: Codebook, controls: Controls
) -> None:
    rules.check_attributes(region, controls, ctx.add)
    label = region.label
    known = label in codebook.event_types or label in codebook.entity_types
    if not known:
        return
    for choice in controls.choices.values():
        if (
            choice.per_region
            and choice.required
            and choice.default is None
            and label in choice.labels
            and not region.choices.get(choice.name)
        ):
            ctx.add(
                "codebook.required-attribute-missing",
                f"{_describe(region)} has no {choice.name!r}, which is required and has no "
                f"default; choose one of {', '.join(choice.values)}",
                region.index,
                region=region.id,
            )


def _check_document_choices(ctx: AnnotationContext, controls: Controls) -> None:
    for choice in controls.choices.values():
        if (
            not choice.per_region
            and choice.required
            and choice.default is None
            and not ctx.parsed.document_choices.get(choice.name)
        ):
            ctx.add(
                "codebook.required-attribute-missing",
                f"the document choice {choice.name!r} is required and has no default; choose "
                f"one of {', '.join(choice.values)} for the document",
            )


def _check_relevance(ctx: AnnotationContext) -> None:
    """Relevance says whether events were coded: it must agree with the regions."""
    relevance = ctx.parsed.document_choices.get(DOC_RELEVANCE, [])
    events = sorted(
        (r for r in ctx.parsed.regions.values() if r.is_event),
        key=lambda r: (r.start if isinstance(r.start, int) else -1, r.id),
    )
    if DOC_NOT_RELEVANT in relevance and events:
        ctx.add(
            "codebook.events-in-not-relevant-document",
            f"the document is marked {DOC_NOT_RELEVANT} but {len(events)} event(s) are coded "
            f"(first: {_describe(events[0])}); mark it {DOC_RELEVANT} or delete the events",
            events[0].index,
            region=events[0].id,
        )
    elif DOC_RELEVANT in relevance and not events:
        ctx.add(
            "codebook.relevant-without-events",
            f"the document is marked {DOC_RELEVANT} but no event is coded; code its events "
            f"or mark it {DOC_NOT_RELEVANT}",
            severity="warning",
        )


def _check_relations(ctx: AnnotationContext, codebook: Codebook) -> None:
    regions = ctx.parsed.regions
    roles_of: dict[str, set[str]] = {}
    for relation in ctx.parsed.relations:
        pair = rules.check_relation(relation, regions, ctx.add)
        if pair is None or not relation.labels:
            continue
        event, argument = pair
        event_type = codebook.event_types.get(str(event.label))
        entity_known = argument.label in codebook.entity_types
        for role in relation.labels:
            if role not in codebook.roles or event_type is None:
                continue  # unknown role or event label: reported by the schema
            roles_of.setdefault(event.id, set()).add(role)
            spec = event_type.roles.get(role)
            if spec is None:
                ctx.add(
                    "codebook.role-not-allowed-for-type",
                    f"an event of type {event_type.id} takes no {role!r} argument; its roles are "
                    f"{', '.join(event_type.roles)}. Change the role or the event type",
                    relation.index,
                    region=event.id,
                )
            elif entity_known and argument.label not in spec.fillers:
                ctx.add(
                    "codebook.role-filler-not-allowed",
                    f"the {role!r} of an event of type {event_type.id} must be "
                    f"{' or '.join(spec.fillers)}, not {_describe(argument)}; relabel the "
                    "entity or change the role",
                    relation.index,
                    region=argument.id,
                )
    for region in regions.values():
        event_type = codebook.event_types.get(str(region.label)) if region.is_event else None
        if event_type is None:
            continue
        filled = roles_of.get(region.id, set())
        for role, spec in event_type.roles.items():
            if spec.required and role not in filled:
                ctx.add(
                    "codebook.required-role-missing",
                    f"the {event_type.id} event {region.text!r} has no {role!r} argument, "
                    f"which is required; draw a relation from it to the "
                    f"{' or '.join(spec.fillers)} that fills it",
                    region.index,
                    region=region.id,
                )


def _check_requirements(ctx: AnnotationContext, codebook: Codebook) -> None:
    """What the codebook's ``requirements`` section declares."""
    regions = ctx.parsed.regions
    needs = codebook.requirements.argument_actor_id
    if needs is not None:
        reported: set[str] = set()
        for relation in ctx.parsed.relations:
            roles = [r for r in relation.labels or () if r in needs.roles]
            pair = rules.check_relation(relation, regions, lambda *a, **k: None)
            if not roles or pair is None:
                continue
            event, argument = pair
            etype = codebook.entity_types.get(str(argument.label))
            # Only entity types that take an actor id (PER, ORG, GPE): a facility or a
            # place as recipient has none.
            if argument.id in reported or etype is None or needs.normalised not in etype.normalised:
                continue
            if any(t.strip() for t in argument.texts.get(needs.normalised) or []):
                continue
            if needs.unless_attribute and argument.choices.get(needs.unless_attribute):
                continue
            reported.add(argument.id)
            alternative = (
                f", or set {needs.unless_attribute} when it names no identifiable actor"
                if needs.unless_attribute
                else ""
            )
            ctx.add(
                "codebook.argument-without-actor-id",
                f"{_describe(argument)} is the {roles[0]!r} of the {event.label} event "
                f"{event.text!r} but has no {needs.normalised}: type its actor id (registry "
                f"id, state-xx for a state){alternative}",
                relation.index,
                region=argument.id,
            )
    for item in codebook.requirements.attributes:
        for region in regions.values():
            if region.label in item.labels and not region.choices.get(item.attribute):
                ctx.add(
                    "codebook.required-by-codebook-missing",
                    f"{_describe(region)} has no {item.attribute!r}, which the codebook "
                    f"requires on {region.label}: {item.definition}",
                    region.index,
                    region=region.id,
                )
