"""``release check``: everything CI verifies on a release directory.

In order: the checksums; the manifest and the other descriptors agree with each other;
each table reads, has the content hash recorded, and has exactly the Arrow schema the
table definitions give under the release's codebook; pandera rules, keys and offsets;
the Data Package validated by frictionless (descriptor, types, constraints) with its
primary keys, unique fields and foreign keys checked in Arrow (:mod:`.keycheck`); the
Croissant file validated and one record of each record set loaded by mlcroissant
(:mod:`.croissantcheck`); the SemVer rules against the previous release beside it; and a rebuild
from the recorded inputs, which must give the same content hashes.

Every finding is an issue of a :class:`~sahel_events.errors.Report` with a stable code
(``release.checksum``, ``release.missing-file``, ``release.schema-breaking``,
``release.not-reproducible``, ...) naming the file, table, column or key at fault.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import gazetteer, jsonread
from ..codebook import Codebook, CodebookError, load_codebook
from ..errors import InvalidDataError, Location, Report, UsageError
from ..files import sha256_file
from ..paths import CODEBOOK_FILE, Project
from ..tables import arrow_schema, get_table
from ..tables.definitions import META_CODEBOOK, META_PRIMARY_KEY, META_SCHEMA_VERSION, META_TABLE
from . import semver
from .agreementfile import AGREEMENT_FILE, check_agreement
from .batches import column_names, iter_rows, schema_of
from .build import CONTENT_HASHES, DATA_DIR, INTERRUPTED, _write_release
from .croissantcheck import check_croissant
from .diff import LAST_CITING_EVERY_CORRECTION, rendered_by_earlier_rule
from .keycheck import check_declared_keys, check_todays_keys, without_keys
from .manifest import CODEBOOK_COPY, MANIFEST_FILE
from .pipeline import Progress, _quiet, compile_project
from .render import RenderError
from .sums import SUMS_FILE, read_sums, verify_sums
from .tablerules import check_incident_files, check_offset_files, check_rule_files

#: The JSON descriptors that the manifest is compared with.
DESCRIPTORS = ("datapackage.json", "croissant.json")


def check_release(
    release_dir: Path,
    project: Project | None,
    *,
    rebuild: bool = True,
    progress: Progress | None = None,
) -> Report:
    """Verify a release directory; return the report (valid when nothing is wrong).

    ``project`` is where the recorded inputs are looked up for the rebuild. ``None``
    checks a downloaded release on its own: everything but the rebuild, with the
    release's own codebook copy (an ``info`` issue says the rebuild was skipped). The
    previous release, for the SemVer rules, is looked up beside ``release_dir``.
    Raises :class:`UsageError` only when ``release_dir`` is not a directory.
    """
    say = progress or _quiet
    root = release_dir.resolve()
    if not root.is_dir():
        raise UsageError(f"{release_dir} is not a directory; give a release such as build/1.0.0")
    report = Report()
    if not semver.is_version(root.name):
        report.add(*_not_a_version(root.name), Location(file=root.name))
        return report

    say("checksums")
    sums_report = verify_sums(root)
    report.extend(sums_report.issues)
    missing = {i.location.file for i in sums_report if i.code == "release.missing-file"}

    say("manifest")
    docs = {name: _read_json(root, name, report, missing) for name in DESCRIPTORS}
    manifest = _read_json(root, MANIFEST_FILE, report, missing)
    hashes = _read_json(root, CONTENT_HASHES, report, missing)
    if not (root / "README.md").is_file() and "README.md" not in missing:
        report.add(
            "release.missing-file",
            "README.md (the dataset card) is missing",
            Location(file="README.md"),
        )
    if manifest is None:
        return report
    _check_consistency(root, manifest, hashes, docs, report)

    codebook = _release_codebook(root, manifest, project, report)
    if codebook is None:
        return report

    # The tables are in memory only for the rules and keys: the steps after read the
    # files a batch at a time, and the rebuild compiles beside none of them.
    tables = _check_tables(root, manifest, codebook, docs, hashes, report, say)

    say(AGREEMENT_FILE)
    check_agreement(root, codebook, report)

    if docs["datapackage.json"] is not None:
        say("datapackage.json (frictionless)")
        _check_datapackage(docs["datapackage.json"], tables, report)
    if docs["croissant.json"] is not None:
        say("croissant.json (mlcroissant)")
        check_croissant(root / "croissant.json", report)

    say("SemVer against the previous release")
    _check_semver(root, manifest, report)

    if rebuild and project is None:
        report.add(
            "release.rebuild-skipped",
            "not rebuilt: no sahel-events checkout holds the recorded inputs (raw/, "
            "annotations/); run the check inside one, or with --project DIR, to rebuild",
            Location(file=MANIFEST_FILE),
            "info",
        )
    elif rebuild and project is not None:
        say("rebuild from the recorded inputs")
        _check_rebuild(root, manifest, project, hashes or {}, say, report)
    return report


# ---------------------------------------------------------------------------- helpers


def _read_json(root: Path, name: str, report: Report, missing: set[str | None]) -> Any:
    path = root / name
    if not path.is_file():
        if name not in missing:
            report.add("release.missing-file", f"{name} is missing", Location(file=name))
        return None
    try:
        return jsonread.load_path(path)
    except (OSError, ValueError) as exc:
        report.add("release.bad-json", f"{name} is not valid JSON: {exc}", Location(file=name))
        return None


def _check_consistency(
    root: Path,
    manifest: dict[str, Any],
    hashes: dict[str, str] | None,
    docs: dict[str, Any],
    report: Report,
) -> None:
    """The manifest, SHA256SUMS, content-hashes.json and the descriptors agree."""
    version = manifest.get("release_version")
    where = Location(file=MANIFEST_FILE)
    if semver.is_version(root.name) and version != root.name:
        report.add(
            "release.manifest",
            f"the manifest is for release {version} but the directory is {root.name}",
            where,
        )
    for name in ("datapackage.json", "croissant.json"):
        doc = docs.get(name)
        if doc is not None and doc.get("version") != version:
            report.add(
                "release.manifest",
                f"{name} says version {doc.get('version')}, the manifest {version}",
                Location(file=name),
            )
    sums = read_sums(root, Report()) or {}
    tables = manifest.get("tables", {})
    for name, entry in tables.items():
        listed = sums.get(entry.get("path", ""))
        if listed is not None and listed != entry.get("sha256"):
            report.add(
                "release.manifest",
                f"the manifest's sha256 of {entry.get('path')} differs from {SUMS_FILE}",
                Location(file=MANIFEST_FILE, table=name),
            )
        if hashes is not None and hashes.get(name) != entry.get("content_hash"):
            report.add(
                "release.manifest",
                f"the content hash of {name} differs between the manifest and {CONTENT_HASHES}",
                Location(file=CONTENT_HASHES, table=name),
            )
    package = docs.get("datapackage.json")
    if package is not None:
        for resource in package.get("resources", []):
            entry = tables.get(resource.get("name"), {})
            # `bytes` is optional (releases from 0.2.0 leave it out: the stock
            # frictionless reader computes none for Parquet and reports every one).
            declared = resource.get("bytes", entry.get("bytes"))
            if resource.get("hash") != f"sha256:{entry.get('sha256')}" or declared != entry.get(
                "bytes"
            ):
                report.add(
                    "release.datapackage",
                    f"resource {resource.get('name')}: bytes/hash differ from the manifest",
                    Location(file="datapackage.json", table=resource.get("name")),
                )


def _not_a_version(name: str) -> tuple[str, str]:
    """The code and message refusing a directory whose name is not a version."""
    if INTERRUPTED.match(name):
        return (
            "release.interrupted",
            f"{name} is what an interrupted `sahel-events release` left, not a release; "
            "the next release removes it (or delete it)",
        )
    return (
        "release.not-a-version",
        f"the directory name {name!r} is not a version (MAJOR.MINOR.PATCH); a release "
        "lives in build/<version>/ and is never renamed",
    )


def _release_codebook(
    root: Path, manifest: dict[str, Any], project: Project | None, report: Report
) -> Codebook | None:
    """The codebook the release was built with: its own copy, else the project's if equal."""
    recorded = manifest.get("inputs", {}).get("codebook", {})
    expected = recorded.get("sha256")
    copy = root / CODEBOOK_COPY
    if copy.is_file() and sha256_file(copy) != expected:
        # Never fall back to another codebook: the copy is what the release says it is.
        report.add(
            "release.codebook",
            f"{CODEBOOK_COPY} does not have the sha256 the manifest records ({expected}): it "
            "was changed after the release; restore it from the published release",
            Location(file=CODEBOOK_COPY),
        )
        return None
    candidates = [(root / CODEBOOK_COPY, CODEBOOK_COPY)]
    if project is not None:
        candidates.append((project.root / CODEBOOK_FILE, f"the project's {CODEBOOK_FILE}"))
    for path, label in candidates:
        if path.is_file() and sha256_file(path) == expected:
            try:
                return load_codebook(path, label)
            except CodebookError as exc:
                report.add(
                    "release.codebook",
                    f"{label} does not load: {exc}",
                    Location(file=CODEBOOK_COPY),
                )
                return None
    report.add(
        "release.codebook",
        f"no codebook with the recorded sha256 {expected}: neither {CODEBOOK_COPY} in the "
        f"release nor the project's {CODEBOOK_FILE}; the tables cannot be checked",
        Location(file=CODEBOOK_COPY),
    )
    return None


