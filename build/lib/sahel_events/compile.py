"""Compile export snapshots and documents into the published tables.

:func:`compile_dataset` reads the snapshots one task at a time (newest copy of each
task wins), consolidates each task's annotations (:mod:`sahel_events.consolidate`),
measures agreement where several annotators worked (:mod:`sahel_events.agreement`), and
turns the annotation of record into rows:

* ``entity`` regions → ``mentions`` (``layout`` regions, which mark repeated
  paragraphs for annotators, are not content);
* ``event`` regions → ``events``;
* relations between an event region and an entity region, labelled with a role →
  ``event_arguments`` (an unlabelled relation is skipped with a warning);
* an event's date, place and deaths come from the mentions linked by its ``time``,
  ``location`` and ``casualties`` arguments (rules in ``docs/tables-plan.md``);
* attributes left empty take the codebook's default; ACLED and UCDP columns come from
  the codebook's crosswalk.

Only tasks whose document is among ``documents`` are compiled; a task whose text is no
longer the document's text is left out and reported. The result's tables are sorted
by primary key and in the Arrow schemas of :mod:`sahel_events.tables`, and its report
holds everything found on the way plus the table checks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from . import compile_reuse as reuse
from . import tables as T
from .agreement import DEFAULTED, AgreementAccumulator
from .annotation import rules
from .annotation.ids import (
    CasualtyKind,
    CasualtySide,
    EntityAttribute,
    EventAttribute,
    LaterAttribute,
    Normalised,
    Role,
    members,
)
from .annotation.model import Annotation, Region
from .annotation.names import ENTITY_CONTROL, SPAN_CONTROLS
from .annotation.rawtasks import KnownTasks, TaskStub
from .annotation.snapindex import SnapshotIndex
from .annotation.snapshots import (
    iter_current_texts,
    order_snapshots,
    snapshot_source,
    snapshot_timestamp,
)
from .annotation.typed import parse_annotation, task_doc_id
from .codebook import Codebook, EntityType
from .compile_cache import KEY_COLUMN, RowCache, TaskRows
from .compile_stream import RUN_TASKS, finish_tables
from .consolidate import (
    OUTCOME_SOURCE_CONFLICT,
    Consolidated,
    Pseudonyms,
    SourceCandidate,
    choose_source,
    consolidate_task,
)
from .errors import Issue, Location, Report, Severity
from .fatalities import Count, Figures, best_of, casualty_figures, killed_figures
from .files import sha256_file
from .gazetteer import lookup
from .incidents.review import ReviewSet
from .incidents.table import ConfirmedLink
from .licences import allows_redistribution
from .spillsort import sort_by_key
from .tablefile import SpillDir, SpilledTable, SpillWriter, spill_table
from .values import (
    CountRange,
    DateInterval,
    ValueFormatError,
    parse_actor_id,
    parse_coordinates,
    parse_count,
    parse_date_interval,
    parse_gazetteer_id,
    parse_iso_day,
)

if TYPE_CHECKING:  # ingest is heavy to import; compile only reads its documents
    from .ingest.documents import Document

__all__ = [
    "CompiledDataset",
    "SnapshotInfo",
    "annotation_key",
    "casualty_figures",
    "compile_dataset",
    "event_id",
    "mention_id",
    "source_id",
]

TEXT_KEY = "text"

#: The event attributes that are single choices with a column each (contexts, a
#: multiple choice, has a column of its own).
EVENT_ATTRIBUTES = tuple(a for a in members(EventAttribute) if a != EventAttribute.CONTEXTS)


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot read: its path, hash, time, tasks taken from it and tasks compiled."""

    path: str
    sha256: str
    timestamp: str | None
    tasks: int  # tasks whose newest copy is in this snapshot
    tasks_compiled: int  # of those, tasks that reached the tables

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(self.__dict__)


@dataclass
class CompiledDataset:
    """The compiled tables, as spill files, and what was found while compiling them.

    ``files``: each table in a file of ``spill`` (:mod:`sahel_events.tablefile`), read a
    batch at a time by whoever consumes it; the directory goes with this object
    (:meth:`close`, or when it is garbage-collected).
    """

    files: dict[str, SpilledTable]
    report: Report
    # Documents whose annotations stay out of the tables, and why (``reason``: an
    # outcome of consolidation: needs_adjudication, needs_review or unusable).
    held_back: list[dict[str, Any]]
    agreement: dict[str, Any]
    snapshots_used: list[SnapshotInfo]
    # With a cache: tasks whose rows came from it (hits) and tasks compiled (misses).
    cache_stats: dict[str, int] | None = None
    spill: SpillDir | None = None
    _whole: dict[str, pa.Table] | None = field(default=None, repr=False)

    @property
    def tables(self) -> dict[str, pa.Table]:
        """Every table whole, read from its file once (kept for tests and small
        datasets: the build and release paths read :attr:`files` in batches)."""
        if self._whole is None:
            self._whole = {name: f.read() for name, f in self.files.items()}
        return self._whole

    def close(self) -> None:
        """Remove the spill files (the tables read by :attr:`tables` stay usable)."""
        if self.spill is not None:
            self.spill.cleanup()


def _short_hash(doc_id: str, region_id: str) -> str:
    return hashlib.sha256(f"{doc_id}\x1f{region_id}".encode()).hexdigest()[:16]


def mention_id(doc_id: str, region_id: str) -> str:
    """Stable id of a mention: it lives as long as its Label Studio region."""
    return "m-" + _short_hash(doc_id, region_id)


def event_id(doc_id: str, region_id: str) -> str:
    """Stable id of an event: it lives as long as its Label Studio region."""
    return "ev-" + _short_hash(doc_id, region_id)


def source_id(source: str) -> str:
    """The published id of a source (:func:`snapshot_source`): a hash, never its URL."""
    return "src-" + hashlib.sha256(source.encode()).hexdigest()[:12]


def annotation_key(source: str, annotation_id: int) -> str:
    """The published key of an annotation: Label Studio's id qualified by its source,
    so that annotation 1 of a fresh server never meets annotation 1 of another."""
    return "an-" + _short_hash(source, str(annotation_id))


# ---------------------------------------------------------------------------- values


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_iso_day(value)
    except ValueError:
        return None


def _value_list(values: Iterable[Any]) -> list[str] | None:
    """The distinct values, sorted (a list column), or None when there are none."""
    return sorted({str(v) for v in values}) or None


