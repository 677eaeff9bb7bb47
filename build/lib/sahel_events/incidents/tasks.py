"""Review tasks: one Label Studio task per candidate link, and the review project's config.

A task shows the reviewer what the decision needs, the two events side by side: type
and mode, dates, place, actors, deaths, factuality, the trigger sentence, and the
article's title, outlet and date; then the rule's reasons. The reviewer picks *same
incident*, *different* or *unsure* and may add a note. The task's ``data`` also carries
what reading the review back needs (``candidate_id``, ``event_ids``, ``rule_version``),
and its ``meta`` the ``candidate_id``, so that ``incidents push`` finds the tasks it made
without reading their data.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .rule import RULE_VERSION, CandidateLink

#: The values of the review's choice (the task's ``decision``).
SAME = "same incident"
DIFFERENT = "different"
UNSURE = "unsure"
DECISIONS = (SAME, DIFFERENT, UNSURE)

#: Control names of the review config (what an export's results are named by).
DECISION_CONTROL = "decision"
NOTE_CONTROL = "note"

#: The labeling config of the review project: the pair as HTML, one required choice,
#: an optional note. Written here, not generated from the codebook: it does not change
#: with the codebook, only with this module.
LABEL_CONFIG = f"""<View>
  <Header value="Do these two reports describe the same incident?"/>
  <HyperText name="pair" value="$html"/>
  <Choices name="{DECISION_CONTROL}" toName="pair" choice="single" required="true"
           showInLine="true">
    <Choice value="{SAME}" hotkey="s"/>
    <Choice value="{DIFFERENT}" hotkey="d"/>
    <Choice value="{UNSURE}" hotkey="u"/>
  </Choices>
  <TextArea name="{NOTE_CONTROL}" toName="pair" placeholder="Note (optional): why"
            maxSubmissions="1" editable="true"/>
</View>"""

INSTRUCTIONS = (
    "<p>Each task is a pair of events from two articles that the rule proposes as one "
    "happening (same type, overlapping dates, same or nearby place, compatible actors).</p>"
    "<p><b>same incident</b>: both articles report the very same happening (same attack, "
    "same place, same day), even with different tolls or wording. <b>different</b>: two "
    "happenings (another day, another village, another attack of a series). "
    "<b>unsure</b>: the texts do not say enough. Only <i>same incident</i> links the "
    "events in the release; add a note when the decision is not obvious.</p>"
)


def candidate_id(event_ids: Sequence[str]) -> str:
    """The id of a candidate: ``cand-`` and a hash of its sorted event ids."""
    joined = "\n".join(sorted(event_ids))
    return "cand-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


#: What a row of the table shows: (label, value of an event and its document).
_Field = Callable[[Mapping[str, Any], Mapping[str, Any]], str]

_FIELDS: tuple[tuple[str, _Field], ...] = (
    ("type / mode", lambda e, d: " / ".join(str(v) for v in (e["event_type"], e["mode"]) if v)),
    ("dates", lambda e, d: _dates(e)),
    ("place", lambda e, d: _place(e)),
    ("actor 1", lambda e, d: _actor(e, 1)),
    ("actor 2", lambda e, d: _actor(e, 2)),
    ("killed (low/best/high)", lambda e, d: _killed(e)),
    (
        "factuality",
        lambda e, d: ", ".join(
            str(e[k])
            for k in ("factuality_certainty", "factuality_polarity", "temporal_status")
            if e.get(k)
        ),
    ),
    ("sentence", lambda e, d: e.get("trigger_sentence") or "(text not available)"),
    ("article", lambda e, d: d.get("title") or "(untitled)"),
    ("outlet, date", lambda e, d: f"{d.get('source') or '?'}, {d.get('published') or '?'}"),
    ("event id", lambda e, d: str(e["event_id"])),
)


def _dates(e: Mapping[str, Any]) -> str:
    start, end = e.get("date_start"), e.get("date_end")
    if start is None:
        return "undated"
    span = str(start) if end in (None, start) else f"{start} to {end}"
    return f"{span} ({e.get('date_precision') or '?'})"


def _place(e: Mapping[str, Any]) -> str:
    parts = [e.get("place_name"), e.get("admin2"), e.get("admin1"), e.get("country_code")]
    where = ", ".join(str(p) for p in parts if p)
    return f"{where or '?'} ({e.get('place_precision') or '?'})"


def _actor(e: Mapping[str, Any], n: int) -> str:
    name = e.get(f"actor{n}")
    if not name:
        return "-"
    others = e.get(f"assoc_actor_{n}") or []
    return str(name) + (f" (with {', '.join(map(str, others))})" if others else "")


def _killed(e: Mapping[str, Any]) -> str:
    values = [e.get(k) for k in ("killed_low", "killed_best", "killed_high")]
    return (
        "-"
        if all(v is None for v in values)
        else "/".join("?" if v is None else str(v) for v in values)
    )


def pair_html(
    events: Sequence[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]],
    reasons: Sequence[str],
) -> str:
    """The two events side by side as an HTML table, every value escaped."""
    head = "".join(f"<th>report {i}</th>" for i in range(1, len(events) + 1))
    rows = []
    for label, value in _FIELDS:
        cells = "".join(
            f"<td>{html.escape(str(value(e, documents.get(e['doc_id'], {}))))}</td>" for e in events
        )
        rows.append(f"<tr><th>{html.escape(label)}</th>{cells}</tr>")
    why = html.escape("; ".join(reasons))
    return (
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        f"<tr><th></th>{head}</tr>{''.join(rows)}</table>"
        f"<p><i>Proposed because: {why}.</i></p>"
    )


def review_task(
    link: CandidateLink,
    flat: Mapping[str, Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """The Label Studio task for one candidate (``flat``: event_id -> events_flat row)."""
    event_ids = [link.event_a, link.event_b]
    cid = candidate_id(event_ids)
    events = [flat[e] for e in event_ids]
    return {
        "data": {
            "candidate_id": cid,
            "event_ids": event_ids,
            "doc_ids": [e["doc_id"] for e in events],
            "rule_version": RULE_VERSION,
            "reasons": list(link.reasons),
            "distance_km": link.distance_km,
            "html": pair_html(events, documents, link.reasons),
        },
        "meta": {"candidate_id": cid},
    }
