"""Temporal expressions: find them in French and English text, normalise them to ISO 8601.

Every expression becomes an :class:`Interval` (first day, last day, precision) resolved
against the article's dateline date. Precisions are the codebook's ``date_precision``
values: ``day``, ``days``, ``week``, ``part-of-month``, ``month``, ``year``.

Rules (documented in ``docs/preannotation.md``, tested in ``tests/test_dates.py``):

* a date without a year takes the year in which its *month* last began on or before the
  dateline: "fin juillet" in an article of 16 September 2025 is July 2025, "le 20
  septembre" is 20 September 2025 (same month, still this year), "en octobre" is
  October 2024;
* ranges: "du 8 au 11 juillet 2025", "entre le 8 et le 11 juillet", "les 8 et 9
  juillet", "8-11 juillet", "from 8 to 11 July", "July 8-11" (precision ``days``), and
  "de juin à août" (``month``);
* nights: "dans la nuit du 1er au 2 avril" is 1-2 April (``days``), "dans la nuit de
  samedi à dimanche" the last such night on or before the dateline;
* parts of a month: "début" is days 1-10, "mi-" 11-20, "fin" 21 to the last day
  (``part-of-month``); "début du mois" and "fin du mois" are the dateline's month,
  "fin du mois dernier" the month before; English "early", "mid-", "late", "end of";
* weeks are Monday to Sunday: "la semaine dernière" is the week before the dateline's;
* a weekday ("mardi", "on Tuesday") is its last occurrence on or before the dateline;
* "hier", "avant-hier", "aujourd'hui", "demain", "le mois dernier", "l'an dernier",
  "cette année"... and their English equivalents are counted from the dateline;
* dateparser handles what it does well: "il y a trois semaines", "two weeks ago", and
  numeric dates (day first: "08/07/2025" is 8 July).

Vague words ("récemment", "recently") are not temporal expressions here: they cannot be
normalised, and the time role should come from a precise expression.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .casescan import case_sensitive, lowered_text, may_hold, scan, scan_spans
from .text import earliest_longest
from .wordgate import gated

PRECISIONS = ("day", "days", "week", "part-of-month", "month", "year")


@dataclass(frozen=True)
class Interval:
    """A closed interval of days with the precision the text gives it."""

    start: dt.date
    end: dt.date
    precision: str

    def iso(self) -> str:
        """``YYYY-MM-DD`` for one day, ``YYYY-MM`` for a whole month, ``YYYY`` for a
        whole year (the codebook's norm_date), else ``START/END`` (ISO 8601 interval)."""
        if self.start == self.end:
            return self.start.isoformat()
        first, last = self.start, self.end
        if first.day == 1 and last == first.replace(day=_last_day(first.year, first.month)):
            return f"{first.year:04d}-{first.month:02d}"
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
            first.year == last.year
        ):
            return f"{first.year:04d}"
        return f"{first.isoformat()}/{last.isoformat()}"


def first_day(norm: str) -> str:
    """The first day of a norm_date as ``YYYY-MM-DD`` ("2025-08" -> "2025-08-01")."""
    start = norm.split("/")[0]
    return start + "-01-01"[len(start) - 4 :] if len(start) < 10 else start


def last_day(norm: str) -> dt.date | None:
    """The last day of a norm_date ("2022" -> 2022-12-31, "2025-02" -> 2025-02-28,
    "2025-02-24/2025-03-02" -> 2025-03-02), or None when it is not a date."""
    end = norm.split("/")[-1]
    try:
        if len(end) == 4:
            return dt.date(int(end), 12, 31)
        if len(end) == 7:
            year, month = int(end[:4]), int(end[5:7])
            return dt.date(year, month, _last_day(year, month))
        return dt.date.fromisoformat(end)
    except ValueError:
        return None


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression found in a text, with its normalised interval."""

    start: int
    end: int
    text: str
    interval: Interval
    rule: str  # which rule produced it (for scores and debugging)
    score: float


# ---------------------------------------------------------------------------- lexicon

_MONTHS_FR = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
    "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTHS = {**_MONTHS_EN, **_MONTHS_FR}
_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "septembre" wins over "sept"; only abbreviations (four letters
    # or fewer) may end with a dot, so a sentence's full stop stays out of the span.
    # Ties sorted alphabetically: the pattern is then the same in every run.
    # Since 0.34.0 not a full name that short ("le 25 juin.", "in May."): its dot ends
    # the sentence.
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return (
        "(?:"
        + "|".join(
            re.escape(w) + (r"\.?" if len(w) <= 4 and w not in _FULL_SHORT else "") for w in ordered
        )
        + ")"
    )


#: Month names written in full in four letters or fewer.
_FULL_SHORT = frozenset({"mai", "juin", "août", "aout", "mars", "may", "june", "july"})


MONTH = _alternation(_MONTHS)
WEEKDAY = _alternation(_WEEKDAYS)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|ᵉʳ|st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
B = r"(?<![\w-])"  # left word boundary that also refuses "mi-" inside a word
E = r"(?![\w])"

# ---------------------------------------------------------------------------- helpers


def _month_of(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_for(month: int, base: dt.date) -> int:
    """The year in which ``month`` last began on or before ``base``."""
    return base.year if month <= base.month else base.year - 1


def _month_interval(year: int, month: int, precision: str = "month") -> Interval:
    return Interval(
        dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), precision
    )


def _year_interval(year: int) -> Interval:
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _part_of_month(part: str, year: int, month: int) -> Interval:
    part = part.lower()
    last = _last_day(year, month)
    if part in ("début", "debut", "early", "beginning", "start"):
        first, final = 1, 10
    elif part in ("mi", "mid", "middle", "milieu"):
        first, final = 11, 20
    else:  # fin, late, end
        first, final = 21, last
    return Interval(dt.date(year, month, first), dt.date(year, month, final), "part-of-month")


def _week(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return Interval(monday, monday + dt.timedelta(days=6), "week")


def _last_weekday(weekday: int, base: dt.date) -> dt.date:
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _last_weekend(base: dt.date) -> Interval:
    """The last Saturday and Sunday before ``base`` (``base`` itself if that fails)."""
    saturday = _last_weekday(5, base - dt.timedelta(1))
    return _days(saturday, saturday + dt.timedelta(1)) or Interval(base, base, "day")


def _this_weekend(base: dt.date) -> Interval:
    """ "Ce week-end": the weekend the dateline falls in, else the last one before it."""
    if base.weekday() >= 5:
        saturday = base - dt.timedelta(days=base.weekday() - 5)
        return Interval(saturday, saturday + dt.timedelta(1), "days")
    return _last_weekend(base)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _days(start: dt.date | None, end: dt.date | None) -> Interval | None:
    if start is None or end is None or end < start:
        return None
    return Interval(start, end, "day" if start == end else "days")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# ---------------------------------------------------------------------------- rules

Handler = Callable[[re.Match[str], dt.date], Interval | None]
_RULES: list[tuple[str, re.Pattern[str], Handler, float]] = []


def _rule(name: str, pattern: str, score: float = 0.9) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _RULES.append((name, re.compile(pattern, re.IGNORECASE), func, score))
        return func

    return register


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _resolve_day_range(m: re.Match[str], base: dt.date) -> Interval | None:
    """Two days with optional months and years: the second month/year default the first's."""
    m2 = _month_of(m["m2"])
    m1 = _month_of(m["m1"]) if _g(m, "m1") else m2
    y2 = int(m["y2"]) if _g(m, "y2") else (int(m["y1"]) if _g(m, "y1") else None)
    if y2 is None:
        y2 = _year_for(m2, base)
    y1 = int(m["y1"]) if _g(m, "y1") else (y2 if m1 <= m2 else y2 - 1)
    return _days(_safe_date(y1, m1, _day_of(m["d1"])), _safe_date(y2, m2, _day_of(m["d2"])))


_NIGHT = r"(?:(?:dans\s+|durant\s+|pendant\s+)?la\s+nuit|(?:in\s+|during\s+)?the\s+night)"

