"""Annotator instructions (HTML) for Label Studio's instruction panel, from the codebook.

``push`` sets them as the project's instructions, so the definitions an annotator
reads on the labeling screen are the codebook's own, word for word.
"""

from __future__ import annotations

from html import escape

from ..codebook import Attribute, Codebook, Examples
from . import NOTICE
from .quickref import CARD_ANCHOR, card_html

INSTRUCTIONS_PATH = "labelstudio/instructions.html"


def _examples(examples: Examples) -> str:
    return f"<br><i>fr</i>: {escape(examples.fr)}<br><i>en</i>: {escape(examples.en)}"


def _attribute(attribute: Attribute) -> list[str]:
    out = [f"<h4>{escape(attribute.name)} (<code>{attribute.id}</code>)</h4>"]
    out.append(f"<p>{escape(attribute.definition)}</p><ul>")
    for value in attribute.values.values():
        out.append(
            f"<li><b>{escape(value.id)}</b>: {escape(value.definition)}"
            f"{_examples(value.examples)}</li>"
        )
    out.append("</ul>")
    return out


def render(codebook: Codebook) -> str:
    """The instructions as one HTML fragment."""
    out = [
        f"<!-- {NOTICE} -->",
        f"<h2>{escape(codebook.title)} {escape(codebook.version)}</h2>",
        f"<p>{escape(codebook.description)}</p>",
        *(
            [
                f'<p><a href="#{CARD_ANCHOR}">Quick reference</a>: keys, decision rules, '
                "common mistakes (printable: <code>schema/QUICKREF.md</code>).</p>"
            ]
            if codebook.decision_rules
            else []
        ),
        *card_html(codebook),
        "<p>Offsets count characters of the text exactly as shown. Paragraphs marked "
        "<b>REPEATED</b> repeat an earlier one: code each fact once, at its first "
        "occurrence.</p>",
        "<h3>Entities (digit hotkeys)</h3><ul>",
    ]
    for e in codebook.entity_types.values():
        out.append(
            f"<li><b>{e.id}</b> [{e.hotkey}] {escape(e.name)}: {escape(e.definition)}"
            f"{_examples(e.examples)}</li>"
        )
    out.append("</ul><h3>Events (letter hotkeys)</h3><ul>")
    for t in codebook.event_types.values():
        roles = ", ".join(
            f"{r.role}{'*' if r.required else ''} ({'/'.join(r.fillers)})" for r in t.roles.values()
        )
        modes = ", ".join(t.modes) or "none"
        out.append(
            f"<li><b>{t.id}</b> [{t.hotkey}] {escape(t.definition)}{_examples(t.examples)}"
            f"<br>Modes: {escape(modes)}<br>Roles (* required): {escape(roles)}</li>"
        )
    out.append("</ul><h3>Argument roles (relation labels)</h3><ul>")
    for role in codebook.roles.values():
        out.append(
            f"<li><b>{role.id}</b>: {escape(role.definition)}{_examples(role.examples)}</li>"
        )
    out.append("</ul><h3>Event attributes</h3>")
    for attribute in codebook.event_attributes.values():
        out.extend(_attribute(attribute))
    out.append("<h3>Entity attributes</h3>")
    for attribute in codebook.entity_attributes.values():
        out.extend(_attribute(attribute))
    out.append("<h3>Normalised values</h3><ul>")
    for value in codebook.normalised_values.values():
        out.append(
            f"<li><b>{value.id}</b> ({'/'.join(value.applies_to)}; {value.format}): "
            f"{escape(value.definition)}{_examples(value.examples)}</li>"
        )
    out.append("</ul><h3>Document</h3>")
    for attribute in codebook.document_choices.values():
        out.extend(_attribute(attribute))
    return "\n".join(out) + "\n"


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {INSTRUCTIONS_PATH: render(codebook)}
