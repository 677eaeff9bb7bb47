"""Issue codes of reading raw/ into documents (:mod:`sahel_events.ingest`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "ingest"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "ingest.bad-dateline",
        "error",
        LAYER,
        "a dateline whose date cannot exist (`31 février 2025`)",
        "correct the date in the article's dateline (or its sidecar)",
    ),
    IssueCode(
        "ingest.bad-doc-id",
        "error",
        LAYER,
        "no usable doc_id from the file name and no sidecar `doc_id`",
        "rename the file to a usable id, or set `doc_id` in its sidecar",
    ),
    IssueCode(
        "ingest.bad-sidecar",
        "error",
        LAYER,
        "sidecar not UTF-8 or JSON, not an object, unknown key, bad value",
        "fix the sidecar (see docs/ingest.md for its keys)",
    ),
    IssueCode(
        "ingest.cache-entry-unreadable",
        "info",
        LAYER,
        "an entry of the ingest cache (`work/ingest-cache/`) could not be read (damaged, "
        "cut short, another format); the file was ingested again and the entry replaced",
        "nothing; the result is the same. Delete `work/ingest-cache/` if it recurs",
    ),
    IssueCode(
        "ingest.dateline-weekday",
        "warning",
        LAYER,
        "the dateline's weekday does not match its date",
        "check the date in the article",
    ),
    IssueCode(
        "ingest.duplicate-doc-id",
        "error",
        LAYER,
        "a second file with a doc_id already used",
        "rename one of the files, or give it another sidecar `doc_id`",
    ),
    IssueCode(
        "ingest.empty",
        "error",
        LAYER,
        "empty, or only white space / invisible characters",
        "replace the file with the article's text, or remove it",
    ),
    IssueCode(
        "ingest.ignored-file",
        "info",
        LAYER,
        "a file in `raw/` that is neither an article nor a sidecar; left alone",
        "nothing, or move it out of `raw/`",
    ),
    IssueCode(
        "ingest.language-mismatch",
        "error",
        LAYER,
        "sidecar `language` differs from the detected language",
        "correct the sidecar's `language`, or check the article",
    ),
    IssueCode(
        "ingest.language-undetected",
        "error",
        LAYER,
        "no language could be detected",
        "check the file holds the article's text; set `language` in its sidecar",
    ),
    IssueCode(
        "ingest.near-duplicate-article",
        "warning",
        LAYER,
        "two articles share most of their text; the same story may be coded twice",
        "drop one from `raw/`, or code only one",
    ),
    IssueCode(
        "ingest.no-dateline",
        "error",
        LAYER,
        "the first paragraph (or the one after a title) does not open with a dateline",
        "open the first paragraph with the dateline (`Place, date - `) as the article gives it",
    ),
    IssueCode(
        "ingest.not-utf8",
        "error",
        LAYER,
        "not valid UTF-8 (the message names the byte, its offset and line) or UTF-16",
        "save the file as UTF-8",
    ),
    IssueCode(
        "ingest.orphan-sidecar",
        "warning",
        LAYER,
        "a sidecar without its article",
        "add the article or remove the sidecar",
    ),
    IssueCode(
        "ingest.repeated-paragraph",
        "warning",
        LAYER,
        "a paragraph repeats an earlier one (marked REPEATED in Label Studio)",
        "code its facts once, at the first occurrence",
    ),
    IssueCode(
        "ingest.sidecar-contradicts",
        "error",
        LAYER,
        "sidecar `published` or `title` contradicts the text",
        "correct the sidecar or the article",
    ),
    IssueCode(
        "ingest.unreadable",
        "error",
        LAYER,
        "the file cannot be read (permissions, I/O error)",
        "fix the file's permissions, or restore it",
    ),
    IssueCode(
        "ingest.unsupported-language",
        "error",
        LAYER,
        "detected language is not French or English",
        "remove the article: only French and English are coded",
    ),
    IssueCode(
        "ingest.failed",
        "error",
        LAYER,
        "an unforeseen failure on this file; the other files are still ingested",
        "report it, with the file",
    ),
    IssueCode(
        "ingest.outside-raw",
        "error",
        LAYER,
        "a link in raw/ points outside raw/: it is not followed, and nothing of its target is read",
        "copy the article into raw/ instead of linking to it",
    ),
    IssueCode(
        "ingest.future-dateline",
        "warning",
        LAYER,
        "the dateline date is after today: a typo in the year?",
        "check the date in the article",
    ),
    IssueCode(
        "ingest.control-characters",
        "warning",
        LAYER,
        "control characters (NUL, ...) were removed from the text; the message counts them and "
        "says where the first was",
        "check the source of the file: it may be damaged",
    ),
    IssueCode(
        "ingest.not-a-file",
        "info",
        LAYER,
        "a name ending in .txt that is not a regular file (a FIFO, a socket, a dangling link, a "
        "directory): left alone",
        "remove it, or replace it with the article",
    ),
)
