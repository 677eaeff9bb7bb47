"""The Sahel actor registry (``sahel_events/data/actors.yaml``) and its matcher.

Each actor has a canonical id (the ``norm_actor`` value annotators confirm), a sector
(a value of the codebook's ``sector`` attribute), a country, French, English and local
aliases, acronyms, and a Wikidata id only where it is certain. The format is described
at the top of the YAML file and in ``docs/preannotation.md``.

Matching: aliases ignore case and accents ("Al-Qaida au Maghreb islamique" finds
"Al-Qaïda au Maghreb islamique"); acronyms keep their case ("AES" but never "aes"); at
each place the longest name wins, so "État islamique au Sahel" is ``eigs`` and not
``etat-islamique``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import InvalidDataError, Location, Report
from .text import earliest_longest, fold

ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
#: The codebook's ``sector`` values (tests check they still match the codebook).
SECTORS = (
    "government", "military", "police", "armed-group", "militia", "igo", "ngo", "media",
    "business", "political-party", "religious", "civil-society", "other",
)  # fmt: skip
ENTITY_TYPES = ("ORG", "PER")
ALIAS_LANGUAGES = ("fr", "en", "local")
REGISTRY_FILE = "data/actors.yaml"


#: ACLED's actor types (the ``inter1``/``inter2`` codes 1 to 8, in code order), as its
#: API now writes them: every registry actor has one, so the releases can be counted
#: the way ACLED counts.
ACLED_ACTOR_TYPES = (
    "State Forces",
    "Rebel Groups",
    "Political Militias",
    "Identity Militias",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other Forces",
)


class RegistryError(InvalidDataError):
    """The actor registry file is invalid; ``report`` lists every problem."""


@dataclass(frozen=True)
class Actor:
    """One actor of the registry."""

    id: str
    name: str
    entity_type: str
    sector: str
    country: str | None
    aliases: dict[str, tuple[str, ...]]
    acronyms: tuple[str, ...]
    wikidata: str | None
    note: str | None
    acled_type: str | None = None

    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias (not the acronyms)."""
        out = [self.name]
        for lang in ALIAS_LANGUAGES:
            out.extend(self.aliases.get(lang, ()))
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class ActorMention:
    """A place in a text where an actor is named."""

    start: int
    end: int
    text: str
    actor: Actor
    matched_by: str  # "acronym" or "alias"


def _pattern(words: list[str], flags: int = 0) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


class Registry:
    """The loaded registry: actors by id, and a matcher over their names."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        self._by_alias: dict[str, Actor] = {}
        self._by_acronym: dict[str, Actor] = {}
        for actor in actors:
            for name in actor.names():
                self._by_alias[" ".join(fold(name).split())] = actor
            for acronym in actor.acronyms:
                self._by_acronym[acronym] = actor
        self._alias_re = _pattern(list(self._by_alias))
        self._acronym_re = _pattern(list(self._by_acronym))

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this canonical id, or None."""
        return self.actors.get(actor_id)

    def lookup(self, name: str) -> Actor | None:
        """The actor one name or acronym designates exactly, or None."""
        stripped = name.strip()
        if stripped in self._by_acronym:
            return self._by_acronym[stripped]
        return self._by_alias.get(" ".join(fold(stripped).split()))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
        """Every actor named in ``text[start:end]``: longest match first, no overlaps."""
        end = len(text) if end is None else end
        found: list[ActorMention] = []
        if self._alias_re is not None:
            folded = fold(text)
            for m in self._alias_re.finditer(folded, start, end):
                key = " ".join(m.group().split())
                found.append(
                    ActorMention(
                        m.start(), m.end(), text[m.start() : m.end()], self._by_alias[key], "alias"
                    )
                )
        if self._acronym_re is not None:
            for m in self._acronym_re.finditer(text, start, end):
                found.append(
                    ActorMention(
                        m.start(), m.end(), m.group(), self._by_acronym[m.group()], "acronym"
                    )
                )
        return earliest_longest(found)


