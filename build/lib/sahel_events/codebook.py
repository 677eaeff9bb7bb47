"""The codebook: load ``schema/codebook.yaml`` into typed objects, refusing mistakes.

The codebook is the project's one hand-written source of truth (format:
``docs/codebook-format.md``). Loading it checks, and reports with the line and the
dotted path of the culprit:

* YAML that does not parse, and duplicate keys (which plain YAML silently overwrites);
* unknown keys (typos), missing keys, wrong types, empty definitions or examples: the
  structure, checked by the pydantic models of :mod:`sahel_events.codebookyaml`;
* ids, hotkeys and colours that do not match their pattern, a version that is not
  MAJOR.MINOR.PATCH (:mod:`sahel_events.patterns`);
* unknown references (a role filled by an entity type that does not exist, an attribute
  or normalised value an entity type does not define, a crosswalk to an unknown mode);
* modes that PLOVER does not list under that event type, and PLOVER types or modes
  that are missing;
* duplicate labels and hotkeys across the Label Studio label groups.

All problems are collected and raised together as :class:`CodebookError`, so a person
fixes them in one pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from . import patterns, plover
from .acled import ACLED_ACTOR_TYPES
from .annotation.ids import DocumentChoice, EventAttribute, missing_ids
from .annotation.names import REPEATED_LABEL
from .codebookdecisions import (
    DecisionRule,
    Estimates,
    EventKind,
    Requirements,
    Resolution,
    ReviewFinding,
    read_decision_rules,
    read_estimates,
    read_event_kinds,
    read_requirements,
    read_resolutions,
    read_review_findings,
)
from .errors import InvalidDataError, Location, Report
from .paths import CODEBOOK_FILE
from .values import FORMAT_PARSERS
from .yamlcheck import Lines, parse_yaml_into

#: Keys that Label Studio's labeling screen already binds; a label hotkey must avoid them.
RESERVED_HOTKEYS = frozenset({"h", "r", "u"})
#: The ``format`` a normalised value may have: those sahel_events.values can parse.
FORMATS = tuple(FORMAT_PARSERS)

# Document choices the pipeline acts on: validate checks relevance against the events
# coded, consolidation holds back documents by status. The loader insists they exist.
DOC_RELEVANCE = DocumentChoice.RELEVANCE
DOC_RELEVANT = "relevant"
DOC_NOT_RELEVANT = "not_relevant"
DOC_STATUS = DocumentChoice.STATUS
DOC_STATUS_NEEDS_REVIEW = "needs_review"
DOC_STATUS_UNUSABLE = "unusable"
DOCUMENT_CHOICES_ACTED_ON = {
    DOC_RELEVANCE: (DOC_RELEVANT, DOC_NOT_RELEVANT),
    DOC_STATUS: (DOC_STATUS_NEEDS_REVIEW, DOC_STATUS_UNUSABLE),
}

Choice = Literal["single", "multiple"]


class CodebookError(InvalidDataError):
    """The codebook file is invalid; ``report`` lists every problem found."""


@dataclass(frozen=True)
class Examples:
    """One French and one English example sentence."""

    fr: str
    en: str


@dataclass(frozen=True)
class Value:
    """A value of an attribute, or a mode of an event type."""

    id: str
    definition: str
    examples: Examples
    plover_auxiliary: str | None = None
    # The ACLED actor type (inter code) of an ``actor_type`` value (codebook 1.1.0 on).
    acled_actor_type: str | None = None


@dataclass(frozen=True)
class Attribute:
    """A per-region or document-level choice (one value or several)."""

    id: str
    name: str
    choice: Choice
    required: bool
    default: str | None
    definition: str
    values: dict[str, Value]
    examples: Examples | None = None


@dataclass(frozen=True)
class NormalisedValue:
    """A per-region text field holding a normalised value (date, place, actor, count)."""

    id: str
    name: str
    format: str
    applies_to: tuple[str, ...]
    definition: str
    examples: Examples


@dataclass(frozen=True)
class EntityType:
    """A kind of entity span (a label of the ``entity`` group)."""

    id: str
    name: str
    hotkey: str
    color: str
    definition: str
    examples: Examples
    normalised: tuple[str, ...]
    attributes: tuple[str, ...]


@dataclass(frozen=True)
class RoleSpec:
    """How an event type uses a role: which entity types may fill it, and whether it must."""

    role: str
    fillers: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class EventType:
    """A PLOVER event type (a label of the ``event`` group)."""

    id: str
    name: str
    hotkey: str
    color: str
    quad: str
    definition: str
    examples: Examples
    modes: dict[str, Value]
    default_mode: str | None
    roles: dict[str, RoleSpec]

    @property
    def mode_control(self) -> str:
        """Name of the Label Studio per-region control that holds this type's mode."""
        return f"mode_{self.id.lower()}"