# ---------------------------------------------------------------------------- one task


#: Rows are turned into Arrow record batches this many at a time, so what compile holds
#: while reading grows by compact Arrow data, not by Python dicts.
FLUSH_ROWS = 4096
#: Hidden staging columns: which document and task a row came from, the task's cache
#: key (:mod:`sahel_events.compile_cache`; null when not cached) and its place in the
#: reading order (rows taken from the cache are put back in it).
_DOC = "_doc_id"
_TASK = "_task_id"
_KEY = KEY_COLUMN
_SEQ = "_seq"


def _user_key(source: str, user_id: int | None) -> str | None:
    """What a staged ``annotator`` holds: the user of a source (pseudonyms are known only
    once every snapshot is read, and cached rows outlive one build's numbering)."""
    return None if user_id is None else f"{source}\x1f{user_id}"


class _Staging:
    """The rows of one table, staged as Arrow record batches while tasks are read.

    The staging schema is the table's with every column nullable, ``annotator`` holding
    a user key (:func:`_user_key`) and four hidden columns naming the document, task,
    cache key and reading position of each row.
    """

    def __init__(self, table: T.Table, codebook: Codebook, spill: SpillDir | None = None) -> None:
        self.table = table
        self.final_schema = T.arrow_schema(table, codebook)
        fields = [
            pa.field(f.name, pa.string() if f.name == "annotator" else f.type)
            for f in self.final_schema
        ]
        hidden = [(_DOC, pa.string()), (_TASK, pa.int64()), (_KEY, pa.string()), (_SEQ, pa.int64())]
        self.schema = pa.schema([*fields, *(pa.field(n, t) for n, t in hidden)])
        self.rows: list[dict[str, Any]] = []
        self.batches: list[pa.RecordBatch] = []
        # With a spill directory the staged rows go to a file as they are flushed.
        self.spill = spill
        self.writer: SpillWriter | None = None
        self.lookups: tuple[pa.Array, pa.Array, pa.Array, pa.Array] | None = None

    def add(
        self, rows: Iterable[dict[str, Any]], doc_id: str, task_id: int, key: str | None, seq: int
    ) -> None:
        for row in rows:
            self.table.check_row(row)  # a misspelled key must not become a null column
            row[_DOC] = doc_id
            row[_TASK] = task_id
            row[_KEY] = key
            row[_SEQ] = seq
            self.rows.append(row)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        batch = pa.RecordBatch.from_pylist(self.rows, schema=self.schema)
        self.rows = []
        if self.spill is None:
            self.batches.append(batch)
            return
        if self.writer is None:
            path = self.spill.file(f"staged-{self.table.name}")
            self.writer = SpillWriter(self.table.name, path, self.schema).__enter__()
        self.writer.write(batch)

    def staged_file(self) -> SpilledTable:
        """The staged rows in a spill file, in reading order (with a spill directory)."""
        assert self.spill is not None, "staged_file needs a spill directory"
        self.flush()
        if self.writer is None:
            return spill_table(self.table.name, iter(()), self.schema, self.spill)
        self.writer.__exit__(None, None, None)
        return self.writer.result

    def staged(self, cached: pa.Table | None) -> pa.Table:
        """Every staged row, with ``cached`` (rows taken from the cache), in reading order."""
        self.flush()
        staged = pa.Table.from_batches(self.batches, schema=self.schema)
        self.batches = []
        if cached is not None and cached.num_rows:
            staged = pa.concat_tables([staged, cached])
            # A stable sort: the rows of each task stay in the order they were compiled.
            staged = staged.take(pc.sort_indices(staged.column(_SEQ)))
        return staged

    def prepare(self, winners: Mapping[str, int], pseudonyms: Mapping[str, str]) -> None:
        """Know the task compiled for each document and the pseudonym of each user key
        (both known once every snapshot is read) for :meth:`final`."""
        self.lookups = (
            pa.array(list(winners), pa.string()),
            pa.array(list(winners.values()), pa.int64()),
            pa.array(list(pseudonyms), pa.string()),
            pa.array(list(pseudonyms.values()), pa.string()),
        )

    def final(self, staged: pa.Table) -> pa.Table:
        """Staged rows in final form, in their order: those of each document's compiled
        task, pseudonyms for user keys, the table's schema (:meth:`prepare` first)."""
        assert self.lookups is not None, "prepare() comes first"
        docs, tasks, users, names = self.lookups
        if staged.num_rows:
            expected = pc.take(tasks, pc.index_in(staged.column(_DOC), value_set=docs))
            keep = pc.fill_null(pc.equal(staged.column(_TASK), expected), False)
            if not pc.all(keep).as_py():  # a copy of the table only when rows go
                staged = staged.filter(keep)
        columns = []
        for f in self.final_schema:
            column = staged.column(f.name)
            if f.name == "annotator":
                column = pc.take(names, pc.index_in(column, value_set=users))
            columns.append(column)
        # from_arrays, not cast: a null in a required column must reach the table checks
        # (which report it by key), not stop the compile with an exception.
        return pa.Table.from_arrays(columns, schema=self.final_schema)

    def finish(
        self, staged: pa.Table, winners: Mapping[str, int], pseudonyms: Mapping[str, str]
    ) -> pa.Table:
        """The table: rows of each document's compiled task, pseudonyms (user key ->
        pseudonym), final schema, sorted by primary key."""
        self.prepare(winners, pseudonyms)
        return sort_by_key(self.final(staged), self.table.primary_key)


