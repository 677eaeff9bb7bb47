"""``croissant.json`` checked with mlcroissant, in memory that does not grow with the
tables (for ``release check``).

mlcroissant validates the file statically, then loading one record of each record set
is what checks the files: their sha256 and that their columns are what the fields say
(``validate`` alone passes a wrong hash). But mlcroissant reads a whole Parquet file into
pandas to give one record: 700 MiB more at 100,000 tasks than at 10,000. So the file's
sha256 is checked here, reading it a block at a time, and mlcroissant loads its record
from a copy of ``croissant.json`` beside a sample of each table: the table's first
:data:`SAMPLE_ROWS` rows in its own schema, with the sample's sha256 in the copy.
"""

from __future__ import annotations

import base64
import copy
import json
import logging
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Location, Report
from ..files import sha256_file

__all__ = ["SAMPLE_ROWS", "check_croissant"]

#: Rows of each table mlcroissant loads its record from.
SAMPLE_ROWS = 64
_PARQUET = "application/x-parquet"


def check_croissant(path: Path, report: Report) -> None:
    """Validate ``croissant.json``, check each file's sha256 and load one record of each
    record set with mlcroissant; issues ``release.croissant``."""
    import mlcroissant as mlc

    where = Location(file="croissant.json")
    # mlcroissant logs its progress through absl at WARNING, and it and its dependencies
    # (rdflib, pandas) emit deprecation warnings: none of it is about the release.
    logging.getLogger("absl").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            dataset = mlc.Dataset(jsonld=str(path))
        except Exception as exc:  # mlcroissant raises ValidationError and also plain errors
            report.add("release.croissant", f"mlcroissant refuses the file: {exc}", where)
            return
        for warning in sorted(dataset.metadata.ctx.issues.warnings):
            report.add("release.croissant", f"mlcroissant: {warning}", where, "warning")
        names = [record_set.name for record_set in dataset.metadata.record_sets]
        with tempfile.TemporaryDirectory(prefix="sahel-events-croissant-") as tmp:
            sampled = _sampled_copy(path, Path(tmp), report)
            if sampled is None:
                return
            try:
                dataset = mlc.Dataset(jsonld=str(sampled))
            except Exception as exc:
                report.add("release.croissant", f"mlcroissant refuses the file: {exc}", where)
                return
            for name in names:
                try:
                    next(iter(dataset.records(record_set=name)), None)
                except Exception as exc:
                    report.add(
                        "release.croissant",
                        f"cannot load a record of {name}: {exc}",
                        Location(file="croissant.json", table=name),
                    )


def _same_hash(declared: Any, actual: str) -> bool:
    """The declared sha256 in hex or in base64 (mlcroissant accepts both)."""
    encoded = base64.b64encode(bytes.fromhex(actual)).decode()
    return declared in (actual, encoded)


def _sampled_copy(path: Path, tmp: Path, report: Report) -> Path | None:
    """A copy of ``croissant.json`` in ``tmp`` whose local Parquet files are samples
    (their sha256 checked first); other local files are copied as they are. None when
    the file is not a JSON object (mlcroissant reported it)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict):
        return None
    doc = copy.deepcopy(doc)
    root = path.parent
    for entry in doc.get("distribution", []):
        url = entry.get("contentUrl") if isinstance(entry, dict) else None
        if not isinstance(url, str) or "://" in url or url.startswith("/"):
            continue
        source, target = root / url, tmp / url
        if not source.is_file() or not source.resolve().is_relative_to(root.resolve()):
            continue  # mlcroissant reports a missing file when it loads
        target.parent.mkdir(parents=True, exist_ok=True)
        declared = entry.get("sha256")
        if declared is not None and entry.get("encodingFormat") == _PARQUET:
            actual = sha256_file(source)
            if not _same_hash(declared, actual):
                report.add(
                    "release.croissant",
                    f"croissant.json gives {url} the sha256 {declared}, the file has "
                    f"{actual}: restore the file or croissant.json from the published release",
                    Location(file="croissant.json", path=url),
                )
            if _write_sample(source, target):
                entry["sha256"] = sha256_file(target)
                continue
        shutil.copyfile(source, target)
    sampled = tmp / path.name
    sampled.write_text(json.dumps(doc), encoding="utf-8")
    return sampled


def _write_sample(source: Path, target: Path) -> bool:
    """The first :data:`SAMPLE_ROWS` rows of ``source`` into ``target``, schema and
    metadata kept; False when the file does not read (then mlcroissant reads it)."""
    try:
        handle = pq.ParquetFile(source)
        schema = handle.schema_arrow
        first = next(handle.iter_batches(batch_size=SAMPLE_ROWS), None)
        rows = [] if first is None else [first]
        pq.write_table(pa.Table.from_batches(rows, schema=schema), target)
    except (OSError, pa.ArrowException, ValueError):
        target.unlink(missing_ok=True)
        return False
    return True
