"""The actor of "dément", which the parse takes for an adjective (since 0.66.0).

"Le gouvernement dément formellement les allégations", "Une source militaire interrogée
par notre rédaction dément « catégoriquement » toute victime civile": the present of
"démentir" is spelt as the adjective "dément" (insane), and the French model tags it an
adverb or an adjective hung on the nouns around it, so the clause-local rules find no
subject for the denial. The press opens such a sentence with who denies; this stage
gives a denial told by "dément" or "démentent" with no actor the first person or body
its sentence names before it, unless a preposition stands right before that mention
(an agent's "par", "selon": then it is no subject). A mention the parse stretched over
the verb ("Le gouvernement dément formellement", the adverb hung on the noun) is cut
before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..annotation.ids import EntityAttribute, Role
from .argument import Argument
from .entities import Mention
from .nominals import ORG_NOUNS, PERSON_NOUNS
from .triggers import Trigger

#: The present of "démentir", which the parse takes for the adjective.
_DENIES = re.compile(r"^dément(?:ent)?$", re.IGNORECASE)
#: A word right before a mention that makes it no subject: an agent's or a
#: complement's preposition ("interrogée par notre rédaction", "selon le ministère").
_NOT_SUBJECT = re.compile(
    r"\b(?:par|selon|de|du|des|d['’]|à|au|aux|pour|avec|contre|sur)\s+$", re.IGNORECASE
)
#: The noun phrase opening the clause right before "dément", when the parse made no
#: mention of it: "Bamako, ... - Le gouvernement dément" (a determiner, a noun, up to
#: five words of complement; no comma, no quote).
_OPENING_PHRASE = re.compile(
    r"(?:^|[.;:]\s+|\s[-–]\s+|\n)(?P<np>(?:Le|La|Les|L['’]|Un|Une)\s*(?P<head>[\w-]+)"
    r"(?:\s+[\w'’-]+){0,5})\s+$"
)
#: The score of the subject read past the misparse.
_READ_PAST = 0.4


def _opening_subject(text: str, lo: int, at: int) -> Mention | None:
    """A mention of the people or body the clause opens with right before the verb at
    ``at`` ("Le gouvernement", "La présidence de la République"), when its head is a
    noun of people or of an organisation; else None."""
    found = _OPENING_PHRASE.search(text, max(0, lo - 3), at)
    if found is None:
        return None
    head = found.group("head").lower()
    singular = head[:-1] if head.endswith(("s", "x")) else head
    if singular in PERSON_NOUNS or head in PERSON_NOUNS:
        label, choices = "PER", {}
    elif head in ORG_NOUNS or singular in ORG_NOUNS:
        sector = ORG_NOUNS.get(head) or ORG_NOUNS[singular]
        label, choices = "ORG", {EntityAttribute.SECTOR: [sector]}
    else:
        return None
    start, end = found.start("np"), found.end("np")
    return Mention(start, end, text[start:end], label, 0.4, "nominal", choices)


def deniers_of_misparsed_denials(
    text: str,
    heads: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> tuple[list[Mention], list[Argument]]:
    """The mentions and the arguments, a denial told by "dément" with no actor given the
    first person or body its sentence names before it: "Le gouvernement dément
    formellement les allégations" ("Le gouvernement", cut off the verb)."""
    mentions = list(mentions)
    acting = {a.trigger for a in arguments if a.role == Role.ACTOR}
    starts = [s for s, _ in sentences]
    extra: list[Argument] = []
    for k, t in heads.items():
        if k in acting or t.label != "REJECT" or not _DENIES.match(t.text):
            continue
        at = bisect_right(starts, t.start) - 1
        lo = sentences[at][0] if at >= 0 else 0
        for i, m in enumerate(mentions):
            if m.label in ("PER", "ORG") and lo <= m.start < t.start < m.end:
                end = len(text[m.start : t.start].rstrip()) + m.start
                mentions[i] = replace(m, end=end, text=text[m.start : end])
        before = sorted(
            (
                i
                for i, m in enumerate(mentions)
                if m.label in ("PER", "ORG", "GPE")
                and lo <= m.start
                and m.end <= t.start
                and not _NOT_SUBJECT.search(text, max(lo, m.start - 12), m.start)
            ),
            key=lambda i: mentions[i].start,
        )
        if not before:
            made = _opening_subject(text, lo, t.start)
            if made is not None:
                mentions.append(made)
                before = [len(mentions) - 1]
        if before:
            extra.append(Argument(k, before[0], Role.ACTOR, _READ_PAST))
    return mentions, [*arguments, *extra]
