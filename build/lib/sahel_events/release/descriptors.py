"""The machine-readable descriptors of a release: ``datapackage.json`` and ``croissant.json``.

Both describe the same Parquet files and are generated from the same table definitions
(:mod:`sahel_events.tables`), so they cannot disagree with the data or each other.
Both carry only values derived from the inputs (never the current time), so a rebuild
from the same inputs writes the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from ..codebook import Codebook
from ..tables import frictionless_schema, get_table
from . import metadata as meta

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
CROISSANT_CONFORMS_TO = "http://mlcommons.org/croissant/1.1"

#: The JSON-LD context of Croissant 1.1, as in the official example
#: ``mlcommons/croissant:datasets/1.1/recipes/minimal_multilingual.json``, plus the two
#: keys (``containedIn``, ``equivalentProperty``) whose absence makes mlcroissant 1.1.1
#: warn that the context "is not standard".
CROISSANT_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


@dataclass(frozen=True)
class TableFile:
    """One written table: where it is, its size and hash, and its Arrow schema."""

    name: str
    path: str  # relative to the release directory, POSIX
    bytes: int
    sha256: str
    rows: int
    schema: pa.Schema


def datapackage(
    files: Sequence[TableFile], codebook: Codebook, version: str, created: str
) -> dict[str, Any]:
    """The Data Package v2 descriptor of a release.

    ``schema_version`` (a custom property) is the codebook's version: the schema has a
    SemVer of its own, apart from the release's ``version``.
    """
    package: dict[str, Any] = {
        "$schema": DATAPACKAGE_PROFILE,
        "name": meta.NAME,
        "title": meta.TITLE,
        "description": meta.DESCRIPTION,
        "version": version,
        "schema_version": codebook.version,
        "created": created,
        "keywords": list(meta.KEYWORDS),
        "licenses": [
            {"name": meta.LICENSE_ID, "path": meta.LICENSE_URL, "title": meta.LICENSE_TITLE}
        ],
        "contributors": [{"title": meta.CREATOR, "roles": ["creator"]}],
        "resources": [
            {
                "name": f.name,
                "type": "table",
                "path": f.path,
                "format": "parquet",
                "mediatype": meta.PARQUET_MEDIATYPE,
                "hash": f"sha256:{f.sha256}",
                "description": get_table(f.name).description,
                "schema": _for_stock_reader(frictionless_schema(f.name, codebook)),
            }
            for f in files
        ],
    }
    home = meta.homepage()
    if home is not None:
        package["homepage"] = home
    return package


#: How a null reaches frictionless's validator from a Parquet file: its reader goes
#: through pandas, where a null in an integer or float column becomes the float NaN,
#: which frictionless reads as the text "nan".
_PANDAS_NULL = "nan"


def _for_stock_reader(schema: dict[str, Any]) -> dict[str, Any]:
    """A Table Schema that the stock ``frictionless validate`` checks without false errors.

    Two pitfalls of frictionless 5.21's Parquet reader (docs/releases.md): a null in a
    numeric column arrives as NaN (a ``type-error`` on integers, a failed ``minimum`` on
    coordinates), so numeric fields count ``"nan"`` as missing (the compiler writes a
    missing number as a null, never as NaN); and it computes no byte count, so the
    resources declare none (the manifest and ``SHA256SUMS`` keep the sizes).
    """
    fields = []
    for spec in schema["fields"]:
        if spec.get("type") in ("integer", "number"):
            spec = {**spec, "missingValues": ["", _PANDAS_NULL]}
        fields.append(spec)
    return {**schema, "fields": fields}


def _croissant_type(t: pa.DataType) -> str:
    if pa.types.is_integer(t):
        return "sc:Integer"
    if pa.types.is_floating(t):
        return "sc:Float"
    if pa.types.is_boolean(t):
        return "sc:Boolean"
    if pa.types.is_date(t):
        return "sc:Date"
    if pa.types.is_timestamp(t):
        return "sc:DateTime"
    return "sc:Text"


def _item_type(t: pa.DataType) -> pa.DataType:
    """The type of a list's items, or the type itself."""
    return t.value_type if pa.types.is_list(t) else t


