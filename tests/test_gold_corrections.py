"""The seed article's gold corrected under codebook 1.0.0 (issue 14), in the repository
and in release 1.0.0, and the mechanism that lets a correction made on another Label
Studio server replace published gold.

The corrected gold was made through Label Studio by ``scripts/correct_gold.py`` from
``scripts/gold/corrections/000_acd4907f2525db7b-1.0.0.yaml`` and pulled into
``annotations/``; these tests pin its facts in the dataset the repository builds now.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from sahel_events.annotation.corrections import CORRECTION_KEY, read_correction
from sahel_events.annotation.snapshots import iter_tasks, snapshot_paths
from sahel_events.codebook import load_project_codebook
from sahel_events.goldfix import apply_corrections, load_correction_spec
from sahel_events.ingest import ingest_corpus
from sahel_events.paths import find_project
from sahel_events.release.diff import diff_releases, render_changes
from sahel_events.release.pipeline import compile_project
from sahel_events.release.reasons import add_reasons

REPO = Path(__file__).resolve().parents[1]
DOC = "000_acd4907f2525db7b"
SPEC = REPO / "scripts" / "gold" / "corrections" / f"{DOC}-1.0.0.yaml"


@pytest.fixture(scope="module")
def arrow_tables() -> dict[str, pa.Table]:
    return compile_project(find_project(REPO)).whole_tables()


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Multi-valued columns as their values joined by ';' (list columns or joined text)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: hasattr(v, "__len__") and not isinstance(v, str)).any():
            out[column] = out[column].map(
                lambda v: ";".join(str(x) for x in v) if v is not None and len(v) else None
            )
    return out


@pytest.fixture(scope="module", params=["the repository now", "release 1.0.0", "release 1.1.0"])
def tables(
    request: pytest.FixtureRequest, arrow_tables: dict[str, pa.Table]
) -> dict[str, pd.DataFrame]:
    """The corrected gold as the repository builds it now, and as releases 1.0.0 and
    1.1.0 hold it."""
    if request.param.startswith("release "):
        from sahel_events import load

        version = request.param.removeprefix("release ")
        return {name: _flat(t) for name, t in load(REPO / "build" / version).items()}
    return {name: _flat(t.to_pandas()) for name, t in arrow_tables.items()}


def _arguments(tables: dict[str, pd.DataFrame], trigger: str) -> pd.DataFrame:
    events = tables["events"]
    event_id = events.loc[events.trigger_text == trigger, "event_id"].item()
    args = tables["event_arguments"]
    args = args[args.event_id == event_id]
    return args.merge(tables["mentions"], on="mention_id")


def test_the_drone_is_a_vehicle_and_the_instrument_of_the_strike(
    tables: dict[str, pd.DataFrame],
) -> None:
    strike = _arguments(tables, "frappe")
    instrument = strike[strike.role == "instrument"]
    assert instrument[["text", "entity_type"]].values.tolist() == [["drone", "VEH"]]
    assert "WEA" not in set(tables["mentions"].entity_type)


def test_the_strike_hit_the_aqmi_leaders(tables: dict[str, pd.DataFrame]) -> None:
    strike = _arguments(tables, "frappe")
    recipient = strike[strike.role == "recipient"]
    assert recipient[["text", "entity_type", "actor_id"]].values.tolist() == [
        ["des dirigeants d'Al-Qaïda au Maghreb islamique", "PER", "aqmi"]
    ]
    event = tables["events"].set_index("trigger_text").loc["frappe"]
    # Introduced under "aurait potentiellement"; "Cette opération" only refers back.
    assert event.factuality_certainty == "possible"
    assert event.civilian_targeting == "not-targeted"
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    # Not aimed at civilians: state-based or non-state violence, never one-sided (3).
    assert event.ucdp_type_of_violence == "1;2"


def test_every_actor_and_recipient_has_an_actor_id(tables: dict[str, pd.DataFrame]) -> None:
    args = tables["event_arguments"].merge(tables["mentions"], on="mention_id")
    parties = args[args.role.isin(["actor", "recipient"])]
    assert len(parties) == 9  # 4 events with both, the strike with its recipient only
    assert parties.actor_id.notna().all(), parties[parties.actor_id.isna()].text.tolist()
    states = sorted(set(parties.loc[parties.entity_type == "GPE", "actor_id"]))
    assert states == ["state-ml", "state-us"]


def test_the_offer_told_twice_is_one_event(tables: dict[str, pd.DataFrame]) -> None:
    events = tables["events"]
    assert sorted(events.event_type) == ["AGREE", "ASSAULT", "CONSULT", "COOPERATE", "SUPPORT"]
    assert events.loc[events.event_type == "AGREE", "trigger_text"].tolist() == ["proposant"]


def test_the_statement_of_respect_stays_support(tables: dict[str, pd.DataFrame]) -> None:
    support = _arguments(tables, "respectent")
    roles = dict(zip(support.role, support.actor_id.fillna(support.text), strict=True))
    assert roles == {"actor": "state-us", "recipient": "state-ml", "source": "rudolph-atallah"}


# ------------------------------------------------------------------- the mechanism


def _published() -> tuple[Path, dict[str, Any], dict[str, Any]]:
    old = snapshot_paths(REPO / "annotations")[0]
    task = next(iter_tasks(old))
    return old, task, next(a for a in task["annotations"] if a["ground_truth"])


def test_the_spec_applied_to_the_published_gold_gives_the_pulled_annotation() -> None:
    """What scripts/correct_gold.py posted equals the spec applied offline."""
    _, _, published = _published()
    spec = load_correction_spec(SPEC)
    text = ingest_corpus(REPO / "raw", REPO).documents[0].text
    result, reasons = apply_corrections(
        spec, published["result"], text, load_project_codebook(REPO)
    )
    pulled = snapshot_paths(REPO / "annotations")[-1]
    task = next(iter_tasks(pulled))
    annotation = task["annotations"][0]
    key = lambda items: sorted(json.dumps(i, sort_keys=True) for i in items)  # noqa: E731
    strip = [{k: v for k, v in i.items() if k != "origin"} for i in annotation["result"]]
    assert key(strip) == key([{k: v for k, v in i.items() if k != "origin"} for i in result])
    assert task["meta"][CORRECTION_KEY]["regions"] == reasons
    assert len(reasons) == len(spec.edits)


def test_a_correction_is_honoured_only_on_ground_truth() -> None:
    _, old_task, _ = _published()
    pulled = snapshot_paths(REPO / "annotations")[-1]
    task = next(iter_tasks(pulled))
    correction = read_correction(task, "server-b/project-1")
    assert correction is not None
    assert correction.supersedes == (("legacy:http://127.0.0.1:8080/project-1", old_task["id"]),)
    task["annotations"][0]["ground_truth"] = False
    assert read_correction(task, "server-b/project-1") is None
    # A source never supersedes itself by a statement: its newer copies already do.
    task["annotations"][0]["ground_truth"] = True
    same = read_correction(task, "legacy:http://127.0.0.1:8080/project-1")
    assert same is not None and same.supersedes == ()


def test_without_the_statement_the_two_gold_records_conflict(tmp_path: Path) -> None:
    """The statement is what settles it: drop it and the fresh server's gold is held back
    against the published one, as before."""
    project = tmp_path / "project"
    for part in ("raw", "schema"):
        shutil.copytree(REPO / part, project / part)
    (project / "annotations").mkdir()
    for path in (REPO / "annotations").iterdir():
        target = project / "annotations" / path.name
        data = path.read_text(encoding="utf-8")
        if path.suffix == ".json" and not path.name.endswith(".provenance.json"):
            tasks = json.loads(data)
            for task in tasks:
                (task.get("meta") or {}).pop(CORRECTION_KEY, None)
            data = json.dumps(tasks, ensure_ascii=False)
        target.write_text(data, encoding="utf-8")
    from sahel_events.errors import InvalidDataError

    try:
        compiled = compile_project(find_project(project))
    except InvalidDataError as exc:  # the old gold breaks the 1.0.0 requirements
        codes = {i.code for i in exc.report.errors}
        assert codes == {"codebook.argument-without-actor-id"}
        return
    assert compiled.tables["events"].num_rows == 0  # pragma: no cover


def test_the_release_diff_says_which_records_changed_and_why(
    arrow_tables: dict[str, pa.Table], tables: dict[str, pd.DataFrame]
) -> None:
    from sahel_events.annotation.snapshots import snapshot_corrections
    from sahel_events.release.build import read_tables
    from sahel_events.tables import TABLES

    old = read_tables(REPO / "build" / "0.2.0")
    new = arrow_tables
    keys = {t.name: list(t.primary_key) for t in TABLES}
    diff = diff_releases(old, new, keys, "0.2.0", "1.0.0")
    explained = add_reasons(
        diff, old, new, snapshot_corrections(snapshot_paths(REPO / "annotations"))
    )
    assert explained == {DOC}
    events = {
        r["change"]: r for r in diff["tables"]["events"]["reasons"] if r["change"] == "removed"
    }
    assert "event identity" in events["removed"]["reason"]
    mentions = {r["key"]: r for r in diff["tables"]["mentions"]["reasons"]}
    vehicle = tables["mentions"].set_index("start").loc[1907, "mention_id"]
    assert "VEH" in mentions[vehicle]["reason"]
    assert diff["corrections"][0]["supersedes"][0]["source"].startswith("legacy:")
    changes = render_changes(diff, explained=explained)
    assert "## Why records changed" in changes and "event identity" in changes
