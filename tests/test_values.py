"""The parsers of normalised values: each format with passing and failing examples."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.values import (
    Coordinates,
    CountRange,
    DateInterval,
    ValueFormatError,
    parse_actor_id,
    parse_coordinates,
    parse_count,
    parse_date_interval,
    parse_gazetteer_id,
    parse_value,
    precision_fits,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-07-08", D(2025, 7, 8), D(2025, 7, 8)),
        ("2025-07", D(2025, 7, 1), D(2025, 7, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("2025-07-21/2025-07-31", D(2025, 7, 21), D(2025, 7, 31)),
        ("2025-06/2025-07", D(2025, 6, 1), D(2025, 7, 31)),
        ("2025-07-08/2025-07-08", D(2025, 7, 8), D(2025, 7, 8)),
        ("  2025-07-08 ", D(2025, 7, 8), D(2025, 7, 8)),
    ],
)
def test_dates_parse_to_first_and_last_day(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_date_interval(text) == DateInterval(start, end)


@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        ("14/09/2025", "value.bad-date", "2025-09-14"),
        ("14 septembre 2025", "value.bad-date", "YYYY-MM-DD"),
        ("2025-13", "value.bad-date", "real calendar date"),
        ("2025-02-30", "value.bad-date", "real calendar date"),
        ("2025-7-8", "value.bad-date", "ISO 8601"),
        ("2025-07-08/", "value.bad-date", "open interval"),
        ("2025/2026/2027", "value.bad-date", "more than one"),
        ("", "value.bad-date", "ISO 8601"),
        ("2025-07-31/2025-07-21", "value.date-order", "swap"),
        ("2026/2025-12", "value.date-order", "swap"),
    ],
)
def test_bad_dates_say_what_to_write(text: str, code: str, hint: str) -> None:
    with pytest.raises(ValueFormatError) as caught:
        parse_date_interval(text)
    assert caught.value.code == code
    assert hint in caught.value.message


def test_interval_length_and_text_form() -> None:
    interval = parse_date_interval("2025-07-21/2025-07-31")
    assert interval.days == 11
    assert str(interval) == "2025-07-21/2025-07-31"
    assert str(parse_date_interval("2025-07-08")) == "2025-07-08"


@pytest.mark.parametrize(
    ("text", "precision", "fits"),
    [
        ("2025-07-08", "day", True),
        ("2025-07-08/2025-07-09", "day", False),
        ("2025-07-08/2025-07-11", "days", True),
        ("2025-07-08/2025-07-14", "week", True),
        ("2025-07-08/2025-07-15", "week", False),
        ("2025-07-21/2025-07-31", "part-of-month", True),
        ("2025-07-21/2025-08-02", "part-of-month", False),
        ("2025-07", "month", True),
        ("2025-07/2025-08", "month", False),
        ("2025", "year", True),
        ("2025-12/2026-01", "year", False),
    ],
)
def test_precision_fits(text: str, precision: str, fits: bool) -> None:
    assert precision_fits(parse_date_interval(text), precision) is fits


def test_unknown_precision_is_not_judged() -> None:
    assert precision_fits(parse_date_interval("2025"), "decade") is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("12", 12, 12), ("0", 0, 0), ("10-15", 10, 15), ("10 - 15", 10, 15), (" 7 ", 7, 7)],
)
def test_counts(text: str, low: int, high: int) -> None:
    count = parse_count(text)
    assert count == CountRange(low, high)
    assert count.exact is (low == high)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("15-10", "value.count-order"),
        ("une douzaine", "value.bad-count"),
        ("1 200", "value.bad-count"),
        ("~30", "value.bad-count"),
        ("-3", "value.bad-count"),
        ("12.5", "value.bad-count"),
        ("١٢", "value.bad-count"),  # Arabic-Indic digits: digits, but not ASCII ones
        ("", "value.bad-count"),
    ],
)
def test_bad_counts(text: str, code: str) -> None:
    with pytest.raises(ValueFormatError) as caught:
        parse_count(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [("12.65,-8.00", 12.65, -8.0), ("14.4843, -4.1830", 14.4843, -4.183), ("-90,180", -90, 180)],
)
def test_coordinates(text: str, lat: float, lon: float) -> None:
    assert parse_coordinates(text) == Coordinates(lat, lon)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("14°29'N 4°11'W", "decimal degrees"),
        ("12,65;-8,00", "decimal degrees"),
        ("12.65", "decimal degrees"),
        ("114.53,-4.09", "swapped"),
        ("14.5,-194.1", "outside -180..180"),
    ],
)
def test_bad_coordinates(text: str, hint: str) -> None:
    with pytest.raises(ValueFormatError) as caught:
        parse_coordinates(text)
    assert caught.value.code == "value.bad-coordinates"
    assert hint in caught.value.message


@pytest.mark.parametrize("text", ["geonames:2460596", " geonames:1 "])
def test_gazetteer_ids(text: str) -> None:
    assert parse_gazetteer_id(text) == text.strip()


@pytest.mark.parametrize(
    "text",
    ["Mopti", "2460596", "geonames:", "geonames:0123", "GeoNames:2460596",
     "https://www.geonames.org/2460596", "geonames: 2460596"],
)  # fmt: skip
def test_bad_gazetteer_ids(text: str) -> None:
    with pytest.raises(ValueFormatError) as caught:
        parse_gazetteer_id(text)
    assert caught.value.code == "value.bad-gazetteer-id"


@pytest.mark.parametrize("text", ["jnim", "fama", "mnla-2", "0-9", "Q1234", "Q7"])
def test_actor_ids(text: str) -> None:
    assert parse_actor_id(text) == text


@pytest.mark.parametrize("text", ["FAMa", "-jnim", "jnim_sahel", "Q", "Q012", "jnim mali", ""])
def test_bad_actor_ids(text: str) -> None:
    with pytest.raises(ValueFormatError) as caught:
        parse_actor_id(text)
    assert caught.value.code == "value.bad-actor-id"


def test_parse_value_dispatches_on_the_codebook_format() -> None:
    assert parse_value("count-range", "3-4") == CountRange(3, 4)
    assert parse_value("lat-lon", "1,2") == Coordinates(1.0, 2.0)
    assert parse_value("iso8601-interval", "2025") == DateInterval(D(2025, 1, 1), D(2025, 12, 31))
    assert parse_value("gazetteer-id", "geonames:5") == "geonames:5"
    assert parse_value("actor-id", "Q5") == "Q5"
    with pytest.raises(KeyError):
        parse_value("postcode", "75001")
