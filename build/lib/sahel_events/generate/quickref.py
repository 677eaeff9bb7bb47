"""The quick-reference card, ``schema/QUICKREF.md``: what an annotator keeps open beside
Label Studio, one or two printed pages, from the codebook.

It holds the label keys, each event type's modes, the roles, the decision rules in a
sentence each, the kinds of happening without a PLOVER type, what validation requires
and the mistakes the last gold review found. The labeling screen's instructions open
with the same card (:func:`card_html`), so the annotator finds it under *Instructions*.
"""

from __future__ import annotations

from html import escape

from ..codebook import Codebook
from . import NOTICE

QUICKREF_PATH = "QUICKREF.md"
#: The anchor of the card inside the labeling screen's instructions.
CARD_ANCHOR = "quick-reference"


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    cut = flat.find(". ")
    return flat if cut < 0 else flat[: cut + 1]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _kind_target(codebook: Codebook, kind_id: str) -> str:
    kind = codebook.event_kinds[kind_id]
    if not kind.in_scope:
        return "not coded"
    mode = f" {kind.plover_mode}" if kind.plover_mode else ""
    return f"{kind.plover_event_type}{mode}"


def render(codebook: Codebook) -> str:
    """The card as Markdown."""
    out = [
        f"<!-- {NOTICE} -->",
        "",
        f"# Quick reference: {codebook.title} {codebook.version}",
        "",
        "Keep this beside Label Studio. Full definitions and examples: `schema/CODEBOOK.md`.",
        "",
        "## Keys",
        "",
        "| entity | key | | event | key | modes |",
        "|---|---|---|---|---|---|",
    ]
    entities = list(codebook.entity_types.values())
    events = list(codebook.event_types.values())
    for i in range(max(len(entities), len(events))):
        e = entities[i] if i < len(entities) else None
        t = events[i] if i < len(events) else None
        left = f"`{e.id}` {e.name} | `{e.hotkey}` |" if e else " | |"
        right = f"`{t.id}` | `{t.hotkey}` | {', '.join(t.modes) or '—'} |" if t else " | | |"
        out.append(f"| {left} | {right}")
    out += [
        "",
        "Roles (relation labels): " + ", ".join(f"`{r}`" for r in codebook.roles) + ".",
        "",
    ]
    if codebook.decision_rules:
        out += ["## Decision rules", ""]
        for rule in codebook.decision_rules.values():
            out.append(f"- **{rule.title}.** {_cell(rule.summary)}")
        out.append("")
    if codebook.event_kinds:
        out += ["## Happenings without a PLOVER type", ""]
        for kind in codebook.event_kinds.values():
            out.append(
                f"- {kind.name}: **{_kind_target(codebook, kind.id)}**. "
                f"{_cell(_first_sentence(kind.rule))}"
            )
        out.append("")
    req = codebook.requirements
    if req.argument_actor_id or req.attributes:
        out += ["## Validation refuses", ""]
        if req.argument_actor_id is not None:
            a = req.argument_actor_id
            out.append(
                f"- an {' or '.join(a.roles)} argument without `{a.normalised}`"
                + (f" (unidentified: `{a.unless_attribute}` instead)" if a.unless_attribute else "")
                + ";"
            )
        for item in req.attributes:
            out.append(f"- a {'/'.join(item.labels)} span without `{item.attribute}`;")
        out.append("")
    if codebook.review_findings:
        out += ["## Mistakes the gold review found", ""]
        for n, finding in enumerate(codebook.review_findings, 1):
            out.append(f"{n}. {_cell(finding.mistake)} → {_cell(finding.fix)}")
        out.append("")
    return "\n".join(out)


def card_html(codebook: Codebook) -> list[str]:
    """The card as HTML lines, for the top of the labeling screen's instructions (empty
    for a codebook without decision rules)."""
    if not codebook.decision_rules:
        return []
    out = [
        f'<h3 id="{CARD_ANCHOR}">Quick reference</h3>',
        "<p>The printable card is <code>schema/QUICKREF.md</code> in the repository; the "
        "full codebook follows below.</p><ul>",
    ]
    for rule in codebook.decision_rules.values():
        out.append(f"<li><b>{escape(rule.title)}.</b> {escape(rule.summary)}</li>")
    out.append("</ul>")
    if codebook.event_kinds:
        out.append("<p>Without a PLOVER type: ")
        out.append(
            "; ".join(
                f"{escape(k.name)}: <b>{escape(_kind_target(codebook, k.id))}</b>"
                for k in codebook.event_kinds.values()
            )
            + ".</p>"
        )
    if codebook.review_findings:
        out.append("<p>Mistakes the gold review found:</p><ol>")
        for finding in codebook.review_findings:
            out.append(f"<li>{escape(finding.mistake)} → {escape(finding.fix)}</li>")
        out.append("</ol>")
    return out


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module (none for a codebook without decision rules)."""
    return {QUICKREF_PATH: render(codebook)} if codebook.decision_rules else {}
