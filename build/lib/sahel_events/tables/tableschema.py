"""The Frictionless form of the tables: the Table Schema (v2) published beside the data,
with ``constraints`` (required, unique, enum, range, pattern) and ``categories``."""

from __future__ import annotations

from typing import Any

import pyarrow

from ..codebook import Codebook
from .definitions import Table, resolve

__all__ = ["TABLE_SCHEMA_PROFILE", "frictionless_schema"]

TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

_FRICTIONLESS_TYPES: dict[str, str] = {
    "string": "string",
    "int32": "integer",
    "int64": "integer",
    "double": "number",
    "bool": "boolean",
    "date32[day]": "date",
}


def _frictionless_type(t: pyarrow.DataType) -> str:
    if pyarrow.types.is_timestamp(t):
        return "datetime"
    if pyarrow.types.is_list(t):
        # Not "list": frictionless 5.21 reads a Parquet list cell through pandas as a
        # numpy array, which its list (and array) type refuses as a type error in every
        # row; "any" takes it. The description and the Arrow schema say it is a list.
        return "any"
    return _FRICTIONLESS_TYPES[str(t)]


def frictionless_schema(table: Table | str, codebook: Codebook) -> dict[str, Any]:
    """The Frictionless Table Schema (v2) of ``table``, as a JSON-ready dict."""
    t = resolve(table)
    fields: list[dict[str, Any]] = []
    for col in t.columns:
        spec: dict[str, Any] = {
            "name": col.name,
            "type": _frictionless_type(col.type),
            "description": col.description,
        }
        constraints: dict[str, Any] = {}
        if not col.is_nullable(codebook):
            constraints["required"] = True
        if t.primary_key == (col.name,):
            constraints["unique"] = True
        categories = col.categories(codebook)
        if categories is not None:
            values = [v for v, _ in categories]
            if not col.is_list:  # Table Schema has no enum for the items of a list
                constraints["enum"] = values
                spec["categories"] = [
                    {"value": v, "label": label} if label else v for v, label in categories
                ]
        if col.minimum is not None:
            constraints["minimum"] = _number(col.minimum)
        if col.maximum is not None:
            constraints["maximum"] = _number(col.maximum)
        if col.pattern is not None:
            # XSD patterns are implicitly anchored: drop the ^...$ of the Python form.
            constraints["pattern"] = col.pattern.removeprefix("^").removesuffix("$")
        if constraints:
            spec["constraints"] = constraints
        fields.append(spec)
    schema: dict[str, Any] = {
        "$schema": TABLE_SCHEMA_PROFILE,
        "name": t.name,
        "description": t.description,
        "version": codebook.version,
        "fields": fields,
        "fieldsMatch": "exact",
        "missingValues": [""],
        "primaryKey": list(t.primary_key),
    }
    if t.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.resource, "fields": list(fk.reference)},
            }
            for fk in t.foreign_keys
        ]
    return schema


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
