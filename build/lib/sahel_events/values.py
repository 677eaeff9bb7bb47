"""Parse and normalise the values annotators type into the per-region text fields.

One module, used by ``validate`` (to report a bad value) and by ``compile`` (to turn a
good one into table columns), so both agree on what a value means. The formats are the
``format`` of each entry in the codebook's ``normalised_values``
(``docs/codebook-format.md``):

=================  ==========================================  ===========================
format             accepted text                               parsed as
=================  ==========================================  ===========================
iso8601-interval   ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or   :class:`DateInterval`
                   ``START/END`` of two of those, START <= END  (first day, last day)
gazetteer-id       ``geonames:<digits>``                       ``str`` (as given)
lat-lon            ``<lat>,<lon>`` in decimal degrees          :class:`Coordinates`
actor-id           ``[a-z0-9][a-z0-9-]*`` or ``Q<digits>``     ``str`` (as given)
count-range        ``N`` or ``LOW-HIGH``, LOW <= HIGH          :class:`CountRange`
=================  ==========================================  ===========================

Surrounding white space is ignored; nothing else is guessed (no "1 200", no "12/07/2025",
no "env. 30"): a value that does not match raises :class:`ValueFormatError`, whose
``code`` is the stable issue code the validator reports.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from . import patterns
from .patterns import compiled

__all__ = [
    "FORMAT_PARSERS",
    "Coordinates",
    "CountRange",
    "DateInterval",
    "ValueFormatError",
    "parse_actor_id",
    "parse_coordinates",
    "parse_count",
    "parse_date_interval",
    "parse_gazetteer_id",
    "parse_value",
    "precision_fits",
]


class ValueFormatError(ValueError):
    """A normalised value that does not have its format; ``code`` is the issue code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------------------- dates

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass(frozen=True)
class DateInterval:
    """A closed interval of days: ``start`` and ``end`` are both included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """Number of days covered (1 for a single day)."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _date_bounds(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    match = _DATE.match(text)
    if not match:
        raise ValueFormatError(
            "value.bad-date",
            f"{text!r} is not an ISO 8601 date; write YYYY-MM-DD, YYYY-MM or YYYY "
            "(for example 2025-07-08), or START/END for an interval",
        )
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day_value = dt.date(year, month, day)
    except ValueError:
        raise ValueFormatError(
            "value.bad-date", f"{text!r} is not a real calendar date; check the month and day"
        ) from None
    return day_value, day_value


def parse_date_interval(text: str) -> DateInterval:
    """Parse an ISO 8601 date or interval into its first and last day.

    ``2025-07`` covers 2025-07-01 to 2025-07-31; ``2025-07-21/2025-07-31`` its two ends
    (each end may itself be a month or a year: ``2025-06/2025-07``). Raises
    :class:`ValueFormatError` with code ``value.bad-date`` for a malformed value and
    ``value.date-order`` when START comes after END.
    """
    value = text.strip()
    day_first = _DAY_FIRST.match(value)
    if day_first:
        day, month, year = day_first.groups()
        raise ValueFormatError(
            "value.bad-date",
            f"{text!r} is written day/month/year; ISO 8601 puts the year first: "
            f"{year}-{int(month):02d}-{int(day):02d}",
        )
    if value.count("/") > 1:
        raise ValueFormatError(
            "value.bad-date",
            f"{text!r} has more than one '/'; write START/END, e.g. 2025-07-08/2025-07-11",
        )
    if "/" in value:
        left, right = (part.strip() for part in value.split("/"))
        if not left or not right:
            raise ValueFormatError(
                "value.bad-date",
                f"{text!r} is an open interval; give both ends, e.g. 2025-07-08/2025-07-11",
            )
        start, _ = _date_bounds(left)
        _, end = _date_bounds(right)
        if start > end:
            raise ValueFormatError(
                "value.date-order",
                f"{text!r} starts after it ends ({start.isoformat()} > {end.isoformat()}); "
                "swap the two ends",
            )
        return DateInterval(start, end)
    start, end = _date_bounds(value)
    return DateInterval(start, end)


#: The longest interval each date precision may describe, in days, and whether the
#: interval must stay inside one calendar month or year. Used for a warning only: the
#: precision says how exactly the *article* dates the event, the interval what it means.
_PRECISION_LIMITS: dict[str, tuple[int | None, str | None]] = {
    "day": (1, None),
    "days": (31, None),
    "week": (7, None),
    "part-of-month": (None, "month"),
    "month": (None, "month"),
    "year": (None, "year"),
}


def precision_fits(interval: DateInterval, precision: str) -> bool | None:
    """Whether ``interval`` is narrow enough for ``precision``; None for an unknown one.

    ``day`` is one day, ``days`` at most 31, ``week`` at most 7; ``part-of-month`` and
    ``month`` stay within one calendar month, ``year`` within one calendar year.
    """
    if precision not in _PRECISION_LIMITS:
        return None
    max_days, within = _PRECISION_LIMITS[precision]
    if max_days is not None and interval.days > max_days:
        return False
    if within == "month":
        return (interval.start.year, interval.start.month) == (
            interval.end.year,
            interval.end.month,
        )
    if within == "year":
        return interval.start.year == interval.end.year
    return True


