"""The crosswalk table (PLOVER type/mode -> ACLED, UCDP) as CSV, from the codebook."""

from __future__ import annotations

import csv
import io

from ..codebook import Codebook

CROSSWALK_PATH = "crosswalks.csv"
COLUMNS = (
    "event_type",
    "mode",
    "condition",
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
                "",
                row.plover_event_type,
                row.plover_mode or "",
                row.acled_event_type or "",
                row.acled_sub_event_type or "",
                ";".join(str(v) for v in row.ucdp_type_of_violence),
                row.cardinality,
                row.note or "",
            ]
        )
        # A one-to-many row that an event attribute settles: one row per value, with the
        # condition, so a reader of the CSV alone maps each event to one ACLED type.
        for attribute, by_value in row.resolved_by.items():
            for value in by_value:
                acled, sub, ucdp = row.resolve({attribute: value})
                writer.writerow(
                    [
                        row.event_type,
                        row.mode or "",
                        f"{attribute}={value}",
                        row.plover_event_type,
                        row.plover_mode or "",
                        acled or "",
                        sub or "",
                        ";".join(str(v) for v in ucdp),
                        "many-to-one" if len(ucdp) <= 1 else "one-to-many",
                        f"resolved by {attribute}",
                    ]
                )
    return buffer.getvalue()


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {CROSSWALK_PATH: render(codebook)}
