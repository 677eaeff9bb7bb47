"""The JSON Schema (draft 2020-12) a Label Studio JSON export of this project satisfies.

Generated from the codebook, so it names the very controls, labels, choices and roles
that :mod:`sahel_events.generate.labelconfig` puts in the labeling configuration. The
Label Studio server checks none of this (``notes/label-studio.md`` §6): this schema is
the first layer of ``sahel-events validate``.

What it pins down, and what it leaves open on purpose:

* tasks, annotations, predictions and drafts keep ``additionalProperties`` open: Label
  Studio adds bookkeeping fields between versions, and a new field must not make every
  snapshot invalid. The fields the pipeline reads are typed and, where needed, required.
* result items are a set discriminated by ``type`` (``labels``, ``choices``,
  ``textarea``, ``relation``) and then by ``from_name``, with ``if``/``then`` rather
  than ``oneOf``: a failing item then gets the one precise error of its own kind
  instead of "not valid under any of the given schemas".
* label, choice and role values are enums; timestamps carry ``format: date-time``
  (asserted only with a format checker, which ``validate`` always uses).
* ``predictions`` and ``drafts`` may be ids or objects (it depends on Label Studio's
  serialisation options); ``completed_by`` an id or a user object. Draft results and the
  annotation's ``prediction`` snapshot are not checked item by item: they are not data.

Rules that relate one item to another (a mode of the region's own event type, roles
allowed for the event type, offsets against the text) are not expressible here; the
other layers of ``sahel_events.validate`` check them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..annotation.controls import controls
from ..annotation.names import (
    TEXT_NAME,
)
from ..codebook import Codebook
from . import NOTICE

SCHEMA_PATH = "labelstudio/export.schema.json"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(kind: str) -> dict[str, Any]:
    return {"type": [kind, "null"]}


def _when(key: str, value: str, then: dict[str, Any]) -> dict[str, Any]:
    """``if`` the item is an object whose ``key`` is ``value``, ``then`` apply ``then``.

    The ``if`` requires an object: otherwise it would hold vacuously for a non-object and
    every branch would repeat the one "not an object" error.
    """
    return {
        "if": {"type": "object", "properties": {key: {"const": value}}, "required": [key]},
        "then": then,
    }


def _value_rule(properties: dict[str, Any]) -> dict[str, Any]:
    """A rule on some properties of the item's ``value``."""
    return {"properties": {"value": {"properties": properties}}}


#: The ``type`` of a result item, and the ``$defs`` entry that describes each.
ITEM_KINDS = {
    "labels": "span",
    "choices": "choices_item",
    "textarea": "textarea_item",
    "relation": "relation",
}


@dataclass(frozen=True)
class ItemRules:
    """The schema of a result item, in the pieces the published schema assembles.

    The published schema checks an item with ``head``, then (``if`` its type is K)
    ``generic[K]``, then (``if`` its ``from_name`` is C) ``by_control[K][C]``. The
    validator applies exactly these pieces but picks them by a dictionary look-up instead
    of trying every ``if``: the same verdicts, about thirty times faster.
    """

    head: dict[str, Any]
    generic: dict[str, dict[str, Any]]  # item type -> rules every item of that type obeys
    by_control: dict[str, dict[str, dict[str, Any]]]  # type -> from_name -> extra rules

    def published(self) -> dict[str, dict[str, Any]]:
        """The ``$defs`` entries of the published schema for result items."""
        defs = {
            "result_item": {
                **self.head,
                "allOf": [_when("type", kind, _ref(name)) for kind, name in ITEM_KINDS.items()],
            }
        }
        for kind, name in ITEM_KINDS.items():
            rules = [_when("from_name", c, r) for c, r in self.by_control.get(kind, {}).items()]
            defs[name] = {**self.generic[kind], **({"allOf": rules} if rules else {})}
        return defs

    def for_item(self, kind: str, control: Any) -> dict[str, Any] | None:
        """The rules beyond ``head`` for an item of type ``kind`` from ``control``."""
        generic = self.generic.get(kind)
        if generic is None:
            return None
        extra = self.by_control.get(kind, {}).get(control) if isinstance(control, str) else None
        return {"allOf": [generic, extra]} if extra else generic


