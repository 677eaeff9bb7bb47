"""The issue codes of the table checks, fixed here (never derived from a library's names).

Each check of a table, whichever backend runs it (pandera for the column and row rules,
Arrow for keys and offsets), reports under one of these codes. The pandera schemas name
their checks with the keys of :data:`CHECK_CODES`, and the failures pandera reports by
reason are mapped in :mod:`.pandera_checks`; an upgrade of pandera can rename its own
checks without changing a code users see. Also here: how issues of one kind are capped
and how a row's primary key is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ..errors import Location, Report
from ..issue_codes import CATALOGUE

__all__ = [
    "CHECK_CODES",
    "CHECK_FAILED",
    "COLUMN_MISSING",
    "COLUMN_ORDER",
    "COLUMN_UNEXPECTED",
    "DTYPE",
    "FOREIGN_KEY",
    "INCIDENT",
    "MAX_ISSUES_PER_KIND",
    "NOT_NULL",
    "PRIMARY_KEY",
    "SPAN_TEXT",
    "TABLE_CODES",
    "Capped",
    "code_of_check",
    "key_string",
]

# Column-level rules (one issue per failing row, named by its key).
ENUM = "table.enum"
RANGE = "table.range"
PATTERN = "table.pattern"
NOT_NULL = "table.not-null"
# The structure of a table (one issue per column, no key).
DTYPE = "table.dtype"
COLUMN_MISSING = "table.column-missing"
COLUMN_UNEXPECTED = "table.column-unexpected"
COLUMN_ORDER = "table.column-order"
# Keys and offsets.
PRIMARY_KEY = "table.primary-key"
FOREIGN_KEY = "table.foreign-key"
SPAN_TEXT = "table.span-text"
INCIDENT = "table.incident"
# Row rules (the names of the rules in the table definitions).
SPAN_ORDER = "table.span-order"
DATE_ORDER = "table.date-order"
COUNT_ORDER = "table.count-order"
MODE_OF_TYPE = "table.mode-of-type"
#: A failure no rule of ours describes (a check that crashed, a reason pandera added).
CHECK_FAILED = "table.check-failed"

#: The name each check of ours carries in the pandera schemas (column checks by kind,
#: row rules by their name in the definitions) and the code its failures get.
CHECK_CODES: dict[str, str] = {
    "enum": ENUM,
    "range": RANGE,
    "pattern": PATTERN,
    "span-order": SPAN_ORDER,
    "date-order": DATE_ORDER,
    "count-order": COUNT_ORDER,
    "mode-of-type": MODE_OF_TYPE,
}

#: Every code a table check can report, with what it means (declared, with what to do,
#: in the catalogue of issue codes).
TABLE_CODES: dict[str, str] = {c.code: c.meaning for c in CATALOGUE if c.layer == "tables"}

#: At most this many issues of one kind (table, code, column) are listed; the rest are
#: counted in one closing issue, so a systematic fault does not bury the report.
MAX_ISSUES_PER_KIND = 50


def code_of_check(name: str) -> str:
    """The code of the check called ``name`` in the pandera schemas (:data:`CHECK_CODES`),
    or :data:`CHECK_FAILED` for a name that is not one of ours."""
    return CHECK_CODES.get(name, CHECK_FAILED)


def key_string(values: Sequence[Any]) -> str:
    """How a primary key is written in a Location: the values joined by '/'."""
    return "/".join(str(v) for v in values)


class Capped:
    """Adds issues to a report, at most MAX_ISSUES_PER_KIND per kind, then one summary."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.counts: dict[tuple[str, str, str | None], int] = defaultdict(int)

    def add(self, table: str, code: str, column: str | None, message: str, key: str | None) -> None:
        """Add one issue, unless MAX_ISSUES_PER_KIND of its kind are listed already."""
        kind = (table, code, column)
        self.counts[kind] += 1
        if self.counts[kind] <= MAX_ISSUES_PER_KIND:
            self.report.add(code, message, Location(table=table, key=key))

    def close(self) -> None:
        """Add one closing issue per kind with more issues than were listed."""
        for (table, code, column), n in self.counts.items():
            if n > MAX_ISSUES_PER_KIND:
                where = f" in column {column}" if column else ""
                self.report.add(
                    code,
                    f"{n - MAX_ISSUES_PER_KIND} more issue(s) of this kind{where} not listed",
                    Location(table=table),
                )
