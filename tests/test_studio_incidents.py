"""Incidents end to end on a real Label Studio server.

Four articles written for the tests: the attack on Inékar near Ménaka on 12 August 2025
(``menaka-attaque``, tests/test_release_support.py), a second report of that attack by
another outlet with a higher toll (``menaka-bilan``), another attack the same day in the
same town (``menaka-camp``, shells on the army camp) and a protest in Gao
(``gao-manifestation``); the two new ones are in tests/data/incidents/. They are
annotated through the API, pulled, and ``sahel-events incidents propose`` pairs the three
Ménaka attacks. A reviewer with an account of their own answers in the review project as
the labeling screen saves answers: the two reports of Inékar are the same incident, the
camp attack is different from both. After ``incidents pull`` the release links exactly
that pair; a second reviewer who disagrees later unlinks it until they agree.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from sahel_events.incidents.review import review_folder
from sahel_events.incidents.tasks import DECISION_CONTROL, NOTE_CONTROL, candidate_id
from sahel_events.ingest import ingest_corpus, write_documents
from sahel_events.release import build_dataset, build_release, check_release
from sahel_events.studio import annotators
from sahel_events.studio.client import connect
from sahel_events.studio.pull import pull
from sahel_events.studio.push import push
from tests.clirunner import run_cli
from tests.lsexport import Regions
from tests.lsserver import AnnotatorSession, LSServer
from tests.test_release_support import (
    OPEN_LICENCE,
    SECOND,
    SECOND_NAME,
    attack_regions,
    make_project,
    protest_regions,
)

pytestmark = pytest.mark.studio

DATA = Path(__file__).resolve().parent / "data" / "incidents"
TITLE = "sahel-events"
REVIEW_TITLE = "sahel-events incident review"


def second_report(text: str) -> Regions:
    """The second report of the Inékar attack: same day, same town, 17 dead."""
    r = Regions(text)
    r.entity(
        "gpe1",
        "GPE",
        "village d'Inékar, près de Ménaka>>Ménaka",
        norm_place="geonames:2453514",
        place_precision=["town"],
    )
    r.entity("time1", "TIME", "mardi 12 août", norm_date="2025-08-12", date_precision=["day"])
    r.entity(
        "cas1",
        "CASUALTY",
        "17 morts",
        casualty_kind=["killed"],
        casualty_qualifier=["exact"],
        casualty_side=["civilians"],
        norm_count="17",
    )
    r.event(
        "ev1",
        "ASSAULT",
        "attaque",
        2,  # the body's, not the title's
        mode_assault=["firearms"],
        factuality_certainty=["certain"],
        factuality_source=["named-source"],
    )
    r.relation("ev1", "gpe1", "location").relation("ev1", "time1", "time")
    return r.relation("ev1", "cas1", "casualties")


def camp_attack(text: str) -> Regions:
    """Another attack the same day in the same town: shells on the army camp."""
    r = Regions(text)
    r.entity(
        "gpe1",
        "GPE",
        "le camp de l'armée à Ménaka>>Ménaka",
        norm_place="geonames:2453514",
        place_precision=["town"],
    )
    r.entity("time1", "TIME", "mardi 12 août", norm_date="2025-08-12", date_precision=["day"])
    r.event("ev1", "ASSAULT", "visé", mode_assault=["heavy-weapons"])
    return r.relation("ev1", "gpe1", "location").relation("ev1", "time1", "time")


def decision(value: str, note: str | None = None) -> list[dict[str, Any]]:
    """What the review screen saves: the chosen answer, and the note when one is typed."""
    items: list[dict[str, Any]] = [
        {
            "id": "decision1",
            "from_name": DECISION_CONTROL,
            "to_name": "pair",
            "type": "choices",
            "origin": "manual",
            "value": {"choices": [value]},
        }
    ]
    if note:
        items.append(
            {
                "id": "note1",
                "from_name": NOTE_CONTROL,
                "to_name": "pair",
                "type": "textarea",
                "origin": "manual",
                "value": {"text": [note]},
            }
        )
    return items


def reviewer(ls: LSServer, email: str) -> AnnotatorSession:
    """A reviewer's account (as `studio annotator add` makes it), logged in."""
    password = "a-reviewer-passphrase"
    annotators.add(ls.access(), email, password)
    return AnnotatorSession(ls.url, email, password)


