"""Issue codes of checking export snapshots (`validate`, and the value parsers).

The faults of the annotation model (:mod:`sahel_events.annotation.rules`: an orphan
value, two spans under one id, an offset outside the text, a dangling relation, an
unknown control, label, choice or role) are declared here once, and reported under
these codes wherever they are met: by validate, by consolidate and compile (which
leave the item out), and by the check of fresh pre-annotations.
"""

from __future__ import annotations

from .model import IssueCode

LAYER = "validate"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "codebook.attribute-not-allowed",
        "error",
        LAYER,
        "a per-region choice or value on a region whose label does not take it (an event "
        "attribute on an entity, a sector on a place, anything on a layout mark)",
        "remove it, or relabel the region",
    ),
    IssueCode(
        "codebook.dangling-relation",
        "error",
        LAYER,
        "a relation points at a region that does not exist in this annotation",
        "delete the relation and draw it again",
    ),
    IssueCode(
        "codebook.duplicate-region-id",
        "error",
        LAYER,
        "two spans share one id, so their values and relations cannot be told apart",
        "delete one region and label it again",
    ),
    IssueCode(
        "codebook.events-in-not-relevant-document",
        "error",
        LAYER,
        "the document is marked not_relevant but events are coded in it",
        "mark it relevant, or delete the events",
    ),
    IssueCode(
        "codebook.mode-of-other-type",
        "error",
        LAYER,
        "an event carries the mode control of another event type (it was relabelled after its "
        "mode was set)",
        "set the mode of its own type, or change the type back",
    ),
    IssueCode(
        "codebook.orphan-attribute",
        "error",
        LAYER,
        "a per-region value whose region id has no labelled span in the annotation",
        "label the span or drop the value",
    ),
    IssueCode(
        "codebook.relation-not-from-event",
        "error",
        LAYER,
        "a relation does not go from an event trigger to an entity (backwards, entity to "
        "entity, event to event)",
        "redraw it from the event, or flip its direction",
    ),
    IssueCode(
        "codebook.relevant-without-events",
        "warning",
        LAYER,
        "the document is marked relevant but no event is coded",
        "code its events, or mark it not_relevant",
    ),
    IssueCode(
        "codebook.required-attribute-missing",
        "error",
        LAYER,
        "a required choice with no default is not set (on a region, or for the document)",
        "choose a value",
    ),
    IssueCode(
        "codebook.argument-without-actor-id",
        "error",
        LAYER,
        "a mention filling an actor or recipient role has no actor id and no actor type "
        "(required by the codebook's requirements section)",
        "type the registry id (state-xx for a state) in norm_actor, or set actor_type when "
        "the actor is unidentified",
    ),
    IssueCode(
        "codebook.required-by-codebook-missing",
        "error",
        LAYER,
        "a region lacks an attribute the codebook's requirements section requires for its "
        "label (e.g. casualty_side on a CASUALTY count)",
        "choose a value of the attribute for the region",
    ),
    IssueCode(
        "codebook.required-role-missing",
        "error",
        LAYER,
        "an event lacks a role its type requires (e.g. the actor)",
        "draw the relation to the entity that fills it",
    ),
    IssueCode(
        "codebook.role-filler-not-allowed",
        "error",
        LAYER,
        "the role cannot be filled by this entity type (a TIME as location)",
        "relabel the entity or change the role",
    ),
    IssueCode(
        "codebook.role-not-allowed-for-type",
        "error",
        LAYER,
        "the event type does not take this role",
        "change the role or the event type",
    ),
    IssueCode(
        "codebook.unknown-choice",
        "error",
        LAYER,
        "a choice value that is not a value of its control",
        "pick one of the listed values",
    ),
    IssueCode(
        "codebook.unknown-control",
        "error",
        LAYER,
        "a `from_name` that is no control of the labeling config (another project's export, or "
        "an old codebook)",
        "check the project; regenerate and push the labeling config",
    ),
    IssueCode(
        "codebook.unknown-label",
        "error",
        LAYER,
        "a span label that is not a label of its control in the codebook",
        "relabel the region, or add the label to the codebook first",
    ),
    IssueCode(
        "codebook.unknown-role",
        "error",
        LAYER,
        "a relation label that is no argument role",
        "pick one of the roles",
    ),
    IssueCode(
        "codebook.unlabelled-relation",
        "warning",
        LAYER,
        "a relation without a role; compile ignores it",
        "pick its role",
    ),
    IssueCode(
        "export.duplicate-document",
        "warning",
        LAYER,
        "two tasks show the same document: its events would be coded twice",
        "delete one of the tasks in Label Studio",
    ),
    IssueCode(
        "export.duplicate-task",
        "error",
        LAYER,
        "the same task id appears twice in one snapshot",
        "pull a fresh snapshot; do not assemble snapshots by hand",
    ),
    IssueCode(
        "export.empty-file",
        "error",
        LAYER,
        "the snapshot file is empty",
        "pull the snapshot again",
    ),
    IssueCode(
        "export.no-tasks",
        "warning",
        LAYER,
        "the array is empty",
        "check that the right project was exported",
    ),
    IssueCode(
        "export.not-array",
        "error",
        LAYER,
        "the top level is not an array of tasks (a single task, another export format)",
        "export as Label Studio JSON (`sahel-events pull`)",
    ),
    IssueCode(
        "export.not-json",
        "error",
        LAYER,
        "a JSON syntax error, or data after the closing `]` (two exports pasted together, JSON "
        "Lines)",
        "pull the snapshot again",
    ),
    IssueCode(
        "export.not-utf8",
        "error",
        LAYER,
        "the file is not UTF-8",
        "pull the snapshot again; never re-save it in another encoding",
    ),
    IssueCode(
        "export.schema",
        "error",
        LAYER,
        "the item breaks the export schema: a missing or mistyped field, a bad timestamp, two "
        "labels on one region, a document choice on a region, ... (the message says which)",
        "fix the item at the given path, or pull again if the file was edited",
    ),
    IssueCode(
        "export.truncated",
        "error",
        LAYER,
        "the file stops in the middle (interrupted download or copy); the tasks before the cut "
        "are still checked",
        "pull the snapshot again",
    ),
    IssueCode(
        "text.attribute-offsets-differ",
        "warning",
        LAYER,
        "a per-region value repeats other offsets than its span's",
        "re-select the region and set the value again",
    ),
    IssueCode(
        "text.changed",
        "error",
        LAYER,
        "the task text is not the ingested text of its document (the article or ingest changed "
        "after the push), or no longer matches the `text_sha256` it was pushed with (edited in "
        "Label Studio); offsets may point at the wrong characters",
        "push the current text and re-check the task's regions",
    ),
    IssueCode(
        "text.duplicate-region",
        "warning",
        LAYER,
        "two regions with the same control, offsets and label (the UI makes them when a region "
        "is relabelled); compile keeps the first",
        "delete one of them",
    ),
    IssueCode(
        "text.empty-span",
        "error",
        LAYER,
        "a span with `end <= start`",
        "delete the region or label the span again",
    ),
    IssueCode(
        "text.ingest-rejected",
        "warning",
        LAYER,
        "an article in `raw/` could not be ingested, so its tasks show as unknown documents",
        "fix the article (see `sahel-events ingest`)",
    ),
    IssueCode(
        "text.offset-out-of-range",
        "error",
        LAYER,
        "a span's offsets fall outside the task text",
        "delete the region and label the span again",
    ),
    IssueCode(
        "text.span-text-mismatch",
        "error",
        LAYER,
        "`value.text` is not the text at the offsets",
        "label the span again",
    ),
    IssueCode(
        "text.splits-grapheme",
        "error",
        LAYER,
        "a span starts or ends inside a character shown as one (a flag, an emoji with skin "
        "tone, a letter with combining accents)",
        "include the character whole or leave it out",
    ),
    IssueCode(
        "text.unknown-document",
        "error",
        LAYER,
        "no ingested document has the task's `doc_id`",
        "restore the article in `raw/`, or remove the task",
    ),
    IssueCode(
        "value.bad-actor-id",
        "error",
        LAYER,
        "not a registry id `[a-z0-9][a-z0-9-]*` nor a Wikidata id `Q<digits>`",
        "use the actor registry id",
    ),
    IssueCode(
        "value.bad-coordinates",
        "error",
        LAYER,
        "not `<lat>,<lon>` in decimal degrees, or out of range (latitude and longitude swapped?)",
        "write decimal degrees, latitude first",
    ),
    IssueCode(
        "value.bad-count",
        "error",
        LAYER,
        "a count that is not `N` or `LOW-HIGH` in digits",
        "write digits only",
    ),
    IssueCode(
        "value.bad-date",
        "error",
        LAYER,
        "a date that is not ISO 8601 `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `START/END` (day-first "
        "dates get the ISO form suggested)",
        "write it in ISO 8601",
    ),
    IssueCode(
        "value.bad-gazetteer-id",
        "error",
        LAYER,
        "a place id that is not `geonames:<digits>`",
        "write the GeoNames id",
    ),
    IssueCode(
        "value.count-order",
        "error",
        LAYER,
        "a range whose low figure is above its high figure",
        "write LOW-HIGH",
    ),
    IssueCode(
        "value.count-qualifier-mismatch",
        "warning",
        LAYER,
        "a range with the qualifier `exact` or `at-least` (explicit or by default), which take "
        "one figure",
        "write one figure, or choose `approximate`",
    ),
    IssueCode(
        "value.date-order",
        "error",
        LAYER,
        "an interval that starts after it ends",
        "swap the two ends",
    ),
    IssueCode(
        "value.precision-mismatch",
        "warning",
        LAYER,
        "the interval is wider than its precision allows (`day` one day, `days` 31, `week` 7, "
        "`part-of-month` and `month` one calendar month, `year` one calendar year)",
        "check the date or the precision",
    ),
    IssueCode(
        "value.unknown-precision",
        "error",
        LAYER,
        "a date without a date precision (and no default)",
        "choose the precision",
    ),
    IssueCode(
        "export.several-ground-truths",
        "error",
        LAYER,
        "two or more annotations of one task are marked ground truth",
        "in Label Studio, unmark all but the reviewed annotation",
    ),
    IssueCode(
        "json.too-deep",
        "error",
        LAYER,
        "JSON nested more than 64 levels deep (or deeper than Python can read), in any file the "
        "project reads",
        "restore the file (pull, ingest or release again)",
    ),
    IssueCode(
        "json.number-too-large",
        "error",
        LAYER,
        "an integer beyond 64 bits, a float beyond a double (`1e999`) or a number longer than 64 "
        "characters",
        "restore the file (pull, ingest or release again)",
    ),
    IssueCode(
        "json.non-finite",
        "error",
        LAYER,
        "`NaN`, `Infinity` or `-Infinity`, which JSON does not allow",
        "restore the file, or write a finite number or null",
    ),
    IssueCode(
        "json.duplicate-key",
        "error",
        LAYER,
        "one JSON object gives a key twice (readers disagree on which wins)",
        "keep one of the two",
    ),
    IssueCode(
        "json.bad-string",
        "error",
        LAYER,
        "a JSON string holds a lone surrogate escape (`\\ud800`), which is not text",
        "restore the file",
    ),
    IssueCode(
        "json.not-json",
        "error",
        LAYER,
        "a JSON file does not parse (the message gives line and column)",
        "restore the file",
    ),
    IssueCode(
        "json.not-utf8",
        "error",
        LAYER,
        "a JSON file is not UTF-8",
        "restore the file",
    ),
    IssueCode(
        "snapshot.fix-in-label-studio",
        "info",
        LAYER,
        "the errors reported for a snapshot are in current annotations (no newer snapshot "
        "of the same source supersedes them)",
        "correct them in Label Studio, then run `sahel-events pull`; the new snapshot "
        "supersedes the old one",
    ),
    IssueCode(
        "snapshot.superseded",
        "info",
        LAYER,
        "every task of an older snapshot has a newer copy from the same server and project; "
        "it is kept as history and not checked",
        "nothing: snapshots are append-only",
    ),
    IssueCode(
        "validate.cache-unreadable",
        "info",
        LAYER,
        "the validation cache (`work/validate-cache/`) could not be read (damaged, cut "
        "short, another format); every task was checked again and the cache written anew",
        "nothing; the report is the same. Delete `work/validate-cache/` if it recurs",
    ),
)
