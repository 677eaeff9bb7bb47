"""The crosswalk table (PLOVER type/mode -> ACLED, UCDP) as CSV, from the codebook."""

from __future__ import annotations

import csv
import io

from ..codebook import Codebook

CROSSWALK_PATH = "crosswalks.csv"
COLUMNS = (
    "event_type",
    "mode",
    "plover_event_type",
    "plover_mode",
    "acled_event_type",
    "acled_sub_event_type",
    "ucdp_type_of_violence",
    "cardinality",
    "note",
)


def render(codebook: Codebook) -> str:
    """One CSV row per crosswalk row of the codebook, in codebook order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in codebook.crosswalks:
        writer.writerow(
            [
                row.event_type,
                row.mode or "",
                row.plover_event_type,
                row.plover_mode or "",
                row.acled_event_type or "",
                row.acled_sub_event_type or "",
                ";".join(str(v) for v in row.ucdp_type_of_violence),
                row.cardinality,
                row.note or "",
            ]
        )
    return buffer.getvalue()


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {CROSSWALK_PATH: render(codebook)}
