"""What an annotator feels: events kept, and each event's type, mode and arguments right.

The span-level figures of :mod:`.evaluate` say how many regions coincide; an annotator
reviewing suggestions sees events. This module matches suggested events to gold events
one to one and scores, per layer:

* **events**: a suggested event matches a gold event when their triggers overlap, or,
  failing that, when they have the same type in the same sentence (an annotator keeps
  the suggestion and moves the trigger). *Kept rate* = matched suggestions / suggestions
  (what the annotator keeps); *event recall* = matched gold events / gold events.
* **types** and **modes**: precision/recall/F1 over events whose type (and mode) is right.
* **arguments by role**: a suggested argument is right when its event is matched and
  its span overlaps a gold argument of the same role of the matched gold event.
* **place, actor, date, casualties**: per matched event, whether the event's value is
  right, over the matched events where gold or suggestion has one: a location (or
  actor, time) is right when it overlaps a gold one or names the same gazetteer place
  (actor id, normalised date); casualties are right when the (kind, count) figures are
  the same. Precision is over suggestions that give a value, recall over gold events
  that have one, accuracy over both (the share an annotator accepts as is).
* **factuality**: certainty, polarity, source and temporal status, accuracy over matched
  events (an attribute not suggested is the codebook's default).

Every value that is not right (place, actor, date, casualties) is also kept as a
:class:`Miss` (document, event, what was suggested, what the gold says), which
``evaluate --details`` lists: the material to find the general causes of the errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..annotation.ids import EntityAttribute, EventAttribute, Normalised, Role
from ..annotation.model import Annotation, Region
from ..annotation.typed import parse_annotation
from .evaluate import Counts, match_greedily

#: The codebook's defaults: an attribute a suggestion leaves unset has this value.
DEFAULTS = {
    EventAttribute.FACTUALITY_CERTAINTY: "certain",
    EventAttribute.FACTUALITY_POLARITY: "positive",
    EventAttribute.FACTUALITY_SOURCE: "author",
    EventAttribute.TEMPORAL_STATUS: "past",
}
#: Event-level value layers: (layer, role, normalised value that also identifies it).
VALUE_LAYERS = (
    ("place", Role.LOCATION, Normalised.PLACE),
    ("actor", Role.ACTOR, Normalised.ACTOR),
    ("date", Role.TIME, Normalised.DATE),
)
FACTUALITY = tuple(DEFAULTS)


@dataclass
class Accuracy:
    """Right, wrong (both sides have a value), missed (only gold), spurious (only suggested)."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0

    @property
    def accuracy(self) -> float:
        """right / every matched event where either side has a value."""
        n = self.right + self.wrong + self.missed + self.spurious
        return self.right / n if n else 0.0

    @property
    def precision(self) -> float:
        """right / suggested values."""
        n = self.right + self.wrong + self.spurious
        return self.right / n if n else 0.0

    @property
    def recall(self) -> float:
        """right / gold values."""
        n = self.right + self.wrong + self.missed
        return self.right / n if n else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded scores."""
        return {
            "right": self.right,
            "wrong": self.wrong,
            "missed": self.missed,
            "spurious": self.spurious,
            "accuracy": round(self.accuracy, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Miss:
    """A matched event whose value of one layer is not the gold one."""

    doc_id: str
    layer: str  # place, actor, date, casualties
    status: str  # wrong, missed (only gold), spurious (only suggested)
    event: str  # the gold event: its type and trigger, 'ASSAULT "attaqué"@123'
    suggested: tuple[str, ...]
    gold: tuple[str, ...]

    def to_line(self) -> str:
        """One line a person reads."""
        return (
            f"{self.doc_id}  {self.layer} {self.status}  {self.event}  "
            f"suggested: {'; '.join(self.suggested) or '-'}  gold: {'; '.join(self.gold) or '-'}"
        )


@dataclass
class EventScores:
    """The annotator's-view figures, accumulated over documents."""

    documents: int = 0
    events: Counts = field(default_factory=Counts)
    types: Counts = field(default_factory=Counts)
    modes: Counts = field(default_factory=Counts)
    roles: dict[str, Counts] = field(default_factory=dict)
    values: dict[str, Accuracy] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    #: Gold events no suggestion matched, and suggestions an annotator would delete.
    unmatched: list[str] = field(default_factory=list)

    @property
    def kept_rate(self) -> float:
        """Suggested events an annotator keeps: matched / suggested."""
        return self.events.precision

    def value(self, layer: str) -> Accuracy:
        """The accuracy cell of a layer (created empty when new)."""
        return self.values.setdefault(layer, Accuracy())

    def role(self, role: str) -> Counts:
        """The counts of one role (created empty when new)."""
        return self.roles.setdefault(role, Counts())

    def headline(self) -> dict[str, float]:
        """The figures the issue's targets name, rounded."""
        out = {
            "kept_rate": self.kept_rate,
            "event_recall": self.events.recall,
            "type_accuracy": self.types.tp / self.events.tp if self.events.tp else 0.0,
        }
        for layer in ("place", "actor", "date", "casualties"):
            out[layer] = self.value(layer).accuracy
        out["certainty"] = self.value(EventAttribute.FACTUALITY_CERTAINTY).accuracy
        return {k: round(v, 4) for k, v in out.items()}

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "documents": self.documents,
            "headline": self.headline(),
            "events": self.events.as_dict(),
            "types": self.types.as_dict(),
            "modes": self.modes.as_dict(),
            "roles": {k: v.as_dict() for k, v in sorted(self.roles.items())},
            "values": {k: v.as_dict() for k, v in sorted(self.values.items())},
        }

    def details(self, layers: frozenset[str] | None = None) -> str:
        """Every value not right, one line each (optionally of some layers only); without
        ``layers``, then every gold event missed and every suggestion not kept."""
        lines = [m.to_line() for m in self.misses if layers is None or m.layer in layers]
        out = [f"values not right ({len(lines)}): document, layer, gold event, values", *lines]
        if layers is None:
            out += [
                f"events missed or not kept ({len(self.unmatched)}): document, which, event",
                *self.unmatched,
            ]
        return "\n".join(out)

    def to_table(self) -> str:
        """A plain-text table, one row per layer."""
        head = f"{'layer':<22} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}  counts"
        lines = [
            f"events (annotator's view), {self.documents} document(s)",
            f"kept rate {self.kept_rate:.3f}  (suggested events kept: "
            f"{self.events.tp}/{self.events.tp + self.events.fp})",
            head,
            "-" * len(head),
        ]

        def row(name: str, c: Counts) -> None:
            lines.append(
                f"{name:<22} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {'':>6}  "
                f"tp {c.tp} fp {c.fp} fn {c.fn}"
            )

        row("events", self.events)
        row("types", self.types)
        row("modes", self.modes)
        for name, c in sorted(self.roles.items()):
            row(f"role {name}", c)
        for name, a in sorted(self.values.items()):
            lines.append(
                f"{name:<22} {a.precision:>6.3f} {a.recall:>6.3f} {a.f1:>6.3f} "
                f"{a.accuracy:>6.3f}  right {a.right} wrong {a.wrong} missed {a.missed} "
                f"spurious {a.spurious}"
            )
        lines.append("targets: " + ", ".join(f"{k} {v:.3f}" for k, v in self.headline().items()))
        return "\n".join(lines)


