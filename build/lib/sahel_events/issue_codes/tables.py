"""Issue codes of checking the built tables (:mod:`sahel_events.tables`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "tables"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "table.check-failed",
        "error",
        LAYER,
        "a table check failed in a way no rule describes (a bug: report it)",
        "report the bug with the message",
    ),
    IssueCode(
        "table.column-missing",
        "error",
        LAYER,
        "a column of the schema is missing",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.column-order",
        "error",
        LAYER,
        "the columns are not in the schema's order",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.column-unexpected",
        "error",
        LAYER,
        "a column is not in the schema",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.count-order",
        "error",
        LAYER,
        "low, best and high figures are not in order",
        "fix the count in Label Studio",
    ),
    IssueCode(
        "table.date-order",
        "error",
        LAYER,
        "a date interval ends before it starts",
        "fix the date in Label Studio",
    ),
    IssueCode(
        "table.dtype",
        "error",
        LAYER,
        "a column has another type than the schema's",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.enum",
        "error",
        LAYER,
        "a value is not among the values the codebook allows for the column",
        "rebuild the release with the codebook it was compiled with",
    ),
    IssueCode(
        "table.foreign-key",
        "error",
        LAYER,
        "a foreign key points at no row of the table it refers to",
        "rebuild the release; report the bug",
    ),
    IssueCode(
        "table.mode-of-type",
        "error",
        LAYER,
        "the event's mode is not a mode of its event type",
        "fix the mode in Label Studio",
    ),
    IssueCode(
        "table.incident",
        "error",
        LAYER,
        "the incidents do not partition the events consistently: an incident_id that is "
        "not the hash of its events, counts (n_events, n_reports) or a method that do not "
        "match its rows, or events_flat.incident_id/n_reports that differ from incidents",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.not-null",
        "error",
        LAYER,
        "a required column is null",
        "rebuild the release; report the bug",
    ),
    IssueCode(
        "table.pattern",
        "error",
        LAYER,
        "a value does not match the column's pattern (an id, a code)",
        "check the value in Label Studio; report the bug",
    ),
    IssueCode(
        "table.primary-key",
        "error",
        LAYER,
        "a primary key is null or not unique",
        "rebuild the release; report the bug",
    ),
    IssueCode(
        "table.range",
        "error",
        LAYER,
        "a number is outside the column's range",
        "check the value in Label Studio; report the bug",
    ),
    IssueCode(
        "table.span-order",
        "error",
        LAYER,
        "a span does not end after it starts",
        "check the region in Label Studio; report the bug",
    ),
    IssueCode(
        "table.span-text",
        "error",
        LAYER,
        "a span's text differs from the document's text at its offsets",
        "rebuild the release; report the bug",
    ),
)
