"""A second act named by a pronoun and its place, with its own toll (since 0.62.0).

"L'embuscade de Tamou a fait six morts, tandis que celle d'Abala a coûté la vie à quatre
soldats", "The attack on the Djibo post killed nine soldiers, while the one in Arbinda
killed four": "celle d'Abala", "the one in Arbinda" is one more act of the kind of the
noun told before it, at another place, and the corpus codes it as an event of its own
on the pronoun ("celui d'un commerçant à Ouallam"). Only when the pronoun's clause tells
a toll of its own (a verb of the toll or a count right after the place): a pronoun that
only compares ("une semaine après celle de Songho") is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .ner import Token
from .triggers import Trigger

#: The pronoun, a preposition of place and a capitalised name, then a toll in the same
#: clause: a verb of the toll in the past ("a fait", "a coûté", "killed", "left") or a
#: count right after the place ("et celle d'Inékar, sept morts").
_PRONOUN_ACT = re.compile(
    r"(?<![\w'’])(?P<pronoun>(?i:celle|celui|the\s+one))\s+(?:de\s+|d['’]\s*|du\s+|à\s+|"
    r"(?:in|at|near|on)\s+(?:the\s+)?)(?:l['’]|la\s+|le\s+)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[\s-]+[A-ZÀ-Ý][\w'’-]*)*[^.;:!?\n]{0,40}?\s"
    r"(?:a\s+(?:fait|coûté|tué|causé|provoqué)|a\s+fait\s+état|killed|left|claimed|"
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+"
    r"(?:morts?|tués?|blessés?|victimes|dead|killed|wounded|injured))\b",
)
#: The nouns a pronoun refers back to, by the pronoun's gender.
_FEMININE = ("attaque", "embuscade", "explosion", "frappe", "incursion", "offensive", "tuerie")
_MASCULINE = ("enlèvement", "assaut", "raid", "attentat", "accrochage", "massacre", "bombardement")
_ENGLISH = ("attack", "ambush", "raid", "assault", "strike", "explosion", "bombing", "massacre")
#: The pronouns' words, lower-cased: a trigger of these words is such an act.
PRONOUN_WORDS = frozenset({"celle", "celui", "the one"})
#: A pluperfect in the pronoun's clause: an earlier act compared, whose toll the
#: arguments' rules leave out ("une semaine après celle de Hombori, qui avait fait").
_EARLIER = re.compile(r"\b(?:avai(?:en)?t|had)\b", re.IGNORECASE)
#: How far back the noun may be told: its sentence and the one before.
_REACH = 400


def _refers_to(pronoun: str, t: Trigger) -> bool:
    word = t.text.lower()
    if pronoun == "celle":
        return word.startswith(_FEMININE)
    if pronoun == "celui":
        return word.startswith(_MASCULINE)
    return word.startswith(_ENGLISH)


def pronoun_acts(text: str, triggers: Sequence[Trigger], tokens: Sequence[Token]) -> list[Trigger]:
    """The acts named by a pronoun and a place with a toll of their own (module
    docstring): one trigger on the pronoun, of the label, mode and contexts of the noun
    trigger told before it."""
    if "celle" not in text and "celui" not in text and "the one" not in text:
        return []
    starts = [t.start for t in tokens]
    out: list[Trigger] = []
    for m in _PRONOUN_ACT.finditer(text):
        if _EARLIER.search(m.group()):
            continue
        pronoun = " ".join(m.group("pronoun").lower().split())
        s, e = m.span("pronoun")
        if any(t.start <= s < t.end for t in triggers):
            continue
        noun = next(
            (
                t
                for t in reversed(triggers)
                if s - _REACH <= t.start < s and t.label == "ASSAULT" and _refers_to(pronoun, t)
            ),
            None,
        )
        if noun is None:
            continue
        first = bisect_left(starts, s)
        last = max(first, bisect_left(starts, e) - 1)
        if first >= len(tokens):
            continue
        out.append(replace(noun, start=s, end=e, text=text[s:e], tokens=(first, last)))
    return out


#: The pronoun's own place right after it: "celle d'Abala", "the one near Abala".
_OWN_PLACE = re.compile(
    r"\s+(?:de\s+|d['’]\s*|du\s+|à\s+|(?:in|at|near|on)\s+(?:the\s+)?)(?:l['’]|la\s+|le\s+)?$",
    re.IGNORECASE,
)


def own_places(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments with each pronoun act's place its own (module docstring): the
    place named right after the pronoun ("celle d'Abala"), never the place of the act
    told before it in the sentence ("L'embuscade de Tamou [...] celle d'Abala"); no
    place when the name after the pronoun is no place the entities know."""
    acts = [i for i, t in enumerate(triggers) if t.text.lower() in PRONOUN_WORDS]
    if not acts:
        return arguments
    out = list(arguments)
    for i in acts:
        t = triggers[i]
        own = next(
            (
                k
                for k, m in enumerate(mentions)
                if m.label in ("GPE", "LOC", "FAC")
                and t.end <= m.start <= t.end + 12
                and _OWN_PLACE.fullmatch(text, t.end, m.start)
            ),
            None,
        )
        placed = [a for a in out if a.trigger == i and a.role == Role.LOCATION]
        out = [a for a in out if not (a.trigger == i and a.role == Role.LOCATION)]
        if own is not None:
            score = max((a.score for a in placed), default=0.6)
            out.append(Argument(i, own, Role.LOCATION, score))
    return out