def _check_tables(
    root: Path,
    manifest: dict[str, Any],
    codebook: Codebook,
    docs: dict[str, Any],
    hashes: dict[str, str] | None,
    report: Report,
    say: Progress,
) -> dict[str, Path]:
    """Schemas, content hashes, rules, keys and offsets; return the readable table files.

    Each file is read through once a batch at a time (its content hash, which also
    finds a damaged file); the row rules, the offsets and the incidents then read the
    files a part at a time (:mod:`.tablerules`), and the key checks only the key
    columns, as Arrow arrays.
    """
    say("tables")
    files = _readable_tables(root, manifest, report)
    schemas = {name: schema_of(path) for name, (path, _) in files.items()}
    sound, current = _check_schemas(
        schemas, codebook, _published_columns(docs), report, _published_keys(docs)
    )
    if hashes is not None:
        _check_content({name: h for name, (_, h) in files.items()}, hashes, report)
    say("rules and keys")
    # Only tables with the right columns: a missing column is reported once, above,
    # not again by every rule that reads it. The row rules are those of today's table
    # format: a table published in an older one is checked by its own descriptor
    # (frictionless, below) and by the rebuild instead.
    paths = {name: path for name, (path, _) in files.items() if name in sound}
    check_rule_files({n: p for n, p in paths.items() if n in current}, codebook, report)
    keyed = _with_todays_keys(schemas, paths)
    check_todays_keys(keyed, report)
    check_offset_files(paths, report)
    check_incident_files(paths, report)
    return {name: path for name, (path, _) in files.items()}


