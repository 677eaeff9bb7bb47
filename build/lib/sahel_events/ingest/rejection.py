"""Why one raw article cannot be ingested.

Ingest turns bad *data* into report issues, never into tracebacks. Inside the stage a
helper that finds a fatal problem with one file raises :class:`Rejected`; the corpus
loop catches it, records one error issue for that file and goes on with the next one.
"""

from __future__ import annotations


class Rejected(Exception):
    """One article file is rejected; ``code`` is the stable issue code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
