"""The codebook's decision sections: decision rules, event kinds without a PLOVER type,
validation requirements, casualty estimates and gold-review findings, read and checked.

These sections are optional (codebooks of releases before 1.0.0 lack them, and a release
is rebuilt with its own codebook copy). Their structure is checked by the pydantic models
of :mod:`sahel_events.codebookyaml`; here every reference is checked: an event kind's
PLOVER type and mode, a requirement's roles, normalised value, attribute and labels, a
crosswalk resolution's attribute and values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import patterns, plover

if TYPE_CHECKING:  # the codebook module imports this one
    from .codebook import Attribute, Examples, _Checker

__all__ = [
    "ActorIdRequirement",
    "AttributeRequirement",
    "DecisionRule",
    "Estimates",
    "EventKind",
    "Requirements",
    "Resolution",
    "ReviewFinding",
    "read_decision_rules",
    "read_estimates",
    "read_event_kinds",
    "read_requirements",
    "read_resolutions",
    "read_review_findings",
]


@dataclass(frozen=True)
class Resolution:
    """What one attribute value settles in a one-to-many crosswalk row."""

    sets_acled: bool
    acled_event_type: str | None
    acled_sub_event_type: str | None
    ucdp_type_of_violence: tuple[int, ...] | None


@dataclass(frozen=True)
class DecisionRule:
    """A rule for a choice the definitions leave open (event identity, fatalities, ...)."""

    id: str
    title: str
    summary: str
    rule: str
    examples: Examples


@dataclass(frozen=True)
class EventKind:
    """A kind of happening with no PLOVER type of its own: where it goes, or why not."""

    id: str
    name: str
    plover_event_type: str | None
    plover_mode: str | None
    in_scope: bool
    rule: str
    examples: Examples


@dataclass(frozen=True)
class ActorIdRequirement:
    """Mentions filling these roles carry an actor id (or, unidentified, an actor type)."""

    roles: tuple[str, ...]
    normalised: str
    unless_attribute: str | None
    definition: str


@dataclass(frozen=True)
class AttributeRequirement:
    """Regions with these labels must have this attribute set."""

    attribute: str
    labels: tuple[str, ...]
    definition: str


@dataclass(frozen=True)
class Requirements:
    """What validation requires beyond the structure (declared in the codebook, so an old
    release rebuilt with its own codebook copy keeps its own rules)."""

    argument_actor_id: ActorIdRequirement | None = None
    attributes: tuple[AttributeRequirement, ...] = ()


@dataclass(frozen=True)
class Estimates:
    """How compile turns casualty counts into low / best / high (decision rule
    "fatalities"). The defaults are the behaviour of codebooks without the section
    (before 1.1.0): a range has no best estimate, and every killed count linked to an
    event is added up."""

    # "low": the best estimate of a LOW-HIGH count (or a vague single figure) is LOW.
    range_best: str | None = None
    # "alternatives": killed counts of one side linked to one event are alternative
    # tolls (lowest low, highest high, best of the most precise wording), not summed.
    same_side_counts: str | None = None
    definition: str = ""


@dataclass(frozen=True)
class ReviewFinding:
    """A mistake a gold review found, and the rule that prevents it."""

    mistake: str
    fix: str


def read_decision_rules(c: _Checker, raw: Any) -> dict[str, DecisionRule]:
    """The ``decision_rules`` section (empty when absent)."""
    out: dict[str, DecisionRule] = {}
    for key, obj in (raw or {}).items() if isinstance(raw, dict) else ():
        path = f"decision_rules.{key}"
        c.ident(str(key), path, patterns.ID_LOWER, "decision rule")
        m = c.mapping(obj, path)
        out[str(key)] = DecisionRule(
            str(key),
            c.text(m.get("title"), f"{path}.title"),
            c.text(m.get("summary"), f"{path}.summary"),
            c.text(m.get("rule"), f"{path}.rule"),
            c.examples(m.get("examples"), f"{path}.examples"),
        )
    return out


def read_event_kinds(c: _Checker, raw: Any) -> dict[str, EventKind]:
    """The ``event_kinds`` section: each kind's PLOVER type and mode must exist."""
    out: dict[str, EventKind] = {}
    for key, obj in (raw or {}).items() if isinstance(raw, dict) else ():
        path = f"event_kinds.{key}"
        c.ident(str(key), path, patterns.ID_LOWER, "event kind")
        m = c.mapping(obj, path)
        ref = m.get("plover")
        etype = mode = None
        if isinstance(ref, dict):
            etype, mode = ref.get("event_type"), ref.get("mode")
            if etype not in plover.EVENT_MODES or (
                mode is not None and mode not in plover.EVENT_MODES[etype]
            ):
                c.error("codebook.not-plover", f"{path}.plover", f"{etype} {mode} is not PLOVER")
        in_scope = c.boolean(m.get("in_scope"), f"{path}.in_scope")
        if in_scope != (ref is not None):
            c.error(
                "codebook.inconsistent",
                f"{path}.in_scope",
                "an event kind in scope needs a PLOVER type, one out of scope has plover: null",
            )
        out[str(key)] = EventKind(
            str(key),
            c.text(m.get("name"), f"{path}.name"),
            str(etype) if etype is not None else None,
            str(mode) if mode is not None else None,
            in_scope,
            c.text(m.get("rule"), f"{path}.rule"),
            c.examples(m.get("examples"), f"{path}.examples"),
        )
    return out


