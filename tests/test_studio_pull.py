"""``pull`` against a real Label Studio: annotations made the way the annotation interface
makes them come back intact in the snapshot, offsets stay right, snapshots are never
overwritten, an unchanged project writes nothing, a failed pull leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation.snapshots import SNAPSHOT_NAME, snapshot_source
from sahel_events.errors import UsageError
from sahel_events.paths import Project
from sahel_events.studio import pull as pull_module
from sahel_events.studio.client import StudioClient, connect
from sahel_events.studio.pull import PullResult, pull
from sahel_events.studio.push import push
from tests.clirunner import run_cli
from tests.lsexport import Regions, make_document
from tests.lsserver import LSServer, make_project

pytestmark = pytest.mark.studio

TITLE = "pull-test"

NFC = unicodedata.normalize(
    "NFC",
    "Gao, 3 mars 2025 - Le général Hervé Dupré a été blessé près de Ménaka ; "
    "l'armée a attaqué la base le 12 mars 2023 et tué 12 combattants.",
)
NFD = unicodedata.normalize(
    "NFD", "Niamey, 4 mars 2025 - Élisée Kaboré a rencontré le préfet à Tillabéri."
)


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


EMOJI = "🇫🇷🇲🇱 Bamako, 5 mars 2025 - 🔥 Le groupe Wagner a attaqué Bamako 😡 le 12 mars 2023."


@dataclass
class Annotated:
    """The project the module's tests pull, and what was put into it."""

    project: Project
    client: StudioClient
    ls: LSServer
    project_id: int
    sent: dict[int, dict[str, Any]]  # annotation id -> what was sent
    tasks: dict[str, int]  # doc_id -> task id
    second_user: dict[str, Any]


@pytest.fixture(scope="module")
def annotated(ls_module_server: LSServer, tmp_path_factory: pytest.TempPathFactory) -> Annotated:
    """Push three tricky texts and annotate them through the API as the UI would."""
    root = tmp_path_factory.mktemp("pull-project")
    docs = [make_document("nfc", NFC), make_document("nfd", NFD), make_document("emoji", EMOJI)]
    assert docs[1].text == NFD and unicodedata.normalize("NFC", NFD) != NFD
    project = make_project(root, docs)
    client = connect(ls_module_server.settings())
    pid = push(project, client, title=TITLE).project_id
    sdk = ls_module_server.sdk()
    tasks = {t.data["doc_id"]: t.id for t in sdk.tasks.list(project=pid, fields="all")}
    second = sdk.users.create(
        username="annotator2", email="annotator2@example.com", password="annotator2-password"
    )

    # Everything the annotation interface produces on one region and around it:
    # per-region Choices and TextAreas sharing the span's id, relations with roles (one
    # without a role), document-level choices.
    nfc = (
        Regions(NFC)
        .event("ev1", "ASSAULT", "attaqué", mode_assault=["firearms"],
               contexts=["military"], factuality_certainty=["certain"],
               factuality_polarity=["positive"], factuality_source=["author"],
               temporal_status=["past"])
        .entity("org1", "ORG", "l'armée", sector=["military"], norm_actor="fama")
        .entity("gpe1", "GPE", "Ménaka", place_precision=["town"], norm_place="geonames:2453348",
                norm_coords="15.92,2.40")
        .entity("tim1", "TIME", "12 mars 2023", date_precision=["day"], norm_date="2023-03-12")
        .entity("cas1", "CASUALTY", "12 combattants", casualty_kind=["killed"],
                casualty_qualifier=["exact"], norm_count="12")
        .entity("per1", "PER", "Hervé Dupré")
        .relation("ev1", "org1", "actor")
        .relation("ev1", "gpe1", "location")
        .relation("ev1", "tim1", "time")
        .relation("ev1", "cas1", "casualties")
        .relation("ev1", "per1", None)
        .document_choice("doc1", "doc_relevance", "relevant")
        .document_choice("doc2", "doc_status", "complete")
    )  # fmt: skip
    nfd = (
        Regions(NFD)
        .entity("p1", "PER", _nfd("Élisée Kaboré"))
        .entity("g1", "GPE", _nfd("Tillabéri"))
    )
    nfd.event("c1", "CONSULT", _nfd("rencontré"), mode_consult=["visit"]).relation(
        "c1", "p1", "actor"
    )
    emoji = Regions(EMOJI).entity("w1", "ORG", "groupe Wagner").entity("b1", "GPE", "Bamako", 2)
    emoji.event("a1", "ASSAULT", "attaqué").relation("a1", "w1", "actor")

    sent: dict[int, dict[str, Any]] = {}

    def annotate(doc_id: str, result: list[dict[str, Any]], **kw: Any) -> None:
        made = sdk.annotations.create(id=tasks[doc_id], result=result, **kw)
        sent[int(made.id)] = {"result": result, **kw}

    annotate("nfc", nfc.items, lead_time=42.5)
    # A second annotator on the same task, with a different reading.
    other = Regions(NFC).event("x1", "ASSAULT", "attaqué", mode_assault=["explosives"])
    annotate("nfc", other.items, lead_time=12.0, completed_by=second.id)
    annotate("nfd", nfd.items, lead_time=8.0)
    annotate("emoji", emoji.items, lead_time=9.0)
    annotate("emoji", [], was_cancelled=True, completed_by=second.id)  # skipped
    return Annotated(project, client, ls_module_server, pid, sent, tasks, second.model_dump())


