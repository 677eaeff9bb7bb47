"""The team server on PostgreSQL: ``studio up --database postgresql`` creates and starts
the project's own cluster under ``.studio/postgres``, runs the same Label Studio on it, and
``push``, an annotation made through the API, ``pull`` and ``studio down`` work as on SQLite.

Everything is real: Debian's initdb/pg_ctl, a first Label Studio start that migrates an
empty PostgreSQL database. As root (CI containers), the cluster runs as the unprivileged
``postgres`` user, so the project lives in a directory that user can traverse.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sahel_events.paths import Project
from sahel_events.studio import postgres, server, settings
from tests.clirunner import run_cli
from tests.lsserver import make_project
from tests.test_studio_annotators import can_log_in

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"


@pytest.fixture
def team_root() -> Iterator[Path]:
    """A project directory the cluster's user can reach (pytest's tmp_path is 0700 root's)."""
    root = Path(tempfile.mkdtemp(prefix="sahel-pg-"))
    os.chmod(root, 0o711)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _psql(project: Project, port: int, sql: str) -> str:
    """Ask the project's cluster directly, as Label Studio's role (password from .env)."""
    password = settings.read_dotenv(project.root / ".env")[settings.ENV_STUDIO_PG_PASSWORD]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSWORD"] = password
    done = subprocess.run(
        [
            str(postgres.bin_dir() / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            postgres.ROLE,
            "-d",
            postgres.DATABASE,
            "-tAc",
            sql,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_team_server_on_postgresql_up_push_annotate_pull_down(
    ls_bin: Path,
    team_root: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(server.ENV_LS_BIN, str(ls_bin))
    for name in (settings.ENV_URL, settings.ENV_API_KEY, settings.ENV_PROJECT_TITLE):
        monkeypatch.delenv(name, raising=False)
    project: Project = make_project(team_root)
    project.raw.mkdir()
    shutil.copyfile(SEED, project.raw / SEED.name)
    root = str(project.root)
    port = server.free_port()
    cluster = postgres.ClusterDirs(project.studio / "postgres")
    outputs: list[str] = []
    try:
        up = run_cli(
            ["studio", "up", "--project", root, "--port", str(port), "--database", "postgresql"],
            capsys,
        )
        outputs += [up.out, up.err]
        assert up.code == 0, up.err
        url = f"http://127.0.0.1:{port}"
        assert f"running at {url} on PostgreSQL" in up.out
        assert cluster.exists and postgres.running(cluster)
        # The database is PostgreSQL: no SQLite file was made.
        assert not (project.studio / "data" / "label_studio.sqlite3").exists()
        state = server.read_state(project)
        assert state is not None and state.database == "postgresql"
        assert state.database_port is not None

        status = run_cli(["studio", "status", "--project", root], capsys)
        outputs += [status.out, status.err]
        assert f"database: PostgreSQL, on 127.0.0.1:{state.database_port}" in status.out
        st = json.loads(run_cli(["studio", "status", "--project", root, "--json"], capsys).out)
        assert (st["running"], st["healthy"], st["database"]) == (True, True, "postgresql")

        assert run_cli(["ingest", "--project", root], capsys).code == 0
        push = run_cli(["push", "--project", root], capsys)
        outputs += [push.out, push.err]
        assert push.code == 0, push.err
        assert "1 document(s): 1 imported" in push.out

        creds = settings.embedded_credentials(project)
        from label_studio_sdk import LabelStudio

        sdk: Any = LabelStudio(base_url=url, api_key=creds.token)  # type: ignore[no-untyped-call]
        (ls_project,) = list(sdk.projects.list())
        (task,) = list(sdk.tasks.list(project=ls_project.id, fields="all"))
        text = task.data["text"]
        start = next(i for i, ch in enumerate(text) if ch.isalpha())
        word_end = start
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        region = {
            "id": "pg1",
            "from_name": "entity",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": start,
                "end": word_end,
                "text": text[start:word_end],
                "labels": ["GPE"],
            },
        }
        sdk.annotations.create(id=task.id, result=[region], lead_time=3.0)
        # The annotation is in PostgreSQL's tables, not anywhere else.
        assert _psql(project, state.database_port, "SELECT count(*) FROM task_completion") == "1"

        # An annotator account on the PostgreSQL server logs in with its own password.
        add = run_cli(
            ["studio", "annotator", "add", "awa@example.org", "--project", root, "--show-password"],
            capsys,
        )
        assert add.code == 0, add.err
        (awa_password,) = re.findall(r"not stored anywhere\): (\S+)", add.out)
        assert can_log_in(url, "awa@example.org", awa_password)
        assert _psql(project, state.database_port, "SELECT count(*) FROM htx_user") == "2"

        pull = run_cli(["pull", "--project", root], capsys)
        outputs += [pull.out, pull.err]
        assert pull.code == 0, pull.err
        (snapshot,) = [
            p for p in project.annotations.glob("sahel-events-*.json")
            if not p.name.endswith(".provenance.json")
        ]  # fmt: skip
        exported = json.loads(snapshot.read_text(encoding="utf-8"))
        (exported_task,) = exported
        (annotation,) = exported_task["annotations"]
        assert annotation["result"][0]["value"]["labels"] == ["GPE"]
        assert annotation["result"][0]["value"]["start"] == start

        down = run_cli(["studio", "down", "--project", root], capsys)
        outputs += [down.out, down.err]
        assert down.code == 0 and "stopped" in down.out
        assert server.read_state(project) is None
        assert not postgres.running(cluster)
        with pytest.raises(ProcessLookupError):
            os.kill(state.pid, 0)
        after = run_cli(["studio", "status", "--project", root], capsys)
        assert "not running" in after.out and "`studio up` uses PostgreSQL" in after.out

        # A restart finds the same cluster, the same project and its annotation.
        again = run_cli(["studio", "up", "--project", root], capsys)
        outputs += [again.out, again.err]
        assert again.code == 0, again.err
        assert "on PostgreSQL" in again.out
        restarted = server.read_state(project)
        assert restarted is not None
        sdk = LabelStudio(base_url=restarted.url, api_key=creds.token)  # type: ignore[no-untyped-call]
        (task,) = list(sdk.tasks.list(project=ls_project.id, fields="all"))
        assert task.total_annotations == 1
    finally:
        server.stop(project)
    assert not postgres.running(cluster)
    pg_password = settings.read_dotenv(project.root / ".env")[settings.ENV_STUDIO_PG_PASSWORD]
    logs = [
        (project.studio / "server.log").read_text(encoding="utf-8", errors="replace"),
        cluster.log.read_text(encoding="utf-8", errors="replace"),
    ]
    for text in outputs + logs:
        assert pg_password not in text
        assert creds.token not in text and creds.password not in text
