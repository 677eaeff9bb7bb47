"""Whether a new labeling config keeps everything the project's data uses.

Label Studio 1.23.2's ``/validate/`` is not enough (issue 12): it reads only the last
label per control of a project's first annotation and ignores relations, so a renamed
label still in use passed. Push therefore computes itself, from every annotation, draft
and prediction of the project, each label, choice, per-region value and relation role in
use, and refuses a config that drops one, before it changes anything on the server.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .client import TaskInfo

RELATIONS = "relations"
"""The pseudo control name under which relation roles are kept."""

#: Result types whose value holds a list of offered values, by the key in ``value``.
_VALUE_KEYS = {"labels": "labels", "choices": "choices", "taxonomy": "taxonomy"}
#: Config tags that offer values, and the tag of their values.
_OFFERING = {"Labels": "Label", "Choices": "Choice", "Relations": "Relation"}


@dataclass(frozen=True)
class Dropped:
    """A control or value in use that the new config no longer has."""

    control: str
    value: str | None  # None: the whole control is gone
    annotations: int  # annotations and drafts using it
    predictions: int

    def describe(self) -> str:
        """``label VEH of entity (used by 2 annotation(s) and 1 prediction(s))``."""
        if self.control == RELATIONS:
            what = f"relation role {self.value}"
        elif self.value is None:
            what = f"control {self.control}"
        else:
            what = f"label {self.value} of {self.control}"
        uses = [f"{self.annotations} annotation(s)"] if self.annotations else []
        uses += [f"{self.predictions} prediction(s)"] if self.predictions else []
        return f"{what} (used by {' and '.join(uses)})"


def offered(label_config: str) -> dict[str, set[str] | None]:
    """Per control name, the values it offers (None: a free-text or other control).

    Relation roles are under :data:`RELATIONS`. Raises ValueError for XML that does not
    parse (the server says more about a broken config).
    """
    root = ET.fromstring(label_config)
    controls: dict[str, set[str] | None] = {}
    for element in root.iter():
        name = element.get("name")
        if element.tag in _OFFERING and element.tag != "Relations" and name:
            controls[name] = {
                str(v.get("value")) for v in element.iter(_OFFERING[element.tag]) if v.get("value")
            }
        elif element.tag == "Relations":
            controls.setdefault(RELATIONS, set())
            found = controls[RELATIONS]
            assert found is not None
            found.update(str(v.get("value")) for v in element.iter("Relation") if v.get("value"))
        elif name and element.get("toName"):
            controls.setdefault(name, None)  # TextArea, Number, ...: no fixed values
    return controls


def in_use(tasks: Iterable[TaskInfo]) -> dict[tuple[str, str | None], tuple[int, int]]:
    """(control, value) -> (annotations and drafts using it, predictions using it).

    The value is None for the control itself (every control a result names).
    """
    counts: dict[tuple[str, str | None], list[set[tuple[str, int]]]] = defaultdict(
        lambda: [set(), set()]
    )
    for task in tasks:
        for entry in (*task.annotations, *task.predictions):
            slot = 1 if entry.kind == "prediction" else 0
            marker = (entry.kind, entry.id)
            for item in entry.result:
                kind = item.get("type")
                if kind == "relation":
                    for role in item.get("labels") or []:
                        counts[(RELATIONS, str(role))][slot].add(marker)
                    continue
                control = item.get("from_name")
                if not isinstance(control, str):
                    continue
                counts[(control, None)][slot].add(marker)
                value = item.get("value")
                key = _VALUE_KEYS.get(str(kind))
                if key is None or not isinstance(value, dict):
                    continue
                for chosen in value.get(key) or []:
                    label = "/".join(map(str, chosen)) if isinstance(chosen, list) else str(chosen)
                    counts[(control, label)][slot].add(marker)
    return {k: (len(a), len(p)) for k, (a, p) in counts.items()}


def dropped(label_config: str, tasks: Iterable[TaskInfo]) -> list[Dropped]:
    """What the project's data uses that ``label_config`` drops, sorted."""
    controls = offered(label_config)
    out = []
    for (control, value), (n_annotations, n_predictions) in sorted(
        in_use(tasks).items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        if control not in controls:
            if value is None:
                out.append(Dropped(control, None, n_annotations, n_predictions))
            continue
        values = controls[control]
        if value is not None and values is not None and value not in values:
            out.append(Dropped(control, value, n_annotations, n_predictions))
    return out


__all__ = ["RELATIONS", "Dropped", "dropped", "in_use", "offered"]
