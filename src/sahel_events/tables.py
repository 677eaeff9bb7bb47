"""The published tables, defined once: columns, keys and rules, and the schemas derived.

Each :class:`Table` names its columns (Arrow type, nullability, description, allowed
values), its primary key, its foreign keys and its row rules. Everything else is
derived from these definitions and the codebook (whose enumerations fill the allowed
values), never written twice:

* :func:`arrow_schema`: the Arrow schema the Parquet files are written in, with each
  column's description in the field metadata and the table's keys and the schema
  version in the schema metadata;
* :func:`pandera_schema`: a strict pandera schema for the table as a pandas frame of
  Arrow-backed columns (:func:`to_pandas`), checking types, nulls, allowed values,
  ranges, the primary key and the row rules;
* :func:`frictionless_schema`: the Frictionless Table Schema (v2) published beside the
  data, with ``constraints`` and ``categories``.

:func:`check_tables`, :func:`check_keys` and :func:`check_offsets` run the checks on
compiled tables and return a :class:`~sahel_events.errors.Report` whose issues name the
table and the primary key of the offending row. The working agreement behind the
columns is ``docs/tables-plan.md``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc

from .codebook import Attribute, Codebook, CodebookError
from .errors import Location, Report

__all__ = [
    "TABLES",
    "Column",
    "ForeignKey",
    "OrderRule",
    "PairRule",
    "Table",
    "arrow_schema",
    "check_keys",
    "check_offsets",
    "check_tables",
    "describe_arrow_schema",
    "frictionless_schema",
    "get_table",
    "key_string",
    "pandera_schema",
    "to_pandas",
]

#: Schema metadata keys written into every Arrow schema (and so into every Parquet file).
META_TABLE = "sahel_events.table"
META_DESCRIPTION = "sahel_events.description"
META_PRIMARY_KEY = "sahel_events.primary_key"
META_FOREIGN_KEYS = "sahel_events.foreign_keys"
META_SCHEMA_VERSION = "sahel_events.schema_version"
META_CODEBOOK = "sahel_events.codebook"

#: Separator of the flat multi-valued columns (``contexts``, ``ucdp_type_of_violence``...).
LIST_SEPARATOR = ";"

#: At most this many issues of one kind (table, code, column) are listed; the rest are
#: counted in one closing issue, so a systematic fault does not bury the report.
MAX_ISSUES_PER_KIND = 50

TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

Category = tuple[str, str | None]  # (value, label)
EnumSource = Callable[[Codebook], Sequence[Category]]
Nullable = bool | Callable[[Codebook], bool]


# ---------------------------------------------------------------------------- definitions


@dataclass(frozen=True)
class Column:
    """One column of a published table.

    ``enum`` gives the allowed values (with an optional label each) from the codebook;
    with ``joined`` the column holds several of them, sorted and joined by ``;``
    (flat on purpose: no nested columns in the main tables).
    """

    name: str
    type: pyarrow.DataType
    description: str
    nullable: Nullable = False
    enum: EnumSource | None = None
    joined: bool = False
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None

    def is_nullable(self, codebook: Codebook) -> bool:
        """Whether the column may hold nulls under this codebook."""
        return self.nullable(codebook) if callable(self.nullable) else self.nullable

    def categories(self, codebook: Codebook) -> list[Category] | None:
        """The allowed values with their labels, or None when any value goes."""
        return list(self.enum(codebook)) if self.enum is not None else None

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
    ("ground_truth", "from the annotation marked ground truth (adjudicated or reviewed)"),
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

SHA256 = r"^[0-9a-f]{64}$"
DOC_ID = r"^[a-z0-9][a-z0-9_-]{0,99}$"
MENTION_ID = r"^m-[0-9a-f]{16}$"
EVENT_ID = r"^ev-[0-9a-f]{16}$"
ANNOTATOR = r"^annotator-[0-9]{2,}$"
COUNTRY = r"^[A-Z]{2}$"
PLACE_ID = r"^geonames:[1-9][0-9]*$"
ACTOR_ID = r"^([a-z0-9][a-z0-9-]*|Q[1-9][0-9]*)$"


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
        Column("text", STRING, "The normalised text: NFC, LF line ends, no byte-order mark."),
        Column("text_sha256", STRING, "SHA-256 of the text encoded as UTF-8.", pattern=SHA256),
        Column("language", STRING, "ISO 639-1 code of the text's language.", pattern=r"^[a-z]{2}$"),
        Column("title", STRING, "Title of the article, when it has one.", True),
        Column("dateline_place", STRING, "Place named in the dateline ('Bamako, 16 septembre')."),
        Column("dateline_date", DATE, "Date of the dateline; relative dates resolve against it."),
        Column("published", DATE, "Publication date given by the source, when known.", True),
        Column("source", STRING, "The publication the article comes from.", True),
        Column("url", STRING, "Where the article was published.", True),
        Column("license", STRING, "Licence or terms under which the text is shared.", True),
        Column(
            "n_repeated_paragraphs",
            INT32,
            "Number of paragraph copies that repeat an earlier paragraph (flagged at ingest).",
            minimum=0,
        ),
        Column("ingest_version", STRING, "Version of the ingest rules that produced the text."),
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
        ForeignKey(("annotation_id",), "annotations", ("annotation_id",)),
    ),
    columns=(
        Column(
            "mention_id",
            STRING,
            "Stable id: 'm-' and 16 hex digits of sha256(doc_id, Label Studio region id).",
            pattern=MENTION_ID,
        ),
        Column("doc_id", STRING, "The document the mention is in.", pattern=DOC_ID),
        Column("annotation_id", INT64, "The Label Studio annotation the mention comes from."),
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
            "casualty_low",
            INT32,
            "Lowest number the count allows (see docs/tables-plan.md).",
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
            "count-order", ("casualty_low", "casualty_high"), False, "casualty_low <= casualty_high"
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
        ForeignKey(("annotation_id",), "annotations", ("annotation_id",)),
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
        Column("annotation_id", INT64, "The Label Studio annotation the event comes from."),
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
            STRING,
            "PLOVER contexts, sorted and joined by ';'.",
            True,
            _attribute_values("contexts"),
            joined=True,
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
            STRING,
            "PLOVER auxiliary statuses implied by the attributes, sorted and joined by ';'.",
            True,
            _plover_auxiliaries,
            joined=True,
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
            STRING,
            "Candidate UCDP types of violence (1, 2, 3) by the crosswalk, joined by ';'.",
            True,
            _ucdp_types,
            joined=True,
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
    primary_key=("annotation_id",),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    columns=(
        Column("annotation_id", INT64, "Label Studio's annotation id."),
        Column("task_id", INT64, "Label Studio's task id."),
        Column("doc_id", STRING, "The document annotated.", pattern=DOC_ID),
        Column("snapshot", STRING, "The export snapshot the annotation was read from."),
        Column(
            "annotator",
            STRING,
            "Pseudonym of the annotator: annotator-NN, numbered by each "
            "user's first annotation id (never an e-mail or a name).",
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

#: Every published table, in the order they are written and documented.
TABLES: tuple[Table, ...] = (DOCUMENTS, MENTIONS, EVENTS, EVENT_ARGUMENTS, ANNOTATIONS)


def get_table(name: str) -> Table:
    """The table definition called ``name``."""
    for table in TABLES:
        if table.name == name:
            return table
    raise KeyError(f"no table {name!r}; tables: {', '.join(t.name for t in TABLES)}")


def _resolve(table: Table | str) -> Table:
    return get_table(table) if isinstance(table, str) else table


# ---------------------------------------------------------------------------- Arrow


def arrow_schema(table: Table | str, codebook: Codebook) -> pyarrow.Schema:
    """The Arrow schema of ``table``: descriptions in field metadata, keys and version in
    the schema metadata (they travel into every Parquet file written with it)."""
    t = _resolve(table)
    fields = [
        pyarrow.field(
            c.name,
            c.type,
            nullable=c.is_nullable(codebook),
            metadata={"description": c.description},
        )
        for c in t.columns
    ]
    foreign = [
        {"fields": list(fk.fields), "resource": fk.resource, "reference": list(fk.reference)}
        for fk in t.foreign_keys
    ]
    metadata = {
        META_TABLE: t.name,
        META_DESCRIPTION: t.description,
        META_PRIMARY_KEY: json.dumps(list(t.primary_key)),
        META_FOREIGN_KEYS: json.dumps(foreign),
        META_SCHEMA_VERSION: codebook.version,
        META_CODEBOOK: codebook.name,
    }
    return pyarrow.schema(fields, metadata=metadata)


def describe_arrow_schema(schema: pyarrow.Schema) -> str:
    """A deterministic text rendering: one line per field and its description, then the
    schema metadata, sorted."""
    lines = []
    for f in schema:
        null = "" if f.nullable else " not null"
        lines.append(f"{f.name}: {f.type}{null}")
        description = (f.metadata or {}).get(b"description", b"").decode("utf-8")
        if description:
            lines.append(f"    -- {description}")
    lines.append("-- schema metadata --")
    for key, value in sorted((schema.metadata or {}).items()):
        lines.append(f"{key.decode('utf-8')}: {value.decode('utf-8')}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- pandera


def _joined_regex(values: Sequence[str]) -> str:
    """A pattern for a ';'-joined list of the allowed values (valid as Python and XSD)."""
    alt = "|".join(re.escape(v) if not re.fullmatch(r"[\w-]+", v) else v for v in values)
    return f"({alt})({LIST_SEPARATOR}({alt}))*"


def _order_check(rule: OrderRule) -> pa.Check:
    def check(df: pd.DataFrame) -> pd.Series:
        ok = pd.Series(True, index=df.index)
        cols = rule.columns
        for i, left in enumerate(cols):
            for right in cols[i + 1 :]:
                a, b = df[left], df[right]
                cmp = (a < b) if rule.strict else (a <= b)
                ok &= (a.isna() | b.isna() | cmp.fillna(True)).astype(bool)
        return ok

    return pa.Check(check, name=rule.name, error=rule.name)


def _pair_check(rule: PairRule, codebook: Codebook) -> pa.Check:
    allowed = sorted(f"{a}\x1f{b}" for a, b in rule.allowed(codebook))

    def check(df: pd.DataFrame) -> pd.Series:
        first, second = df[rule.columns[0]], df[rule.columns[1]]
        pair = (first.astype("string") + "\x1f" + second.astype("string")).isin(allowed)
        return (second.isna() | pair.fillna(False)).astype(bool)

    return pa.Check(check, name=rule.name, error=rule.name)


def _joined_check(values: Sequence[str]) -> pa.Check:
    regex = _joined_regex(values)

    def check(series: pd.Series) -> pd.Series:
        return series.astype("string").str.fullmatch(regex).fillna(False).astype(bool)

    return pa.Check(check, name="enum", error="enum")


def _column_checks(col: Column, codebook: Codebook) -> tuple[list[pa.Check], list[str]]:
    """The pandera checks of one column and, in the same order, what each one requires."""
    checks: list[pa.Check] = []
    needs: list[str] = []
    values = col.values(codebook)
    if values is not None:
        if col.joined:
            checks.append(_joined_check(values))
            needs.append(f"must be values among {', '.join(values)}, joined by ';'")
        else:
            checks.append(pa.Check.isin(values, error="enum"))
            needs.append(f"must be one of {', '.join(values)}")
    if col.minimum is not None and col.maximum is not None:
        checks.append(pa.Check.in_range(col.minimum, col.maximum, error="range"))
        needs.append(f"must be between {col.minimum:g} and {col.maximum:g}")
    elif col.minimum is not None:
        checks.append(pa.Check.ge(col.minimum, error="range"))
        needs.append(f"must be >= {col.minimum:g}")
    elif col.maximum is not None:
        checks.append(pa.Check.le(col.maximum, error="range"))
        needs.append(f"must be <= {col.maximum:g}")
    if col.pattern is not None:
        checks.append(pa.Check.str_matches(col.pattern, error="pattern"))
        needs.append(f"must match {col.pattern}")
    return checks, needs


@dataclass
class _Compiled:
    schema: pa.DataFrameSchema
    needs: dict[tuple[str | None, str], str] = field(default_factory=dict)


def _compile_pandera(t: Table, codebook: Codebook) -> _Compiled:
    columns: dict[str, pa.Column] = {}
    needs: dict[tuple[str | None, str], str] = {}
    for col in t.columns:
        checks, explanations = _column_checks(col, codebook)
        for check, text in zip(checks, explanations, strict=True):
            needs[(col.name, str(check.error))] = text
        columns[col.name] = pa.Column(
            pd.ArrowDtype(col.type),
            checks=checks,
            nullable=col.is_nullable(codebook),
            description=col.description,
        )
    frame_checks: list[pa.Check] = []
    for rule in t.rules:
        if isinstance(rule, OrderRule):
            frame_checks.append(_order_check(rule))
        else:
            frame_checks.append(_pair_check(rule, codebook))
        needs[(None, rule.name)] = rule.description
    schema = pa.DataFrameSchema(
        columns,
        checks=frame_checks,
        strict=True,
        ordered=True,
        unique=list(t.primary_key),
        name=t.name,
        description=t.description,
    )
    return _Compiled(schema, needs)


def pandera_schema(table: Table | str, codebook: Codebook) -> pa.DataFrameSchema:
    """A strict pandera schema of ``table`` for a frame made by :func:`to_pandas`.

    Checks: exact columns in order, Arrow dtypes, nulls, allowed values (codebook
    enumerations), ranges (offsets and counts >= 0, latitude and longitude), patterns of
    ids, the primary key's uniqueness and the row rules (start < end, date_start <=
    date_end, low <= best <= high, the mode belongs to the event type).
    """
    return _compile_pandera(_resolve(table), codebook).schema


def to_pandas(table: pyarrow.Table) -> pd.DataFrame:
    """The frame :func:`pandera_schema` validates: every column keeps its Arrow type
    (``pd.ArrowDtype``), so int32 with nulls stays int32 and dates stay dates."""
    frame: pd.DataFrame = table.to_pandas(types_mapper=pd.ArrowDtype)
    return frame


# ---------------------------------------------------------------------------- Frictionless

_FRICTIONLESS_TYPES: dict[str, str] = {
    "string": "string",
    "int32": "integer",
    "int64": "integer",
    "double": "number",
    "bool": "boolean",
    "date32[day]": "date",
}


def _frictionless_type(t: pyarrow.DataType) -> str:
    if pyarrow.types.is_timestamp(t):
        return "datetime"
    return _FRICTIONLESS_TYPES[str(t)]


def frictionless_schema(table: Table | str, codebook: Codebook) -> dict[str, Any]:
    """The Frictionless Table Schema (v2) of ``table``, as a JSON-ready dict."""
    t = _resolve(table)
    fields: list[dict[str, Any]] = []
    for col in t.columns:
        spec: dict[str, Any] = {
            "name": col.name,
            "type": _frictionless_type(col.type),
            "description": col.description,
        }
        constraints: dict[str, Any] = {}
        if not col.is_nullable(codebook):
            constraints["required"] = True
        if t.primary_key == (col.name,):
            constraints["unique"] = True
        categories = col.categories(codebook)
        if categories is not None:
            values = [v for v, _ in categories]
            if col.joined:
                constraints["pattern"] = _joined_regex(values)
            else:
                constraints["enum"] = values
                spec["categories"] = [
                    {"value": v, "label": label} if label else v for v, label in categories
                ]
        if col.minimum is not None:
            constraints["minimum"] = _number(col.minimum)
        if col.maximum is not None:
            constraints["maximum"] = _number(col.maximum)
        if col.pattern is not None:
            # XSD patterns are implicitly anchored: drop the ^...$ of the Python form.
            constraints["pattern"] = col.pattern.removeprefix("^").removesuffix("$")
        if constraints:
            spec["constraints"] = constraints
        fields.append(spec)
    schema: dict[str, Any] = {
        "$schema": TABLE_SCHEMA_PROFILE,
        "name": t.name,
        "description": t.description,
        "version": codebook.version,
        "fields": fields,
        "fieldsMatch": "exact",
        "missingValues": [""],
        "primaryKey": list(t.primary_key),
    }
    if t.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.resource, "fields": list(fk.reference)},
            }
            for fk in t.foreign_keys
        ]
    return schema


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------------------- checks


def key_string(values: Sequence[Any]) -> str:
    """How a primary key is written in a Location: the values joined by '/'."""
    return "/".join(str(v) for v in values)


class _Capped:
    """Adds issues to a report, at most MAX_ISSUES_PER_KIND per kind, then one summary."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.counts: dict[tuple[str, str, str | None], int] = defaultdict(int)

    def add(self, table: str, code: str, column: str | None, message: str, key: str | None) -> None:
        kind = (table, code, column)
        self.counts[kind] += 1
        if self.counts[kind] <= MAX_ISSUES_PER_KIND:
            self.report.add(code, message, Location(table=table, key=key))

    def close(self) -> None:
        for (table, code, column), n in self.counts.items():
            if n > MAX_ISSUES_PER_KIND:
                where = f" in column {column}" if column else ""
                self.report.add(
                    code,
                    f"{n - MAX_ISSUES_PER_KIND} more issue(s) of this kind{where} not listed",
                    Location(table=table),
                )