def test_a_reviewer_links_two_reports_of_one_attack_and_not_a_third(
    ls_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = make_project(tmp_path / "project")
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    (project.raw / SECOND_NAME.replace(".txt", ".meta.json")).write_text(
        json.dumps(OPEN_LICENCE), encoding="utf-8"
    )
    for name in ("menaka-bilan", "menaka-camp"):
        for suffix in (".txt", ".meta.json"):
            shutil.copyfile(DATA / f"{name}{suffix}", project.raw / f"{name}{suffix}")
    docs = {d.doc_id: d for d in ingest_corpus(project.raw, project.root).documents}
    write_documents(list(docs.values()), project.documents_file)

    # Annotate the four articles in the annotation project, pull them.
    client = connect(ls_server.settings())
    pid = push(project, client, title=TITLE).project_id
    tasks = {t.doc_id: t.id for t in client.list_tasks(pid)}
    codings = {
        "menaka-attaque": attack_regions,
        "menaka-bilan": second_report,
        "menaka-camp": camp_attack,
        "gao-manifestation": protest_regions,
    }
    for doc_id, coding in codings.items():
        client.create_annotation(tasks[doc_id], coding(docs[doc_id].text).items, lead_time=30.0)
    assert pull(project, client, title=TITLE).snapshot is not None

    # Propose, push the review project (twice: nothing is imported again).
    for key, value in ls_server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SAHEL_EVENTS_LS_PROJECT", TITLE)
    root = str(project.root)
    proposed = run_cli(["incidents", "propose", "--project", root], capsys)
    assert proposed.code == 0, proposed.err
    assert "3 candidate link(s) among 4 event(s)" in proposed.out
    pushed = run_cli(["incidents", "push", "--project", root], capsys)
    assert pushed.code == 0, pushed.err
    assert f"Review project {REVIEW_TITLE!r}" in pushed.out
    assert "3 candidate(s) imported, 0 already there" in pushed.out
    again = run_cli(["incidents", "push", "--project", root], capsys)
    assert "0 candidate(s) imported, 3 already there" in again.out

    review = client.find_project(REVIEW_TITLE)
    assert review is not None and review.id != pid
    shown = {t["data"]["candidate_id"]: t for t in _review_tasks(ls_server, review.id)}
    event_of = _events_by_doc(project)
    inekar = candidate_id([event_of["menaka-attaque"], event_of["menaka-bilan"]])
    camp_1 = candidate_id([event_of["menaka-attaque"], event_of["menaka-camp"]])
    camp_2 = candidate_id([event_of["menaka-bilan"], event_of["menaka-camp"]])
    assert set(shown) == {inekar, camp_1, camp_2}
    # What the reviewer decides on: both articles' facts side by side.
    page = shown[inekar]["data"]["html"]
    for fact in ("ASSAULT / firearms", "2025-08-12 (day)", "Ménaka", "15/15/?", "17/17/17"):
        assert fact in page, fact
    assert "Journal de test A, 2025-08-15" in page
    assert "17 morts" in page and "Au moins 15 civils ont été tués" in page

    # A reviewer answers through Label Studio: same incident once, different twice.
    fatou = reviewer(ls_server, "fatou@example.org")
    fatou.submit(shown[inekar]["id"], decision("same incident", "same village, same day"))
    fatou.submit(shown[camp_1]["id"], decision("different"))
    fatou.submit(shown[camp_2]["id"], decision("different", "the camp, not the village"))
    pulled = run_cli(["incidents", "pull", "--project", root], capsys)
    assert pulled.code == 0, pulled.err
    (snapshot,) = [
        p for p in review_folder(project).glob("*.json") if not p.name.endswith("provenance.json")
    ]
    assert snapshot.name.startswith("sahel-events-incident-review-")

    # The release, as a researcher reads it.
    release = build_release(project, "1.0.0").path
    incidents = pd.read_parquet(release / "data" / "incidents.parquet")
    flat = pd.read_parquet(release / "data" / "events_flat.parquet")
    linked = incidents[incidents.method == "rule+review"]
    assert sorted(linked.doc_id) == ["menaka-attaque", "menaka-bilan"]
    assert set(linked.n_reports) == {2} and set(linked.n_events) == {2}
    assert linked.incident_id.nunique() == 1
    assert [list(r) for r in linked.reviewers] == [["reviewer-01"], ["reviewer-01"]]
    assert set(linked.rule_version) == {"1"}
    per_incident = flat.groupby("incident_id").size().sort_values(ascending=False)
    assert list(per_incident) == [2, 1, 1]  # four reports, three incidents
    by_doc = flat.set_index("doc_id")
    assert by_doc.loc["menaka-attaque", "incident_id"] == by_doc.loc["menaka-bilan", "incident_id"]
    assert by_doc.loc["menaka-camp", "n_reports"] == 1
    assert by_doc.loc["menaka-camp", "incident_id"] != by_doc.loc["menaka-attaque", "incident_id"]
    manifest = (release / "manifest.json").read_text(encoding="utf-8")
    assert snapshot.name in manifest and "fatou@example.org" not in manifest
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "In this release: 3 incident(s); 1 of them link 2 events, 1 reported by more" in card
    # The release is reproducible from its inputs, review snapshot included.
    report = check_release(release, project)
    assert report.errors == [], report.to_text()

    # A second reviewer disagrees on the pair: unlinked until they agree, and said so.
    awa = reviewer(ls_server, "awa@example.org")
    awa.submit(shown[inekar]["id"], decision("different"))
    assert run_cli(["incidents", "pull", "--project", root], capsys).code == 0
    dataset = build_dataset(project)
    (conflict,) = [i for i in dataset.report.issues if i.code == "incidents.review-conflict"]
    assert conflict.location.task == shown[inekar]["id"]
    assert "reviewer-01: same incident" in conflict.message
    assert "reviewer-02: different" in conflict.message
    flat = pd.read_parquet(dataset.path / "data" / "events_flat.parquet")
    assert flat.incident_id.nunique() == 4 and set(flat.n_reports) == {1}


def _review_tasks(ls: LSServer, project_id: int) -> list[dict[str, Any]]:
    sdk = ls.sdk()
    return [{"id": t.id, "data": t.data} for t in sdk.tasks.list(project=project_id, fields="all")]


def _events_by_doc(project: Any) -> dict[str, str]:
    """doc_id -> event_id, from the candidates file (each article codes one event)."""
    lines = (project.work / "incidents" / "candidates.jsonl").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in lines.splitlines():
        data = json.loads(line)["data"]
        out.update(zip(data["doc_ids"], data["event_ids"], strict=True))
    return out
