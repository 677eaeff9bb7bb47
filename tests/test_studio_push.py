"""``push`` against a real Label Studio: idempotence, changed texts, predictions, config
changes, and a push cut off midway.

Tests sharing the module's server each use a project title of their own.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from sahel_events.errors import InvalidDataError, UsageError
from sahel_events.ingest import Document, ingest_article, write_documents
from sahel_events.paths import Project
from sahel_events.studio import annotators, server
from sahel_events.studio import client as client_module
from sahel_events.studio import push as push_module
from sahel_events.studio.client import connect
from sahel_events.studio.push import LAYOUT_MODEL_VERSION, push
from tests.clirunner import run_cli
from tests.lsexport import Regions, make_document
from tests.lsserver import LSServer, make_project

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"

TEXTS = [
    "Gao, 3 mars 2025 - Des hommes armés ont attaqué un poste de la gendarmerie.",
    "Ménaka, 4 mars 2025 - Le gouverneur a rencontré les chefs de fraction.",
    "Kidal, 5 mars 2025 - Les FAMa ont reçu des drones de la Turquie.",
    "Tombouctou, 6 mars 2025 - Une manifestation a eu lieu devant la mairie.",
]


def _docs(prefix: str, n: int = len(TEXTS)) -> list[Document]:
    return [make_document(f"{prefix}-{i}", TEXTS[i % len(TEXTS)] + f" ({i})") for i in range(n)]


def _seed() -> Document:
    doc, _ = ingest_article(SEED, REPO)
    return doc


def _tasks(ls: LSServer, title: str) -> list[dict[str, Any]]:
    sdk = ls.sdk()
    (project,) = [p for p in sdk.projects.list(title=title) if p.title == title]
    return [t.model_dump() for t in sdk.tasks.list(project=project.id, fields="all")]


def _cli_env(monkeypatch: pytest.MonkeyPatch, ls: LSServer, title: str) -> None:
    for key, value in ls.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SAHEL_EVENTS_LS_PROJECT", title)


def test_push_twice_is_idempotent(
    ls_module_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed = _seed()
    project = make_project(tmp_path, [seed, *_docs("idem")])
    _cli_env(monkeypatch, ls_module_server, "idempotent")

    first = run_cli(["push", "--project", str(project.root), "--json"], capsys)
    assert first.code == 0, first.err
    out = json.loads(first.out)
    assert (out["created"], out["imported"], out["unchanged"]) == (True, 5, 0)
    assert out["model_version"] == LAYOUT_MODEL_VERSION
    assert "batch 1/1" in first.err

    second = run_cli(["push", "--project", str(project.root)], capsys)
    assert second.code == 0, second.err
    assert "5 document(s): 0 imported, 5 already there." in second.out
    assert ls_module_server.token not in first.out + first.err + second.out + second.err

    tasks = _tasks(ls_module_server, "idempotent")
    assert sorted(t["data"]["doc_id"] for t in tasks) == sorted(
        [seed.doc_id] + [f"idem-{i}" for i in range(4)]
    )
    # The seed article: text exactly as ingested, its three repeats visible as predicted
    # REPEATED regions and as a note in the task data.
    (task,) = [t for t in tasks if t["data"]["doc_id"] == seed.doc_id]
    assert task["data"]["text"] == seed.text
    assert task["data"]["text_sha256"] == seed.text_sha256
    assert task["data"]["repeated_paragraphs"] == 3
    assert task["data"]["repeats_note"].count("Repeated paragraph") == 3
    assert task["meta"]["duplicates"] == [d.as_dict() for d in seed.duplicates]
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == LAYOUT_MODEL_VERSION
    spans = [(r["value"]["start"], r["value"]["end"]) for r in prediction["result"]]
    assert spans == [d.copy for d in seed.duplicates]
    assert {r["value"]["labels"][0] for r in prediction["result"]} == {"REPEATED"}
    # Label Studio shows annotators the predictions of the project's model version.
    sdk_project = ls_module_server.sdk().projects.get(id=task["project"])
    assert sdk_project.model_version == LAYOUT_MODEL_VERSION
    assert sdk_project.show_collab_predictions is True
    # The codebook's instructions are one click away on the labeling screen.
    assert sdk_project.expert_instruction == push_module.read_instructions(project)
    assert "Sahel events codebook" in sdk_project.expert_instruction
    assert sdk_project.show_instruction is True


def test_changed_codebook_wording_updates_the_instructions(
    ls_module_server: LSServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path, _docs("instr", 1))
    _cli_env(monkeypatch, ls_module_server, "instructions")
    client = connect(ls_module_server.settings())
    push(project, client, title="instructions")
    said: list[str] = []
    push(project, client, title="instructions", echo=said.append)
    assert not any("instructions" in line for line in said)  # unchanged: not re-sent
    page = project.schema / "labelstudio" / "instructions.html"
    page.write_text(page.read_text() + "<p>Reworded definition.</p>\n")
    push(project, client, title="instructions")
    info = client.find_project("instructions")
    assert info is not None and info.expert_instruction.endswith("<p>Reworded definition.</p>\n")


def test_changed_text_is_reported_and_not_replaced(
    ls_module_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _docs("chg", 2)
    project = make_project(tmp_path, docs)
    _cli_env(monkeypatch, ls_module_server, "changed-text")
    assert run_cli(["push", "--project", str(project.root)], capsys).code == 0

    edited = make_document("chg-0", docs[0].text + " Correction.")
    write_documents([edited, docs[1], *_docs("new", 1)], project.work / "documents.jsonl")
    result = run_cli(["push", "--project", str(project.root)], capsys)
    assert result.code == 1, result
    assert "[studio.text-changed]" in result.out
    assert "doc_id chg-0" in result.out
    assert docs[0].text_sha256[:12] in result.out and edited.text_sha256[:12] in result.out
    assert "1 imported, 1 already there" in result.out  # new-0 went in, chg-1 was there

    tasks = {t["data"]["doc_id"]: t for t in _tasks(ls_module_server, "changed-text")}
    assert sorted(tasks) == ["chg-0", "chg-1", "new-0"]
    assert tasks["chg-0"]["data"]["text"] == docs[0].text  # never silently replaced


def test_predictions_are_attached_and_added_later(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    seed, plain = _seed(), _docs("pred", 2)
    project = make_project(tmp_path, [seed, *plain])
    client = connect(ls_module_server.settings())
    first = push(project, client, title="predictions")
    assert (first.imported, first.model_version) == (3, LAYOUT_MODEL_VERSION)

    # Pre-annotations arrive: one for a plain document, one for the seed.
    version = "sahel-preannotate-test"
    lines = [
        {"doc_id": plain[0].doc_id, "model_version": version, "score": 0.4,
         "result": Regions(plain[0].text).entity("p1", "PER", "hommes armés").items},
        {"doc_id": seed.doc_id, "model_version": version, "score": 0.6,
         "result": Regions(seed.text).entity("s1", "GPE", "Bamako").items},
    ]  # fmt: skip
    (project.work / "predictions.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    second = push(project, client, title="predictions")
    assert (second.imported, second.unchanged, second.predictions_added) == (0, 3, 2)
    assert second.model_version == version
    third = push(project, client, title="predictions")
    assert (third.imported, third.predictions_added) == (0, 0)

    tasks = {t["data"]["doc_id"]: t for t in _tasks(ls_module_server, "predictions")}
    seed_versions = {p["model_version"]: p for p in tasks[seed.doc_id]["predictions"]}
    assert set(seed_versions) == {LAYOUT_MODEL_VERSION, version}
    merged = seed_versions[version]["result"]
    assert [r["value"]["labels"][0] for r in merged] == ["GPE", "REPEATED", "REPEATED", "REPEATED"]
    assert [p["model_version"] for p in tasks[plain[0].doc_id]["predictions"]] == [version]
    assert tasks[plain[1].doc_id]["predictions"] == []  # nothing to show: no prediction
    assert ls_module_server.sdk().projects.get(id=second.project_id).model_version == version


def _without(config: str, pattern: str) -> str:
    changed, n = re.subn(pattern, "", config)
    assert n == 1, pattern
    return changed


def test_config_change_that_would_orphan_annotations_is_refused(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    doc = make_document("cfg-0", TEXTS[0])
    project = make_project(tmp_path, [doc])
    client = connect(ls_module_server.settings())
    pid = push(project, client, title="config-change").project_id
    (task,) = _tasks(ls_module_server, "config-change")
    regions = (
        Regions(doc.text)
        .event("e1", "ASSAULT", "attaqué")
        .entity("g1", "ORG", "gendarmerie")
        .relation("e1", "g1", "recipient")
    )
    ls_module_server.sdk().annotations.create(id=task["id"], result=regions.items, lead_time=5.0)
    config_file = push_module.labeling_config_path(project)
    original = config_file.read_text(encoding="utf-8")

    config_file.write_text(_without(original, r'<Label value="ASSAULT"[^>]*/>'), encoding="utf-8")
    with pytest.raises(InvalidDataError) as refused:
        push(project, client, title="config-change")
    (issue,) = refused.value.report.issues
    assert issue.code == "studio.config-orphans-annotations" and "ASSAULT" in issue.message

    # The server's own check ignores relations: ours does not.
    config_file.write_text(_without(original, r'<Relation value="recipient"/>'), encoding="utf-8")
    with pytest.raises(InvalidDataError) as refused:
        push(project, client, title="config-change")
    assert (
        "relation role recipient (used by 1 annotation(s))"
        in refused.value.report.issues[0].message
    )
    assert client.get_project(pid).label_config.strip() == original.strip()

    # A rename of a label in use (Label Studio's own /validate/ let this one through), sent
    # with new instructions: refused, naming the label and its uses; nothing changes on
    # the server, the instructions included.
    before = client.get_project(pid)
    renamed = original.replace('<Label value="ORG"', '<Label value="ORGANISATION"')
    assert renamed != original
    config_file.write_text(renamed, encoding="utf-8")
    instructions = push_module.instructions_path(project)
    instructions.write_text(
        instructions.read_text(encoding="utf-8") + "<p>changed</p>\n", encoding="utf-8"
    )
    with pytest.raises(InvalidDataError) as refused:
        push(project, client, title="config-change")
    message = refused.value.report.issues[0].message
    assert "label ORG of entity (used by 1 annotation(s))" in message
    after = client.get_project(pid)
    assert after.label_config == before.label_config
    assert after.expert_instruction == before.expert_instruction

    # Adding a label orphans nothing: the config is updated.
    added = original.replace(
        '<Relation value="source"/>', '<Relation value="source"/>\n    <Relation value="extra"/>'
    )
    config_file.write_text(added, encoding="utf-8")
    result = push(project, client, title="config-change")
    assert result.config_updated and result.imported == 0
    assert client.get_project(pid).label_config.strip() == added.strip()


def test_interrupted_push_resumes_without_duplicates(ls_server: LSServer, tmp_path: Path) -> None:
    project: Project = make_project(tmp_path, _docs("cut", 7))
    batches: list[int] = []

    def stop_after_first_batch(number: int, imported: int) -> None:
        batches.append(imported)
        if number == 1:
            ls_server.stop()  # the server goes away between two batches

    with pytest.raises(UsageError, match="is not reachable"):
        push(
            project,
            connect(ls_server.settings()),
            title="interrupted",
            batch_size=2,
            on_batch=stop_after_first_batch,
        )
    assert batches == [2]

    ls_server.restart()
    resumed = push(project, connect(ls_server.settings()), title="interrupted", batch_size=2)
    assert (resumed.imported, resumed.unchanged, resumed.created) == (5, 2, False)
    doc_ids = [t["data"]["doc_id"] for t in _tasks(ls_server, "interrupted")]
    assert sorted(doc_ids) == [f"cut-{i}" for i in range(7)]  # none missing, none twice


def test_a_dropped_label_used_only_by_predictions_is_refused(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    doc = make_document("cfg-pred", TEXTS[0])
    project = make_project(tmp_path, [doc])
    lines = [
        {"doc_id": doc.doc_id, "model_version": "pre-1", "score": 0.5,
         "result": Regions(doc.text).entity("g1", "ORG", "gendarmerie").items},
    ]  # fmt: skip
    (project.work / "predictions.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    client = connect(ls_module_server.settings())
    pid = push(project, client, title="config-pred").project_id
    config_file = push_module.labeling_config_path(project)
    original = config_file.read_text(encoding="utf-8")
    config_file.write_text(_without(original, r'<Label value="ORG"[^>]*/>'), encoding="utf-8")
    with pytest.raises(InvalidDataError) as refused:
        push(project, client, title="config-pred")
    assert "label ORG of entity (used by 1 prediction(s))" in refused.value.report.issues[0].message
    assert client.get_project(pid).label_config.strip() == original.strip()


def test_partial_predictions_are_healed_by_the_next_push(
    ls_module_server: LSServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed, plain = _seed(), _docs("heal", 3)
    project = make_project(tmp_path, [seed, *plain])
    version = "sahel-preannotate-heal"
    full = [
        {"doc_id": d.doc_id, "model_version": version, "score": 0.5,
         "result": Regions(d.text).entity(f"x{i}", "GPE", word).items}
        for i, (d, word) in enumerate([(plain[0], "Gao"), (plain[1], "Ménaka"), (seed, "Bamako")])
    ]  # fmt: skip
    predictions = project.work / "predictions.jsonl"

    def write(lines: list[dict[str, Any]]) -> None:
        predictions.write_text(
            "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
            encoding="utf-8",
        )

    write(full[:1])  # preannotate still running: one document done
    client = connect(ls_module_server.settings())
    first = push(project, client, title="heal")
    assert first.imported == 4
    tasks = {t["data"]["doc_id"]: t for t in _tasks(ls_module_server, "heal")}
    (layout_only,) = tasks[seed.doc_id]["predictions"]  # same version, layout marks only
    assert layout_only["model_version"] == version
    assert {r["value"]["labels"][0] for r in layout_only["result"]} == {"REPEATED"}

    write(full)  # the whole file: the next push completes every task
    messages: list[str] = []
    second = push(project, client, title="heal", echo=messages.append)
    assert (second.imported, second.predictions_added) == (0, 2)
    assert any("prediction(s) to existing tasks" in m for m in messages)  # progress
    tasks = {t["data"]["doc_id"]: t for t in _tasks(ls_module_server, "heal")}
    (healed,) = tasks[seed.doc_id]["predictions"]  # replaced, not doubled
    assert [r["value"]["labels"][0] for r in healed["result"]] == [
        "GPE", "REPEATED", "REPEATED", "REPEATED"
    ]  # fmt: skip
    assert [len(tasks[d.doc_id]["predictions"]) for d in plain] == [1, 1, 0]
    third = push(project, client, title="heal")
    assert (third.imported, third.predictions_added) == (0, 0)  # complete: nothing to do


def test_removing_an_unused_label_from_the_codebook_works(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    from dataclasses import replace

    from sahel_events.codebook import load_project_codebook
    from sahel_events.generate import labelconfig

    doc = make_document("cfg-rm", TEXTS[0])
    project = make_project(tmp_path, [doc])
    client = connect(ls_module_server.settings())
    pid = push(project, client, title="config-remove").project_id
    (task,) = _tasks(ls_module_server, "config-remove")
    used = Regions(doc.text).entity("g1", "ORG", "gendarmerie").items
    ls_module_server.sdk().annotations.create(id=task["id"], result=used, lead_time=5.0)

    codebook = load_project_codebook(project.root)
    kept = {k: v for k, v in codebook.entity_types.items() if k != "VEH"}
    smaller = labelconfig.render(replace(codebook, entity_types=kept))
    push_module.labeling_config_path(project).write_text(smaller, encoding="utf-8")
    result = push(project, client, title="config-remove")
    assert result.config_updated  # the server took it: VEH was used by nothing
    stored = client.get_project(pid).label_config
    assert 'value="VEH"' not in stored and "hotkey_sink_1" in stored


def test_a_push_with_nothing_to_do_lists_nothing_yet_sees_a_change_on_the_server(
    ls_module_server: LSServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a complete push, the next one with the same files and an unchanged project
    answers from its record without listing the tasks; a task deleted in Label Studio
    changes the project's counters, so the push after that lists and re-imports it."""
    project = make_project(tmp_path, _docs("noop"))
    client = connect(ls_module_server.settings())
    first = push(project, client, title="no-op")
    assert first.imported == 4
    listings: list[int] = []
    real_listing = push_module.StudioClient.list_tasks

    def counted(self: Any, project_id: int, with_results: bool = False) -> Any:
        listings.append(project_id)
        return real_listing(self, project_id, with_results)

    monkeypatch.setattr(push_module.StudioClient, "list_tasks", counted)
    again = push(project, client, title="no-op")
    assert (again.imported, again.unchanged, again.documents, listings) == (0, 4, 4, [])
    assert again.model_version == first.model_version

    sdk = ls_module_server.sdk()
    victim = next(t for t in _tasks(ls_module_server, "no-op") if t["data"]["doc_id"] == "noop-2")
    sdk.tasks.delete(id=victim["id"])
    healed = push(project, client, title="no-op")
    assert (healed.imported, healed.unchanged, len(listings)) == (1, 3, 1)
    assert sorted(t["data"]["doc_id"] for t in _tasks(ls_module_server, "no-op")) == [
        f"noop-{i}" for i in range(4)
    ]
    assert push(project, client, title="no-op").imported == 0 and len(listings) == 1