def _strings(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(value)
    return None


def parse_registry(data: Any, file: str = REGISTRY_FILE) -> Registry:
    """Check a parsed registry and build it; raise :class:`RegistryError` on any problem."""
    report = Report()

    def error(path: str, message: str) -> None:
        report.add("registry.invalid", message, Location(file=file, path=path))

    raw = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        error("actors", "the registry must be a mapping with a list under 'actors'")
        raise RegistryError(f"the actor registry {file} is invalid", report)
    allowed = {
        "id",
        "name",
        "entity_type",
        "sector",
        "country",
        "aliases",
        "acronyms",
        "wikidata",
        "note",
        "acled_type",
    }
    actors: list[Actor] = []
    owner: dict[str, str] = {}  # folded name or acronym -> actor id
    for i, item in enumerate(raw):
        path = f"actors[{i}]"
        if not isinstance(item, dict):
            error(path, "each actor must be a mapping")
            continue
        for key in sorted(set(item) - allowed):
            error(f"{path}.{key}", f"unknown key {key!r}; allowed: {', '.join(sorted(allowed))}")
        actor_id = item.get("id")
        if not isinstance(actor_id, str) or not ACTOR_ID.match(actor_id):
            error(f"{path}.id", f"id {actor_id!r} must match [a-z0-9][a-z0-9-]*")
            continue
        path = f"actors.{actor_id}"
        if any(a.id == actor_id for a in actors):
            error(path, f"id {actor_id!r} is used twice")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            error(f"{path}.name", "a canonical name is required")
            name = actor_id
        if item.get("entity_type") not in ENTITY_TYPES:
            error(f"{path}.entity_type", f"entity_type must be one of {', '.join(ENTITY_TYPES)}")
        if item.get("sector") not in SECTORS:
            error(f"{path}.sector", f"sector must be one of the codebook's: {', '.join(SECTORS)}")
        country = item.get("country")
        if country is not None and not (
            isinstance(country, str) and re.fullmatch("[A-Z]{2}", country)
        ):
            error(f"{path}.country", "country must be an ISO 3166-1 alpha-2 code or null")
        acled_type = item.get("acled_type")
        if acled_type not in ACLED_ACTOR_TYPES:
            error(
                f"{path}.acled_type",
                f"acled_type must be one of: {', '.join(ACLED_ACTOR_TYPES)}",
            )
        wikidata = item.get("wikidata")
        if wikidata is not None and not (isinstance(wikidata, str) and WIKIDATA_ID.match(wikidata)):
            error(f"{path}.wikidata", "wikidata must be Q<digits> or null")
        aliases_raw = item.get("aliases") or {}
        aliases: dict[str, tuple[str, ...]] = {}
        if not isinstance(aliases_raw, dict):
            error(f"{path}.aliases", "aliases must map fr/en/local to lists of names")
            aliases_raw = {}
        for lang, names in aliases_raw.items():
            values = _strings(names)
            if lang not in ALIAS_LANGUAGES or values is None:
                error(f"{path}.aliases.{lang}", "aliases are lists of names under fr, en, local")
                continue
            aliases[lang] = values
        acronyms = _strings(item.get("acronyms"))
        if acronyms is None:
            error(f"{path}.acronyms", "acronyms must be a list of strings")
            acronyms = ()
        actor = Actor(
            actor_id,
            name,
            str(item.get("entity_type")),
            str(item.get("sector")),
            country,
            aliases,
            acronyms,
            wikidata,
            item.get("note"),
            acled_type if isinstance(acled_type, str) else None,
        )
        keys = {" ".join(fold(n).split()) for n in actor.names()} | {f"={a}" for a in acronyms}
        for key in sorted(keys):
            if key in owner and owner[key] != actor_id:
                error(
                    path,
                    f"the name {key.lstrip('=')!r} is also given to {owner[key]}; a name "
                    "must designate one actor",
                )
            owner.setdefault(key, actor_id)
        actors.append(actor)
    if not report.valid:
        raise RegistryError(
            f"the actor registry {file} is invalid ({len(report.errors)} problem(s))", report
        )
    return Registry(actors)


def load_registry(path: Path | None = None) -> Registry:
    """Load a registry file (default: the one shipped with the package, cached)."""
    if path is None:
        return _shipped()
    return parse_registry(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


@cache
def _shipped() -> Registry:
    text = resources.files("sahel_events").joinpath(REGISTRY_FILE).read_text(encoding="utf-8")
    return parse_registry(yaml.safe_load(text))
