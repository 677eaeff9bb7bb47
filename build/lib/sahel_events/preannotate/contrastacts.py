"""An act told only by its toll after a contrast at another place (since 0.64.0).

"Des hommes armés ont attaqué le village de Sadia, tuant neuf personnes, tandis qu'à
Dianweli, sept personnes sont mortes et cinq ont été blessées": the contrast's clause
tells a second happening at another place by its toll alone, with no word the lexicon
knows as an act ("sont mortes", "ont perdu la vie"). The corpus codes it as an event of
its own, with that toll and that place; before 0.64.0 the counts were linked to nothing
(the act told before the contrast is at another place and may not take them).

The act is put on the word the toll's count depends on in the parse (the predicate of
its subject, "mortes", or the verb whose object it is, "a fait"), of the label and
contexts of the assault told before the contrast in its sentence, with no mode (the
clause says how people died no more than the act before it does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import EntityAttribute
from .casescan import lowered_text, may_hold
from .casualties import OUTCOME_WORD
from .entities import Mention
from .ner import Token
from .triggers import Trigger

#: A contrast that opens another place's clause (since 0.63.0): "killed seven herders
#: near Menaka, while in Gao a car bomb wounded eleven", "tandis qu'à Pissila, une mine a
#: blessé trois gendarmes". The place's name starts at the group ``place``.
CONTRAST_ELSEWHERE = re.compile(
    r"(?:,\s*|\s)(?:while\s+|whereas\s+|tandis\s+qu(?:e\s+|['’]\s*)|alors\s+qu(?:e\s+|['’]\s*))"
    # The preposition is needed: "while Malian soldiers were asleep, killing 12" tells
    # no other place.
    r"(?:in|at|near|à|au|aux|dans|près\s+d(?:e|['’]))\s*(?:l['’]|la\s+|le\s+|the\s+)?"
    r"(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]*)",
    re.IGNORECASE,
)
#: The words one of which every match of :data:`CONTRAST_ELSEWHERE` holds.
CONTRAST_WORDS = ("while", "whereas", "tandis qu", "alors qu")
#: The kinds of harm a toll of its own tells; an abduction or an arrest is an act the
#: lexicon words ("enlevés", "arrested"), a count of people taken is no toll of a death.
_HARMED = frozenset({"killed", "injured"})
#: The parts of speech of a toll's predicate: "sont mortes" (ADJ), "ont péri" (VERB).
_PREDICATES = frozenset({"VERB", "ADJ", "AUX"})


def _sentence_end(text: str, at: int) -> int:
    ends = [e for c in ".!?;\n" if (e := text.find(c, at)) != -1]
    return min(ends, default=len(text))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


def _outcome_word(tokens: Sequence[Token], first: int, end: int) -> Token | None:
    """Without a parse (the English model tags nothing), the first word of an outcome
    from the count on, before ``end`` (since 0.64.0): "three fishermen *died*", "two
    herders were *killed*"; none when the clause holds none."""
    for k in range(first, len(tokens)):
        if tokens[k].start >= end:
            break
        if OUTCOME_WORD.fullmatch(tokens[k].text):
            return tokens[k]
    return None


def _predicate(
    tokens: Sequence[Token], starts: Sequence[int], count: Mention, end: int
) -> Token | None:
    """The word the count depends on, after the count (its predicate: "sept personnes
    sont *mortes*") or before it ("a *fait* sept morts"), in the parse; the outcome
    word when the count's span holds it ("douze civils *tués*"); the first outcome word
    from the count on before ``end`` where there is no parse."""
    first = bisect_left(starts, count.start)
    last = bisect_left(starts, count.end)
    inside = range(first, min(last, len(tokens)))
    if not inside:
        return None
    if not tokens[first].pos:
        return _outcome_word(tokens, first, end)
    # The outcome word inside the count's span: "douze soldats *tués*".
    own = [k for k in inside if tokens[k].pos == "VERB"]
    if own:
        return tokens[own[-1]]
    for k in inside:
        head = tokens[k].head
        if head in inside or head == k or not 0 <= head < len(tokens):
            continue
        word = tokens[head]
        return word if word.pos in _PREDICATES else None
    return None


def contrast_acts(
    text: str, triggers: Sequence[Trigger], mentions: Sequence[Mention], tokens: Sequence[Token]
) -> list[Trigger]:
    """The acts told only by their toll after a contrast at another place (module
    docstring): one trigger on the toll's predicate, for each contrast whose clause
    holds a count of dead or wounded and no trigger, after an assault told in the same
    sentence at another place."""
    if not tokens or not may_hold(lowered_text(text), CONTRAST_WORDS):
        return []
    starts = [t.start for t in tokens]
    out: list[Trigger] = []
    for m in CONTRAST_ELSEWHERE.finditer(text):
        lo, hi = _sentence_start(text, m.start()), _sentence_end(text, m.end())
        if m.group("place") in text[lo : m.start()]:
            continue  # the same place: one act ("tandis qu'à Kaya même")
        act = next(
            (t for t in reversed(triggers) if lo <= t.start < m.start() and t.label == "ASSAULT"),
            None,
        )
        if act is None or any(m.start() <= t.start < hi for t in triggers):
            continue
        count = next(
            (
                c
                for c in mentions
                if c.label == "CASUALTY"
                and m.end("place") <= c.start < hi
                and set(c.choices.get(EntityAttribute.CASUALTY_KIND, ())) & _HARMED
            ),
            None,
        )
        if count is None or (word := _predicate(tokens, starts, count, hi)) is None:
            continue
        if not m.end("place") <= word.start < hi:
            continue
        out.append(
            replace(
                act,
                start=word.start,
                end=word.end,
                text=word.text,
                mode=None,
                tokens=(word.index, word.index),
            )
        )
    return out
