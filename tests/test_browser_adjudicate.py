"""Double coding and adjudication in the real labeling screen (headless chromium).

Two annotators log in with their own accounts, take the double-coded task from their
"Label All Tasks" stream and code the same place name, one as a GPE, the other as a LOC.
``adjudicate`` puts a draft into the task for the reviewer, who opens it on the screen,
sees both versions and the CONFLICT mark, deletes the version she rejects and the mark,
updates the annotation; ``adjudicate`` run again marks it ground truth (the open-source
screen has no ground-truth action). After ``pull``
the compiled tables hold her GPE, its record chosen by adjudication, by her pseudonym.

Screenshots of every step: ``test-artifacts/browser/<test>/`` (ignored by git).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation.snapshots import snapshot_paths
from sahel_events.codebook import load_codebook
from sahel_events.compile import compile_dataset
from sahel_events.ingest import read_documents
from sahel_events.studio import annotators
from sahel_events.studio.client import connect
from tests.browser import Screen, artifacts_for, launch_browser, logged_in_context
from tests.clirunner import run_cli
from tests.lsexport import make_document
from tests.lsserver import LSServer, make_project

pytestmark = [pytest.mark.browser, pytest.mark.studio]

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_codebook(REPO / "schema" / "codebook.yaml")
TITLE = "browser-adjudicate"
TEXT = "Gao, 3 mars 2025 - Des hommes armés ont attaqué un poste près d'Ansongo lundi."
PASSWORD = "browser-password-1"
#: The first page of a fresh browser context loads the whole frontend: slow on a busy machine.
FIRST_LOAD_MS = 120_000
AWA, ISSA, FATOU = "awa@example.org", "issa@example.org", "fatou@example.org"


def _stream_and_label(screen: Screen, project_id: int, label: str) -> None:
    """Take the next task of the annotator's stream, label "Ansongo", submit."""
    screen.page.goto(f"{screen.url}/projects/{project_id}/data")
    button = screen.page.get_by_role("button", name=re.compile("Label All Tasks"))
    button.wait_for(timeout=FIRST_LOAD_MS)
    screen.shot("data-manager")
    button.click()
    screen.page.wait_for_selector(".lsf-htx-richtext .lsf-richtext__line", timeout=FIRST_LOAD_MS)
    screen.page.wait_for_timeout(300)
    picked = screen.label_span(CODEBOOK.entity_types[label].hotkey or "", "Ansongo")
    assert picked == [label]
    screen.shot(f"labelled-{label}")
    # In the stream, Submit has a dropdown beside it: the button itself, by its test id.
    with screen.page.expect_response(
        lambda r: r.request.method == "POST" and re.search(r"/api/tasks/\d+/annotations", r.url)
    ) as response:
        screen.page.get_by_test_id("bottombar-submit-button").click()
    assert response.value.status == 201, f"submit answered {response.value.status}"


def _annotations(ls: LSServer, task_id: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = [a.model_dump() for a in ls.sdk().annotations.list(id=task_id)]
    return found


def _spans(annotation: dict[str, Any]) -> list[tuple[str, str, str]]:
    return sorted(
        (i["from_name"], i["value"]["labels"][0], i["value"]["text"])
        for i in annotation["result"]
        if i["type"] == "labels"
    )


def test_two_annotators_code_a_task_and_the_reviewer_resolves_it_on_screen(
    ls_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    for key, value in ls_server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SAHEL_EVENTS_LS_PROJECT", TITLE)
    project = make_project(tmp_path, [make_document("ansongo", TEXT)])
    root = ["--project", str(project.root)]
    assert run_cli(["push", *root, "--overlap", "2"], capsys).code == 0
    access = ls_server.access()
    for email in (AWA, ISSA, FATOU):
        annotators.add(access, email, PASSWORD)
    client = connect(ls_server.settings())
    info = client.find_project(TITLE)
    assert info is not None
    (task_id,) = [t.id for t in client.list_tasks(info.id)]
    artifacts = artifacts_for(request.node.nodeid)

    with launch_browser(tmp_path / "chromium") as browser:
        screens: list[Screen] = []
        try:
            for email, label in ((AWA, "GPE"), (ISSA, "LOC")):
                context = logged_in_context(browser, ls_server.url, email, PASSWORD)
                screen = Screen(context.new_page(), ls_server.url, artifacts / email)
                screen.artifacts.mkdir(parents=True, exist_ok=True)
                screens.append(screen)
                try:
                    _stream_and_label(screen, info.id, label)
                except BaseException:
                    screen.shot("failed")
                    raise
            coded = _annotations(ls_server, task_id)
            assert sorted(_spans(a)[0][1] for a in coded) == ["GPE", "LOC"]

            listed = run_cli(["adjudicate", *root, "--reviewer", FATOU], capsys)
            assert listed.code == 0, listed.err
            assert "ansongo (task" in listed.out and f"posted for {FATOU}" in listed.out
            (draft,) = [a for a in _annotations(ls_server, task_id) if a["id"] not in
                        {c["id"] for c in coded}]  # fmt: skip

            context = logged_in_context(browser, ls_server.url, FATOU, PASSWORD)
            review = Screen(context.new_page(), ls_server.url, artifacts / FATOU)
            review.artifacts.mkdir(parents=True, exist_ok=True)
            screens.append(review)
            review.page.goto(
                f"{ls_server.url}/projects/{info.id}/data?task={task_id}&annotation={draft['id']}"
            )
            review.page.wait_for_selector(
                ".lsf-htx-richtext .lsf-richtext__line", timeout=FIRST_LOAD_MS
            )
            review.page.wait_for_timeout(500)
            review.shot("draft")
            shown = {(i.label, i.text) for i in review.items()}
            assert {("GPE", "Ansongo"), ("LOC", "Ansongo"), ("CONFLICT", "Ansongo")} <= shown
            review.select("LOC", "Ansongo")
            review.delete_selected()
            review.select("CONFLICT", "Ansongo")
            review.delete_selected()
            review.shot("resolved")
            with review.page.expect_response(
                lambda r: r.request.method == "PATCH" and f"/annotations/{draft['id']}" in r.url
            ) as updated:
                review.page.get_by_test_id("bottombar-update-button").click()
            assert updated.value.status == 200
            # Label Studio 1.23.2 open source offers no ground-truth action on the screen
            # (the data manager's groundTruth interface is off; the annotation menu has no
            # "Set as Ground Truth"): adjudicate, run again, marks the resolved draft.
            accepted = run_cli(["adjudicate", *root, "--reviewer", FATOU], capsys)
            assert f"resolved draft {draft['id']} marked ground truth" in accepted.out
            review.shot("ground-truth")
        finally:
            for screen in screens:
                with contextlib.suppress(Exception):
                    screen.console.write(screen.artifacts / "console.log")

    (resolved,) = [a for a in _annotations(ls_server, task_id) if a["id"] == draft["id"]]
    assert resolved["ground_truth"] is True
    assert _spans(resolved) == [("entity", "GPE", "Ansongo")]

    assert run_cli(["pull", *root], capsys).code == 0
    compiled = compile_dataset(
        read_documents(project.documents_file),
        snapshot_paths(project.annotations),
        CODEBOOK,
        project.root,
    )
    (document,) = compiled.tables["documents"].to_pylist()
    assert (document["record_choice"], document["record_by"]) == ("adjudicated", "annotator-03")
    (mention,) = compiled.tables["mentions"].to_pylist()
    assert (mention["entity_type"], mention["text"]) == ("GPE", "Ansongo")
