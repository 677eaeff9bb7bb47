"""The published tables, defined once: columns, types, descriptions, keys and row rules.

Each :class:`Table` names its columns (Arrow type, nullability, description, allowed
values from the codebook), its primary key, its foreign keys and its row rules. The
Arrow schemas (:mod:`.arrow`), the Frictionless descriptors (:mod:`.tableschema`) and
the pandera schemas (:mod:`.pandera_schemas`) are derived from these definitions, never
written twice. This module imports neither pandas nor pandera, so code that only needs
the names, types or keys of the columns stays light. The working agreement behind the
columns is ``docs/tables-plan.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pyarrow

from .. import acled, patterns
from ..annotation.ids import LaterAttribute
from ..codebook import Attribute, Codebook, CodebookError
from ..errors import Location, Report

__all__ = [
    "ACTORS",
    "ANNOTATIONS",
    "DERIVED",
    "DOCUMENTS",
    "EVENTS",
    "EVENTS_FLAT",
    "EVENT_ARGUMENTS",
    "INCIDENTS",
    "LIST_SEPARATOR",
    "MENTIONS",
    "STRING_LIST",
    "TABLES",
    "Column",
    "ForeignKey",
    "OrderRule",
    "PairRule",
    "Rule",
    "Table",
    "UnknownColumnError",
    "get_table",
    "resolve",
]

#: Schema metadata keys written into every Arrow schema (and so into every Parquet file).
META_TABLE = "sahel_events.table"
META_DESCRIPTION = "sahel_events.description"
META_PRIMARY_KEY = "sahel_events.primary_key"
META_FOREIGN_KEYS = "sahel_events.foreign_keys"
META_SCHEMA_VERSION = "sahel_events.schema_version"
META_CODEBOOK = "sahel_events.codebook"

#: How the CSV copies write a list column (``contexts``, ``ucdp_type_of_violence``...):
#: its items joined by this separator (the Parquet tables hold real lists).
LIST_SEPARATOR = ";"

Category = tuple[str, str | None]  # (value, label)
EnumSource = Callable[[Codebook], Sequence[Category]]
Nullable = bool | Callable[[Codebook], bool]


class UnknownColumnError(KeyError):
    """A row names a key that is not a column of its table (a misspelling, most often)."""


# ---------------------------------------------------------------------------- definitions


@dataclass(frozen=True)
class Column:
    """One column of a published table.

    ``enum`` gives the allowed values (with an optional label each) from the codebook;
    a column of type :data:`STRING_LIST` holds several values, each one of them (the
    only nested type of the tables: a list of strings).
    """

    name: str
    type: pyarrow.DataType
    description: str
    nullable: Nullable = False
    enum: EnumSource | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None

    def is_nullable(self, codebook: Codebook) -> bool:
        """Whether the column may hold nulls under this codebook."""
        return self.nullable(codebook) if callable(self.nullable) else self.nullable

    @property
    def is_list(self) -> bool:
        """Whether the column holds a list of values per row."""
        return bool(pyarrow.types.is_list(self.type))

    def categories(self, codebook: Codebook) -> list[Category] | None:
        """The allowed values with their labels, or None when any value goes (also when
        the codebook declares none: an attribute older codebooks lack)."""
        return (list(self.enum(codebook)) or None) if self.enum is not None else None

    def values(self, codebook: Codebook) -> list[str] | None:
        """The allowed values, or None when any value goes."""
        cats = self.categories(codebook)
        return [value for value, _ in cats] if cats is not None else None


@dataclass(frozen=True)
class ForeignKey:
    """``fields`` of this table refer to ``reference`` (the primary key) of ``resource``."""

    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class OrderRule:
    """Where both are set, each column is below (``strict``) or at most the next one."""

    name: str
    columns: tuple[str, ...]
    strict: bool
    description: str


@dataclass(frozen=True)
class PairRule:
    """Where ``columns[1]`` is set, the pair of values must be one the codebook allows."""

    name: str
    columns: tuple[str, str]
    allowed: Callable[[Codebook], set[tuple[str, str]]]
    description: str


Rule = OrderRule | PairRule


@dataclass(frozen=True)
class Table:
    """A published table: columns in order, keys and row rules."""

    name: str
    description: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rules: tuple[Rule, ...] = ()

    @property
    def column_names(self) -> list[str]:
        """The column names, in order."""
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name} has no column {name!r}")

    @cached_property
    def _names(self) -> frozenset[str]:
        return frozenset(self.column_names)

    def check_row(self, row: Mapping[str, Any], extra: Iterable[str] = ()) -> None:
        """Refuse a row with a key that is not a column (nor one of ``extra``).

        Arrow fills a column missing from a row dict with null and drops a key it does
        not know, so a misspelled key would silently become an all-null column.
        """
        unknown = row.keys() - self._names
        if unknown:
            unknown -= set(extra)
        if unknown:
            raise UnknownColumnError(
                f"{self.name} has no column {', '.join(sorted(map(repr, unknown)))}; "
                f"columns: {', '.join(self.column_names)}"
            )

    def row(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A row of this table: every column, null where ``values`` has none.

        Raises :class:`UnknownColumnError` for a key that is not a column.
        """
        self.check_row(values)
        return {name: values.get(name) for name in self.column_names}


