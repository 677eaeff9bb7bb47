"""Which temporal expression is an event's time (docs/preannotation.md, "Arguments").

The nearest TIME is often someone else's: in "L'armée a rejeté *mardi* les accusations
selon lesquelles une frappe a tué ...", Tuesday is when the army denied, not when the
strike happened; in "a indiqué *jeudi* le gouverneur", when the governor spoke. And a
time borrowed from the paragraph should come from what was told before the trigger,
not from a later sentence about something else ("L'attaque a été revendiquée
*mercredi*"), nor from the start of a state ("privé d'accès *depuis janvier*").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Mention
from .ner import Token
from .triggers import Trigger

#: Verbs of saying: their time is when it was said, not when the event happened.
_REPORTING = frozenset(
    {
        "annoncer", "indiquer", "déclarer", "affirmer", "préciser", "rapporter", "assurer",
        "confirmer", "dire", "expliquer", "ajouter", "souligner", "signaler", "apprendre",
        "say", "announce", "report", "confirm", "state", "tell", "add",
    }
)  # fmt: skip
#: Claims of responsibility: their time is when the claim was made.
_CLAIMING = frozenset({"revendiquer", "claim"})
#: A verb of saying or claiming right before a time, for texts without a parse.
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|claimed|told|stated|confirmed)\s+(?:\S+\s+){0,2}?(?:on\s+)?$",
    re.IGNORECASE,
)
_ADJACENT = re.compile(r"^[\s,]*(?:(?:le|la|les|l['’])\s*)?$", re.IGNORECASE)
_SINCE = re.compile(r"(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+)?$", re.IGNORECASE)


def _verb_of(tokens: Sequence[Token], k: int) -> int:
    """The verb a token hangs from, a few heads up (itself when it is one)."""
    for _ in range(4):
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].head == k:
            break
        k = tokens[k].head
    return k


def _root(tokens: Sequence[Token], by_start: dict[int, int], m: Mention) -> int | None:
    """The token of a mention whose head lies outside it."""
    inside = [by_start[s] for s in range(m.start, m.end) if s in by_start]
    for k in inside:
        if not (m.start <= tokens[tokens[k].head].start < m.end) or tokens[k].head == k:
            return k
    return None


def foreign_times(
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    pool: Sequence[int],
    tokens: Sequence[Token],
    by_start: dict[int, int],
    sentence: tuple[int, int] | None = None,
) -> set[int]:
    """The TIME mentions of ``pool`` (the trigger's sentence) that date another act: a
    verb of saying, or the verb of another trigger. A parse that hangs a time on a verb
    of another sentence ("L'attaque a été revendiquée mercredi. *La veille*, un convoi
    avait essuyé des tirs") is not followed: the time opens its own sentence."""
    if not tokens or trig.tokens[0] < 0 or not tokens[trig.tokens[0]].dep:
        return set()
    own = {_verb_of(tokens, trig.tokens[0])}
    first = min(own)
    if first != trig.tokens[0] and tokens[first].lemma.lower() in _REPORTING | _CLAIMING:
        # "Le raid a été revendiqué lundi": the noun names the event, the verb the claim.
        own = {-1}
    if tokens[first].dep == "xcomp":
        # "a annoncé mercredi avoir arrêté": the speaker reports its own act, dated with it.
        own.add(tokens[first].head)
    others = {
        _verb_of(tokens, t.tokens[0]) for t in triggers if t.tokens[0] >= 0 and t is not trig
    } - own
    out = set()
    for i in pool:
        k = _root(tokens, by_start, mentions[i])
        if k is None:
            continue
        if _ADJACENT.match(text_between(trig, mentions[i], tokens)):
            continue  # "une embuscade le 11 courant": the time right after the trigger
        verb = _verb_of(tokens, tokens[k].head)
        if sentence is not None and not sentence[0] <= tokens[verb].start < sentence[1]:
            continue
        said = tokens[verb].lemma.lower() in _REPORTING | _CLAIMING
        # "se sont entretenus mercredi ... et ont convenu de": conjoined acts share a time.
        shared = any(tokens[v].dep == "conj" and tokens[v].head == verb for v in own if v >= 0)
        if verb not in own and (verb in others or said) and not (shared and not said):
            out.add(i)
    return out


def text_between(trig: Trigger, mention: Mention, tokens: Sequence[Token]) -> str:
    """The token texts between the trigger's end and a mention after it ("x" when the
    mention is not after it)."""
    if mention.start < trig.end:
        return "x"
    return " ".join(t.text for t in tokens if trig.end <= t.start and t.end <= mention.start)


#: A later act told after the first: "released *after five months*", "*plus tard*
#: relâchés" ("puis", "ensuite" most often go on with the same day's acts).
_THEN = re.compile(r"\b(?:plus\s+tard|later)\s+(?:\S+\s+)?$", re.IGNORECASE)
_AFTER_DURATION = re.compile(
    r"\s+(?:after|au\s+bout\s+d['’e]\s*|après)\s*(?:\S+\s+){0,2}?(?:days?|weeks?|months?|"
    r"years?|jours?|semaines?|mois|ans?|années?)\b",
    re.IGNORECASE,
)


def later(text: str, trig: Trigger) -> bool:
    """Whether the trigger names an act told as coming later than the time told beside
    it: "were snatched in March 2024 and released *after five months*", "relâchés
    *plus tard*". Its time is not told."""
    return bool(
        _THEN.search(text, max(0, trig.start - 20), trig.start)
        or _AFTER_DURATION.match(text, trig.end)
    )


def borrowable(text: str, mention: Mention, trig: Trigger) -> bool:
    """Whether a TIME outside the trigger's sentence may date it: told before the
    trigger, and not the start of a state ("depuis janvier")."""
    return mention.end <= trig.start and not _SINCE.search(
        text[max(0, mention.start - 12) : mention.start]
    )


def told_when(
    mention: Mention, tokens: Sequence[Token], by_start: dict[int, int], text: str = ""
) -> bool:
    """Whether a TIME dates a verb of saying or a claim of responsibility ("Le raid a été
    revendiqué *lundi*", "a indiqué *jeudi* le gouverneur"; without a parse, English:
    "was claimed *on Tuesday*", "the ministry said *on Monday*"): when it was told, which
    no event of another sentence may borrow as its own time."""
    k = _root(tokens, by_start, mention) if tokens else None
    if k is None or not tokens[k].dep:
        return bool(text) and bool(
            _TOLD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        )
    lemma = tokens[_verb_of(tokens, tokens[k].head)].lemma.lower()
    return lemma in _REPORTING or lemma in _CLAIMING
