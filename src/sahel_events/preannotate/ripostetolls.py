"""A toll told for a riposte and the strikes after it goes to the fight (since 0.66.0).

"Quatre soldats ont été tués. La riposte et les frappes de drone qui ont suivi ont
permis de neutraliser une quinzaine de terroristes": the strikes are an event of their
own (ASSAULT aerial, placed where they hit), and the count of their sentence is linked to
them as the act nearest to it; but the figure is given for the riposte and the strikes
together, and the riposte is the attack itself (an escort's riposte is the attack, corpus
note), so the corpus links such a toll to the ground fight ("a toll given for 'la riposte
puis les frappes' goes to the ground fight"). Only a count told after strikes that are
coordinated with a riposte in the count's own sentence (or, since 0.67.0, told before
the riposte and the strikes: "une cinquantaine de terroristes ont été neutralisés lors de
la riposte puis lors de frappes aériennes"), and only when an assault on
people is kept before that sentence (the one whose toll is told already, if any).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import Trigger

#: The modes of strikes from the air (codebook, ASSAULT aerial and drone).
_FROM_THE_AIR = frozenset({"aerial", "drone"})
#: A riposte coordinated with what follows it, right before the strikes' trigger: "La
#: riposte des FDS et les frappes", "la riposte puis des frappes", "the response and air
#: strikes", "the army's counter-attack, followed by drone strikes".
_RIPOSTE_AND = re.compile(
    r"\b(?:ripost\w*|réaction|contre-attaque|contre-offensive|response|counter-?attack|"
    r"counter-?offensive)\b[^.;:!?\n]{0,80}?"
    r"\b(?:et|puis|ainsi\s+que|suivie?s?\s+(?:de|des|d['’])|and|then|followed\s+by)\s+"
    r"(?:(?:les|des|de|d['’]|la|the|its|their|ses|leurs)\s*)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: The modes of an act on things only or of a capture, whose toll is no fight's dead
#: (codebook, destroy and abduct): "et capturé quatre soldats" told before the riposte.
NOT_A_FIGHT = frozenset({"destroy", "abduct"})


def tolls_off_follow_up_strikes(
    text: str,
    kept: dict[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments with each count told after strikes coordinated with a riposte in
    its sentence moved to the assault on people kept last before that sentence (module
    docstring)."""
    # Each strike with where its riposte begins: a count told before the riposte in the
    # sentence ("une cinquantaine de terroristes ont été neutralisés lors de la riposte
    # puis lors de frappes aériennes", since 0.67.0) is given for both as well.
    riposte_at: dict[int, int] = {}
    for i, t in kept.items():
        if t.label != "ASSAULT" or t.mode not in _FROM_THE_AIR:
            continue
        m = _RIPOSTE_AND.search(text, _start_of(sentences, t.start), t.start)
        if m is not None:
            riposte_at[i] = m.start()
    strikes = set(riposte_at)
    if not strikes:
        return arguments
    starts = [s for s, _ in sentences]
    with_toll = {
        a.trigger for a in arguments if a.role == Role.CASUALTIES and a.trigger not in strikes
    }
    out: list[Argument] = []
    for a in arguments:
        act = kept.get(a.trigger)
        if a.role != Role.CASUALTIES or a.trigger not in strikes or act is None:
            out.append(a)
            continue
        count = mentions[a.mention]
        home = bisect_right(starts, act.start) - 1
        told_for_both = count.start >= act.end or count.end <= riposte_at[a.trigger]
        if not told_for_both or bisect_right(starts, count.start) - 1 != home:
            out.append(a)
            continue
        fights = [
            (t.start, i)
            for i, t in kept.items()
            if t.label == "ASSAULT"
            and t.mode not in _FROM_THE_AIR
            and t.mode not in NOT_A_FIGHT
            and t.start < starts[home]
        ]
        if not fights:
            out.append(a)
            continue
        # The fight whose toll is told already, when there is one ("Au moins 19 soldats
        # ont été tués dans l'attaque d'un convoi [...] les terroristes ont ouvert le
        # feu"): the attack, not a phase of it told later without a toll.
        tolled = [f for f in fights if f[1] in with_toll]
        target = max(tolled or fights)[1]
        if not any(b.trigger == target and b.mention == a.mention for b in arguments):
            out.append(replace(a, trigger=target))
    return out