# ---------------------------------------------------------------------------- enumerations


def _attribute(codebook: Codebook, attribute_id: str) -> Attribute:
    """An entity or event attribute of the codebook; refuse a codebook that lacks it."""
    for group in (codebook.entity_attributes, codebook.event_attributes):
        if attribute_id in group:
            return group[attribute_id]
    report = Report()
    report.add(
        "codebook.missing-key",
        f"the published tables need the attribute {attribute_id!r} (a column of that name); "
        "add it to entity_attributes or event_attributes",
        Location(file="schema/codebook.yaml", path=attribute_id),
    )
    raise CodebookError(f"the codebook lacks the attribute {attribute_id!r}", report)


def _attribute_values(attribute_id: str) -> EnumSource:
    def source(codebook: Codebook) -> list[Category]:
        attribute = _attribute(codebook, attribute_id)
        # Definitions are long and published in the codebook page: no label here.
        return [(v.id, None) for v in attribute.values.values()]

    return source


def _later_attribute_values(attribute_id: str) -> EnumSource:
    """The values of an attribute from codebook 1.0.0 on; none from an older codebook
    (a release rebuilt with its own copy), whose column then stays empty."""

    def source(codebook: Codebook) -> list[Category]:
        for group in (codebook.entity_attributes, codebook.event_attributes):
            if attribute_id in group:
                return [(v.id, None) for v in group[attribute_id].values.values()]
        return []

    return source


def _has_no_default(attribute_id: str) -> Callable[[Codebook], bool]:
    # An attribute with a codebook default is never null: a missing choice takes it.
    return lambda codebook: _attribute(codebook, attribute_id).default is None


def _entity_types(codebook: Codebook) -> list[Category]:
    return [(t.id, t.name) for t in codebook.entity_types.values()]


def _event_types(codebook: Codebook) -> list[Category]:
    return [(t.id, t.name) for t in codebook.event_types.values()]


def _modes(codebook: Codebook) -> list[Category]:
    owners: dict[str, list[str]] = {}
    for t in codebook.event_types.values():
        for mode in t.modes:
            owners.setdefault(mode, []).append(t.id)
    return [(mode, "mode of " + ", ".join(types)) for mode, types in owners.items()]


def _type_modes(codebook: Codebook) -> set[tuple[str, str]]:
    return {(t.id, mode) for t in codebook.event_types.values() for mode in t.modes}


def _roles(codebook: Codebook) -> list[Category]:
    return [(r.id, None) for r in codebook.roles.values()]


def _plover_auxiliaries(codebook: Codebook) -> list[Category]:
    found: dict[str, None] = {}
    for attribute in codebook.event_attributes.values():
        for value in attribute.values.values():
            if value.plover_auxiliary:
                found.setdefault(value.plover_auxiliary)
    return [(aux, None) for aux in found]


def _acled_types(codebook: Codebook) -> list[Category]:
    found = dict.fromkeys(c.acled_event_type for c in codebook.crosswalks if c.acled_event_type)
    return [(v, None) for v in found if v]


def _acled_sub_types(codebook: Codebook) -> list[Category]:
    found = dict.fromkeys(
        c.acled_sub_event_type for c in codebook.crosswalks if c.acled_sub_event_type
    )
    return [(v, None) for v in found if v]


def _ucdp_types(codebook: Codebook) -> list[Category]:
    return [
        ("1", "state-based armed conflict"),
        ("2", "non-state conflict"),
        ("3", "one-sided violence"),
    ]


def _static(*pairs: Category) -> EnumSource:
    return lambda codebook: list(pairs)


EVENT_STATUSES = _static(
    (
        "adjudicated",
        "annotators disagreed; a reviewer settled it and marked the result ground truth",
    ),
    ("ground_truth", "from the annotation marked ground truth (a reviewed annotation)"),
    ("consensus", "several annotators coded the document and agreed exactly"),
    ("single_annotation", "from the only completed annotation of the document"),
)
OUTCOMES = _static(
    ("record", "the annotation of record: the tables hold its regions"),
    ("not_used", "superseded by the annotation of record"),
    ("cancelled", "skipped by the annotator in Label Studio"),
    ("needs_adjudication", "annotators disagree and none is ground truth: not in the tables"),
    (
        "needs_review",
        "its document status asks for review and it is not ground truth: not in "
        "the tables until reviewed",
    ),
    ("unusable", "its document status says the text cannot be coded: not in the tables"),
)


# ---------------------------------------------------------------------------- the tables

