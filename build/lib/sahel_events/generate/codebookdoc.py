"""The human codebook, ``schema/CODEBOOK.md``: every definition and example, in Markdown."""

from __future__ import annotations

from ..codebook import Attribute, Codebook, Examples
from . import NOTICE

CODEBOOK_DOC_PATH = "CODEBOOK.md"


def _cell(text: str) -> str:
    """Make text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _examples(examples: Examples) -> list[str]:
    return [f"- *fr*: {_cell(examples.fr)}", f"- *en*: {_cell(examples.en)}", ""]


def _attribute(attribute: Attribute, level: str) -> list[str]:
    required = "required" if attribute.required else "optional"
    default = f", default `{attribute.default}`" if attribute.default else ""
    out = [
        f"{level} {attribute.name} (`{attribute.id}`)",
        "",
        f"{attribute.choice} choice, {required}{default}. {_cell(attribute.definition)}",
        "",
    ]
    for value in attribute.values.values():
        aux = f" (PLOVER auxiliary: `{value.plover_auxiliary}`)" if value.plover_auxiliary else ""
        if value.acled_actor_type:
            aux += f" (ACLED: {value.acled_actor_type})"
        out += [f"- **`{value.id}`**{aux}: {_cell(value.definition)}"]
        out += [f"  - *fr*: {_cell(value.examples.fr)}", f"  - *en*: {_cell(value.examples.en)}"]
    out.append("")
    return out


def render(codebook: Codebook) -> str:
    """The codebook page."""
    out = [
        f"<!-- {NOTICE} -->",
        "",
        f"# {codebook.title}",
        "",
        f"Codebook `{codebook.name}`, schema version **{codebook.version}**.",
        "",
        _cell(codebook.description),
        "",
        "Contents: [Entity types](#entity-types) · [Event types](#event-types) · "
        "[Argument roles](#argument-roles) · [Event attributes](#event-attributes) · "
        "[Entity attributes](#entity-attributes) · [Normalised values](#normalised-values) · "
        "[Document choices](#document-choices) · [Decision rules](#decision-rules) · "
        "[Event kinds without a PLOVER type](#event-kinds-without-a-plover-type) · "
        "[Validation requirements](#validation-requirements) · [Crosswalks](#crosswalks). "
        "A two-page summary to keep open while labelling: `schema/QUICKREF.md`.",
        "",
        "## Entity types",
        "",
        "| label | hotkey | name | attributes | normalised values |",
        "|---|---|---|---|---|",
    ]
    for e in codebook.entity_types.values():
        out.append(
            f"| `{e.id}` | `{e.hotkey}` | {e.name} | {', '.join(e.attributes) or '—'} | "
            f"{', '.join(e.normalised) or '—'} |"
        )
    out.append("")
    for e in codebook.entity_types.values():
        out += [f"### {e.id}: {e.name}", "", _cell(e.definition), ""]
        out += _examples(e.examples)
    out += ["## Event types", ""]
    out += ["| label | hotkey | quad | modes |", "|---|---|---|---|"]
    for t in codebook.event_types.values():
        out.append(f"| `{t.id}` | `{t.hotkey}` | {t.quad} | {', '.join(t.modes) or '—'} |")
    out.append("")
    for t in codebook.event_types.values():
        out += [f"### {t.id}: {t.name}", "", _cell(t.definition), ""]
        out += _examples(t.examples)
        out += ["| role | may be filled by | required |", "|---|---|---|"]
        for spec in t.roles.values():
            required = "yes" if spec.required else "no"
            out.append(f"| `{spec.role}` | {', '.join(spec.fillers)} | {required} |")
        out.append("")
        if t.modes:
            default = f" Default mode: `{t.default_mode}`." if t.default_mode else ""
            out += [f"Modes (control `{t.mode_control}`).{default}", ""]
            for mode in t.modes.values():
                out.append(f"- **`{mode.id}`**: {_cell(mode.definition)}")
                out.append(f"  - *fr*: {_cell(mode.examples.fr)}")
                out.append(f"  - *en*: {_cell(mode.examples.en)}")
            out.append("")
    out += ["## Argument roles", ""]
    for role in codebook.roles.values():
        out += [f"### {role.id}", "", _cell(role.definition), ""]
        out += _examples(role.examples)
    out += ["## Event attributes", ""]
    for attribute in codebook.event_attributes.values():
        out += _attribute(attribute, "###")
    out += ["## Entity attributes", ""]
    for attribute in codebook.entity_attributes.values():
        out += _attribute(attribute, "###")
    out += ["## Normalised values", ""]
    for value in codebook.normalised_values.values():
        out += [
            f"### {value.name} (`{value.id}`)",
            "",
            f"Format `{value.format}`, for {', '.join(value.applies_to)}. "
            f"{_cell(value.definition)}",
            "",
        ]
        out += _examples(value.examples)
    out += ["## Document choices", ""]
    for attribute in codebook.document_choices.values():
        out += _attribute(attribute, "###")
    out += _decisions(codebook)
    out += [
        "## Crosswalks",
        "",
        "Also as CSV: `schema/crosswalks.csv`.",
        "",
        "| type | mode | PLOVER | ACLED event type | ACLED sub-event type | UCDP "
        "| cardinality | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in codebook.crosswalks:
        plover = f"{row.plover_event_type}{' / ' + row.plover_mode if row.plover_mode else ''}"
        ucdp = ", ".join(str(v) for v in row.ucdp_type_of_violence) or "—"
        out.append(
            f"| `{row.event_type}` | {row.mode or '—'} | {plover} | "
            f"{_cell(row.acled_event_type or '—')} | {_cell(row.acled_sub_event_type or '—')} | "
            f"{ucdp} | {row.cardinality} | {_cell(row.note or '')} |"
        )
        for attr_id, by_value in row.resolved_by.items():
            for value_id in by_value:
                acled, sub, codes = row.resolve({attr_id: value_id})
                out.append(
                    f"| `{row.event_type}` | {row.mode or '—'} + `{attr_id}` = `{value_id}` | "
                    f"{plover} | {_cell(acled or '—')} | {_cell(sub or '—')} | "
                    f"{', '.join(str(v) for v in codes) or '—'} | resolved | "
                    f"settled by {attr_id} |"
                )
    out.append("")
    return "\n".join(out)


def _decisions(codebook: Codebook) -> list[str]:
    """The decision rules, event kinds and validation requirements (absent from
    codebooks before 1.0.0: then nothing)."""
    out: list[str] = []
    if codebook.decision_rules:
        out += ["## Decision rules", ""]
        for rule in codebook.decision_rules.values():
            out += [f"### {rule.title} (`{rule.id}`)", "", f"**In short:** {_cell(rule.summary)}"]
            out += ["", _cell(rule.rule), ""]
            out += _examples(rule.examples)
    if codebook.event_kinds:
        out += ["## Event kinds without a PLOVER type", ""]
        out += ["| kind | coded as | |", "|---|---|---|"]
        for kind in codebook.event_kinds.values():
            where = (
                f"`{kind.plover_event_type}`"
                + (f" mode `{kind.plover_mode}`" if kind.plover_mode else "")
                if kind.in_scope
                else "not coded (out of scope)"
            )
            out.append(f"| {kind.name} | {where} | {_cell(kind.rule)} |")
        out.append("")
        for kind in codebook.event_kinds.values():
            out += [f"- *{kind.name}*, fr: {_cell(kind.examples.fr)}"]
            out += [f"  en: {_cell(kind.examples.en)}"]
        out.append("")
    req = codebook.requirements
    if req.argument_actor_id or req.attributes:
        out += ["## Validation requirements", ""]
        out += ["`sahel-events validate` refuses an annotation that breaks one of these.", ""]
        if req.argument_actor_id is not None:
            a = req.argument_actor_id
            unless = f" (or `{a.unless_attribute}`)" if a.unless_attribute else ""
            out.append(
                f"- roles {', '.join(f'`{r}`' for r in a.roles)}: `{a.normalised}`{unless}. "
                f"{_cell(a.definition)}"
            )
        for item in req.attributes:
            out.append(
                f"- `{item.attribute}` on {', '.join(item.labels)}. {_cell(item.definition)}"
            )
        out.append("")
    if codebook.estimates.definition:
        out += ["## Casualty estimates", "", _cell(codebook.estimates.definition), ""]
    return out


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {CODEBOOK_DOC_PATH: render(codebook)}