@dataclass(frozen=True)
class Role:
    """An argument role: the label of a relation from an event trigger to an entity."""

    id: str
    definition: str
    examples: Examples


@dataclass(frozen=True)
class Crosswalk:
    """How one event type (and mode) maps onto PLOVER, ACLED and UCDP."""

    event_type: str
    mode: str | None
    plover_event_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    ucdp_type_of_violence: tuple[int, ...]
    cardinality: str
    note: str | None
    #: event attribute -> value -> what that value settles (rows that map one-to-many)
    resolved_by: Mapping[str, Mapping[str, Resolution]] = field(default_factory=dict)

    def resolve(
        self, attributes: Mapping[str, str | None]
    ) -> tuple[str | None, str | None, tuple[int, ...]]:
        """ACLED event type, sub-event type and UCDP types, settled by the event's
        attribute values where :attr:`resolved_by` says how (the row's own otherwise)."""
        acled = (self.acled_event_type, self.acled_sub_event_type)
        ucdp = self.ucdp_type_of_violence
        for attribute, by_value in self.resolved_by.items():
            resolution = by_value.get(attributes.get(attribute) or "")
            if resolution is None:
                continue
            if resolution.sets_acled:
                acled = (resolution.acled_event_type, resolution.acled_sub_event_type)
            if resolution.ucdp_type_of_violence is not None:
                ucdp = resolution.ucdp_type_of_violence
        return acled[0], acled[1], ucdp


@dataclass(frozen=True)
class Codebook:
    """The whole codebook, as loaded and checked."""

    name: str
    version: str
    title: str
    description: str
    entity_types: dict[str, EntityType]
    event_types: dict[str, EventType]
    roles: dict[str, Role]
    event_attributes: dict[str, Attribute]
    entity_attributes: dict[str, Attribute]
    normalised_values: dict[str, NormalisedValue]
    document_choices: dict[str, Attribute]
    crosswalks: tuple[Crosswalk, ...]
    sha256: str = field(default="")
    decision_rules: dict[str, DecisionRule] = field(default_factory=dict)
    event_kinds: dict[str, EventKind] = field(default_factory=dict)
    requirements: Requirements = field(default_factory=Requirements)
    review_findings: tuple[ReviewFinding, ...] = ()
    estimates: Estimates = field(default_factory=Estimates)

    def entity_attribute_targets(self, attribute_id: str) -> tuple[str, ...]:
        """The entity types that carry an entity attribute."""
        return tuple(e.id for e in self.entity_types.values() if attribute_id in e.attributes)

    def mode_controls(self) -> dict[str, EventType]:
        """Mode control name -> the event type it belongs to (types with modes only)."""
        return {t.mode_control: t for t in self.event_types.values() if t.modes}

    def crosswalk_for(self, event_type: str, mode: str | None) -> Crosswalk | None:
        """The most specific crosswalk row: type + mode, else the type's own row."""
        rows = [c for c in self.crosswalks if c.event_type == event_type]
        for row in rows:
            if mode is not None and row.mode == mode:
                return row
        for row in rows:
            if row.mode is None:
                return row
        return None


