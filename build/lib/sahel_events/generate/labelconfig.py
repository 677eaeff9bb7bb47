"""The Label Studio labeling configuration (XML), generated from the codebook.

What the annotator gets (see README, "Annotators"):

* the article text, with the document title above it and a note on repeated paragraphs;
* two label groups on the text: ``entity`` (digit hotkeys) and ``event`` (letter
  hotkeys, one per PLOVER type), each label with its definition as a hover hint, plus a
  ``layout`` group whose label ``REPEATED`` marks repeated paragraph copies (and ``CONFLICT``
  the disagreements in a draft adjudication);
* relations between regions, labelled with the argument roles;
* when an event region is selected: the mode of *its* type only (one control per type,
  shown by label value), contexts, factuality (certainty, polarity, source) and
  temporal status;
* when an entity region is selected: the attributes and normalised-value fields that
  the codebook gives its entity type;
* document-level choices below the text.

Every single-key hotkey Label Studio could hand out is bound on purpose. Label Studio 1.23
gives each Label, Choice or Filter that has no ``hotkey`` the next free key of
:data:`LS_AUTO_HOTKEYS`, in config order, and such a key still acts while its control is
hidden: with the codebook's 25 label keys, the leftover keys went to the CONSULT and
RETREAT modes, and pressing one with an ORG or an ASSAULT selected silently gave that
region a hidden mode (seen in the real screen; see tests/test_browser_*.py). So the keys
the codebook leaves free are bound to controls where a key is harmless because they are
always shown and not per region: the REPEATED label, the document choices, and two
filter boxes (event types, contexts) whose key only moves the focus there. When the
codebook leaves more keys free than that (a label removed from the codebook frees its
key), each extra key goes to a hidden filter box (:data:`SINK_FILTER`) inside a View
that is never shown: its key would only focus an input that cannot take the focus, so
the key does nothing, which is the point.

Per-region controls are wrapped in ``View`` elements with ``visibleWhen`` rather than
carrying ``whenLabelValue`` themselves: Label Studio 1.23 treats a control's own
``whenLabelValue`` as a single label when deciding whether its result can be
submitted, while ``View`` accepts a comma-separated list.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..annotation.ids import EventAttribute
from ..annotation.names import (
    CONFLICT_LABEL,
    ENTITY_CONTROL,
    EVENT_CONTROL,
    LAYOUT_CONTROL,
    REPEATED_LABEL,
    TEXT_NAME,
)
from ..codebook import Attribute, Codebook
from . import NOTICE

CONFIG_PATH = "labelstudio/labeling-config.xml"
REPEATED_COLOR = "#9e9e9e"
CONFLICT_COLOR = "#ff00ff"  # loud on purpose: a reviewer must not miss a disagreement
#: The keys Label Studio 1.23 assigns, in this order, to controls without a hotkey
#: (``makeComb`` in the editor's core/Hotkey.ts).
LS_AUTO_HOTKEYS = "1234567890qwetasdfgzxcvbyiopjklnm"
EVENT_FILTER = "filter_event"
CONTEXTS_FILTER = "filter_contexts"
CONTEXTS_ATTRIBUTE = EventAttribute.CONTEXTS
SINK_FILTER = "hotkey_sink"
"""Name prefix of the hidden filter boxes that hold keys the codebook leaves free."""
PLACEHOLDERS = {
    "iso8601-interval": "2025-07-08/2025-07-11 or 2025-07",
    "gazetteer-id": "geonames:2460596",
    "lat-lon": "12.65,-8.00",
    "actor-id": "jnim (actor registry id) or Q12345",
    "count-range": "12 or 10-15",
}


def _attrs(**pairs: object) -> str:
    """Render XML attributes in the given order, skipping None."""
    out = []
    for key, value in pairs.items():
        if value is None:
            continue
        text = str(value).lower() if isinstance(value, bool) else str(value)
        out.append(f"{key.rstrip('_')}={quoteattr(text)}")
    return " ".join(out)


def _hint(text: str, limit: int = 300) -> str:
    """One-line hover hint from a definition, cut at a sentence where it is long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    return (cut[: cut.rfind(". ") + 1] if ". " in cut else cut.rstrip()) or cut


