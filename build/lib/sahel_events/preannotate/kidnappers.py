"""The kidnappers named by that word near an abduction or a release (since 0.66.0).

The press tells an abduction in the agentless passive and names its authors only by
what they did, in a clause of their own: "Deux chauffeurs enlevés le 22 novembre ont été
libérés mardi. Aucune précision n'a été donnée sur l'identité de leurs ravisseurs";
"la police a interpellé trois hommes soupçonnés d'avoir renseigné les ravisseurs d'un
commerçant enlevé"; "The two nurses were freed on Sunday; their kidnappers had demanded
a ransom". The word means the abductors: the codebook makes them the actor of the
abduction and of the release. The clause-local rules link them only as the subject or
the agent of the act; this stage gives an abduction or a release with no actor the
kidnappers named that way nearest to it in its own sentence or the two after (the
release then inherits them in ``actors.captors_of_releases`` when told elsewhere).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import Trigger

#: A phrase that names people only as the abductors: "les ravisseurs", "leurs
#: ravisseurs", "ses geôliers", "the kidnappers", "their captors", "les preneurs
#: d'otages" (a determiner or a possessive first).
_KIDNAPPERS = re.compile(
    r"\b(?:(?:les|des|leurs|ses|ces|their|the|his|her|its)\s+)?(?:présumés\s+|suspected\s+)?"
    r"(?:ravisseurs|kidnappeurs|geôliers|preneurs\s+d['’]otages|kidnappers|captors|"
    r"abductors|hostage[- ]takers)\b",
    re.IGNORECASE,
)
#: The score of the kidnappers named apart from the act's clause.
_NAMED_APART = 0.25
#: How many sentences after the act's own are read for its kidnappers.
_AFTER = 2


def _kidnapping(trig: Trigger) -> bool:
    """An abduction or a release of captives."""
    return (trig.label == "ASSAULT" and trig.mode == "abduct") or (
        trig.label == "RETREAT" and trig.mode == "release"
    )


def _kidnappers_mention(text: str, mentions: list[Mention], phrase: re.Match[str]) -> int | None:
    """The index of the people mention of the phrase: the one found already, a new one
    when no people or organisation mention overlaps it (the parse makes none of a
    noun's complement, "l'identité de *leurs ravisseurs*"), else none (it is part of
    another phrase, "trois hommes soupçonnés d'avoir renseigné les ravisseurs")."""
    start, end = phrase.start(), phrase.end()
    for i, m in enumerate(mentions):
        if m.start == start and m.label in ("PER", "ORG"):
            return i
    if any(m.start < end and start < m.end and m.label in ("PER", "ORG") for m in mentions):
        return None
    mentions.append(Mention(start, end, text[start:end], "PER", 0.5, "nominal"))
    return len(mentions) - 1


def kidnappers_named_near(
    text: str,
    heads: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> tuple[list[Mention], list[Argument]]:
    """The mentions and the arguments, an abduction or a release with no actor given
    the nearest people named as kidnappers in its own sentence or the next two: "Trois
    enseignants enlevés lundi ont été libérés jeudi. Leurs ravisseurs n'ont pas été
    identifiés" (both acts: "Leurs ravisseurs"). A mention already an argument of
    the act in another role is passed over."""
    out = list(mentions)
    acting = {a.trigger for a in arguments if a.role == Role.ACTOR}
    linked = {(a.trigger, a.mention) for a in arguments}
    starts = [s for s, _ in sentences]
    extra: list[Argument] = []
    for k, t in heads.items():
        if k in acting or not _kidnapping(t):
            continue
        at = bisect_right(starts, t.start) - 1
        if at < 0:
            continue
        lo = sentences[at][0]
        hi = sentences[min(at + _AFTER, len(sentences) - 1)][1]
        phrases = sorted(_KIDNAPPERS.finditer(text, lo, hi), key=lambda p: abs(p.start() - t.start))
        for phrase in phrases:
            i = _kidnappers_mention(text, out, phrase)
            if i is not None and (k, i) not in linked:
                extra.append(Argument(k, i, Role.ACTOR, _NAMED_APART))
                break
    return out, [*arguments, *extra]