def _description(f: pa.Field) -> str:
    text = str((f.metadata or {}).get(b"description", b"").decode("utf-8"))
    return text or str(f.name)


def _references(table_name: str) -> tuple[dict[str, str], dict[str, str]]:
    """Foreign keys of a table: (written as Croissant ``references``, only described).

    mlcroissant 1.1.1 loads a record set whose references point at record sets without
    references of their own, but fails ("'generator' object has no attribute
    'columns'" in its Join) on some references to record sets that have references
    themselves (measured: event_arguments -> events and -> mentions). So only references
    to such leaf tables (documents) are written; the others are named in the field's
    description, and ``datapackage.json`` declares every foreign key.
    """
    table = get_table(table_name)
    written: dict[str, str] = {}
    described: dict[str, str] = {}
    for fk in table.foreign_keys:
        leaf = not get_table(fk.resource).foreign_keys
        for column, target in zip(fk.fields, fk.reference, strict=True):
            (written if leaf else described)[column] = f"{fk.resource}/{target}"
    return written, described


def _record_set(f: TableFile) -> dict[str, Any]:
    table = get_table(f.name)
    references, described = _references(f.name)
    fields = []
    for column in f.schema:
        spec: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": f"{f.name}/{column.name}",
            "name": column.name,
            "description": _description(column)
            + (f" References {described[column.name]}." if column.name in described else ""),
            "dataType": _croissant_type(_item_type(column.type)),
            "source": {"fileObject": {"@id": f.path}, "extract": {"column": column.name}},
        }
        if pa.types.is_list(column.type):
            # Croissant 1.1's one-dimensional array of unknown length (mlcroissant
            # yields a record's list as a list of values of the dataType).
            spec["isArray"] = True
            spec["arrayShape"] = "-1"
        if column.name in references:
            # The form mlcroissant accepts; the spec prose's "@idfield" crashes it.
            spec["references"] = {"field": {"@id": references[column.name]}}
        fields.append(spec)
    keys = [{"@id": f"{f.name}/{k}"} for k in table.primary_key]
    return {
        "@type": "cr:RecordSet",
        "@id": f.name,
        "name": f.name,
        "description": table.description,
        "key": keys[0] if len(keys) == 1 else keys,
        "field": fields,
    }


def croissant(
    files: Sequence[TableFile],
    codebook: Codebook,
    version: str,
    created: str,
    rai: Mapping[str, Any],
) -> dict[str, Any]:
    """The Croissant 1.1 JSON-LD of a release, with its Responsible-AI (``rai:``) fields.

    Each table is a ``cr:FileObject`` (with its ``sha256``) and a ``cr:RecordSet`` whose
    ``key`` is the primary key and whose foreign-key columns carry ``references``.
    """
    document: dict[str, Any] = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CROISSANT_CONFORMS_TO,
        "name": meta.NAME,
        "alternateName": meta.TITLE,
        "description": meta.DESCRIPTION,
        "license": meta.LICENSE_URL,
        "version": version,
        "datePublished": created,
        "creator": {"@type": "sc:Organization", "name": meta.CREATOR},
        "keywords": list(meta.KEYWORDS),
        "citeAs": (
            f"sahel-events contributors. Sahel events, release {version} "
            f"(schema {codebook.version}). {meta.homepage() or meta.NO_HOMEPAGE}"
        ),
        **{f"rai:{key}": value for key, value in rai.items()},
        "distribution": [
            {
                "@type": "cr:FileObject",
                "@id": f.path,
                "name": f.path,
                "description": f"The {f.name} table ({f.rows} rows).",
                "contentUrl": f.path,
                "encodingFormat": meta.CROISSANT_PARQUET,
                "sha256": f.sha256,
                "contentSize": f"{f.bytes} B",
            }
            for f in files
        ],
        "recordSet": [_record_set(f) for f in files],
    }
    home = meta.homepage()
    if home is not None:  # required by Croissant, but never made up
        document["url"] = home
    return document