def _start_of(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    """The start of the sentence holding ``pos`` (0 before the first)."""
    k = bisect_right([s for s, _ in sentences], pos) - 1
    return sentences[k][0] if k >= 0 else 0


#: A force's own losses named as its own (since 0.69.0): "qui déplore six morts dans nos
#: rangs", "dans les rangs amis", "côté ami", "de notre côté", "parmi nos hommes", "on
#: its side", "in our ranks", "among its own troops". "Dans ses rangs" only with a
#: regret ("déplore", "regrette"), since the enemy's losses are told "dans ses rangs" too.
_OWN_LOSSES = re.compile(
    r"\b(?:dans\s+nos\s+rangs|rangs\s+amis|c[ôo]t[ée]\s+amie?|de\s+notre\s+c[ôo]t[ée]|"
    r"parmi\s+nos\s+(?:hommes|soldats|troupes|éléments|militaires)|"
    r"(?:déplor|regrett)\w*\b[^.;!?\n]{0,80}?\bdans\s+(?:ses|leurs)\s+rangs|"
    r"on\s+(?:our|its|their)\s+(?:own\s+)?side|in\s+(?:our|its)\s+(?:own\s+)?ranks|"
    r"among\s+(?:our|its)\s+own|friendly\s+(?:forces|troops|side))\b",
    re.IGNORECASE,
)
#: The verbs and nouns of a bombardment, the strikes of a force's artillery or air arm
#: whatever mode they were given ("L'artillerie a bombardé", "les hélicoptères ont
#: pilonné", "shelled", "pounded", "bombed"); the mode heavy-weapons alone is no strike
#: of the force, since the attack repelled gets it too ("attaqué au mortier").
_BOMBARD = re.compile(r"(?:bombard|pilonn|shell|pound|bomb)", re.IGNORECASE)


def own_losses_off_own_strikes(
    text: str,
    kept: dict[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
) -> list[Argument]:
    """The counts of a sentence that tells a force's own losses ("L'armée déplore deux
    morts dans les rangs amis", "five soldiers were killed on its side") moved off that
    force's strikes from the air or by artillery, kept before or in that sentence ("les
    hélicoptères ont pilonné les assaillants"), to the assault on people kept last before
    the strikes: the force's own losses are never the toll of its own strikes, so the
    bilan of that sentence is the toll of the attack it repelled (corpus: a communiqué's
    toll with "dans nos rangs" goes to the attack, not to the air support). Family read:
    French and English own-side wordings of a communiqué's bilan after an attack
    repelled with air or artillery support."""
    strikes = {
        i
        for i, t in kept.items()
        if t.label == "ASSAULT"
        and (t.mode in _FROM_THE_AIR or _BOMBARD.match(text, t.start) is not None)
    }
    if not strikes:
        return arguments
    starts = [s for s, _ in sentences]
    # The sentences (by index) that tell own losses, read once each.
    own: dict[int, bool] = {}
    moves: dict[int, int] = {}
    for n, a in enumerate(arguments):
        if a.role != Role.CASUALTIES or a.trigger not in strikes:
            continue
        count = mentions[a.mention]
        k = bisect_right(starts, count.start) - 1
        if k < 0:
            continue
        if k not in own:
            own[k] = _OWN_LOSSES.search(text, sentences[k][0], sentences[k][1]) is not None
        if not own[k]:
            continue
        act = kept[a.trigger]
        fights = [
            (t.start, i)
            for i, t in kept.items()
            if t.label == "ASSAULT"
            and i not in strikes
            and t.mode not in NOT_A_FIGHT
            and t.start < act.start
        ]
        if fights:
            moves[n] = max(fights)[1]
    if not moves:
        return arguments
    out: list[Argument] = []
    for n, a in enumerate(arguments):
        target = moves.get(n)
        if target is None:
            out.append(a)
        elif not any(b.trigger == target and b.mention == a.mention for b in arguments):
            out.append(replace(a, trigger=target))
    return out