@pytest.fixture(scope="module")
def first(annotated: Annotated) -> PullResult:
    """The first pull of the annotated project (through the library)."""
    result = pull(annotated.project, annotated.client, title=TITLE)
    assert result.snapshot is not None and result.provenance is not None
    return result


def _snapshots(project: Project) -> list[Path]:
    return sorted(
        p for p in project.annotations.iterdir() if not p.name.endswith(".provenance.json")
    )


def _load(path: Path | None) -> list[dict[str, Any]]:
    assert path is not None
    tasks: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return tasks


def _env(monkeypatch: pytest.MonkeyPatch, ls: LSServer) -> None:
    for key, value in ls.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SAHEL_EVENTS_LS_PROJECT", TITLE)


def test_pull_writes_a_full_snapshot_and_provenance(
    annotated: Annotated, first: PullResult
) -> None:
    snapshot, sidecar = first.snapshot, first.provenance
    assert snapshot is not None and sidecar is not None
    assert snapshot.parent == annotated.project.annotations
    match = SNAPSHOT_NAME.match(snapshot.name)
    assert match and match.group("project") == "pull-test"
    assert sidecar == pull_module.provenance_path(snapshot)  # re-exported from snapshots

    provenance = json.loads(sidecar.read_text(encoding="utf-8"))
    data = snapshot.read_bytes()
    assert provenance["snapshot"] == snapshot.name
    assert provenance["sha256"] == hashlib.sha256(data).hexdigest()
    assert provenance["content_sha256"][:12] == match.group("hash")
    assert provenance["content_sha256"] == pull_module.content_hash(json.loads(data))
    # The server instance (its database, not its URL) and the project make the source.
    instance = annotated.client.server_instance()
    assert re.fullmatch(r"ls-[0-9a-f]{16}", instance)
    assert instance == annotated.client.server_instance()  # stable
    assert provenance["server"] == {
        "url": annotated.ls.url, "version": "1.23.2", "instance": instance
    }  # fmt: skip
    created = annotated.client.get_project(annotated.project_id).created_at
    assert created
    assert provenance["project"] == {
        "id": annotated.project_id,
        "title": TITLE,
        "created_at": created,
    }
    assert provenance["source"] == f"{instance}/project-{annotated.project_id}/{created}"
    assert snapshot_source(snapshot) == provenance["source"]
    assert provenance["export"]["id"] == first.export_id
    assert provenance["counts"] == {
        "tasks": 3, "annotations": 4, "cancelled_annotations": 1,
        "predictions": 0, "drafts": 0, "annotators": 2,
    }  # fmt: skip
    for text in (data.decode("utf-8"), sidecar.read_text(encoding="utf-8")):
        assert annotated.ls.token not in text
    assert not [p for p in annotated.project.annotations.iterdir() if p.name.startswith(".")]


