"""Release versions and the SemVer rules that tie them to schema changes.

A data release has a SemVer of its own (``build/<MAJOR.MINOR.PATCH>/``). Compared with
the previous release, the published schema may only change as the version allows
(the Data Package Version rules, applied to tables, columns and enum values):

* breaking (needs a MAJOR bump): a table or column removed or renamed (a rename is a
  removal plus an addition), a column's type changed, a nullable column made required,
  an enum value removed;
* additive (needs at least a MINOR bump): a table or column added, an enum value added,
  a required column made nullable.

Column order is not compared: every reader we support (pandas, pyarrow, DuckDB, Polars,
frictionless, mlcroissant) addresses columns by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from .. import jsonread, patterns
from ..errors import Location, Report
from ..patterns import compiled

SEMVER = compiled(patterns.SEMVER)
#: A release directory is complete once this file is in it (it is written last but one).
COMPLETE_MARKER = "manifest.json"


@dataclass(frozen=True, order=True)
class Version:
    """A ``MAJOR.MINOR.PATCH`` version (no pre-release or build parts)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``MAJOR.MINOR.PATCH``; raise ``ValueError`` on anything else."""
        match = SEMVER.fullmatch(text)
        if not match:
            raise ValueError(f"{text!r} is not a version {patterns.SEMVER_HINT}")
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def is_version(text: str) -> bool:
    """True when ``text`` is a ``MAJOR.MINOR.PATCH`` version."""
    return SEMVER.fullmatch(text) is not None


def releases(build_dir: Path) -> list[tuple[Version, Path]]:
    """The complete releases under ``build_dir``, oldest first.

    A directory counts when its name is a version and it holds a manifest; temporary
    directories (dot-names) and stray folders are ignored.
    """
    if not build_dir.is_dir():
        return []
    found = [
        (Version.parse(p.name), p)
        for p in build_dir.iterdir()
        if p.is_dir() and is_version(p.name) and (p / COMPLETE_MARKER).is_file()
    ]
    return sorted(found)


def latest_release(build_dir: Path, below: Version | None = None) -> tuple[Version, Path] | None:
    """The newest complete release, or the newest one older than ``below``."""
    candidates = [r for r in releases(build_dir) if below is None or r[0] < below]
    return candidates[-1] if candidates else None


# ---------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class Column:
    """What SemVer compares about a column."""

    type: str
    nullable: bool
    enum: tuple[str, ...] | None


TableSchemas = dict[str, dict[str, Column]]
"""table -> column -> :class:`Column`."""


def enum_values(field: dict[str, Any]) -> tuple[str, ...] | None:
    """The allowed values of a Table Schema field (``constraints.enum`` or ``categories``)."""
    values = field.get("constraints", {}).get("enum")
    if values is None and "categories" in field:
        values = [c["value"] if isinstance(c, dict) else c for c in field["categories"]]
    return None if values is None else tuple(str(v) for v in values)


def schemas_of(
    arrow: dict[str, pa.Schema], frictionless: dict[str, dict[str, Any]]
) -> TableSchemas:
    """Combine Arrow schemas (types) and Table Schemas (enum values) per table."""
    out: TableSchemas = {}
    for table, schema in arrow.items():
        fields = {f["name"]: f for f in frictionless.get(table, {}).get("fields", [])}
        out[table] = {
            f.name: Column(str(f.type), f.nullable, enum_values(fields.get(f.name, {})))
            for f in schema
        }
    return out


def release_schemas(release_dir: Path) -> TableSchemas:
    """The schemas of a published release: Parquet footers plus its ``datapackage.json``."""
    package = jsonread.load_path(release_dir / "datapackage.json")
    arrow: dict[str, pa.Schema] = {}
    frictionless: dict[str, dict[str, Any]] = {}
    for resource in package.get("resources", []):
        arrow[resource["name"]] = pq.read_schema(release_dir / resource["path"])
        frictionless[resource["name"]] = resource.get("schema", {})
    return schemas_of(arrow, frictionless)


Severity = Literal["major", "minor"]


@dataclass(frozen=True)
class SchemaChange:
    """One difference between two releases' schemas and the bump it needs."""

    needs: Severity
    table: str
    column: str | None
    message: str