def _as_annotator(ls: LSServer, email: str, password: str) -> httpx.Client:
    """A web session of another user, logged in as the labeling screen is."""
    web = httpx.Client(base_url=ls.url, timeout=120)
    web.get("/user/login/")
    login = web.post(
        "/user/login/",
        data={"email": email, "password": password,
              "csrfmiddlewaretoken": web.cookies.get("csrftoken") or ""},
        headers={"Referer": f"{ls.url}/user/login/"},
    )  # fmt: skip
    assert login.status_code == 302, login.text[:300]
    return web


def test_a_label_used_only_by_another_users_draft_is_not_dropped(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    """Label Studio's task listing shows the token user only their own drafts; an
    annotator's unsaved work (a draft) that uses a label keeps the label too."""
    doc = make_document("draft-0", TEXTS[0])
    project = make_project(tmp_path, [doc])
    client = connect(ls_module_server.settings())
    pid = push(project, client, title="others-draft").project_id
    (task,) = _tasks(ls_module_server, "others-draft")
    ls = ls_module_server
    access = annotators.ServerAccess(
        ls.binary.parent / "python", server.server_environment(ls.data_dir, ls.home, ls.credentials)
    )
    annotators.add(access, "fatou@example.org", "a-long-draft-passphrase")
    web = _as_annotator(ls, "fatou@example.org", "a-long-draft-passphrase")
    try:
        saved = web.post(
            f"/api/tasks/{task['id']}/drafts",
            json={"result": Regions(doc.text).event("e1", "ASSAULT", "attaqué").items,
                  "lead_time": 3.0},
            headers={"X-CSRFToken": web.cookies.get("csrftoken") or "", "Referer": ls.url},
        )  # fmt: skip
    finally:
        web.close()
    assert saved.status_code == 201, saved.text[:300]
    listed = client._get_json("api/tasks/", {"project": pid, "fields": "all"})["tasks"]
    assert listed[0]["drafts"] == [] and listed[0]["draft_exists"] is True  # not the token's

    config_file = push_module.labeling_config_path(project)
    original = config_file.read_text(encoding="utf-8")
    config_file.write_text(_without(original, r'<Label value="ASSAULT"[^>]*/>'), encoding="utf-8")
    with pytest.raises(InvalidDataError) as refused:
        push(project, client, title="others-draft")
    message = refused.value.report.issues[0].message
    assert "label ASSAULT of event (used by 1 annotation(s))" in message
    assert client.get_project(pid).label_config.strip() == original.strip()


def test_the_task_listing_pages_the_predictions(
    ls_module_server: LSServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Label Studio 1.23.2 does not page /api/predictions/: push reads each task's
    predictions from the paged task listing, here two tasks a page over five tasks."""
    docs = _docs("paged", 5)
    project = make_project(tmp_path, docs)
    version = "sahel-preannotate-paged"
    lines = [
        {"doc_id": d.doc_id, "model_version": version, "score": 0.5,
         "result": Regions(d.text).entity(f"p{i}", "GPE", d.text.split(",")[0]).items}
        for i, d in enumerate(docs)
    ]  # fmt: skip
    (project.work / "predictions.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    monkeypatch.setattr(client_module, "TASK_PAGE", 2)
    client = connect(ls_module_server.settings())
    first = push(project, client, title="paged")
    assert first.imported == 5
    listed = client.list_tasks(first.project_id)
    by_doc = {t.doc_id: t for t in listed}
    assert sorted(by_doc) == sorted(d.doc_id for d in docs)
    for d in docs:
        (prediction,) = by_doc[d.doc_id].predictions
        assert prediction.model_version == version
        assert prediction.result[0]["value"]["text"] == d.text.split(",")[0]
    # Every task's prediction was seen across the pages: the next push adds none.
    shutil.rmtree(project.work / "push-state", ignore_errors=True)  # list, do not trust
    second = push(project, client, title="paged")
    assert (second.imported, second.predictions_added, second.unchanged) == (0, 0, 5)


def test_a_bad_document_anywhere_in_the_file_is_refused_before_the_server_changes(
    ls_module_server: LSServer, tmp_path: Path
) -> None:
    """The documents file is streamed, yet a bad line after a whole batch's worth of
    good ones stops the push before any project is created."""
    docs = _docs("streamed", 4)
    project = make_project(tmp_path, docs)
    path = project.work / "documents.jsonl"
    with path.open("a", encoding="utf-8") as f:
        f.write('{"doc_id": "broken"}\n')
    client = connect(ls_module_server.settings())
    with pytest.raises(UsageError, match=r"documents\.jsonl, line 5: not a document"):
        push(project, client, title="streamed", batch_size=2)
    assert client.find_project("streamed") is None