def _key_columns(name: str) -> tuple[str, ...]:
    """The primary-key and foreign-key columns of table ``name`` (what check_keys reads)."""
    t = get_table(name)
    return tuple(dict.fromkeys([*t.primary_key, *(c for fk in t.foreign_keys for c in fk.fields)]))


def _readable_tables(
    root: Path, manifest: dict[str, Any], report: Report
) -> dict[str, tuple[Path, str]]:
    """Each table file that reads to its end, with its content hash (read in batches)."""
    from ..parquet_io import file_content_hash

    tables: dict[str, tuple[Path, str]] = {}
    for name in manifest.get("tables", {}):
        rel = _table_path(manifest, name)
        path = root / rel
        if not path.is_file():
            continue  # reported by the checksums
        try:
            tables[name] = (path, file_content_hash(path))
        except Exception as exc:  # a damaged Parquet file raises many kinds of errors
            report.add(
                "release.unreadable",
                f"cannot read the table: {exc}",
                Location(file=manifest["tables"][name].get("path"), table=name),
            )
    return tables


def _table_path(manifest: dict[str, Any], name: str) -> str:
    """Where the manifest says table ``name`` is, relative to the release."""
    entry = manifest.get("tables", {}).get(name, {})
    return str(entry.get("path", f"{DATA_DIR}/{name}.parquet"))


#: Schema metadata that a table format change leaves as it is.
FORMAT_INDEPENDENT_METADATA = frozenset(
    {META_TABLE, META_PRIMARY_KEY, META_SCHEMA_VERSION, META_CODEBOOK}
)


def _published_columns(docs: dict[str, Any]) -> dict[str, list[str]]:
    """The columns each table has in the release's own datapackage.json, in order."""
    package = docs.get("datapackage.json")
    if not isinstance(package, dict):
        return {}
    columns: dict[str, list[str]] = {}
    for resource in package.get("resources", []):
        fields = resource.get("schema", {}).get("fields", []) if isinstance(resource, dict) else []
        names = [f.get("name") for f in fields if isinstance(f, dict)]
        columns[str(resource.get("name"))] = [n for n in names if isinstance(n, str)]
    return columns


def _with_todays_keys(schemas: dict[str, pa.Schema], paths: dict[str, Path]) -> dict[str, Path]:
    """The tables of ``paths`` that have every column of today's primary and foreign keys.

    A table of an older format keyed otherwise (annotations by Label Studio's id,
    before ``annotation_key``) has its keys checked against its own descriptor by
    frictionless instead; the foreign keys pointing at it are skipped here as well.
    """
    return {
        name: path
        for name, path in paths.items()
        if set(_key_columns(name)) <= set(schemas[name].names)
    }


def _published_keys(docs: dict[str, Any]) -> dict[str, list[str]]:
    """The primary key of each table in the release's own datapackage.json."""
    package = docs.get("datapackage.json")
    keys: dict[str, list[str]] = {}
    for resource in package.get("resources", []) if isinstance(package, dict) else []:
        key = resource.get("schema", {}).get("primaryKey") if isinstance(resource, dict) else None
        if isinstance(key, list) and all(isinstance(k, str) for k in key):
            keys[str(resource.get("name"))] = key
    return keys