def free_hotkeys(codebook: Codebook) -> list[str]:
    """The keys of :data:`LS_AUTO_HOTKEYS` that no codebook label uses, in pool order."""
    used = {e.hotkey for e in codebook.entity_types.values()}
    used |= {t.hotkey for t in codebook.event_types.values()}
    return [key for key in LS_AUTO_HOTKEYS if key not in used]


def safe_hotkeys(codebook: Codebook) -> dict[str, str]:
    """Bind every free key to a control where a keypress is harmless.

    Keys are ``"layout:REPEATED"``, ``"<document control>:<value>"`` and the names of the
    filter boxes, then ``hotkey_sink_<n>`` hidden filter boxes for the keys left over, so
    that no key is left for Label Studio to hand out to per-region choices.
    """
    targets = [f"{LAYOUT_CONTROL}:{REPEATED_LABEL}"]
    for attribute in codebook.document_choices.values():
        targets.extend(f"{attribute.id}:{value}" for value in attribute.values)
    targets.append(EVENT_FILTER)
    if CONTEXTS_ATTRIBUTE in codebook.event_attributes:
        targets.append(CONTEXTS_FILTER)
    free = free_hotkeys(codebook)
    targets += [f"{SINK_FILTER}_{n}" for n in range(1, len(free) - len(targets) + 1)]
    return dict(zip(targets, free, strict=False))


def _choices(
    attribute: Attribute, indent: str, hotkeys: dict[str, str] | None = None, **extra: object
) -> list[str]:
    hotkeys = hotkeys or {}
    lines = [
        f"{indent}<Choices "
        + _attrs(
            name=attribute.id,
            toName=TEXT_NAME,
            perRegion=extra.pop("per_region", True),
            choice=attribute.choice,
            showInline=True,
            **extra,
        )
        + ">"
    ]
    for value in attribute.values.values():
        hotkey = hotkeys.get(f"{attribute.id}:{value.id}")
        lines.append(
            f"{indent}  <Choice "
            + _attrs(value=value.id, hotkey=hotkey, hint=_hint(value.definition))
            + "/>"
        )
    lines.append(f"{indent}</Choices>")
    return lines


def _filter(name: str, to_name: str, what: str, keys: dict[str, str], indent: str) -> str:
    """A filter box over a long list of labels or choices; its hotkey only focuses it."""
    key = keys.get(name)
    placeholder = f"Filter {what}" + (f" [{key}]" if key else "")
    return (
        f"{indent}<Filter "
        + _attrs(name=name, toName=to_name, hotkey=key, minlength="1", placeholder=placeholder)
        + "/>"
    )


