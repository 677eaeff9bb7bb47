"""Issue codes of turning annotations of record into table rows (:mod:`sahel_events.compile`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "compile"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "compile.cache-unreadable",
        "info",
        LAYER,
        "the compile cache's last state is damaged or cut short; every task is compiled "
        "again (the tables are the same, only slower to make)",
        "nothing: the build writes the cache anew (`work/compile-cache/` can be deleted "
        "at any time)",
    ),
    IssueCode(
        "compile.document-in-several-tasks",
        "warning",
        LAYER,
        "one document is in several tasks; only the first task is compiled",
        "delete the duplicate task in Label Studio",
    ),
    IssueCode(
        "compile.document-not-in-corpus",
        "info",
        LAYER,
        "a task's document is not among the documents compiled; the task is skipped",
        "restore the article in `raw/` if it should be published",
    ),
    IssueCode(
        "compile.several-locations",
        "info",
        LAYER,
        "an event has several location arguments; the first in the text gives its place",
        "nothing, or keep one location argument",
    ),
    IssueCode(
        "compile.task-without-doc-id",
        "warning",
        LAYER,
        "a task's data has no `doc_id`, so it cannot be joined to a document",
        "push the documents again with `sahel-events push`",
    ),
    IssueCode(
        "compile.text-changed",
        "warning",
        LAYER,
        "a task's text is not the current text of its document; its annotations are left out",
        "re-import the task and annotate it again",
    ),
    IssueCode(
        "compile.unknown-place",
        "info",
        LAYER,
        "a place id that is not in the gazetteer; no name, country or admin1",
        "check the GeoNames id, or add the place to the gazetteer",
    ),
)
