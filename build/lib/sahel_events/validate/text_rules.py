"""Layer 3, text: the task text and the offsets into it.

Offsets in an export are Python code points into ``data.text`` exactly as imported
(``notes/label-studio.md`` §9), and the published tables reuse them against
``documents.text``. So this layer checks:

* per task: the text is still the ingested document's text, by SHA-256
  (``text.changed``), and the document exists (``text.unknown-document``);
* per region: offsets inside the text (``text.offset-out-of-range``), a non-empty span
  (``text.empty-span``), ``value.text`` equal to ``text[start:end]``
  (``text.span-text-mismatch``), no boundary inside a grapheme cluster such as a flag
  or an emoji with a skin tone (``text.splits-grapheme``, with the ``regex`` module's
  ``\\X``), per-region values carrying the span's own offsets
  (``text.attribute-offsets-differ``), and no two regions with the same control,
  offsets and label (``text.duplicate-region``, a warning: the UI makes them when a
  region is relabelled, and compile keeps one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import regex

from ..annotation import rules
from ..annotation.model import offset
from ..files import sha256_text
from .context import AnnotationContext, TaskContext

__all__ = ["DocumentLike", "GraphemeBoundaries", "check_annotation", "check_task"]

_GRAPHEME = regex.compile(r"\X")


class DocumentLike(Protocol):
    """What the text layer needs of an ingested document."""

    @property
    def text(self) -> str: ...

    @property
    def text_sha256(self) -> str: ...


class GraphemeBoundaries:
    """Whether an offset falls between two grapheme clusters of one text.

    Scans only the line around the offset, and once per line: a cluster never spans a
    line feed (Unicode's rule GB4 breaks after LF), so a line is a safe unit, and the
    whole article is never scanned for a handful of spans.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict[int, set[int]] = {}  # line start -> cluster ends in that line

    def __contains__(self, offset: int) -> bool:
        text = self.text
        if offset <= 0 or offset >= len(text):
            return True
        before, after = text[offset - 1], text[offset]
        # Between two ASCII characters there is always a break, except inside CR LF.
        if before.isascii() and after.isascii():
            return not (before == "\r" and after == "\n")
        if before == "\n":
            return True  # a line start: Unicode breaks after LF (GB4), whatever follows
        start = text.rfind("\n", 0, offset) + 1
        ends = self._lines.get(start)
        if ends is None:
            stop = text.find("\n", offset)
            stop = len(text) if stop < 0 else stop + 1
            ends = {m.end() for m in _GRAPHEME.finditer(text, start, stop)}
            self._lines[start] = ends
        return offset in ends

    def cluster_at(self, offset: int) -> str:
        """The grapheme cluster that contains ``offset`` (for messages)."""
        start = self.text.rfind("\n", 0, offset) + 1
        for match in _GRAPHEME.finditer(self.text, start):
            if match.start() <= offset < match.end():
                return str(match.group())
        return ""


def check_task(ctx: TaskContext, documents: Mapping[str, DocumentLike] | None) -> None:
    """Check that the task's text is the ingested document's text."""
    text, doc_id = ctx.text, ctx.doc_id
    if text is None or doc_id is None:
        return  # missing data.text or data.doc_id: the schema reports it
    digest = sha256_text(text)
    claimed = ctx.data.get("text_sha256")
    if isinstance(claimed, str) and claimed != digest:
        ctx.add(
            "text.changed",
            "the task text no longer matches the text_sha256 it was pushed with (edited in "
            "Label Studio?); offsets may point at the wrong characters. Restore the text "
            "with `sahel-events push`, then check the regions",
            f"{ctx.path}.data.text",
        )
    if documents is None:
        return
    document = documents.get(doc_id)
    if document is None:
        ctx.add(
            "text.unknown-document",
            f"no ingested document has doc_id {doc_id!r} (renamed or removed from raw/?); "
            "restore the article in raw/ or drop the task from the project",
            f"{ctx.path}.data.doc_id",
        )
    elif document.text_sha256 != digest:
        ctx.add(
            "text.changed",
            f"the task text differs from the ingested text of {doc_id!r} (the article in "
            f"raw/ or ingest changed after the task was pushed; first difference at "
            f"character {_first_difference(text, document.text)}). Offsets would point at "
            "the wrong characters: push the new text and re-check the task's regions",
            f"{ctx.path}.data.text",
        )


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def check_annotation(ctx: AnnotationContext, boundaries: GraphemeBoundaries | None) -> None:
    """Check every region's offsets and text against the task text."""
    if boundaries is None:
        return  # no task text: the schema reports it
    text = boundaries.text
    seen: dict[tuple[str, int, int, str | None], str] = {}
    for region in ctx.parsed.regions.values():
        start, end = offset(region.start), offset(region.end)
        if start is None or end is None:
            continue  # the schema reports it
        if not rules.check_span(region, start, end, text, ctx.add, region.index):
            continue
        for edge in (start, end):
            if edge not in boundaries:
                cluster = boundaries.cluster_at(edge)
                ctx.add(
                    "text.splits-grapheme",
                    f"the span {start}..{end} {'starts' if edge == start else 'ends'} "
                    f"inside the character {cluster!r} ({len(cluster)} code points shown "
                    "as one); widen or narrow the span to include it whole or leave it out",
                    region.index,
                    region=region.id,
                )
                break
        for control, (item_start, item_end) in region.attribute_spans.items():
            if (item_start, item_end) != (start, end):
                ctx.add(
                    "text.attribute-offsets-differ",
                    f"the {control!r} value of the region has offsets {item_start}..{item_end}, "
                    f"the span {start}..{end}; re-select the region and set the value again",
                    region.attribute_items[control],
                    region=region.id,
                    severity="warning",
                )
        key = (region.control, start, end, region.label)
        if key in seen:
            rules.report_duplicate(region, seen[key], start, end, ctx.add)
        else:
            seen[key] = region.id