def _own_key(meta_value: bytes | None, published_key: list[str] | None) -> bool:
    """Whether a table's primary-key metadata is the key its release's descriptor gives."""
    if meta_value is None or published_key is None:
        return False
    try:
        return bool(json.loads(meta_value) == published_key)
    except ValueError:
        return False


def _check_schemas(
    schemas: dict[str, pa.Schema],
    codebook: Codebook,
    published: dict[str, list[str]],
    report: Report,
    published_keys: dict[str, list[str]] | None = None,
) -> tuple[set[str], set[str]]:
    """Each table's Arrow schema against the table definitions of today's code.

    A release published in an older table format is held to what it published: a
    column the definitions added since, absent from the release's datapackage.json, is
    not missing, and a column whose type changed since must be the type the release's
    format used (one a :mod:`.render` encoder renders back to), and its primary key may
    be the one its own datapackage.json declares (the annotations table was keyed by
    Label Studio's annotation id before the source-qualified ``annotation_key``).
    Returns the names of the tables whose schema is right, and of those exactly in
    today's format.
    """
    from .render import renders

    sound: set[str] = set()
    current: set[str] = set()
    for name, actual in schemas.items():
        before = len(report.errors)
        where = f"{DATA_DIR}/{name}.parquet"
        expected = arrow_schema(name, codebook)
        described = published.get(name)
        today = [(f.name, f.type) for f in actual] == [(f.name, f.type) for f in expected]
        for f in expected:
            if f.name not in actual.names:
                if described is not None and f.name not in described:
                    continue  # added to the definitions after this release
                report.add(
                    "release.schema-breaking",
                    f"column {name}.{f.name} is missing: dropping a column is a breaking "
                    "change (a new major version, with the table definition changed)",
                    Location(file=where, table=name, path=f"{name}.{f.name}"),
                )
                continue
            got = actual.field(f.name)
            # A column made nullable since (an addition) was required in older releases.
            loosened = f.nullable and not got.nullable and not today
            if not renders(f.type, got.type) or (got.nullable != f.nullable and not loosened):
                report.add(
                    "release.schema-mismatch",
                    f"column {name}.{f.name} is {got.type}"
                    f"{'' if got.nullable else ' not null'}; the schema says {f.type}"
                    f"{'' if f.nullable else ' not null'}",
                    Location(file=where, table=name, path=f"{name}.{f.name}"),
                )
        for col in actual.names:
            if col not in expected.names:
                report.add(
                    "release.schema-mismatch",
                    f"column {name}.{col} is not in the table definition",
                    Location(file=where, table=name, path=f"{name}.{col}"),
                )
        meta = actual.metadata or {}
        for key, value in (expected.metadata or {}).items():
            # A table in an older format keeps the description and foreign keys of its
            # format; its name, primary key and schema version must still be these.
            if not today and key.decode() not in FORMAT_INDEPENDENT_METADATA:
                continue
            if (
                not today
                and key.decode() == META_PRIMARY_KEY
                and _own_key(meta.get(key), (published_keys or {}).get(name))
            ):
                continue  # the key of the release's own format, as its descriptor says
            if meta.get(key) != value:
                report.add(
                    "release.schema-mismatch",
                    f"schema metadata {key.decode()} is {meta.get(key)!r}, expected "
                    f"{value.decode()!r}",
                    Location(file=where, table=name),
                )
        if len(report.errors) == before:
            sound.add(name)
            if today:
                current.add(name)
    return sound, current


def _check_content(computed: dict[str, str], hashes: dict[str, str], report: Report) -> None:
    """Each table's content hash (computed from its file) is the one recorded."""
    for name, value in computed.items():
        if hashes.get(name) != value:
            report.add(
                "release.content-hash",
                f"the content of {name} differs from its hash in {CONTENT_HASHES}",
                Location(file=f"{DATA_DIR}/{name}.parquet", table=name),
            )


