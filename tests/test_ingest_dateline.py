"""Datelines in French and English: place, optional country, weekday, date forms, dashes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sahel_events.ingest import Rejected, parse_dateline

from .test_ingest_helpers import ingest_dir

CASES = [
    # (opening of the first paragraph, place, country, date, dateline text)
    ("Bamako, 16 septembre 2025 - Les", "Bamako", None, "2025-09-16", "Bamako, 16 septembre 2025"),
    ("Bamako, mardi 16 septembre 2025 - Les", "Bamako", None, "2025-09-16", None),
    ("Gao, lundi 1er sept. 2025 - Les", "Gao", None, "2025-09-01", "Gao, lundi 1er sept. 2025"),
    ("Mopti, le 2 oct. 2025 - La", "Mopti", None, "2025-10-02", None),
    ("Kayes, 14 févr. 2025 – Le", "Kayes", None, "2025-02-14", None),
    ("Kayes, 14 fevrier 2025 – Le", "Kayes", None, "2025-02-14", None),
    ("Ségou, 5 août 2025 — Les", "Ségou", None, "2025-08-05", None),
    ("NIAMEY, MARDI 16 SEPTEMBRE 2025 — Le", "Niamey", None, "2025-09-16", None),
    ("BOBO-DIOULASSO, 3 mars 2025 -- Le", "Bobo-Dioulasso", None, "2025-03-03", None),
    ("N'DJAMENA, 16 sept. 2025 - Le", "N'Djamena", None, "2025-09-16", None),
    (
        "Ouagadougou (Burkina Faso), 3 mars 2025 – Le",
        "Ouagadougou",
        "Burkina Faso",
        "2025-03-03",
        "Ouagadougou (Burkina Faso), 3 mars 2025",
    ),
    ("Niamey, Sept. 16, 2025 - The", "Niamey", None, "2025-09-16", "Niamey, Sept. 16, 2025"),
    ("Niamey, Tuesday, September 16, 2025 – The", "Niamey", None, "2025-09-16", None),
    ("Niamey, Tue. Sept. 16 2025 – The", "Niamey", None, "2025-09-16", None),
    ("Kidal, 2 October 2025 - Heavy", "Kidal", None, "2025-10-02", None),
    ("Timbuktu, Oct. 1st, 2025 - The", "Timbuktu", None, "2025-10-01", None),
    ("GAO (Mali), Monday, 1st Sept. 2025 — The", "Gao", "Mali", "2025-09-01", None),
    (
        "Agadez, 16 Sept. 2025 (AFP) - The",
        "Agadez",
        None,
        "2025-09-16",
        "Agadez, 16 Sept. 2025 (AFP)",
    ),
    ("Dakar, 2025-09-16 - The", "Dakar", None, "2025-09-16", None),
]


@pytest.mark.parametrize(("opening", "place", "country", "date", "span_text"), CASES)
def test_dateline_forms(
    opening: str, place: str, country: str | None, date: str, span_text: str | None
) -> None:
    dateline = parse_dateline(opening)
    assert dateline is not None, opening
    assert dateline.place == place
    assert dateline.country == country
    assert dateline.date == dt.date.fromisoformat(date)
    text = opening[dateline.span[0] : dateline.span[1]]
    if span_text is not None:
        assert text == span_text
    # The span stops before the dash: what follows is the start of the story.
    assert opening[dateline.span[1] :].lstrip(" -–—")[:1].isupper()


@pytest.mark.parametrize(
    "opening",
    [
        "Du 8 au 11 juillet 2025, Rudolph Atallah a effectué une visite",  # a date, no place
        "Les relations entre le Mali et les États-Unis connaissent un renouveau",
        "Bamako, 16 septembre 2025 Les relations",  # no dash
        "bamako, 16 septembre 2025 - Les relations",  # place not capitalised
        "Bamako, 16 brumaire 2025 - Les relations",  # not a month
        "Bamako, 16 septembre 2025 -",  # nothing after the dash
    ],
)
def test_not_a_dateline(opening: str) -> None:
    assert parse_dateline(opening) is None


def test_impossible_date_is_rejected_with_the_date_quoted() -> None:
    with pytest.raises(Rejected) as caught:
        parse_dateline("Bamako, 31 février 2025 - Le")
    assert caught.value.code == "ingest.bad-dateline"
    assert "'31 février 2025' is not a real date" in caught.value.message


def test_wrong_weekday_is_a_warning_not_a_rejection(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    # Synthetic: 16 September 2025 was a Tuesday, not a Monday.
    (raw / "weekday.txt").write_text(
        "Bamako, lundi 16 septembre 2025 - Les autorités ont annoncé une réunion avec les "
        "chefs de village de la région. Article synthétique écrit pour les tests.\nAB\n",
        encoding="utf-8",
    )
    result = ingest_dir(raw)
    assert [d.doc_id for d in result.documents] == ["weekday"]
    [warning] = [i for i in result.report if i.code == "ingest.dateline-weekday"]
    assert warning.severity == "warning"
    assert warning.message == "the dateline says 'lundi' but 2025-09-16 is a Tuesday"