def _keys_of(table: pyarrow.Table, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    arrays = [table.column(c).to_pylist() for c in columns]
    return list(zip(*arrays, strict=True))


def check_keys(tables: Mapping[str, pyarrow.Table]) -> Report:
    """Primary keys unique and non-null; foreign keys pointing at existing rows.

    Issues: ``table.primary-key`` (a duplicated or missing key, located by the key) and
    ``table.foreign-key`` (located by the primary key of the referring row). A foreign
    key to a table that is not given is not checked.
    """
    report = Report()
    capped = _Capped(report)
    for name, data in tables.items():
        t = get_table(name)
        pk = list(t.primary_key)
        if data.num_rows == 0:
            continue
        nulls = pc.is_null(data.column(pk[0]))
        for c in pk[1:]:
            nulls = pc.or_(nulls, pc.is_null(data.column(c)))
        if pc.any(nulls).as_py():
            for key in _keys_of(data.filter(nulls), pk):
                capped.add(
                    name,
                    "table.primary-key",
                    None,
                    f"primary key {', '.join(pk)} has a null value",
                    key_string(key),
                )
        counts = data.group_by(pk).aggregate([([], "count_all")])
        dupes = counts.filter(pc.greater(counts.column("count_all"), 1))
        for key, n in zip(_keys_of(dupes, pk), dupes.column("count_all").to_pylist(), strict=True):
            if any(v is None for v in key):
                continue
            capped.add(
                name,
                "table.primary-key",
                None,
                f"primary key ({', '.join(pk)}) appears {n} times; it must be unique",
                key_string(key),
            )
    for name, data in tables.items():
        t = get_table(name)
        for fk in t.foreign_keys:
            parent = tables.get(fk.resource)
            if parent is None:
                continue
            # The foreign keys of the published tables are single columns.
            (child_col,), (parent_col,) = fk.fields, fk.reference
            values = data.column(child_col)
            present = pc.is_in(values, value_set=parent.column(parent_col).combine_chunks())
            missing = pc.and_(pc.is_valid(values), pc.invert(present))
            if not pc.any(missing).as_py():
                continue
            bad = data.filter(missing)
            for key, value in zip(
                _keys_of(bad, t.primary_key), bad.column(child_col).to_pylist(), strict=True
            ):
                capped.add(
                    name,
                    "table.foreign-key",
                    child_col,
                    f"{child_col} {value!r} is not a {parent_col} of {fk.resource}",
                    key_string(key),
                )
    capped.close()
    return report


_BUILTIN_CHECKS = {
    "not_nullable": "not-null",
    "field_uniqueness": "primary-key",
    "multiple_fields_uniqueness": "primary-key",
    "column_in_schema": "column-unexpected",
    "column_in_dataframe": "column-missing",
    "column_ordered": "column-order",
}


def _check_code(check: str) -> str:
    if check.startswith("dtype("):
        return "dtype"
    if check in _BUILTIN_CHECKS:
        return _BUILTIN_CHECKS[check]
    return re.sub(r"[^a-z0-9-]+", "-", check.lower()).strip("-") or "check"


def check_tables(tables: Mapping[str, pyarrow.Table], codebook: Codebook) -> Report:
    """Validate each table with its pandera schema (lazily: every failure is collected).

    Each failing row becomes one issue ``table.<check>`` (``table.enum``,
    ``table.range``, ``table.not-null``, ``table.pattern``, ``table.span-order``, ...)
    located by the table and the primary key of the row; column-level failures
    (``table.dtype``, ``table.column-missing``, ``table.column-unexpected``) name the
    column and no key.
    """
    report = Report()
    capped = _Capped(report)
    for name, data in tables.items():
        t = get_table(name)
        compiled = _compile_pandera(t, codebook)
        frame = to_pandas(data)
        try:
            compiled.schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            _report_failures(t, frame, exc.failure_cases, compiled.needs, capped)
    capped.close()
    return report


def _report_failures(
    t: Table,
    frame: pd.DataFrame,
    failures: pd.DataFrame,
    needs: Mapping[tuple[str | None, str], str],
    capped: _Capped,
) -> None:
    seen: set[tuple[str, str | None, Any]] = set()
    rule_names = {rule.name for rule in t.rules}
    records: list[dict[str, Any]] = failures.to_dict(orient="records")  # type: ignore[assignment]
    for row in records:
        check = str(row["check"])
        code = _check_code(check)
        column: str | None = None
        if check not in rule_names and isinstance(row["column"], str):
            column = row["column"]
        index = row["index"] if _present(row["index"]) else None
        failure_case = row["failure_case"]
        marker = (code, column, index)
        # A frame-level rule yields one failure per column of the failing row: keep one.
        if marker in seen:
            continue
        seen.add(marker)
        key = None
        if index is not None and code not in ("dtype",):
            try:
                key = key_string([frame.at[index, c] for c in t.primary_key])
            except KeyError:
                key = None
        if code == "dtype":
            actual = frame[column].dtype if column in frame else "?"
            expected = t.column(str(column)).type
            message = f"column {column} has type {actual}, the schema says {expected}"
            key = None
        elif code == "column-missing":
            message = f"column {failure_case} is missing"
        elif code == "column-unexpected":
            message = f"column {failure_case} is not in the schema of {t.name}"
        elif code == "column-order":
            message = f"columns are not in the schema's order ({', '.join(t.column_names)})"
        elif code == "not-null":
            message = f"{column} is null; it is required"
        elif code == "primary-key":
            message = f"primary key ({', '.join(t.primary_key)}) is not unique"
        else:
            need = needs.get((column, check)) or needs.get((None, check)) or check
            if column is None:
                message = f"row breaks the rule {need}"
            else:
                message = f"{column} {_show(failure_case)} {need}"
        capped.add(t.name, f"table.{code}", column, message, key)


def _present(value: Any) -> bool:
    """False for None, NaN and pandas' NA (how failure cases mark a missing index)."""
    return (
        value is not None
        and not (isinstance(value, float) and value != value)
        and (value is not pd.NA)
    )


def _show(value: Any) -> str:
    return repr(value.item() if hasattr(value, "item") else value)


def _rows(table: pyarrow.Table, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The values of ``columns`` row by row, converted to Python one batch at a time."""
    for batch in table.select(list(columns)).to_batches(max_chunksize=65_536):
        yield from zip(*(c.to_pylist() for c in batch.columns), strict=True)


def check_offsets(tables: Mapping[str, pyarrow.Table]) -> Report:
    """Every span's text equals ``documents.text[start:end]`` (code points).

    Issues ``table.span-text``, located by the mention or event id. Needs the
    ``documents`` table; checks ``mentions`` and ``events`` when given.
    """
    report = Report()
    capped = _Capped(report)
    documents = tables.get("documents")
    if documents is None:
        return report
    texts = dict(
        zip(
            documents.column("doc_id").to_pylist(),
            documents.column("text").to_pylist(),
            strict=True,
        )
    )
    spans = (
        ("mentions", "mention_id", "start", "end", "text"),
        ("events", "event_id", "trigger_start", "trigger_end", "trigger_text"),
    )
    for name, pk, start_col, end_col, text_col in spans:
        data = tables.get(name)
        if data is None:
            continue
        for key, doc_id, start, end, text in _rows(
            data, (pk, "doc_id", start_col, end_col, text_col)
        ):
            doc_text = texts.get(doc_id)
            if doc_text is None or start is None or end is None:
                continue  # the foreign-key and not-null checks report these
            if not 0 <= start < end <= len(doc_text):
                capped.add(
                    name,
                    "table.span-text",
                    None,
                    f"offsets {start}:{end} fall outside the text of {doc_id} "
                    f"({len(doc_text)} code points)",
                    key,
                )
            elif doc_text[start:end] != text:
                capped.add(
                    name,
                    "table.span-text",
                    None,
                    f"{text_col} {text!r} differs from the document's text "
                    f"{doc_text[start:end]!r} at {start}:{end}",
                    key,
                )
    capped.close()
    return report
