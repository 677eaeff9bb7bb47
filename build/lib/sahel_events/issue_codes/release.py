"""Issue codes of building and checking a release (:mod:`sahel_events.release`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "release"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "release.agreement",
        "error",
        LAYER,
        "`agreement.json` does not follow the schema its codebook gives (a figure missing "
        "or of the wrong type, an annotator named by other than a pseudonym)",
        "restore it from the published release",
    ),
    IssueCode(
        "release.bad-json",
        "error",
        LAYER,
        "a JSON file does not parse",
        "restore it",
    ),
    IssueCode(
        "release.checksum",
        "error",
        LAYER,
        "a file differs from `SHA256SUMS`",
        "restore it from the published release",
    ),
    IssueCode(
        "release.checksum-format",
        "error",
        LAYER,
        "a line of `SHA256SUMS` is not `<sha256>  <path>`",
        "restore `SHA256SUMS`",
    ),
    IssueCode(
        "release.codebook",
        "error",
        LAYER,
        "the release's codebook is missing, changed or invalid",
        "restore `schema/codebook.yaml`",
    ),
    IssueCode(
        "release.codebook-version",
        "error",
        LAYER,
        "the codebook version went back",
        "raise `version` in `schema/codebook.yaml`",
    ),
    IssueCode(
        "release.content-hash",
        "error",
        LAYER,
        "a table's content differs from its recorded hash",
        "restore it",
    ),
    IssueCode(
        "release.croissant",
        "warning",
        LAYER,
        "mlcroissant refuses the file or cannot load a record, or a file's sha256 is not "
        "the one `croissant.json` gives",
        "see the message",
    ),
    IssueCode(
        "release.datapackage",
        "error",
        LAYER,
        "frictionless finds the descriptor or the data invalid, or a row breaks a primary "
        "key, `unique` field or foreign key the descriptor declares (checked in Arrow)",
        "see the message",
    ),
    IssueCode(
        "release.input-changed",
        "error",
        LAYER,
        "a recorded input was rewritten",
        "restore it: raw files and snapshots are never rewritten",
    ),
    IssueCode(
        "release.input-missing",
        "error",
        LAYER,
        "a recorded input is not in the project",
        "restore it from git",
    ),
    IssueCode(
        "release.manifest",
        "warning",
        LAYER,
        "manifest, content hashes and descriptors disagree",
        "rebuild the release",
    ),
    IssueCode(
        "release.missing-file",
        "error",
        LAYER,
        "a file of the release is missing",
        "restore it",
    ),
    IssueCode(
        "release.no-snapshots",
        "warning",
        LAYER,
        "`annotations/` holds no export snapshot, so the tables are empty",
        "pull one with `sahel-events pull`",
    ),
    IssueCode(
        "release.gazetteer-changed",
        "info",
        LAYER,
        "places the release uses have other names or admin units in today's gazetteer; "
        "the rebuild uses the release's own (from its tables)",
        "nothing to do for a published release; a new release publishes today's",
    ),
    IssueCode(
        "release.not-reproducible",
        "error",
        LAYER,
        "the rebuild gives other content (or fails)",
        "compare tool versions; find what changed",
    ),
    IssueCode(
        "release.schema-addition",
        "error",
        LAYER,
        "an addition without a minor version",
        "release at least the next minor version",
    ),
    IssueCode(
        "release.schema-breaking",
        "error",
        LAYER,
        "a breaking schema change without a major version, or a column missing from a table",
        "release a new major version (or restore the column)",
    ),
    IssueCode(
        "release.rebuild-skipped",
        "info",
        LAYER,
        "no checkout holds the recorded inputs: every check ran but the rebuild",
        "run the check in a checkout, or with `--project DIR`, to rebuild",
    ),
    IssueCode(
        "release.schema-files",
        "info",
        LAYER,
        "a schema file generated from the release's codebook differs from the recorded one (the"
        " generators changed)",
        "nothing for the data; note it when comparing releases",
    ),
    IssueCode(
        "release.schema-mismatch",
        "error",
        LAYER,
        "a table's schema differs from its definition (type, nullability, extra column, metadata)",
        "rebuild the release; never edit one by hand",
    ),
    IssueCode(
        "release.unlisted-file",
        "error",
        LAYER,
        "a file not in `SHA256SUMS` was added",
        "remove it",
    ),
    IssueCode(
        "release.unreadable",
        "error",
        LAYER,
        "a table cannot be read",
        "restore it",
    ),
    IssueCode(
        "release.edited",
        "error",
        LAYER,
        "a descriptor, the card, `CHANGES.md`, `diff.json` or `agreement.json` differs from "
        "what the release's own inputs give",
        "restore it from the published release",
    ),
    IssueCode(
        "release.generators-changed",
        "info",
        LAYER,
        "a file the release writes differs from a rebuild, but the generators changed since the "
        "release",
        "expected after a generator change",
    ),
    IssueCode(
        "release.changes-earlier-rule",
        "info",
        LAYER,
        "`CHANGES.md` is what the rebuilt diff gives under the rule releases up to 1.1.1 were "
        "written by: it cites every correction in effect, even one that changed no record",
        "nothing for a published release; a new release cites only the corrections whose "
        "documents changed",
    ),
    IssueCode(
        "release.previous-missing",
        "warning",
        LAYER,
        "the previous release is not beside this one: the card and diff cannot be compared with a "
        "rebuild",
        "check the release beside its predecessor",
    ),
    IssueCode(
        "release.interrupted",
        "error",
        LAYER,
        "the directory is what an interrupted release left, not a release",
        "nothing: the next release removes it (or delete it)",
    ),
    IssueCode(
        "release.not-a-version",
        "error",
        LAYER,
        "the directory name is not `MAJOR.MINOR.PATCH`",
        "check build/<version>/; never rename a release",
    ),
)
