"""Gold annotations written as a reviewable spec, turned into Label Studio result items.

A careful annotator's coding of an article can be kept in the repository as a small
YAML file (``scripts/gold/<doc_id>.yaml``): every region by label, text and start offset,
its attributes and normalised values, every event with its arguments by role. This
module turns such a spec into the result items the labeling screen stores (label-studio
notes §8), starting from the task's prediction the way an annotator does: a region that
matches a suggestion keeps the suggestion's id and is marked ``prediction`` (accepted as
is) or ``prediction-changed`` (corrected); anything else is ``manual``. The ``layout``
regions that mark repeated paragraphs are accepted from the prediction.

The spec is checked against the document text (each span must sit at its offset) and
against the codebook (labels, attributes, roles), so a wrong spec fails before anything
reaches the server.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field

from .annotation.names import ENTITY_CONTROL, EVENT_CONTROL, LAYOUT_CONTROL
from .codebook import Codebook
from .errors import UsageError
from .yamlcheck import YamlSyntaxError, parse_yaml
from .yamlmodels import StrictModel, Text, structure_problems

#: Keys of a region that are not attributes or normalised values.
REGION_KEYS = frozenset({"key", "label", "text", "start", "nth", "mode", "arguments"})


class _RegionModel(StrictModel):
    # Besides these, a region's keys are the attributes and normalised values it sets,
    # by their codebook id: the codebook decides which apply (gold_result checks them).
    model_config = ConfigDict(extra="allow")

    key: Text
    label: Text
    text: Text
    # Where the text is: its offset, or (written by hand) its nth whole-word occurrence.
    start: int | None = Field(default=None, ge=0)
    nth: int | None = Field(default=None, ge=1)
    mode: str | None = None
    arguments: dict[str, list[str]] | None = None


class GoldSpecModel(StrictModel):
    """The structure of a gold spec file."""

    doc_id: Text
    lead_time: float = Field(default=0.0, ge=0)
    document: dict[str, str] | None = None
    entities: list[_RegionModel]
    events: list[_RegionModel]


@dataclass(frozen=True)
class GoldSpec:
    """A gold annotation of one document, as written by hand."""

    doc_id: str
    lead_time: float
    document: dict[str, str]
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]
    source: str = field(default="")


def load_gold_spec(path: Path) -> GoldSpec:
    """Read a gold spec file; raise UsageError naming the file, and the line and dotted
    path of each problem, when it is malformed (structure: :class:`GoldSpecModel`)."""
    try:
        data, lines, problems = parse_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the gold spec {path}: {exc.strerror}") from None
    except YamlSyntaxError as exc:
        raise UsageError(f"cannot read the gold spec {path}:{exc.line}: {exc}") from None
    problems += structure_problems(GoldSpecModel, data, lines)[1]
    if problems:
        raise UsageError(
            f"{path}: the gold spec is malformed:\n"
            + "\n".join(f"  {path}:{p.line}: {p.path or '(top)'}: {p.message}" for p in problems)
        )
    return GoldSpec(
        doc_id=str(data["doc_id"]),
        lead_time=float(data.get("lead_time", 0.0)),
        document={str(k): str(v) for k, v in (data.get("document") or {}).items()},
        entities=list(data["entities"]),
        events=list(data["events"]),
        source=str(path),
    )


def region_id(doc_id: str, key: str) -> str:
    """A stable 10-character region id, in the alphabet the labeling screen uses."""
    digest = hashlib.sha256(f"{doc_id}\x1f{key}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:10]


def _fail(spec: GoldSpec, where: str, message: str) -> UsageError:
    return UsageError(f"{spec.source or spec.doc_id}: {where}: {message}")


def _attributes(
    spec: GoldSpec, region: Mapping[str, Any], codebook: Codebook, is_event: bool
) -> list[tuple[str, str, list[str]]]:
    """(control, item type, values) of a region's per-region items, checked."""
    label = str(region["label"])
    items: list[tuple[str, str, list[str]]] = []
    if is_event:
        event_type = codebook.event_types[label]
        if "mode" in region:
            if region["mode"] not in event_type.modes:
                raise _fail(spec, region["key"], f"{region['mode']} is not a mode of {label}")
            items.append((event_type.mode_control, "choices", [str(region["mode"])]))
        allowed = dict(codebook.event_attributes)
        normalised: dict[str, Any] = {}
    else:
        entity_type = codebook.entity_types[label]
        allowed = {a: codebook.entity_attributes[a] for a in entity_type.attributes}
        normalised = {n: codebook.normalised_values[n] for n in entity_type.normalised}
    for name, value in region.items():
        if name in REGION_KEYS:
            continue
        if name in allowed:
            values = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            unknown = [v for v in values if v not in allowed[name].values]
            if unknown:
                raise _fail(spec, region["key"], f"{name} has no value {unknown[0]}")
            items.append((name, "choices", values))
        elif name in normalised:
            items.append((name, "textarea", [str(value)]))
        else:
            raise _fail(spec, region["key"], f"{name} does not apply to {label}")
    return items


def occurrences(text: str, span_text: str) -> list[int]:
    """Offsets where ``span_text`` occurs in ``text`` as whole words (not inside a word)."""
    pattern = (r"(?<!\w)" if span_text[:1].isalnum() else "") + re.escape(span_text)
    pattern += r"(?!\w)" if span_text[-1:].isalnum() else ""
    return [m.start() for m in re.finditer(pattern, text)]


