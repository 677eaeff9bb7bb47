"""English triggers whose type the words alone do not tell (since 0.64.0).

English text has no parse here (a blank pipeline), so these rules read the words around
a trigger from closed word classes:

* "strike" is an attack or a labour strike. Its participle used as an adjective
  ("striking teachers", "Chad's striking nurses", "hundreds of striking workers") names
  people on strike: PROTEST strike, never an ASSAULT. A bare "strike" noun in an article
  that tells a labour strike and no air or drone strike is that labour strike ("began
  the strike on Monday").
* "took him away" told after an arrest or an abduction in its sentence is how the same
  person was taken, not a seizure of goods of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .triggers import Trigger

#: A word after which "striking" qualifies the noun that follows it: an article, a
#: possessive, a count, "of" ("hundreds of striking teachers"), or the sentence's start.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:(?:^|[.!?:;\"“(\-–—]\s*)"
    r"|(?<![\w'’])(?:the|a|an|its|their|his|her|our|of|some|many|several|all|other|"
    r"thousands|hundreds|dozens|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"|\w['’]s?\s+)$",
    re.IGNORECASE,
)
#: "striking" followed by an object of its own is the verb: "striking the base",
#: "striking a convoy", "striking them".
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|him|them|it|at|targets?|positions?)\b", re.IGNORECASE
)
_STRIKING = re.compile(r"striking$", re.IGNORECASE)
_BARE_STRIKE = re.compile(r"strikes?$", re.IGNORECASE)
#: The aircraft a bare "strike" may be told of in the same article.
_AIR_WORDS = re.compile(r"(?<!\w)(?:air|drones?|aircraft|jets?|aerial|airstrikes?)(?!\w)", re.I)


def _attributive_striking(text: str, t: Trigger) -> bool:
    """Whether ``t`` is "striking" qualifying the people after it ("striking teachers")."""
    if not _STRIKING.match(t.text) or _OBJECT_AFTER.match(text, t.end):
        return False
    return _ATTRIBUTIVE_BEFORE.search(text[max(0, t.start - 40) : t.start]) is not None


def labour_strikes(text: str, language: str, triggers: Sequence[Trigger]) -> list[Trigger]:
    """``triggers`` with the English labour strikes typed PROTEST strike: "striking"
    as an adjective always, a bare "strike" when the article tells a labour strike and
    no aircraft (then "the strike" can only be the one already told)."""
    if language != "en":
        return list(triggers)
    out = [
        replace(t, label="PROTEST", mode="strike")
        if t.label == "ASSAULT" and _attributive_striking(text, t)
        else t
        for t in triggers
    ]
    labour = any(t.label == "PROTEST" and t.mode == "strike" for t in out)
    if not labour or _AIR_WORDS.search(text):
        return out
    return [
        replace(t, label="PROTEST", mode="strike")
        if t.label == "ASSAULT" and t.mode is None and _BARE_STRIKE.match(t.text)
        else t
        for t in out
    ]


#: A person carried off: "took him away", "took them away", "drove her away".
_PERSON_CARRIED = re.compile(
    r"(?:took|taken|take|takes|drove|driven|led)\s+(?:him|her|them|us|me)\s+away$", re.I
)


def carried_off_after_arrest(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether ``t`` is a person "taken away" after an arrest or an abduction told
    before it in its sentence ("arrested a journalist and took him away"): the same
    act, no seizure of its own."""
    if t.label != "COERCE" or t.mode != "seize" or not _PERSON_CARRIED.match(t.text):
        return False
    lo = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    return any(
        lo <= o.start < t.start
        and (
            (o.label == "COERCE" and o.mode == "arrest")
            or (o.label == "ASSAULT" and o.mode == "abduct")
        )
        for o in triggers
    )


#: What joins an attack to its attackers' own departure in one sentence: a connective,
#: then the same subject again as a pronoun or not at all ("fired rockets at the camp
#: *and* withdrew", "killing three gendarmes, *before they* withdrew", "set fire to two
#: vehicles *as they* withdrew"). A subject of its own ("and the troops withdrew") is
#: another force leaving, kept.
_OWN_DEPARTURE = re.compile(
    r"(?:^|[\s,])(?P<joint>before|as|while|when|then|and|after\s+which)\s+"
    r"(?:(?:they|he|she|it|then)\s+)?(?:(?:had|were|was)\s+)?$",
    re.IGNORECASE,
)
#: A verb's form: "and"/"then" with no subject join the withdrawal to the attack's own
#: verb ("fired rockets and withdrew"); after a noun ("repelled the attack and then
#: withdrew from its positions") it is the subject of another verb that withdrew.
_VERB_FORM = re.compile(r"\w+(?:ed|ing)\b|(?:fought|shot|struck|overran|blew|threw)\b", re.I)
_SENTENCE_END = re.compile(r"[.;!?\n]")


def attackers_leaving(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether ``t`` is an English withdrawal told as the end of an attack before it in
    its sentence ("attacked the post ... before they withdrew", "and withdrew after an
    hour of fighting"): the attackers leaving the scene of their own attack are part of
    the attack, not a RETREAT, which is a force leaving a position or a country (since
    0.64.0; the French "avant de se replier" is read from the parse in ``events.py``)."""
    if t.label != "RETREAT" or t.mode != "withdraw":
        return False
    for o in triggers:
        if (
            o.label != "ASSAULT"
            or not 0 <= t.start - o.end <= 200
            or _SENTENCE_END.search(text, o.end, t.start)
        ):
            continue
        joined = _OWN_DEPARTURE.search(text, o.end, t.start)
        if joined is None:
            continue
        if joined.group("joint").lower() not in ("and", "then") or _VERB_FORM.match(o.text):
            return True
    return False
