"""Corrections of a published gold annotation, applied to its Label Studio result.

A correction spec (``scripts/gold/corrections/<doc_id>-<version>.yaml``) says, in terms
a reviewer reads, what to change in the published annotation of one document and why:

.. code-block:: yaml

    doc_id: 000_acd4907f2525db7b
    published: annotations/<the snapshot that holds the published gold>.json
    reason: Gold review under codebook 1.0.0.
    edits:
      - at: {text: drone, start: 1907}        # a region of the published annotation
        relabel: VEH
        reason: The platform is a vehicle.
      - add: {key: leaders, label: PER, text: "des dirigeants", start: 1921}
        set: {norm_actor: aqmi}
        reason: The people struck are the recipient.
      - at: {text: frappe, start: 1897}
        set: {civilian_targeting: not-targeted}
        unlink: {recipient: {text: AQMI, start: 1969}}
        link: {recipient: leaders}             # a key of an added region, or {text, start}
        reason: ...
      - at: {text: offrir, start: 2486}
        delete: true
        reason: One offer told twice is one event.

:func:`apply_corrections` edits the result items the way the labeling screen stores
them (a region's label, its per-region choices and text fields, relations by region
id) and returns the reason of every region it touched, which goes into the task's
correction statement (:mod:`sahel_events.annotation.corrections`).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .annotation.names import ENTITY_CONTROL, EVENT_CONTROL
from .codebook import Codebook
from .errors import UsageError
from .goldspec import region_id

__all__ = ["CorrectionSpec", "apply_corrections", "load_correction_spec"]


@dataclass
class CorrectionSpec:
    """One document's corrections, as written in the spec file."""

    path: Path
    doc_id: str
    published: str
    reason: str
    edits: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)


def _fail(spec_path: Path, where: str, message: str) -> UsageError:
    # A spec is a reviewer's script, like a gold spec: its mistakes are misuse (exit 2).
    return UsageError(f"{spec_path}: {where or 'spec'}: {message}")


