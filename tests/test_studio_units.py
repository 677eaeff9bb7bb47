"""The Label Studio modules without a server: settings, .env, tasks, snapshot names, pins."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import subprocess
import sys
import time
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from sahel_events.annotation.snapshots import order_snapshots
from sahel_events.errors import UsageError
from sahel_events.ingest import Duplicate, ingest_article
from sahel_events.paths import Project
from sahel_events.studio import pull, push, server, settings
from tests.clirunner import run_cli
from tests.lsexport import make_document
from tests.lsserver import CREDENTIALS, make_project

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    for name in (settings.ENV_URL, settings.ENV_API_KEY, settings.ENV_PROJECT_TITLE):
        monkeypatch.delenv(name, raising=False)
    return make_project(tmp_path)


# ------------------------------------------------------------------------------ pins


def test_label_studio_pins_match_pyproject_and_the_installed_sdk() -> None:
    # The SDK is in the `studio` extra (readers do not install it), pinned exactly there
    # and in the constraints file the Makefile installs with.
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert (
        f"label-studio-sdk=={server.LABEL_STUDIO_SDK_VERSION}"
        in extras["optional-dependencies"]["studio"]
    )
    constraints = (REPO / "constraints.txt").read_text().splitlines()
    assert f"label-studio-sdk=={server.LABEL_STUDIO_SDK_VERSION}" in constraints
    assert version("label-studio-sdk") == server.LABEL_STUDIO_SDK_VERSION
    script = (REPO / ".ci" / "install-label-studio").read_text()
    assert "LABEL_STUDIO_VERSION" in script  # the script reads the pin from server.py


# ------------------------------------------------------------------------------ .env


def test_dotenv_round_trip_keeps_other_lines_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("# mine\nOTHER='kept value'\nexport A=1\n")
    settings.update_dotenv(path, {"A": "2", "B": "3"})
    assert settings.read_dotenv(path) == {"OTHER": "kept value", "A": "2", "B": "3"}
    assert path.read_text().startswith("# mine\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_dotenv_reads_values_as_python_dotenv_does(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text(
        "LABEL_STUDIO_URL=http://team:8080  # our team server\n"
        "LABEL_STUDIO_API_KEY='a b#c'\n"
        'export SAHEL_EVENTS_LS_PROJECT="Sahel 2026"   # quoted, then a note\n'
        "HASH=x#y\n"
        "DOLLAR=$HOME/x\n"
        "NO_VALUE\n"
    )
    assert settings.read_dotenv(path) == {
        "LABEL_STUDIO_URL": "http://team:8080",
        "LABEL_STUDIO_API_KEY": "a b#c",
        "SAHEL_EVENTS_LS_PROJECT": "Sahel 2026",
        "HASH": "x#y",
        "DOLLAR": "$HOME/x",
    }
    settings.update_dotenv(path, {"LABEL_STUDIO_URL": "http://other:1"})
    assert settings.read_dotenv(path)["LABEL_STUDIO_URL"] == "http://other:1"
    assert "NO_VALUE\n" in path.read_text()  # lines it does not set are kept as written


def test_embedded_credentials_are_generated_once(project: Project) -> None:
    with pytest.raises(UsageError, match="studio up"):
        settings.embedded_credentials(project)
    first = settings.embedded_credentials(project, create=True)
    again = settings.embedded_credentials(project, create=True)
    assert first == again and len(first.token) == 40
    assert first.token not in repr(first) and first.password not in repr(first)


# ------------------------------------------------------------------------------ settings


def test_settings_prefer_the_environment(project: Project) -> None:
    settings.update_dotenv(
        settings.dotenv_path(project),
        {settings.ENV_URL: "http://dotenv:1", settings.ENV_API_KEY: "dotenvkey"},
    )
    env = {settings.ENV_URL: "http://env:2/", settings.ENV_API_KEY: "envkey"}
    chosen = settings.resolve_settings(project, env)
    assert (chosen.url, chosen.api_key, chosen.source) == ("http://env:2", "envkey", "environment")
    chosen = settings.resolve_settings(project, {})
    assert (chosen.url, chosen.api_key, chosen.source) == ("http://dotenv:1", "dotenvkey", ".env")
    assert "envkey" not in repr(chosen) and "dotenvkey" not in repr(chosen)


def test_url_without_key_is_misuse(project: Project) -> None:
    with pytest.raises(UsageError, match="LABEL_STUDIO_API_KEY is not"):
        settings.resolve_settings(project, {settings.ENV_URL: "http://x"})


def test_embedded_server_not_running_says_studio_up(project: Project) -> None:
    with pytest.raises(UsageError, match="sahel-events studio up"):
        settings.resolve_settings(project, {})


def test_project_title_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.project_title(None, {}) == "sahel-events"
    assert settings.project_title(None, {settings.ENV_PROJECT_TITLE: "t2"}) == "t2"
    assert settings.project_title("t1", {settings.ENV_PROJECT_TITLE: "t2"}) == "t1"


# ------------------------------------------------------------------------------ server


def test_server_environment_is_sanitised(tmp_path: Path) -> None:
    base = {
        "HOST": "evil",
        "PORT": "1",
        "USERNAME": "u",
        "PASSWORD": "p",
        "LABEL_STUDIO_URL": "http://team",
        "LABEL_STUDIO_API_KEY": "k",
        "HEARTEX_X": "y",
        "PATH": "/usr/bin",
    }
    env = server.server_environment(tmp_path / "d", tmp_path / "h", CREDENTIALS, base)
    for gone in (
        "HOST",
        "PORT",
        "USERNAME",
        "PASSWORD",
        "LABEL_STUDIO_URL",
        "LABEL_STUDIO_API_KEY",
        "HEARTEX_X",
    ):
        assert gone not in env
    assert env["PATH"] == "/usr/bin"
    assert env["LABEL_STUDIO_BASE_DATA_DIR"] == str(tmp_path / "d")
    assert env["HOME"] == str(tmp_path / "h")
    assert env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] == "true"
    assert env["SENTRY_DSN"] == "" and env["LATEST_VERSION_CHECK"] == "false"


def test_busy_port_is_seen() -> None:
    with socket.socket() as sock:
        sock.bind((server.HOST, 0))
        sock.listen()
        assert not server.port_is_free(sock.getsockname()[1])
    assert server.port_is_free(server.free_port())


def test_status_of_a_project_without_server(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["studio", "status", "--project", str(project.root)], capsys)
    assert result.code == 0 and "not running" in result.out
    result = run_cli(["studio", "down", "--project", str(project.root)], capsys)
    assert result.code == 0 and "not running" in result.out


def test_stale_state_file_is_not_a_running_server(project: Project) -> None:
    dirs = server.StudioDirs.of(project)
    dirs.root.mkdir(parents=True)
    # pid 1 is init, not a Label Studio: a recycled pid must not count as our server.
    dirs.state.write_text(json.dumps({"pid": 1, "port": 1, "url": "http://127.0.0.1:1",
                                      "started_at": "", "data_dir": "", "log": ""}))  # fmt: skip
    assert server.read_state(project) is None
    assert server.stop(project) is False
    assert not dirs.state.exists()


# A stand-in for a busy server: like Django's runserver, it starts a thread per request.
_BUSY_SERVER = """
import threading, time
while True:
    threads = [threading.Thread(target=time.sleep, args=(0.0005,)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
"""


def test_a_server_busy_with_requests_is_still_running(project: Project) -> None:
    # CI once saw `studio up` succeed and then `read_state` say "not running": a request
    # thread ended between listing /proc/<pid>/task and reading its stat.
    busy = subprocess.Popen([sys.executable, "-c", _BUSY_SERVER, "label-studio"])
    try:
        dirs = server.StudioDirs.of(project)
        dirs.root.mkdir(parents=True)
        record = {"pid": busy.pid, "port": 1, "url": "http://127.0.0.1:1"}
        record |= {"started_at": "", "data_dir": "", "log": ""}
        dirs.state.write_text(json.dumps(record))
        time.sleep(0.3)
        misses = sum(server.read_state(project) is None for _ in range(1000))
        assert misses == 0, f"{misses} of 1000 looks at a running server said it was gone"
    finally:
        busy.kill()
        busy.wait()


def test_unreachable_server_is_a_one_line_error(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{server.free_port()}"
    monkeypatch.setenv(settings.ENV_URL, url)
    monkeypatch.setenv(settings.ENV_API_KEY, CREDENTIALS.token)
    result = run_cli(["push", "--project", str(project.root)], capsys)
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        f"Error: Label Studio at {url} is not reachable (ConnectError): start it with "
        "`sahel-events studio up` and unset LABEL_STUDIO_URL, or check LABEL_STUDIO_URL"
    ]
    assert CREDENTIALS.token not in result.out + result.err


# ------------------------------------------------------------------------------ tasks


def test_seed_task_keeps_the_text_and_marks_the_repeats() -> None:
    doc, _ = ingest_article(SEED, REPO)
    assert len(doc.duplicates) == 3
    prediction = push.task_prediction(doc, None, "v1")
    task = push.task_for(doc, prediction)
    assert task["data"]["text"] == doc.text
    assert task["data"]["title"] == doc.doc_id  # the seed has no title line
    assert task["data"]["text_sha256"] == doc.text_sha256
    assert task["meta"]["duplicates"] == [d.as_dict() for d in doc.duplicates]
    regions = task["predictions"][0]["result"]
    assert [(r["value"]["start"], r["value"]["end"]) for r in regions] == [
        d.copy for d in doc.duplicates
    ]
    for r in regions:
        assert r["from_name"] == "layout" and r["value"]["labels"] == ["REPEATED"]
        assert doc.text[r["value"]["start"] : r["value"]["end"]] == r["value"]["text"]
    note = task["data"]["repeats_note"]
    assert note.count("Repeated paragraph") == 3 and "2759–2986" in note and "1032–1259" in note


def test_layout_merges_into_the_pre_annotation_with_fresh_ids() -> None:
    doc = make_document(
        "d", "Un paragraphe. Un paragraphe.", duplicates=(Duplicate((15, 29), (0, 14), 1.0),)
    )
    pre = {"model_version": "m1", "score": 0.5, "result": [{"id": "repeat-15", "type": "labels"}]}
    merged = push.task_prediction(doc, pre, "ignored")
    assert merged is not None
    assert merged["model_version"] == "m1" and merged["score"] == 0.5
    ids = [r["id"] for r in merged["result"]]
    assert len(ids) == len(set(ids)) == 2
    assert pre["result"] == [{"id": "repeat-15", "type": "labels"}]  # not modified
    assert push.task_prediction(make_document("e", "Rien."), None, "v") is None
    assert push.task_for(make_document("e", "Rien."), None)["data"]["repeats_note"] == ""


# ------------------------------------------------------------------------------ snapshots


def test_a_snapshot_name_sorts_after_the_newest_even_within_its_second() -> None:
    newest = dt.datetime(2026, 12, 2, 14, 32, 24, tzinfo=dt.UTC)  # a name's time: seconds
    later_in_that_second = newest.replace(microsecond=868865)
    # Same second as the newest name: one second on, so the new name sorts after it
    # (the second export of a campaign test once lost to the first by its hash).
    assert pull.name_time(later_in_that_second, newest) == newest + dt.timedelta(seconds=1)
    assert pull.name_time(newest - dt.timedelta(minutes=5), newest) == newest + dt.timedelta(
        seconds=1
    )  # a server clock behind ours
    a_second_later = dt.datetime(2026, 12, 2, 14, 32, 25, 10, tzinfo=dt.UTC)
    assert pull.name_time(a_second_later, newest) == a_second_later.replace(microsecond=0)
    assert pull.name_time(later_in_that_second, None) == newest
    names = [
        pull.snapshot_name("p", newest, "ff" * 32),
        pull.snapshot_name("p", pull.name_time(later_in_that_second, newest), "00" * 32),
    ]
    assert [p.name for p in order_snapshots(Path(n) for n in names)] == names


def test_content_hash_ignores_created_ago_only() -> None:
    a = [{"id": 1, "predictions": [{"id": 2, "created_ago": "1\u00a0minute", "result": []}]}]
    b = [{"predictions": [{"result": [], "created_ago": "2\u00a0minutes", "id": 2}], "id": 1}]
    c = [{"id": 1, "predictions": [{"id": 3, "created_ago": "1\u00a0minute", "result": []}]}]
    assert pull.content_hash(a) == pull.content_hash(b) != pull.content_hash(c)


def test_snapshot_names(tmp_path: Path) -> None:
    assert pull.project_slug("Sahel Events (pilot)") == "sahel-events-pilot"
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    name = pull.snapshot_name("sahel-events", when, "ab" * 32)
    assert name == "sahel-events-20260102T030405Z-abababababab.json"
    assert pull.provenance_path(tmp_path / name).name == (
        "sahel-events-20260102T030405Z-abababababab.provenance.json"
    )
    for n in (
        name,
        "sahel-events-20260103T000000Z-cd.provenance.json",
        "other-20270101T000000Z-ef.json",
    ):
        (tmp_path / n).write_text("[]")
    assert pull.latest_snapshot(tmp_path, "sahel-events") == tmp_path / name


def test_public_url_drops_credentials() -> None:
    assert pull._public_url("https://user:secret@ls.example.org:8443/base/?token=x#f") == (
        "https://ls.example.org:8443/base"
    )


def test_counts() -> None:
    tasks = [
        {"annotations": [{"completed_by": {"id": 1}, "was_cancelled": False},
                         {"completed_by": {"id": 2}, "was_cancelled": True}],
         "predictions": [{}], "drafts": []},
        {"annotations": [{"completed_by": 1}], "predictions": [], "drafts": [{}]},
    ]  # fmt: skip
    assert pull.count(tasks) == {
        "tasks": 2,
        "annotations": 2,
        "cancelled_annotations": 1,
        "predictions": 1,
        "drafts": 1,
        "annotators": 2,
    }


def test_a_snapshot_is_hashed_one_task_at_a_time_to_the_same_digest(tmp_path: Path) -> None:
    """pull reads a large export task by task: the digest and counts are those of the
    whole array, and a file cut short is refused rather than half hashed."""
    tasks = [
        {"id": 2, "created_ago": "1 minute", "annotations": [{"completed_by": 1}],
         "predictions": [{}], "drafts": []},
        {"id": 1, "annotations": [], "predictions": [], "drafts": [{}], "text": "Ségou"},
    ]  # fmt: skip
    path = tmp_path / "snap.json"
    path.write_text(json.dumps(tasks, indent=1), encoding="utf-8")
    tally = pull._tally_file(path)
    assert tally.digest() == pull.content_hash(tasks)
    assert tally.counts() == pull.count(tasks)
    assert pull._file_content_hash(path) == pull.content_hash(tasks)
    path.write_text(json.dumps(tasks)[:-30], encoding="utf-8")
    assert pull._file_content_hash(path) is None


def test_no_module_but_client_imports_the_sdk() -> None:
    package = REPO / "src" / "sahel_events"
    users = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "label_studio_sdk" in p.read_text(encoding="utf-8")
        and "import" in p.read_text(encoding="utf-8")
        and any(line.lstrip().startswith(("import label_studio_sdk", "from label_studio_sdk"))
                for line in p.read_text(encoding="utf-8").splitlines())
    )  # fmt: skip
    assert users == [os.path.join("studio", "client.py")]