def _check_datapackage(package: dict[str, Any], tables: dict[str, Path], report: Report) -> None:
    """The descriptor against the Data Package v2 profile, then the data against it.

    frictionless 5.21 cannot check Parquet resources faithfully: it reports every
    declared ``bytes`` as a byte-count error (it computes none for Parquet), and its
    pandas bridge turns a null in an integer column into NaN and then a type error. So
    the data goes to frictionless as rows read by pyarrow (nulls stay nulls), with the
    published schemas less their keys: types and constraints are frictionless's own
    checks; the primary keys, ``unique`` fields and foreign keys the descriptor declares
    are checked in Arrow (:mod:`.keycheck`: frictionless keeps every key as a Python
    tuple). ``bytes`` and ``hash`` are checked against the manifest above.
    """
    from frictionless import Package, Resource, Schema

    where = Location(file="datapackage.json")
    errors = list(Package.metadata_validate(package))
    for error in errors:
        report.add("release.datapackage", f"descriptor: {error.message}", where)
    if errors:
        return
    resources = []
    for spec in package.get("resources", []):
        path = tables.get(spec["name"])
        if path is None:
            return  # unreadable or missing: reported already
        resources.append(
            Resource(
                name=spec["name"],
                data=_row_stream(path),
                schema=Schema.from_descriptor(without_keys(spec["schema"])),
            )
        )
    result = Package(resources=resources).validate()
    for task in result.tasks:
        for error in task.errors:
            report.add(
                "release.datapackage",
                f"{error.type}: {error.message}",
                Location(file="datapackage.json", table=task.name),
            )
    check_declared_keys(package, tables, report)


def _row_stream(path: Path) -> Callable[[], Iterator[list[Any]]]:
    """The rows of a Parquet file as frictionless reads inline data: a header, then lists.

    frictionless calls it for each pass it makes over a resource (the rows, the foreign
    keys' lookup), and each call reads the file again a batch at a time
    (:data:`.batches.BATCH_ROWS`): the rows are never all in memory as Python lists.
    """

    def rows() -> Iterator[list[Any]]:
        yield column_names(path)
        for row in iter_rows(path):
            yield list(row.values())

    return rows


def _check_semver(root: Path, manifest: dict[str, Any], report: Report) -> None:
    try:
        version = semver.Version.parse(str(manifest.get("release_version")))
    except ValueError as exc:
        report.add("release.manifest", str(exc), Location(file=MANIFEST_FILE))
        return
    previous = semver.latest_release(root.parent, below=version)
    recorded = manifest.get("previous_release")
    if previous is None:
        return
    if recorded is not None and recorded != str(previous[0]):
        report.add(
            "release.manifest",
            f"the manifest names {recorded} as the previous release, but the newest "
            f"older release beside it is {previous[0]}",
            Location(file=MANIFEST_FILE),
            "warning",
        )

    def schemas() -> tuple[semver.TableSchemas, semver.TableSchemas] | None:
        try:
            return semver.release_schemas(previous[1]), semver.release_schemas(root)
        except (OSError, ValueError, KeyError, pa.ArrowException):
            return None  # a missing or unreadable file: reported already

    report.extend(
        semver.check_against_previous(
            previous,
            version,
            str(manifest.get("schema_version")),
            schemas,
            Location(file=MANIFEST_FILE),
        ).issues
    )


def _check_rebuild(
    root: Path,
    manifest: dict[str, Any],
    project: Project,
    hashes: dict[str, str],
    say: Progress,
    report: Report,
) -> None:
    """Rebuild the tables from the recorded inputs (verified by hash) in a temp project."""
    inputs = manifest.get("inputs", {})
    # Incident review snapshots (releases since the incidents table) are inputs too.
    snapshots = [*inputs.get("snapshots", []), *inputs.get("reviews", [])]
    entries = [*inputs.get("raw", []), *snapshots]
    entries += [s["provenance"] for s in snapshots if "provenance" in s]
    with tempfile.TemporaryDirectory(prefix="sahel-events-rebuild-") as tmp:
        scratch = Project(Path(tmp))
        ok = True
        for entry in entries:
            source = project.root / entry["path"]
            where = Location(file=entry["path"])
            if not source.is_file():
                report.add(
                    "release.input-missing",
                    f"recorded input {entry['path']} is not in the project {project.root}",
                    where,
                )
                ok = False
            elif sha256_file(source) != entry["sha256"]:
                report.add(
                    "release.input-changed",
                    f"recorded input {entry['path']} changed since the release (its "
                    "sha256 differs); raw files and snapshots must never be rewritten",
                    where,
                )
                ok = False
            else:
                target = scratch.root / entry["path"]
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
        if not ok:
            report.add(
                "release.not-reproducible",
                "the release cannot be rebuilt: recorded inputs are missing or changed",
                Location(file=MANIFEST_FILE),
            )
            return
        scratch.raw.mkdir(parents=True, exist_ok=True)
        scratch.annotations.mkdir(parents=True, exist_ok=True)
        scratch.schema.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / CODEBOOK_COPY, scratch.root / CODEBOOK_FILE)
        from ..generate import write_generated

        write_generated(scratch)
        generators_changed = _compare_schema_files(scratch, inputs.get("schema_files", []), report)
        try:
            with gazetteer.pinned(_release_places(root, manifest, report)):
                compiled = compile_project(scratch, lambda m: say(f"  rebuild: {m}"), cache=False)
                out = scratch.root / "out"
                _write_release(
                    out,
                    compiled,
                    str(manifest.get("release_version")),
                    _previous_release(root, manifest, report),
                    _scores(root, inputs),
                    lambda m: None,
                    withhold=_withholds_texts(root, manifest),
                )
        except InvalidDataError as exc:
            report.add(
                "release.not-reproducible",
                f"the rebuild from the recorded inputs fails: {exc}",
                Location(file=MANIFEST_FILE),
            )
            report.extend(i for i in exc.report.issues if i.severity == "error")
            return
        # A table format changed since the release (columns added, types changed) also
        # changes the descriptors, the card and the diff that describe the tables.
        changed = generators_changed or _format_changed(root, out, manifest)
        _compare_written(root, out, changed, report, _cites_every_correction(manifest))
        rebuilt = _rendered_hashes(root, manifest, out, sorted(hashes), report)
        tool = manifest.get("tool", {})
        # The tables the release has: a table added to the definitions since (a newer
        # tool derives more) is not a difference in what the release holds.
        for name in sorted(hashes):
            if name in rebuilt and hashes.get(name) != rebuilt.get(name):
                rel = _table_path(manifest, name)
                report.add(
                    "release.not-reproducible",
                    f"rebuilding {name} from the recorded inputs gives other content "
                    f"(release built by sahel-events {tool.get('version')}, pyarrow "
                    f"{tool.get('pyarrow')}; now {_tool_versions()})"
                    + _where_it_differs(root / rel, out / DATA_DIR / f"{name}.parquet"),
                    Location(file=rel, table=name),
                )


