"""The team server's database: a PostgreSQL cluster the project creates and runs itself.

``studio up --database postgresql`` keeps a cluster in ``<project>/.studio/postgres``
(``data/`` and ``postgres.log``), made by Debian's ``initdb`` and driven by ``pg_ctl``:
no system service, no root. The cluster listens on 127.0.0.1 only, on a port chosen at
each start, without a unix socket, and asks a password (SCRAM) of its one role,
``sahel_events``; the password is generated into the project's ``.env`` and passed to
the tools through ``PGPASSWORD`` or a private file, never on a command line.

PostgreSQL refuses to run as root. When ``studio up`` runs as root (a container, CI),
the cluster is owned and run by an unprivileged user (``postgres``, the account Debian's
package creates, or ``$SAHEL_EVENTS_PG_USER``); that user must be able to reach
``.studio/postgres`` (execute permission on the directories above it).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from . import Echo, _quiet

ROLE = "sahel_events"
"""The cluster's superuser role, which Label Studio connects as."""
DATABASE = "label_studio"
"""The database Label Studio keeps its tables in."""
HOST = "127.0.0.1"
ENV_OS_USER = "SAHEL_EVENTS_PG_USER"
"""The unprivileged account that runs the cluster when ``studio up`` runs as root."""
DEFAULT_OS_USER = "postgres"
START_TIMEOUT = 120
INSTALL_HINT = "install it with `apt-get install -y postgresql` (or run .ci/install-postgresql)"

# libpq reads these: a PGHOST or PGPORT of the caller must not redirect our tools.
_LIBPQ_NAMES = ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSFILE", "PGSERVICE", "PGDATA")


@dataclass(frozen=True)
class ClusterDirs:
    """Where the cluster lives: ``<project>/.studio/postgres``."""

    root: Path

    @property
    def data(self) -> Path:
        """The cluster's data directory (``initdb -D``)."""
        return self.root / "data"

    @property
    def log(self) -> Path:
        """The server's log (``pg_ctl -l``)."""
        return self.root / "postgres.log"

    @property
    def exists(self) -> bool:
        """True once ``initdb`` has made the cluster."""
        return (self.data / "PG_VERSION").is_file()


@dataclass(frozen=True)
class OsUser:
    """The account the cluster runs as (None fields: the current user)."""

    name: str
    uid: int | None = None
    gid: int | None = None


def bin_dir() -> Path:
    """The directory of PostgreSQL's programs (``initdb``, ``pg_ctl``, ``psql``...).

    ``initdb`` on PATH first (Debian links it into /usr/local/bin or not at all), then the
    newest ``/usr/lib/postgresql/<major>/bin``.
    """
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    raise UsageError(f"PostgreSQL is not installed (no initdb found): {INSTALL_HINT}")


def os_user() -> OsUser:
    """Who runs the cluster: the current user, or an unprivileged one when we are root."""
    if os.geteuid() != 0:
        return OsUser(pwd.getpwuid(os.geteuid()).pw_name)
    name = os.environ.get(ENV_OS_USER) or DEFAULT_OS_USER
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        raise UsageError(
            f"PostgreSQL refuses to run as root, so the cluster runs as an unprivileged "
            f"user, and there is no user {name!r}: {INSTALL_HINT} (it creates 'postgres'), "
            f"set {ENV_OS_USER} to another account, or run as a normal user"
        ) from None
    if entry.pw_uid == 0:
        raise UsageError(f"{ENV_OS_USER}={name} is root; PostgreSQL needs an unprivileged user")
    return OsUser(name, entry.pw_uid, entry.pw_gid)


def _environment(password: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _LIBPQ_NAMES}
    env["LC_ALL"] = "C.UTF-8"
    if password is not None:
        env["PGPASSWORD"] = password
    return env