STRING = pyarrow.string()
INT32 = pyarrow.int32()
INT64 = pyarrow.int64()
FLOAT64 = pyarrow.float64()
BOOL = pyarrow.bool_()
DATE = pyarrow.date32()
TIMESTAMP = pyarrow.timestamp("us", tz="UTC")
#: A multi-valued column (the child named ``element``, as Parquet names it, so a table
#: built in memory and one read back have the same type).
STRING_LIST = pyarrow.list_(pyarrow.field("element", pyarrow.string()))

# The id patterns are the project's (one definition each, in sahel_events.patterns).
SHA256 = patterns.SHA256
DOC_ID = patterns.DOC_ID
MENTION_ID = patterns.MENTION_ID
EVENT_ID = patterns.EVENT_ID
INCIDENT_ID = r"^inc-[0-9a-f]{16}$"
ANNOTATOR = patterns.ANNOTATOR
ANNOTATORS = patterns.ANNOTATORS
ANNOTATION_KEY = patterns.ANNOTATION_KEY
SOURCE_ID = patterns.SOURCE_ID
COUNTRY = patterns.COUNTRY
PLACE_ID = patterns.PLACE_ID
ACTOR_ID = patterns.ACTOR_ID


def _place_columns(prefix_note: str) -> tuple[Column, ...]:
    return (
        Column(
            "place_id",
            STRING,
            f"Gazetteer id of the place ({prefix_note}), 'geonames:<id>'.",
            True,
            pattern=PLACE_ID,
        ),
        Column(
            "place_name",
            STRING,
            "Name of the place in the gazetteer; null when the gazetteer does not know it.",
            True,
        ),
        Column(
            "country_code",
            STRING,
            "ISO 3166-1 alpha-2 code of the place's country, from the gazetteer.",
            True,
            pattern=COUNTRY,
        ),
        Column(
            "admin1",
            STRING,
            "First-level administrative unit of the place (region), from the gazetteer.",
            True,
        ),
        Column(
            "latitude",
            FLOAT64,
            "Latitude in decimal degrees (WGS 84): the annotator's coordinates, else the "
            "gazetteer's.",
            True,
            minimum=-90,
            maximum=90,
        ),
        Column(
            "longitude",
            FLOAT64,
            "Longitude in decimal degrees (WGS 84): the annotator's coordinates, else the "
            "gazetteer's.",
            True,
            minimum=-180,
            maximum=180,
        ),
        Column(
            "place_precision",
            STRING,
            "How precisely the text locates the place (town, admin2, admin1, country, ...).",
            True,
            _attribute_values("place_precision"),
        ),
    )


def _date_columns(what: str) -> tuple[Column, ...]:
    return (
        Column(
            "date_start",
            DATE,
            f"First day of the {what}'s date interval (ISO 8601, resolved against the dateline).",
            True,
        ),
        Column("date_end", DATE, f"Last day of the {what}'s date interval (inclusive).", True),
        Column(
            "date_precision",
            STRING,
            f"How precisely the text dates the {what} (day, days, week, part-of-month, month, "
            "year).",
            True,
            _attribute_values("date_precision"),
        ),
    )


DOCUMENTS = Table(
    name="documents",
    description=(
        "The news articles that were annotated: one row per document whose Label Studio "
        "task has at least one annotation, with the exact normalised text (NFC, LF line "
        "ends) that every offset in the other tables counts code points in."
    ),
    primary_key=("doc_id",),
    columns=(
        Column(
            "doc_id",
            STRING,
            "Stable id of the document (kept when its text is corrected).",
            pattern=DOC_ID,
        ),
        Column("source_file", STRING, "The raw article file, relative to the repository."),
        Column("raw_sha256", STRING, "SHA-256 of the raw file's bytes.", pattern=SHA256),
        Column(
            "text",
            STRING,
            "The normalised text: NFC, LF line ends, no byte-order mark. Null when the "
            "licence does not let the text be republished (text_published false).",
            True,
        ),
        Column("text_sha256", STRING, "SHA-256 of the text encoded as UTF-8.", pattern=SHA256),
        Column(
            "language", STRING, "ISO 639-1 code of the text's language.", pattern=patterns.LANGUAGE
        ),
        Column("title", STRING, "Title of the article, when it has one.", True),
        Column("dateline_place", STRING, "Place named in the dateline ('Bamako, 16 septembre')."),
        Column("dateline_date", DATE, "Date of the dateline; relative dates resolve against it."),
        Column("published", DATE, "Publication date given by the source, when known.", True),
        Column("source", STRING, "The publication the article comes from.", True),
        Column("url", STRING, "Where the article was published.", True),
        Column("license", STRING, "Licence or terms under which the text is shared.", True),
        Column(
            "text_published",
            BOOL,
            "True when the release holds the text; false when its licence (or none recorded) "
            "does not let anyone redistribute it: text is null, and text_sha256, the offsets "
            "and the annotations still hold for the text as its source publishes it.",
        ),
        Column(
            "n_repeated_paragraphs",
            INT32,
            "Number of paragraph copies that repeat an earlier paragraph (flagged at ingest).",
            minimum=0,
        ),
        Column("ingest_version", STRING, "Version of the ingest rules that produced the text."),
        Column(
            "record_choice",
            STRING,
            "How the document's annotation of record was chosen: the only annotation, the "
            "exact agreement of several annotators, a reviewer's adjudication of their "
            "disagreement, or a reviewed ground truth; empty when the document is held back.",
            True,
            enum=EVENT_STATUSES,
        ),
        Column(
            "record_by",
            STRING,
            "Who chose it (pseudonyms, sorted and joined by ';'): the annotator, every "
            "annotator of a consensus, or the reviewer who adjudicated.",
            True,
            pattern=ANNOTATORS,
        ),
    ),
)