def _overlap(a: Region, b: Region) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: between line breaks and sentence-final dots."""
    start = max(text.rfind("\n", 0, position), text.rfind(". ", 0, position) + 1)
    ends = [i for i in (text.find("\n", position), text.find(". ", position)) if i >= 0]
    return start, min(ends) if ends else len(text)


def match_events(predicted: Sequence[Region], gold: Sequence[Region], text: str) -> dict[str, str]:
    """One-to-one predicted id -> gold id: overlapping triggers first, then same type in
    the same sentence (nearest first)."""
    pairs: list[tuple[tuple[int, int], str, str]] = []
    for p in predicted:
        for g in gold:
            if _overlap(p, g):
                pairs.append(((2, _overlap(p, g)), p.id, g.id))
            elif (
                p.label == g.label and text and _sentence(text, p.start) == _sentence(text, g.start)
            ):
                pairs.append(((1, -abs(p.start - g.start)), p.id, g.id))
    return match_greedily(pairs)


def _arguments(annotation: Annotation) -> dict[str, dict[str, list[Region]]]:
    """event id -> role -> argument regions."""
    out: dict[str, dict[str, list[Region]]] = {}
    for rel in annotation.relations:
        target = annotation.regions.get(rel.to_id)
        if target is None:
            continue
        for role in rel.labels:
            out.setdefault(rel.from_id, {}).setdefault(role, []).append(target)
    return out


def _same(p: Region, g: Region, norm: str | None) -> bool:
    if norm and p.texts.get(norm) and g.texts.get(norm):
        same_value = p.texts[norm].strip() == g.texts[norm].strip()
        if norm == Normalised.PLACE or same_value:
            return same_value
    return _overlap(p, g) > 0


def _figures(regions: Sequence[Region]) -> list[tuple[str, str]]:
    return sorted(
        (
            next(iter(r.choices.get(EntityAttribute.CASUALTY_KIND, ())), ""),
            r.texts.get(Normalised.COUNT, "").strip(),
        )
        for r in regions
    )


def _choice(region: Region, name: str) -> str:
    values = region.choices.get(name, ())
    return values[0] if values else DEFAULTS[name]


def _parse(result: Sequence[Mapping[str, Any]]) -> Annotation:
    return parse_annotation({"id": 0, "result": list(result)})


def _quoted(region: Region, text: str) -> str:
    span = text[region.start : region.end] if text else region.text
    return f"{region.label} {span!r}@{region.start}"


def _cell(
    scores: EventScores,
    layer: str,
    right: bool | None,
    miss: tuple[str, str, tuple[str, ...], tuple[str, ...]],
) -> None:
    """Count one matched event's value of ``layer``: ``right`` True/False when both sides
    have one, None when only one side has (``miss`` says which and what)."""
    cell = scores.value(layer)
    doc_id, event, ps, gs = miss
    if right:
        cell.right += 1
        return
    status = "wrong" if ps and gs else "missed" if gs else "spurious"
    setattr(cell, status, getattr(cell, status) + 1)
    scores.misses.append(Miss(doc_id, layer, status, event, ps, gs))


def score_events(
    predicted: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    text: str,
    scores: EventScores,
    doc_id: str = "",
) -> None:
    """Add one document's annotator's-view figures to ``scores`` (``doc_id`` names the
    document in the :class:`Miss` list)."""
    p_ann, g_ann = _parse(predicted), _parse(gold)
    scores.documents += 1
    p_events = [r for r in p_ann.regions.values() if r.is_event]
    g_events = [r for r in g_ann.regions.values() if r.is_event]
    g_by_id = {g.id: g for g in g_events}
    pairs = match_events(p_events, g_events, text)
    p_args, g_args = _arguments(p_ann), _arguments(g_ann)

    scores.events.tp += len(pairs)
    scores.events.fp += len(p_events) - len(pairs)
    scores.events.fn += len(g_events) - len(pairs)
    typed = {
        pid: gid for pid, gid in pairs.items() if p_ann.regions[pid].label == g_by_id[gid].label
    }
    scores.types.tp += len(typed)
    scores.types.fp += len(p_events) - len(typed)
    scores.types.fn += len(g_events) - len(typed)

    def mode(region: Region) -> str:
        return next((v[0] for k, v in region.choices.items() if k.startswith("mode_") and v), "")

    moded = sum(
        1
        for pid, gid in typed.items()
        if mode(g_by_id[gid]) and mode(g_by_id[gid]) == mode(p_ann.regions[pid])
    )
    scores.modes.tp += moded
    scores.modes.fp += sum(1 for p in p_events if mode(p)) - moded
    scores.modes.fn += sum(1 for g in g_events if mode(g)) - moded

    inverse = {gid: pid for pid, gid in pairs.items()}
    scores.unmatched += [
        f"{doc_id}  missed  {_quoted(g, text)}" for g in g_events if g.id not in inverse
    ]
    scores.unmatched += [
        f"{doc_id}  not kept  {_quoted(p, text)}" for p in p_events if p.id not in pairs
    ]
    # Arguments by role: right when the event is matched and a gold argument overlaps.
    for p in p_events:
        gold_roles = g_args.get(pairs.get(p.id, ""), {})
        for role, targets in p_args.get(p.id, {}).items():
            for t in targets:
                right = any(_overlap(t, g) for g in gold_roles.get(role, []))
                if right:
                    scores.role(role).tp += 1
                else:
                    scores.role(role).fp += 1
    for g in g_events:
        pred_roles = p_args.get(inverse.get(g.id, ""), {})
        for role, targets in g_args.get(g.id, {}).items():
            for t in targets:
                if not any(_overlap(t, p) for p in pred_roles.get(role, [])):
                    scores.role(role).fn += 1

    for pid, gid in pairs.items():
        p_roles, g_roles = p_args.get(pid, {}), g_args.get(gid, {})
        event = _quoted(g_by_id[gid], text)
        for layer, role, norm in VALUE_LAYERS:
            ps, gs = p_roles.get(role, []), g_roles.get(role, [])
            if ps or gs:
                right = bool(ps and gs) and any(_same(p, g, norm) for p in ps for g in gs)
                shown = (
                    tuple(_quoted(p, text) for p in ps),
                    tuple(_quoted(g, text) for g in gs),
                )
                _cell(scores, layer, right, (doc_id, event, *shown))
        pc, gc = (
            _figures(p_roles.get(Role.CASUALTIES, [])),
            _figures(g_roles.get(Role.CASUALTIES, [])),
        )
        if pc or gc:
            shown = (tuple(f"{k} {n}" for k, n in pc), tuple(f"{k} {n}" for k, n in gc))
            _cell(scores, Role.CASUALTIES, bool(pc and gc) and pc == gc, (doc_id, event, *shown))
        for name in FACTUALITY:
            same = _choice(p_ann.regions[pid], name) == _choice(g_by_id[gid], name)
            cell = scores.value(name)
            if same:
                cell.right += 1
            else:
                cell.wrong += 1