def _run(
    command: list[str], user: OsUser, cwd: Path, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL program as the cluster's user; output captured (it holds no secret)."""
    extra: dict[str, Any] = {}
    if user.uid is not None:
        extra = {"user": user.uid, "group": user.gid, "extra_groups": []}
    return subprocess.run(
        command,
        env=_environment(password),
        cwd=str(cwd),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        **extra,
    )


def _tail(text: str, lines: int = 8) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _check_reachable(dirs: ClusterDirs, user: OsUser) -> None:
    """Fail clearly when the cluster's user cannot write its directory (root case)."""
    if user.uid is None:
        return
    done = _run(["test", "-w", str(dirs.root), "-a", "-x", str(dirs.root)], user, Path("/"))
    if done.returncode != 0:
        raise UsageError(
            f"PostgreSQL refuses to run as root, so the cluster runs as user {user.name!r}, "
            f"which cannot reach {dirs.root}: give it execute permission on the directories "
            f"above (chmod o+x), or run `studio up` as a normal user"
        )


def init(dirs: ClusterDirs, password: str, echo: Echo = _quiet) -> bool:
    """Create the cluster unless it exists; return True when it was created.

    The role's password goes to ``initdb`` in a file readable by the cluster's user only,
    removed straight after.
    """
    if dirs.exists:
        return False
    programs = bin_dir()
    user = os_user()
    dirs.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(dirs.root, 0o700)
    if user.uid is not None:
        os.chown(dirs.root, user.uid, user.gid if user.gid is not None else -1)
    _check_reachable(dirs, user)
    shutil.rmtree(dirs.data, ignore_errors=True)  # a half-made cluster from a killed initdb
    echo(f"Creating a PostgreSQL cluster in {dirs.data} (runs as {user.name})")
    pwfile = dirs.root / ".pwfile"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        if user.uid is not None:
            os.chown(pwfile, user.uid, user.gid if user.gid is not None else -1)
        done = _run(
            [
                str(programs / "initdb"),
                "-D",
                str(dirs.data),
                "-U",
                ROLE,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            user,
            dirs.root,
        )
    finally:
        pwfile.unlink(missing_ok=True)
    if done.returncode != 0:
        raise UsageError(
            f"initdb failed (exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}"
        )
    # TCP on the loopback only, no unix socket (its directory would need to be shared).
    with (dirs.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(
            "\n# sahel-events: loopback only, no unix socket\n"
            f"listen_addresses = '{HOST}'\n"
            "unix_socket_directories = ''\n"
        )
    return True


def running(dirs: ClusterDirs) -> bool:
    """True when the cluster's postmaster runs (``pg_ctl status``)."""
    if not dirs.exists:
        return False
    try:
        programs = bin_dir()
    except UsageError:
        return False
    done = _run([str(programs / "pg_ctl"), "-D", str(dirs.data), "status"], os_user(), dirs.root)
    return done.returncode == 0


def start(dirs: ClusterDirs, port: int, password: str, echo: Echo = _quiet) -> None:
    """Start the cluster on ``127.0.0.1:port`` and make sure Label Studio's database exists."""
    programs = bin_dir()
    user = os_user()
    _check_reachable(dirs, user)
    if running(dirs):
        raise UsageError(
            f"the PostgreSQL cluster in {dirs.data} already runs without its Label Studio: "
            "stop it with `sahel-events studio down`, then start again"
        )
    done = _run(
        [
            str(programs / "pg_ctl"),
            "-D",
            str(dirs.data),
            "-l",
            str(dirs.log),
            "-w",
            "-t",
            str(START_TIMEOUT),
            "-o",
            f"-p {port}",
            "start",
        ],
        user,
        dirs.root,
    )
    if done.returncode != 0:
        log = dirs.log.read_text(encoding="utf-8", errors="replace") if dirs.log.exists() else ""
        raise UsageError(
            f"PostgreSQL did not start (exit {done.returncode}); see {dirs.log}:\n"
            f"{_tail(done.stdout + done.stderr + log)}"
        )
    echo(f"PostgreSQL is up on {HOST}:{port}.")
    connection = ["-h", HOST, "-p", str(port), "-U", ROLE]
    probe = _run(
        [
            str(programs / "psql"),
            *connection,
            "-d",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
        ],
        user,
        dirs.root,
        password,
    )
    if probe.returncode != 0:
        stop(dirs)
        raise UsageError(
            "PostgreSQL refused the role's password from .env (SAHEL_EVENTS_STUDIO_PG_PASSWORD): "
            f"restore the .env that made {dirs.data}\n{_tail(probe.stderr)}"
        )
    if probe.stdout.strip() != "1":
        made = _run([str(programs / "createdb"), *connection, DATABASE], user, dirs.root, password)
        if made.returncode != 0:
            stop(dirs)
            raise UsageError(f"createdb failed:\n{_tail(made.stderr)}")


def stop(dirs: ClusterDirs) -> bool:
    """Stop the cluster (fast shutdown); return False when it was not running."""
    if not running(dirs):
        return False
    done = _run(
        [str(bin_dir() / "pg_ctl"), "-D", str(dirs.data), "-m", "fast", "-w", "stop"],
        os_user(),
        dirs.root,
    )
    if done.returncode != 0:
        raise UsageError(f"pg_ctl stop failed; see {dirs.log}:\n{_tail(done.stderr)}")
    return True


def label_studio_environment(port: int, password: str) -> dict[str, str]:
    """What Label Studio needs to use the cluster (``DJANGO_DB=default`` is PostgreSQL)."""
    return {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": DATABASE,
        "POSTGRE_USER": ROLE,
        "POSTGRE_PASSWORD": password,
        "POSTGRE_HOST": HOST,
        "POSTGRE_PORT": str(port),
    }
