"""Issue codes of checking the built tables (:mod:`sahel_events.tables`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "tables"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "table.check",
        "error",
        LAYER,
        "a row breaks a table rule without a code of its own",
        "report the bug",
    ),
    IssueCode(
        "table.column-missing",
        "error",
        LAYER,
        "a column of the definition is missing",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.column-order",
        "error",
        LAYER,
        "the columns are not in the definition's order",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.column-unexpected",
        "error",
        LAYER,
        "a column that is not in the table's definition",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.count-order",
        "error",
        LAYER,
        "casualty figures out of order (low above best or high)",
        "fix the count in Label Studio",
    ),
    IssueCode(
        "table.date-order",
        "error",
        LAYER,
        "a date interval that starts after it ends",
        "fix the date in Label Studio",
    ),
    IssueCode(
        "table.dtype",
        "error",
        LAYER,
        "a column has another type than its definition",
        "rebuild the release; never edit a table by hand",
    ),
    IssueCode(
        "table.enum",
        "error",
        LAYER,
        "a value that is not one of the column's codebook values",
        "rebuild the release with the codebook it was compiled with",
    ),
    IssueCode(
        "table.foreign-key",
        "error",
        LAYER,
        "a key refers to a row that is not in the referenced table",
        "rebuild the release; report the bug",
    ),
    IssueCode(
        "table.mode-of-type",
        "error",
        LAYER,
        "an event mode that is not a mode of the event's type",
        "fix the mode in Label Studio",
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
        "a text that does not match the column's pattern",
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
        "a number outside the column's range",
        "check the value in Label Studio; report the bug",
    ),
    IssueCode(
        "table.span-order",
        "error",
        LAYER,
        "a span that does not start before it ends",
        "check the region in Label Studio; report the bug",
    ),
    IssueCode(
        "table.span-text",
        "error",
        LAYER,
        "a span's text is not the document text at its offsets, or the offsets fall outside it",
        "rebuild the release; report the bug",
    ),
)