def render(codebook: Codebook) -> str:
    """The labeling config XML for this codebook."""
    keys = safe_hotkeys(codebook)
    out = [f"<!-- {NOTICE} -->", "<View>"]
    out.append('  <Header value="$title"/>')
    out.append('  <Header value="$repeats_note" size="6"/>')
    out.append(f"  <Labels {_attrs(name=ENTITY_CONTROL, toName=TEXT_NAME, showInline=True)}>")
    for e in codebook.entity_types.values():
        out.append(
            "    <Label "
            + _attrs(value=e.id, hotkey=e.hotkey, background=e.color, hint=_hint(e.definition))
            + "/>"
        )
    out.append("  </Labels>")
    out.append(_filter(EVENT_FILTER, EVENT_CONTROL, "event types", keys, "  "))
    out.append(f"  <Labels {_attrs(name=EVENT_CONTROL, toName=TEXT_NAME, showInline=True)}>")
    for t in codebook.event_types.values():
        out.append(
            "    <Label "
            + _attrs(value=t.id, hotkey=t.hotkey, background=t.color, hint=_hint(t.definition))
            + "/>"
        )
    out.append("  </Labels>")
    out.append(f"  <Labels {_attrs(name=LAYOUT_CONTROL, toName=TEXT_NAME, showInline=True)}>")
    out.append(
        "    <Label "
        + _attrs(
            value=REPEATED_LABEL,
            hotkey=keys.get(f"{LAYOUT_CONTROL}:{REPEATED_LABEL}"),
            background=REPEATED_COLOR,
            hint="This paragraph repeats an earlier one: code its facts once, at the first "
            "occurrence.",
        )
        + "/>"
    )
    # No hotkey: it is placed by `sahel-events adjudicate`, and a reviewer only deletes it.
    out.append(
        "    <Label "
        + _attrs(
            value=CONFLICT_LABEL,
            background=CONFLICT_COLOR,
            hint="Annotators disagree here: keep the right version, delete the others and "
            "this mark (its Meta says who coded what).",
        )
        + "/>"
    )
    out.append("  </Labels>")
    sinks = sorted(k for k in keys if k.startswith(SINK_FILTER))
    if sinks:
        # Keys freed by labels removed from the codebook: bound where they do nothing.
        out.append('  <View style="display: none">')
        out += [_filter(name, LAYOUT_CONTROL, "nothing", keys, "    ") for name in sinks]
        out.append("  </View>")
    out.append(f"  <Text {_attrs(name=TEXT_NAME, value='$text', granularity='symbol')}/>")
    out.append("  <Relations>")
    for role in codebook.roles.values():
        out.append(f"    <Relation {_attrs(value=role.id)}/>")
    out.append("  </Relations>")

    # Event attributes: visible whenever an event region is selected.
    out.append("  <View " + _attrs(visibleWhen="region-selected", whenTagName=EVENT_CONTROL) + ">")
    for t in codebook.event_types.values():
        if not t.modes:
            continue
        out.append(
            "    <View "
            + _attrs(visibleWhen="region-selected", whenTagName=EVENT_CONTROL, whenLabelValue=t.id)
            + ">"
        )
        out.append(f"      <Header {_attrs(value=f'Mode of {t.id}', size='5')}/>")
        out.append(
            "      <Choices "
            + _attrs(
                name=t.mode_control,
                toName=TEXT_NAME,
                perRegion=True,
                choice="single",
                showInline=True,
            )
            + ">"
        )
        for mode in t.modes.values():
            out.append(f"        <Choice {_attrs(value=mode.id, hint=_hint(mode.definition))}/>")
        out.append("      </Choices>")
        out.append("    </View>")
    for attribute in codebook.event_attributes.values():
        out.append(f"    <Header {_attrs(value=attribute.name, size='5')}/>")
        if attribute.id == CONTEXTS_ATTRIBUTE:
            out.append(_filter(CONTEXTS_FILTER, attribute.id, "contexts", keys, "    "))
        out.extend(_choices(attribute, "    "))
    out.append("  </View>")

    # Entity attributes and normalised values: visible for the entity types they apply to.
    for attribute in codebook.entity_attributes.values():
        targets = codebook.entity_attribute_targets(attribute.id)
        out.append(
            "  <View "
            + _attrs(
                visibleWhen="region-selected",
                whenTagName=ENTITY_CONTROL,
                whenLabelValue=",".join(targets),
            )
            + ">"
        )
        out.append(f"    <Header {_attrs(value=attribute.name, size='5')}/>")
        out.extend(_choices(attribute, "    "))
        out.append("  </View>")
    for value in codebook.normalised_values.values():
        out.append(
            "  <View "
            + _attrs(
                visibleWhen="region-selected",
                whenTagName=ENTITY_CONTROL,
                whenLabelValue=",".join(value.applies_to),
            )
            + ">"
        )
        out.append(f"    <Header {_attrs(value=value.name, size='5')}/>")
        out.append(
            "    <TextArea "
            + _attrs(
                name=value.id,
                toName=TEXT_NAME,
                perRegion=True,
                editable=True,
                maxSubmissions=1,
                rows=1,
                placeholder=PLACEHOLDERS.get(value.format),
            )
            + "/>"
        )
        out.append("  </View>")

    for attribute in codebook.document_choices.values():
        out.append(f"  <Header {_attrs(value=attribute.name, size='5')}/>")
        out.extend(_choices(attribute, "  ", keys, per_region=None))
    out.append("</View>")
    return "\n".join(out) + "\n"


def generate(codebook: Codebook) -> dict[str, str]:
    """The generated files of this module."""
    return {CONFIG_PATH: render(codebook)}