def read_requirements(
    c: _Checker,
    raw: Any,
    roles: Mapping[str, Any],
    normalised: Mapping[str, Any],
    attributes: Mapping[str, Attribute],
    labels: Mapping[str, Any],
) -> Requirements:
    """The ``requirements`` section: every id it names must exist in the codebook."""
    if not isinstance(raw, dict):
        return Requirements()
    actor_id = None
    spec = raw.get("argument_actor_id")
    if isinstance(spec, dict):
        path = "requirements.argument_actor_id"
        norm = str(spec.get("normalised"))
        if norm not in normalised:
            c.error("codebook.unknown-reference", f"{path}.normalised", f"unknown {norm!r}")
        unless = spec.get("unless_attribute")
        if unless is not None and unless not in attributes:
            c.error("codebook.unknown-reference", f"{path}.unless_attribute", f"unknown {unless!r}")
        actor_id = ActorIdRequirement(
            c.id_list(spec.get("roles"), f"{path}.roles", roles, "role"),
            norm,
            str(unless) if unless is not None else None,
            c.text(spec.get("definition"), f"{path}.definition"),
        )
    required: list[AttributeRequirement] = []
    items = raw.get("attributes")
    for i, item in enumerate(items if isinstance(items, list) else []):
        path = f"requirements.attributes[{i}]"
        m = c.mapping(item, path)
        attribute = str(m.get("attribute"))
        if attribute not in attributes:
            c.error("codebook.unknown-reference", f"{path}.attribute", f"unknown {attribute!r}")
        required.append(
            AttributeRequirement(
                attribute,
                c.id_list(m.get("labels"), f"{path}.labels", labels, "label"),
                c.text(m.get("definition"), f"{path}.definition"),
            )
        )
    return Requirements(actor_id, tuple(required))


def read_estimates(c: _Checker, raw: Any) -> Estimates:
    """The ``estimates`` section (the defaults of :class:`Estimates` when absent); its
    values are closed lists, checked with the structure."""
    if not isinstance(raw, dict):
        return Estimates()
    path = "estimates"
    m = c.mapping(raw, path)
    best, same = m.get("range_best"), m.get("same_side_counts")
    return Estimates(
        str(best) if best is not None else None,
        str(same) if same is not None else None,
        c.text(m.get("definition"), f"{path}.definition"),
    )


def read_review_findings(c: _Checker, raw: Any) -> tuple[ReviewFinding, ...]:
    """The ``review_findings`` list (empty when absent)."""
    out = []
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        m = c.mapping(item, f"review_findings[{i}]")
        out.append(
            ReviewFinding(
                c.text(m.get("mistake"), f"review_findings[{i}].mistake"),
                c.text(m.get("fix"), f"review_findings[{i}].fix"),
            )
        )
    return tuple(out)


def read_resolutions(
    c: _Checker, raw: Any, path: str, event_attributes: Mapping[str, Attribute]
) -> dict[str, dict[str, Resolution]]:
    """A crosswalk row's ``resolved_by``: event attribute -> value -> the mapping it gives."""
    out: dict[str, dict[str, Resolution]] = {}
    for attribute, by_value in (raw or {}).items() if isinstance(raw, dict) else ():
        apath = f"{path}.resolved_by.{attribute}"
        known = event_attributes.get(str(attribute))
        if known is None:
            c.error("codebook.unknown-reference", apath, f"{attribute!r} is no event attribute")
            continue
        values: dict[str, Resolution] = {}
        for value, spec in (by_value or {}).items() if isinstance(by_value, dict) else ():
            if value not in known.values:
                c.error(
                    "codebook.unknown-reference",
                    f"{apath}.{value}",
                    f"{value!r} is not a value of {attribute} ({', '.join(known.values)})",
                )
            m = c.mapping(spec, f"{apath}.{value}")
            acled = m.get("acled")
            a = c.mapping(acled, f"{apath}.{value}.acled")
            ucdp = m.get("ucdp_type_of_violence")
            values[str(value)] = Resolution(
                "acled" in m,
                c.text(a.get("event_type"), "") or None,
                c.text(a.get("sub_event_type"), "") or None,
                tuple(ucdp) if isinstance(ucdp, list) else None,
            )
        out[str(attribute)] = values
    return out