def item_rules(codebook: Codebook) -> ItemRules:
    """The result-item rules for this codebook's controls."""
    c = controls(codebook)
    region_id = {
        "type": "string",
        "minLength": 1,
        "description": "Region id: shared by a span and its per-region choices and text "
        "fields; unique within one annotation.",
    }
    offset = {"type": "integer", "minimum": 0}
    common_item = {
        "id": region_id,
        "to_name": {"const": TEXT_NAME},
        "origin": {"type": "string"},
        "score": _nullable("number"),
        "readonly": {"type": "boolean"},
        "hidden": {"type": "boolean"},
    }
    required = ["id", "from_name", "to_name", "type", "value"]

    span = {
        "description": "A span of the text with one label (an entity, an event trigger, or "
        "a repeated paragraph).",
        "type": "object",
        "required": required,
        "properties": {
            **common_item,
            "from_name": {"enum": list(c.span_labels)},
            "value": {
                "type": "object",
                "required": ["start", "end", "text", "labels"],
                "properties": {
                    "start": offset,
                    "end": offset,
                    "text": {"type": "string"},
                    "labels": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 1,
                        "items": {"type": "string"},
                    },
                },
            },
        },
    }
    span_rules = {
        control: _value_rule({"labels": {"items": {"enum": list(labels)}}})
        for control, labels in c.span_labels.items()
    }

    choice_rules: dict[str, dict[str, Any]] = {}
    for control in c.choices.values():
        choices_rule: dict[str, Any] = {"items": {"enum": list(control.values)}}
        if not control.multiple:
            choices_rule["maxItems"] = 1
        value_rule: dict[str, Any] = {"properties": {"choices": choices_rule}}
        if control.per_region:
            value_rule["required"] = ["start", "end", "text"]
            value_rule["properties"].update(start=offset, end=offset, text={"type": "string"})
        else:
            value_rule["not"] = {"required": ["start"]}
        choice_rules[control.name] = {"properties": {"value": value_rule}}
    choices_item = {
        "description": "A choice: per region (same id as its span, start/end/text copied "
        "from it) or for the whole document (its own id, no start).",
        "type": "object",
        "required": required,
        "properties": {
            **common_item,
            "from_name": {"enum": list(c.choices)},
            "value": {
                "type": "object",
                "required": ["choices"],
                "properties": {
                    "choices": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": True,
                        "items": {"type": "string"},
                    }
                },
            },
        },
    }

    textarea_item = {
        "description": "A normalised value typed for a region (same id as its span). "
        "value.text is the list of submitted strings, not the span text.",
        "type": "object",
        "required": required,
        "properties": {
            **common_item,
            "from_name": {"enum": list(c.textareas)},
            "value": {
                "type": "object",
                "required": ["start", "end", "text"],
                "properties": {
                    "start": offset,
                    "end": offset,
                    "text": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 1,
                        "items": {"type": "string", "minLength": 1},
                    },
                },
            },
        },
    }

    relation = {
        "description": "An argument: from an event trigger region to an entity region "
        "(direction right; left reverses it). labels holds the role; it is absent when the "
        "annotator picked none.",
        "type": "object",
        "required": ["from_id", "to_id", "type"],
        "properties": {
            "from_id": region_id,
            "to_id": region_id,
            "type": {"const": "relation"},
            "direction": {"enum": ["right", "left", "bi"]},
            "labels": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": list(c.roles)},
            },
        },
    }

    return ItemRules(
        head={
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"enum": list(ITEM_KINDS)}},
        },
        generic={
            "labels": span,
            "choices": choices_item,
            "textarea": textarea_item,
            "relation": relation,
        },
        by_control={"labels": span_rules, "choices": choice_rules},
    )