# ---------------------------------------------------------------------------- YAML


def _parse(text: str, file: str, report: Report) -> tuple[Any, Lines]:
    """The YAML tree and the line of each dotted path; syntax errors and duplicate keys
    go to ``report``."""
    return parse_yaml_into(
        text,
        file,
        report,
        syntax_code="codebook.yaml-syntax",
        duplicate_code="codebook.duplicate-key",
    )


# ---------------------------------------------------------------------------- checks


class _Checker:
    """Walks the parsed YAML, builds the typed codebook and records every problem."""

    def __init__(self, file: str, lines: Lines, report: Report) -> None:
        self.file = file
        self.lines = lines
        self.report = report

    def error(self, code: str, path: str, message: str) -> None:
        # A missing key has no line of its own: line_of points at its parent.
        line = self.lines.line_of(path)
        self.report.add(code, message, Location(file=self.file, line=line, path=path or None))

    # The structure (keys, types, non-empty texts) is checked by the pydantic model
    # before the checker runs; these readers only take what is there, quietly.

    @staticmethod
    def mapping(
        obj: Any,
        path: str,
        required: set[str] = frozenset(),  # type: ignore[assignment]
        optional: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> dict[str, Any]:
        """``obj`` if it is a mapping, else an empty one (the model reported it)."""
        return obj if isinstance(obj, dict) else {}

    @staticmethod
    def text(obj: Any, path: str) -> str:
        return obj.strip() if isinstance(obj, str) else ""

    def examples(self, obj: Any, path: str) -> Examples:
        m = self.mapping(obj, path)
        return Examples(self.text(m.get("fr"), f"{path}.fr"), self.text(m.get("en"), f"{path}.en"))

    def ident(self, key: str, path: str, pattern: str, what: str) -> None:
        if not patterns.matches(pattern, key):
            self.error("codebook.bad-id", path, f"{what} id {key!r} must match {pattern}")

    @staticmethod
    def boolean(obj: Any, path: str) -> bool:
        return obj if isinstance(obj, bool) else False

    def id_list(self, obj: Any, path: str, known: Mapping[str, Any], what: str) -> tuple[str, ...]:
        if not isinstance(obj, list):
            return ()
        out: list[str] = []
        for i, item in enumerate(obj):
            if not isinstance(item, str):
                continue  # the model reported it
            if item not in known:
                self.error(
                    "codebook.unknown-reference",
                    f"{path}[{i}]",
                    f"unknown {what} {item!r}; known: {', '.join(sorted(known))}",
                )
            elif item in out:
                self.error("codebook.duplicate", f"{path}[{i}]", f"{what} {item!r} listed twice")
            else:
                out.append(str(item))
        return tuple(out)

    def section(
        self, root: dict[str, Any], name: str, build: Callable[[str, Any, str], Any]
    ) -> dict[str, Any]:
        raw = root.get(name)
        if not isinstance(raw, dict):
            return {}
        return {key: build(str(key), value, f"{name}.{key}") for key, value in raw.items()}

    # -- builders

    def value(self, key: str, obj: Any, path: str) -> Value:
        self.ident(key, path, patterns.ID_LOWER, "value")
        m = self.mapping(
            obj, path, {"definition", "examples"}, {"plover_auxiliary", "acled_actor_type"}
        )
        aux = m.get("plover_auxiliary")
        if aux is not None and aux not in plover.AUXILIARY:
            self.error(
                "codebook.unknown-reference",
                f"{path}.plover_auxiliary",
                f"{aux!r} is not a PLOVER auxiliary status ({', '.join(plover.AUXILIARY)})",
            )
        acled = m.get("acled_actor_type")
        if acled is not None and acled not in ACLED_ACTOR_TYPES:
            self.error(
                "codebook.unknown-reference",
                f"{path}.acled_actor_type",
                f"{acled!r} is not an ACLED actor type ({', '.join(ACLED_ACTOR_TYPES)})",
            )
        return Value(
            key,
            self.text(m.get("definition"), f"{path}.definition"),
            self.examples(m.get("examples"), f"{path}.examples"),
            aux,
            str(acled) if acled is not None else None,
        )

    def attribute(self, key: str, obj: Any, path: str) -> Attribute:
        self.ident(key, path, patterns.ID_LOWER, "attribute")
        m = self.mapping(
            obj,
            path,
            {"name", "choice", "required", "default", "definition", "values"},
            {"examples"},
        )
        raw_choice = m.get("choice")
        choice: Choice = "multiple" if raw_choice == "multiple" else "single"
        raw_values = m.get("values")
        values: dict[str, Value] = {}
        if isinstance(raw_values, dict) and raw_values:
            values = {
                str(k): self.value(str(k), v, f"{path}.values.{k}") for k, v in raw_values.items()
            }
        default = m.get("default")
        if default is not None and default not in values:
            self.error(
                "codebook.unknown-reference",
                f"{path}.default",
                f"default {default!r} is not one of the values ({', '.join(values)})",
            )
        return Attribute(
            key,
            self.text(m.get("name"), f"{path}.name"),
            choice,
            self.boolean(m.get("required"), f"{path}.required"),
            default,
            self.text(m.get("definition"), f"{path}.definition"),
            values,
            self.examples(m["examples"], f"{path}.examples") if "examples" in m else None,
        )

    def role(self, key: str, obj: Any, path: str) -> Role:
        self.ident(key, path, patterns.ID_LOWER, "role")
        m = self.mapping(obj, path, {"definition", "examples"})
        return Role(
            key,
            self.text(m.get("definition"), f"{path}.definition"),
            self.examples(m.get("examples"), f"{path}.examples"),
        )


#: The code of each kind of structure problem (yamlcheck.Problem.kind).
_STRUCTURE_CODES = {
    "unknown-key": "codebook.unknown-key",
    "missing-key": "codebook.missing-key",
    "empty-text": "codebook.empty-text",
    "wrong-type": "codebook.wrong-type",
    "bad-value": "codebook.bad-value",
    "duplicate-key": "codebook.duplicate-key",
}


def _build(data: Any, file: str, lines: Lines, report: Report, sha: str) -> Codebook | None:
    # pydantic and the models cost a noticeable fraction of a second to import: only when
    # a codebook is loaded, not for every module that names a Codebook (no cycle: neither
    # module imports this one).
    from .codebookyaml import CodebookModel
    from .yamlmodels import structure_problems

    for problem in structure_problems(CodebookModel, data, lines)[1]:
        report.add(
            _STRUCTURE_CODES[problem.kind],
            problem.message,
            Location(file=file, line=problem.line, path=problem.path or None),
        )
    c = _Checker(file, lines, report)
    root = c.mapping(
        data,
        "",
        {
            "name",
            "version",
            "title",
            "description",
            "entity_types",
            "event_types",
            "roles",
            "event_attributes",
            "entity_attributes",
            "normalised_values",
            "document_choices",
            "crosswalks",
        },
    )
    if not root:
        return None
    version = str(root.get("version", ""))
    if "version" in root and not patterns.matches(patterns.SEMVER, version):
        c.error(
            "codebook.bad-value",
            "version",
            f"version {version!r} is not {patterns.SEMVER_HINT}; the release refuses it too",
        )

    roles: dict[str, Role] = c.section(root, "roles", c.role)
    event_attributes: dict[str, Attribute] = c.section(root, "event_attributes", c.attribute)
    entity_attributes: dict[str, Attribute] = c.section(root, "entity_attributes", c.attribute)
    document_choices: dict[str, Attribute] = c.section(root, "document_choices", c.attribute)

    # Entity types reference normalised values and attributes; normalised values name
    # the entity types they apply to. Read the entity type ids first to check both ways.
    raw_entities = root.get("entity_types")
    if not isinstance(raw_entities, dict):
        raw_entities = {}
    entity_ids = {str(k): None for k in raw_entities}

    def normalised(key: str, obj: Any, path: str) -> NormalisedValue:
        c.ident(key, path, patterns.ID_LOWER, "normalised value")
        m = c.mapping(obj, path, {"name", "format", "applies_to", "definition", "examples"})
        fmt = m.get("format")
        if fmt not in FORMATS:
            c.error(
                "codebook.bad-value",
                f"{path}.format",
                f"format {fmt!r} is not one of {', '.join(FORMATS)}",
            )
        return NormalisedValue(
            key,
            c.text(m.get("name"), f"{path}.name"),
            str(fmt),
            c.id_list(m.get("applies_to"), f"{path}.applies_to", entity_ids, "entity type"),
            c.text(m.get("definition"), f"{path}.definition"),
            c.examples(m.get("examples"), f"{path}.examples"),
        )

    normalised_values: dict[str, NormalisedValue] = c.section(root, "normalised_values", normalised)

    def entity(key: str, obj: Any, path: str) -> EntityType:
        c.ident(key, path, patterns.ID_UPPER, "entity type")
        m = c.mapping(
            obj,
            path,
            {"name", "hotkey", "color", "definition", "examples", "normalised", "attributes"},
        )
        norm = c.id_list(
            m.get("normalised", []), f"{path}.normalised", normalised_values, "normalised value"
        )
        for value_id in norm:
            if key not in normalised_values[value_id].applies_to:
                c.error(
                    "codebook.inconsistent",
                    f"{path}.normalised",
                    f"{value_id} does not list {key} in its applies_to; add it there or "
                    "remove it here",
                )
        return EntityType(
            key,
            c.text(m.get("name"), f"{path}.name"),
            str(m.get("hotkey", "")),
            str(m.get("color", "")),
            c.text(m.get("definition"), f"{path}.definition"),
            c.examples(m.get("examples"), f"{path}.examples"),
            norm,
            c.id_list(
                m.get("attributes", []), f"{path}.attributes", entity_attributes, "entity attribute"
            ),
        )

    entity_types: dict[str, EntityType] = c.section(root, "entity_types", entity)
    for value in normalised_values.values():
        for target in value.applies_to:
            if target in entity_types and value.id not in entity_types[target].normalised:
                c.error(
                    "codebook.inconsistent",
                    f"normalised_values.{value.id}.applies_to",
                    f"{target} is listed here but entity_types.{target}.normalised lacks "
                    f"{value.id}",
                )

    def event(key: str, obj: Any, path: str) -> EventType:
        c.ident(key, path, patterns.ID_UPPER, "event type")
        m = c.mapping(
            obj,
            path,
            {
                "name",
                "hotkey",
                "color",
                "quad",
                "definition",
                "examples",
                "modes",
                "default_mode",
                "roles",
            },
        )
        if key not in plover.EVENT_MODES:
            c.error(
                "codebook.not-plover",
                path,
                f"{key} is not a PLOVER event type ({', '.join(plover.EVENT_MODES)})",
            )
        quad = m.get("quad")
        if quad not in plover.QUADS:
            c.error("codebook.bad-value", f"{path}.quad", f"quad must be one of {plover.QUADS}")
        raw_modes = m.get("modes") or {}
        modes: dict[str, Value] = {}
        if isinstance(raw_modes, dict):
            modes = {str(k): c.value(str(k), v, f"{path}.modes.{k}") for k, v in raw_modes.items()}
        expected = plover.EVENT_MODES.get(key, ())
        for mode in modes:
            if mode not in expected:
                owners = [t for t, ms in plover.EVENT_MODES.items() if mode in ms]
                hint = f" (PLOVER lists it under {', '.join(owners)})" if owners else ""
                c.error(
                    "codebook.mode-wrong-type",
                    f"{path}.modes.{mode}",
                    f"mode {mode!r} is not a PLOVER mode of {key}{hint}; PLOVER's modes of "
                    f"{key}: {', '.join(expected) or 'none'}",
                )
        for mode in expected:
            if key in plover.EVENT_MODES and mode not in modes:
                c.error(
                    "codebook.mode-missing",
                    f"{path}.modes",
                    f"PLOVER mode {mode!r} of {key} is missing; add it with a definition "
                    "and examples",
                )
        default_mode = m.get("default_mode")
        if default_mode is not None and default_mode not in modes:
            c.error(
                "codebook.unknown-reference",
                f"{path}.default_mode",
                f"default_mode {default_mode!r} is not a mode of {key}",
            )
        role_specs: dict[str, RoleSpec] = {}
        raw_roles = m.get("roles")
        if not isinstance(raw_roles, dict):
            raw_roles = {}
        for role_id, spec in raw_roles.items():
            rpath = f"{path}.roles.{role_id}"
            if role_id not in roles:
                c.error(
                    "codebook.unknown-reference",
                    rpath,
                    f"unknown role {role_id!r}; known roles: {', '.join(sorted(roles))}",
                )
            s = c.mapping(spec, rpath, {"fillers", "required"})
            role_specs[str(role_id)] = RoleSpec(
                str(role_id),
                c.id_list(s.get("fillers"), f"{rpath}.fillers", entity_types, "entity type"),
                c.boolean(s.get("required"), f"{rpath}.required"),
            )
        return EventType(
            key,
            c.text(m.get("name"), f"{path}.name"),
            str(m.get("hotkey", "")),
            str(m.get("color", "")),
            str(quad),
            c.text(m.get("definition"), f"{path}.definition"),
            c.examples(m.get("examples"), f"{path}.examples"),
            modes,
            default_mode,
            role_specs,
        )

    event_types: dict[str, EventType] = c.section(root, "event_types", event)
    for missing in (t for t in plover.EVENT_MODES if t not in event_types):
        c.error("codebook.type-missing", "event_types", f"PLOVER event type {missing} is missing")

    _check_labels(c, entity_types, event_types)
    _check_contexts(c, event_attributes)
    _check_document_choices(c, document_choices)
    crosswalks = _crosswalks(c, root.get("crosswalks"), event_types, event_attributes)
    labels: dict[str, Any] = {**entity_types, **event_types}
    requirements = read_requirements(
        c,
        root.get("requirements"),
        roles,
        normalised_values,
        {**event_attributes, **entity_attributes},
        labels,
    )

    codebook = Codebook(
        name=c.text(root.get("name"), "name"),
        version=version,
        title=c.text(root.get("title"), "title"),
        description=c.text(root.get("description"), "description"),
        entity_types=entity_types,
        event_types=event_types,
        roles=roles,
        event_attributes=event_attributes,
        entity_attributes=entity_attributes,
        normalised_values=normalised_values,
        document_choices=document_choices,
        crosswalks=crosswalks,
        sha256=sha,
        decision_rules=read_decision_rules(c, root.get("decision_rules")),
        event_kinds=read_event_kinds(c, root.get("event_kinds")),
        requirements=requirements,
        review_findings=read_review_findings(c, root.get("review_findings")),
        estimates=read_estimates(c, root.get("estimates")),
    )
    for path, ident in missing_ids(codebook):
        c.error(
            "codebook.id-missing",
            path,
            f"{ident!r} is missing from {path}: the pipeline acts on it by name "
            "(sahel_events.annotation.ids); define it, or rename it there too",
        )
    return codebook


def _check_document_choices(c: _Checker, choices: Mapping[str, Attribute]) -> None:
    """The document choices and values the pipeline acts on must be defined."""
    for name, values in DOCUMENT_CHOICES_ACTED_ON.items():
        attribute = choices.get(name)
        missing: tuple[str, ...]
        if attribute is None:  # one error for the whole choice, at the choice
            path, missing = f"document_choices.{name}", values[:1]
        else:
            path = f"document_choices.{name}.values"
            missing = tuple(v for v in values if v not in attribute.values)
        for value in missing:
            c.error(
                "codebook.choice-missing",
                path,
                f"document choice {name} with value {value!r} is missing: validation "
                "and consolidation act on it, so it must be defined",
            )


def _check_labels(
    c: _Checker, entity_types: dict[str, EntityType], event_types: dict[str, EventType]
) -> None:
    """Labels, hotkeys and colours must be unique and well formed across both groups."""
    seen_hotkeys: dict[str, str] = {}
    seen_labels: dict[str, str] = {}
    groups: list[tuple[str, Mapping[str, EntityType | EventType]]] = [
        ("entity_types", entity_types),
        ("event_types", event_types),
    ]
    for section, types in groups:
        for t in types.values():
            path = f"{section}.{t.id}"
            if t.id == REPEATED_LABEL:
                c.error("codebook.reserved", path, f"{t.id} is reserved for repeated paragraphs")
            if t.id in seen_labels:
                c.error(
                    "codebook.duplicate-label",
                    path,
                    f"label {t.id} is also defined at {seen_labels[t.id]}; labels must be unique",
                )
            seen_labels.setdefault(t.id, path)
            if not patterns.matches(patterns.HOTKEY, t.hotkey):
                c.error("codebook.bad-value", f"{path}.hotkey", "hotkey must be one a-z or 0-9")
            elif t.hotkey in RESERVED_HOTKEYS:
                c.error(
                    "codebook.bad-value",
                    f"{path}.hotkey",
                    f"hotkey {t.hotkey!r} is taken by Label Studio itself; pick another",
                )
            elif t.hotkey in seen_hotkeys:
                c.error(
                    "codebook.duplicate-hotkey",
                    f"{path}.hotkey",
                    f"hotkey {t.hotkey!r} is also used by {seen_hotkeys[t.hotkey]}",
                )
            else:
                seen_hotkeys[t.hotkey] = path
            if not patterns.matches(patterns.COLOR, t.color):
                c.error("codebook.bad-value", f"{path}.color", "color must look like #a1b2c3")


def _check_contexts(c: _Checker, event_attributes: dict[str, Attribute]) -> None:
    contexts = event_attributes.get(EventAttribute.CONTEXTS)
    if contexts is None:
        c.error(
            "codebook.missing-key",
            f"event_attributes.{EventAttribute.CONTEXTS}",
            "PLOVER contexts are required",
        )
        return
    for value in contexts.values:
        if value not in plover.CONTEXTS:
            c.error(
                "codebook.not-plover",
                f"event_attributes.contexts.values.{value}",
                f"{value!r} is not a PLOVER context",
            )
    for value in plover.CONTEXTS:
        if value not in contexts.values:
            c.error(
                "codebook.missing-key",
                "event_attributes.contexts.values",
                f"PLOVER context {value!r} is missing",
            )


def _crosswalks(
    c: _Checker,
    raw: Any,
    event_types: dict[str, EventType],
    event_attributes: Mapping[str, Attribute],
) -> tuple[Crosswalk, ...]:

    if not isinstance(raw, list):
        return ()
    rows: list[Crosswalk] = []
    seen: set[tuple[Any, Any]] = set()
    for i, item in enumerate(raw):
        path = f"crosswalks[{i}]"
        m = c.mapping(
            item,
            path,
            {"event_type", "mode", "plover", "acled", "ucdp_type_of_violence", "cardinality"},
            {"note"},
        )
        etype, mode = m.get("event_type"), m.get("mode")
        if etype not in event_types:
            c.error("codebook.unknown-reference", f"{path}.event_type", f"unknown type {etype!r}")
        elif mode is not None and mode not in event_types[etype].modes:
            c.error(
                "codebook.unknown-reference",
                f"{path}.mode",
                f"{mode!r} is not a mode of {etype}",
            )
        if (etype, mode) in seen:
            c.error("codebook.duplicate", path, f"a second row for {etype} {mode or ''}".strip())
        seen.add((etype, mode))
        pl = c.mapping(m.get("plover"), f"{path}.plover", {"event_type", "mode"})
        pl_type, pl_mode = pl.get("event_type"), pl.get("mode")
        if pl_type not in plover.EVENT_MODES or (
            pl_mode is not None and pl_mode not in plover.EVENT_MODES[pl_type]
        ):
            c.error(
                "codebook.not-plover",
                f"{path}.plover",
                f"{pl_type} {pl_mode} is not a PLOVER type/mode",
            )
        acled = m.get("acled")
        acled_type = acled_sub = None
        if acled is not None:
            a = c.mapping(acled, f"{path}.acled", {"event_type", "sub_event_type"})
            acled_type = c.text(a.get("event_type"), f"{path}.acled.event_type")
            sub = a.get("sub_event_type")
            acled_sub = c.text(sub, f"{path}.acled.sub_event_type") if sub is not None else None
        ucdp = m.get("ucdp_type_of_violence")
        if not isinstance(ucdp, list) or any(v not in (1, 2, 3) for v in ucdp):
            ucdp = []  # the model reported it
        cardinality = m.get("cardinality")
        note = m.get("note")
        rows.append(
            Crosswalk(
                str(etype),
                mode,
                str(pl_type),
                pl_mode,
                acled_type,
                acled_sub,
                tuple(ucdp),
                str(cardinality),
                str(note) if note is not None else None,
                read_resolutions(c, m.get("resolved_by"), path, event_attributes),
            )
        )
    for etype in event_types:
        if (etype, None) not in seen:
            c.error(
                "codebook.missing-key",
                "crosswalks",
                f"no crosswalk row for {etype} as a whole (mode: null); add one",
            )
    return tuple(rows)


# ---------------------------------------------------------------------------- API


def load_codebook(path: Path, display_name: str | None = None) -> Codebook:
    """Load and check a codebook file; raise :class:`CodebookError` listing every problem.

    ``display_name`` is how the file is named in messages (default: the path as given).
    """
    file = display_name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report = Report()
        report.add(
            "codebook.unreadable", f"cannot read the codebook: {exc.strerror}", Location(file=file)
        )
        raise CodebookError(f"cannot read the codebook {file}", report) from None
    report = Report()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.add(
            "codebook.not-utf8",
            f"not UTF-8 at byte {exc.start}; save it as UTF-8",
            Location(file=file),
        )
        raise CodebookError(f"the codebook {file} is invalid", report) from None
    data, lines = _parse(text, file, report)
    codebook = None
    if data is None and report.valid:
        report.add("codebook.empty", "the codebook is empty", Location(file=file))
    elif data is not None:
        codebook = _build(data, file, lines, report, hashlib.sha256(raw).hexdigest())
    if not report.valid or codebook is None:
        raise CodebookError(
            f"the codebook {file} is invalid ({len(report.errors)} problem(s)); fix them "
            "and run the command again",
            report,
        )
    return codebook


@cache
def _cached(path: str, mtime_ns: int, size: int) -> Codebook:
    # Named by the short, repository-relative name users know; an invalid codebook
    # raises (and functools.cache keeps nothing), so it is reported from this one load.
    return load_codebook(Path(path), CODEBOOK_FILE)


def load_project_codebook(root: Path) -> Codebook:
    """Load ``schema/codebook.yaml`` of the project at ``root`` (cached while unchanged)."""
    path = root / CODEBOOK_FILE
    try:
        stat = path.stat()
    except OSError:
        return load_codebook(path, CODEBOOK_FILE)
    return _cached(str(path), stat.st_mtime_ns, stat.st_size)
