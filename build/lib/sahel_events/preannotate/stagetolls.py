"""A toll told for an operation or an assault goes to it, not to an act its subject names
as its cause or its opening (since 0.67.0).

Two families of wording name a second act inside the subject of the sentence that gives a
toll, and the count is linked to that act, the one nearest to it:

* the cause of an operation: "L'opération, déclenchée après l'attaque du 22 novembre
  contre la position de X, a coûté la vie à quatre soldats", "L'offensive, lancée en
  représailles à l'embuscade de Y, a fait six morts", "The operation, launched after the
  attack on the X post, cost the lives of four soldiers": the attack is named to say why
  the operation began; the dead are the operation's (``_CAUSE``);
* the opening of an assault: "L'assaut, lancé mercredi par l'explosion d'un véhicule
  piégé à l'entrée du camp, suivie de tirs, a été repoussé et une trentaine de
  terroristes ont été neutralisés", "The assault, which began with a car bomb, ...": the
  blast is a phase of the attack, and the corpus links a phase's toll to the attack
  ("an escort's riposte [...] is the attack itself"; ``_OPENING``).

Only a count told after the named act, in its sentence, and linked to it; the count goes
to the operation named by the same noun kept before (cause), or to the assault on people
kept last before the named act (opening). An act that has its own toll in a relative
clause ("après l'attaque qui avait tué six soldats") is left to ``earlier_act_words``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .ripostetolls import NOT_A_FIGHT
from .triggers import Trigger

#: The nouns of an operation or an assault that open a sentence as its subject.
_OPERATION_NOUNS = (
    r"opération|offensive|contre-offensive|contre-attaque|riposte|assaut|raid|ratissage|"
    r"campagne|attaque|operation|counter-?offensive|counter-?attack|assault|attack|"
    r"crackdown|sweep"
)
#: Participles of a start in both languages ("déclenchée", "launched", "which began").
_STARTED = (
    r"(?:lancée?s?|déclenchée?s?|menée?s?|engagée?s?|conduite?s?|ouverte?s?|amorcée?s?|"
    r"initiée?s?|entamée?s?|launched|mounted|carried\s+out|begun|started|opened|"
    r"(?:qui|which|that)\s+(?:a|avait|had)?\s*(?:commencé|débuté|began|started|opened))"
)
#: The subject of the sentence, an operation named by its noun, then a participle of its
#: start and words of cause before the act: "L'opération, déclenchée après l'attaque",
#: "L'offensive, lancée en représailles à l'embuscade", "The operation, launched after
#: the attack", "l'assaut, lancé suite à".
_CAUSE = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:que|qu['’]|that)\s+)"
    rf"(?:l['’]|la\s+|le\s+|les\s+|cette\s+|cet\s+|ce\s+|the\s+|this\s+)"
    rf"(?P<noun>{_OPERATION_NOUNS})\b[^,.;]{{0,40}},\s*{_STARTED}\b[^,.;]{{0,40}}?"
    r"\b(?:après|suite\s+à|à\s+la\s+suite\s+(?:de|des|du|d['’])|au\s+lendemain\s+"
    r"(?:de|des|du|d['’])|en\s+(?:représailles|riposte|réponse)\s+(?:à|aux|au)|"
    r"consécutivement\s+(?:à|aux|au)|following|after|in\s+(?:response|retaliation|"
    r"reprisal)\s+(?:to|for))\s*(?:l['’]|la\s+|le\s+|les\s+|une?\s+|the\s+|an?\s+|"
    r"une\s+série\s+d['’])?(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
#: The subject, an assault started by the act that follows: "l'assaut, lancé mercredi
#: vers 5 heures par l'explosion", "L'attaque, déclenchée par", "L'attaque a commencé
#: par des tirs", "The assault began with a car bomb".
_OPENING = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:que|qu['’]|that)\s+)(?:l['’]|la\s+|le\s+|cette\s+|cet\s+|the\s+|this\s+)"
    rf"(?:{_OPERATION_NOUNS})\b[^,.;]{{0,30}}?,?\s*"
    r"(?:(?:lancée?|déclenchée?|ouverte?|amorcée?|initiée?|launched|opened|started)\b"
    r"[^,.;]{0,40}?\b(?:par|by|with)|(?:qui\s+)?(?:a|avait)\s+(?:commencé|débuté)\s+par|"
    r"(?:which\s+|that\s+)?(?:began|started|opened)\s+with)\s+"
    # The act that followed the opening one, a phase as well: "par l'explosion d'un
    # camion piégé, suivie de tirs de mortier", "with a car bomb, followed by gunfire".
    r"(?:[^.;]{0,80}?,\s*(?:suivie?s?\s+(?:de|des|du|d['’])|puis|followed\s+by|then)\s+)?"
    r"(?:l['’]|la\s+|le\s+|les\s+|une?\s+|des\s+|d['’]|the\s+|an?\s+)?(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
#: The assault told again as the subject that an act opened, from its noun: "l'assaut,
#: lancé mercredi vers 5 heures par l'explosion", "the attack, launched with a car bomb".
_OPENED = re.compile(
    rf"(?:{_OPERATION_NOUNS})\b[^,.;]{{0,30}}?,?\s*"
    r"(?:lancée?|déclenchée?|ouverte?|amorcée?|initiée?|launched|opened|started)\b"
    r"[^,.;]{0,40}?\b(?:par|by|with)\s",
    re.IGNORECASE,
)
#: A definite article right before the noun: the act named again, not a new one.
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:l['’]|la\s+|le\s+|the\s+|this\s+|cet\s+|cette\s+))$", re.IGNORECASE
)
#: A first phase told before the next one in its sentence: "un engin explosif a d'abord
#: immobilisé un blindé, avant que des assaillants n'ouvrent le feu", "dans un premier
#: temps [...], puis", "a roadside bomb first hit the lead vehicle before gunmen opened
#: fire". Read from a little before the phase's trigger to the end of its sentence.
_FIRST_THEN = re.compile(
    r"[^.;!?\n]{0,80}?\b(?:d['’]abord|dans\s+un\s+premier\s+temps|en\s+premier\s+lieu|"
    r"first)\b[^.;!?\n]{0,120}?\b(?:avant\s+(?:que|qu['’]|de|d['’])|puis|ensuite|before|then)\b",
    re.IGNORECASE,
)
#: A relative clause of the named act between it and the count: its own toll.
_OWN_TOLL = re.compile(
    r"\b(?:qui|lequel|laquelle|dont|that|which|who)\s+(?:\w+\s+)?"
    r"(?:avait|avaient|a|ont|had|has|have|fit|fait|killed|left|coûté)\b",
    re.IGNORECASE,
)
#: How far before the named act its subject may begin (a long participial clause).
_REACH = 200


def tolls_off_named_stages(
    text: str,
    kept: dict[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments with each count linked to an act named as the cause or the opening
    of its sentence's subject moved to that operation or assault (module docstring)."""
    starts = [s for s, _ in sentences]

    def sentence_start(pos: int) -> int:
        k = bisect_right(starts, pos) - 1
        return sentences[k][0] if k >= 0 else 0

    tolled = {a.trigger for a in arguments if a.role == Role.CASUALTIES}
    moves: dict[int, int] = {}
    # First phases, whose counts from later sentences only move.
    later: dict[int, int] = {}
    for i in tolled:
        act = kept.get(i)
        if act is None or act.label != "ASSAULT":
            continue
        start = max(sentence_start(act.start), act.start - _REACH)
        # The window alone, so that its start and end anchor the patterns.
        window = text[start : act.start]
        cause = _CAUSE.search(window)
        if cause is not None:
            target = _operation_named(text, kept, i, cause.group("noun"))
        elif _OPENING.search(window) is not None or (
            _DEFINITE_BEFORE.search(text, max(0, act.start - 6), act.start) is not None
            and _OPENED.match(text, act.start) is not None
        ):
            # The act opening the assault, or the assault itself told again with what
            # opened it: the toll is the attack's kept before.
            target = _assault_before(kept, i)
        elif _FIRST_THEN.match(
            # From a little before the trigger: "a d'abord immobilisé".
            text,
            max(sentence_start(act.start), act.start - 12),
            _sentence_end(sentences, act.start),
        ):
            # The first phase of an attack told before: a toll told in a later sentence
            # is the attack's (its own toll is told beside it, "tuant deux soldats").
            target = _assault_before(kept, i, before=sentence_start(act.start))
            if target is not None:
                later[i] = target
            continue
        else:
            continue
        if target is not None:
            moves[i] = target
    if not moves and not later:
        return arguments
    out: list[Argument] = []
    for a in arguments:
        act = kept.get(a.trigger)
        if a.role == Role.CASUALTIES and act is not None and a.trigger in later:
            target = later[a.trigger]
            count = mentions[a.mention]
            if sentence_start(count.start) > sentence_start(act.start) and not any(
                b.trigger == target and b.mention == a.mention for b in arguments
            ):
                out.append(replace(a, trigger=target))
            elif sentence_start(count.start) <= sentence_start(act.start):
                out.append(a)
            continue
        target = moves.get(a.trigger)
        if a.role != Role.CASUALTIES or target is None or act is None:
            out.append(a)
            continue
        count = mentions[a.mention]
        # Only a count told after the named act, in its sentence: one told before it
        # ("tuant cinq civils, deux jours après l'attaque") is the act's own.
        if (
            count.start < act.end
            or sentence_start(count.start) != sentence_start(act.start)
            # The named act's own toll in a relative clause ("après l'attaque de X qui
            # avait tué six soldats"; ``earlier_act_words``).
            or _OWN_TOLL.search(text, act.end, count.start) is not None
        ):
            out.append(a)
            continue
        if not any(b.trigger == target and b.mention == a.mention for b in arguments):
            out.append(replace(a, trigger=target))
    return out


