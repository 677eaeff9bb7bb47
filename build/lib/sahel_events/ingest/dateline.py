"""The dateline that opens an article: ``Bamako, 16 septembre 2025 - ...``.

Recognised forms (French and English, any letter case, accents optional):

* ``Place, 16 septembre 2025 -``, ``Place, le 16 septembre 2025 -``
* with a weekday: ``Place, mardi 16 septembre 2025 -``, ``Place, Tuesday, 16 Sept. 2025 -``
* ``1er`` / ``1st`` / ``16th``; abbreviated months (``sept.``, ``févr.``, ``Sept.``)
* English month first: ``Place, Sept. 16, 2025 -``, ``Place, Tuesday, September 16, 2025 -``
* ISO: ``Place, 2025-09-16 -``
* a country in parentheses after the place: ``Ouagadougou (Burkina Faso), 3 mars 2025 -``
* an agency in parentheses after the date: ``Niamey, 16 sept. 2025 (AFP) -``
* separators ``-``, ``--``, en dash ``–`` or em dash ``—``

A place written in capitals (``NIAMEY``) is stored in title case (``Niamey``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .rejection import Rejected

# Month and weekday words, keyed without accents and in lower case; the regex below
# accepts them with or without accents and with an optional abbreviation dot.
MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # English (sep, oct, nov, dec also serve French)
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ACCENTED = {"e": "[eéèê]", "a": "[aàâ]", "u": "[uûù]"}


def _accent_free_pattern(word: str) -> str:
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word)


def _alternation(words: dict[str, int]) -> str:
    # Longest first, so that "septembre" wins over "sept" and "sep".
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(_accent_free_pattern(w) for w in ordered)


_MONTH = rf"(?:{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})\.?"
_DAY_SUFFIX = r"(?:er|re|st|nd|rd|th)?"

_DATELINE = re.compile(
    rf"""
    (?P<place>[^\W\d_][^\W\d_'’.\- ]*(?:[ '’.\-]{{1,2}}[^\W\d_]+){{0,5}}\.?)
    (?:\s*\((?P<country>[^()\d]{{2,40}})\))?
    \s*,\s*
    (?:(?P<weekday>{_WEEKDAY}),?\s+)?
    (?:le\s+)?
    (?:
        (?P<day1>\d{{1,2}}){_DAY_SUFFIX}\s+(?P<month1>{_MONTH})\s+(?P<year1>\d{{4}})
      | (?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}){_DAY_SUFFIX},?\s+(?P<year2>\d{{4}})
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    )
    (?:\s*\((?P<agency>[^()]{{1,30}})\))?
    \s*(?:--?|[–—])\s*
    (?=\S)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline; ``span`` covers place to date (or agency), not the dash."""

    place: str
    country: str | None
    date: dt.date
    span: tuple[int, int]
    weekday_written: str | None

    @property
    def weekday_mismatch(self) -> str | None:
        """A message when the written weekday is not the weekday of the date, else None."""
        if self.weekday_written is None:
            return None
        if WEEKDAYS[_key(self.weekday_written)] == self.date.weekday():
            return None
        return (
            f"the dateline says {self.weekday_written!r} but {self.date.isoformat()} "
            f"is a {_WEEKDAY_NAMES[self.date.weekday()]}"
        )


def _key(word: str) -> str:
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch)
    )
    return stripped.rstrip(".").casefold()


def _place_case(place: str) -> str:
    # "NIAMEY" -> "Niamey", "BOBO-DIOULASSO" -> "Bobo-Dioulasso", "N'DJAMENA" -> "N'Djamena";
    # a place already in mixed case is kept as written.
    return place.title() if place.isupper() else place


def parse_dateline(paragraph: str) -> Dateline | None:
    """Parse the dateline at the very start of ``paragraph``.

    Returns None when the paragraph does not open with one. Raises :class:`Rejected`
    (``ingest.bad-dateline``) when it does but the date cannot exist (31 février).
    """
    match = _DATELINE.match(paragraph)
    if match is None or not match["place"][0].isupper():
        return None
    date_start = min(match.start(g) for g in ("weekday", "day1", "month2", "iso") if match[g])
    raw_date = paragraph[date_start : _date_end(match)]
    try:
        if match["iso"]:
            date = dt.date.fromisoformat(match["iso"])
        else:
            day = int(match["day1"] or match["day2"])
            month = MONTHS[_key(match["month1"] or match["month2"])]
            year = int(match["year1"] or match["year2"])
            date = dt.date(year, month, day)
    except ValueError:
        raise Rejected(
            "ingest.bad-dateline",
            f"the dateline date in {raw_date!r} is not a real date",
        ) from None
    end = match.end("agency") + 1 if match["agency"] else _date_end(match)
    return Dateline(
        place=_place_case(match["place"].strip()),
        country=match["country"].strip() if match["country"] else None,
        date=date,
        span=(0, end),
        weekday_written=match["weekday"],
    )


def _date_end(match: re.Match[str]) -> int:
    for group in ("year1", "year2", "iso"):
        if match[group]:
            return match.end(group)
    raise AssertionError("the dateline regex always captures a year")  # pragma: no cover