def _where_it_differs(published: Path, rebuilt: Path) -> str:
    """``; first difference at row N (key ...): columns ...`` or nothing if none is found."""

    from .rebuilt import first_difference

    try:
        found = first_difference(published, rebuilt, pq.read_schema(published))
    except (OSError, pa.ArrowException, RenderError):
        return ""  # the file is unreadable or unrenderable: reported on its own
    if found is None:
        return ""  # same rows: the recorded content hash is what differs
    key = ", ".join(f"{k}={v!r}" for k, v in found.key.items())
    return f"; first difference at row {found.row} ({key}): {', '.join(found.columns)}"


#: Table columns that record what the gazetteer said of a place, and the Place field.
_PLACE_FIELDS = {
    "place_name": "name",
    "country_code": "country_code",
    "admin1": "admin1",
    "admin2": "admin2",
}


def _release_places(root: Path, manifest: dict[str, Any], report: Report) -> list[gazetteer.Place]:
    """The gazetteer entries the release was built with, as its tables record them.

    For each place id in a published table, its name, country and admin units there; a
    place whose entry differs today is reported (``release.gazetteer-changed``,
    naming the place and the field) and pinned for the rebuild, so the release is
    judged with the places it was built from, as with its own codebook copy. Everything
    else (which place each mention and event has, offsets, counts...) is rebuilt.
    """

    recorded: dict[str, dict[str, Any]] = {}
    # The flat view names no place id: its rows are events, whose place the events
    # table gives.
    of_event: dict[str, str] = {}
    tables = sorted(manifest.get("tables", {}).items(), key=lambda kv: kv[0] != "events")
    for name, entry in tables:
        path = root / entry.get("path", f"{DATA_DIR}/{name}.parquet")
        try:
            names = pq.read_schema(path).names
        except (OSError, pa.ArrowException):
            continue  # missing or unreadable: reported by the checksums and the reader
        columns = [c for c in _PLACE_FIELDS if c in names]
        key = "place_id" if "place_id" in names else "event_id" if "event_id" in names else ""
        if not key or not columns:
            continue
        wanted = [key, *(["event_id"] if "event_id" in names else []), *columns]
        for row in pq.read_table(path, columns=list(dict.fromkeys(wanted))).to_pylist():
            place_id = row["place_id"] if key == "place_id" else of_event.get(str(row[key]))
            if name == "events" and row.get("event_id") and place_id:
                of_event[str(row["event_id"])] = str(place_id)
            if place_id:
                values = recorded.setdefault(str(place_id), {})
                values.update({_PLACE_FIELDS[c]: row[c] for c in columns})
    out: list[gazetteer.Place] = []
    for place_id, values in sorted(recorded.items()):
        today = gazetteer.lookup(place_id)
        if today is None:
            continue  # an unknown id is the compile stage's to report
        then = replace(today, **values)
        if then != today:
            fields = [
                f"{k} {getattr(then, k)!r} (today {getattr(today, k)!r})"
                for k in _PLACE_FIELDS.values()
                if getattr(then, k) != getattr(today, k)
            ]
            report.add(
                "release.gazetteer-changed",
                f"{place_id} ({today.name}) in the release: {', '.join(fields)}; the "
                "rebuild uses the release's own entry",
                Location(file=MANIFEST_FILE),
                "info",
            )
            out.append(then)
    return out