def _operation_named(text: str, kept: dict[int, Trigger], named: int, noun: str) -> int | None:
    """The assault kept last before ``named`` whose trigger is the subject's noun
    ("opération" for "L'opération, déclenchée après ...")."""
    act = kept[named]
    stem = noun.lower()[:6]
    found = [
        (t.start, i)
        for i, t in kept.items()
        if i != named
        # A sweep may be kept as a deployment (MOBILIZE, corpus note on "opération de
        # ratissage"): the toll the text gives it is still its own.
        and t.label in ("ASSAULT", "MOBILIZE")
        and t.start < act.start
        and text[t.start : t.end].lower().startswith(stem)
    ]
    return max(found)[1] if found else None


def _sentence_end(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    """The end of the sentence holding ``pos``."""
    k = bisect_right([s for s, _ in sentences], pos) - 1
    return sentences[k][1] if k >= 0 else pos


def _assault_before(kept: dict[int, Trigger], named: int, before: int | None = None) -> int | None:
    """The assault on people kept last before ``named`` (or before ``before``), the attack
    it opened."""
    act = kept[named]
    limit = act.start if before is None else before
    found = [
        (t.start, i)
        for i, t in kept.items()
        if i != named and t.label == "ASSAULT" and t.mode not in NOT_A_FIGHT and t.start < limit
    ]
    return max(found)[1] if found else None
