"""A document whose licence does not allow redistribution is released without its text.

The project has two self-written articles: the attack article under CC BY 4.0 and the
protest article under a licence that keeps all rights ("LicenseRef-All-Rights-Reserved",
with its source, URL and date in its sidecar). The release must hold the protest
article's hashes, metadata, mentions, events and offsets, but not its text or the
sentence around its trigger; the card must say which text is in and which is not.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sahel_events.licences import allows_redistribution
from sahel_events.paths import Project
from sahel_events.release import build_release, check_release
from tests.test_release_support import SECOND, SECOND_NAME, add_snapshot, document, make_project

CLOSED = {
    "source": "Le Journal de test",
    "url": "https://example.org/gao-manifestation",
    "published": "2025-08-20",
    "license": "LicenseRef-All-Rights-Reserved",
}


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    project = make_project(tmp_path_factory.mktemp("texts") / "proj")
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    sidecar = project.raw / SECOND_NAME.replace(".txt", ".meta.json")
    sidecar.write_text(json.dumps(CLOSED), encoding="utf-8")
    add_snapshot(project, "20250901T120000Z", with_protest=True)
    return project, build_release(project, "1.0.0").path


def _rows(release: Path, table: str) -> dict[str, dict[str, object]]:
    rows = pq.read_table(release / "data" / f"{table}.parquet").to_pylist()
    key = "doc_id" if table == "documents" else "event_id"
    return {str(r[key]): r for r in rows}


def test_the_closed_text_is_withheld_and_the_open_one_published(
    released: tuple[Project, Path],
) -> None:
    _, release = released
    docs = _rows(release, "documents")
    closed, open_ = docs["gao-manifestation"], docs["menaka-attaque"]
    assert closed["text"] is None and closed["text_published"] is False
    assert (closed["source"], closed["url"], closed["license"]) == (
        CLOSED["source"],
        CLOSED["url"],
        CLOSED["license"],
    )
    assert str(closed["published"]) == "2025-08-20"
    assert open_["text_published"] is True and "Ménaka" in str(open_["text"])


def test_the_hash_and_offsets_still_fit_the_text_from_its_source(
    released: tuple[Project, Path],
) -> None:
    # A reader who gets the article from its source: the hash says it is the same text,
    # and every offset of the release points at the annotated words in it.
    project, release = released
    closed = _rows(release, "documents")["gao-manifestation"]
    # The article as its source publishes it, normalised as `sahel-events ingest` does.
    source_text = document(project, "gao-manifestation").text
    assert hashlib.sha256(source_text.encode()).hexdigest() == closed["text_sha256"]
    mentions = [
        m
        for m in pq.read_table(release / "data/mentions.parquet").to_pylist()
        if m["doc_id"] == "gao-manifestation"
    ]
    assert {m["text"] for m in mentions} == {"Gao", "lundi 18 août"}
    for m in mentions:
        assert source_text[m["start"] : m["end"]] == m["text"]
    (event,) = [e for e in _rows(release, "events").values() if e["doc_id"] == "gao-manifestation"]
    assert source_text[event["trigger_start"] : event["trigger_end"]] == "manifesté"
    flat = _rows(release, "events_flat")
    assert flat[str(event["event_id"])]["trigger_sentence"] is None
    attack = [r for r in flat.values() if r["doc_id"] == "menaka-attaque"]
    assert all(r["trigger_sentence"] for r in attack)


def test_the_card_says_which_text_is_in(released: tuple[Project, Path]) -> None:
    _, release = released
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "1 text(s) published, 1 withheld." in card
    row = next(line for line in card.splitlines() if "`gao-manifestation`" in line)
    assert "LicenseRef-All-Rights-Reserved" in row and row.rstrip(" |").endswith("withheld")
    row = next(line for line in card.splitlines() if "`menaka-attaque`" in line)
    assert "CC-BY-4.0" in row and row.rstrip(" |").endswith("published")


def test_the_release_with_a_withheld_text_passes_its_check(
    released: tuple[Project, Path],
) -> None:
    project, release = released
    report = check_release(release, project)
    assert report.valid, report.to_text()


def test_which_licences_allow_redistribution() -> None:
    assert allows_redistribution("CC-BY-4.0") and allows_redistribution("cc0-1.0")
    assert not allows_redistribution(None)  # unknown terms are no permission
    assert not allows_redistribution("LicenseRef-All-Rights-Reserved")
    assert not allows_redistribution("CC-BY-NC-4.0")  # no commercial reuse: not open