def _span(spec: GoldSpec, region: Mapping[str, Any], text: str) -> tuple[int, int]:
    if "start" not in region:
        # Written by hand without offsets: the nth whole-word occurrence of the text
        # (the first when it is unique), so that the spec stays readable.
        found = occurrences(text, str(region["text"]))
        nth = int(region.get("nth", 1))
        if "nth" not in region and len(found) > 1:
            raise _fail(
                spec,
                str(region["key"]),
                f"{region['text']!r} occurs {len(found)} times; give nth (1-based) or start",
            )
        if not 1 <= nth <= len(found):
            raise _fail(
                spec,
                str(region["key"]),
                f"{region['text']!r} occurs {len(found)} time(s) in the text, not {nth}",
            )
        return found[nth - 1], found[nth - 1] + len(str(region["text"]))
    start = int(region["start"])
    end = start + len(str(region["text"]))
    if text[start:end] != region["text"]:
        raise _fail(
            spec,
            str(region["key"]),
            f"{region['text']!r} is not at offset {start} (the text there is "
            f"{text[start:end]!r}); fix the offset",
        )
    return start, end


def gold_result(
    spec: GoldSpec,
    text: str,
    codebook: Codebook,
    prediction: Sequence[Mapping[str, Any]] = (),
    uncoded: Mapping[str, tuple[int, int]] | None = None,
) -> list[dict[str, Any]]:
    """The Label Studio result items of the gold annotation, starting from ``prediction``.

    ``uncoded`` names the parts of the text the codebook does not code ("title",
    "dateline") with their spans: a region inside one raises UsageError naming the
    region, since it is almost always an ``nth`` that picks the title's occurrence of
    a word the lead repeats.
    """
    predicted: dict[tuple[str, int, int, str], str] = {}
    predicted_items: dict[str, list[Mapping[str, Any]]] = {}
    for item in prediction:
        if "id" not in item:
            continue
        predicted_items.setdefault(str(item["id"]), []).append(item)
        if item.get("type") == "labels":
            span = item["value"]
            for label in span.get("labels", []):
                where = (str(item["from_name"]), int(span["start"]), int(span["end"]), label)
                predicted[where] = str(item["id"])

    result: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    # Repeated-paragraph marks: accepted from the suggestion as they are.
    for group in predicted_items.values():
        if any(i.get("from_name") == LAYOUT_CONTROL for i in group):
            result.extend({**dict(i), "origin": "prediction"} for i in group)

    regions = [(r, False) for r in spec.entities] + [(r, True) for r in spec.events]
    for region, is_event in regions:
        key = str(region["key"])
        if key in ids:
            raise _fail(spec, key, "this key is used twice")
        label = str(region["label"])
        known = codebook.event_types if is_event else codebook.entity_types
        if label not in known:
            raise _fail(spec, key, f"unknown {'event' if is_event else 'entity'} label {label}")
        control = EVENT_CONTROL if is_event else ENTITY_CONTROL
        start, end = _span(spec, region, text)
        for part, (part_start, part_end) in (uncoded or {}).items():
            if start < part_end and part_start < end:
                raise _fail(
                    spec,
                    key,
                    f"{region['text']!r} at offset {start} lies in the {part}, which the "
                    "codebook does not code; give the nth or start of its occurrence in "
                    "the body",
                )
        attributes = _attributes(spec, region, codebook, is_event)
        match = predicted.get((control, start, end, label))
        rid = match or region_id(spec.doc_id, key)
        ids[key] = rid
        items: list[dict[str, Any]] = [
            {
                "id": rid,
                "from_name": control,
                "to_name": "text",
                "type": "labels",
                "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
            }
        ]
        for name, kind, values in attributes:
            value: dict[str, Any] = {"start": start, "end": end}
            value["text"] = values if kind == "textarea" else text[start:end]
            if kind == "choices":
                value["choices"] = values
            items.append(
                {"id": rid, "from_name": name, "to_name": "text", "type": kind, "value": value}
            )
        origin = "manual"
        if match:
            before = {(i["from_name"], repr(i["value"])) for i in predicted_items.get(match, [])}
            after = {(i["from_name"], repr(i["value"])) for i in items}
            origin = "prediction" if before == after else "prediction-changed"
        result.extend({**item, "origin": origin} for item in items)

    for event in spec.events:
        event_type = codebook.event_types[str(event["label"])]
        for role, keys in (event.get("arguments") or {}).items():
            if role not in event_type.roles:
                raise _fail(spec, event["key"], f"{event['label']} takes no role {role}")
            for target in keys:
                if target not in ids:
                    raise _fail(spec, event["key"], f"argument {target} is not a region key")
                result.append(
                    {
                        "from_id": ids[str(event["key"])],
                        "to_id": ids[target],
                        "type": "relation",
                        "direction": "right",
                        "labels": [role],
                    }
                )

    for name, choice in spec.document.items():
        if name not in codebook.document_choices:
            raise _fail(spec, "document", f"unknown document choice {name}")
        if choice not in codebook.document_choices[name].values:
            raise _fail(spec, "document", f"{name} has no value {choice}")
        result.append(
            {
                "id": region_id(spec.doc_id, f"document:{name}"),
                "from_name": name,
                "to_name": "text",
                "type": "choices",
                "origin": "manual",
                "value": {"choices": [choice]},
            }
        )
    return result