def load_correction_spec(path: Path) -> CorrectionSpec:
    """Read a correction spec; refuse one without its document, snapshot or reasons."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, "", f"cannot read the spec: {exc}") from None
    if not isinstance(data, dict):
        raise _fail(path, "", "a correction spec is a mapping")
    for key in ("doc_id", "published", "reason", "edits"):
        if not data.get(key):
            raise _fail(path, key, f"{key} is missing")
    edits = data["edits"]
    if not isinstance(edits, list) or not all(isinstance(e, dict) for e in edits):
        raise _fail(path, "edits", "edits is a list of mappings")
    for i, edit in enumerate(edits):
        if not str(edit.get("reason") or "").strip():
            raise _fail(path, f"edits[{i}].reason", "every edit says why (reason)")
    notes = data.get("notes") or []
    return CorrectionSpec(
        path,
        str(data["doc_id"]),
        str(data["published"]),
        " ".join(str(data["reason"]).split()),
        edits,
        [" ".join(str(n).split()) for n in notes],
    )


class _Result:
    """The result items of one annotation, edited in place."""

    def __init__(self, items: Sequence[Mapping[str, Any]], text: str, spec: CorrectionSpec):
        self.items = [copy.deepcopy(dict(i)) for i in items]
        self.text = text
        self.spec = spec
        self.keys: dict[str, str] = {}

    def find(self, at: Any, where: str) -> str:
        """The region id of the span at ``{text, start}``, or of an added region's key."""
        if isinstance(at, str):
            if at not in self.keys:
                raise _fail(self.spec.path, where, f"no region was added with key {at!r}")
            return self.keys[at]
        if not isinstance(at, dict) or "start" not in at or "text" not in at:
            raise _fail(self.spec.path, where, "give the span as {text, start}")
        for item in self.items:
            value = item.get("value") or {}
            if (
                item.get("type") == "labels"
                and item.get("from_name") in (ENTITY_CONTROL, EVENT_CONTROL)
                and value.get("start") == at["start"]
                and value.get("text") == at["text"]
            ):
                return str(item["id"])
        raise _fail(self.spec.path, where, f"no region {at['text']!r} at {at['start']}")

    def span_of(self, rid: str) -> dict[str, Any]:
        return next(
            i["value"] for i in self.items if i.get("id") == rid and i.get("type") == "labels"
        )

    def set(self, rid: str, control: str, value: str, codebook: Codebook) -> None:
        span = self.span_of(rid)
        kind = "textarea" if control in codebook.normalised_values else "choices"
        self.items = [
            i for i in self.items if not (i.get("id") == rid and i.get("from_name") == control)
        ]
        payload: dict[str, Any] = {"start": span["start"], "end": span["end"]}
        if kind == "textarea":
            payload["text"] = [value]
        else:
            payload.update(text=span["text"], choices=[value])
        self.items.append(
            {"id": rid, "from_name": control, "to_name": "text", "type": kind, "value": payload}
        )

    def add(self, spec: Mapping[str, Any], where: str) -> str:
        key, label = str(spec.get("key", "")), str(spec.get("label", ""))
        start, text = int(spec.get("start", -1)), str(spec.get("text", ""))
        if self.text[start : start + len(text)] != text or not key or not label:
            raise _fail(self.spec.path, where, f"{text!r} is not at offset {start}")
        rid = region_id(self.spec.doc_id, key)
        self.keys[key] = rid
        self.items.append(
            {
                "id": rid,
                "from_name": ENTITY_CONTROL,
                "to_name": "text",
                "type": "labels",
                "origin": "manual",
                "value": {
                    "start": start,
                    "end": start + len(text),
                    "text": text,
                    "labels": [label],
                },
            }
        )
        return rid

    def relations(self, rid: str, roles: Any, where: str, keep: bool) -> None:
        for role, target in (roles or {}).items():
            other = self.find(target, f"{where}.{role}")
            if keep:
                self.items.append(
                    {
                        "type": "relation",
                        "from_id": rid,
                        "to_id": other,
                        "direction": "right",
                        "labels": [str(role)],
                    }
                )
                continue
            before = len(self.items)
            self.items = [
                i
                for i in self.items
                if not (
                    i.get("type") == "relation"
                    and i.get("from_id") == rid
                    and i.get("to_id") == other
                    and role in (i.get("labels") or [])
                )
            ]
            if len(self.items) == before:
                raise _fail(self.spec.path, where, f"no {role!r} relation to unlink")

    def delete(self, rid: str) -> None:
        self.items = [
            i
            for i in self.items
            if i.get("id") != rid and rid not in (i.get("from_id"), i.get("to_id"))
        ]


def apply_corrections(
    spec: CorrectionSpec,
    result: Sequence[Mapping[str, Any]],
    text: str,
    codebook: Codebook,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The corrected result items and, per region touched, the reason of its edit."""
    r = _Result(result, text, spec)
    reasons: dict[str, str] = {}
    for i, edit in enumerate(spec.edits):
        where = f"edits[{i}]"
        reason = " ".join(str(edit["reason"]).split())
        if "add" in edit:
            rid = r.add(edit["add"], f"{where}.add")
        else:
            rid = r.find(edit.get("at"), f"{where}.at")
        if edit.get("delete"):
            r.delete(rid)
            reasons[rid] = reason
            continue
        if "relabel" in edit:
            label = str(edit["relabel"])
            if label not in codebook.entity_types and label not in codebook.event_types:
                raise _fail(spec.path, f"{where}.relabel", f"unknown label {label}")
            r.span_of(rid)["labels"] = [label]
        for control, value in (edit.get("set") or {}).items():
            r.set(rid, str(control), str(value), codebook)
        r.relations(rid, edit.get("unlink"), f"{where}.unlink", keep=False)
        r.relations(rid, edit.get("link"), f"{where}.link", keep=True)
        reasons[rid] = reason
    return r.items, reasons
