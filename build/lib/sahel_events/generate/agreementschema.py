"""The JSON Schema (draft 2020-12) of a release's ``agreement.json``.

``agreement.json`` is what :func:`sahel_events.agreement.summary.summarise` returns: the
agreement on the double-coded documents, overall and per annotator pair, each figure
with its bootstrap interval. The schema comes from the codebook so that the keys of the
per-type and per-role tables are the codebook's entity types, event types and roles;
``sahel-events release check`` validates the file of a release against the schema its
own codebook gives. Annotators are pseudonyms (``annotator-NN``): the schema refuses
anything else, an e-mail address included.
"""

from __future__ import annotations

import json
from typing import Any

from ..agreement.counting import nominal_paths
from ..codebook import Codebook
from . import NOTICE

SCHEMA_PATH = "agreement.schema.json"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
#: A pseudonym, or ``unknown-<annotation id>`` for an annotation the export names no user of.
PSEUDONYM = r"^(annotator-[0-9]{2,}|unknown-[0-9]+)$"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def _closed(properties: dict[str, Any]) -> dict[str, Any]:
    """An object with exactly these properties."""
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def _table(keys: list[str]) -> dict[str, Any]:
    """A per-label table: keys among ``keys``, each an F1 block."""
    return {
        "type": "object",
        "propertyNames": {"enum": sorted(keys)},
        "additionalProperties": _ref("f1"),
    }


def _scope(codebook: Codebook) -> dict[str, Any]:
    per_kind = _closed({"all": _ref("f1"), "by_type": _table(list(codebook.entity_types))})
    sections: dict[str, dict[str, Any]] = {}
    for path in nominal_paths():
        section, name = path.split("/", 1)
        if section != "events":
            sections.setdefault(section, {})[name] = _ref("nominal")
    return _closed(
        {
            "documents": {"type": "integer", "minimum": 1},
            "entities": _closed({"exact": per_kind, "overlap": per_kind}),
            "events": _closed(
                {
                    "detection": _closed({"exact": _ref("f1"), "overlap": _ref("f1")}),
                    "typed": _closed(
                        {"all": _ref("f1"), "by_type": _table(list(codebook.event_types))}
                    ),
                    "type": _ref("nominal"),
                }
            ),
            "arguments": _closed({"all": _ref("f1"), "by_role": _table(list(codebook.roles))}),
            **{name: _closed(props) for name, props in sections.items()},
        }
    )


def build_schema(codebook: Codebook) -> dict[str, Any]:
    """The schema as a JSON-ready dict."""
    number = {"type": ["number", "null"]}
    estimate = _closed(
        {
            "value": number,
            "ci95": {
                "oneOf": [
                    {"type": "null"},
                    {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                ]
            },
        }
    )
    count = {"type": "integer", "minimum": 0}
    pseudonym = {"type": "string", "pattern": PSEUDONYM}
    pair = _scope(codebook)
    pair["properties"] = {
        "annotators": {"type": "array", "items": pseudonym, "minItems": 2, "maxItems": 2},
        **pair["properties"],
    }
    pair["required"] = sorted(pair["properties"])
    return {
        "$schema": DRAFT_2020_12,
        "$comment": NOTICE,
        "title": "Agreement between annotators on the double-coded documents of a release",
        **_closed(
            {
                "double_coded_documents": count,
                "annotators": {"type": "array", "items": pseudonym, "uniqueItems": True},
                "method": {"type": "object"},
                "note": {"type": ["string", "null"]},
                "overall": {"oneOf": [{"type": "null"}, _ref("scope")]},
                "pairs": {"type": "array", "items": _ref("pair")},
            }
        ),
        "$defs": {
            "estimate": estimate,
            "f1": _closed({"matched": count, "items": count, "f1": _ref("estimate")}),
            "nominal": _closed(
                {
                    "units": count,
                    "agreement": _ref("estimate"),
                    "cohen_kappa": _ref("estimate"),
                    "krippendorff_alpha": _ref("estimate"),
                }
            ),
            "scope": _scope(codebook),
            "pair": pair,
        },
    }


def render(codebook: Codebook) -> str:
    """The schema as deterministic JSON text: sorted keys, indent 2, final newline."""
    return json.dumps(build_schema(codebook), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {SCHEMA_PATH: render(codebook)}