def test_annotations_come_back_intact(annotated: Annotated, first: PullResult) -> None:
    tasks = {t["data"]["doc_id"]: t for t in _load(first.snapshot)}
    got = {a["id"]: a for t in tasks.values() for a in t["annotations"]}
    assert set(got) == set(annotated.sent)
    for aid, sent in annotated.sent.items():
        back = got[aid]
        assert back["result"] == sent["result"]  # every item, byte for byte
        assert back["was_cancelled"] is sent.get("was_cancelled", False)
        assert back["lead_time"] == sent.get("lead_time")
        assert isinstance(back["completed_by"], dict)  # annotator objects, not ids
    second = annotated.second_user
    by_user = {(a["completed_by"]["email"], a["was_cancelled"]) for a in got.values()}
    assert (second["email"], True) in by_user and (second["email"], False) in by_user
    assert len(tasks["nfc"]["annotations"]) == 2  # two annotators on one task
    assert tasks["emoji"]["cancelled_annotations"] == 1
    # Full prediction objects: push gave no prediction to texts without repeats.
    assert all(t["predictions"] == [] for t in tasks.values())


def test_offsets_survive_accents_decomposed_characters_and_emoji(first: PullResult) -> None:
    snapshot = first.snapshot
    originals = {"nfc": NFC, "nfd": NFD, "emoji": EMOJI}
    for task in _load(snapshot):
        text = task["data"]["text"]
        assert text == originals[task["data"]["doc_id"]]  # not normalised by the server
        for annotation in task["annotations"]:
            for item in annotation["result"]:
                value = item.get("value", {})
                if item["type"] == "labels":
                    assert text[value["start"] : value["end"]] == value["text"]
    nfd_task = next(t for t in _load(snapshot) if t["data"]["doc_id"] == "nfd")
    person = next(i for a in nfd_task["annotations"] for i in a["result"] if i["id"] == "p1")
    assert person["value"]["text"] == _nfd("Élisée Kaboré")
    assert person["value"]["end"] - person["value"]["start"] == 13 + 3  # three combining accents


