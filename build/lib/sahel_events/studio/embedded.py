"""Bring up the embedded Label Studio server: the library side of ``sahel-events studio up``.

The CLI only prints what :func:`bring_up` returns, so scripts and tests can start the
server the same way the command does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..paths import Project
from . import server
from .client import StudioClient
from .settings import (
    ENV_STUDIO_PASSWORD,
    ENV_STUDIO_TOKEN,
    ENV_URL,
    StudioSettings,
    dotenv_path,
    embedded_credentials,
    postgres_password,
)


def _quiet(message: str) -> None:
    """Progress sink for callers that want none."""


@dataclass(frozen=True)
class StartedServer:
    """What ``studio up`` tells the user: where the server runs and how to log in.

    ``password_variable`` names the ``.env`` entry holding the admin password; the password
    itself is never part of the result. ``warnings`` are things the user should know but
    that did not stop the server.
    """

    state: server.ServerState
    email: str
    password_variable: str
    dotenv: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def database_name(self) -> str:
        """The database the server runs on, as a person names it."""
        return server.database_label(self.state.database)


def bring_up(
    project: Project,
    *,
    port: int | None = None,
    timeout: float | None = None,
    database: str | None = None,
    echo: Callable[[str], None] = _quiet,
) -> StartedServer:
    """Install (once) and start the embedded server, then check that its token works.

    ``database`` is ``sqlite``, ``postgresql`` or None for the one the last start used.
    Raises :class:`UsageError` when the server cannot be installed or started.
    """
    credentials = embedded_credentials(project, create=True)
    chosen = server.chosen_database(project, database)
    state = server.start(
        project,
        credentials,
        port=port,
        timeout=timeout if timeout is not None else server.START_TIMEOUT,
        echo=echo,
        database=chosen,
        database_password=postgres_password(project) if chosen == server.POSTGRESQL else None,
    )
    warnings: list[str] = []
    if database is not None and state.database != database:
        warnings.append(
            f"the server already runs on {state.database}; `studio down` first to "
            f"switch to {database}."
        )
    # The token only takes effect when the data directory is first created: check it.
    embedded = StudioSettings(state.url, credentials.token, "embedded", ENV_STUDIO_TOKEN)
    try:
        StudioClient(embedded).whoami()
    except UsageError as exc:
        warnings.append(str(exc))
    if os.environ.get(ENV_URL):
        warnings.append(
            f"{ENV_URL} is set, so push and pull use {os.environ[ENV_URL]}, not this server."
        )
    return StartedServer(
        state=state,
        email=credentials.email,
        password_variable=ENV_STUDIO_PASSWORD,
        dotenv=dotenv_path(project),
        warnings=warnings,
    )
