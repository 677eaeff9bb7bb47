"""The Sahel actor registry (``sahel_events/data/actors.yaml``) and its matcher.

Each actor has a canonical id (the ``norm_actor`` value annotators confirm), a sector
(a value of the codebook's ``sector`` attribute, read from the codebook given), a
country, French, English and local aliases, acronyms, and a Wikidata id only where it
is certain. The format is described at the top of the YAML file and in
``docs/preannotation.md``; its structure is :class:`RegistryModel`.

Matching: aliases ignore case and accents ("Al-Qaida au Maghreb islamique" finds
"Al-Qaïda au Maghreb islamique"); acronyms keep their case ("AES" but never "aes"); at
each place the longest name wins, so "État islamique au Sahel" is ``eigs`` and not
``etat-islamique``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from .. import patterns
from ..acled import AcledActorType
from ..annotation.ids import EntityAttribute
from ..codebook import Codebook
from ..errors import InvalidDataError, Location, Report
from ..yamlcheck import Lines, parse_yaml_into
from ..yamlmodels import StrictModel, Text, structure_problems
from .text import earliest_longest, fold

#: The codebook attribute whose values an actor's sector must be.
SECTOR_ATTRIBUTE = EntityAttribute.SECTOR
EntityTypeId = Literal["ORG", "PER"]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityTypeId)
ALIAS_LANGUAGES = ("fr", "en", "local")
REGISTRY_FILE = "data/actors.yaml"


class _Aliases(StrictModel):
    fr: list[Text] | None = None
    en: list[Text] | None = None
    local: list[Text] | None = None


class _ActorModel(StrictModel):
    id: object  # checked against patterns.REGISTRY_ACTOR_ID, so a bad id names its index
    name: Text
    entity_type: EntityTypeId
    sector: object  # a value of the codebook's sector attribute: checked by the loader
    # Optional for the matcher; every actor of the shipped registry has one (a test
    # checks it), which the releases' actors table requires.
    acled_type: AcledActorType | None = None
    country: str | None = None
    aliases: _Aliases | None = None
    acronyms: list[Text] | None = None
    wikidata: str | None = None
    note: str | None = None


class RegistryModel(StrictModel):
    """The structure of the registry file."""

    actors: list[_ActorModel]


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
    """One pattern for every name in ``words``, whole words, any run of spaces between
    their words; at a place where several names match, the longest one.

    Written as a tree of shared beginnings (since 0.57.0: "forces armées maliennes" and
    "forces armées nigériennes" share "forces armées "): the engine then reads each
    letter once at each word start, not once per name (ten times faster on 300 names).
    Each branch tries its longer continuations before ending, so the longest name that
    matches wins, as the alternation of names longest first it replaces."""
    if not words:
        return None
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for unit in _units(word):
            node = node.setdefault(unit, {})
        node[""] = {}  # a name ends here
    return re.compile(rf"(?<!\w){_branches(trie)}(?!\w)", flags)


def _units(word: str) -> list[str]:
    """The pattern's pieces for ``word``: each letter escaped, each run of spaces one
    ``\\s+``."""
    out: list[str] = []
    for i, part in enumerate(word.split()):
        if i:
            out.append(r"\s+")
        out += [re.escape(ch) for ch in part]
    return out


def _branches(node: dict[str, Any]) -> str:
    """The pattern of a subtree of :func:`_pattern`'s tree: its continuations, in a fixed
    order, then the end of a name (the empty branch, tried last)."""
    ends = "" in node
    options = [unit + _branches(child) for unit, child in sorted(node.items()) if unit]
    if not options:
        return ""
    if len(options) == 1 and not ends:
        return options[0]
    return "(?:" + "|".join(options) + ("|" if ends else "") + ")"


#: Names pre-annotation reads as a registered actor that are not the actor's own aliases
#: (since 0.58.0): a country's air force strikes as its army ("L'aviation malienne a
#: frappé", "the Nigerien air force bombed"). Kept out of ``data/actors.yaml``, whose
#: names are published in each release's ``actors`` table: a published release is never
#: rebuilt with other names.
READING_ALIASES: dict[str, tuple[str, ...]] = {
    "fama": (
        "aviation malienne", "armée de l'air malienne", "Malian air force", "Mali's air force",
    ),
    "fds-burkina": (
        "aviation burkinabè", "aviation burkinabé", "armée de l'air burkinabè",
        "armée de l'air burkinabé", "Burkinabe air force", "Burkina Faso's air force",
    ),
    "fan-niger": (
        "aviation nigérienne", "armée de l'air nigérienne", "Nigerien air force",
        "Niger's air force",
    ),
    # Since 0.62.0 the UN's humanitarian office, which the corpus codes as the UN: "the
    # UN Office for the Coordination of Humanitarian Affairs (OCHA) said" (0.61.0 read
    # "UN" and "Coordination" apart), "le Bureau de la coordination des affaires
    # humanitaires".
    "onu": (
        "UN Office for the Coordination of Humanitarian Affairs",
        "U.N. Office for the Coordination of Humanitarian Affairs",
        "United Nations Office for the Coordination of Humanitarian Affairs",
        "Office for the Coordination of Humanitarian Affairs",
        "Bureau de la coordination des affaires humanitaires des Nations unies",
        "Bureau de la coordination des affaires humanitaires", "OCHA",
    ),
}  # fmt: skip


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
        for actor_id, names in READING_ALIASES.items():
            if actor_id in self.actors:
                for name in names:
                    self._by_alias.setdefault(" ".join(fold(name).split()), self.actors[actor_id])
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


def _actor_path(data: Any) -> Callable[[Sequence[int | str]], str]:
    """Names the items of ``actors`` by their id once the id is valid (``actors.jnim``),
    by their index before (``actors[3]``)."""
    items = data.get("actors") if isinstance(data, dict) else None

    def rename(loc: Sequence[int | str]) -> str:
        path = ""
        for i, part in enumerate(loc):
            if isinstance(part, int):
                item = items[part] if i == 1 and isinstance(items, list) else None
                actor_id = item.get("id") if isinstance(item, dict) else None
                valid = patterns.matches(patterns.REGISTRY_ACTOR_ID, actor_id)
                named = valid and len(loc) > 2 and loc[2] != "id"
                path += f".{actor_id}" if named else f"[{part}]"
            else:
                path = f"{path}.{part}" if path else part
        return path

    return rename


def parse_registry(
    data: Any, codebook: Codebook, file: str = REGISTRY_FILE, lines: Lines | None = None
) -> Registry:
    """Check a parsed registry and build it; raise :class:`RegistryError` on any problem.

    The structure is checked by :class:`RegistryModel`; ids, countries and Wikidata ids
    against :mod:`sahel_events.patterns`; sectors against the codebook's ``sector``
    values. ``lines`` (from :func:`sahel_events.yamlcheck.parse_yaml`) adds the line
    of each problem.
    """
    report = Report()
    line_of = lines.line_of if lines is not None else (lambda path: None)

    def error(path: str, message: str, line: int | None = None) -> None:
        report.add("registry.invalid", message, Location(file=file, line=line, path=path))

    rename = _actor_path(data)
    _, problems = structure_problems(RegistryModel, data, lines, rename)
    for problem in problems:
        error(problem.path, problem.message, problem.line)
    raw = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise RegistryError(f"the actor registry {file} is invalid", report)
    sector = codebook.entity_attributes.get(SECTOR_ATTRIBUTE)
    sectors = tuple(sector.values) if sector is not None else ()
    actors: list[Actor] = []
    owner: dict[str, str] = {}  # folded name or acronym -> actor id
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            continue  # the model reported it
        actor_id = item.get("id")
        if not patterns.matches(patterns.REGISTRY_ACTOR_ID, actor_id):
            path = f"actors[{i}].id"
            error(
                path,
                f"id {actor_id!r} must match {patterns.REGISTRY_ACTOR_ID}",
                line_of(path),
            )
            continue
        assert isinstance(actor_id, str)
        path = f"actors.{actor_id}"
        where = f"actors[{i}]"
        if any(a.id == actor_id for a in actors):
            error(path, f"id {actor_id!r} is used twice", line_of(where))
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            name = actor_id  # the model reported it
        if item.get(EntityAttribute.SECTOR) not in sectors:
            error(
                f"{path}.sector",
                f"sector must be one of the codebook's: {', '.join(sectors)}",
                line_of(f"{where}.sector"),
            )
        country = item.get("country")
        if country is not None and not patterns.matches(patterns.COUNTRY, country):
            error(
                f"{path}.country",
                "country must be an ISO 3166-1 alpha-2 code or null",
                line_of(f"{where}.country"),
            )
        wikidata = item.get("wikidata")
        if wikidata is not None and not patterns.matches(patterns.WIKIDATA_ID, wikidata):
            error(
                f"{path}.wikidata",
                "wikidata must be Q<digits> or null",
                line_of(f"{where}.wikidata"),
            )
        aliases_raw = item.get("aliases")
        aliases: dict[str, tuple[str, ...]] = {}
        if isinstance(aliases_raw, dict):
            for lang in ALIAS_LANGUAGES:
                names = aliases_raw.get(lang)
                if isinstance(names, list):
                    aliases[lang] = tuple(n for n in names if isinstance(n, str) and n.strip())
        acronyms_raw = item.get("acronyms")
        acronyms = (
            tuple(a for a in acronyms_raw if isinstance(a, str) and a.strip())
            if isinstance(acronyms_raw, list)
            else ()
        )
        actor = Actor(
            actor_id,
            name,
            str(item.get("entity_type")),
            str(item.get(EntityAttribute.SECTOR)),
            country if isinstance(country, str) else None,
            aliases,
            acronyms,
            wikidata if isinstance(wikidata, str) else None,
            item.get("note"),
            acled_type if isinstance(acled_type := item.get("acled_type"), str) else None,
        )
        keys = {" ".join(fold(n).split()) for n in actor.names()} | {f"={a}" for a in acronyms}
        for key in sorted(keys):
            if key in owner and owner[key] != actor_id:
                error(
                    path,
                    f"the name {key.lstrip('=')!r} is also given to {owner[key]}; a name "
                    "must designate one actor",
                    line_of(where),
                )
            owner.setdefault(key, actor_id)
        actors.append(actor)
    if not report.valid:
        raise RegistryError(
            f"the actor registry {file} is invalid ({len(report.errors)} problem(s))", report
        )
    return Registry(actors)


def _parse_text(text: str, codebook: Codebook, file: str) -> Registry:
    report = Report()
    data, lines = parse_yaml_into(
        text, file, report, syntax_code="registry.invalid", duplicate_code="registry.invalid"
    )
    if report.issues:
        raise RegistryError(f"the actor registry {file} is invalid", report)
    return parse_registry(data, codebook, file, lines)


def load_registry(codebook: Codebook, path: Path | None = None) -> Registry:
    """Load a registry file (default: the one shipped with the package, cached per
    codebook), its sectors checked against ``codebook``."""
    if path is None:
        key = codebook.sha256
        if key not in _LOADED:
            text = (
                resources.files("sahel_events").joinpath(REGISTRY_FILE).read_text(encoding="utf-8")
            )
            _LOADED[key] = _parse_text(text, codebook, REGISTRY_FILE)
        return _LOADED[key]
    return _parse_text(path.read_text(encoding="utf-8"), codebook, str(path))


_LOADED: dict[str, Registry] = {}
