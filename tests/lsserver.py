"""A real Label Studio server for tests (a pytest plugin, loaded from tests/conftest.py).

* ``ls_template`` (session): a data directory made once by ``label-studio init -q`` (every
  migration, the admin user, its legacy token). It takes 20 s to 2 min, so it is cached in
  the pytest cache (``.pytest_cache/d/label-studio/``) across sessions, keyed by the Label
  Studio version, and built under a file lock so that concurrent sessions build it once.
* ``ls_server`` (function) and ``ls_module_server`` (module): a server on a free loopback
  port over a *copy* of the template (start-up in seconds), stopped by its own process
  group id. Its log is copied to ``test-artifacts/label-studio/`` when a test failed.

The server binary is ``$SAHEL_EVENTS_LS_BIN`` or ``<repo>/.studio/venv/bin/label-studio``.
When it is missing the fixtures FAIL (CI installs it with ``.ci/install-label-studio``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sahel_events.paths import Project
from sahel_events.studio import server
from sahel_events.studio.settings import ENV_API_KEY, ENV_URL, Credentials, StudioSettings

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts" / "label-studio"

# A fixed, recognisable token: tests assert that it never appears in any output or file.
CREDENTIALS = Credentials(
    email="ci@example.com",
    password="ci-password-123",
    token="5ec12e7a0c0ffee5ec12e7a0c0ffee5ec12e7a0c",
)


def ls_binary() -> Path:
    """The label-studio executable the tests run."""
    override = os.environ.get(server.ENV_LS_BIN)
    return Path(override) if override else REPO / ".studio" / "venv" / "bin" / "label-studio"


class LSServer:
    """One Label Studio process over one data directory; restartable on the same data."""

    def __init__(self, binary: Path, root: Path, credentials: Credentials = CREDENTIALS) -> None:
        self.binary = binary
        self.root = root
        self.data_dir = root / "data"
        self.home = root / "home"
        self.log_path = root / "server.log"
        self.credentials = credentials
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    # ---------------------------------------------------------------- lifecycle

    @property
    def url(self) -> str:
        """Base URL of the running server."""
        return f"http://{server.HOST}:{self.port}"

    @property
    def token(self) -> str:
        """The admin's legacy API token."""
        return self.credentials.token

    @property
    def pid(self) -> int:
        """Process (and process group) id of the running server."""
        assert self.proc is not None, "server not started"
        return self.proc.pid

    def start(self, timeout: float = 300.0) -> LSServer:
        """Start on a free port (retrying if Label Studio moved to another) and wait for health."""
        for _attempt in range(3):
            self.port = server.free_port()
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(f"\n=== starting on port {self.port}\n")
                log.flush()
                self.proc = server.launch(
                    self.binary, self.port, self.data_dir, self.home, self.credentials, log
                )
            try:
                server.wait_healthy(self.url, lambda: self.running, self.log_path, timeout)
            except BaseException:
                self.stop()
                raise
            if server.listens_on(self.log_path, self.port):
                return self
            self.stop()  # someone took the port between our check and its bind
        raise RuntimeError(f"Label Studio never started on the port chosen; see {self.log_path}")

    def stop(self) -> None:
        """Stop the process group (SIGTERM, then SIGKILL) and reap it."""
        if self.proc is None:
            return
        server.terminate(self.proc.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        self.proc = None

    def restart(self) -> LSServer:
        """Stop and start again on the same data directory (the port may change)."""
        self.stop()
        return self.start()

    @property
    def running(self) -> bool:
        """True while the process lives."""
        return self.proc is not None and self.proc.poll() is None

    # ---------------------------------------------------------------- access

    def settings(self, token: str | None = None) -> StudioSettings:
        """Settings as a team server given by the environment would produce."""
        return StudioSettings(self.url, token or self.token, "environment", ENV_API_KEY)

    def env(self, token: str | None = None) -> dict[str, str]:
        """``LABEL_STUDIO_URL``/``LABEL_STUDIO_API_KEY`` for this server."""
        return {ENV_URL: self.url, ENV_API_KEY: token or self.token}

    def sdk(self) -> Any:
        """A label_studio_sdk client, for tests that act as the annotation interface."""
        from label_studio_sdk import LabelStudio

        return LabelStudio(base_url=self.url, api_key=self.token, timeout=120)  # type: ignore[no-untyped-call]

    def access(self) -> Any:
        """How ``studio annotator`` reaches this server's database (accounts via Django)."""
        from sahel_events.studio.annotators import ServerAccess

        env = server.server_environment(self.data_dir, self.home, self.credentials)
        return ServerAccess(self.binary.parent / "python", env)

    def keep_log(self, name: str) -> Path:
        """Copy the log to test-artifacts/ (after a failure) and return where."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:150] + ".log")
        if self.log_path.exists():
            shutil.copyfile(self.log_path, target)
        return target


def _build_template(binary: Path, target: Path) -> None:
    """``label-studio init -q`` into a fresh data directory, then move it to ``target``."""
    work = target.with_name(target.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    data, home = work / "data", work / "home"
    data.mkdir(parents=True)
    home.mkdir()
    env = server.server_environment(data, home, CREDENTIALS)
    done = subprocess.run(
        [str(binary), "init", "-q"],
        env=env,
        cwd=home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    if done.returncode != 0 or not (data / "label_studio.sqlite3").exists():
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        pytest.fail(f"`label-studio init -q` failed (exit {done.returncode}):\n{tail}")
    (data / ".template-complete").write_text(server.LABEL_STUDIO_VERSION)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(data, target)
    shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------------------ hooks


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Remember each phase's report on the item, so fixtures know whether the test failed."""
    outcome: Any = yield
    report = outcome.get_result()
    setattr(item, f"ls_report_{report.when}", report)


def _failed(node: Any) -> bool:
    return any(
        getattr(getattr(node, f"ls_report_{phase}", None), "failed", False)
        for phase in ("setup", "call")
    )


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="session")
def ls_bin() -> Path:
    """The label-studio binary; the test FAILS when it is missing (CI must install it)."""
    binary = ls_binary()
    if not binary.is_file():
        pytest.fail(
            f"Label Studio is not installed ({binary} is missing): run .ci/install-label-studio "
            f"or `sahel-events studio up` once, or set {server.ENV_LS_BIN}",
            pytrace=False,
        )
    return binary


