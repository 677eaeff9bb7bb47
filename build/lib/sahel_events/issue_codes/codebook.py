"""Issue codes of loading and checking schema/codebook.yaml (:mod:`sahel_events.codebook`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "codebook"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "codebook.bad-id",
        "error",
        LAYER,
        "an id (label, value, role, attribute) does not match the id pattern the message names",
        "rename it to match the pattern",
    ),
    IssueCode(
        "codebook.bad-value",
        "error",
        LAYER,
        "a field holds a value outside the allowed set or format (version not "
        "MAJOR.MINOR.PATCH, unknown format, quad, cardinality, hotkey, colour)",
        "write one of the values the message lists",
    ),
    IssueCode(
        "codebook.id-missing",
        "error",
        LAYER,
        "a role, attribute, normalised value, document choice, entity type or value the "
        "pipeline acts on by name (`src/sahel_events/annotation/ids.py`) is not in the codebook",
        "define it in the codebook section named, or rename it in `annotation/ids.py` too",
    ),
    IssueCode(
        "codebook.choice-missing",
        "error",
        LAYER,
        "a document choice value that validation and consolidation act on (relevance, document "
        "status) is missing",
        "add the value back to the document choice",
    ),
    IssueCode(
        "codebook.duplicate",
        "error",
        LAYER,
        "the same item is listed twice (a list entry, a crosswalk row)",
        "keep one",
    ),
    IssueCode(
        "codebook.duplicate-hotkey",
        "error",
        LAYER,
        "two labels share one hotkey",
        "give one of them another hotkey",
    ),
    IssueCode(
        "codebook.duplicate-key",
        "error",
        LAYER,
        "a YAML key appears twice in one mapping; the second would silently replace the first",
        "keep one of the two",
    ),
    IssueCode(
        "codebook.duplicate-label",
        "error",
        LAYER,
        "a label id is defined twice (labels must be unique across entity and event types)",
        "rename or remove one",
    ),
    IssueCode(
        "codebook.empty",
        "error",
        LAYER,
        "the codebook file is empty",
        "restore `schema/codebook.yaml` from git",
    ),
    IssueCode(
        "codebook.empty-text",
        "error",
        LAYER,
        "a definition, name or example that must be text is empty",
        "write the text",
    ),
    IssueCode(
        "codebook.inconsistent",
        "error",
        LAYER,
        "an entity type's `normalised` list and a normalised value's `applies_to` disagree",
        "list the pair on both sides, or on neither",
    ),
    IssueCode(
        "codebook.missing-key",
        "error",
        LAYER,
        "a required key or entry is missing (a field, a PLOVER context, a crosswalk row, an "
        "attribute the published tables need)",
        "add it as the message says",
    ),
    IssueCode(
        "codebook.mode-missing",
        "error",
        LAYER,
        "a PLOVER mode of an event type is missing",
        "add the mode with a definition and examples",
    ),
    IssueCode(
        "codebook.mode-wrong-type",
        "error",
        LAYER,
        "a mode listed under an event type that PLOVER gives to another type",
        "move the mode to its PLOVER type",
    ),
    IssueCode(
        "codebook.not-plover",
        "error",
        LAYER,
        "an event type, context or crosswalk target that is not in PLOVER",
        "use a PLOVER name (the message lists them)",
    ),
    IssueCode(
        "codebook.not-utf8",
        "error",
        LAYER,
        "the codebook file is not UTF-8",
        "save it as UTF-8",
    ),
    IssueCode(
        "codebook.reserved",
        "error",
        LAYER,
        "a label uses an id reserved by the pipeline (the repeated-paragraph mark)",
        "rename the label",
    ),
    IssueCode(
        "codebook.type-missing",
        "error",
        LAYER,
        "a PLOVER event type is missing from `event_types`",
        "add it",
    ),
    IssueCode(
        "codebook.unknown-key",
        "error",
        LAYER,
        "a key the codebook format does not know (a typo?)",
        "fix the key; the message lists the allowed ones",
    ),
    IssueCode(
        "codebook.unknown-reference",
        "error",
        LAYER,
        "a reference to a role, value, mode, type or auxiliary that is not defined",
        "define it, or fix the reference",
    ),
    IssueCode(
        "codebook.unreadable",
        "error",
        LAYER,
        "the codebook file cannot be read (missing, permissions)",
        "restore `schema/codebook.yaml`",
    ),
    IssueCode(
        "codebook.wrong-type",
        "error",
        LAYER,
        "a field has the wrong YAML type (a list where a mapping is expected, ...)",
        "write it in the form the message names",
    ),
    IssueCode(
        "codebook.yaml-syntax",
        "error",
        LAYER,
        "the codebook is not valid YAML",
        "fix the syntax at the given line",
    ),
)