def _rendered_hashes(
    root: Path, manifest: dict[str, Any], out: Path, names: list[str], report: Report
) -> dict[str, str]:
    """Content hashes of the rebuilt tables rendered onto the release's own schemas.

    The rebuild uses today's code, whose tables may have more columns or columns of
    another type than the release published (:mod:`.render`). A table that cannot be
    rendered, or that the rebuild does not derive, is reported here and left out.
    """

    from .rebuilt import rendered_hash

    hashes: dict[str, str] = {}
    for name in names:
        rel = manifest.get("tables", {}).get(name, {}).get("path", f"{DATA_DIR}/{name}.parquet")
        where = Location(file=rel, table=name)
        try:
            published = pq.read_schema(root / rel)
        except (OSError, pa.ArrowException):
            continue  # missing or unreadable: reported by the checksums and the reader
        rebuilt = out / DATA_DIR / f"{name}.parquet"
        if not rebuilt.is_file():
            report.add(
                "release.not-reproducible",
                f"the rebuild from the recorded inputs no longer derives the table {name}",
                where,
            )
            continue
        try:
            hashes[name] = rendered_hash(rebuilt, published)
        except RenderError as exc:
            report.add(
                "release.not-reproducible",
                f"the rebuilt {name} cannot be rendered in the release's schema: {exc}",
                where,
            )
    return hashes


def _withholds_texts(root: Path, manifest: dict[str, Any]) -> bool:
    """Whether the release left out the texts its licences keep out (:mod:`.texts`).

    Releases from before that rule (their documents table has no ``text_published``)
    published every text; their rebuild does the same.
    """

    entry = manifest.get("tables", {}).get("documents", {})
    try:
        schema = pq.read_schema(root / entry.get("path", f"{DATA_DIR}/documents.parquet"))
    except (OSError, pa.ArrowException):
        return True  # missing or unreadable: reported by the checksums and the reader
    return "text_published" in schema.names


def _format_changed(root: Path, out: Path, manifest: dict[str, Any]) -> bool:
    """True when the rebuilt tables have other columns or types than the release's."""

    published = manifest.get("tables", {})
    rebuilt = sorted(p.stem for p in (out / DATA_DIR).glob("*.parquet"))
    if set(rebuilt) != set(published):
        return True
    for name in rebuilt:
        rel = published[name].get("path", f"{DATA_DIR}/{name}.parquet")
        try:
            mine = pq.read_schema(root / rel)
        except (OSError, pa.ArrowException):
            continue  # missing or unreadable: reported by the checksums and the reader
        fresh = pq.read_schema(out / DATA_DIR / f"{name}.parquet")
        if [(f.name, f.type) for f in mine] != [(f.name, f.type) for f in fresh]:
            return True
    return False


#: The files a release writes from its inputs that are compared byte for byte with a
#: rebuild (the tables are compared by content hash, SHA256SUMS by the checksums).
REWRITTEN = (
    "datapackage.json",
    "croissant.json",
    "README.md",
    "CHANGES.md",
    "diff.json",
    AGREEMENT_FILE,
)


def _previous_release(
    root: Path, manifest: dict[str, Any], report: Report
) -> tuple[semver.Version, Path] | None:
    """The release this one was compared with, beside it (None for a first release)."""
    previous = manifest.get("previous_release")
    if not isinstance(previous, str):
        return None
    path = root.parent / previous
    if semver.is_version(previous) and (path / MANIFEST_FILE).is_file():
        return semver.Version.parse(previous), path
    report.add(
        "release.previous-missing",
        f"the previous release {previous!r} is not beside this one: the card, diff.json and "
        "CHANGES.md cannot be compared with a rebuild",
        Location(file=MANIFEST_FILE),
        "warning",
    )
    return None


def _scores(root: Path, inputs: dict[str, Any]) -> dict[str, Any] | None:
    """The pre-annotation scores the release shows (its own copy, checked by the sums)."""
    entry = inputs.get("scores")
    if not isinstance(entry, dict):
        return None
    try:
        data = jsonread.load_path(root / str(entry.get("copy")))
    except (OSError, ValueError):
        return None  # missing or damaged: reported by the checksums
    return data if isinstance(data, dict) else None


#: What a descriptor says about the release itself (its name, version, licence and date),
#: taken from the release's inputs and never from the generators' wording or the tool's
#: own metadata (home page, citation): compared even when the generators changed since.
STRICT_KEYS = {
    "datapackage.json": ("name", "version", "schema_version", "created", "licenses"),
    "croissant.json": ("name", "license", "version", "datePublished"),
}


