"""A whole annotation campaign on the project's own server, on SQLite and on PostgreSQL.

Three accounts (two annotators, one reviewer) on a server started by ``studio up``;
``push --overlap 2 --share 0.85`` double-codes two of the three articles (by doc_id hash:
menaka-attaque 0.838, gao-manifestation 0.840, bamako-manifestation 0.966). Each
annotator walks their own "Label all tasks" stream and submits through the API with their
web session, as the labeling screen does. They agree on the protest at Gao, disagree on
the death toll at Ménaka; ``adjudicate`` lists it and puts a draft into Label Studio for
the reviewer, who keeps one version, deletes the other and the CONFLICT mark and updates
it; ``adjudicate`` run again marks the resolved draft ground truth. Then pull, validate,
release (in the temporary project), and each document's record choice is checked.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from sahel_events.generate import write_generated
from sahel_events.ingest import ingest_corpus
from sahel_events.paths import Project
from sahel_events.studio import annotators, server, settings
from tests.clirunner import run_cli
from tests.lsserver import CREDENTIALS, AnnotatorSession
from tests.test_release_support import (
    ARTICLE,
    ARTICLE_NAME,
    SECOND,
    SECOND_NAME,
    attack_regions,
    protest_regions,
)

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
THIRD_NAME = "bamako-manifestation.txt"
THIRD = """Marche à Bamako

Bamako, 22 août 2025 - Des commerçants ont manifesté jeudi 21 août à Bamako contre la \
hausse des taxes, selon des témoins. Aucun incident n'a été signalé.
"""
PASSWORD = "campaign-password-1"
AWA, ISSA, FATOU = "awa@example.org", "issa@example.org", "fatou@example.org"


def _third_regions(text: str) -> Any:
    from tests.lsexport import Regions

    r = Regions(text)
    r.entity(
        "gpe1",
        "GPE",
        "manifesté jeudi 21 août à Bamako>>Bamako",
        norm_place="geonames:2460596",
        place_precision=["town"],
    )
    r.entity("time1", "TIME", "jeudi 21 août", norm_date="2025-08-21", date_precision=["day"])
    r.event("ev1", "PROTEST", "manifesté", mode_protest=["demo"], contexts=["economic"])
    return r.relation("ev1", "gpe1", "location").relation("ev1", "time1", "time")


def _coding(doc_id: str, text: str, killed: str) -> list[dict[str, Any]]:
    if doc_id == "menaka-attaque":
        return attack_regions(text, killed=killed).items
    if doc_id == "gao-manifestation":
        return protest_regions(text).items
    return _third_regions(text).items


@pytest.fixture(params=["sqlite", "postgresql"])
def campaign_root(request: pytest.FixtureRequest) -> Iterator[tuple[Path, str]]:
    """A project directory the PostgreSQL cluster's user can reach, and the database."""
    root = Path(tempfile.mkdtemp(prefix="sahel-campaign-"))
    os.chmod(root, 0o711)
    yield root, str(request.param)
    shutil.rmtree(root, ignore_errors=True)


def _project(root: Path) -> Project:
    shutil.copytree(REPO / "schema", root / "schema")
    write_generated(Project(root))
    (root / "raw").mkdir()
    for name, text in ((ARTICLE_NAME, ARTICLE), (SECOND_NAME, SECOND), (THIRD_NAME, THIRD)):
        (root / "raw" / name).write_text(text, encoding="utf-8")
    (root / "annotations").mkdir()
    return Project(root)


def _walk(session: AnnotatorSession, project_id: int, killed: str) -> list[str]:
    """Code every task the annotator's stream serves; return the doc_ids in order."""
    done = []
    while (task := session.next_task(project_id)) is not None:
        assert len(done) < 10
        doc_id = task["data"]["doc_id"]
        session.submit(task["id"], _coding(doc_id, task["data"]["text"], killed))
        done.append(doc_id)
    return done


def _resolve(draft: list[dict[str, Any]], keep: str) -> list[dict[str, Any]]:
    """What the reviewer does on the screen: keep ``keep``'s versions, delete the other
    versions and every CONFLICT mark (the Meta notes go with them)."""
    drop = {
        str(item["id"])
        for item in draft
        if item.get("type") == "labels"
        and (
            item["value"]["labels"] == ["CONFLICT"]
            or ("meta" in item and f"{keep}'s version" not in item["meta"]["text"][0])
        )
    }
    kept = [
        item
        for item in draft
        if item.get("id") not in drop and not {item.get("from_id"), item.get("to_id")} & drop
    ]
    return [{k: v for k, v in item.items() if k != "meta"} for item in kept]