MENTIONS = Table(
    name="mentions",
    description=(
        "Entity mentions: spans of a document's text labelled with an entity type, with "
        "their attributes and normalised values (actor, place, date, casualty count)."
    ),
    primary_key=("mention_id",),
    foreign_keys=(
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
        ForeignKey(("annotation_key",), "annotations", ("annotation_key",)),
    ),
    columns=(
        Column(
            "mention_id",
            STRING,
            "Stable id: 'm-' and 16 hex digits of sha256(doc_id, Label Studio region id).",
            pattern=MENTION_ID,
        ),
        Column("doc_id", STRING, "The document the mention is in.", pattern=DOC_ID),
        Column(
            "annotation_key",
            STRING,
            "The annotation the mention comes from (annotations.annotation_key).",
            pattern=ANNOTATION_KEY,
        ),
        Column(
            "annotation_id",
            INT64,
            "Label Studio's id of that annotation (unique only within its source).",
        ),
        Column("region_id", STRING, "The Label Studio region id of the span."),
        Column("start", INT32, "Start offset: code points into documents.text.", minimum=0),
        Column("end", INT32, "End offset (exclusive): code points into documents.text.", minimum=0),
        Column("text", STRING, "The mention's text: documents.text[start:end]."),
        Column("entity_type", STRING, "Entity type (codebook entity_types).", enum=_entity_types),
        Column(
            "sector", STRING, "Sector of an organisation (ORG).", True, _attribute_values("sector")
        ),
        Column(
            "actor_id",
            STRING,
            "Canonical actor id: actor registry id or Wikidata Q-id.",
            True,
            pattern=ACTOR_ID,
        ),
        *_place_columns("places: GPE, LOC, FAC"),
        *_date_columns("mention"),
        Column(
            "casualty_kind",
            STRING,
            "What happened to the people counted (CASUALTY).",
            True,
            _attribute_values("casualty_kind"),
        ),
        Column(
            "casualty_qualifier",
            STRING,
            "How the text qualifies the count (CASUALTY).",
            True,
            _attribute_values("casualty_qualifier"),
        ),
        Column(
            "casualty_side",
            STRING,
            "Whose dead or wounded the count counts: civilians or which combatants (CASUALTY).",
            True,
            _later_attribute_values(LaterAttribute.CASUALTY_SIDE),
        ),
        Column(
            "actor_type",
            STRING,
            "Actor type set on the mention (ACLED interaction codes): required on an "
            "unidentified actor, on a registered one a correction for this mention; "
            "events_flat.actor1_type/actor2_type take it before the registry's type.",
            True,
            _later_attribute_values(LaterAttribute.ACTOR_TYPE),
        ),
        Column(
            "casualty_low",
            INT32,
            "Lowest number the count allows (see docs/tables-plan.md).",
            True,
            minimum=0,
        ),
        Column(
            "casualty_best",
            INT32,
            "Best estimate of the count: the lowest figure its wording warrants (the "
            "codebook's fatalities rule: a range's low end); null when no figure is derived.",
            True,
            minimum=0,
        ),
        Column(
            "casualty_high",
            INT32,
            "Highest number the count allows; null when open-ended.",
            True,
            minimum=0,
        ),
        Column(
            "in_repeated_paragraph",
            BOOL,
            "True when the span lies in a paragraph copy that repeats an earlier paragraph.",
        ),
    ),
    rules=(
        OrderRule("span-order", ("start", "end"), True, "start < end"),
        OrderRule("date-order", ("date_start", "date_end"), False, "date_start <= date_end"),
        OrderRule(
            "count-order",
            ("casualty_low", "casualty_best", "casualty_high"),
            False,
            "casualty_low <= casualty_best <= casualty_high",
        ),
    ),
)