def test_unchanged_project_writes_nothing_and_snapshots_are_never_overwritten(
    annotated: Annotated,
    first: PullResult,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pull(annotated.project, annotated.client, title=TITLE)  # whatever other tests added
    _env(monkeypatch, annotated.ls)
    before = {p: p.read_bytes() for p in _snapshots(annotated.project)}
    latest = pull_module.latest_snapshot(annotated.project.annotations, "pull-test")
    result = run_cli(["pull", "--project", str(annotated.project.root)], capsys)
    assert result.code == 0 and f"Nothing changed since {latest}" in result.out
    assert annotated.ls.token not in result.out + result.err
    assert sorted(before) == _snapshots(annotated.project)

    sdk = annotated.ls.sdk()
    extra = Regions(NFD).entity("t1", "GPE", "Niamey").items
    sdk.annotations.create(id=annotated.tasks["nfd"], result=extra, lead_time=1.0)
    result = run_cli(["pull", "--project", str(annotated.project.root), "--json"], capsys)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    snapshots = _snapshots(annotated.project)
    assert len(snapshots) == len(before) + 1 and Path(report["snapshot"]) in snapshots
    # Even within the same second as the previous pull, the new one sorts last.
    assert pull_module.latest_snapshot(annotated.project.annotations, "pull-test") == Path(
        report["snapshot"]
    )
    assert all(p.read_bytes() == data for p, data in before.items())  # older ones untouched
    assert report["counts"]["annotations"] >= 5
    assert annotated.ls.token not in result.out + result.err

    # A name that already exists is refused, never replaced.
    newest = Path(report["snapshot"])
    newest_bytes = newest.read_bytes()
    tmp = annotated.project.annotations / ".probe"
    tmp.write_text("x")
    with pytest.raises(UsageError, match="never overwritten"):
        pull_module._place(tmp, newest)
    tmp.unlink()
    assert newest.read_bytes() == newest_bytes


def test_failed_pull_leaves_nothing_behind(
    annotated: Annotated, first: PullResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = annotated.ls.sdk()
    extra = Regions(EMOJI).entity("t2", "TIME", "12 mars 2023").items
    sdk.annotations.create(id=annotated.tasks["emoji"], result=extra, lead_time=1.0)
    before = sorted(p.name for p in annotated.project.annotations.iterdir())
    real_link = os.link
    calls: list[str] = []

    def link_then_fail(src: Any, dst: Any) -> None:
        calls.append(str(dst))
        if len(calls) == 2:  # the provenance sidecar: after the snapshot got its name
            raise OSError(28, "No space left on device")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", link_then_fail)
    with pytest.raises(UsageError, match="No space left on device"):
        pull(annotated.project, annotated.client, title=TITLE)
    assert len(calls) == 2
    assert sorted(p.name for p in annotated.project.annotations.iterdir()) == before


def test_server_lost_midway_leaves_nothing_behind(
    ls_server: LSServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path, [make_document("lost", NFC)])
    client = connect(ls_server.settings())
    push(project, client, title="lost")
    real_create = StudioClient.create_export

    def create_then_stop(self: StudioClient, *args: Any, **kwargs: Any) -> Any:
        export = real_create(self, *args, **kwargs)
        ls_server.stop()  # gone before the download
        return export

    monkeypatch.setattr(StudioClient, "create_export", create_then_stop)
    with pytest.raises(UsageError, match="not reachable"):
        pull(project, client, title="lost")
    assert list(project.annotations.iterdir()) == []


def _server_exports(ls: LSServer) -> list[Path]:
    folder = ls.data_dir / "media" / "export"
    return sorted(p for p in folder.rglob("*.json") if p.is_file()) if folder.exists() else []


def test_unchanged_project_makes_no_export_and_exports_do_not_pile_up(
    annotated: Annotated, first: PullResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = annotated.ls.data_dir
    pull(annotated.project, annotated.client, title=TITLE, server_data=data)  # others' changes
    # The server keeps no export of ours once a pull is done.
    assert annotated.client.list_exports(annotated.project_id) == []
    files_before = _server_exports(annotated.ls)  # (the module's pulls without server_data)
    made: list[int] = []
    files_while_pulling: list[int] = []
    real_create = StudioClient.create_export

    def counting(self: StudioClient, *args: Any, **kwargs: Any) -> Any:
        export = real_create(self, *args, **kwargs)
        made.append(export.id)
        files_while_pulling.append(len(_server_exports(annotated.ls)))
        return export

    monkeypatch.setattr(StudioClient, "create_export", counting)
    again = pull(annotated.project, annotated.client, title=TITLE)
    assert again.snapshot is None and made == []  # answered from the task listing alone

    # A changed ground-truth flag is a change: the export is made, and deleted after.
    sdk = annotated.ls.sdk()
    aid = next(iter(annotated.sent))
    sdk.annotations.update(id=aid, ground_truth=True)
    changed = pull(annotated.project, annotated.client, title=TITLE, server_data=data)
    assert changed.snapshot is not None and len(made) == 1
    assert files_while_pulling == [len(files_before) + 1]  # where the server keeps them
    tasks = _load(changed.snapshot)
    assert any(a["ground_truth"] for t in tasks for a in t["annotations"] if a["id"] == aid)
    assert annotated.client.list_exports(annotated.project_id) == []
    assert _server_exports(annotated.ls) == files_before  # its file is gone too


def test_cut_download_is_named_and_leaves_nothing(
    annotated: Annotated, first: PullResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = annotated.ls.sdk()
    extra = Regions(NFC).entity("t9", "GPE", "Gao").items
    sdk.annotations.create(id=annotated.tasks["nfc"], result=extra, lead_time=1.0)
    before = sorted(p.name for p in annotated.project.annotations.iterdir())
    real_download = StudioClient.download_export

    def cut(self: StudioClient, project_id: int, export_id: int, sink: Any) -> None:
        # A connection that drops mid-body without the client noticing (a proxy, say):
        # the only fault here we cannot cause with the real server alone.
        class Half:
            def __init__(self) -> None:
                self.data = bytearray()

            def write(self, chunk: bytes) -> None:
                self.data += chunk

        half = Half()
        real_download(self, project_id, export_id, half)
        sink.write(bytes(half.data[: len(half.data) // 2]))

    monkeypatch.setattr(StudioClient, "download_export", cut)
    with pytest.raises(UsageError, match="was cut short or damaged") as caught:
        pull(annotated.project, annotated.client, title=TITLE)
    assert "run `sahel-events pull` again" in str(caught.value)
    assert sorted(p.name for p in annotated.project.annotations.iterdir()) == before
    assert annotated.client.list_exports(annotated.project_id) == []


def test_temporaries_of_a_killed_pull_are_removed_and_ignored(
    annotated: Annotated, first: PullResult
) -> None:
    stale = annotated.project.annotations / ".pull-abc123.tmp"
    stale.write_bytes(b"[{")
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "annotations/.pull-abc123.tmp"],
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    assert ignored.returncode == 0  # git status does not show them
    pull(annotated.project, annotated.client, title=TITLE)
    assert not stale.exists()
