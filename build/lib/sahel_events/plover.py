"""PLOVER's reference lists, as its manual gives them.

The codebook must follow these exactly: the loader refuses a mode that PLOVER does not
list under an event type, and a type that is missing or has lost one of its modes.
Source: openeventdata/PLOVER@5e0c24f, PLOVER_MANUAL.tex (16 types), as summarised in
the project's research notes (event-datasets.md, section 4).
"""

from __future__ import annotations

#: Event type -> its modes, in the manual's order.
EVENT_MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}

#: PLOVER's contexts (multi-valued, any event type).
CONTEXTS: tuple[str, ...] = (
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
)

#: PLOVER's auxiliary statuses, which the codebook maps onto attribute values.
AUXILIARY: tuple[str, ...] = ("historical", "future", "hypothetical", "negation")

#: PLOVER's quad classes.
QUADS: tuple[str, ...] = (
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
)