class _TaskCompiler:
    """Turns the annotation of record of one task into rows."""

    def __init__(
        self,
        codebook: Codebook,
        doc: Document,
        consolidated: Consolidated,
        record: Annotation,
        where: Location,
        report: Report,
        identity: tuple[str, int | None],
    ) -> None:
        self.codebook = codebook
        self.doc = doc
        self.consolidated = consolidated
        self.record = record
        # The record's annotation key and its annotator's handle.
        self.key, self.annotator = identity
        self.where = where
        self.report = report
        self.copies = [d.copy for d in doc.duplicates]
        self.mention_rows: dict[str, dict[str, Any]] = {}  # region id -> row
        self.figures: dict[str, Figures] = {}
        self.event_rows: dict[str, dict[str, Any]] = {}

    def at(self, region: str | None = None) -> Location:
        w = self.where
        return Location(
            file=w.file,
            task=w.task,
            annotation=self.record.annotation_id,
            region=region,
            doc_id=w.doc_id,
        )

    def warn(
        self, code: str, message: str, region: str | None = None, severity: Severity = "warning"
    ) -> None:
        self.report.add(code, message, self.at(region), severity)

    def fault(
        self,
        code: str,
        message: str,
        index: int | None = None,
        region: str | None = None,
        severity: Severity | None = None,
    ) -> None:
        """A fault of the annotation model (:mod:`sahel_events.annotation.rules`)."""
        self.report.add(code, message, self.at(region), severity or "error")

    # -- regions

    def span_ok(self, r: Region) -> bool:
        """False when the region cannot be placed in the text (it is left out); a
        ``value.text`` that differs is reported and the document's text is kept."""
        return rules.check_span(r, r.start, r.end, self.doc.text, self.fault)

    def choice(self, r: Region, attribute_id: str, applies: bool) -> str | None:
        chosen = r.choices.get(attribute_id)
        if chosen:
            return chosen[0]
        if not applies:
            return None
        attribute = self.codebook.entity_attributes.get(attribute_id) or (
            self.codebook.event_attributes.get(attribute_id)
        )
        return attribute.default if attribute is not None else None

    def later(self, r: Region, attribute_id: str, applies: set[str]) -> str | None:
        """An attribute of codebook 1.0.0 on (:class:`LaterAttribute`): None when the
        codebook (an older release's own copy) does not declare it."""
        return self.choice(r, attribute_id, attribute_id in applies)

    def value(self, r: Region, control: str, parse: Callable[[str], Any]) -> Any:
        text = r.texts.get(control)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueFormatError as exc:
            self.warn(exc.code, f"{control}: {exc.message}; left empty", r.id)
            return None

    def mention(self, r: Region) -> None:
        doc_id = self.doc.doc_id
        etype: EntityType | None = self.codebook.entity_types.get(r.label)
        applies = set(etype.attributes) if etype else set()
        attrs = {a: self.choice(r, a, a in applies) for a in members(EntityAttribute)}
        place_id = self.value(r, Normalised.PLACE, parse_gazetteer_id)
        coords = self.value(r, Normalised.COORDS, parse_coordinates)
        interval: DateInterval | None = self.value(r, Normalised.DATE, parse_date_interval)
        count: CountRange | None = self.value(r, Normalised.COUNT, parse_count)
        place = lookup(place_id) if place_id else None
        if place_id and place is None:
            self.warn(
                "compile.unknown-place",
                f"{place_id} is not in the gazetteer; no name, country or admin1",
                r.id,
                "info",
            )
        low, best, high = casualty_figures(
            count, attrs[EntityAttribute.CASUALTY_QUALIFIER], self.codebook.estimates
        )
        self.figures[r.id] = (low, best, high)
        row = {
            "mention_id": mention_id(doc_id, r.id),
            "doc_id": doc_id,
            "annotation_key": self.key,
            "annotation_id": self.record.annotation_id,
            "region_id": r.id,
            "start": r.start,
            "end": r.end,
            "text": self.doc.text[r.start : r.end],
            "entity_type": r.label,
            "sector": attrs[EntityAttribute.SECTOR],
            "actor_id": self.value(r, Normalised.ACTOR, parse_actor_id),
            "place_id": place_id,
            "place_name": getattr(place, "name", None),
            "country_code": getattr(place, "country_code", None),
            "admin1": getattr(place, "admin1", None),
            "latitude": coords.latitude if coords else getattr(place, "latitude", None),
            "longitude": coords.longitude if coords else getattr(place, "longitude", None),
            "place_precision": attrs[EntityAttribute.PLACE_PRECISION],
            "date_start": interval.start if interval else None,
            "date_end": interval.end if interval else None,
            "date_precision": attrs[EntityAttribute.DATE_PRECISION],
            "casualty_kind": attrs[EntityAttribute.CASUALTY_KIND],
            "casualty_qualifier": attrs[EntityAttribute.CASUALTY_QUALIFIER],
            "casualty_side": self.later(r, LaterAttribute.CASUALTY_SIDE, applies),
            "actor_type": self.later(r, LaterAttribute.ACTOR_TYPE, applies),
            "casualty_low": low,
            "casualty_best": best,
            "casualty_high": high,
            "in_repeated_paragraph": any(r.start < e and s < r.end for s, e in self.copies),
        }
        self.mention_rows[r.id] = row

    def event(self, r: Region) -> None:
        etype = self.codebook.event_types.get(r.label)
        known = etype is not None
        mode = None
        if etype is not None:
            chosen = r.choices.get(etype.mode_control)
            mode = chosen[0] if chosen else etype.default_mode
        contexts = r.choices.get(EventAttribute.CONTEXTS, ())
        attrs = {a: self.choice(r, a, known) for a in EVENT_ATTRIBUTES}
        auxiliaries = set()
        for attribute_id, value in attrs.items():
            attribute = self.codebook.event_attributes.get(attribute_id)
            if attribute is not None and value in attribute.values:
                aux = attribute.values[value].plover_auxiliary
                if aux:
                    auxiliaries.add(aux)
        targeting = self.later(
            r, LaterAttribute.CIVILIAN_TARGETING, set(self.codebook.event_attributes)
        )
        crosswalk = self.codebook.crosswalk_for(r.label, mode)
        acled_type, acled_sub, ucdp = (
            crosswalk.resolve({LaterAttribute.CIVILIAN_TARGETING: targeting})
            if crosswalk
            else (None, None, ())
        )
        self.event_rows[r.id] = {
            "event_id": event_id(self.doc.doc_id, r.id),
            "doc_id": self.doc.doc_id,
            "annotation_key": self.key,
            "annotation_id": self.record.annotation_id,
            "region_id": r.id,
            "trigger_start": r.start,
            "trigger_end": r.end,
            "trigger_text": self.doc.text[r.start : r.end],
            "event_type": r.label,
            "mode": mode,
            "contexts": _value_list(contexts),
            **attrs,
            "plover_auxiliary": _value_list(auxiliaries),
            "date_start": None,
            "date_end": None,
            "date_precision": None,
            "place_id": None,
            "place_mention_id": None,
            "place_name": None,
            "country_code": None,
            "admin1": None,
            "latitude": None,
            "longitude": None,
            "place_precision": None,
            "killed_low": None,
            "killed_best": None,
            "killed_high": None,
            "killed_civilians_best": None,
            "killed_combatants_best": None,
            "civilian_targeting": targeting,
            # One-to-many crosswalk rows are settled by civilian_targeting where the
            # codebook says how (crosswalk resolved_by).
            "acled_event_type": acled_type,
            "acled_sub_event_type": acled_sub,
            "ucdp_type_of_violence": _value_list(ucdp) if crosswalk else None,
            "annotator": self.annotator,  # a handle until pseudonyms are known
            "status": self.consolidated.status,
        }

    # -- relations

    def arguments(self) -> list[dict[str, Any]]:
        regions = self.record.regions
        rows: dict[tuple[str, str, str], dict[str, Any]] = {}
        by_event: dict[str, dict[str, list[str]]] = {}
        for rel in self.record.relations:
            pair = rules.check_relation(rel, regions, self.fault)
            if pair is None:
                continue
            ev, ent = pair
            if ev.id not in self.event_rows or ent.id not in self.mention_rows:
                continue  # a region left out (bad offsets) was already reported
            for role in rel.labels:
                if role not in self.codebook.roles:
                    rules.report_unknown_role(role, self.codebook.roles, self.fault, region=ev.id)
                    continue
                mid = self.mention_rows[ent.id]["mention_id"]
                eid = self.event_rows[ev.id]["event_id"]
                rows[(eid, role, mid)] = {"event_id": eid, "role": role, "mention_id": mid}
                by_event.setdefault(ev.id, {}).setdefault(role, []).append(ent.id)
        for ev_region, roles in by_event.items():
            self.derive(ev_region, roles)
        return list(rows.values())

    def derive(self, ev_region: str, roles: Mapping[str, list[str]]) -> None:
        """Date, place and deaths of an event from the mentions its arguments link."""
        row = self.event_rows[ev_region]
        times = [self.mention_rows[m] for m in dict.fromkeys(roles.get(Role.TIME, []))]
        dated = [m for m in times if m["date_start"] is not None]
        if dated:
            row["date_start"] = min(m["date_start"] for m in dated)
            row["date_end"] = max(m["date_end"] for m in dated)
            # Several dates: the precision of the widest interval among them.
            widest = max(dated, key=lambda m: (m["date_end"] - m["date_start"], m["start"]))
            row["date_precision"] = widest["date_precision"]
        places = sorted(
            (self.mention_rows[m] for m in dict.fromkeys(roles.get(Role.LOCATION, []))),
            key=lambda m: (m["start"], m["end"]),
        )
        if places:
            place = places[0]
            if len(places) > 1:
                self.warn(
                    "compile.several-locations",
                    f"{len(places)} location arguments; the first in the text "
                    f"({place['text']!r}) gives the event's place",
                    ev_region,
                    "info",
                )
            row["place_mention_id"] = place["mention_id"]
            for col in (
                "place_id",
                "place_name",
                "country_code",
                "admin1",
                "latitude",
                "longitude",
                "place_precision",
            ):
                row[col] = place[col]
        killed = [
            Count(self.figures[m], mention["casualty_qualifier"], mention["casualty_side"])
            for m in dict.fromkeys(roles.get(Role.CASUALTIES, []))
            if (mention := self.mention_rows[m])["casualty_kind"] == CasualtyKind.KILLED
        ]
        if not killed:
            return
        estimates = self.codebook.estimates
        row["killed_low"], row["killed_best"], row["killed_high"] = killed_figures(
            killed, estimates
        )
        row["killed_civilians_best"] = best_of(
            [c for c in killed if c.side == CasualtySide.CIVILIANS], estimates
        )
        row["killed_combatants_best"] = best_of(
            [c for c in killed if c.side in CasualtySide.COMBATANTS], estimates
        )

    def run(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        for r in self.record.regions.values():
            if r.is_layout:
                continue
            if r.control not in SPAN_CONTROLS:
                self.fault(
                    "codebook.unknown-control",
                    f"the labeling config has no labels control named {r.control!r}; the "
                    "region is left out",
                    region=r.id,
                )
                continue
            if not self.span_ok(r):
                continue
            if r.control == ENTITY_CONTROL:
                self.mention(r)
            else:
                self.event(r)
        arguments = self.arguments()
        return list(self.mention_rows.values()), list(self.event_rows.values()), arguments


# ---------------------------------------------------------------------------- the dataset


def _document_row(
    doc: Document, chosen: tuple[str, tuple[int, ...]] | None, names: Mapping[int, str]
) -> dict[str, Any]:
    choice, by = _record(chosen, names)
    return {
        "doc_id": doc.doc_id,
        "source_file": doc.source_file,
        "raw_sha256": doc.raw_sha256,
        "text": doc.text,
        "text_sha256": doc.text_sha256,
        "language": doc.language,
        "title": doc.title,
        "dateline_place": doc.dateline_place,
        "dateline_date": _date(doc.dateline_date),
        "published": _date(doc.published),
        "source": doc.source,
        "url": doc.url,
        "license": doc.license,
        "text_published": allows_redistribution(doc.license),
        "n_repeated_paragraphs": len(doc.duplicates),
        "ingest_version": doc.ingest_version,
        "record_choice": choice,
        "record_by": by,
    }


def _record(
    chosen: tuple[str, tuple[int, ...]] | None, names: Mapping[int, str]
) -> tuple[str | None, str | None]:
    """``record_choice`` and ``record_by`` (pseudonyms, sorted, joined by ';')."""
    choice, users = chosen or (None, ())
    by = sorted({names[u] for u in users if u in names})
    return choice, ";".join(by) or None


def _documents_table(
    docs: Mapping[str, Document],
    doc_ids: Sequence[str],
    codebook: Codebook,
    chosen: Mapping[str, tuple[str, tuple[int, ...]]],
    names: Mapping[int, str],
) -> pa.Table:
    """The ``documents`` table of ``doc_ids`` (sorted), built :data:`FLUSH_ROWS` rows at a
    time: the texts of a large corpus are never all Python dicts at once."""
    parts = [
        T.from_rows(
            T.DOCUMENTS,
            [_document_row(docs[d], chosen.get(d), names) for d in doc_ids[i : i + FLUSH_ROWS]],
            codebook,
        )
        for i in range(0, len(doc_ids), FLUSH_ROWS)
    ]
    if not parts:
        return T.from_rows(T.DOCUMENTS, [], codebook)
    return pa.concat_tables(parts)


def _annotation_row(
    a: Annotation, c: Consolidated, snapshot: str, source: str, annotator: int | None
) -> dict[str, Any]:
    return {
        "annotation_key": annotation_key(source, a.annotation_id),
        "source_id": source_id(source),
        "annotation_id": a.annotation_id,
        "task_id": c.task_id,
        "doc_id": c.doc_id,
        "snapshot": snapshot,
        "annotator": annotator,  # a handle until pseudonyms are known
        "created_at": a.created_at,
        "updated_at": a.updated_at,
        "lead_time": a.lead_time,
        "was_cancelled": a.was_cancelled,
        "ground_truth": a.ground_truth,
        "outcome": c.outcomes[a.annotation_id],
        "n_results": a.n_results,
    }


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _attribute_defaults(codebook: Codebook) -> dict[str, str | None]:
    """Attribute id -> its codebook default, for the attributes agreement compares."""
    attributes = {**codebook.entity_attributes, **codebook.event_attributes}
    return {a: attributes[a].default for a in DEFAULTED if a in attributes}


def _task_rows(
    codebook: Codebook,
    doc: Document,
    c: Consolidated,
    parsed: Sequence[Annotation],
    where: Location,
    snapshot: str,
    source: str,
) -> TaskRows:
    """The rows and issues of one task, from its consolidated annotations.

    ``annotator`` columns and held-back annotators hold Label Studio user ids here: the
    handles of :class:`Pseudonyms` depend on the whole dataset's reading order, so they
    are put in when the rows are taken, never cached.
    """
    found = Report()
    mentions: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    arguments: list[dict[str, Any]] = []
    record = c.record
    if record is not None:
        found.extend(record.issues)
        identity = (annotation_key(source, record.annotation_id), record.user_id)
        compiler = _TaskCompiler(codebook, doc, c, record, where, found, identity)
        mentions, events, arguments = compiler.run()
    held: dict[str, Any] | None = None
    reason = c.held_back
    if reason is not None:
        concerned = [a for a in parsed if c.outcomes[a.annotation_id] == reason]
        held = {
            "reason": reason,
            "annotation_ids": [a.annotation_id for a in concerned],
            "annotators": [a.user_id for a in concerned],
        }
    return TaskRows(
        snapshot=snapshot,
        consolidation_issues=list(c.issues),
        annotations=[_annotation_row(a, c, snapshot, source, a.user_id) for a in parsed],
        record_issues=found.issues,
        mentions=mentions,
        events=events,
        arguments=arguments,
        held_back=held,
        completed=sum(1 for a in parsed if not a.was_cancelled),
        chosen=(c.status, tuple(c.chosen_by))
        if record is not None and c.status is not None
        else None,
    )


def compile_dataset(
    documents: Iterable[Document] | Mapping[str, Document],
    snapshot_paths: Iterable[Path],
    codebook: Codebook,
    project_root: Path,
    *,
    cache: Path | None = None,
    reviews: ReviewSet | None = None,
    spill: Path | None = None,
    run_tasks: int = RUN_TASKS,
    snapshot_index: SnapshotIndex | None = None,
) -> CompiledDataset:
    """Compile the published tables from ingested documents and export snapshots.

    ``documents``: the corpus (:class:`sahel_events.ingest.Document`); only tasks whose
    ``data.doc_id`` is one of them are compiled. ``snapshot_paths``: Label Studio JSON
    exports, in any order (the newest copy of a task wins). ``project_root``: snapshot
    paths are recorded relative to it. ``cache``: a directory of compiled rows per
    document (:mod:`sahel_events.compile_cache`); tasks unchanged since they were cached
    are not compiled again, and the tables are the same as without it. ``reviews``: the
    decisions on candidate incident links (:mod:`sahel_events.incidents.review`); the
    confirmed ones link events into incidents, the others are reported. ``spill``: the
    directory under which the tables' files are written (a private subdirectory, see
    :class:`sahel_events.tablefile.SpillDir`; the system's temporary directory when
    None). ``run_tasks``: a full compile finishes the rows of this many tasks at a time
    (:mod:`sahel_events.compile_stream`); the tables do not depend on it.
    ``snapshot_index``: with ``cache``, where the tasks of the snapshots read before are
    (:mod:`sahel_events.annotation.snapindex`), so that an unchanged one is not read again.

    The ``documents`` table holds the documents with at least one annotation (any
    outcome), so every annotation row points at its document. When compiling fails
    (an exception), the spill files written so far are removed.
    """
    spill_dir = SpillDir(spill)
    try:
        return _compile(
            documents,
            snapshot_paths,
            codebook,
            project_root,
            cache,
            reviews,
            spill_dir,
            run_tasks,
            snapshot_index,
        )
    except BaseException:
        spill_dir.cleanup()
        raise


def _compile(
    documents: Iterable[Document] | Mapping[str, Document],
    snapshot_paths: Iterable[Path],
    codebook: Codebook,
    project_root: Path,
    cache: Path | None,
    reviews: ReviewSet | None,
    spill_dir: SpillDir,
    run_tasks: int,
    snapshot_index: SnapshotIndex | None = None,
) -> CompiledDataset:
    """:func:`compile_dataset` into ``spill_dir``."""
    # A mapping (doc_id -> document) may read documents from disk when asked: a corpus
    # too big for memory is never copied into a dict here.
    docs = documents if isinstance(documents, Mapping) else {d.doc_id: d for d in documents}
    paths = order_snapshots(snapshot_paths)
    report = Report()
    pseudonyms = Pseudonyms()
    agreement = AgreementAccumulator(_attribute_defaults(codebook))
    staged = [t for t in T.TABLES if t.name != "documents" and t.name not in T.DERIVED]
    # A full compile stages its rows in files (:mod:`.compile_stream`); an incremental
    # one keeps them in memory for the cache.
    staging = {t.name: _Staging(t, codebook, spill_dir if cache is None else None) for t in staged}
    positions: dict[str, int] = {}  # doc_id -> reading position of the task compiled
    winners: dict[str, int] = {}  # doc_id -> the task compiled for it (lowest task id)
    winner_keys: dict[str, str] = {}  # doc_id -> that task's cache key, when cached
    chosen: dict[str, tuple[str, tuple[int, ...]]] = {}  # doc_id -> (record choice, users)
    held_back: list[dict[str, Any]] = []
    taken: dict[Path, int] = dict.fromkeys(paths, 0)
    compiled: dict[Path, int] = dict.fromkeys(paths, 0)
    names = {p: _relative(p, project_root) for p in paths}
    rows_cache = RowCache(cache, codebook) if cache is not None else None
    if rows_cache is not None:
        rows_cache.known.index = snapshot_index
        rows_cache.load(_state_schemas(staging, codebook))
        if rows_cache.unreadable is not None:
            report.add(
                "compile.cache-unreadable",
                f"the compile cache's last state could not be read ({rows_cache.unreadable}); "
                "every task is compiled again and the cache written anew",
                Location(file=str(cache)),
                "info",
            )

    sources = {p: snapshot_source(p) for p in paths}
    document_digest = _document_digests(docs)
    # Documents annotated in several sources wait until every source's state is known.
    known = rows_cache.known if rows_cache is not None else None
    several = (
        _docs_in_several_sources(paths, sources, known) if len(set(sources.values())) > 1 else set()
    )
    waiting: dict[str, list[tuple[SourceCandidate, list[Annotation], Location]]] = {}

    order = itertools.count()  # the reading position of each task taken
    # Tasks whose rows come from the cache: their keys, positions and snapshots.
    reused: tuple[list[str], list[int], list[str]] = ([], [], [])

    def take(
        path: Path,
        doc_id: str,
        rows: TaskRows,
        where: Location,
        codings: Sequence[Annotation],
        key: str | None = None,
        cached: bool = False,
    ) -> None:
        """Compile one task's annotations as the document's (its rows, its record);
        ``key``: the task's cache key, when its rows are cached (``cached``: taken from
        the cache, not in ``rows``)."""
        snapshot = names[path]
        source = sources[path]
        task_id = int(where.task or 0)
        if doc_id in winners:
            other = winners[doc_id]
            report.add(
                "compile.document-in-several-tasks",
                f"document {doc_id} is in tasks {min(other, task_id)} and "
                f"{max(other, task_id)}; only task {min(other, task_id)} is compiled. Delete "
                "the duplicate task in Label Studio",
                where,
            )
            if other < task_id:
                if rows_cache is not None and key is not None:
                    rows_cache.forget(key)  # its rows are not staged, so not kept
                return
        winners[doc_id] = task_id
        if key is not None:
            winner_keys[doc_id] = key
        else:
            winner_keys.pop(doc_id, None)
        # Raters are told apart by source too: user 1 of one server is not user 1 of
        # another. The agreement sees each user's handle, which the pseudonyms map. It
        # compares the annotators' own codings: not the drafts, not the reviewer's
        # adjudication.
        if codings:  # none for a task from the cache (fewer than two: no agreement)
            raters = [replace(a, user_id=pseudonyms.handle(source, a.user_id)) for a in codings]
            agreement.add_task(raters, doc_id)
        seq = next(order)
        positions[doc_id] = seq
        if cached and key is not None:
            reused[0].append(key)
            reused[1].append(seq)
            reused[2].append(snapshot)

        def handled(table_rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            # Copies (staging adds its own columns), with the user id of ``annotator``
            # turned into its user key.
            for r in table_rows:
                out = dict(r)
                if "annotator" in out:
                    out["annotator"] = _user_key(source, out["annotator"])
                yield out

        if not cached:  # a cached task's rows come from the cache's tables
            staging["annotations"].add(handled(rows.annotations), doc_id, task_id, key, seq)
        chosen.pop(doc_id, None)
        if rows.chosen is not None:
            status, users = rows.chosen
            handles = (pseudonyms.handle(source, u) for u in users)
            chosen[doc_id] = (status, tuple(h for h in handles if h is not None))
        report.extend(rows.record_issues)
        if not cached:
            staging["mentions"].add(handled(rows.mentions), doc_id, task_id, key, seq)
            staging["events"].add(handled(rows.events), doc_id, task_id, key, seq)
            staging["event_arguments"].add(handled(rows.arguments), doc_id, task_id, key, seq)
        held = rows.held_back
        if held is not None:
            held_back.append(
                {
                    "doc_id": doc_id,
                    "task_id": task_id,
                    "reason": held["reason"],
                    "snapshot": snapshot,
                    "annotation_ids": list(held["annotation_ids"]),
                    "annotators": [pseudonyms.handle(source, u) for u in held["annotators"]],
                }
            )
        compiled[path] += 1

    def take_hit(path: Path, doc_id: str, rows: TaskRows, task_id: int, key: str) -> None:
        """:func:`take` of a task from the cache for a document no task has taken yet,
        its document not held back: the bookkeeping of the ten thousand unchanged tasks
        of an incremental build, without the steps that do nothing for them."""
        winners[doc_id] = task_id
        winner_keys[doc_id] = key
        seq = next(order)
        positions[doc_id] = seq
        reused[0].append(key)
        reused[1].append(seq)
        reused[2].append(names[path])
        if rows.chosen is not None:
            status, users = rows.chosen
            handles = (pseudonyms.handle(sources[path], u) for u in users)
            chosen[doc_id] = (status, tuple(h for h in handles if h is not None))
        if rows.record_issues:
            report.extend(rows.record_issues)
        compiled[path] += 1

    def compile_task(
        path: Path, doc_id: str, c: Consolidated, parsed: list[Annotation], where: Location
    ) -> TaskRows:
        return _task_rows(codebook, docs[doc_id], c, parsed, where, names[path], sources[path])

    for path, source, task, digest in iter_current_texts(
        paths, report, pseudonyms, sources, known=known
    ):
        taken[path] += 1
        snapshot = names[path]
        task_id = int(task["id"])
        doc_id = task_doc_id(task)
        where = Location(file=snapshot, task=task_id, doc_id=doc_id)
        if doc_id is None:
            report.add(
                "compile.task-without-doc-id",
                "the task's data has no doc_id; it cannot be joined to a document",
                where,
                "warning",
            )
            continue
        if doc_id not in docs:
            report.add(
                "compile.document-not-in-corpus",
                f"document {doc_id} is not among the documents compiled; task skipped",
                where,
                "info",
            )
            continue
        key = None
        if rows_cache is not None and doc_id not in several and digest:
            key = rows_cache.key(digest, document_digest(doc_id), source)
        if isinstance(task, TaskStub):
            # A known text, not decoded: a hit needs no more of it (it matched the
            # document when it was cached); anything else needs the whole task.
            cached = rows_cache.get(key, snapshot, False) if rows_cache and key else None
            if cached is not None:
                report.extend(cached.consolidation_issues)
                if key is None or doc_id in winners or cached.held_back is not None:
                    take(path, doc_id, cached, where, (), key, cached=True)
                else:
                    take_hit(path, doc_id, cached, task_id, key)
                continue
            task = task.full()
        data = task.get("data")
        if not isinstance(data, dict) or data.get(TEXT_KEY) != docs[doc_id].text:
            report.add(
                "compile.text-changed",
                f"the task's text is not the current text of {doc_id} (corrected at ingest "
                "since it was imported?); its annotations are left out until the task is "
                "re-imported and re-annotated",
                where,
                "warning",
            )
            continue
        raw = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
        if not raw:
            continue
        if rows_cache is not None and key is not None:
            cached = rows_cache.get(key, snapshot)
            if cached is not None:
                report.extend(cached.consolidation_issues)
                # Fewer than two completed annotations: no agreement, no codings.
                take(path, doc_id, cached, where, (), key, cached=True)
                continue
        parsed = [parse_annotation(a, task_id, snapshot) for a in raw]
        consolidated = consolidate_task(task_id, doc_id, parsed, snapshot)
        report.extend(consolidated.issues)
        if doc_id in several:
            candidate = SourceCandidate(source, path, consolidated)
            waiting.setdefault(doc_id, []).append((candidate, parsed, where))
            continue
        rows = compile_task(path, doc_id, consolidated, parsed, where)
        if rows_cache is not None and key is not None and rows.completed < 2:
            rows_cache.put(key, rows)
        else:
            key = None
        take(path, doc_id, rows, where, consolidated.codings, key)

    conflicts: list[dict[str, Any]] = []
    for doc_id, entries in sorted(waiting.items()):
        by_candidate = {id(c): (parsed, where) for c, parsed, where in entries}
        choice = choose_source(doc_id, [c for c, _, _ in entries])
        if choice.chosen is not None:
            parsed, where = by_candidate[id(choice.chosen)]
            c = choice.chosen.consolidated
            rows = compile_task(choice.chosen.snapshot, doc_id, c, parsed, where)
            take(choice.chosen.snapshot, doc_id, rows, where, c.codings)
            continue
        if choice.issue is not None:
            report.extend([choice.issue])
        conflicts.append(
            {
                "doc_id": doc_id,
                "task_id": None,
                "reason": OUTCOME_SOURCE_CONFLICT,
                "snapshot": ", ".join(names[c.snapshot] for c in choice.conflicting),
                "annotation_ids": [
                    c.consolidated.record.annotation_id
                    for c in choice.conflicting
                    if c.consolidated.record is not None
                ],
                "annotators": [],
                "sources": [c.source for c in choice.conflicting],
            }
        )

    # Pseudonyms are numbered over every annotation read: resolve them only now.
    names_of = pseudonyms.mapping()
    held_back = [item for item in held_back if winners[item["doc_id"]] == item["task_id"]]
    for item in held_back:
        item["annotators"] = [
            names_of.get(u) if u is not None else None for u in item["annotators"]
        ]
    held_back += conflicts
    held_back.sort(key=lambda item: (item["doc_id"], item["task_id"] or 0))

    def build_documents(doc_ids: Sequence[str]) -> pa.Table:
        return _documents_table(docs, doc_ids, codebook, chosen, names_of)

    users = {f"{s}\x1f{u}": names_of[h] for (s, u), h in pseudonyms.users() if h in names_of}
    if rows_cache is None:
        for t in staged:
            staging[t.name].prepare(winners, users)
        finished = finish_tables(
            {t.name: staging[t.name] for t in staged},
            positions,
            build_documents,
            codebook,
            reviews,
            spill_dir,
            run_tasks,
        )
        report.extend(finished.review_issues.issues)
        report.extend(_unique(finished.checks.issues))
        files = finished.files
    else:
        tables = _finish_cached(
            rows_cache,
            staging,
            reused,
            (winners, winner_keys, users),
            (build_documents, lambda doc_id: _record(chosen.get(doc_id), names_of)),
            codebook,
            reviews,
            report,
        )
        files = {}
        for name in list(tables):
            # Plain encoding: these files are written once and read once.
            files[name] = spill_table(name, tables[name], tables[name].schema, spill_dir, False)
            del tables[name]

    snapshots_used = [
        SnapshotInfo(
            path=names[p],
            sha256=known.read_whole.get(p) or sha256_file(p) if known else sha256_file(p),
            timestamp=stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
            if (stamp := snapshot_timestamp(p))
            else None,
            tasks=taken[p],
            tasks_compiled=compiled[p],
        )
        for p in paths
        if p.is_file()
    ]
    stats = (
        {"hits": rows_cache.hits, "misses": rows_cache.misses} if rows_cache is not None else None
    )
    return CompiledDataset(
        files, report, held_back, agreement.result(names_of), snapshots_used, stats, spill_dir
    )


def _finish_cached(
    rows_cache: RowCache,
    staging: Mapping[str, _Staging],
    reused: tuple[list[str], list[int], list[str]],
    chosen: tuple[Mapping[str, int], Mapping[str, str], Mapping[str, str]],
    documents: tuple[
        Callable[[Sequence[str]], pa.Table], Callable[[str], tuple[str | None, str | None]]
    ],
    codebook: Codebook,
    reviews: ReviewSet | None,
    report: Report,
) -> dict[str, pa.Table]:
    """The tables of an incremental compile, in memory: cached rows and new ones, the
    checks of what is new (or of everything after an unclean build), the cache saved.

    ``chosen``: doc_id -> task compiled, doc_id -> its cache key, user key -> pseudonym;
    ``documents``: the documents rows of some doc_ids, and the record columns of one.
    """
    winners, winner_keys, users = chosen
    build_documents, record_of = documents
    tables = {
        "documents": reuse.documents_table(
            sorted(winners), winner_keys, rows_cache.prior("documents"), build_documents, record_of
        )
    }
    staged_rows = {
        name: stage.staged(_cached_rows(rows_cache, name, reused))
        for name, stage in staging.items()
    }
    for name, stage in staging.items():
        tables[name] = stage.finish(staged_rows[name], winners, users)
    links: list[ConfirmedLink] = []
    if reviews is not None:
        links, review_issues = reviews.links(set(tables["events"].column("event_id").to_pylist()))
        report.extend(reviews.report.issues)
        report.extend(review_issues.issues)
    tables.update(
        reuse.derived_tables(
            tables,
            codebook,
            winner_keys,
            rows_cache.prior("events_flat"),
            rows_cache.prior("actors"),
            links,
        )
    )
    tables = {t.name: tables[t.name] for t in T.TABLES}
    # With a clean last build, the checks of its unchanged rows need not run again.
    prior_documents = rows_cache.prior("documents") if rows_cache.prior_clean else None
    clean = reuse.clean_if_checked_anew(
        tables,
        codebook,
        winner_keys,
        prior_documents,
        rows_cache.prior("actors"),
        {
            **{name: rows_cache.prior(reuse.checked_name(name)) for name in reuse.COMPARED},
            "events_flat": rows_cache.prior("events_flat"),
        },
        _new_arguments(staging["event_arguments"], staged_rows["event_arguments"], prior_documents),
    )
    if not clean:
        checks = Report()
        checks.extend(T.check_tables(tables, codebook))
        checks.extend(T.check_keys(tables))
        checks.extend(T.check_offsets(tables))
        checks.extend(T.check_incidents(tables))
        report.extend(_unique(checks.issues))
        clean = not checks.issues
    rows_cache.save(
        {
            **staged_rows,
            "documents": reuse.with_keys(tables["documents"], winner_keys),
            "events_flat": reuse.with_keys(tables["events_flat"], winner_keys),
            "actors": tables["actors"],
            **{
                reuse.checked_name(name): reuse.with_keys(tables[name], winner_keys)
                for name in reuse.COMPARED
            },
        },
        clean,
    )
    return tables


def _new_arguments(
    stage: _Staging, staged: pa.Table, prior_documents: pa.Table | None
) -> dict[str, pa.Table]:
    """The ``event_arguments`` rows (a table without ``doc_id``) of the tasks whose keys
    the last build's documents do not have (all of them without a last build), in final
    form (:meth:`_Staging.final`, after :meth:`_Staging.finish`)."""
    if prior_documents is None:
        return {}
    keys = staged.column(_KEY)
    known = pc.is_in(keys, value_set=prior_documents.column(KEY_COLUMN).combine_chunks())
    new = pc.or_(pc.is_null(keys), pc.invert(pc.fill_null(known, False)))
    return {stage.table.name: stage.final(staged.filter(new))}


def _document_digests(docs: Mapping[str, Document]) -> Callable[[str], Document | bytes]:
    """What a cache key takes of document ``doc_id``: the digest of its corpus line when
    ``docs`` records one (:class:`sahel_events.ingest.corpusindex.CorpusIndex`, so the
    document itself is not read), else the document."""
    digest = getattr(docs, "digest", None)
    if callable(digest):
        return digest  # type: ignore[no-any-return]
    return docs.__getitem__


def _state_schemas(staging: Mapping[str, _Staging], codebook: Codebook) -> dict[str, pa.Schema]:
    """The schemas of the tables an incremental build keeps (:mod:`.compile_cache`)."""
    keyed = pa.field(_KEY, pa.string())
    return {
        **{name: stage.schema for name, stage in staging.items()},
        "documents": T.arrow_schema(T.DOCUMENTS, codebook).append(keyed),
        "events_flat": T.arrow_schema(T.EVENTS_FLAT, codebook).append(keyed),
        "actors": T.arrow_schema(T.get_table("actors"), codebook),
        **{
            reuse.checked_name(name): T.arrow_schema(T.get_table(name), codebook).append(keyed)
            for name in reuse.COMPARED
        },
    }


def _cached_rows(
    rows_cache: RowCache | None, name: str, reused: tuple[list[str], list[int], list[str]]
) -> pa.Table | None:
    """The cached rows of table ``name`` of the tasks ``reused`` (keys, reading positions,
    snapshots), put at those positions and, in ``annotations``, named by those snapshots
    (a task unchanged in a newer pull is read from the newer snapshot)."""
    keys, positions, snapshots = reused
    if rows_cache is None:
        return None
    key_array = pa.array(keys, pa.string())
    rows = rows_cache.rows(name, keys)
    if rows is None or not rows.num_rows:
        return None
    where = pc.index_in(rows.column(_KEY), value_set=key_array)
    if where.null_count:  # rows of keys not asked for (a state not as saved)
        rows = rows.filter(pc.is_valid(where))
        where = pc.drop_null(where)
    rows = rows.set_column(
        rows.schema.get_field_index(_SEQ), _SEQ, pc.take(pa.array(positions, pa.int64()), where)
    )
    if name == "annotations":
        snapshot = pc.take(pa.array(snapshots, pa.string()), where)
        rows = rows.set_column(rows.schema.get_field_index("snapshot"), "snapshot", snapshot)
    return rows


def _docs_in_several_sources(
    paths: Sequence[Path], sources: Mapping[Path, str], known: KnownTasks | None
) -> set[str]:
    """The doc_ids that current tasks of more than one source hold with annotations."""
    seen: dict[str, set[str]] = {}
    # Problems with the files are reported by the main pass, not twice.
    for _path, source, task, _ in iter_current_texts(paths, Report(), sources=sources, known=known):
        doc_id = task_doc_id(task)
        if doc_id is not None and any(isinstance(a, dict) for a in task.get("annotations") or []):
            seen.setdefault(doc_id, set()).add(source)
    return {doc_id for doc_id, found in seen.items() if len(found) > 1}


def _unique(issues: Iterable[Issue]) -> list[Issue]:
    """Drop repeats of the same code at the same place (pandera and the key check both
    see a duplicated primary key)."""
    seen: set[tuple[str, Location]] = set()
    out = []
    for issue in issues:
        marker = (issue.code, issue.location)
        if marker in seen:
            continue
        seen.add(marker)
        out.append(issue)
    return out
