"""Where things live in a sahel-events project.

A project is a directory holding ``schema/codebook.yaml``; commands run from it (or are
told where it is with ``--project``/``SAHEL_EVENTS_PROJECT``). Everything else is laid
out relative to it, so tests can build a throw-away project in a temporary directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

CODEBOOK_FILE = "schema/codebook.yaml"


@dataclass(frozen=True)
class Project:
    """The directories of one project."""

    root: Path

    @property
    def schema(self) -> Path:
        """Published schema: the codebook and the files generated from it."""
        return self.root / "schema"

    @property
    def codebook(self) -> Path:
        """The hand-written codebook, the one source of truth."""
        return self.root / CODEBOOK_FILE

    @property
    def raw(self) -> Path:
        """Articles as received; never modified."""
        return self.root / "raw"

    @property
    def annotations(self) -> Path:
        """Label Studio export snapshots; append-only."""
        return self.root / "annotations"

    @property
    def build(self) -> Path:
        """Compiled releases, one directory per version."""
        return self.root / "build"

    @property
    def work(self) -> Path:
        """Regenerable intermediate files (ingested documents, predictions); git-ignored."""
        return self.root / "work"

    @property
    def documents_file(self) -> Path:
        """``work/documents.jsonl``: the ingested documents, written by ``ingest``."""
        return self.work / "documents.jsonl"

    @property
    def predictions_file(self) -> Path:
        """``work/predictions.jsonl``: the suggestions written by ``preannotate``."""
        return self.work / "predictions.jsonl"

    @property
    def documents_shards(self) -> Path:
        """``work/documents/``: the ingested documents as JSONL shards (``--shard-size``)."""
        return self.work / "documents"

    @property
    def predictions_shards(self) -> Path:
        """``work/predictions/``: the suggestions as JSONL shards (``--shard-size``)."""
        return self.work / "predictions"

    def ingested_documents(self) -> Path:
        """Where the ingested documents are: the file, else the shard directory if it exists."""
        if not self.documents_file.exists() and self.documents_shards.is_dir():
            return self.documents_shards
        return self.documents_file

    @property
    def studio(self) -> Path:
        """The embedded Label Studio server: its virtualenv and data directory; git-ignored."""
        return self.root / ".studio"


def find_project(start: Path | None = None) -> Project:
    """Find the project: ``SAHEL_EVENTS_PROJECT``, else ``start`` or the cwd and its parents."""
    env = os.environ.get("SAHEL_EVENTS_PROJECT")
    if env:
        root = Path(env)
        if not (root / CODEBOOK_FILE).is_file():
            raise UsageError(
                f"SAHEL_EVENTS_PROJECT={env} holds no {CODEBOOK_FILE}; point it at a "
                "sahel-events checkout"
            )
        return Project(root.resolve())
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CODEBOOK_FILE).is_file():
            return Project(candidate)
    raise UsageError(
        f"no sahel-events project here: no {CODEBOOK_FILE} in {here} or its parents; "
        "run the command from the checkout or pass --project DIR"
    )