def compare_schemas(old: TableSchemas, new: TableSchemas) -> list[SchemaChange]:
    """Every change from ``old`` to ``new``, breaking ones first, in a stable order."""
    changes: list[SchemaChange] = []
    for table in sorted(old.keys() - new.keys()):
        changes.append(SchemaChange("major", table, None, f"table {table} was removed"))
    for table in sorted(new.keys() - old.keys()):
        changes.append(SchemaChange("minor", table, None, f"table {table} was added"))
    for table in sorted(old.keys() & new.keys()):
        before, after = old[table], new[table]
        for col in sorted(before.keys() - after.keys()):
            changes.append(
                SchemaChange("major", table, col, f"column {table}.{col} was removed or renamed")
            )
        for col in sorted(after.keys() - before.keys()):
            changes.append(SchemaChange("minor", table, col, f"column {table}.{col} was added"))
        for col in sorted(before.keys() & after.keys()):
            changes.extend(_column_changes(table, col, before[col], after[col]))
    return sorted(changes, key=lambda c: c.needs != "major")


def _column_changes(table: str, col: str, a: Column, b: Column) -> list[SchemaChange]:
    name = f"{table}.{col}"
    out: list[SchemaChange] = []
    if a.type != b.type:
        out.append(
            SchemaChange("major", table, col, f"column {name} changed type {a.type} -> {b.type}")
        )
    if a.nullable and not b.nullable:
        out.append(SchemaChange("major", table, col, f"column {name} became required (non-null)"))
    elif b.nullable and not a.nullable:
        out.append(SchemaChange("minor", table, col, f"column {name} became nullable"))
    if a.enum is not None and b.enum is None:
        out.append(SchemaChange("minor", table, col, f"column {name} no longer restricts values"))
    elif a.enum is None and b.enum is not None:
        out.append(SchemaChange("major", table, col, f"column {name} now restricts its values"))
    elif a.enum is not None and b.enum is not None:
        removed = sorted(set(a.enum) - set(b.enum))
        added = sorted(set(b.enum) - set(a.enum))
        if removed:
            out.append(
                SchemaChange(
                    "major", table, col, f"column {name} lost enum value(s) {', '.join(removed)}"
                )
            )
        if added:
            out.append(
                SchemaChange(
                    "minor", table, col, f"column {name} gained enum value(s) {', '.join(added)}"
                )
            )
    return out


def check_bump(
    previous: Version,
    new: Version,
    changes: list[SchemaChange],
    where: Location | None = None,
) -> Report:
    """Report the schema changes that ``previous -> new`` does not allow.

    A breaking change needs ``new.major > previous.major``; an additive one needs at
    least a minor bump. Issues carry ``release.schema-breaking`` or
    ``release.schema-addition`` and name the table and column.
    """
    report = Report()
    major = new.major > previous.major
    minor = major or new.minor > previous.minor
    for change in changes:
        location = Location(
            file=where.file if where else None,
            table=change.table,
            path=f"{change.table}.{change.column}" if change.column else None,
        )
        if change.needs == "major" and not major:
            report.add(
                "release.schema-breaking",
                f"{change.message} since {previous}: a breaking change needs a major "
                f"version ({previous.major + 1}.0.0), not {new}",
                location,
            )
        elif change.needs == "minor" and not minor:
            report.add(
                "release.schema-addition",
                f"{change.message} since {previous}: an addition needs at least a minor "
                f"version ({previous.major}.{previous.minor + 1}.0), not {new}",
                location,
            )
    return report


def check_codebook_version(previous: str, current: str, where: Location | None = None) -> Report:
    """Refuse a codebook (schema) version lower than the previous release's."""
    report = Report()
    try:
        before, now = Version.parse(previous), Version.parse(current)
    except ValueError as exc:
        report.add("release.codebook-version", str(exc), where)
        return report
    if now < before:
        report.add(
            "release.codebook-version",
            f"the codebook version {now} is lower than the previous release's {before}; "
            "a schema version never goes back",
            where,
        )
    return report


def check_against_previous(
    previous: tuple[Version, Path],
    version: Version,
    schema_version: str,
    schemas: Callable[[], tuple[TableSchemas, TableSchemas] | None],
    where: Location | None = None,
) -> Report:
    """The SemVer rules of release ``version`` against the ``previous`` release.

    First the codebook (schema) version ``schema_version`` against the one recorded in
    the previous release's manifest (an issue there is located at ``where``), then the
    schema changes against the version bump. ``schemas`` gives the previous and the new
    release's schemas; it is called after the codebook check, and when it returns
    ``None`` (the schemas could not be read) the bump is not checked. Rule violations
    are reported; an unreadable previous manifest raises.
    """
    prev_version, prev_dir = previous
    report = Report()
    # The complete marker is the release's manifest.json.
    prev_manifest = jsonread.load_path(prev_dir / COMPLETE_MARKER)
    report.extend(
        check_codebook_version(
            str(prev_manifest.get("schema_version", "0.0.0")), schema_version, where
        ).issues
    )
    pair = schemas()
    if pair is not None:
        old, new = pair
        report.extend(check_bump(prev_version, version, compare_schemas(old, new)).issues)
    return report