_rule(
    "night-dates",
    rf"{B}{_NIGHT}\s+(?:du|of|from)\s+(?:{WEEKDAY}\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?"
    rf"(?:\s+(?P<y1>{YEAR}))?\s+(?:au|to|and)\s+(?:{WEEKDAY}\s+)?(?P<d2>{DAY})\s+(?P<m2>{MONTH})"
    rf"(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)


def _day_alone(day: int, base: dt.date) -> dt.date | None:
    """A day of the month named without its month: the latest such day on or before the
    dateline (this month's, else last month's)."""
    year, month = (
        (base.year, base.month) if day <= base.day else _shift_month(base.year, base.month, -1)
    )
    return _safe_date(year, month, day)


@_rule(
    "night-days",
    rf"{B}{_NIGHT}\s+du\s+(?P<d1>{DAY})\s+au\s+(?P<d2>{DAY}){E}(?!\s+(?:{MONTH}|\d))",
    0.85,
)
def _night_days(m: re.Match[str], base: dt.date) -> Interval | None:
    # "dans la nuit du 8 au 9": the month is the dateline's (or the one before).
    second = _day_alone(_day_of(m["d2"]), base)
    if second is None or _day_of(m["d1"]) != (second - dt.timedelta(days=1)).day:
        return None
    return _days(second - dt.timedelta(days=1), second)


@_rule(
    "day-part",
    rf"{B}(?:(?:dans\s+|durant\s+|en\s+)?(?:la\s+)?(?:soirée|matinée|journée|après-midi|nuit)"
    rf"\s+du\s+(?P<d>{DAY}){E}(?!\s+(?:{MONTH}|au\b|\d))"
    rf"|le\s+(?P<d2>{DAY})\s+(?:au\s+(?:soir|matin)|dans\s+la\s+(?:soirée|matinée|journée|nuit)){E})",
    0.85,
)
def _day_part(m: re.Match[str], base: dt.date) -> Interval | None:
    # "dans la soirée du 9", "le 9 au soir": a day of the dateline's month (or the one before).
    day = _day_alone(_day_of(_g(m, "d") or m["d2"]), base)
    return _days(day, day)


@_rule(
    "night-weekdays",
    # Since 0.61.0 also "la nuit du samedi au dimanche" (0.60.0 read the span without
    # the night).
    rf"{B}{_NIGHT}\s+(?:de|du|d'|from|of)\s*(?P<w1>{WEEKDAY})\s+(?:à|au|to)\s+(?:ce\s+)?"
    rf"(?P<w2>{WEEKDAY}){E}",
    0.8,
)
def _night_weekdays(m: re.Match[str], base: dt.date) -> Interval | None:
    second = _last_weekday(_WEEKDAYS[m["w2"].lower().rstrip(".")], base)
    first = second - dt.timedelta(days=1)
    if first.weekday() != _WEEKDAYS[m["w1"].lower().rstrip(".")]:
        return None
    return _days(first, second)


#: Since 0.61.0 the night of one weekday: "dans la nuit de lundi", "la nuit de samedi
#: dernier", "durant la nuit du dimanche" is the night that begins that day, the two days
#: it spans (codebook: "a night spanning two days is the two-day interval"), as "overnight
#: Saturday"; 0.60.0 read the weekday alone. On the weekday of the dateline, the night
#: that ended that morning ("dans la nuit de lundi" in a Monday dispatch). Not before a
#: second weekday ("de samedi à dimanche": night-weekdays) nor a day's number ("du lundi 2
#: au mardi 3": night-dates). English "Monday night" stays the day (the gold's reading).
@_rule(
    "night-weekday",
    rf"{B}(?:(?:dans\s+|durant\s+|pendant\s+)?la\s+nuit)\s+(?:de|du)\s+(?P<w1>{WEEKDAY})"
    r"(?:\s+(?P<rel>dernier|passé))?" + E + r"(?!\s*(?:à|au|a)\b)(?!\s+\d)",
    0.8,
)
def _night_weekday(m: re.Match[str], base: dt.date) -> Interval | None:
    weekday = _WEEKDAYS[m["w1"].lower().rstrip(".")]
    if weekday == base.weekday() and not _g(m, "rel"):
        return _days(base - dt.timedelta(days=1), base)
    first = _last_weekday(weekday, base - dt.timedelta(days=1))
    return _days(first, first + dt.timedelta(days=1))


#: After two weekdays, the word that places them: "lundi et mardi derniers", "entre
#: lundi et mardi prochains" (since 0.59.0; the plural of "dernier", "prochain").
_WEEKDAYS_REL = r"(?:\s+(?P<rel>derniers?|dernières?|passés?|prochains?|last|next))?"


#: Since 0.59.0 "dans la nuit d'hier à aujourd'hui", "dans la nuit d'avant-hier à hier":
#: the two days (0.58.0 read "hier", or "aujourd'hui", the dateline's day, alone).
@_rule(
    "night-yesterday",
    rf"{B}{_NIGHT}\s+d['’]\s*(?P<first>avant-hier|hier)\s+(?:à|a)\s+"
    r"(?:aujourd['’]\s*hui|hier|ce\s+(?:matin|jour))" + E,
    0.8,
)
def _night_yesterday(m: re.Match[str], base: dt.date) -> Interval | None:
    first = base - dt.timedelta(days=2 if m["first"].lower() == "avant-hier" else 1)
    return _days(first, first + dt.timedelta(days=1))


@_rule(
    "weekday-range",
    rf"{B}(?:entre|between|from|de|du)\s+(?P<w1>{WEEKDAY})\s+(?:et|and|à|au|to|until|through)\s+"
    rf"(?P<w2>{WEEKDAY}){_WEEKDAYS_REL}{E}",
    0.8,
)
def _weekday_range(m: re.Match[str], base: dt.date) -> Interval | None:
    # "entre mercredi et vendredi": the last Friday on or before the dateline and the
    # Wednesday before it (the span the codebook writes START/END, precision days).
    return _weekday_span(m, base, 6)


#: Since 0.59.0 two consecutive weekdays joined by "et", "and": "ont opposé samedi et
#: dimanche les VDP", "clashes on Saturday and Sunday" are the two-day span (codebook:
#: days, a span of consecutive days), not the first day alone (0.58.0 read "samedi" and
#: left "dimanche" to nothing). Two days apart ("lundi et jeudi") may be two happenings:
#: each stays its own day. A date after the second ("samedi et dimanche 15 mars") is
#: left to the date rules.
_rule(
    "weekday-pair",
    rf"{B}(?:(?:les|le|on|ce)\s+)?(?P<w1>{WEEKDAY})\s+(?:et|and)\s+(?:(?:le|on)\s+)?"
    rf"(?P<w2>{WEEKDAY}){_WEEKDAYS_REL}{E}(?!\s+\d)",
    0.8,
)(lambda m, base: _weekday_span(m, base, 1))


def _weekday_span(m: re.Match[str], base: dt.date, most: int) -> Interval | None:
    """The days from weekday ``w1`` to weekday ``w2`` (at most ``most`` days apart): the
    last such span on or before the dateline, or the next one after it when told ahead
    ("prochains", a clause of what is to come: the codebook's rule for a weekday)."""
    w1, w2 = (_WEEKDAYS[m[k].lower().rstrip(".")] for k in ("w1", "w2"))
    back = (w2 - w1) % 7
    if not 0 < back <= most:
        return None
    rel = (_g(m, "rel") or "").lower()
    if rel.startswith(("prochain", "next")) or (
        not rel and AHEAD.search(m.string, max(0, m.start() - 100), m.start())
    ):
        first = base + dt.timedelta(days=(w1 - base.weekday()) % 7 or 7)
        return _days(first, first + dt.timedelta(days=back))
    last = _last_weekday(w2, base)
    if rel and last == base:
        last -= dt.timedelta(days=7)  # "lundi et mardi derniers" on a Tuesday
    return _days(last - dt.timedelta(days=back), last)


@_rule(
    "overnight",
    rf"{B}overnight(?:\s+(?:on\s+|from\s+)?(?P<w1>{WEEKDAY})"
    rf"(?:\s+(?:to|into|and)\s+(?P<w2>{WEEKDAY}))?)?{E}(?!\s+curfews?\b)",
    0.75,
)
def _overnight(m: re.Match[str], base: dt.date) -> Interval | None:
    # "killed ... overnight" in a dispatch: the night that ended on the dateline;
    # "overnight Saturday (to Sunday)": the last such night before the dateline.
    if not _g(m, "w1"):
        return _days(base - dt.timedelta(days=1), base)
    first = _last_weekday(_WEEKDAYS[m["w1"].lower().rstrip(".")], base - dt.timedelta(days=1))
    second = first + dt.timedelta(days=1)
    if _g(m, "w2") and second.weekday() != _WEEKDAYS[m["w2"].lower().rstrip(".")]:
        return None
    return _days(first, second)


#: An optional weekday before a day in a span (since 0.59.0): "du *lundi* 2 au *mercredi*
#: 4 mars", "from *Monday,* March 2, to *Wednesday,* March 4".
_WD = rf"(?:{WEEKDAY}\s+)?"
_WD_EN = rf"(?:{WEEKDAY},?\s+)?"
_rule(
    "day-range",
    # Since 0.59.0 with a weekday before each day: "du lundi 2 au mercredi 4 mars" (0.58.0
    # read "lundi", the last Monday, and "mercredi 4 mars").
    rf"{B}(?:du|from|between|entre\s+le|les)\s+{_WD}(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?"
    rf"(?:\s+(?P<y1>{YEAR}))?\s+(?:au|to|until|and|et\s+le|et)\s+{_WD}(?P<d2>{DAY})\s+"
    rf"(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)


#: Since 0.59.0 two days joined by "and", "et" without "les" before them: "On 29 and 30
#: November", "le 29 et le 30 novembre", "le 28 février et le 1er mars" (0.58.0 read the
#: second day alone). Days a week or more apart are two days, not a span ("les 3 et 10
#: mars" keeps its older reading).
@_rule(
    "day-pair",
    # A weekday before each day ("jeudi 5 et vendredi 6 mars"), days listed before the
    # last two ("les 2, 3 et 4 mars": the first to the last).
    rf"{B}(?:(?:on|le|les)\s+(?:the\s+)?)?{_WD}(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?"
    rf"(?:,\s*{DAY})*\s+(?:and|et)\s+(?:(?:on\s+)?the\s+|le\s+)?{_WD}"
    rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?{E}",
)
def _day_pair(m: re.Match[str], base: dt.date) -> Interval | None:
    span = _resolve_day_range(m, base)
    return span if span is not None and (span.end - span.start).days < 7 else None


#: Since 0.59.0 "la semaine du 2 mars", "the week of 2 March": the Monday-to-Sunday week
#: that holds that day (codebook, precision week), not the day alone.
@_rule(
    "week-of",
    rf"{B}(?:la\s+|the\s+)?(?:semaine|week)\s+(?:du|of)\s+(?:{WEEKDAY}\s+)?(?:(?P<d>{DAY})\s+"
    rf"(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY}))(?:,?\s+(?P<y>{YEAR}))?{E}",
)
def _week_of(m: re.Match[str], base: dt.date) -> Interval | None:
    month = _month_of(_g(m, "m") or m["m2"])
    year = int(m["y"]) if _g(m, "y") else _year_for(month, base)
    day = _safe_date(year, month, _day_of(_g(m, "d") or m["d2"]))
    return _week(day) if day is not None else None


_rule(
    "day-range-dash",
    rf"{B}(?P<d1>{DAY})\s*[-–]\s*(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)

#: Since 0.62.0 two days joined by "to" or "through" without "from" before them, as
#: English wires write a period: "an operation conducted 2 to 8 March" (0.61.0 read "8
#: March" alone, the last day only). The first day may carry its own month ("28 February
#: to 3 March"). French "au" needs its "du" (rule day-range): "3 au 5" alone is rarer.
_rule(
    "day-range-en-bare",
    rf"{B}(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?\s+(?:to|through)\s+(?P<d2>{DAY})\s+"
    rf"(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)


#: Since 0.59.0 two days of two months in English: "between Feb. 27 and March 2", "from
#: March 30 to April 2, 2026" (0.58.0 read the first day alone).
_rule(
    "day-range-en-months",
    rf"{B}(?:from\s+|between\s+){_WD_EN}(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
    rf",?\s*(?:[-–]|to|and|until|through)\s*{_WD_EN}(?P<m2>{MONTH})\s+(?P<d2>{DAY})"
    rf"(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)
_rule(
    "day-range-en",
    rf"{B}(?:from\s+|between\s+)?(?P<m2>{MONTH})\s+(?P<d1>{DAY})(?:,\s*{DAY})*,?\s*"
    rf"(?:[-–]|to|and|until)\s*(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?{E}",
)(_resolve_day_range)


@_rule(
    "month-range",
    rf"{B}(?:de|d'|entre|from|between)\s*(?P<m1>{MONTH})\s+(?:à|au|et|to|and|until)\s+"
    rf"(?P<m2>{MONTH})(?:\s+(?P<y>{YEAR}))?{E}",
    0.85,
)
def _month_range(m: re.Match[str], base: dt.date) -> Interval | None:
    m1, m2 = _month_of(m["m1"]), _month_of(m["m2"])
    y2 = int(m["y"]) if _g(m, "y") else _year_for(m2, base)
    y1 = y2 if m1 <= m2 else y2 - 1
    return Interval(dt.date(y1, m1, 1), dt.date(y2, m2, _last_day(y2, m2)), "month")


_PART_FR = r"(?P<part>début|debut|mi|fin|milieu)"
_PART_EN = r"(?P<part>early|mid|late|end|beginning|start|middle)"


@_rule(
    "part-of-month",
    rf"{B}(?:(?:à|a|au|en|vers|dès|jusqu'à|jusqu'au|d'ici)\s+(?:la\s+)?)?{_PART_FR}"
    rf"(?:\s*-\s*|\s+)(?:(?:du\s+)?mois\s+)?(?:de\s+|d')?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?{E}",
)
def _part_month_fr(m: re.Match[str], base: dt.date) -> Interval | None:
    month = _month_of(m["m"])
    year = int(m["y"]) if _g(m, "y") else _year_for(month, base)
    return _part_of_month(m["part"], year, month)


_rule(
    "part-of-month-en",
    rf"{B}(?:(?:in|at|by|until|towards?)\s+(?:the\s+)?)?{_PART_EN}(?:\s*-\s*|\s+)"
    rf"(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?{E}",
)(_part_month_fr)


#: Since 0.61.0 the first or last days of a month: "dans les derniers jours d'août", "les
#: premiers jours du mois de mars", "in the last days of August", "the final days of the
#: month" are its start or end, as "début août", "fin août" (0.60.0 read nothing, or the
#: month alone).
_FEW_DAYS = (
    r"(?:(?:dans|durant|pendant|au\s+cours\s+des|lors\s+des|dès)\s+)?les\s+(?P<part>premiers|"
    r"derniers)\s+jours|(?:(?:in|during|over)\s+)?the\s+(?P<part_en>first|last|final|closing)"
    r"\s+days"
)


@_rule(
    "days-of-month",
    rf"{B}(?:{_FEW_DAYS})\s+(?:(?:du\s+mois\s+)?(?:de\s+|d')|of\s+)(?P<m>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?{E}"
    rf"|{B}(?:{_FEW_DAYS.replace('part', 'part2')})\s+(?:du|of\s+the|of\s+this)\s+"
    rf"(?:mois|month){E}(?!\s+(?:d[e'’]|of|dernier|passé|prochain|last|next)\b)",
    0.85,
)
def _days_of_month(m: re.Match[str], base: dt.date) -> Interval | None:
    part = _g(m, "part") or _g(m, "part_en") or _g(m, "part2") or _g(m, "part2_en") or ""
    edge = "début" if part.lower() in ("premiers", "first") else "fin"
    if _g(m, "m"):
        month = _month_of(m["m"])
        year = int(m["y"]) if _g(m, "y") else _year_for(month, base)
    else:
        year, month = base.year, base.month
    return _part_of_month(edge, year, month)


@_rule(
    "part-of-this-month",
    rf"{B}(?:(?:à|a|au|en|vers|dès|d'ici)\s+(?:la\s+)?)?{_PART_FR}(?:\s*-\s*|\s+)"
    rf"(?:du\s+)?mois(?:\s+(?P<rel>dernier|passé|prochain|en\s+cours))?{E}"
    r"|(?:(?:in|at|by|until|towards?)\s+)?(?:the\s+)?"
    r"(?P<part_en>early|mid|late|end|beginning|start|middle)(?:\s*-\s*|\s+)(?:of\s+)?"
    rf"(?:the\s+|this\s+)?(?P<rel_en>last\s+|next\s+)?month{E}",
    0.85,
)
def _part_this_month(m: re.Match[str], base: dt.date) -> Interval | None:
    rel = (_g(m, "rel") or _g(m, "rel_en") or "").strip().lower()
    delta = -1 if rel in ("dernier", "passé", "last") else 1 if rel in ("prochain", "next") else 0
    year, month = _shift_month(base.year, base.month, delta)
    return _part_of_month(_g(m, "part") or m["part_en"], year, month)


@_rule(
    "day-month-fr",
    # Since 0.61.0 "le 9 du mois de mars", 9 March (0.60.0 read nothing); since 0.63.0
    # "the 12th of March" (an English ordinal day before "of": 0.62.0 read nothing).
    rf"{B}(?:{WEEKDAY}\s+)?(?P<d>{DAY})(?:\s+du\s+mois\s+d(?:e\s+|['’]\s*)"
    rf"|(?<=st|nd|rd|th)\s+of\s+|\s+)(?P<m>{MONTH})"
    rf"(?:\s+(?P<y>{YEAR}))?{E}",
)
def _day_month(m: re.Match[str], base: dt.date) -> Interval | None:
    month = _month_of(m["m"])
    year = int(m["y"]) if _g(m, "y") else _year_for(month, base)
    return _days(*([_safe_date(year, month, _day_of(m["d"]))] * 2))


_rule(
    "month-day-en",
    rf"{B}(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?{E}",
)(_day_month)


#: What may follow "le 1er" that is the first of the month.
_AFTER_FIRST = (
    r"(?:à|au|aux|et|dans|de|du|des|en|vers|avant|après|lors|ou|puis|par|sur|selon|soir|"
    r"matin|midi|après-midi|dernier|courant)"
)


@_rule(
    "first-of-month",
    # "le premier sommet" is an ordinal, not the first of the month: "premier" counts
    # only when no word follows it; since 0.18.1 "1er" neither when a noun follows
    # ("le commissariat du 1er arrondissement", "le 1er tour"): only a preposition, a
    # conjunction or a part of the day may ("le 1er au soir", "le 1er et le 2").
    rf"{B}(?:le|du|au)\s+(?:(?P<d>1er){E}(?!\s+(?!{_AFTER_FIRST}\b)[a-zà-ÿ])"
    rf"|premier{E}(?!\s*[^\W\d_]))",
    0.7,
)
def _first_alone(m: re.Match[str], base: dt.date) -> Interval | None:
    # "le 1er" with no month: the first of the dateline's month.
    day = base.replace(day=1)
    return Interval(day, day, "day")


@_rule(
    "day-courant",
    rf"{B}(?:le\s+)?(?P<d>{DAY})\s+(?:courant|de\s+ce\s+mois|du\s+mois"
    # "le 9 du mois dernier" is last month's; "le 9 du mois de mars" is no day of this one.
    r"(?:\s+(?P<rel>en\s+cours|dernier|passé|écoulé))?(?!\s+d[e'’]))" + E,
    0.85,
)
def _day_courant(m: re.Match[str], base: dt.date) -> Interval | None:
    # "le 3 courant", "le 9 du mois": a day of the dateline's month (or of the one before).
    delta = -1 if (_g(m, "rel") or "").lower() in ("dernier", "passé", "écoulé") else 0
    year, month = _shift_month(base.year, base.month, delta)
    return _days(*([_safe_date(year, month, _day_of(m["d"]))] * 2))


@_rule(
    "part-of-week",
    rf"{B}(?:en|au|à|a)\s+(?:la\s+)?(?P<part>début|debut|milieu|fin)\s+de\s+(?:la\s+)?"
    r"semaine(?:\s+(?P<rel>dernière|passée|écoulée|prochaine))?" + E,
    0.85,
)
def _part_of_week(m: re.Match[str], base: dt.date) -> Interval | None:
    # "en début de semaine": the codebook has no part of a week, so the known week it lies
    # in (Monday to Sunday), this one or the one named.
    rel = (_g(m, "rel") or "").lower()
    delta = -7 if rel in ("dernière", "passée", "écoulée") else 7 if rel == "prochaine" else 0
    return _week(base + dt.timedelta(days=delta + _week_end_past(m, base, rel)))


def _week_end_past(m: re.Match[str], base: dt.date, rel: str) -> int:
    """-7 when "la fin de la semaine" (or "late in the week") with no word placing it is
    told early in the week (Monday to Wednesday) of a past act: this week's end is yet to
    come, the act was at the end of last week (since 0.59.0); else 0."""
    part = (_g(m, "part") or "").lower()
    if rel or part not in ("fin", "end", "late") or base.weekday() > 2:
        return 0
    return 0 if AHEAD.search(m.string, max(0, m.start() - 100), m.start()) else -7


@_rule(
    "part-of-week-en",
    rf"{B}(?:(?:in|at)\s+the\s+)?(?:mid-?week|(?P<part>early|mid|late|start|end|beginning|middle)"
    r"(?:\s*-\s*|\s+)(?:of\s+)?(?:(?P<rel>this|last|next|the)\s+)?week)" + E,
    0.85,
)
def _part_of_week_en(m: re.Match[str], base: dt.date) -> Interval | None:
    # "Mid-week", "late last week", "at the start of the week": the known week, as
    # "en début de semaine" (the codebook has no part of a week).
    rel = (_g(m, "rel") or "").lower()
    delta = -7 if rel == "last" else 7 if rel == "next" else 0
    return _week(
        base + dt.timedelta(days=delta + _week_end_past(m, base, "" if rel == "the" else rel))
    )


@_rule(
    "day-alone",
    # "relâchés le 11.", "tenu le 14 à Abuja": a day of the month named without its month,
    # ending its phrase (no month, unit or second number after it: "le 11 à 14 heures"
    # and "le 3 au 5" are read by other rules or not at all).
    # Since 0.63.0 also before "lorsque", "quand" ("tués le 28 lorsque leur véhicule a
    # sauté"): the act's own clause goes on.
    rf"{B}le\s+(?P<d>{DAY}){E}(?=\s*[,.;:)]|\s+(?:à|a|au|dans|en|vers|lors|alors|contre|"
    r"près|sur|par|selon|lorsque|quand)\s+(?!\d)|\s+lorsqu['’])(?![,.]\d)",
    0.6,
)
def _day_of_month_alone(m: re.Match[str], base: dt.date) -> Interval | None:
    day = _day_alone(_day_of(m["d"]), base)
    return _days(day, day)


#: Since 0.63.0 the English "on the 28th": a day of the month named without its month,
#: by its ordinal (the suffix is required: "on the 3 roads" is no day), ending its phrase
#: as "le 28" does (a comma, a full stop, a preposition or "when" after it; not "on the
#: 5th floor", "the 2nd anniversary", "the 12th of March" read by day-month-fr, nor "the
#: 3rd of this month", which may lie ahead). 0.62.0
#: read nothing, and the dateline's month (or the one before) is what the wire means.
@_rule(
    "day-alone-en",
    rf"{B}on\s+the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){E}"
    r"(?=\s*[,.;:)]|\s+(?:in|at|near|outside|around|when|as|after|before|during|against|"
    r"by|while|and)\b)",
    0.6,
)
def _day_alone_en(m: re.Match[str], base: dt.date) -> Interval | None:
    day = _day_alone(_day_of(m["d"]), base)
    return _days(day, day)


@_rule(
    "month-year",
    rf"{B}(?:(?:en|au\s+mois\s+de|le\s+mois\s+de|courant|depuis|in|since|during)\s+)?"
    rf"(?P<m>{MONTH})\s+(?P<y>{YEAR}){E}",
)
def _month_year(m: re.Match[str], base: dt.date) -> Interval | None:
    return _month_interval(int(m["y"]), _month_of(m["m"]))


@_rule(
    "month-alone",
    # Since 0.61.0 "au cours du mois d'août", "durant tout le mois de juillet": 0.60.0
    # read nothing after "du mois".
    rf"{B}(?:(?:en|(?:au|le|du)\s+mois\s+d[e']|courant|depuis|dès|jusqu'en)"
    rf"\s*(?P<m>{MONTH}){E}"
    # Since 0.59.0 not the month of an English date ("until April 20", "since March 3"):
    # the date rule reads it whole (0.58.0 read "until April", the month).
    rf"|(?:in|since|during|until|last|this)\s*(?P<m_en>{MONTH}){E}(?!\s+\d{{1,2}}(?!\d)))"
    # "depuis sept mois" is a duration: "sept" is the number there, not September.
    r"(?!\s+(?:mois|ans|années|jours|semaines|heures|months|years|days|weeks|hours)\b)",
    0.8,
)
def _month_alone(m: re.Match[str], base: dt.date) -> Interval | None:
    month = _month_of(_g(m, "m") or m["m_en"])
    return _month_interval(_year_for(month, base), month)


@_rule(
    "month-last",
    rf"{B}(?:(?:en|(?:au|le|du)\s+mois\s+d[e'])\s*)?(?P<m>{MONTH})\s+(?:dernier|passé){E}",
    0.85,
)
def _month_last(m: re.Match[str], base: dt.date) -> Interval | None:
    # "août dernier", "en novembre dernier": the last such month before the dateline's
    # (in a November article, "novembre dernier" is the November of the year before).
    month = _month_of(m["m"])
    return _month_interval(base.year if month < base.month else base.year - 1, month)


@_rule(
    "year-alone",
    rf"{B}(?:en|depuis|dès|jusqu'en|d'ici|avant|après|courant|in|since|by|until|during|"
    rf"(?:(?:au\s+cours\s+de\s+|de\s+|pour\s+)?l'année)|(?:the\s+year))\s+(?P<y>{YEAR}){E}"
    r"(?!\s*(?:et|à|-)\s*\d)",
    0.85,
)
def _year_alone(m: re.Match[str], base: dt.date) -> Interval | None:
    return _year_interval(int(m["y"]))


_RELATIVE: dict[str, Callable[[dt.date], Interval]] = {
    "avant-hier": lambda b: Interval(b - dt.timedelta(2), b - dt.timedelta(2), "day"),
    "hier": lambda b: Interval(b - dt.timedelta(1), b - dt.timedelta(1), "day"),
    "aujourd'hui": lambda b: Interval(b, b, "day"),
    "ce matin": lambda b: Interval(b, b, "day"),
    "ce soir": lambda b: Interval(b, b, "day"),
    "demain": lambda b: Interval(b + dt.timedelta(1), b + dt.timedelta(1), "day"),
    "cette semaine": _week,
    # Since 0.64.0: "Plus tôt dans la semaine", "plus tôt dans le mois", the week or month
    # of the dateline before it (0.63.0 read nothing, as "earlier in the week" before 0.61.0).
    "plus tôt dans la semaine": _week,
    "plus tôt dans le mois": lambda b: _month_interval(b.year, b.month),
    "plus tôt ce mois-ci": lambda b: _month_interval(b.year, b.month),
    "la semaine dernière": lambda b: _week(b - dt.timedelta(7)),
    "la semaine passée": lambda b: _week(b - dt.timedelta(7)),
    "la semaine prochaine": lambda b: _week(b + dt.timedelta(7)),
    "le week-end dernier": _last_weekend,
    "le week-end passé": _last_weekend,
    "le week-end écoulé": _last_weekend,
    "le weekend dernier": _last_weekend,
    "le weekend passé": _last_weekend,
    "le weekend écoulé": _last_weekend,
    # "au cours du week-end": the weekend just past (the dateline's own on a weekend).
    "au cours du week-end": lambda b: _this_weekend(b),
    "durant le week-end": lambda b: _this_weekend(b),
    "pendant le week-end": lambda b: _this_weekend(b),
    "lors du week-end": lambda b: _this_weekend(b),
    "la semaine écoulée": lambda b: _week(b - dt.timedelta(7)),
    "le mois écoulé": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "l'année écoulée": lambda b: _year_interval(b.year - 1),
    "ce week-end": lambda b: _this_weekend(b),
    "ce weekend": lambda b: _this_weekend(b),
    "la nuit dernière": lambda b: Interval(b - dt.timedelta(1), b, "days"),
    "ce mois-ci": lambda b: _month_interval(b.year, b.month),
    "le mois dernier": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "le mois passé": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "le mois prochain": lambda b: _month_interval(*_shift_month(b.year, b.month, 1)),
    # Since 0.11.0 after "de": "au cours du mois dernier", "les pluies du mois passé".
    "du mois dernier": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "du mois passé": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "du mois écoulé": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "du mois prochain": lambda b: _month_interval(*_shift_month(b.year, b.month, 1)),
    "cette année": lambda b: _year_interval(b.year),
    "l'année dernière": lambda b: _year_interval(b.year - 1),
    "l'année passée": lambda b: _year_interval(b.year - 1),
    "l'an dernier": lambda b: _year_interval(b.year - 1),
    "l'an passé": lambda b: _year_interval(b.year - 1),
    "the day before yesterday": lambda b: Interval(b - dt.timedelta(2), b - dt.timedelta(2), "day"),
    "yesterday": lambda b: Interval(b - dt.timedelta(1), b - dt.timedelta(1), "day"),
    "today": lambda b: Interval(b, b, "day"),
    "tomorrow": lambda b: Interval(b + dt.timedelta(1), b + dt.timedelta(1), "day"),
    "this week": _week,
    "last week": lambda b: _week(b - dt.timedelta(7)),
    "next week": lambda b: _week(b + dt.timedelta(7)),
    "last weekend": _last_weekend,
    # Since 0.61.0 (0.60.0 read nothing): "this past weekend", "earlier in the week".
    "this past weekend": _last_weekend,
    "the past weekend": _last_weekend,
    "earlier in the week": _week,
    "earlier in the month": lambda b: _month_interval(b.year, b.month),
    "this weekend": lambda b: _this_weekend(b),
    "over the weekend": lambda b: _this_weekend(b),
    "at the weekend": lambda b: _this_weekend(b),
    "last night": lambda b: Interval(b - dt.timedelta(1), b, "days"),
    "this month": lambda b: _month_interval(b.year, b.month),
    "last month": lambda b: _month_interval(*_shift_month(b.year, b.month, -1)),
    "next month": lambda b: _month_interval(*_shift_month(b.year, b.month, 1)),
    "this year": lambda b: _year_interval(b.year),
    "last year": lambda b: _year_interval(b.year - 1),
}


@_rule(
    "relative",
    B
    + "(?P<rel>"
    + "|".join(
        re.escape(k).replace("'", "['’]").replace(r"\ ", r"\s+")
        for k in sorted(_RELATIVE, key=len, reverse=True)
    )
    + ")"
    + E,
)
def _relative(m: re.Match[str], base: dt.date) -> Interval | None:
    key = " ".join(m["rel"].lower().replace("’", "'").split())
    return _RELATIVE[key](base)


#: Since 0.63.0 a weekday with the day's number and no month: "attaqué jeudi 5, selon",
#: "le dimanche 15 à Gao", "on Thursday 5th when". The day of that number on or before
#: the dateline (this month's, else last month's), only when it falls on that weekday:
#: 0.62.0 read the weekday alone, last week's when the number tells another week. Not
#: before a month, a number or a unit ("jeudi 5 soldats", "lundi 16 et mardi 17 mars").
@_rule(
    "weekday-day",
    rf"{B}(?:le\s+|on\s+)?(?P<w>{WEEKDAY}),?\s+(?:the\s+)?(?P<d>{DAY}){E}"
    r"(?=\s*[,.;:)]|\s+(?:à|au|dans|en|vers|lors|alors|contre|près|sur|par|selon|lorsque|"
    r"quand|at|in|near|outside|when|after|as)\s+(?!\d))",
    0.8,
)
def _weekday_day(m: re.Match[str], base: dt.date) -> Interval | None:
    day = _day_alone(_day_of(m["d"]), base)
    if day is None or day.weekday() != _WEEKDAYS[m["w"].lower().rstrip(".")]:
        return None
    return _days(day, day)


@_rule(
    "weekday",
    rf"{B}(?:(?P<bound>jusqu['’]\s*(?:à|au)|d['’]\s*ici(?:\s+à)?|until|till)\s+"
    rf"|(?:ce|dès|depuis|on|last|this)\s+)?(?P<w>{WEEKDAY})"
    r"(?:\s+(?P<rel>dernier|passé|prochain))?(?:\s+(?:matin|soir|après-midi|morning|evening|night))?"
    + E,
    0.8,
)
def _weekday(m: re.Match[str], base: dt.date) -> Interval | None:
    weekday = _WEEKDAYS[m["w"].lower().rstrip(".")]
    day = _last_weekday(weekday, base)
    rel = (_g(m, "rel") or "").lower()
    if _g(m, "bound") and _DATED.match(m.string, m.end()):
        return None  # "jusqu'au dimanche 14 septembre": the date rule reads it whole
    if _FULL_DATE_AFTER.match(m.string, m.end()):
        # Since 0.59.0 also "Ce samedi 14 mars", "on Sunday, March 15" (0.58.0 read the
        # weekday alone, and the date was lost to it).
        return None
    # "jusqu'à dimanche", "d'ici lundi", "until Sunday": a bound ahead of the dateline,
    # the next such day (codebook: a weekday is the next one for what is to come).
    # Since 0.35.0 also a weekday in a clause about what is to come: "it would hold a
    # sit-in outside the courthouse on Saturday", "la marche aura lieu samedi".
    ahead = not rel and AHEAD.search(m.string, max(0, m.start() - 100), m.start())
    this = m.group(0).lower().startswith("ce ")
    if m.group(0).lower().startswith("last"):
        # Since 0.59.0 "last Thursday" is "jeudi dernier": on a Thursday, the week
        # before's (0.58.0 read the dateline's own day).
        rel = "dernier"
    if rel == "prochain" or ahead or (_g(m, "bound") and rel not in ("dernier", "passé")):
        # Since 0.58.0 "ce mercredi" on a Wednesday is the dateline's day, ahead or not.
        day = base + dt.timedelta(days=(weekday - base.weekday()) % 7 or (0 if this else 7))
    elif rel in ("dernier", "passé") and day == base:
        day -= dt.timedelta(days=7)
    return Interval(day, day, "day")


#: A word of what is to come, then no punctuation up to a time: the English modals
#: and French future forms that say an act is planned (not the French conditional, which
#: also tells past acts unconfirmed: "l'attaque aurait eu lieu samedi").
AHEAD = gated(
    re.compile(
        r"\b(?:will|would|shall|plans?\s+to|planned\s+to|intends?\s+to|is\s+to|are\s+to|"
        r"scheduled|expected\s+to|set\s+to|aura\s+lieu|auront\s+lieu|se\s+tiendra|"
        r"se\s+tiendront|prévue?s?|programmée?s?|"
        # A call in the present is for what is to come: "Les organisateurs appellent à une
        # nouvelle marche samedi", "calls for a sit-in on Friday" (since 0.37.0).
        r"appell?e(?:nt)?\s+à|calls?\s+for|calling\s+for|"
        # Since 0.58.0 the French future and what says an act is to come: "seront inhumés
        # vendredi", "est attendu mercredi", "doit se rendre lundi", "devrait reprendre
        # jeudi", "prévoit de distribuer des vivres à partir de jeudi", "menace de
        # reprendre la rue lundi", "la mesure entre en vigueur mercredi". Not "à compter
        # de lundi" alone: a measure decreed before the dateline often took effect then.
        r"ser(?:a|ont)|(?:est|sont)\s+attendue?s?|doi(?:t|vent)|devr(?:a|ont|ait|aient)|"
        r"prévoi(?:t|ent)|menacen?t?\s+de|entre(?:nt|ra|ront)?\s+en\s+vigueur|"
        # Since 0.59.0 a date an act is set or put off to: "une grève générale est annoncée
        # pour la mi-avril", "le procès a été renvoyé au 3 mai", "postponed until April".
        r"annoncée?s?\s+pour|(?:reportée?s?|renvoyée?s?|fixée?s?|ajournée?s?)\s+(?:au|à)|"
        r"(?:postponed|adjourned|put\s+off|deferred)\s+(?:to|until|till))"
        r"\b[^.;:!?\n,«»\"“”]*$",
        re.IGNORECASE,
    )
)
#: A day and its month right after a weekday: "(ce samedi) 14 mars", "(on Sunday,)
#: March 15".
_FULL_DATE_AFTER = re.compile(rf",?\s+(?:{DAY}\s+{MONTH}|{MONTH}\.?\s+{DAY}){E}", re.IGNORECASE)
#: A date right after a weekday ("dimanche 14 septembre", "Sunday, Sept. 14").
_DATED = re.compile(r",?\s+(?:\w+\.?\s+)?\d")


# dateparser: "il y a trois semaines", "two weeks ago", numeric dates.
_AGO = (
    r"(?:il\s+y\s+a|voici|depuis)\s+(?:\w+|\d+)\s+(?:jours?|semaines?|mois|ans?|années?)"
    r"|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
    # Since 0.59.0 a fortnight: "il y a une quinzaine de jours", "a fortnight ago".
    r"|(?:il\s+y\s+a|voici)\s+(?:une\s+)?quinzaine\s+de\s+jours|(?:a|one)\s+fortnight\s+ago"
)
#: What dateparser does not read, in words it reads: a fortnight is two weeks
#: ("il y a quinze jours" is the week of two weeks ago, as "il y a deux semaines"), and
#: "voici" is "il y a" (since 0.59.0).
_AGO_WORDS = (
    (
        re.compile(r"(?:une\s+)?quinzaine\s+de\s+jours|quinze\s+jours", re.IGNORECASE),
        "deux semaines",
    ),
    (re.compile(r"(?:a|one)\s+fortnight", re.IGNORECASE), "two weeks"),
    (re.compile(r"^voici\b", re.IGNORECASE), "il y a"),
)


@_rule("dateparser", rf"{B}(?P<expr>{_AGO}|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d{{2}}){E}", 0.75)
def _dateparser(m: re.Match[str], base: dt.date) -> Interval | None:
    expr = m["expr"]
    for words, same in _AGO_WORDS:
        expr = words.sub(same, expr)
    data = _date_parser(base).get_date_data(expr)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "week":
        return _week(day)
    if period == "month":
        return _month_interval(day.year, day.month)
    if period == "year":
        return _year_interval(day.year)
    return Interval(day, day, "day")


@cache
def _date_parser(base: dt.date) -> Any:
    # Imported here: dateparser takes a noticeable time to import, and most
    # expressions never reach it.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["fr", "en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
        },
    )


# ---------------------------------------------------------------------------- API


#: Every expression the rules read holds one of these: a digit, a month, a weekday or
#: a word of time. The rules (about twenty patterns) then only scan the text around them.
#: Since 0.68.0 a run of digits is one anchor: its digits' windows, each next to the
#: last, merged into the same span (:func:`_around`), one per digit cost more time.
_ANCHOR = re.compile(
    rf"\d+|\b(?:{MONTH}|{WEEKDAY}|mois|semaine|an\b|ans\b|année|nuit|hier|demain|aujourd|"
    r"matin|soir|veille|lendemain|premier|week|month|year|night|overnight|yesterday|today|"
    r"tomorrow|"
    r"ago|jour|day)",
    re.IGNORECASE,
)
#: Characters kept around an anchor: more than the longest expression reaches from it.
_REACH = 40


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged spans of ``text[start:end]`` within :data:`_REACH` of an anchor."""
    # Only the spans are read: the anchors found in the lower-cased text will do.
    lower = lowered_text(text)
    sensitive = case_sensitive(_ANCHOR)
    anchor, scanned = (
        (sensitive, lower) if sensitive is not None and lower is not None else (_ANCHOR, text)
    )
    return _around(anchor.finditer(scanned, start, end), _REACH, start, end)


def _around(
    found: Iterable[re.Match[str]], reach: int, start: int, end: int
) -> list[tuple[int, int]]:
    """The spans within ``reach`` characters of each match of ``found`` (in order),
    overlapping ones merged, clipped to ``[start, end)``."""
    out: list[tuple[int, int]] = []
    for m in found:
        ws, we = max(start, m.start() - reach), min(end, m.end() + reach)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


#: Since 0.57.0 (for speed): the words one of which every match of a rule holds, by rule,
#: in lower case. Such a rule is scanned only within :data:`_RULE_REACH` of one of them
#: (and within the windows of :func:`_windows`), not across every window: a month name,
#: a weekday, "nuit" are far rarer in an article than the digits and words of time that
#: make the windows. A rule not listed is scanned in every window.
_MONTH_WORD = re.compile(MONTH)
_WEEKDAY_WORD = re.compile(WEEKDAY)
#: "nuit", "night", "overnight" as whole words (any case): the gate of the night rules
#: (each of their matches holds one of them) and, in :func:`_anchored`, what makes a span
#: of two days one night. One pattern since 0.63.0: two module-level definitions
#: ("nuit|night" for the gate, the word-bounded one below) shadowed each other, the gate
#: keeping the first only because the dict read it before the second was bound.
_NIGHT_WORD = re.compile(r"\bnuit\b|\bnight\b|\bovernight\b", re.IGNORECASE)
_RULE_WORDS: dict[str, re.Pattern[str]] = {
    "night-dates": _NIGHT_WORD,
    "night-days": _NIGHT_WORD,
    "day-part": re.compile(r"soir|matin|journée|après-midi|nuit"),
    "night-weekdays": _NIGHT_WORD,
    "night-weekday": _NIGHT_WORD,
    "night-yesterday": _NIGHT_WORD,
    "weekday-range": _WEEKDAY_WORD,
    "weekday-pair": _WEEKDAY_WORD,
    "day-pair": _MONTH_WORD,
    "week-of": _MONTH_WORD,
    "overnight": _NIGHT_WORD,
    "day-range": _MONTH_WORD,
    "day-range-dash": _MONTH_WORD,
    "day-range-en": _MONTH_WORD,
    "day-range-en-months": _MONTH_WORD,
    "month-range": _MONTH_WORD,
    "part-of-month": _MONTH_WORD,
    "part-of-month-en": _MONTH_WORD,
    "part-of-this-month": re.compile(r"mois|month"),
    "days-of-month": re.compile(r"jours|days"),
    "day-month-fr": _MONTH_WORD,
    "month-day-en": _MONTH_WORD,
    "first-of-month": re.compile(r"1er|premier"),
    "day-alone-en": re.compile(r"\d(?:st|nd|rd|th)\b"),
    "day-courant": re.compile(r"courant|mois"),
    "part-of-week": re.compile(r"semaine"),
    "part-of-week-en": re.compile(r"week"),
    "month-year": _MONTH_WORD,
    "month-alone": _MONTH_WORD,
    "month-last": _MONTH_WORD,
    "year-alone": re.compile(r"(?:19|20)\d{2}"),
    "weekday-day": _WEEKDAY_WORD,
    "weekday": _WEEKDAY_WORD,
}
#: Characters kept around such a word: more than any expression of these rules (and what
#: its lookarounds read) reaches from the word it holds.
_RULE_REACH = 80


def _rule_spans(
    windows: list[tuple[int, int]], words: re.Pattern[str], lower: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The parts of ``windows`` within :data:`_RULE_REACH` of a match of ``words`` in
    ``lower[start:end]``, in order."""
    near = _around(words.finditer(lower, start, end), _RULE_REACH, start, end)
    out: list[tuple[int, int]] = []
    i = 0
    for ws, we in windows:
        while i < len(near) and near[i][1] <= ws:
            i += 1
        j = i
        while j < len(near) and near[j][0] < we:
            out.append((max(ws, near[j][0]), min(we, near[j][1])))
            j += 1
    return out


def find_dates(
    text: str, dateline: dt.date, start: int = 0, end: int | None = None
) -> list[TimeMention]:
    """Every temporal expression of ``text[start:end]``, normalised against ``dateline``.

    Overlapping candidates are settled by position, then length: the earliest, longest
    expression wins ("du 8 au 11 juillet 2025" rather than "11 juillet 2025").
    """
    end = len(text) if end is None else end
    found: list[TimeMention] = []
    windows = _windows(text, start, end)
    lower = lowered_text(text)
    narrowed: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for name, pattern, handler, score in _RULES:
        spans = windows
        words = _RULE_WORDS.get(name)
        if words is not None and lower is not None:
            if words not in narrowed:
                narrowed[words] = _rule_spans(windows, words, lower, start, end)
            spans = narrowed[words]
        for m in scan_spans(pattern, text, lower, spans):
            try:
                interval = handler(m, dateline)
            except (ValueError, KeyError, OverflowError):
                interval = None
            if interval is not None:
                s, e = m.span()
                found.append(TimeMention(s, e, text[s:e], interval, name, score))
    found = earliest_longest(found)
    # A day counted from a named act first: it wins over the same words counted from the
    # paragraph's last day ("au lendemain de l'attaque").
    counted = (
        _from_named_act(text, found, dateline)
        + _anchored(text, found, dateline)
        + _same_month(text, found)
        + _months_counted(text, found)
    )
    found = _within_covered(text, earliest_longest(found + counted), dateline)
    return [_ahead_year(_trim(m, text), text, dateline) for m in found]


#: The period a bulletin or a report covers ("le bulletin, qui couvre la période du 23
#: au 29 novembre", "covering the period of"): right before the period's words.
COVERED_PERIOD = gated(
    re.compile(
        r"\b(?:couvr(?:e|ent|ant|ait)|portant\s+sur|cover(?:s|ing))\s+"
        r"(?:(?:la|une|the|a)\s+)?(?:période|semaine|period|week)?\s*(?:de\s+|of\s+|from\s+)?"
        # The first day of a span read as its last day alone: "of 1 to *7 September*".
        r"(?:\d{1,2}(?:er)?\s+(?:au|to|-)\s+)?$",
        re.IGNORECASE,
    )
)
#: A roundup of the week before the dateline: "la semaine écoulée", "the past week".
_PAST_WEEK = re.compile(r"semaine\s+écoulée|past\s+week", re.IGNORECASE)


def _within_covered(text: str, found: list[TimeMention], dateline: dt.date) -> list[TimeMention]:
    """A bare weekday that would be the dateline's own day, told after the period a
    bulletin covers ("qui couvre la période du 23 au 29 novembre", "la semaine écoulée")
    that ends before the dateline, is that weekday within the period (since 0.62.0: a
    Monday bulletin's "lundi matin" is the Monday of the week it covers, as the gold
    reads it, not the day it is published)."""
    period: Interval | None = None
    out: list[TimeMention] = []
    for m in found:
        iv = m.interval
        if (
            iv.end < dateline
            and iv.start < iv.end
            and (
                COVERED_PERIOD.search(text, max(0, m.start - 40), m.start)
                or _PAST_WEEK.search(m.text)
            )
        ):
            period = iv
        elif (
            period is not None
            and m.rule == "weekday"
            and iv.start == iv.end == dateline
            and not m.text.lower().startswith(("ce ", "this "))
        ):
            day = period.end - dt.timedelta(days=(period.end.weekday() - dateline.weekday()) % 7)
            if day >= period.start:
                m = replace(m, interval=Interval(day, day, iv.precision))
        out.append(m)
    return out


def _ahead_year(mention: TimeMention, text: str, dateline: dt.date) -> TimeMention:
    """A month told without its year in a clause of what is to come is the next one
    (since 0.35.0): "une cérémonie prévue début décembre" in an article of 30 November is
    December of this year, not of the last."""
    interval = mention.interval
    if (
        interval.end >= dateline
        or re.search(r"\d{4}", mention.text)
        # Since 0.58.0 only an expression that names its month ("ce week-end" is not
        # a year ahead).
        or not _MONTH_WORD.search(mention.text.lower())
        or not AHEAD.search(text, max(0, mention.start - 100), mention.start)
    ):
        return mention
    try:
        start = interval.start.replace(year=interval.start.year + 1)
        end = interval.end.replace(year=interval.end.year + 1)
    except ValueError:  # 29 February
        return mention
    if not dateline < start <= dateline + dt.timedelta(days=366):
        return mention
    return replace(mention, interval=Interval(start, end, interval.precision))


#: A night named by the two days it spans: "la nuit du 1er au 2 mai", "overnight".
#: Days counted from another date of the text, not from the dateline.
_ANCHORED = re.compile(
    # Since 0.56.0 the part of the day stays with the first reading ("le lendemain
    # matin" was read "le lendemain", leaving "matin" to break a trigger's phrase).
    r"(?<!\w)(?P<rel>la\s+veille(?:\s+au\s+(?:soir|matin)\b)?|"
    r"(?:le|au)\s+lendemain(?:\s+(?:matin|soir)\b)?|l['’]avant-veille|le\s+surlendemain|"
    r"le\s+jour\s+suivant|the\s+day\s+before|the\s+previous\s+day|the\s+next\s+day|"
    r"the\s+following\s+day|a\s+day\s+later|"
    r"(?:le|la)\s+(?:jour|soir|matin|nuit|soirée|matinée)\s+même|"
    # "dans la matinée du lendemain", "le lendemain matin", "the next morning": a part of
    # the day after (or before) the anchor, that day.
    r"(?:(?:dans|durant|en)\s+)?la\s+(?:matinée|soirée|nuit|journée|matin)\s+(?:du\s+lendemain|"
    r"de\s+la\s+veille)|(?:le|au)\s+lendemain\s+(?:matin|soir)|la\s+veille\s+au\s+(?:soir|matin)|"
    r"(?:the\s+)?(?:next|following)\s+(?:morning|evening|night)|"
    r"(?:le|la|ce|cette)\s+même\s+(?:jour|soir|matin|nuit|journée|soirée|matinée)|"
    r"(?:that|the)\s+same\s+(?:day|evening|morning|night)|"
    # Since 0.69.0 a part of the day told: "Dans la soirée du même jour", "dans la
    # matinée du même jour", "in the evening of the same day" (0.68.0 read nothing, and a
    # communiqué's point took the day of another point).
    r"(?:(?:dans|durant|en|pendant)\s+)?la\s+(?:matinée|soirée|nuit|journée|matin|soir)\s+du\s+"
    r"même\s+jour|(?:in\s+)?the\s+(?:morning|evening|night|afternoon)\s+of\s+the\s+same\s+day|"
    # Since 0.65.0 "Ce jour-là", "that day": the day just told, as "le même jour".
    r"ce\s+jour[-\s]là|(?<=on\s)that\s+day|^that\s+day|(?<=\n)that\s+day|"
    # Hours later, later that day: the anchor's own day.
    r"(?:quelques|plusieurs|deux|trois|\d+)\s+heures\s+plus\s+tard|"
    # Since 0.12.0 a part of the day with no day of its own, "En milieu de matinée", "en
    # fin d'après-midi", "dans la soirée", "in the afternoon": the day being told.
    r"(?:en\s+(?:milieu|fin|début)\s+d['’e]\s*|dans\s+l['’]|dans\s+la\s+|durant\s+la\s+)"
    r"(?:matinée|après-midi|soirée|journée)|in\s+the\s+(?:afternoon|evening)|"
    # Since 0.20.0 the night with no day of its own: "Dans la nuit, des hommes armés
    # ont mis le feu" (not "dans la nuit de samedi à dimanche", a date of its own).
    r"(?:dans|durant|pendant)\s+la\s+nuit|(?:during|in)\s+the\s+night|"
    r"plus\s+(?:tard|tôt)\s+dans\s+la\s+(?:journée|soirée|matinée|nuit)|"
    r"earlier\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|evening)|"
    r"(?:a\s+few|several|two|three|\d+)\s+hours\s+later|later\s+(?:that|the\s+same)\s+day|"
    # Since 0.14.0 up to ten days, and a week: "six jours plus tard", "a week later".
    r"(?P<n>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|"
    r"nine|ten|[2-9]|10)\s+(?P<unit>jours|semaines|days|weeks)\s+"
    r"(?P<dir>plus\s+tard|plus\s+tôt|later|earlier|auparavant|before(?=\s*[,.;]))|"
    # Since 0.30.0 a week before too: "Une semaine plus tôt", "a week earlier".
    r"(?P<week>une\s+semaine\s+(?:plus\s+tard|plus\s+tôt|auparavant)|"
    r"(?:a|one)\s+week\s+(?:later|earlier|before(?=\s*[,.;]))))"
    r"(?!\s+(?:de|du|des|d['’]|of)\b)(?!\w)"
    # "Au lendemain de l'attaque": the day after the violent act told before it (an
    # act, not a date: "la veille de la marche" names a coming event and stays out).
    r"|(?<!\w)(?P<after>(?:au|le)\s+lendemain|the\s+day\s+after)(?=\s+(?:de\s+l['’]|de\s+la\s+|"
    r"du\s+|des\s+|d['’]|the\s+)(?:\w+\s+)?(?:attaques?|attentats?|embuscades?|affrontements|"
    r"combats|assauts?|raids?|frappes?|enlèvements?|rapts?|explosions?|incursions?|massacres?|"
    r"tueries?|attacks?|ambush|raids?|strikes?|clashes|bombing|kidnapping|abduction|massacre)\b)",
    re.IGNORECASE,
)
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


#: Precisions too coarse to count a day from: a paragraph telling a month or a year.
_COARSE = frozenset({"month", "year"})
#: "depuis", "since" right before a time: the start of a state, not a date being told.
_SINCE_BEFORE = gated(
    re.compile(r"(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+)?$", re.IGNORECASE)
)

#: Words of a part of the day, and of another day than the anchor's ("dans la matinée du
#: lendemain" is the next day's).
_PART_OF_DAY = frozenset(
    {"matinée", "après", "soirée", "journée", "nuit", "afternoon", "evening", "night"}
)
_OTHER_DAY = frozenset({"lendemain", "veille", "next", "following", "before", "previous"})


def _shift(m: re.Match[str]) -> int:
    """Days from the anchor: -2, -1, 0 (same day, hours later), +1, +N (N days later)."""
    words = set(m.group(0).lower().replace("’", "'").replace("'", " ").replace("-", " ").split())
    if m.group("n"):
        n = m.group("n").lower()
        days = int(n) if n.isdigit() else _COUNTS[n]
        # Since 0.14.0 weeks, and days before: "deux semaines plus tard", "trois jours
        # plus tôt".
        days *= 7 if m.group("unit").lower() in ("semaines", "weeks") else 1
        before = ("plus tôt", "earlier", "auparavant", "before")
        return -days if " ".join(m.group("dir").lower().split()) in before else days
    if m.group("week"):
        week = m.group("week").lower()
        return -7 if any(w in week for w in ("tôt", "earlier", "auparavant", "before")) else 7
    if words & {"même", "same", "heures", "hours", "tard", "tôt", "earlier", "là", "that"}:
        return 0
    if "later" in words and "day" in words and "a" not in words:
        return 0  # later that day
    if "avant" in words:
        return -2
    if words & _PART_OF_DAY and not words & _OTHER_DAY:
        return 0  # "en fin d'après-midi": the day told
    if "surlendemain" in words:
        return 2
    if words & {"veille", "before", "previous"}:
        return -1
    return 1  # lendemain, next, following, suivant, a day later, the day after


#: A verb of saying, of reaching a source or of issuing a text right before a day ("a
#: indiqué mardi", "jointe mercredi", "publié lundi", "said on Tuesday"): the day a
#: saying was made (since 0.58.0).
_SAYING_BEFORE = re.compile(
    r"(?:\ba|\bont|[-–]t[-–](?:il|elle|on)|\bavons|\bai)?\s*\b(?:indiqué|annoncé|déclaré|"
    r"affirmé|précisé|rapporté|confirmé|ajouté|expliqué|assuré|souligné|révélé|signalé|"
    r"appris|démenti|joints?|jointes?|contactée?s?|interrogée?s?|publiée?s?|diffusée?s?|lue?s?|"
    r"said|says|announced|told|reported|confirmed|added|published|released|issued|"
    r"reached)\s+(?:(?:le|ce|on|late\s+on|early\s+on)\s+)?$",
    re.IGNORECASE,
)


def _saying_day(text: str, day: TimeMention) -> bool:
    """Whether ``day`` is told of a saying right before it ("a indiqué mardi")."""
    return bool(_SAYING_BEFORE.search(text, max(0, day.start - 40), day.start))


#: The words of "le même jour", "le soir même", "that same day": the day told.
_SAME_DAY_WORDS = frozenset({"même", "same"})


def _anchored(text: str, found: Sequence[TimeMention], dateline: dt.date) -> list[TimeMention]:
    """ "La veille", "le lendemain", "le même jour", "quelques heures plus tard", "deux
    jours plus tard", "au lendemain de l'attaque", "the next day": a day from the last
    single day named before it in its paragraph, else from the first day the article
    names (the lead's event), never from the dateline. "La veille de la marche" names
    its own anchor (an event, not a date): not normalised."""
    # Since 0.37.0 a night across two days is an anchor too ("enlevé dans la nuit du 6
    # au 7 novembre ... relâchés dès le lendemain matin": the 7th).
    days = [
        m
        for m in found
        if m.interval.end - m.interval.start <= dt.timedelta(days=1)
        and (m.interval.start == m.interval.end or _NIGHT_WORD.search(m.text))
        # The dateline's own day only when told by words, never by its date (which
        # may be the dateline itself, or stand for it): "ont manifesté ce mercredi matin
        # [...] La veille au soir" (since 0.59.0; 0.58.0 counted from no day and the
        # burning took the march's Wednesday).
        and (m.interval.start != dateline or not any(c.isdigit() for c in m.text))
    ]
    out = []
    for m in scan(_ANCHORED, text, lowered_text(text), 0, len(text)):
        paragraph = text.rfind("\n", 0, m.start()) + 1
        before = [d for d in days if paragraph <= d.start and d.end <= m.start()]
        if not before and (
            _SAME_DAY_WORDS.intersection(m.group(0).lower().split()) or m.start() == paragraph
        ):
            # Since 0.58.0 "Le même jour" opening a paragraph goes on with the day the
            # paragraph just before names last (a roundup's "Vendredi, ... / Le même
            # jour, ..."), not with the lead's day; the first day named in the article
            # when that paragraph names none. Since 0.65.0 past the blank lines that may
            # part paragraphs (the raw format allows them): the paragraph before is the
            # last one with words. Since 0.65.0 also any day counted from another ("La
            # veille", "Le lendemain", "Deux jours plus tard") that opens its paragraph:
            # the follow-up's "Mardi, le ministre a condamné [...] / La veille, ..." is
            # the Monday, not the day before the lead's act.
            last = len(text[: max(paragraph - 1, 0)].rstrip())
            previous = text.rfind("\n", 0, last) + 1
            before = [
                d
                for d in days
                if previous <= d.start and d.end < paragraph and not _saying_day(text, d)
            ]
        # Since 0.58.0 a day told of a saying in another sentence ("ont attaqué samedi
        # un convoi ..., a indiqué mardi le ministère. Le même jour, ..."; "jointe
        # mercredi") is when the act was told, not the day the next act is counted
        # from: the act's own day first, the saying's only when no other is told.
        acts = [
            d for d in before if not _saying_day(text, d) or d.end > _sentence(text, m.start())[0]
        ]
        before = acts or before
        if not before and any(
            paragraph <= d.start
            and d.end <= m.start()
            and d.interval.precision in _COARSE
            and not _SINCE_BEFORE.search(text, max(0, d.start - 12), d.start)
            for d in found
        ):
            # "En mars 2025, deux enseignants avaient été enlevés, puis libérés trois
            # semaines plus tard", "In November 2025, gunmen abducted two midwives; they
            # were freed three weeks later": counted from a month or a year told in its
            # paragraph, no day can be told; not from the lead's day (since 0.60.0).
            continue
        anchor = before[-1] if before else next((d for d in days if d.end <= m.start()), None)
        if anchor is None and _shift(m) < 0:
            # Since 0.61.0 a day before the saying its own sentence tells after it: "Un
            # car a été attaqué la veille au soir [...], a indiqué jeudi une source": the
            # Wednesday (0.60.0 found no day before it and read nothing).
            sentence_end = _sentence(text, m.start())[1]
            anchor = next(
                (
                    d
                    for d in days
                    if m.end() <= d.start < sentence_end
                    and _saying_day(text, d)
                    and not any(c.isdigit() for c in d.text)
                ),
                None,
            )
        if anchor is None:
            continue
        shift = _shift(m)
        # After a night, the same day's morning is the night's second day ("dans la nuit
        # du 29 au 30 [...] Dans la matinée": the 30th); days counted from it count from
        # its first, as its next day is its second ("le lendemain matin").
        first = anchor.interval.end if shift == 0 else anchor.interval.start
        day = first + dt.timedelta(shift)
        s, e = m.span()
        interval = Interval(day, day, "day")
        if _NIGHT_WORD.search(m.group(0)):
            # Since 0.58.0 a night with no day of its own ("Dans la nuit, des hommes
            # armés ont incendié ...", "la nuit suivante") is the two days it spans, as
            # the codebook has every night ("a night spanning two days is the two-day
            # interval"): from the day told, or the same night when that day is one.
            start = anchor.interval.start if shift == 0 else day
            interval = Interval(start, start + dt.timedelta(1), "days")
        out.append(TimeMention(s, e, text[s:e], interval, "anchored", 0.6))
    return out


#: Months or years counted from the date told before: "un an plus tard", "a year later",
#: "six mois plus tôt" (since 0.60.0).
_MONTHS_COUNTED = re.compile(
    r"(?<!\w)(?P<n>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|a|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|[2-9]|1[0-2])\s+(?P<unit>mois|ans?|années?|months?|years?)"
    r"\s+(?P<dir>plus\s+tard|plus\s+tôt|later|earlier)(?!\w)",
    re.IGNORECASE,
)
_MONTHS_COUNTED_WORDS = ("plus tard", "plus tôt", "later", "earlier")
_ONE = frozenset({"un", "une", "a", "one"})


def _months_counted(text: str, found: Sequence[TimeMention]) -> list[TimeMention]:
    """ "Four agents detained in December 2023 were freed a year later": the month (or the
    year) that many months or years from the last date its paragraph names before it
    (2024-12), at that date's precision, coarser than a day (the day is not told); none
    when the paragraph names no date before it."""
    out: list[TimeMention] = []
    if not may_hold(lowered_text(text), _MONTHS_COUNTED_WORDS):
        return out  # for speed
    for m in _MONTHS_COUNTED.finditer(text):
        paragraph = text.rfind("\n", 0, m.start()) + 1
        anchor = next(
            (d for d in reversed(found) if paragraph <= d.start and d.end <= m.start()), None
        )
        if anchor is None:
            continue
        word = m.group("n").lower()
        n = 1 if word in _ONE else int(word) if word.isdigit() else _COUNTS[word]
        months = n * (1 if m.group("unit").lower().startswith(("mois", "month")) else 12)
        if m.group("dir").lower().split()[-1] in ("tôt", "earlier"):
            months = -months
        start = anchor.interval.start
        if anchor.interval.precision == "year":
            if months % 12:
                continue  # "six mois plus tard" after "en 2023": no year to tell
            interval = _year_interval(start.year + months // 12)
        else:
            index = start.year * 12 + start.month - 1 + months
            interval = _month_interval(index // 12, index % 12 + 1)
        s, e = m.span()
        out.append(TimeMention(s, e, text[s:e], interval, "months-counted", 0.6))
    return out


#: A part of the month last named: "avant d'être libéré à la fin du même mois", "later
#: that month" (since 0.17.0).
_SAME_MONTH = re.compile(
    r"(?<!\w)(?:(?P<part>(?:à\s+la|vers\s+la|en)\s+fin|(?:au|en)\s+début|à\s+la\s+mi)\s+du\s+"
    r"(?:même\s+mois|mois\s+même)|(?:le|ce|au\s+cours\s+du|dans\s+le)\s+même\s+mois|"
    r"(?P<en_part>(?:at\s+the\s+)?(?:end|beginning|start|middle))\s+of\s+(?:that|the\s+same)\s+month|"
    r"later\s+(?:that|the\s+same)\s+month|(?:in\s+)?(?:that|the)\s+same\s+month)(?!\w)",
    re.IGNORECASE,
)

#: The words one of which every match of :data:`_SAME_MONTH` holds, in lower case.
_SAME_MONTH_WORDS = ("même", "same", "that")


def _same_month(text: str, found: Sequence[TimeMention]) -> list[TimeMention]:
    """ "à la fin du même mois", "later that month": the month of the last date named
    before it (its end, start or middle when the text says so); none without one."""
    out: list[TimeMention] = []
    if not may_hold(lowered_text(text), _SAME_MONTH_WORDS):
        return out  # for speed, since 0.57.0
    for m in _SAME_MONTH.finditer(text):
        anchor = next(
            (
                d
                for d in sorted(found, key=lambda d: d.start, reverse=True)
                if d.end <= m.start() and d.interval.precision != "year"
            ),
            None,
        )
        if anchor is None:
            continue
        first = anchor.interval.start.replace(day=1)
        last = first.replace(day=_last_day(first.year, first.month))
        part = (m["part"] or m["en_part"] or "").lower()
        if "fin" in part or "end" in part:
            first = first.replace(day=21)
        elif "début" in part or "beginning" in part or "start" in part:
            last = first.replace(day=10)
        elif "mi" in part.split() or "middle" in part:
            first, last = first.replace(day=11), first.replace(day=20)
        out.append(
            TimeMention(
                m.start(), m.end(), m.group(), Interval(first, last, "month"), "same-month", 0.6
            )
        )
    return out


#: Nouns of acts a day may be counted from ("la veille de la manifestation").
_ACT_NOUNS = (
    r"attaques?|attentats?|embuscades?|affrontements|combats|assauts?|raids?|frappes?|"
    r"enlèvements?|rapts?|explosions?|incursions?|massacres?|tueries?|manifestations?|"
    r"marches?|sit-in|rassemblements?|grèves?|sommets?|réunions?|visites?|audiences?|"
    r"attacks?|ambush(?:es)?|strikes?|clashes|bombings?|kidnappings?|abductions?|"
    r"protests?|rallies|rally|summits?|meetings?|visits?"
)
#: A day counted from an act the sentence names: "à la veille de la manifestation",
#: "quelques heures après l'attaque de Tillia", "deux jours après l'attaque du marché",
#: "le jour de l'attaque", "on the day of the ambush", "hours after the raid".
_NAMED = re.compile(
    r"(?<!\w)(?:(?P<fr>(?:à\s+)?la\s+veille|(?:au|le)\s+lendemain|le\s+jour)"
    # Since 0.65.0 one day too: "un jour après l'attaque", "a day after the attack".
    r"|(?P<n>quelques|plusieurs|deux|trois|quatre|cinq|une?|[1-9]\d?)\s+(?P<unit>heures?|jours?)"
    r"\s+(?P<dir>après|avant)"
    r"|(?:on\s+)?the\s+(?P<en>day|eve|morning|evening|night)(?:\s+(?P<en_dir>after|before))?"
    r"|(?P<n_en>a\s+few|several|two|three|four|five|an?|one|[1-9]\d?)\s+"
    r"(?P<unit_en>hours?|days?)\s+(?P<dir_en>after|before))"
    # The act's noun is not in the span: it stays a trigger of its own ("deux jours après
    # | l'attaque du marché qui a fait sept morts").
    r"(?=\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’]|l['’]|la\s+|le\s+|les\s+|of\s+the\s+|"
    rf"the\s+)(?P<noun>{_ACT_NOUNS})(?!\w))",
    re.IGNORECASE,
)
#: Since 0.69.0 a state running "since the attack", "since the strike", with nothing after
#: the act's noun ("have fled Nampala since the attack.", "Since the raid, dozens of
#: families have left"): the day of the act the article told before, the English wires'
#: reading the codebook notes give ("'since the attack' takes the attack's day"). The
#: noun is in the span, as annotators select it. French "depuis l'attaque" stays out: the
#: French gold marks it in no article (fr303, fr308, fr342).
_SINCE_NAMED = re.compile(
    r"(?<!\w)since\s+the\s+(?:(?:deadly|drone|air|latest|last|first|initial)\s+)?"
    r"(?P<noun>attacks?|ambush(?:es)?|raids?|strikes?|assaults?|clashes|bombings?|killings?|"
    r"massacres?|kidnappings?|abductions?|fighting)(?=\s*(?:[,.;:]|$))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
#: What lies between an act's word and the day its own phrase gives: nothing ("ont
#: attaqué dimanche"), "de", "du" ("l'attaque de dimanche"), a participle ("l'attaque
#: perpétrée lundi", "the attack carried out on Sunday").
_OWN_DAY = re.compile(
    r"^\w*\s+(?:(?:de|du|d['’]|of|on)\s+|(?:perpétrée?s?|menée?s?|survenue?s?|commise?s?|"
    r"lancée?s?|carried\s+out|launched)\s+(?:(?:le|on)\s+)?)?$",
    re.IGNORECASE,
)


def _named_shift(m: re.Match[str]) -> int:
    """Days from the named act: -1 the eve, +1 the day after, 0 its day or hours from
    it, +-N for N days."""
    rel = (m["fr"] or m["en"] or "").lower()
    if rel:
        if "veille" in rel or rel == "eve" or (m["en_dir"] or "").lower() == "before":
            return -1
        if "lendemain" in rel or (m["en_dir"] or "").lower() == "after":
            return 1
        return 0
    unit = (m["unit"] or m["unit_en"]).lower()
    if unit.startswith(("heure", "hour")):
        return 0
    n = (m["n"] or m["n_en"]).lower()
    days = int(n) if n.isdigit() else 1 if n in _ONE else _COUNTS.get(n, 0)
    return days if (m["dir"] or m["dir_en"]).lower() in ("après", "after") else -days


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    end = _SENTENCE_END.search(text, at)
    return start, end.start() if end else len(text)


def _from_named_act(
    text: str, found: Sequence[TimeMention], dateline: dt.date
) -> list[TimeMention]:
    """A day counted from an act the expression names ("à la veille de la manifestation",
    "quelques heures après l'attaque de Tillia", "on the day of the ambush"): from the
    single day told beside another mention of that act (its noun or verb: "ont manifesté
    dimanche", "l'attaque perpétrée lundi") in another sentence, the nearest before,
    else after; none when no such day is told ("la veille de la marche" of an undated
    march)."""
    days = [m for m in found if m.interval.start == m.interval.end and m.interval.start != dateline]
    if not days:
        return []
    out = []
    lower = lowered_text(text)
    matches = list(scan(_NAMED, text, lower, 0, len(text)))
    if may_hold(lower, ("since",)):
        matches += _SINCE_NAMED.finditer(text)
    for m in matches:
        own = _sentence(text, m.start())
        since = m.re is _SINCE_NAMED
        stem = re.compile(r"(?<!\w)" + re.escape(m["noun"][:6].lower()), re.IGNORECASE)
        best: tuple[int, TimeMention] | None = None
        for other in stem.finditer(text):
            if own[0] <= other.start() < own[1]:
                continue
            s0, s1 = _sentence(text, other.start())
            beside = [d for d in days if s0 <= d.start and d.end <= s1]
            if not beside:
                continue
            # Since 0.58.0 the day the act's own phrase gives ("a revendiqué mardi
            # l'attaque de dimanche": Sunday, not the claim's Tuesday), else the nearest.
            own_day = [d for d in beside if _OWN_DAY.match(text[other.end() : d.start])]
            told = (
                own_day[0] if own_day else min(beside, key=lambda d: abs(d.start - other.start()))
            )
            # The nearest mention before the expression, else the first after it; for
            # "since the attack" the first one told (the lead's act the state runs from,
            # not a later sentence's "the attack ..., the army said late on Monday").
            at = other.start()
            rank = m.start() - at if at < m.start() else len(text) + at
            if since:
                rank = at if at < m.start() else len(text) + at
            if best is None or rank < best[0]:
                best = (rank, told)
        if best is None:
            continue
        day = best[1].interval.start + dt.timedelta(0 if since else _named_shift(m))
        s, e = m.span()
        out.append(TimeMention(s, e, text[s:e], Interval(day, day, "day"), "anchored", 0.6))
    return out


_LEADING = re.compile(
    r"^(?:(?:dans|durant|pendant|à|a|au|en|le|la|les|vers|dès|depuis|jusqu'en|jusqu'à|"
    r"jusqu'au|d'ici|courant|from|in|on|at|by|until|since|during|towards?|the)\s+)+",
    re.IGNORECASE,
)


def _trim(mention: TimeMention, text: str) -> TimeMention:
    """Drop a leading preposition or article from the span ("en juillet" -> "juillet").

    The span then covers what annotators select for TIME; words that carry meaning
    ("fin", "mi-", "nuit", "entre", "du ... au") stay.
    """
    span_text = mention.text
    if mention.rule in (
        "night-dates",
        "night-weekdays",
        "night-weekday",
        "night-yesterday",
        "week-of",
        "day-range",
        "month-range",
        "relative",
        "dateparser",
        "anchored",
        "months-counted",
    ):
        return mention
    m = _LEADING.match(span_text)
    if not m or m.end() == len(span_text):
        return mention
    cut = m.end()
    return TimeMention(
        mention.start + cut,
        mention.end,
        text[mention.start + cut : mention.end],
        mention.interval,
        mention.rule,
        mention.score,
    )


def normalise(expression: str, dateline: dt.date) -> Interval | None:
    """The interval of one temporal expression (the longest one found in ``expression``)."""
    mentions = find_dates(expression, dateline)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).interval
