"""The annotator's path on a fresh checkout: ``studio up``, ``ingest``, ``push``, ``pull``,
``studio down``, with the embedded server starting on an empty data directory (the real
first start: migrations, admin and token created non-interactively).

The server binary is the repository's (``SAHEL_EVENTS_LS_BIN``), so the test does not
install Label Studio again into the temporary project.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest

from sahel_events.paths import Project
from sahel_events.studio import server, settings
from sahel_events.studio.push import LAYOUT_MODEL_VERSION
from tests.clirunner import run_cli
from tests.lsserver import make_project

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"


def _can_log_in(url: str, email: str, password: str) -> bool:
    """The web login an annotator does (recipe §2): a redirect means success."""
    with httpx.Client(base_url=url, timeout=30) as web:
        web.get("/user/login/")
        response = web.post(
            "/user/login/",
            data={
                "email": email,
                "password": password,
                "csrfmiddlewaretoken": web.cookies.get("csrftoken") or "",
            },
            headers={"Referer": f"{url}/user/login/"},
        )
        return response.status_code == 302


def test_fresh_checkout_up_ingest_push_pull_down(
    ls_bin: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(server.ENV_LS_BIN, str(ls_bin))
    for name in (settings.ENV_URL, settings.ENV_API_KEY, settings.ENV_PROJECT_TITLE):
        monkeypatch.delenv(name, raising=False)
    project: Project = make_project(tmp_path)
    project.raw.mkdir()
    shutil.copyfile(SEED, project.raw / SEED.name)
    root = str(project.root)
    port = server.free_port()
    outputs: list[str] = []
    try:
        up = run_cli(["studio", "up", "--project", root, "--port", str(port)], capsys)
        outputs += [up.out, up.err]
        assert up.code == 0, up.err
        url = f"http://127.0.0.1:{port}"
        assert f"Label Studio 1.23.2 is running at {url}" in up.out
        assert "Log in as admin@sahel-events.local" in up.out
        assert f"{settings.ENV_STUDIO_PASSWORD} in {project.root / '.env'}" in up.out
        dotenv = project.root / ".env"
        assert stat.S_IMODE(dotenv.stat().st_mode) == 0o600
        creds = settings.embedded_credentials(project)
        assert _can_log_in(url, creds.email, creds.password)
        data = project.studio / "data"
        database = data / "label_studio.sqlite3"
        assert database.is_file()
        # The database holds the token in clear: private to the user.
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
        state = server.read_state(project)
        assert state is not None and state.port == port

        again = run_cli(["studio", "up", "--project", root], capsys)
        outputs += [again.out, again.err]
        assert again.code == 0 and f"running at {url}" in again.out
        assert server.read_state(project) == state  # the same server, not a second one

        status = run_cli(["studio", "status", "--project", root, "--json"], capsys)
        st = json.loads(status.out)
        assert (st["running"], st["healthy"], st["version"], st["url"]) == (
            True,
            True,
            "1.23.2",
            url,
        )

        ingest = run_cli(["ingest", "--project", root], capsys)
        assert ingest.code == 0, ingest.out + ingest.err
        push = run_cli(["push", "--project", root], capsys)
        outputs += [push.out, push.err]
        assert push.code == 0, push.err
        assert "1 document(s): 1 imported" in push.out

        from label_studio_sdk import LabelStudio

        sdk: Any = LabelStudio(base_url=url, api_key=creds.token)  # type: ignore[no-untyped-call]
        (ls_project,) = list(sdk.projects.list())
        assert ls_project.title == "sahel-events"
        assert ls_project.model_version == LAYOUT_MODEL_VERSION
        (task,) = list(sdk.tasks.list(project=ls_project.id, fields="all"))
        assert task.data["doc_id"] == "000_acd4907f2525db7b"
        (prediction,) = task.predictions
        labels = [r["value"]["labels"] for r in prediction.model_dump()["result"]]
        assert labels == [["REPEATED"]] * 3

        pull = run_cli(["pull", "--project", root], capsys)
        outputs += [pull.out, pull.err]
        assert pull.code == 0, pull.err
        (snapshot,) = [
            p for p in project.annotations.glob("sahel-events-*.json")
            if not p.name.endswith(".provenance.json")
        ]  # fmt: skip
        outputs.append(snapshot.read_text(encoding="utf-8"))

        down = run_cli(["studio", "down", "--project", root], capsys)
        assert down.code == 0 and "stopped" in down.out
        assert server.read_state(project) is None
        with pytest.raises(ProcessLookupError):
            os.kill(state.pid, 0)
        status = run_cli(["studio", "status", "--project", root], capsys)
        assert "not running" in status.out

        # A data directory left readable (an older version, a copy): `up` tightens it.
        data.chmod(0o755)
        database.chmod(0o644)
        up = run_cli(["studio", "up", "--project", root, "--port", str(port)], capsys)
        assert up.code == 0, up.err
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
        assert not [p for p in data.rglob("*") if p.stat().st_mode & 0o077 and not p.is_symlink()]
        down = run_cli(["studio", "down", "--project", root], capsys)
        assert down.code == 0
    finally:
        server.stop(project)
    for text in outputs:
        assert creds.token not in text and creds.password not in text