EVENTS = Table(
    name="events",
    description=(
        "Events: a trigger span labelled with a PLOVER event type, with its mode, contexts, "
        "factuality and temporal status, and the date, place and deaths derived from its "
        "arguments; crosswalked to ACLED and UCDP."
    ),
    primary_key=("event_id",),
    foreign_keys=(
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
        ForeignKey(("annotation_key",), "annotations", ("annotation_key",)),
        ForeignKey(("place_mention_id",), "mentions", ("mention_id",)),
    ),
    columns=(
        Column(
            "event_id",
            STRING,
            "Stable id: 'ev-' and 16 hex digits of sha256(doc_id, Label Studio region id).",
            pattern=EVENT_ID,
        ),
        Column("doc_id", STRING, "The document the event is reported in.", pattern=DOC_ID),
        Column(
            "annotation_key",
            STRING,
            "The annotation the event comes from (annotations.annotation_key).",
            pattern=ANNOTATION_KEY,
        ),
        Column(
            "annotation_id",
            INT64,
            "Label Studio's id of that annotation (unique only within its source).",
        ),
        Column("region_id", STRING, "The Label Studio region id of the trigger span."),
        Column(
            "trigger_start",
            INT32,
            "Start offset of the trigger: code points into documents.text.",
            minimum=0,
        ),
        Column("trigger_end", INT32, "End offset of the trigger (exclusive).", minimum=0),
        Column("trigger_text", STRING, "The trigger's text: documents.text[start:end]."),
        Column("event_type", STRING, "PLOVER event type.", enum=_event_types),
        Column(
            "mode", STRING, "PLOVER mode of the event type (null when none applies).", True, _modes
        ),
        Column(
            "contexts",
            STRING_LIST,
            "List of the PLOVER contexts, sorted (null when none).",
            True,
            _attribute_values("contexts"),
        ),
        Column(
            "factuality_certainty",
            STRING,
            "How certain the text presents the event.",
            _has_no_default("factuality_certainty"),
            _attribute_values("factuality_certainty"),
        ),
        Column(
            "factuality_polarity",
            STRING,
            "Whether the text says the event happened or not.",
            _has_no_default("factuality_polarity"),
            _attribute_values("factuality_polarity"),
        ),
        Column(
            "factuality_source",
            STRING,
            "Who asserts the event.",
            _has_no_default("factuality_source"),
            _attribute_values("factuality_source"),
        ),
        Column(
            "temporal_status",
            STRING,
            "Past, ongoing, future, hypothetical...",
            _has_no_default("temporal_status"),
            _attribute_values("temporal_status"),
        ),
        Column(
            "plover_auxiliary",
            STRING_LIST,
            "List of the PLOVER auxiliary statuses implied by the attributes, sorted.",
            True,
            _plover_auxiliaries,
        ),
        *_date_columns("event"),
        *_place_columns("from the mention linked by the 'location' argument"),
        Column(
            "place_mention_id",
            STRING,
            "The mention that gives the event's place.",
            True,
            pattern=MENTION_ID,
        ),
        Column(
            "killed_low", INT32, "Fewest deaths the linked casualty counts allow.", True, minimum=0
        ),
        Column(
            "killed_best",
            INT32,
            "Best estimate of deaths; null when the text is vague.",
            True,
            minimum=0,
        ),
        Column(
            "killed_high",
            INT32,
            "Most deaths the linked counts allow; null when open-ended.",
            True,
            minimum=0,
        ),
        Column(
            "killed_civilians_best",
            INT32,
            "Best estimate of civilian deaths (linked killed counts with side civilians).",
            True,
            minimum=0,
        ),
        Column(
            "killed_combatants_best",
            INT32,
            "Best estimate of combatant deaths (killed counts of state, non-state armed or "
            "external forces).",
            True,
            minimum=0,
        ),
        Column(
            "civilian_targeting",
            STRING,
            "Whether the violence was aimed at civilians (decides the ACLED and UCDP type).",
            True,
            _later_attribute_values(LaterAttribute.CIVILIAN_TARGETING),
        ),
        Column(
            "acled_event_type",
            STRING,
            "ACLED event type by the codebook's crosswalk.",
            True,
            _acled_types,
        ),
        Column(
            "acled_sub_event_type",
            STRING,
            "ACLED sub-event type by the crosswalk.",
            True,
            _acled_sub_types,
        ),
        Column(
            "ucdp_type_of_violence",
            STRING_LIST,
            "List of the candidate UCDP types of violence (1, 2, 3) by the crosswalk, sorted.",
            True,
            _ucdp_types,
        ),
        Column(
            "annotator",
            STRING,
            "Pseudonym of the annotator of record (annotator-NN).",
            True,
            pattern=ANNOTATOR,
        ),
        Column("status", STRING, "How the annotation of record was chosen.", enum=EVENT_STATUSES),
    ),
    rules=(
        OrderRule(
            "span-order", ("trigger_start", "trigger_end"), True, "trigger_start < trigger_end"
        ),
        OrderRule("date-order", ("date_start", "date_end"), False, "date_start <= date_end"),
        OrderRule(
            "count-order",
            ("killed_low", "killed_best", "killed_high"),
            False,
            "killed_low <= killed_best <= killed_high",
        ),
        PairRule(
            "mode-of-type",
            ("event_type", "mode"),
            _type_modes,
            "the mode is one of the event type's modes",
        ),
    ),
)