def _table(release: Path, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(release / "data" / f"{name}.parquet").to_pylist()
    return rows


def test_a_campaign_from_overlap_to_adjudicated_release(
    campaign_root: tuple[Path, str],
    ls_bin: Path,
    ls_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root, database = campaign_root
    monkeypatch.setenv(server.ENV_LS_BIN, str(ls_bin))
    for name in (settings.ENV_URL, settings.ENV_API_KEY, settings.ENV_PROJECT_TITLE):
        monkeypatch.delenv(name, raising=False)
    project = _project(root)
    where = ["--project", str(root)]

    def cli(*args: str) -> Any:
        result = run_cli([*args, *where], capsys)
        assert result.code == 0, result.err + result.out
        return result

    if database == "sqlite":  # the template's admin, as a first `studio up` would make it
        shutil.copytree(ls_template, project.studio / "data")
        settings.update_dotenv(
            root / ".env",
            {
                settings.ENV_STUDIO_EMAIL: CREDENTIALS.email,
                settings.ENV_STUDIO_PASSWORD: CREDENTIALS.password,
                settings.ENV_STUDIO_TOKEN: CREDENTIALS.token,
            },
        )
    try:
        up = cli("studio", "up", "--port", str(server.free_port()), "--database", database)
        state = server.read_state(project)
        assert state is not None and state.database == database, up.out
        access = annotators.embedded_access(project)
        for email in (AWA, ISSA, FATOU):
            annotators.add(access, email, PASSWORD)

        cli("ingest")
        pushed = cli("push", "--overlap", "2", "--share", "0.85")
        assert "3 imported" in pushed.out and "2 task(s) double-coded" in pushed.out
        sdk = ls_sdk(state.url, project)
        (ls_project,) = list(sdk.projects.list())

        awa = AnnotatorSession(state.url, AWA, PASSWORD)
        issa = AnnotatorSession(state.url, ISSA, PASSWORD)
        fatou = AnnotatorSession(state.url, FATOU, PASSWORD)
        assert sorted(_walk(awa, ls_project.id, killed="15")) == [
            "bamako-manifestation",
            "gao-manifestation",
            "menaka-attaque",
        ]
        # Issa is served the double-coded articles only; he counts 12 dead, Awa 15.
        assert sorted(_walk(issa, ls_project.id, killed="12")) == [
            "gao-manifestation",
            "menaka-attaque",
        ]

        listed = cli("adjudicate", "--dry-run")
        assert "menaka-attaque (task " in listed.out
        assert "by annotator-01, annotator-02): 1 conflict(s), 4 region(s) agreed" in listed.out
        assert "annotator-01: CASUALTY “15 civils”" in listed.out
        assert "norm_count=15" in listed.out and "norm_count=12" in listed.out
        assert "gao-manifestation" not in listed.out  # they agree: consensus
        assert "posted" not in listed.out

        posted = cli("adjudicate", "--reviewer", FATOU)
        assert f"posted for {FATOU}" in posted.out
        again = cli("adjudicate", "--reviewer", FATOU)
        assert "waits for the reviewer (CONFLICT marks left)" in again.out  # no second draft

        # The reviewer finds the draft as her own annotation and resolves it.
        (menaka,) = [
            t for t in sdk.tasks.list(project=ls_project.id, fields="all")
            if t.data["doc_id"] == "menaka-attaque"
        ]  # fmt: skip
        (draft,) = [a for a in menaka.annotations if a["completed_by"] == fatou_id(sdk)]
        assert (
            sum(1 for i in draft["result"] if i.get("value", {}).get("labels") == ["CONFLICT"]) == 1
        )
        fatou.update(draft["id"], result=_resolve(draft["result"], "annotator-01"))
        # The open-source screen cannot mark ground truth: adjudicate, run again, does.
        accepted = cli("adjudicate", "--reviewer", FATOU)
        assert f"resolved draft {draft['id']} marked ground truth" in accepted.out
        for session in (awa, issa, fatou):
            session.close()

        cli("pull")
        cli("validate")
        cli("release", "0.1.0")
    finally:
        server.stop(project)

    release = root / "build" / "0.1.0"
    documents = {
        d["doc_id"]: (d["record_choice"], d["record_by"]) for d in _table(release, "documents")
    }
    assert documents == {
        "menaka-attaque": ("adjudicated", "annotator-03"),  # Fatou, the reviewer
        "gao-manifestation": ("consensus", "annotator-01;annotator-02"),
        "bamako-manifestation": ("single_annotation", "annotator-01"),
    }
    events = {e["doc_id"]: e for e in _table(release, "events")}
    assert (events["menaka-attaque"]["killed_best"], events["menaka-attaque"]["status"]) == (
        15,
        "adjudicated",
    )
    outcomes = sorted(
        (a["doc_id"], a["annotator"], a["outcome"]) for a in _table(release, "annotations")
    )
    assert ("menaka-attaque", "annotator-03", "record") in outcomes
    assert ("menaka-attaque", "annotator-02", "not_used") in outcomes
    docs = {d.doc_id for d in ingest_corpus(project.raw, root).documents}
    assert set(documents) == docs

    # Agreement, by hand: both coded the same spans, events and arguments in both
    # double-coded articles (they differ only in a normalised count). Entities:
    # Ménaka 4 of 4+4, Gao 2 of 2+2 -> 6 matched of 12, F1 2*6/12 = 1; events 2 of 4;
    # arguments Ménaka 4 of 8, Gao 2 of 4 -> 6 of 12. Every resample gives 1: CI [1, 1].
    # The reviewer's adjudication is no coding: two annotators, two documents.
    agreement = json.loads((release / "agreement.json").read_text(encoding="utf-8"))
    assert agreement["double_coded_documents"] == 2
    assert agreement["annotators"] == ["annotator-01", "annotator-02"]
    overall = agreement["overall"]

    def f1(block: dict[str, Any]) -> tuple[int, int, float, list[float] | None]:
        return (block["matched"], block["items"], block["f1"]["value"], block["f1"]["ci95"])

    assert f1(overall["entities"]["exact"]["all"]) == (6, 12, 1.0, [1.0, 1.0])
    assert f1(overall["events"]["detection"]["exact"])[:3] == (2, 4, 1.0)
    assert f1(overall["arguments"]["all"]) == (6, 12, 1.0, [1.0, 1.0])


def ls_sdk(url: str, project: Project) -> Any:
    """The admin's SDK client (the token from the project's .env)."""
    from label_studio_sdk import LabelStudio

    token = settings.embedded_credentials(project).token
    return LabelStudio(base_url=url, api_key=token, timeout=120)  # type: ignore[no-untyped-call]


def fatou_id(sdk: Any) -> int:
    """The reviewer's user id."""
    (user,) = [u for u in sdk.users.list() if u.email == FATOU]
    return int(user.id)
