"""The catalogue of issue codes: every code a stage can report, declared once.

Each code has a severity, the layer (stage) that reports it, what it means and what
the user should do. :class:`sahel_events.errors.Issue` refuses a code that is not
declared here, so a typo fails the first test that meets it. The catalogue generates
``docs/issue-codes.md`` (``sahel-events schema generate``; ``schema check`` fails when
it is stale).

To add a code: add an :class:`IssueCode` to the module of the layer that reports it,
then run ``sahel-events schema generate``.
"""

from __future__ import annotations

from . import (
    codebook,
    compile,
    consolidate,
    incidents,
    ingest,
    preannotate,
    push,
    release,
    schema,
    tables,
    validate,
)
from .model import LAYERS, IssueCode, Severity

__all__ = ["CATALOGUE", "CODES", "LAYERS", "IssueCode", "Severity", "UndeclaredCodeError", "lookup"]

#: Every declared code, layer by layer in pipeline order, sorted within a layer.
CATALOGUE: tuple[IssueCode, ...] = tuple(
    code
    for module in (
        codebook,
        schema,
        ingest,
        preannotate,
        push,
        validate,
        consolidate,
        compile,
        incidents,
        tables,
        release,
    )
    for code in sorted(module.CODES, key=lambda c: c.code)
)

CODES: dict[str, IssueCode] = {c.code: c for c in CATALOGUE}

if len(CODES) != len(CATALOGUE):  # a code declared twice is a mistake in this package
    _twice = sorted({c.code for c in CATALOGUE if sum(d.code == c.code for d in CATALOGUE) > 1})
    raise RuntimeError(f"issue codes declared twice: {', '.join(_twice)}")


class UndeclaredCodeError(ValueError):
    """An issue was created with a code the catalogue does not declare (a bug)."""


def lookup(code: str) -> IssueCode:
    """The declaration of ``code``; raise :class:`UndeclaredCodeError` if there is none."""
    try:
        return CODES[code]
    except KeyError:
        raise UndeclaredCodeError(
            f"issue code {code!r} is not declared; add it to sahel_events.issue_codes "
            "(the module of the layer that reports it)"
        ) from None