EVENT_ARGUMENTS = Table(
    name="event_arguments",
    description=(
        "Event arguments: which mention fills which role of which event (actor, recipient, "
        "location, time, casualties, ...). One row per event, role and mention."
    ),
    primary_key=("event_id", "role", "mention_id"),
    foreign_keys=(
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("mention_id",), "mentions", ("mention_id",)),
    ),
    columns=(
        Column("event_id", STRING, "The event.", pattern=EVENT_ID),
        Column("role", STRING, "The role the mention plays in the event.", enum=_roles),
        Column("mention_id", STRING, "The mention filling the role.", pattern=MENTION_ID),
    ),
)

ANNOTATIONS = Table(
    name="annotations",
    description=(
        "Provenance: every Label Studio annotation of the documents, who made it "
        "(pseudonymised), when, and whether it is the annotation of record."
    ),
    primary_key=("annotation_key",),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    columns=(
        Column(
            "annotation_key",
            STRING,
            "Stable id: 'an-' and 16 hex digits of sha256(source, Label Studio annotation "
            "id). Label Studio's ids restart on a fresh server: only this key is unique.",
            pattern=ANNOTATION_KEY,
        ),
        Column(
            "source_id",
            STRING,
            "Where the annotation was read from: 'src-' and 12 hex digits of sha256 of the "
            "snapshot's recorded source (Label Studio server instance and project).",
            pattern=SOURCE_ID,
        ),
        Column(
            "annotation_id", INT64, "Label Studio's annotation id (unique only within its source)."
        ),
        Column("task_id", INT64, "Label Studio's task id (unique only within its source)."),
        Column("doc_id", STRING, "The document annotated.", pattern=DOC_ID),
        Column("snapshot", STRING, "The export snapshot the annotation was read from."),
        Column(
            "annotator",
            STRING,
            "Pseudonym of the annotator: annotator-NN, one per Label Studio user of each "
            "source, numbered by the creation time of the user's first annotation (never "
            "an e-mail or a name).",
            True,
            pattern=ANNOTATOR,
        ),
        Column("created_at", TIMESTAMP, "When the annotation was created (UTC)."),
        Column("updated_at", TIMESTAMP, "When the annotation was last updated (UTC)."),
        Column(
            "lead_time",
            FLOAT64,
            "Seconds the annotator spent, as Label Studio counts them.",
            True,
            minimum=0,
        ),
        Column("was_cancelled", BOOL, "True when the annotator skipped the task."),
        Column("ground_truth", BOOL, "True when the annotation is marked ground truth."),
        Column("outcome", STRING, "What consolidation did with the annotation.", enum=OUTCOMES),
        Column("n_results", INT32, "Number of result items in the annotation.", minimum=0),
    ),
)

ACLED_ACTOR_TYPES = _static(
    *((name, f"ACLED inter code {code}") for code, name in enumerate(acled.ACLED_ACTOR_TYPES, 1))
)
ACTOR_KINDS = _static(
    ("registry", "an actor of the registry (src/sahel_events/data/actors.yaml)"),
    ("state", "a state, as actor or recipient named by its country (id 'state-' + ISO code)"),
)

ACTORS = Table(
    name="actors",
    description=(
        "Actors: every actor of the registry and every state, with canonical id, names, "
        "Wikidata id, country, sector and an ACLED-comparable actor type. Every actor "
        "and recipient argument of events_flat resolves to one of them."
    ),
    primary_key=("actor_id",),
    columns=(
        Column(
            "actor_id",
            STRING,
            "Canonical id: the registry id (mentions.actor_id), or 'state-' and the "
            "lower-case ISO 3166-1 alpha-2 code of a state.",
            pattern=ACTOR_ID,
        ),
        Column("name", STRING, "Canonical name (in the language the actor uses officially)."),
        Column(
            "names",
            STRING_LIST,
            "List of every other name and acronym the press uses, sorted (null when none).",
            True,
        ),
        Column("kind", STRING, "Where the actor comes from.", enum=ACTOR_KINDS),
        Column("entity_type", STRING, "The entity label its mentions take (ORG, PER, GPE)."),
        Column("sector", STRING, "Sector (the codebook's sector attribute).", True),
        Column(
            "country_code",
            STRING,
            "ISO 3166-1 alpha-2 code of the state it belongs to or mainly operates in; null "
            "when transnational or international.",
            True,
            pattern=COUNTRY,
        ),
        Column(
            "wikidata", STRING, "Wikidata id, only when certain.", True, pattern=r"^Q[1-9][0-9]*$"
        ),
        Column(
            "acled_actor_type",
            STRING,
            "The ACLED actor type (inter code) an ACLED-style count would give the actor.",
            enum=ACLED_ACTOR_TYPES,
        ),
    ),
)


def _int_range(name: str, description: str, low: int, high: int) -> Column:
    return Column(name, INT32, description, True, minimum=low, maximum=high)