# ---------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class CountRange:
    """A count: ``low == high`` for an exact figure ``N``."""

    low: int
    high: int

    @property
    def exact(self) -> bool:
        """True for a single figure (``N``), False for a range (``LOW-HIGH``)."""
        return self.low == self.high


_COUNT = re.compile(r"^(\d+)(?:\s*-\s*(\d+))?$")


def parse_count(text: str) -> CountRange:
    """Parse ``N`` or ``LOW-HIGH`` (non-negative integers, digits only).

    Raises :class:`ValueFormatError` with ``value.bad-count`` or ``value.count-order``.
    """
    value = text.strip()
    match = _COUNT.match(value)
    if not match or not value.isascii():
        raise ValueFormatError(
            "value.bad-count",
            f"{text!r} is not a count; write digits only, N or LOW-HIGH (e.g. 12 or 10-15), "
            "without spaces inside the number or words like 'about'",
        )
    low = int(match.group(1))
    high = int(match.group(2)) if match.group(2) is not None else low
    if low > high:
        raise ValueFormatError(
            "value.count-order",
            f"{text!r}: the low figure {low} is above the high figure {high}; write LOW-HIGH",
        )
    return CountRange(low, high)


# ---------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Coordinates:
    """A point in decimal degrees (WGS 84)."""

    latitude: float
    longitude: float


_NUMBER = r"[+-]?\d{1,3}(?:\.\d+)?"
_COORDS = re.compile(rf"^({_NUMBER})\s*,\s*({_NUMBER})$")


def parse_coordinates(text: str) -> Coordinates:
    """Parse ``<lat>,<lon>`` in decimal degrees (``12.65,-8.00``).

    Raises :class:`ValueFormatError` with ``value.bad-coordinates`` when malformed or out
    of range (latitude within ±90, longitude within ±180).
    """
    value = text.strip()
    match = _COORDS.match(value)
    if not match:
        raise ValueFormatError(
            "value.bad-coordinates",
            f"{text!r} is not '<latitude>,<longitude>' in decimal degrees with a dot as the "
            "decimal mark, e.g. 12.65,-8.00 (no degrees-minutes-seconds, no N/W letters)",
        )
    lat, lon = float(match.group(1)), float(match.group(2))
    if not -90 <= lat <= 90:
        raise ValueFormatError(
            "value.bad-coordinates",
            f"{text!r}: latitude {lat} is outside -90..90; are latitude and longitude "
            "swapped? Write latitude first",
        )
    if not -180 <= lon <= 180:
        raise ValueFormatError(
            "value.bad-coordinates", f"{text!r}: longitude {lon} is outside -180..180"
        )
    return Coordinates(lat, lon)


_GAZETTEER = compiled(patterns.PLACE_ID)


def parse_gazetteer_id(text: str) -> str:
    """Check a gazetteer id ``geonames:<digits>`` and return it (stripped).

    Raises :class:`ValueFormatError` with ``value.bad-gazetteer-id``.
    """
    value = text.strip()
    if not _GAZETTEER.fullmatch(value):
        raise ValueFormatError(
            "value.bad-gazetteer-id",
            f"{text!r} is not a gazetteer id; write geonames:<number>, e.g. geonames:2460596 "
            "(the GeoNames id of the place, not its name or a URL)",
        )
    return value


_ACTOR = compiled(patterns.ACTOR_ID)


def parse_actor_id(text: str) -> str:
    """Check an actor id (registry id ``[a-z0-9][a-z0-9-]*`` or Wikidata ``Q<digits>``).

    Raises :class:`ValueFormatError` with ``value.bad-actor-id``.
    """
    value = text.strip()
    if not _ACTOR.fullmatch(value):
        raise ValueFormatError(
            "value.bad-actor-id",
            f"{text!r} is not an actor id; use the registry id (lower-case letters, digits "
            "and '-', e.g. jnim) or a Wikidata id (Q followed by digits, e.g. Q1234)",
        )
    return value


#: Codebook ``format`` -> the parser of its values.
FORMAT_PARSERS: dict[str, Any] = {
    "iso8601-interval": parse_date_interval,
    "gazetteer-id": parse_gazetteer_id,
    "lat-lon": parse_coordinates,
    "actor-id": parse_actor_id,
    "count-range": parse_count,
}


def parse_value(fmt: str, text: str) -> DateInterval | CountRange | Coordinates | str:
    """Parse ``text`` with the parser of the codebook format ``fmt``.

    Raises :class:`KeyError` for a format the codebook does not define, and
    :class:`ValueFormatError` for a value that does not have its format.
    """
    parser = FORMAT_PARSERS[fmt]
    result: DateInterval | CountRange | Coordinates | str = parser(text)
    return result


def parse_iso_day(value: str) -> dt.date:
    """The day of an ISO 8601 date (``2025-09-16``) or date-time; ValueError otherwise.

    Publication dates come either way (sidecars, task data): the day is what counts.
    """
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()
