"""The schemas of the published tables, as files beside the codebook.

For each table of :mod:`sahel_events.tables`:

* ``tables/<name>.schema.json``: its Frictionless Table Schema (v2), which the data
  package points at;
* ``tables/<name>.arrow.txt``: its Arrow schema printed with each field's description
  and the schema metadata, so a review shows what a change does to the Parquet files.
"""

from __future__ import annotations

import json

from ..codebook import Codebook
from ..tables import TABLES, arrow_schema, describe_arrow_schema, frictionless_schema
from . import NOTICE

TABLES_DIR = "tables"


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    files: dict[str, str] = {}
    for table in TABLES:
        schema = frictionless_schema(table, codebook)
        files[f"{TABLES_DIR}/{table.name}.schema.json"] = (
            json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        )
        files[f"{TABLES_DIR}/{table.name}.arrow.txt"] = (
            f"# {NOTICE}\n# Arrow schema of the {table.name} table.\n"
            + describe_arrow_schema(arrow_schema(table, codebook))
        )
    return files
