"""``studio up`` as a library call: the embedded server started with its admin's token.

:func:`bring_up` generates the admin's credentials on the first run (stored in the
project's ``.env``), starts the server (installing it once) and checks that the server
takes the stored token: the token only takes effect when the data directory is first
created, so a ``.env`` that does not belong to ``.studio/data`` is said at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..paths import Project
from . import Echo, _quiet
from .client import StudioClient
from .server import START_TIMEOUT, Credentials, ServerState, start
from .settings import ENV_STUDIO_TOKEN, StudioSettings, dotenv_path, embedded_credentials


@dataclass(frozen=True)
class EmbeddedServer:
    """The running embedded server, its admin, and why its token is refused (if it is)."""

    state: ServerState
    credentials: Credentials
    dotenv: Path
    token_refused: str | None = None


def bring_up(
    project: Project,
    *,
    port: int | None = None,
    timeout: float | None = None,
    echo: Echo = _quiet,
) -> EmbeddedServer:
    """Start the project's embedded Label Studio (see the module docstring)."""
    credentials = embedded_credentials(project, create=True)
    state = start(
        project,
        credentials,
        port=port,
        timeout=timeout if timeout is not None else START_TIMEOUT,
        echo=echo,
    )
    embedded = StudioSettings(state.url, credentials.token, "embedded", ENV_STUDIO_TOKEN)
    refused = None
    try:
        StudioClient(embedded).whoami()
    except UsageError as exc:
        refused = str(exc)
    return EmbeddedServer(state, credentials, dotenv_path(project), refused)
