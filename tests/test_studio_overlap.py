"""``push --overlap N --share S`` against a real Label Studio, and what the server honours.

Two annotator accounts log in through the web form and walk their "Label all tasks"
stream (``/api/projects/{id}/next/``), submitting each task as the labeling screen does:
the first gets every task, the second exactly the double-coded ones. The double-coded
documents are the ones whose doc_id hash falls in the share, restated here from the
documented rule (first 8 bytes of SHA-256, big-endian, below share x 2^64).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from sahel_events.studio import annotators
from tests.clirunner import run_cli
from tests.lsexport import make_document
from tests.lsserver import AnnotatorSession, LSServer, make_project

pytestmark = pytest.mark.studio

TITLE = "overlap campaign"
TEXT = "Gao, 3 mars 2025 - Des hommes armés ont attaqué un poste de la gendarmerie ({n})."


def _in_share(doc_id: str, share: float) -> bool:
    head = hashlib.sha256(doc_id.encode()).digest()[:8]
    return int.from_bytes(head, "big") < share * 2**64


def _region(text: str) -> list[dict[str, Any]]:
    return [
        {
            "id": "gao",
            "from_name": "entity",
            "to_name": "text",
            "type": "labels",
            "value": {"start": 0, "end": 3, "text": text[:3], "labels": ["GPE"]},
        }
    ]


def _stream(session: AnnotatorSession, project_id: int) -> list[str]:
    """Walk the annotator's stream to its end, coding each task; return the doc_ids."""
    seen: list[str] = []
    while (task := session.next_task(project_id)) is not None:
        assert len(seen) < 50, "the stream never ends"
        seen.append(task["data"]["doc_id"])
        session.submit(task["id"], _region(task["data"]["text"]))
    return seen


def test_double_coded_share_is_served_to_two_annotators(
    ls_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in ls_server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SAHEL_EVENTS_LS_PROJECT", TITLE)
    ids = [f"ov-{n}" for n in range(8)]
    project = make_project(tmp_path, [make_document(i, TEXT.format(n=i)) for i in ids])
    root = str(project.root)

    code = run_cli(["push", "--project", root, "--share", "0.5"], capsys)
    assert code.code == 2 and "--share needs --overlap" in code.err
    code = run_cli(["push", "--project", root, "--overlap", "2", "--share", "0.125"], capsys)
    assert code.code == 2 and "whole percent" in code.err
    assert not list(ls_server.sdk().projects.list(title=TITLE))  # misuse changed nothing

    pushed = run_cli(["push", "--project", root, "--overlap", "2", "--share", "0.5"], capsys)
    assert pushed.code == 0, pushed.err
    double = {i for i in ids if _in_share(i, 0.5)}
    assert 0 < len(double) < len(ids)  # the fixture has both kinds
    assert f"{len(double)} task(s) double-coded" in pushed.out

    sdk = ls_server.sdk()
    (ls_project,) = list(sdk.projects.list(title=TITLE))
    ls_project = sdk.projects.get(id=ls_project.id)
    assert (ls_project.maximum_annotations, ls_project.overlap_cohort_percentage) == (2, 50)
    tasks = list(sdk.tasks.list(project=ls_project.id, fields="all"))
    assert {t.data["doc_id"]: t.overlap for t in tasks} == {i: 2 if i in double else 1 for i in ids}

    access = ls_server.access()
    for email in ("awa@example.org", "issa@example.org"):
        annotators.add(access, email, "a-long-password-1")
    awa = AnnotatorSession(ls_server.url, "awa@example.org", "a-long-password-1")
    issa = AnnotatorSession(ls_server.url, "issa@example.org", "a-long-password-1")
    # The server, not the project, decides the streams: Awa codes everything first, and
    # Issa is then served the double-coded tasks only.
    assert sorted(_stream(awa, ls_project.id)) == sorted(ids)
    assert sorted(_stream(issa, ls_project.id)) == sorted(double)
    assert _stream(awa, ls_project.id) == []

    # A later push keeps the plan (recorded in the project) and applies it to new tasks.
    more = [f"ov-{n}" for n in range(8, 12)]
    project = make_project(tmp_path, [make_document(i, TEXT.format(n=i)) for i in [*ids, *more]])
    again = run_cli(["push", "--project", root], capsys)
    assert again.code == 0, again.err
    assert "4 imported" in again.out
    tasks = list(sdk.tasks.list(project=ls_project.id, fields="all"))
    assert {t.data["doc_id"]: t.overlap for t in tasks if t.data["doc_id"] in more} == {
        i: 2 if _in_share(i, 0.5) else 1 for i in more
    }
    new_double = {i for i in more if _in_share(i, 0.5)}
    assert sorted(_stream(issa, ls_project.id)) == sorted(more)  # Issa is first this time
    assert sorted(_stream(awa, ls_project.id)) == sorted(new_double)
    awa.close()
    issa.close()