def _actor_side(n: int, role: str) -> tuple[Column, ...]:
    return (
        Column(
            f"actor{n}_id",
            STRING,
            f"actors.actor_id of the first {role} argument in the text (null when it "
            "names no registry actor nor a state).",
            True,
            pattern=ACTOR_ID,
        ),
        Column(
            f"actor{n}",
            STRING,
            f"Name of the first {role}: the actor's canonical name, else the mention's text.",
            True,
        ),
        Column(
            f"actor{n}_type",
            STRING,
            f"ACLED actor type of actor{n}: the actor_type set on its mention (mapped by "
            "the codebook) when there is one, which wins over the registry's, else "
            "actors.acled_actor_type of its id; null for an unidentified actor without one.",
            True,
            ACLED_ACTOR_TYPES,
        ),
        Column(
            f"assoc_actor_{n}",
            STRING_LIST,
            f"List of the other {role} arguments' names, in text order (ACLED's "
            f"assoc_actor_{n}, which ACLED joins by ';').",
            True,
        ),
        Column(
            f"assoc_actor_{n}_ids",
            STRING_LIST,
            f"List of the actors.actor_id of the other {role} arguments that resolve, in "
            "text order.",
            True,
        ),
    )


EVENTS_FLAT = Table(
    name="events_flat",
    description=(
        "One row per event, shaped like ACLED and UCDP exports (also as "
        "data/events_flat.csv): date interval with precision codes mapped to ACLED and "
        "UCDP, actor1 / associated actors / actor2 with names, ids and ACLED types, place "
        "and coordinates (a country's central point at country precision), deaths, "
        "factuality, a `comparable` flag, the source and the trigger sentence. Derived "
        "from the other tables; nothing is deduplicated across articles."
    ),
    primary_key=("event_id",),
    foreign_keys=(
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
        ForeignKey(("actor1_id",), "actors", ("actor_id",)),
        ForeignKey(("actor2_id",), "actors", ("actor_id",)),
    ),
    columns=(
        Column("event_id", STRING, "events.event_id.", pattern=EVENT_ID),
        Column("doc_id", STRING, "The document (article) reporting the event.", pattern=DOC_ID),
        Column("event_type", STRING, "PLOVER event type.", enum=_event_types),
        Column("mode", STRING, "PLOVER mode.", True, _modes),
        Column("acled_event_type", STRING, "ACLED event type (crosswalk).", True, _acled_types),
        Column("acled_sub_event_type", STRING, "ACLED sub-event type.", True, _acled_sub_types),
        Column(
            "civilian_targeting",
            STRING,
            "Whether the violence was aimed at civilians (ACLED's civilian targeting).",
            True,
            _later_attribute_values(LaterAttribute.CIVILIAN_TARGETING),
        ),
        Column(
            "ucdp_type_of_violence",
            STRING_LIST,
            "List of the UCDP types of violence (1, 2, 3) the event may fall under, sorted.",
            True,
            _ucdp_types,
        ),
        Column(
            "comparable",
            BOOL,
            "True when an ACLED-style count should keep the event: the text says it happened "
            "(polarity positive; temporal status past, historical or ongoing), as certain or "
            "probable, it has an ACLED event type and a date. False for negated, possible, "
            "future, hypothetical or undated events and for types ACLED does not code.",
        ),
        Column("date_start", DATE, "First day of the event's date interval.", True),
        Column("date_end", DATE, "Last day of the event's date interval (inclusive).", True),
        Column(
            "date_precision",
            STRING,
            "How precisely the text dates the event (codebook values).",
            True,
            _attribute_values("date_precision"),
        ),
        _int_range(
            "acled_time_precision",
            "ACLED time_precision: 1 day; 2 days or week; 3 part of a month or month; null "
            "for a year or no date.",
            1,
            3,
        ),
        _int_range(
            "ucdp_date_prec",
            "UCDP date_prec: 1 day; 2 a span of days; 3 week; 4 part of a month or month; 5 year.",
            1,
            5,
        ),
        *_actor_side(1, "actor"),
        *_actor_side(2, "recipient"),
        Column(
            "country_code", STRING, "ISO 3166-1 alpha-2 code of the place.", True, pattern=COUNTRY
        ),
        Column("admin1", STRING, "First-level administrative unit of the place.", True),
        Column("admin2", STRING, "Second-level administrative unit of the place.", True),
        Column("place_name", STRING, "The place (ACLED location, UCDP where_coordinates).", True),
        Column(
            "latitude",
            FLOAT64,
            "Latitude (WGS 84): the place's, else the country's central point at country "
            "precision.",
            True,
            minimum=-90,
            maximum=90,
        ),
        Column(
            "longitude",
            FLOAT64,
            "Longitude (WGS 84), as latitude.",
            True,
            minimum=-180,
            maximum=180,
        ),
        Column(
            "place_precision",
            STRING,
            "How precisely the text locates the event (codebook values).",
            True,
            _attribute_values("place_precision"),
        ),
        Column(
            "coordinates_from",
            STRING,
            "Where latitude/longitude come from: the place itself, or the country's "
            "central point (the middle of the gazetteer's places in it).",
            True,
            _static(("place", None), ("country-centroid", None)),
        ),
        _int_range(
            "acled_geo_precision",
            "ACLED geo_precision: 1 town; 2 admin2 (part of a region); 3 admin1, region "
            "or country.",
            1,
            3,
        ),
        _int_range(
            "ucdp_where_prec",
            "UCDP where_prec: 1 town; 3 admin2; 4 admin1; 5 region (larger than admin1); "
            "6 country.",
            1,
            7,
        ),
        Column("killed_low", INT32, "Deaths, low estimate.", True, minimum=0),
        Column(
            "killed_best",
            INT32,
            "Deaths, best estimate (ACLED fatalities, UCDP best).",
            True,
            minimum=0,
        ),
        Column("killed_high", INT32, "Deaths, high estimate.", True, minimum=0),
        Column(
            "factuality_certainty",
            STRING,
            "How certain the text presents the event.",
            _has_no_default("factuality_certainty"),
            _attribute_values("factuality_certainty"),
        ),
        Column(
            "factuality_polarity",
            STRING,
            "Whether the text says the event happened.",
            _has_no_default("factuality_polarity"),
            _attribute_values("factuality_polarity"),
        ),
        Column(
            "temporal_status",
            STRING,
            "Past, ongoing, future... relative to the article.",
            _has_no_default("temporal_status"),
            _attribute_values("temporal_status"),
        ),
        Column("source", STRING, "The outlet that published the article.", True),
        Column("url", STRING, "The article's URL.", True),
        Column("published", DATE, "Publication date of the article.", True),
        Column(
            "trigger_sentence",
            STRING,
            "The sentence of documents.text holding the trigger; null when the document's "
            "text is not published (documents.text_published).",
            True,
        ),
        Column(
            "incident_id",
            STRING,
            "incidents.incident_id: the incident the event reports. Reports of one "
            "happening in several articles share it once a reviewer confirmed the link; "
            "an unlinked event is an incident of its own, so grouping by incident_id "
            "counts incidents.",
            pattern=INCIDENT_ID,
        ),
        Column(
            "n_reports",
            INT32,
            "Number of distinct articles (documents) reporting the event's incident.",
            minimum=1,
        ),
    ),
    rules=(
        OrderRule("date-order", ("date_start", "date_end"), False, "date_start <= date_end"),
        OrderRule(
            "count-order",
            ("killed_low", "killed_best", "killed_high"),
            False,
            "killed_low <= killed_best <= killed_high",
        ),
    ),
)

