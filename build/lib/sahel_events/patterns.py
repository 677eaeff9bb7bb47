"""Every id and version pattern of the project, defined once.

The codebook loader, the actor registry, the value parsers, the table schemas, ingest
and the release all check ids and versions against these; a pattern written anywhere
else would drift (a codebook version "01.0.0" was once accepted by the codebook and
refused by the release). Each pattern is anchored (``^...$``) and written in the
common subset of Python and XSD regular expressions, so the Frictionless Table Schemas
can publish it as is (without the anchors).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "ACTOR_ID",
    "ANNOTATION_KEY",
    "ANNOTATOR",
    "ANNOTATORS",
    "COLOR",
    "COUNTRY",
    "DOC_ID",
    "EVENT_ID",
    "HOTKEY",
    "ID_LOWER",
    "ID_UPPER",
    "LANGUAGE",
    "MENTION_ID",
    "PLACE_ID",
    "REGISTRY_ACTOR_ID",
    "SEMVER",
    "SEMVER_HINT",
    "SHA256",
    "SOURCE_ID",
    "WIKIDATA_ID",
    "compiled",
    "matches",
]

#: A version MAJOR.MINOR.PATCH: digits without leading zeros, no "v", no suffix.
SEMVER = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"
#: How to say what SEMVER wants, in a message.
SEMVER_HINT = "MAJOR.MINOR.PATCH (e.g. 1.0.0; no leading zeros, no 'v', no pre-release suffix)"

#: Codebook ids: event and entity types (upper case), values, roles, attributes (lower).
ID_UPPER = r"^[A-Z][A-Z0-9_]*$"
ID_LOWER = r"^[a-z][a-z0-9_-]*$"
#: A label's hotkey in Label Studio and its colour.
HOTKEY = r"^[a-z0-9]$"
COLOR = r"^#[0-9a-fA-F]{6}$"

_REGISTRY_ACTOR = "[a-z0-9][a-z0-9-]*"
_WIKIDATA = "Q[1-9][0-9]*"
#: An actor of the registry (``sahel_events/data/actors.yaml``).
REGISTRY_ACTOR_ID = f"^{_REGISTRY_ACTOR}$"
#: A Wikidata item.
WIKIDATA_ID = f"^{_WIKIDATA}$"
#: A normalised actor: a registry id or a Wikidata id.
ACTOR_ID = f"^({_REGISTRY_ACTOR}|{_WIKIDATA})$"

#: A place of the gazetteer.
PLACE_ID = r"^geonames:[1-9][0-9]*$"
#: ISO 3166-1 alpha-2 country code and ISO 639-1 language code.
COUNTRY = r"^[A-Z]{2}$"
LANGUAGE = r"^[a-z]{2}$"

#: Ids of the published tables.
DOC_ID = r"^[a-z0-9][a-z0-9_-]{0,99}$"
MENTION_ID = r"^m-[0-9a-f]{16}$"
EVENT_ID = r"^ev-[0-9a-f]{16}$"
ANNOTATOR = r"^annotator-[0-9]{2,}$"
#: Several pseudonyms, sorted and joined by ';'.
ANNOTATORS = r"^annotator-[0-9]{2,}(;annotator-[0-9]{2,})*$"
#: An annotation, qualified by its source (Label Studio's ids restart on a fresh server).
ANNOTATION_KEY = r"^an-[0-9a-f]{16}$"
#: A source: one Label Studio server instance and project, never named by its URL.
SOURCE_ID = r"^src-[0-9a-f]{12}$"
SHA256 = r"^[0-9a-f]{64}$"


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled (once)."""
    return re.compile(pattern)


def matches(pattern: str, text: object) -> bool:
    """True when ``text`` is a string that ``pattern`` matches whole."""
    return isinstance(text, str) and compiled(pattern).fullmatch(text) is not None
