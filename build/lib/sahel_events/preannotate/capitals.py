"""A capital told by its country (pre-annotation 0.46.0): "la capitale burkinabè", "la
capitale du Mali", "dans la capitale", "the Chadian capital".

The press names the capital by its country as often as by its name, mostly to avoid
repeating a town the dateline gives. The codebook makes the phrase a GPE at town
precision; the gazetteer's capital of that country (GeoNames feature PPLC) is its place.
A bare "la capitale" / "the capital" is the capital of the country its sentence named
last before it ("Au Niger, des étudiants ont manifesté dans la capitale"), else of the
article's country. Only a phrase told as where something is ("dans la capitale",
"in the Chadian capital") is made: "une banque de la capitale", "l'approvisionnement de
la capitale" name it as a complement, seldom where an act took place. A capital named
right after the phrase ("la capitale malienne, Bamako") keeps its own mention, and no
phrase is made; nor for a capital of another kind ("la capitale économique", "la
capitale régionale").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import gazetteer

#: Countries of the region: ISO code, French adjective stems, English adjectives, and the
#: names the two languages give them.
_COUNTRIES = (
    ("ML", r"malienne", r"malian", r"mali"),
    ("BF", r"burkinabè|burkinabé|burkinabe", r"burkinabe|burkinabè", r"burkina(?:\s+faso)?"),
    ("NE", r"nigérienne", r"nigerien", r"niger"),
    ("TD", r"tchadienne", r"chadian", r"tchad|chad"),
    ("MR", r"mauritanienne", r"mauritanian", r"mauritanie|mauritania"),
    ("SN", r"sénégalaise", r"senegalese", r"sénégal|senegal"),
    ("GN", r"guinéenne", r"guinean", r"guinée|guinea"),
    ("NG", r"nigériane", r"nigerian", r"nigeria"),
    ("GH", r"ghanéenne", r"ghanaian", r"ghana"),
    ("TG", r"togolaise", r"togolese", r"togo"),
    ("BJ", r"béninoise", r"beninese", r"bénin|benin"),
    ("DZ", r"algérienne", r"algerian", r"algérie|algeria"),
    ("LY", r"libyenne", r"libyan", r"libye|libya"),
)
_COUNTRY_OF = {
    "fr": [(code, re.compile(rf"^(?:{fr})$", re.IGNORECASE)) for code, fr, _, _ in _COUNTRIES],
    "en": [(code, re.compile(rf"^(?:{en})$", re.IGNORECASE)) for code, _, en, _ in _COUNTRIES],
}
_NAMES = "|".join(names for *_, names in _COUNTRIES)
_NAME_OF = [(code, re.compile(rf"^(?:{names})$", re.IGNORECASE)) for code, *_, names in _COUNTRIES]
#: A country named earlier in the sentence: "Au Niger, ... dans la capitale".
_NAMED_COUNTRY = re.compile(rf"\b(?P<name>{_NAMES})\b", re.IGNORECASE)

_FR_CAPITAL = re.compile(
    r"\b(?:dans|vers|sur)\s+(?P<phrase>la\s+capitale"
    r"(?:\s+(?P<adj>" + "|".join(fr for _, fr, _, _ in _COUNTRIES) + r"))?"
    r")(?=(?:\s+(?:du|de\s+la|de\s+l['’])\s+(?P<of>" + _NAMES + r")\b)?)",
    re.IGNORECASE,
)
_EN_CAPITAL = re.compile(
    r"\b(?:in|into|at|across|throughout|to|toward|towards)\s+(?P<phrase>the\s+(?:(?P<adj>"
    + "|".join(en for _, _, en, _ in _COUNTRIES)
    + r")\s+)?capital\b)"
    r"(?=(?:\s+of\s+(?P<of>" + _NAMES + r")\b)?)",
    re.IGNORECASE,
)
#: After the phrase: its own name ("la capitale malienne, Bamako", "the capital Niamey"),
#: or another kind of capital ("la capitale économique", "the capital city of the region").
_NOT_THE_STATES = re.compile(
    r"\s*,?\s+(?:[A-ZÀ-Þ]|économique|régionale|provinciale|administrative|politique|"
    r"de\s+(?:la\s+région|la\s+province|l['’]état|département)|du\s+(?:cercle|département)|"
    r"des\s+|mondiale|africaine|économique|economic|regional|provincial|of\s+the\s+)",
)


@dataclass(frozen=True)
class CapitalPhrase:
    """A phrase that names a country's capital, and that capital."""

    start: int
    end: int
    text: str
    place: gazetteer.Place


@cache
def _capital(code: str) -> gazetteer.Place | None:
    """The gazetteer's capital of the country with this code, or None."""
    return next(
        (p for p in gazetteer.places() if p.feature == "PPLC" and p.country_code == code), None
    )


def _code(word: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
    return next((code for code, pattern in table if pattern.match(word)), None)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` begins (after the last . ! ? or line)."""
    return max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n")) + 1


def find_capitals(text: str, language: str, home_country: str | None) -> Iterator[CapitalPhrase]:
    """The phrases of ``text`` that name a country's capital, with the capital each
    names (module docstring)."""
    if language == "fr":
        pattern, adjectives = _FR_CAPITAL, _COUNTRY_OF["fr"]
    else:
        pattern, adjectives = _EN_CAPITAL, _COUNTRY_OF["en"]
    if "capital" not in text.lower():
        return
    for m in pattern.finditer(text):
        if _NOT_THE_STATES.match(text, m.end()) and not m.group("of"):
            continue
        if m.group("adj"):
            code = _code(m.group("adj"), adjectives)
        elif m.group("of"):
            code = _code(m.group("of"), _NAME_OF)
        else:
            named = list(_NAMED_COUNTRY.finditer(text, _sentence_start(text, m.start()), m.start()))
            code = _code(named[-1].group("name"), _NAME_OF) if named else home_country
        place = _capital(code) if code else None
        if place is not None:
            yield CapitalPhrase(m.start("phrase"), m.end(), m.group("phrase"), place)


#: Cities that stand for a government without being their country's capital in GeoNames
#: (since 0.59.0): Abidjan, where Côte d'Ivoire's government sits (the capital is
#: Yamoussoukro). "Abidjan a démenti toute ingérence" is the Ivorian state.
_SEATS = frozenset({2293538})


def seat_of_government(place: gazetteer.Place | None) -> bool:
    """Whether ``place`` is where a state's government sits: a capital (GeoNames PPLC) or
    one of :data:`_SEATS`."""
    return place is not None and (place.feature == "PPLC" or place.geonameid in _SEATS)
