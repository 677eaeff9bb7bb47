"""compile_dataset: Label Studio exports + documents -> the published tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.compile import CompiledDataset, casualty_figures, compile_dataset
from sahel_events.ingest import Document, ingest_corpus
from sahel_events.parquet_io import content_hash, read_table, write_table
from sahel_events.tables import TABLES, arrow_schema
from sahel_events.values import CountRange
from tests.lsexport import Regions, annotation, make_document, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]
SEED_ID = "000_acd4907f2525db7b"
ATTACK_TEXT = (
    "Gao, 3 mars 2025 - Au moins 12 soldats ont été tués lors d'une attaque contre le camp "
    "de Tessit, dimanche 2 mars. Selon l'armée, 30 assaillants ont été tués et trois civils "
    "blessés."
)


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


@pytest.fixture(scope="module")
def seed() -> Document:
    docs = ingest_corpus(REPO / "raw", REPO).documents
    (doc,) = [d for d in docs if d.doc_id == SEED_ID]
    return doc


@pytest.fixture(scope="module")
def attack() -> Document:
    return make_document("attaque-tessit", ATTACK_TEXT)


def seed_regions(doc: Document) -> Regions:
    """A full coding of the seed article: a visit and a reported drone strike."""
    r = Regions(doc.text)
    r.entity("per1", "PER", "Rudolph Atallah", norm_actor="rudolph-atallah")
    r.entity(
        "gpe1",
        "GPE",
        "visite officielle à Bamako>>Bamako",
        norm_place="geonames:2460596",
        place_precision=["town"],
    )
    r.entity(
        "time1",
        "TIME",
        "Du 8 au 11 juillet 2025",
        norm_date="2025-07-08/2025-07-11",
        date_precision=["days"],
    )
    r.event("ev1", "CONSULT", "visite", mode_consult=["visit"], contexts=["diplomatic"])
    r.relation("ev1", "per1", "actor").relation("ev1", "gpe1", "location")
    r.relation("ev1", "time1", "time")
    r.entity("org1", "ORG", "CIA", sector=["government"])
    r.entity("org2", "ORG", "Al-Qaïda au Maghreb islamique", sector=["armed-group"])
    r.entity(
        "gpe2",
        "GPE",
        "(AQMI) au Mali>>Mali",
        norm_place="geonames:2453866",
        norm_coords="17.0,-4.0",
        place_precision=["country"],
    )
    r.entity(
        "time2",
        "TIME",
        "fin du mois de juillet",
        norm_date="2025-07-21/2025-07-31",
        date_precision=["part-of-month"],
    )
    r.event(
        "ev2",
        "ASSAULT",
        "frappe de drone",
        mode_assault=["drone"],
        contexts=["terrorism", "military"],
        factuality_certainty=["possible"],
        factuality_source=["media-report"],
    )
    r.relation("ev2", "org2", "recipient").relation("ev2", "gpe2", "location")
    r.relation("ev2", "time2", "time")
    r.relation("ev2", "org1", None)  # no role picked: skipped with a warning
    r.entity("gpe3", "GPE", "notamment la Russie>>Russie", 1)
    r.entity("gpe4", "GPE", "notamment la Russie>>Russie", 2)  # in the repeated copy
    r.span("rep1", "layout", "REPEATED", doc.text[2759:2986])
    r.document_choice("dc1", "doc_relevance", "relevant")
    return r


def attack_regions(doc: Document) -> Regions:
    r = Regions(doc.text)
    r.event("att", "ASSAULT", "attaque", mode_assault=["firearms"], contexts=["military"])
    r.entity(
        "cas1",
        "CASUALTY",
        "12 soldats",
        casualty_kind=["killed"],
        casualty_qualifier=["at-least"],
        norm_count="12",
    )
    r.entity(
        "cas2",
        "CASUALTY",
        "30 assaillants",
        casualty_kind=["killed"],
        casualty_qualifier=["exact"],
        norm_count="30",
    )
    r.entity("cas3", "CASUALTY", "trois civils", casualty_kind=["injured"], norm_count="3")
    r.entity("loc1", "GPE", "Tessit", norm_place="geonames:10343856", place_precision=["town"])
    r.entity("tim1", "TIME", "dimanche 2 mars", norm_date="2025-03-02", date_precision=["day"])
    for target, role in (
        ("cas1", "casualties"),
        ("cas2", "casualties"),
        ("cas3", "casualties"),
        ("loc1", "location"),
        ("tim1", "time"),
    ):
        r.relation("att", target, role)
    return r


def compile_tasks(
    tmp_path: Path,
    codebook: Codebook,
    docs: list[Document],
    *snapshots: tuple[str, list[dict[str, Any]]],
) -> CompiledDataset:
    paths = [write_snapshot(tmp_path / "annotations", stamp, tasks) for stamp, tasks in snapshots]
    return compile_dataset(docs, paths, codebook, tmp_path)


def rows(result: CompiledDataset, table: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = result.tables[table].to_pylist()
    return out


def by(result: CompiledDataset, table: str, column: str, value: Any) -> dict[str, Any]:
    (row,) = [r for r in rows(result, table) if r[column] == value]
    return row


@pytest.fixture
def full(tmp_path: Path, codebook: Codebook, seed: Document, attack: Document) -> CompiledDataset:
    tasks = [
        task(1, seed, [annotation(10, 2, seed_regions(seed).items)]),
        task(2, attack, [annotation(11, 1, attack_regions(attack).items)]),
    ]
    return compile_tasks(tmp_path, codebook, [seed, attack], ("20261128T203300Z", tasks))


# ---------------------------------------------------------------------------- tables


def test_counts_and_every_offset_points_at_the_document_text(
    full: CompiledDataset, seed: Document, attack: Document
) -> None:
    assert [i for i in full.report.errors] == []
    counts = {name: t.num_rows for name, t in full.tables.items()}
    assert counts == {
        "documents": 2,
        "mentions": 14,
        "events": 3,
        "event_arguments": 11,
        "annotations": 2,
        # derived (sahel_events.flatview): the registry's actors and the states, and
        # one flat row per event
        "actors": 72,
        "events_flat": 3,
        # one row per event: no review, so each event is an incident of its own
        "incidents": 3,
    }
    texts = {seed.doc_id: seed.text, attack.doc_id: attack.text}
    for m in rows(full, "mentions"):
        assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]
    for e in rows(full, "events"):
        assert texts[e["doc_id"]][e["trigger_start"] : e["trigger_end"]] == e["trigger_text"]


def test_tables_are_in_their_arrow_schemas_and_sorted_by_primary_key(
    full: CompiledDataset, codebook: Codebook
) -> None:
    for t in TABLES:
        table = full.tables[t.name]
        assert table.schema.equals(arrow_schema(t, codebook), check_metadata=True)
        keys = [tuple(r[c] for c in t.primary_key) for r in table.to_pylist()]
        assert keys == sorted(keys)
    assert not [i for i in full.report if i.code.startswith("table.")]


def test_visit_takes_date_place_and_actor_from_its_arguments(
    full: CompiledDataset, codebook: Codebook
) -> None:
    visit = by(full, "events", "event_type", "CONSULT")
    assert visit["trigger_text"] == "visite"
    assert (visit["date_start"], visit["date_end"]) == (dt.date(2025, 7, 8), dt.date(2025, 7, 11))
    assert visit["date_precision"] == "days"
    assert visit["place_id"] == "geonames:2460596"
    assert (visit["place_name"], visit["country_code"]) == ("Bamako", "ML")
    assert visit["latitude"] == pytest.approx(12.60915)  # from the gazetteer
    assert visit["place_mention_id"] == by(full, "mentions", "region_id", "gpe1")["mention_id"]
    assert visit["mode"] == "visit" and visit["contexts"] == ["diplomatic"]
    # Attributes left empty take the codebook's defaults.
    assert (
        visit["factuality_certainty"],
        visit["factuality_polarity"],
        visit["factuality_source"],
        visit["temporal_status"],
    ) == ("certain", "positive", "author", "past")
    roles = {
        (a["role"]) for a in rows(full, "event_arguments") if a["event_id"] == visit["event_id"]
    }
    assert roles == {"actor", "location", "time"}
    actor = by(full, "mentions", "region_id", "per1")
    assert actor["actor_id"] == "rudolph-atallah"


def test_reported_drone_strike_keeps_its_factuality_and_crosswalk(
    full: CompiledDataset, codebook: Codebook
) -> None:
    strike = by(full, "events", "trigger_text", "frappe de drone")
    assert strike["mode"] == "drone"
    assert strike["contexts"] == ["military", "terrorism"]  # a list, sorted
    assert strike["factuality_certainty"] == "possible"
    assert strike["factuality_source"] == "media-report"
    assert (strike["date_start"], strike["date_end"]) == (
        dt.date(2025, 7, 21),
        dt.date(2025, 7, 31),
    )
    # The annotator's coordinates win over the gazetteer's.
    assert (strike["latitude"], strike["longitude"]) == (17.0, -4.0)
    assert strike["place_name"] == "Mali" and strike["place_precision"] == "country"
    crosswalk = codebook.crosswalk_for("ASSAULT", "drone")
    assert crosswalk is not None
    assert strike["acled_event_type"] == crosswalk.acled_event_type
    assert strike["acled_sub_event_type"] == crosswalk.acled_sub_event_type
    expected_ucdp = [str(v) for v in sorted(crosswalk.ucdp_type_of_violence)] or None
    assert strike["ucdp_type_of_violence"] == expected_ucdp


def test_unlabelled_relation_is_skipped_with_a_warning(full: CompiledDataset) -> None:
    (issue,) = [i for i in full.report if i.code == "codebook.unlabelled-relation"]
    assert issue.severity == "warning" and issue.location.task == 1
    strike = by(full, "events", "trigger_text", "frappe de drone")
    cia = by(full, "mentions", "region_id", "org1")["mention_id"]
    assert not [
        a
        for a in rows(full, "event_arguments")
        if a["event_id"] == strike["event_id"] and a["mention_id"] == cia
    ]


def test_deaths_sum_the_killed_counts_by_qualifier(full: CompiledDataset) -> None:
    attack = by(full, "events", "trigger_text", "attaque")
    # "au moins 12" (at-least: 12, 12, open) + "30" (exact): injured are not deaths.
    assert (attack["killed_low"], attack["killed_best"], attack["killed_high"]) == (42, 42, None)
    cas1 = by(full, "mentions", "region_id", "cas1")
    assert (cas1["casualty_low"], cas1["casualty_high"]) == (12, None)
    assert (attack["place_name"], attack["admin1"]) == ("Tessit", "Gao")
    assert attack["date_start"] == attack["date_end"] == dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("count", "qualifier", "expected"),
    [
        (CountRange(12, 12), "exact", (12, 12, 12)),
        (CountRange(12, 12), None, (12, 12, 12)),
        (CountRange(12, 12), "at-least", (12, 12, None)),
        (CountRange(30, 30), "approximate", (None, 30, None)),
        (CountRange(10, 15), "approximate", (10, None, 15)),
        (CountRange(30, 30), "vague", (None, None, None)),
        (CountRange(20, 90), "vague", (20, None, 90)),
        (None, "exact", (None, None, None)),
    ],
)
def test_casualty_figures(
    count: CountRange | None, qualifier: str | None, expected: tuple[int | None, ...]
) -> None:
    assert casualty_figures(count, qualifier) == expected


def test_repeated_paragraph_flag_and_layout_regions(full: CompiledDataset, seed: Document) -> None:
    assert by(full, "mentions", "region_id", "gpe3")["in_repeated_paragraph"] is False
    assert by(full, "mentions", "region_id", "gpe4")["in_repeated_paragraph"] is True
    assert not [m for m in rows(full, "mentions") if m["region_id"] == "rep1"]
    assert by(full, "documents", "doc_id", seed.doc_id)["n_repeated_paragraphs"] == 3


def test_ids_are_the_documented_hashes(full: CompiledDataset, seed: Document) -> None:
    m = by(full, "mentions", "region_id", "per1")
    digest = hashlib.sha256(f"{seed.doc_id}\x1fper1".encode()).hexdigest()[:16]
    assert m["mention_id"] == "m-" + digest
    e = by(full, "events", "region_id", "ev1")
    assert (
        e["event_id"] == "ev-" + hashlib.sha256(f"{seed.doc_id}\x1fev1".encode()).hexdigest()[:16]
    )


def test_no_email_or_name_anywhere_and_pseudonyms_follow_first_annotation(
    full: CompiledDataset,
) -> None:
    for table in full.tables.values():
        for column in table.column_names:
            if pa.types.is_string(table.schema.field(column).type):
                for value in table.column(column).to_pylist():
                    assert value is None or "example.com" not in value
    # User 2 made annotation 10, user 1 annotation 11: user 2 is annotator-01.
    assert by(full, "annotations", "annotation_id", 10)["annotator"] == "annotator-01"
    assert by(full, "annotations", "annotation_id", 11)["annotator"] == "annotator-02"
    assert {e["annotator"] for e in rows(full, "events") if e["doc_id"] == SEED_ID} == {
        "annotator-01"
    }


def test_two_sources_with_the_same_label_studio_ids_never_collide(
    tmp_path: Path, codebook: Codebook, seed: Document, attack: Document
) -> None:
    """Two servers (ids restart at 1 on each) annotate two documents: task 1, annotation
    1 and user 1 on both. Both annotations reach the tables under distinct keys, every
    mention and event points at its own annotation, and the two users are two people."""
    folder = tmp_path / "annotations"
    first = task(1, seed, [annotation(1, 1, seed_regions(seed).items)])
    later = "2026-11-29T10:00:00Z"
    second = task(1, attack, [annotation(1, 1, attack_regions(attack).items, created=later)])
    paths = [
        write_snapshot(folder, "20261128T203300Z", [first], project="server-a"),
        write_snapshot(folder, "20261129T203300Z", [second], project="server-b"),
    ]
    result = compile_dataset([seed, attack], paths, codebook, tmp_path)
    assert result.report.errors == []
    annotations = rows(result, "annotations")
    assert [a["annotation_id"] for a in annotations] == [1, 1]
    keys = {a["doc_id"]: a["annotation_key"] for a in annotations}
    assert len(set(keys.values())) == 2 and len({a["source_id"] for a in annotations}) == 2
    assert {a["doc_id"]: a["annotator"] for a in annotations} == {
        seed.doc_id: "annotator-01",
        attack.doc_id: "annotator-02",
    }
    for table in ("mentions", "events"):
        found = {(r["doc_id"], r["annotation_key"]) for r in rows(result, table)}
        assert found == set(keys.items())


# ---------------------------------------------------------------------------- snapshots


def test_ids_are_stable_across_pulls(tmp_path: Path, codebook: Codebook, seed: Document) -> None:
    first = Regions(seed.text).entity("per1", "PER", "Rudolph Atallah")
    first.event("ev1", "CONSULT", "visite").relation("ev1", "per1", "actor")
    later = Regions(seed.text).entity("per1", "PER", "Rudolph Atallah")
    later.event("ev1", "CONSULT", "visite").relation("ev1", "per1", "actor")
    later.entity("gpe9", "GPE", "visite officielle à Bamako>>Bamako")
    later.relation("ev1", "gpe9", "location")
    old = compile_tasks(
        tmp_path / "a",
        codebook,
        [seed],
        ("20261101T100000Z", [task(1, seed, [annotation(5, 1, first.items)])]),
    )
    new = compile_tasks(
        tmp_path / "b",
        codebook,
        [seed],
        ("20261101T100000Z", [task(1, seed, [annotation(5, 1, first.items)])]),
        (
            "20261201T100000Z",
            [task(1, seed, [annotation(5, 1, later.items, updated="2026-12-01T09:00:00Z")])],
        ),
    )
    old_ids = {r["region_id"]: r["mention_id"] for r in rows(old, "mentions")}
    new_ids = {r["region_id"]: r["mention_id"] for r in rows(new, "mentions")}
    assert new_ids["per1"] == old_ids["per1"]
    assert set(new_ids) == {"per1", "gpe9"}
    assert rows(new, "events")[0]["event_id"] == rows(old, "events")[0]["event_id"]
    assert len(rows(new, "event_arguments")) == 2


def test_newest_snapshot_wins_and_snapshots_are_listed(
    tmp_path: Path, codebook: Codebook, seed: Document, attack: Document
) -> None:
    old = Regions(seed.text).event("ev1", "CONSULT", "visite")
    new = Regions(seed.text).event("ev1", "CONSULT", "visite").entity("p", "PER", "Rudolph Atallah")
    result = compile_tasks(
        tmp_path,
        codebook,
        [seed, attack],
        # given newest first on purpose: the order of the arguments does not matter
        ("20261201T000000Z", [task(1, seed, [annotation(5, 1, new.items)])]),
        (
            "20261101T000000Z",
            [
                task(1, seed, [annotation(5, 1, old.items)]),
                task(2, attack, [annotation(6, 1, attack_regions(attack).items)]),
            ],
        ),
    )
    assert result.tables["mentions"].num_rows == 1 + 5  # the newer seed coding + the attack
    assert by(result, "annotations", "annotation_id", 5)["snapshot"].startswith(
        "annotations/sahel-events-20261201T000000Z-"
    )
    used = [s.as_dict() for s in result.snapshots_used]
    assert [u["timestamp"] for u in used] == ["2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"]
    assert [(u["tasks"], u["tasks_compiled"]) for u in used] == [(1, 1), (1, 1)]
    assert all(len(u["sha256"]) == 64 for u in used)


def test_cancelled_annotation_is_ignored(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    skipped = annotation(20, 3, [], cancelled=True)
    done = annotation(21, 1, attack_regions(attack).items)
    result = compile_tasks(
        tmp_path, codebook, [attack], ("20261128T203300Z", [task(1, attack, [skipped, done])])
    )
    outcomes = {
        r["annotation_id"]: (r["outcome"], r["was_cancelled"]) for r in rows(result, "annotations")
    }
    assert outcomes == {20: ("cancelled", True), 21: ("record", False)}
    assert {e["status"] for e in rows(result, "events")} == {"single_annotation"}
    assert result.held_back == []


def test_ground_truth_is_preferred(tmp_path: Path, codebook: Codebook, attack: Document) -> None:
    plain = annotation(30, 1, attack_regions(attack).items)
    other = Regions(attack.text).event("x", "PROTEST", "attaque")
    truth = annotation(31, 2, other.items, ground_truth=True)
    result = compile_tasks(
        tmp_path, codebook, [attack], ("20261128T203300Z", [task(1, attack, [plain, truth])])
    )
    (event,) = rows(result, "events")
    assert (event["event_type"], event["status"], event["annotation_id"]) == (
        "PROTEST",
        "ground_truth",
        31,
    )
    assert by(result, "annotations", "annotation_id", 30)["outcome"] == "not_used"
    assert result.held_back == []


def test_disagreement_goes_to_adjudication(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    a = annotation(40, 1, attack_regions(attack).items)
    b = annotation(41, 2, Regions(attack.text).event("x", "PROTEST", "attaque").items)
    result = compile_tasks(
        tmp_path, codebook, [attack], ("20261128T203300Z", [task(7, attack, [a, b])])
    )
    assert result.tables["events"].num_rows == 0
    assert result.tables["mentions"].num_rows == 0
    assert result.held_back == [
        {
            "doc_id": "attaque-tessit",
            "task_id": 7,
            "reason": "needs_adjudication",
            "snapshot": result.held_back[0]["snapshot"],
            "annotation_ids": [40, 41],
            "annotators": ["annotator-01", "annotator-02"],
        }
    ]
    assert {r["outcome"] for r in rows(result, "annotations")} == {"needs_adjudication"}
    # Agreement is measured on the document held back (the new report's shape: counts
    # and a value with its bootstrap interval).
    assert result.agreement["double_coded_documents"] == 1
    typed = result.agreement["overall"]["events"]["typed"]["all"]
    assert (typed["matched"], typed["items"], typed["f1"]["value"]) == (0, 2, 0.0)
    assert "consolidate.needs-adjudication" in result.report.codes()
    assert result.report.valid  # a document awaiting adjudication is not an error


def test_document_status_holds_back_what_needs_review_or_is_unusable(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    def coded(status: str) -> Regions:
        return attack_regions(attack).document_choice(f"s-{status}", "doc_status", status)

    # Task 1 asks for review; task 2 (another copy of the text) is unusable.
    other = make_document("autre", attack.text, dateline_place="Niamey")
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack, other],
        (
            "20261128T203300Z",
            [
                task(1, attack, [annotation(50, 1, coded("needs_review").items)]),
                task(2, other, [annotation(51, 2, coded("unusable").items)]),
            ],
        ),
    )
    assert result.tables["events"].num_rows == 0 and result.tables["mentions"].num_rows == 0
    assert [(h["doc_id"], h["reason"], h["annotation_ids"]) for h in result.held_back] == [
        ("attaque-tessit", "needs_review", [50]),
        ("autre", "unusable", [51]),
    ]
    outcomes = {r["annotation_id"]: r["outcome"] for r in rows(result, "annotations")}
    assert outcomes == {50: "needs_review", 51: "unusable"}
    # The documents stay in the documents table: their annotations point at them.
    assert sorted(r["doc_id"] for r in rows(result, "documents")) == ["attaque-tessit", "autre"]
    assert {"consolidate.needs-review", "consolidate.document-unusable"} <= set(
        result.report.codes()
    )
    assert result.report.valid


def test_a_reviewed_ground_truth_enters_even_if_it_says_needs_review(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    reviewed = attack_regions(attack).document_choice("s", "doc_status", "needs_review")
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack],
        (
            "20261128T203300Z",
            [task(1, attack, [annotation(60, 1, reviewed.items, ground_truth=True)])],
        ),
    )
    assert result.held_back == []
    assert {e["status"] for e in rows(result, "events")} == {"ground_truth"}


def test_agreeing_annotations_give_the_earliest_as_consensus(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    first = attack_regions(attack).items
    # The same coding with other region ids, made later by someone else.
    renamed = [
        {
            **i,
            **(
                {"id": "b-" + i["id"]}
                if "id" in i
                else {"from_id": "b-" + i["from_id"], "to_id": "b-" + i["to_id"]}
            ),
        }
        for i in first
    ]
    a = annotation(51, 2, renamed, created="2026-11-29T10:00:00Z")
    b = annotation(50, 1, first, created="2026-11-28T10:00:00Z")
    result = compile_tasks(
        tmp_path, codebook, [attack], ("20261130T000000Z", [task(1, attack, [a, b])])
    )
    (event,) = rows(result, "events")
    assert (event["annotation_id"], event["status"]) == (50, "consensus")
    assert result.agreement["overall"]["events"]["typed"]["all"]["f1"]["value"] == 1.0


def test_changed_text_is_excluded_and_reported(
    tmp_path: Path, codebook: Codebook, attack: Document, seed: Document
) -> None:
    old_text = attack.text.replace("30 assaillants", "trente assaillants")
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack, seed],
        (
            "20261128T203300Z",
            [
                task(1, attack, [annotation(60, 1, [])], text=old_text),
                task(2, make_document("ailleurs", "Texte."), [annotation(61, 1, [])]),
            ],
        ),
    )
    assert result.tables["documents"].num_rows == 0
    (issue,) = [i for i in result.report if i.code == "compile.text-changed"]
    assert (issue.location.task, issue.location.doc_id) == (1, "attaque-tessit")
    assert "compile.document-not-in-corpus" in result.report.codes()


def test_bad_normalised_value_is_left_empty_with_a_warning(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    r = Regions(attack.text).entity("t", "TIME", "dimanche 2 mars", norm_date="2 mars")
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack],
        ("20261128T203300Z", [task(1, attack, [annotation(70, 1, r.items)])]),
    )
    (mention,) = rows(result, "mentions")
    assert mention["date_start"] is None
    (issue,) = [i for i in result.report if i.code == "value.bad-date"]
    assert issue.location.region == "t" and issue.severity == "warning"


# ---------------------------------------------------------------------------- golden exports

EXPORTS = REPO / "tests" / "data" / "exports"


def _as_snapshot(tmp_path: Path, source: Path) -> Path:
    """A golden export saved under the name `sahel-events pull` gives snapshots."""
    target = tmp_path / "annotations" / "sahel-events-20261201T000000Z-0a1b2c3d.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())
    return target


def test_golden_valid_export_compiles_cleanly_and_round_trips_through_parquet(
    tmp_path: Path, codebook: Codebook
) -> None:
    docs = ingest_corpus(EXPORTS / "raw", REPO).documents
    result = compile_dataset(
        docs, [_as_snapshot(tmp_path, EXPORTS / "valid.json")], codebook, tmp_path
    )
    assert [i for i in result.report if i.severity != "info"] == []
    outcomes = {r["annotation_id"]: r["outcome"] for r in rows(result, "annotations")}
    assert outcomes == {1001: "record", 1002: "not_used", 1003: "cancelled", 1004: "record"}
    statuses = {e["doc_id"]: e["status"] for e in rows(result, "events")}
    assert statuses == {
        "sevare_synthetique": "ground_truth",
        "niamey_synthetique": "single_annotation",
    }
    assert result.agreement["double_coded_documents"] == 1
    assert len(result.agreement["annotators"]) == 2
    for name, table in result.tables.items():
        path = tmp_path / "build" / f"{name}.parquet"
        write_table(table, path, codebook.version, "0.1.0")
        assert content_hash(read_table(path)) == content_hash(table)


def test_real_ui_export_offsets_are_code_points_and_duplicates_merge(
    tmp_path: Path, codebook: Codebook
) -> None:
    source = EXPORTS / "real-ui-relabelled.json"
    tasks = json.loads(source.read_text(encoding="utf-8"))
    # Documents holding exactly the tasks' texts (emoji, CRLF): offsets count code points.
    docs = [make_document(t["data"]["doc_id"], t["data"]["text"]) for t in tasks]
    result = compile_dataset(docs, [_as_snapshot(tmp_path, source)], codebook, tmp_path)
    assert result.report.valid
    got = sorted((m["doc_id"], m["text"]) for m in rows(result, "mentions"))
    assert got == [("ui-10010", "Bamako"), ("ui-10011", "OTAN"), ("ui-10023", "3 février 2024")]
    assert result.report.codes().count("text.duplicate-region") == 2


def test_relation_direction_is_read_as_validate_reads_it(
    tmp_path: Path, codebook: Codebook, attack: Document
) -> None:
    r = Regions(attack.text).event("ev", "ASSAULT", "attaque")
    r.entity("loc", "GPE", "Tessit").entity("t", "TIME", "dimanche 2 mars")
    r.relation("loc", "ev", "location")
    r.items[-1]["direction"] = "left"  # drawn from the place, arrow pointing back: fine
    r.relation("t", "ev", "time")  # from the date to the event, arrow right: not an argument
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack],
        ("20261128T203300Z", [task(1, attack, [annotation(80, 1, r.items)])]),
    )
    assert [a["role"] for a in rows(result, "event_arguments")] == ["location"]
    (issue,) = [i for i in result.report if i.code == "codebook.relation-not-from-event"]
    assert issue.location.region == "t"


def test_a_document_in_two_tasks_is_compiled_once_from_the_lower_task(
    tmp_path: Path, codebook: Codebook, attack: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stage rows in tiny batches, so the filtering of the loser crosses batch boundaries.
    monkeypatch.setattr("sahel_events.compile.FLUSH_ROWS", 2)
    loser = Regions(attack.text).event("x", "PROTEST", "attaque")
    result = compile_tasks(
        tmp_path,
        codebook,
        [attack],
        (
            "20261128T203300Z",
            [
                task(9, attack, [annotation(91, 2, loser.items)]),
                task(4, attack, [annotation(41, 1, attack_regions(attack).items)]),
            ],
        ),
    )
    assert {e["event_type"] for e in rows(result, "events")} == {"ASSAULT"}
    assert [a["task_id"] for a in rows(result, "annotations")] == [4]
    assert result.tables["mentions"].num_rows == 5
    (issue,) = [i for i in result.report if i.code == "compile.document-in-several-tasks"]
    assert issue.severity == "error" and "only task 4" in issue.message
