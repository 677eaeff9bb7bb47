"""The derived tables of a release: ``actors``, ``events_flat`` (ACLED/UCDP-shaped) and
``incidents`` (built by :mod:`sahel_events.incidents.table`).

Both are computed from the compiled tables and the actor registry, never annotated:

* ``actors``: every registry actor, and a ``state-<cc>`` actor for every state that the
  registry or an event's actor/recipient argument names (a GPE mention placed at country
  precision), so that every actor and recipient argument that names an actor resolves;
* ``events_flat``: one row per event with actor1 (the first ``actor`` argument in the
  text), its associated actors, actor2 (the first ``recipient``), the place with the
  country's central point at country precision, the precision codes mapped to ACLED's
  ``time_precision``/``geo_precision`` and UCDP's ``date_prec``/``where_prec``, deaths,
  factuality, the ``comparable`` flag, the source and the trigger sentence.

The mappings are documented in ``docs/releases.md`` ("The flat view").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from . import gazetteer
from .annotation.ids import LaterAttribute, Role
from .codebook import Codebook
from .incidents.table import ConfirmedLink, incidents_table, with_incidents
from .tables import EVENTS_FLAT, from_rows

if TYPE_CHECKING:  # the registry's loader imports pydantic, which compile must not pay for
    from .preannotate.registry import Registry

#: codebook date_precision -> ACLED time_precision (1 day, 2 days/week, 3 month).
ACLED_TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "part-of-month": 3, "month": 3}
#: codebook date_precision -> UCDP date_prec (1 day, 2 2-6 days, 3 week, 4 month, 5 year).
UCDP_DATE_PREC = {"day": 1, "days": 2, "week": 3, "part-of-month": 4, "month": 4, "year": 5}
#: codebook place_precision -> ACLED geo_precision (1 town, 2 part of a region, 3 larger).
ACLED_GEO_PRECISION = {"town": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
#: codebook place_precision -> UCDP where_prec (1 exact, 3 ADM2, 4 ADM1, 5 larger, 6 country).
UCDP_WHERE_PREC = {"town": 1, "admin2": 3, "admin1": 4, "region": 5, "country": 6}

#: What an ACLED-style count keeps (the ``comparable`` flag).
HAPPENED = {"past", "historical", "ongoing"}
ASSERTED = {"certain", "probable"}

STATE_PREFIX = "state-"
STATE_ACLED_TYPE = "State Forces"

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def state_id(country_code: str) -> str:
    """The actor id of a state: ``state-`` and its lower-case ISO 3166-1 alpha-2 code."""
    return STATE_PREFIX + country_code.lower()


def _state_mentions(tables: Mapping[str, pa.Table]) -> dict[str, str]:
    """mention_id -> state actor id, for GPE mentions placed at country precision."""
    out: dict[str, str] = {}
    mentions = tables["mentions"]
    # Filtered in Arrow first, two columns kept: the few mentions of a state become
    # Python values, not every GPE mention of a large dataset with all its columns.
    wanted = pc.and_(
        pc.and_(
            pc.equal(mentions.column("entity_type"), "GPE"),
            pc.equal(mentions.column("place_precision"), "country"),
        ),
        pc.and_(
            pc.is_null(mentions.column("actor_id")), pc.is_valid(mentions.column("country_code"))
        ),
    )
    states = mentions.filter(pc.fill_null(wanted, False)).select(["mention_id", "country_code"])
    for mention, country in zip(
        states.column("mention_id").to_pylist(),
        states.column("country_code").to_pylist(),
        strict=True,
    ):
        if country:
            out[mention] = state_id(country)
    return out


def state_countries(tables: Mapping[str, pa.Table]) -> set[str]:
    """The country codes of the states that the mentions of ``tables`` name."""
    if "mentions" not in tables:
        return set()
    return {sid[len(STATE_PREFIX) :].upper() for sid in _state_mentions(tables).values()}


def actors_table(
    tables: Mapping[str, pa.Table],
    codebook: Codebook,
    registry: Registry | None = None,
    countries: Iterable[str] = (),
) -> pa.Table:
    """The ``actors`` table: the registry's actors and the states it or the events name
    (the mentions of ``tables``, or ``countries`` found in them before, a part of the
    mentions at a time)."""
    if registry is None:
        # Imported here: the registry's structure model imports pydantic (see above).
        from .preannotate.registry import load_registry

        registry = load_registry(codebook)
    rows: list[dict[str, Any]] = []
    for actor in registry.actors.values():
        others = sorted(set(actor.names()[1:]) | set(actor.acronyms))
        rows.append(
            {
                "actor_id": actor.id,
                "name": actor.name,
                "names": others or None,
                "kind": "registry",
                "entity_type": actor.entity_type,
                "sector": actor.sector,
                "country_code": actor.country,
                "wikidata": actor.wikidata,
                "acled_actor_type": actor.acled_type,
            }
        )
    states = {a.country for a in registry.actors.values() if a.country}
    states |= state_countries(tables) | set(countries)
    states |= set(gazetteer.SCOPE)
    for code in sorted(states):
        place = gazetteer.country(code)
        rows.append(
            {
                "actor_id": state_id(code),
                "name": place.name if place is not None else code,
                "names": sorted(set(place.alternate_names)) or None if place is not None else None,
                "kind": "state",
                "entity_type": "GPE",
                "sector": "government",
                "country_code": code,
                "wikidata": None,
                "acled_actor_type": STATE_ACLED_TYPE,
            }
        )
    rows.sort(key=lambda r: r["actor_id"])
    return from_rows("actors", rows, codebook)


def trigger_sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: from after the previous sentence end (a
    ``.``, ``!`` or ``?`` before a space, or a line break) to the next one, included."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    finish = after.end() if after is not None else len(text)
    return text[begin:finish].strip()


#: One actor or recipient argument: its start, actor id (None when it names no known
#: actor), name, and the ACLED type its mention's ``actor_type`` gives (None when unset).
Side = tuple[int, str | None, str, str | None]


def mention_acled_types(codebook: Codebook) -> dict[str, str]:
    """``actor_type`` value -> the ACLED actor type the codebook maps it to (empty for
    codebooks before 1.1.0, which declare no mapping: their releases ignore the
    attribute in the flat view)."""
    attribute = codebook.entity_attributes.get(LaterAttribute.ACTOR_TYPE)
    if attribute is None:
        return {}
    return {v.id: v.acled_actor_type for v in attribute.values.values() if v.acled_actor_type}


def _sides(
    tables: Mapping[str, pa.Table], actors: Mapping[str, Mapping[str, Any]], codebook: Codebook
) -> dict[str, dict[str, list[Side]]]:
    """event_id -> role -> [side] for actor and recipient, in text order."""
    mentions = {m["mention_id"]: m for m in tables["mentions"].to_pylist()}
    states = _state_mentions(tables)
    acled_of = mention_acled_types(codebook)
    out: dict[str, dict[str, list[Side]]] = {}
    for arg in tables["event_arguments"].to_pylist():
        if arg["role"] not in ("actor", "recipient"):
            continue
        m = mentions.get(arg["mention_id"])
        if m is None:
            continue
        actor_id = m["actor_id"] or states.get(m["mention_id"])
        known = actors.get(actor_id) if actor_id else None
        name = known["name"] if known is not None else m["text"]
        mention_type = acled_of.get(m.get("actor_type") or "")
        side = out.setdefault(arg["event_id"], {}).setdefault(arg["role"], [])
        side.append((m["start"], actor_id if known is not None else None, name, mention_type))
    for roles in out.values():
        for side in roles.values():
            side.sort(key=lambda item: (item[0], item[2]))
    return out


def actor_type_of(side: Side, actors: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The ACLED type of one actor: the ``actor_type`` its mention sets, else the
    registry's (or a state's) type of its actor id, else None.

    The mention wins when both exist: the codebook (decision rule "actor types") has
    annotators set ``actor_type`` on a registered actor only to correct its type for
    that one mention, and requires it on an unidentified actor, which has no other.
    """
    _, actor_id, _, mention_type = side
    if mention_type is not None:
        return mention_type
    return str(actors[actor_id]["acled_actor_type"]) if actor_id else None


