"""The embedded Label Studio server: install it, start it, stop it, say how it is.

Label Studio pins many packages (Django and friends), so it lives in a virtual
environment of its own, ``<project>/.studio/venv``, never in the project's. Its data (a
SQLite database, media, exports) is ``<project>/.studio/data``; both are git-ignored.

The server runs detached (its own session) and is remembered in ``.studio/server.json``
(pid, port, URL), so ``studio down`` stops exactly that process group. Start-up follows the
verified recipe (``notes/label-studio.md`` §1): a sanitised environment (Label Studio
also reads the *bare* ``HOST``/``PORT``/``USERNAME``/``PASSWORD``), no Sentry, no version
check, the admin and its legacy API token created non-interactively on first start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from .. import jsonread
from ..errors import UsageError
from ..files import write_text_atomic
from ..paths import Project
from . import Echo, _quiet

LABEL_STUDIO_VERSION = "1.23.2"
"""The Label Studio server we run and test against."""
LABEL_STUDIO_SDK_VERSION = "2.1.2"
"""Pinned together with the server (pyproject.toml pins the same ``label-studio-sdk``)."""

ENV_LS_BIN = "SAHEL_EVENTS_LS_BIN"
"""Path of a ``label-studio`` executable to use instead of the project's own install."""

HOST = "127.0.0.1"
DEFAULT_PORT = 8080
START_TIMEOUT = 600.0
"""Seconds to wait for ``/health``: the first start runs every migration (20 s on an idle
2-core machine, two minutes on a busy one)."""
STOP_TIMEOUT = 20.0

# Label Studio's get_env(NAME) falls back to the bare NAME: a stray HOST or PORT in the
# caller's environment would silently change the server (recipe §1.3).
_BARE_NAMES = ("HOST", "PORT", "USERNAME", "PASSWORD", "DJANGO_SETTINGS_MODULE")
_OWN_PREFIXES = ("LABEL_STUDIO_", "HEARTEX_")


@dataclass(frozen=True)
class Credentials:
    """The embedded server's admin: e-mail, password and legacy API token.

    :func:`sahel_events.studio.settings.embedded_credentials` reads them from the
    project's ``.env`` (and generates them on the first ``studio up``).
    """

    email: str
    password: str = field(repr=False)
    token: str = field(repr=False)


@dataclass(frozen=True)
class StudioDirs:
    """Where the embedded server keeps its things, all under ``<project>/.studio``."""

    root: Path

    @classmethod
    def of(cls, project: Project) -> StudioDirs:
        """The directories of ``project``'s embedded server."""
        return cls(project.studio)

    @property
    def venv(self) -> Path:
        """The server's own virtual environment."""
        return self.root / "venv"

    @property
    def data(self) -> Path:
        """``LABEL_STUDIO_BASE_DATA_DIR``: SQLite database, media, exports, SECRET_KEY."""
        return self.root / "data"

    @property
    def home(self) -> Path:
        """``HOME`` of the server (it writes ``~/.config/label-studio``; keep the user's clean)."""
        return self.root / "home"

    @property
    def log(self) -> Path:
        """Output of the running server (rewritten at each start)."""
        return self.root / "server.log"

    @property
    def install_log(self) -> Path:
        """Output of the last ``pip install``."""
        return self.root / "install.log"

    @property
    def state(self) -> Path:
        """The running server: pid, port, URL (see :class:`ServerState`)."""
        return self.root / "server.json"

    @property
    def postgres(self) -> Path:
        """The PostgreSQL cluster of ``studio up --database postgresql``."""
        return self.root / "postgres"

    @property
    def database_choice(self) -> Path:
        """The database the last ``studio up`` used (``sqlite`` or ``postgresql``)."""
        return self.root / "database"


# ------------------------------------------------------------------------------ install


