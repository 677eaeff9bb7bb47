"""Label Studio: the embedded server, and pushing tasks to / pulling snapshots from a server.

Modules:

* :mod:`.server`: install, start, stop and inspect the embedded local server (its own
  virtual environment under ``.studio/venv``, SQLite data under ``.studio/data``);
* :mod:`.settings`: which server to talk to (URL and token from the environment, the
  project's ``.env``, or the embedded server) and the project's ``.env`` file;
* :mod:`.client`: the only module that imports ``label_studio_sdk``; turns every SDK or
  network failure into a one-line :class:`~sahel_events.errors.UsageError`;
* :mod:`.push`: create or update the project and import documents as tasks;
* :mod:`.pull`: save a full export snapshot into ``annotations/``;
* :mod:`.overlap`: how many annotators code each task (``push --overlap``);
* :mod:`.adjudicate`: list disagreements and post draft adjudications for a reviewer.

How it works and the formats: ``docs/labelstudio.md``.
"""

from collections.abc import Callable

Echo = Callable[[str], None]
"""A progress callback: called with one line for the user."""


def _quiet(message: str) -> None:
    """Default progress callback: say nothing."""