def build_schema(codebook: Codebook) -> dict[str, Any]:
    """The export schema as a Python object (what :func:`generate` serialises)."""
    timestamp = {"type": "string", "format": "date-time"}
    nullable_timestamp = {"type": ["string", "null"], "format": "date-time"}

    user = {
        "description": "A user id, or a user object (depends on the export options).",
        "type": ["integer", "object"],
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "email": {"type": "string"}},
    }

    annotation = {
        "type": "object",
        "required": [
            "id",
            "completed_by",
            "result",
            "was_cancelled",
            "ground_truth",
            "created_at",
            "updated_at",
        ],
        "properties": {
            "id": {"type": "integer"},
            "completed_by": _ref("user"),
            "result": _ref("result"),
            "was_cancelled": {"type": "boolean"},
            "ground_truth": {"type": "boolean"},
            "created_at": timestamp,
            "updated_at": timestamp,
            "draft_created_at": nullable_timestamp,
            "lead_time": {"type": ["number", "null"], "minimum": 0},
            "prediction": {
                "type": "object",
                "description": "Snapshot of the prediction the annotation started from; "
                "not checked.",
            },
            "result_count": {"type": "integer"},
            "unique_id": {"type": "string"},
            "task": {"type": "integer"},
            "project": _nullable("integer"),
            "updated_by": _nullable("integer"),
            "parent_prediction": _nullable("integer"),
            "parent_annotation": _nullable("integer"),
            "last_created_by": _nullable("integer"),
            "bulk_created": _nullable("boolean"),
        },
    }

    prediction = {
        "description": "A prediction id, or the prediction object.",
        "type": ["integer", "object"],
        "required": ["id", "result"],
        "properties": {
            "id": {"type": "integer"},
            "result": _ref("result"),
            "model_version": _nullable("string"),
            "score": _nullable("number"),
            "created_at": timestamp,
            "updated_at": timestamp,
            "task": {"type": "integer"},
            "project": _nullable("integer"),
        },
    }

    draft = {
        "description": "A draft id, or the draft object. Drafts are not data: their "
        "results are not checked item by item.",
        "type": ["integer", "object"],
        "required": ["id", "result"],
        "properties": {
            "id": {"type": "integer"},
            "user": {"type": "string"},
            "result": {"type": "array", "items": {"type": "object"}},
            "lead_time": {"type": ["number", "null"]},
            "was_postponed": {"type": "boolean"},
            "created_at": timestamp,
            "updated_at": timestamp,
            "task": {"type": "integer"},
            "annotation": _nullable("integer"),
        },
    }

    data = {
        "description": "The task data as pushed by sahel-events: the document text exactly "
        "as ingested, and the document it comes from.",
        "type": "object",
        "required": ["text", "doc_id"],
        "properties": {
            "text": {"type": "string"},
            "doc_id": {"type": "string", "minLength": 1},
            "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "title": _nullable("string"),
        },
    }

    count = {"type": "integer", "minimum": 0}
    task = {
        "type": "object",
        "required": ["id", "data", "annotations"],
        "properties": {
            "id": {"type": "integer"},
            "inner_id": {"type": "integer"},
            "project": _nullable("integer"),
            "data": _ref("data"),
            "meta": {"type": "object"},
            "created_at": timestamp,
            "updated_at": timestamp,
            "updated_by": _nullable("integer"),
            "allow_skip": _nullable("boolean"),
            "total_annotations": count,
            "cancelled_annotations": count,
            "total_predictions": count,
            "comment_count": count,
            "unresolved_comment_count": count,
            "last_comment_updated_at": nullable_timestamp,
            "comment_authors": {"type": "array"},
            "annotations": {"type": "array", "items": _ref("annotation")},
            "predictions": {"type": "array", "items": _ref("prediction")},
            "drafts": {"type": "array", "items": _ref("draft")},
        },
    }

    return {
        "$schema": DRAFT_2020_12,
        "$comment": NOTICE,
        "title": f"Label Studio JSON export of {codebook.title}",
        "description": f"A JSON array of Label Studio tasks, checked against codebook "
        f"{codebook.name} {codebook.version}. Offsets are code points into data.text.",
        "type": "array",
        "items": _ref("task"),
        "$defs": {
            "task": task,
            "data": data,
            "annotation": annotation,
            "prediction": prediction,
            "draft": draft,
            "user": user,
            "result": {"type": "array", "items": _ref("result_item")},
            **item_rules(codebook).published(),
        },
    }


def render(codebook: Codebook) -> str:
    """The schema as deterministic JSON text: sorted keys, indent 2, final newline."""
    return json.dumps(build_schema(codebook), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {SCHEMA_PATH: render(codebook)}