def _cites_every_correction(manifest: dict[str, Any]) -> bool:
    """Whether the release was published when CHANGES.md cited every correction in effect."""
    version = manifest.get("release_version")
    if not isinstance(version, str) or not semver.is_version(version):
        return False
    return semver.Version.parse(version) <= semver.Version.parse(LAST_CITING_EVERY_CORRECTION)


def _compare_written(
    root: Path,
    rebuilt: Path,
    generators_changed: bool,
    report: Report,
    earlier_changes_rule: bool = False,
) -> None:
    """Each descriptor, the card and the diff equal what the inputs give now.

    When the generators changed since the release (its recorded schema files differ from
    what they give now, or the rebuilt tables have another format), a difference may be
    theirs, not an edit: it is a warning, and only the :data:`STRICT_KEYS` of the
    descriptors must still be equal. ``earlier_changes_rule``: the release is one of those
    whose CHANGES.md cited every correction in effect (:func:`_changes_by_earlier_rule`).
    """
    for name in REWRITTEN:
        mine, fresh = root / name, rebuilt / name
        if not mine.is_file() or not fresh.is_file():
            continue  # a missing file is reported by the checksums
        if mine.read_bytes() == fresh.read_bytes():
            continue
        if (
            name == "CHANGES.md"
            and earlier_changes_rule
            and _changes_by_earlier_rule(mine, rebuilt, report)
        ):
            continue
        line = _first_different_line(mine.read_bytes(), fresh.read_bytes())
        where = Location(file=name, line=line)
        if not generators_changed:
            report.add(
                "release.edited",
                f"{name} differs from what the release's own inputs give (first difference "
                f"at line {line}): it was edited after the release; restore it from the "
                "published release",
                where,
            )
            continue
        report.add(
            "release.generators-changed",
            f"{name} differs from what the release's inputs give now (first difference at "
            f"line {line}); the generators or the table format changed since the release, so "
            "the wording may be theirs",
            where,
            "info",
        )
        for key in _strict_differences(name, mine, fresh):
            report.add(
                "release.edited",
                f"{name}: {key!r} differs from what the release's own inputs give: it was "
                "edited after the release; restore it from the published release",
                Location(file=name, path=key),
            )


def _changes_by_earlier_rule(mine: Path, rebuilt: Path, report: Report) -> bool:
    """True (with a note) when the release's CHANGES.md is what its rebuilt diff gives
    under the rule releases up to 1.1.1 were written by (every correction in effect
    cited, even with no record of its document changed): published so, and never
    rewritten in place, it is still derived from the release's inputs alone."""
    try:
        diff = jsonread.load_path(rebuilt / "diff.json")
    except (OSError, ValueError):
        return False
    if not isinstance(diff, dict) or not rendered_by_earlier_rule(mine.read_bytes(), diff):
        return False
    report.add(
        "release.changes-earlier-rule",
        "CHANGES.md cites every correction in effect, as releases up to 1.1.1 did, "
        "including corrections that changed no record of this release; a release made "
        "now cites only the corrections of documents whose records changed",
        Location(file="CHANGES.md"),
        "info",
    )
    return True


def _strict_differences(name: str, mine: Path, fresh: Path) -> list[str]:
    keys = STRICT_KEYS.get(name, ())
    if not keys:
        return []
    try:
        a, b = jsonread.load_path(mine), jsonread.load_path(fresh)
    except ValueError:
        return ["(the whole file)"]
    if not isinstance(a, dict) or not isinstance(b, dict):
        return ["(the whole file)"]
    return [key for key in keys if a.get(key) != b.get(key)]


def _first_different_line(a: bytes, b: bytes) -> int:
    lines_a, lines_b = a.splitlines(), b.splitlines()
    for number, (x, y) in enumerate(zip(lines_a, lines_b, strict=False), 1):
        if x != y:
            return number
    return min(len(lines_a), len(lines_b)) + 1


def _compare_schema_files(scratch: Project, recorded: list[dict[str, Any]], report: Report) -> bool:
    """Note each recorded schema file the generators now write otherwise; True if any."""
    changed = False
    for entry in recorded:
        path = scratch.root / entry["path"]
        if not path.is_file() or sha256_file(path) != entry["sha256"]:
            report.add(
                "release.schema-files",
                f"{entry['path']} generated from the release's codebook differs from "
                "the recorded one (the generators changed since the release)",
                Location(file=entry["path"]),
                "info",
            )
            changed = True
    return changed


def _tool_versions() -> str:
    from . import metadata as meta

    return f"sahel-events {meta.tool_version()}, pyarrow {pa.__version__}"