def _side_columns(
    n: int, side: list[Side], actors: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    if not side:
        return {}
    first = side[0]
    rest = side[1:]
    rest_ids = [s[1] for s in rest if s[1]]
    return {
        f"actor{n}_id": first[1],
        f"actor{n}": first[2],
        f"actor{n}_type": actor_type_of(first, actors),
        f"assoc_actor_{n}": [s[2] for s in rest] or None,
        f"assoc_actor_{n}_ids": rest_ids or None,
    }


def comparable(event: Mapping[str, Any]) -> bool:
    """Whether an ACLED-style count keeps the event (docs/releases.md, "The flat view")."""
    return bool(
        event["factuality_polarity"] == "positive"
        and event["temporal_status"] in HAPPENED
        and event["factuality_certainty"] in ASSERTED
        and event["acled_event_type"]
        and event["date_start"] is not None
    )


def events_flat_table(
    tables: Mapping[str, pa.Table], actors_tbl: pa.Table, codebook: Codebook
) -> pa.Table:
    """The ``events_flat`` table: one ACLED/UCDP-shaped row per event."""
    actors = {a["actor_id"]: a for a in actors_tbl.to_pylist()}
    documents = {d["doc_id"]: d for d in tables["documents"].to_pylist()}
    mentions = {m["mention_id"]: m for m in tables["mentions"].to_pylist()}
    sides = _sides(tables, actors, codebook)
    rows = []
    for ev in tables["events"].to_pylist():
        doc = documents.get(ev["doc_id"], {})
        place = mentions.get(ev["place_mention_id"] or "", {})
        lat, lon = ev["latitude"], ev["longitude"]
        source = "place" if lat is not None and lon is not None else None
        if source is None and ev["place_precision"] == "country" and ev["country_code"]:
            point = gazetteer.country_point(ev["country_code"])
            if point is not None:
                (lat, lon), source = point, "country-centroid"
        gaz = gazetteer.lookup(ev["place_id"]) if ev["place_id"] else None
        roles = sides.get(ev["event_id"], {})
        text = doc.get("text") or ""
        row = {
            "event_id": ev["event_id"],
            "doc_id": ev["doc_id"],
            "event_type": ev["event_type"],
            "mode": ev["mode"],
            "acled_event_type": ev["acled_event_type"],
            "acled_sub_event_type": ev["acled_sub_event_type"],
            "civilian_targeting": ev["civilian_targeting"],
            "ucdp_type_of_violence": ev["ucdp_type_of_violence"],
            "comparable": comparable(ev),
            "date_start": ev["date_start"],
            "date_end": ev["date_end"],
            "date_precision": ev["date_precision"],
            "acled_time_precision": ACLED_TIME_PRECISION.get(ev["date_precision"] or ""),
            "ucdp_date_prec": UCDP_DATE_PREC.get(ev["date_precision"] or ""),
            **_side_columns(1, roles.get(Role.ACTOR, []), actors),
            **_side_columns(2, roles.get(Role.RECIPIENT, []), actors),
            "country_code": ev["country_code"],
            "admin1": ev["admin1"],
            "admin2": gaz.admin2 if gaz is not None else None,
            "place_name": ev["place_name"] or place.get("text"),
            "latitude": lat,
            "longitude": lon,
            "place_precision": ev["place_precision"],
            "coordinates_from": source,
            "acled_geo_precision": ACLED_GEO_PRECISION.get(ev["place_precision"] or ""),
            "ucdp_where_prec": UCDP_WHERE_PREC.get(ev["place_precision"] or ""),
            "killed_low": ev["killed_low"],
            "killed_best": ev["killed_best"],
            "killed_high": ev["killed_high"],
            "factuality_certainty": ev["factuality_certainty"],
            "factuality_polarity": ev["factuality_polarity"],
            "temporal_status": ev["temporal_status"],
            "source": doc.get("source"),
            "url": doc.get("url"),
            "published": doc.get("published"),
            "trigger_sentence": trigger_sentence(text, ev["trigger_start"], ev["trigger_end"]),
        }
        rows.append(row)
    return from_rows("events_flat", rows, codebook)


#: Documents whose events are flattened together: the rows of one chunk of documents are
#: dicts for a while, never those of the whole dataset.
CHUNK_DOCUMENTS = 2000


def split_by_documents(tables: Mapping[str, pa.Table]) -> Iterator[dict[str, pa.Table]]:
    """The tables cut into groups of :data:`CHUNK_DOCUMENTS` documents, each group with
    its documents, mentions, events and their arguments."""
    doc_ids = tables["documents"].column("doc_id")
    for begin in range(0, max(len(doc_ids), 1), CHUNK_DOCUMENTS):
        chosen = doc_ids.slice(begin, CHUNK_DOCUMENTS)
        part = {
            name: tables[name].filter(pc.is_in(tables[name].column("doc_id"), value_set=chosen))
            for name in ("documents", "mentions", "events")
        }
        arguments = tables["event_arguments"]
        event_ids = part["events"].column("event_id")
        part["event_arguments"] = arguments.filter(
            pc.is_in(arguments.column("event_id"), value_set=event_ids)
        )
        yield part


def derived_tables(
    tables: Mapping[str, pa.Table],
    codebook: Codebook,
    links: Sequence[ConfirmedLink] = (),
) -> dict[str, pa.Table]:
    """``actors``, ``events_flat`` and ``incidents`` from the compiled tables.

    An event's flat row needs its own document's rows only (and the actors), so the
    events are flattened a chunk of documents at a time and the chunks concatenated in
    primary-key order: the same table as in one pass, in bounded memory. ``links``: the
    links reviewers confirmed (:mod:`sahel_events.incidents.review`); without them every
    event is an incident of its own.
    """
    actors = actors_table(tables, codebook)
    parts = [events_flat_table(part, actors, codebook) for part in split_by_documents(tables)]
    return assemble_derived(actors, parts, codebook, links)


def assemble_derived(
    actors: pa.Table,
    flat_parts: Sequence[pa.Table],
    codebook: Codebook,
    links: Sequence[ConfirmedLink] = (),
) -> dict[str, pa.Table]:
    """The derived tables from ``actors`` and ``events_flat`` rows made in parts.

    The parts are put in primary-key order, so any split of the documents gives the same
    table; the incidents are built over every event, and their columns set on the flat
    view.
    """
    flat = pa.concat_tables(flat_parts) if flat_parts else from_rows(EVENTS_FLAT, [], codebook)
    if flat.num_rows:
        flat = flat.sort_by([(c, "ascending") for c in EVENTS_FLAT.primary_key])
    flat = flat.combine_chunks()
    events = dict(
        zip(flat.column("event_id").to_pylist(), flat.column("doc_id").to_pylist(), strict=True)
    )
    incidents = incidents_table(events, links, codebook)
    return {
        "actors": actors,
        "events_flat": with_incidents(flat, incidents),
        "incidents": incidents,
    }