@pytest.fixture(scope="session")
def ls_template(ls_bin: Path, pytestconfig: pytest.Config) -> Path:
    """A data directory made by ``label-studio init -q``, cached across test sessions."""
    assert pytestconfig.cache is not None
    cache = pytestconfig.cache.mkdir("label-studio")
    target = cache / f"template-{server.LABEL_STUDIO_VERSION}"
    marker = target / ".template-complete"
    with (cache / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another session may be building it right now
        if not marker.is_file():
            _build_template(ls_bin, target)
    return target


@pytest.fixture(scope="session")
def ls_factory(
    ls_bin: Path, ls_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """A function making started servers over copies of the template; all stopped at the end."""
    made: list[LSServer] = []

    def make(name: str = "ls") -> LSServer:
        root = tmp_path_factory.mktemp(name)
        shutil.copytree(ls_template, root / "data")
        ls = LSServer(ls_bin, root)
        made.append(ls)
        return ls.start()

    yield make
    for ls in made:  # a safety net: the fixtures below stop their own servers
        ls.stop()


@pytest.fixture
def ls_server(ls_factory: Any, request: pytest.FixtureRequest) -> Iterator[LSServer]:
    """A fresh server for one test (its own data directory)."""
    ls = ls_factory("ls-fn")
    yield ls
    ls.stop()
    if _failed(request.node):
        path = ls.keep_log(request.node.nodeid)
        print(f"Label Studio log kept: {path}")


@pytest.fixture(scope="module")
def ls_module_server(ls_factory: Any, request: pytest.FixtureRequest) -> Iterator[LSServer]:
    """One server shared by the tests of a module (they must not step on each other)."""
    failed_before = request.session.testsfailed
    ls = ls_factory("ls-mod")
    yield ls
    ls.stop()
    if request.session.testsfailed > failed_before:
        path = ls.keep_log(request.node.nodeid)
        print(f"Label Studio log kept: {path}")


# ------------------------------------------------------------------------------ projects


def make_project(root: Path, documents: list[Any] | None = None) -> Project:
    """A throw-away project in ``root``: the real schema/ (codebook, generated files), documents."""
    from sahel_events.ingest import write_documents

    # The whole published schema: the labeling config and the instructions push sends.
    shutil.copytree(REPO / "schema", root / "schema", dirs_exist_ok=True)
    project = Project(root)
    if documents is not None:
        write_documents(documents, project.work / "documents.jsonl")
    return project


# ------------------------------------------------------------------------------ annotators


class AnnotatorSession:
    """One annotator logged in through the web form, calling the API as the labeling
    screen does (session cookie and CSRF token, not the admin's token)."""

    def __init__(self, url: str, email: str, password: str) -> None:
        import httpx

        self.email = email
        self.url = url
        self.web = httpx.Client(base_url=url, timeout=120)
        self.web.get("/user/login/")
        response = self.web.post(
            "/user/login/",
            data={
                "email": email,
                "password": password,
                "csrfmiddlewaretoken": self.web.cookies.get("csrftoken") or "",
            },
            headers={"Referer": f"{url}/user/login/"},
        )
        assert response.status_code == 302, f"{email} could not log in ({response.status_code})"

    def _headers(self) -> dict[str, str]:
        return {"X-CSRFToken": self.web.cookies.get("csrftoken") or "", "Referer": self.url}

    def next_task(self, project_id: int) -> dict[str, Any] | None:
        """The next task of the "Label all tasks" stream, None when it is empty (404)."""
        response = self.web.get(f"/api/projects/{project_id}/next/")
        if response.status_code == 404:
            return None
        response.raise_for_status()
        task: dict[str, Any] = response.json()
        return task

    def submit(self, task_id: int, result: list[dict[str, Any]], lead_time: float = 20.0) -> int:
        """Submit an annotation as the labeling screen does; return its id."""
        response = self.web.post(
            f"/api/tasks/{task_id}/annotations/",
            json={"result": result, "lead_time": lead_time, "was_cancelled": False},
            headers=self._headers(),
        )
        assert response.status_code == 201, response.text[:500]
        return int(response.json()["id"])

    def update(self, annotation_id: int, **fields: Any) -> None:
        """Change one of the user's annotations (the screen's Update button)."""
        response = self.web.patch(
            f"/api/annotations/{annotation_id}/", json=fields, headers=self._headers()
        )
        assert response.status_code == 200, response.text[:500]

    def close(self) -> None:
        """End the HTTP session."""
        self.web.close()