def installed_version(venv: Path) -> str | None:
    """The ``label-studio`` version installed in ``venv``, or None.

    Asks the venv's Python for the package metadata: ``label-studio --version`` would
    import Django settings, run migrations and try to reach PyPI.
    """
    python = venv / "bin" / "python"
    if not python.exists():
        return None
    probe = "import importlib.metadata as m; print(m.version('label-studio'))"
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def install(project: Project, echo: Echo = _quiet) -> Path:
    """Install the pinned Label Studio into ``.studio/venv`` unless it is there; return its binary.

    Idempotent: a venv that already holds the pinned version is left alone. With
    ``SAHEL_EVENTS_LS_BIN`` set, nothing is installed and that binary must exist.
    """
    override = os.environ.get(ENV_LS_BIN)
    if override:
        if not Path(override).is_file():
            raise UsageError(f"{ENV_LS_BIN}={override} is not a file; unset it or fix the path")
        return Path(override)
    dirs = StudioDirs.of(project)
    binary = dirs.venv / "bin" / "label-studio"
    if binary.is_file() and installed_version(dirs.venv) == LABEL_STUDIO_VERSION:
        return binary
    dirs.root.mkdir(parents=True, exist_ok=True)
    echo(
        f"Installing Label Studio {LABEL_STUDIO_VERSION} into {dirs.venv} (once; a few minutes). "
        f"Progress: {dirs.install_log}"
    )
    with dirs.install_log.open("w", encoding="utf-8") as log:
        steps: list[list[str]] = []
        if not (dirs.venv / "bin" / "python").exists():
            steps.append([sys.executable, "-m", "venv", str(dirs.venv)])
        steps.append(
            [
                str(dirs.venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                f"label-studio=={LABEL_STUDIO_VERSION}",
                f"label-studio-sdk=={LABEL_STUDIO_SDK_VERSION}",
            ]
        )
        for step in steps:
            log.write(f"$ {' '.join(step)}\n")
            log.flush()
            done = subprocess.run(step, stdout=log, stderr=subprocess.STDOUT, check=False)
            if done.returncode != 0:
                raise UsageError(
                    f"installing Label Studio failed (exit {done.returncode}); "
                    f"see {dirs.install_log}"
                )
    if installed_version(dirs.venv) != LABEL_STUDIO_VERSION:
        raise UsageError(f"Label Studio is not importable after install; see {dirs.install_log}")
    return binary


# ------------------------------------------------------------------------------ launch


def server_environment(
    data_dir: Path,
    home: Path,
    credentials: Credentials,
    base: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The environment of a server process (recipe §1.1), from ``base`` (default: ours).

    Every ``LABEL_STUDIO_*``/``HEARTEX_*`` variable of the caller is dropped (a team
    server's ``LABEL_STUDIO_URL`` must not leak into the local one), and so are the bare
    names Label Studio would also read.
    """
    source = os.environ if base is None else base
    env = {
        k: v for k, v in source.items() if k not in _BARE_NAMES and not k.startswith(_OWN_PREFIXES)
    }
    env.update(
        {
            "HOME": str(home),
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "DJANGO_DB": "sqlite",
            "LABEL_STUDIO_USERNAME": credentials.email,
            "LABEL_STUDIO_PASSWORD": credentials.password,
            "LABEL_STUDIO_USER_TOKEN": credentials.token,
            # Without it, a new organisation refuses `Authorization: Token ...` (§2).
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def port_is_free(port: int, host: str = HOST) -> bool:
    """True when ``port`` can be bound on ``host`` and nothing answers on localhost:port.

    The second test is Label Studio's own: when it finds the port answering it silently
    moves to the next one, and we would poll the wrong server.
    """
    for family, address in ((socket.AF_INET, HOST), (socket.AF_INET6, "::1")):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            with contextlib.suppress(OSError):
                if probe.connect_ex((address, port)) == 0:
                    return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port the system considers free on the loopback interface now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private(data_dir: Path) -> None:
    """Make the server's data private to the user: directories 0700, files 0600.

    The SQLite database holds the API tokens in plain text and ``.env`` the Django
    ``SECRET_KEY``; Label Studio creates them with the default umask (0644 in 0755
    directories), readable by every local user. ``studio up`` tightens an existing data
    directory, and the server runs with umask 077 so what it creates later is private.
    """
    if not data_dir.exists():
        return
    os.chmod(data_dir, PRIVATE_DIR)
    for path in data_dir.rglob("*"):
        if path.is_symlink():
            continue
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def launch(
    binary: Path,
    port: int,
    data_dir: Path,
    home: Path,
    credentials: Credentials,
    log: IO[Any],
    extra_env: Mapping[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``label-studio start`` on ``127.0.0.1:port``, detached in a session of its own.

    The process is the leader of its process group, so ``os.killpg(pid, ...)`` stops it
    and anything it spawned. Output goes to ``log``.
    """
    data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    home.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    env = server_environment(data_dir, home, credentials)
    env.update(extra_env or {})
    command = [str(binary), "start", "--no-browser", "--internal-host", HOST, "--port", str(port)]
    return subprocess.Popen(
        command,
        env=env,
        cwd=str(home),
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        umask=0o077,  # the database (tokens in clear) and exports: private to the user
    )


def health(url: str, timeout: float = 2.0) -> bool:
    """True when ``url/health`` answers 200."""
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def server_version(url: str, timeout: float = 5.0) -> str | None:
    """The release ``url/api/version/`` reports (no authentication needed), or None."""
    try:
        with urllib.request.urlopen(f"{url}/api/version/", timeout=timeout) as response:
            release = json.load(response).get("release")
            return str(release) if release else None
    except (OSError, ValueError):
        return None


def log_tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log file, for an error message."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def wait_healthy(
    url: str,
    alive: Callable[[], bool],
    log_path: Path,
    timeout: float = START_TIMEOUT,
    echo: Echo = _quiet,
) -> float:
    """Poll ``/health`` until it answers; return the seconds it took.

    Raises :class:`UsageError` (with the end of the log) when the process dies first or
    ``timeout`` passes.
    """
    started = time.monotonic()
    next_note = started + 10
    while True:
        if health(url):
            return time.monotonic() - started
        elapsed = time.monotonic() - started
        if not alive():
            raise UsageError(
                f"Label Studio exited during start-up; see {log_path}:\n{log_tail(log_path)}"
            )
        if elapsed > timeout:
            raise UsageError(
                f"Label Studio did not answer {url}/health within {timeout:.0f} s; see {log_path}"
            )
        if time.monotonic() >= next_note:
            echo(f"  still starting ({elapsed:.0f} s)...")
            next_note += 10
        time.sleep(0.25)


def listens_on(log_path: Path, port: int) -> bool:
    """True when the server log says it listens on ``port`` (it may have moved to port+1)."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return f"Starting development server at http://{HOST}:{port}/" in text


# ------------------------------------------------------------------------------ state


@dataclass(frozen=True)
class ServerState:
    """What ``studio up`` records about the server it started."""

    pid: int
    port: int
    url: str
    started_at: str
    data_dir: str
    log: str
    database: str = "sqlite"
    database_port: int | None = None


def _reap(pid: int) -> bool:
    """Collect ``pid``'s exit status if it is our exited child; True when it was."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except (ChildProcessError, OSError):
        return False  # not our child (the usual case: `studio up` ran in another process)


def _process_alive(pid: int) -> bool:
    """True when ``pid`` runs (a zombie does not count) and is a Label Studio."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False  # gone, or someone else's process: the pid was reused
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return not _reap(pid)  # no procfs (not Linux): trust kill(0)
    try:
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return False  # it ended while we looked
    # A process whose main thread has exited shows "Z" while its other threads still run
    # (the server does this for a moment after SIGTERM): look at every thread.
    states = _thread_states(proc)
    if not states or all(state in ("Z", "X") for state in states):
        _reap(pid)  # our own child (the in-process CLI in tests): do not leave a zombie
        return False
    return b"label-studio" in cmdline or not cmdline  # an exiting process has no cmdline


def _thread_states(proc: Path) -> list[str]:
    """The state letter of each thread of ``proc`` (empty when the process is gone)."""
    try:
        tasks = list((proc / "task").iterdir())
    except OSError:
        return []
    states = []
    for task in tasks:
        try:
            states.append((task / "stat").read_text().rsplit(")", 1)[1].split()[0])
        except (OSError, IndexError):
            # The thread ended between the listing and the read: the server starts one
            # thread per request, so this happens while it serves. It is not the process.
            continue
    return states


def read_state(project: Project) -> ServerState | None:
    """The embedded server when its recorded process still runs, else None."""
    path = StudioDirs.of(project).state
    try:
        state = ServerState(**jsonread.load_path(path))
    except (OSError, ValueError, TypeError):
        return None
    return state if _process_alive(state.pid) else None


def _kill_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def terminate(pid: int, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the process group led by ``pid``: SIGTERM, then SIGKILL after ``timeout``."""
    _kill_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _process_alive(pid):
        _kill_group(pid, signal.SIGKILL)
        while _process_alive(pid) and time.monotonic() < deadline + 5:
            time.sleep(0.1)


# ------------------------------------------------------------------------------ up/down


def _choose_port(requested: int | None, echo: Echo) -> int:
    if requested is not None:
        if not port_is_free(requested):
            raise UsageError(f"port {requested} is busy on {HOST}: choose another with --port")
        return requested
    for port in range(DEFAULT_PORT, DEFAULT_PORT + 100):
        if port_is_free(port):
            if port != DEFAULT_PORT:
                echo(f"Port {DEFAULT_PORT} is busy; using {port}.")
            return port
    raise UsageError(f"no free port in {DEFAULT_PORT}-{DEFAULT_PORT + 99}: choose one with --port")


SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DATABASES = (SQLITE, POSTGRESQL)
"""The databases ``studio up --database`` runs Label Studio on."""


def database_label(database: str) -> str:
    """The database a server runs on, as a person names it."""
    return "PostgreSQL" if database == POSTGRESQL else "SQLite"


def chosen_database(project: Project, requested: str | None = None) -> str:
    """``requested``, else the database the last ``studio up`` used, else SQLite."""
    if requested is not None:
        return requested
    try:
        recorded = StudioDirs.of(project).database_choice.read_text(encoding="utf-8").strip()
    except OSError:
        return SQLITE
    return recorded if recorded in DATABASES else SQLITE


def start(
    project: Project,
    credentials: Credentials,
    *,
    port: int | None = None,
    timeout: float = START_TIMEOUT,
    echo: Echo = _quiet,
    database: str = SQLITE,
    database_password: str | None = None,
) -> ServerState:
    """Start the embedded server (installing it if needed) and wait until it is healthy.

    With ``database="postgresql"`` the project's own PostgreSQL cluster (see
    :mod:`sahel_events.studio.postgres`) is created if needed and started first, with
    ``database_password`` for its role. Returns the running server's state; when it
    already runs, returns that state (whatever ``database`` says).
    """
    running = read_state(project)
    if running is not None:
        return running
    if database not in DATABASES:
        raise UsageError(f"unknown database {database!r}: choose one of {', '.join(DATABASES)}")
    binary = install(project, echo)
    dirs = StudioDirs.of(project)
    dirs.root.mkdir(parents=True, exist_ok=True)
    make_private(dirs.data)  # a data directory made by an older version, or by hand
    chosen = _choose_port(port, echo)
    url = f"http://{HOST}:{chosen}"
    extra_env: dict[str, str] = {}
    database_port: int | None = None
    if database == POSTGRESQL:
        from . import postgres

        if not database_password:
            raise UsageError("the PostgreSQL role's password is missing (.env)")
        cluster = postgres.ClusterDirs(dirs.postgres)
        first = postgres.init(cluster, database_password, echo)
        database_port = free_port()
        postgres.start(cluster, database_port, database_password, echo)
        extra_env = postgres.label_studio_environment(database_port, database_password)
    else:
        first = not (dirs.data / "label_studio.sqlite3").exists()
    write_text_atomic(dirs.database_choice, database + "\n")
    echo(
        f"Starting Label Studio {LABEL_STUDIO_VERSION} on {url} ({database})"
        + (" (first start: setting up the database, a minute or two)" if first else "")
    )
    with dirs.log.open("w", encoding="utf-8") as log:
        proc = launch(binary, chosen, dirs.data, dirs.home, credentials, log, extra_env)
    state = ServerState(
        pid=proc.pid,
        port=chosen,
        url=url,
        started_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        data_dir=str(dirs.data),
        log=str(dirs.log),
        database=database,
        database_port=database_port,
    )
    try:
        seconds = wait_healthy(url, lambda: proc.poll() is None, dirs.log, timeout, echo)
        if not listens_on(dirs.log, chosen):
            raise UsageError(
                f"Label Studio did not start on port {chosen} (another program took it); "
                f"see {dirs.log}"
            )
    except BaseException:
        terminate(proc.pid)
        _stop_cluster(dirs)
        raise
    write_text_atomic(dirs.state, json.dumps(asdict(state), indent=2) + "\n")
    echo(f"Label Studio is up after {seconds:.0f} s.")
    return state


def _stop_cluster(dirs: StudioDirs, echo: Echo = _quiet) -> bool:
    """Stop the project's PostgreSQL cluster if it runs; True when it did."""
    from . import postgres

    cluster = postgres.ClusterDirs(dirs.postgres)
    if not cluster.exists:
        return False
    if postgres.running(cluster):
        echo("Stopping PostgreSQL...")
    return postgres.stop(cluster)


def stop(project: Project, echo: Echo = _quiet) -> bool:
    """Stop the embedded server and its PostgreSQL cluster; False when neither ran."""
    dirs = StudioDirs.of(project)
    state = read_state(project)
    if state is None:
        dirs.state.unlink(missing_ok=True)  # stale: its process is gone
        # A cluster left running (Label Studio killed by hand) is still ours to stop.
        return _stop_cluster(dirs, echo)
    echo(f"Stopping Label Studio (pid {state.pid})...")
    terminate(state.pid)
    _stop_cluster(dirs, echo)
    dirs.state.unlink(missing_ok=True)
    return True


@dataclass(frozen=True)
class ServerStatus:
    """How the embedded server is: running or not, answering or not, its version."""

    running: bool
    healthy: bool
    state: ServerState | None
    version: str | None
    installed: str | None
    data_dir: Path
    next_database: str = SQLITE

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``studio status --json``)."""
        return {
            "running": self.running,
            "healthy": self.healthy,
            "url": self.state.url if self.state else None,
            "pid": self.state.pid if self.state else None,
            "version": self.version,
            "installed": self.installed,
            "data_dir": str(self.data_dir),
            "log": self.state.log if self.state else None,
            "database": self.database,
        }

    @property
    def database(self) -> str:
        """The running server's database, else the one the next ``studio up`` uses."""
        return self.state.database if self.state else self.next_database


def status(project: Project) -> ServerStatus:
    """The embedded server's status (never raises for a stopped server)."""
    dirs = StudioDirs.of(project)
    state = read_state(project)
    healthy = state is not None and health(state.url)
    version = server_version(state.url) if state is not None and healthy else None
    installed = installed_version(dirs.venv) if not os.environ.get(ENV_LS_BIN) else "external"
    return ServerStatus(
        state is not None,
        healthy,
        state,
        version,
        installed,
        dirs.data,
        chosen_database(project),
    )
