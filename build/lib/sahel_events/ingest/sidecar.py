"""The optional metadata file beside an article: ``<stem>.meta.json``.

A JSON object; every key is optional, unknown keys are refused (a misspelt key would
otherwise be silently lost)::

    {
      "doc_id": "maliweb-2025-09-16-cooperation",
      "source": "Maliweb",
      "url": "https://www.maliweb.net/...",
      "published": "2025-09-16",
      "language": "fr",
      "license": "CC-BY-4.0",
      "title": "Mali - Etats-Unis : une coopération relancée"
    }

``published`` is an ISO 8601 date or date-time; ``language`` an ISO 639-1 code;
``doc_id`` lower-case letters, digits, ``-`` and ``_`` (it overrides the id taken from
the file name). What is checked against the article text lives in the ingest pipeline.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import jsonread, patterns
from ..patterns import compiled, matches
from ..values import parse_iso_day
from .rejection import Rejected

SIDECAR_SUFFIX = ".meta.json"
DOC_ID_PATTERN = compiled(patterns.DOC_ID)
SIDECAR_KEYS = ("doc_id", "source", "url", "published", "language", "license", "title")


@dataclass(frozen=True)
class Sidecar:
    """The metadata given for one article; None where the sidecar says nothing."""

    doc_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    license: str | None = None
    title: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The calendar date of ``published`` (already validated), or None."""
        if self.published is None:
            return None
        return _parse_published(self.published)


def sidecar_path(article: Path) -> Path:
    """Where the sidecar of ``article`` (``<stem>.txt``) would be."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def _bad(message: str) -> Rejected:
    return Rejected("ingest.bad-sidecar", message)


def _parse_published(value: str) -> dt.date:
    try:
        return parse_iso_day(value)
    except ValueError:
        raise _bad(
            f"'published' must be an ISO 8601 date or date-time such as '2025-09-16', not {value!r}"
        ) from None


def _check_value(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(f"{key!r} must be a non-empty string, not {json.dumps(value)}")
    if key == "doc_id" and not DOC_ID_PATTERN.fullmatch(value):
        raise _bad(
            f"'doc_id' {value!r} must be lower-case letters, digits, '-' and '_' "
            "(at most 100, starting with a letter or digit)"
        )
    if key == "url":
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise _bad(f"'url' must be an absolute http(s) URL, not {value!r}")
    if key == "published":
        _parse_published(value)
    if key == "language" and not matches(patterns.LANGUAGE, value):
        raise _bad(f"'language' must be an ISO 639-1 code such as 'fr' or 'en', not {value!r}")
    return value


def parse_sidecar(data: bytes) -> Sidecar:
    """Parse and check sidecar bytes; raises :class:`Rejected` (``ingest.bad-sidecar``)."""
    try:
        content = jsonread.loads(data)
    except jsonread.JSONInputError as exc:
        if exc.code == "json.not-utf8":
            raise _bad("the sidecar is not valid UTF-8") from None
        if exc.code == "json.not-json":
            raise _bad(
                f"the sidecar is not valid JSON: {exc.message.removeprefix('not valid JSON: ')} "
                f"at line {exc.line}, column {exc.column}"
            ) from None
        # Refused although it parses (deep nesting, huge or non-finite number, a key
        # given twice, a lone surrogate): its own code, and where it is.
        raise Rejected(exc.code, f"{exc.message} ({exc.where()})") from None
    if not isinstance(content, dict):
        raise _bad("the sidecar must hold a JSON object ({...})")
    for key in content:
        if key not in SIDECAR_KEYS:
            close = difflib.get_close_matches(key, SIDECAR_KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise _bad(f"unknown key {key!r}{hint}; known keys: {', '.join(SIDECAR_KEYS)}")
    values = {key: _check_value(key, value) for key, value in content.items()}
    return Sidecar(**values)


def read_sidecar(path: Path) -> Sidecar:
    """Read the sidecar at ``path``; raises :class:`Rejected` (``ingest.bad-sidecar``)."""
    return parse_sidecar(path.read_bytes())