INCIDENT_METHODS = _static(
    ("single", "no confirmed link: the event is an incident of its own"),
    ("rule+review", "linked by the candidate rule and confirmed by a reviewer in Label Studio"),
)

INCIDENTS = Table(
    name="incidents",
    description=(
        "Incidents: which events report the same happening, across articles. One row per "
        "event; events that a reviewer confirmed as reports of one happening (candidates "
        "proposed by rule: same type, overlapping dates, same or nearby place, compatible "
        "actors) share an incident_id; every other event is an incident of its own. "
        "Rejected or unsure candidates are never linked."
    ),
    primary_key=("event_id",),
    foreign_keys=(
        ForeignKey(("event_id",), "events_flat", ("event_id",)),
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
    ),
    columns=(
        Column(
            "incident_id",
            STRING,
            "'inc-' and the first 16 hex digits of the SHA-256 of the incident's sorted "
            "event ids joined by newlines: stable while its events stay the same.",
            pattern=INCIDENT_ID,
        ),
        Column(
            "event_id", STRING, "events.event_id: one report of the incident.", pattern=EVENT_ID
        ),
        Column("doc_id", STRING, "The document (article) of the report.", pattern=DOC_ID),
        Column("n_events", INT32, "Number of events (reports) in the incident.", minimum=1),
        Column(
            "n_reports",
            INT32,
            "Number of distinct articles (documents) reporting the incident.",
            minimum=1,
        ),
        Column("method", STRING, "How the incident's events were linked.", enum=INCIDENT_METHODS),
        Column(
            "rule_version",
            STRING,
            "Version of the candidate rule that proposed the confirmed links (null for a "
            "single event).",
            True,
        ),
        Column(
            "reviewers",
            STRING_LIST,
            "List of the pseudonyms (reviewer-NN) of the reviewers who confirmed the "
            "incident's links, sorted; null for a single event.",
            True,
        ),
    ),
)

#: Tables derived from the others at the end of compile (never staged from annotations).
DERIVED = ("actors", "events_flat", "incidents")

#: Every published table, in the order they are written and documented.
TABLES: tuple[Table, ...] = (
    DOCUMENTS,
    MENTIONS,
    EVENTS,
    EVENT_ARGUMENTS,
    ANNOTATIONS,
    ACTORS,
    EVENTS_FLAT,
    INCIDENTS,
)


def get_table(name: str) -> Table:
    """The table definition called ``name``."""
    for table in TABLES:
        if table.name == name:
            return table
    raise KeyError(f"no table {name!r}; tables: {', '.join(t.name for t in TABLES)}")


def resolve(table: Table | str) -> Table:
    """``table`` itself, or the table definition it names."""
    return get_table(table) if isinstance(table, str) else table
