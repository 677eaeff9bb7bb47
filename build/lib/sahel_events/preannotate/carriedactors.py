"""Lootings and abductions told in the passive with no agent, whose doers the sentence
before named (since 0.65.0).

An attack's account goes on from sentence to sentence without naming its authors again:
"Un camion a été intercepté par des hommes armés. Le chauffeur a été relâché le
lendemain, mais la cargaison a été emportée"; "Des hommes armés ont attaqué le car.
Quatre passagers ont été emmenés". The clause-local rules find no actor for the second
act (its subject is what it underwent); an annotator links the authors of the act told
just before, since the goods and captives went to them (a burning or a killing told in
the agentless passive stays without an actor, as annotators code it). This stage gives
a looting or an abduction with no actor, told by a past participle, the actor of the
attack (or looting) told right before it in the same paragraph (same sentence or the
one before), unless

* the act's own sentence names, before it, someone who could have done it instead
  (an organisation, a state, a force: "Les militaires ont riposté et trois motos ont été
  saisies");
* the actor is named before the act in its own sentence (the clause-local rules passed it
  over: the victims of the act before);
* its subject is the attackers themselves or one of them ("Trois assaillants ont été
  tués", "l'un d'eux a été capturé"): the other side acted;
* a contrast or a new account starts between the two ("De son côté", "Par ailleurs").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import Trigger

#: The last word of a trigger told by a past participle: "tuées", "emportée", "relâché",
#: "incendiés", "détruits", "pris", "enlevés".
_PARTICIPLE = re.compile(
    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|is)$", re.IGNORECASE
)
#: The participle is passive: an auxiliary "être" right before it (adverbs and
#: negation allowed), or an elliptic participle after "et" with its noun ("et du bétail
#: emporté").
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:été|est|sont|était|étaient|fut|furent|soit|soient)\s+(?:\w+\s+){0,2}"
    r"|\bet\s+(?:[\w'’-]+\s+){1,4})$",
    re.IGNORECASE,
)
#: Who underwent the act when the attackers are its subject: the attackers' nouns (a
#: closed class of the press's words for fighters) and "l'un d'eux", "certains d'entre
#: eux".
_ATTACKERS_UNDERGO = re.compile(
    r"\b(?:assaillants?|terroristes?|jihadistes?|djihadistes?|combattants?|insurgés?|"
    r"bandits?|ravisseurs?|malfaiteurs?|d['’]entre\s+eux|d['’]eux)\b",
    re.IGNORECASE,
)
#: Words that start another account or the other side's: the carried actor would be
#: the wrong one.
_NEW_ACCOUNT = re.compile(
    r"\b(?:par\s+ailleurs|de\s+son\s+côté|de\s+leur\s+côté|en\s+revanche|riposte|riposté|"
    r"ailleurs|auparavant|l['’]an\s+dernier|l['’]année\s+dernière)\b",
    re.IGNORECASE,
)
#: Labels of mentions that could have done the act.
_DOERS = frozenset({"PER", "ORG", "GPE"})
#: What may open a sentence before its own date: nothing, a conjunction or an adverb
#: ("Puis, le lendemain", "Et le 19 novembre"), or a colon's lead-in ("fin octobre").
_OPENING = re.compile(r"(?:^|[:;])\s*(?:[\w'’-]+\s*,?\s*)?$")


def _carries(t: Trigger) -> bool:
    """Whether the attack's actor is the doer of ``t`` told in the agentless passive: a
    looting or an abduction, whose goods and captives went to the attackers. Not a
    burning nor a killing, which annotators leave without an actor when the passive
    names none (tests of 0.62.0), nor a release, whose actor the codebook leaves empty
    when the text does not say who released."""
    return (t.label, t.mode) in (("COERCE", "seize"), ("ASSAULT", "abduct"))


def _before_carries(t: Trigger) -> bool:
    """Whether ``t`` may be the act whose actor goes on: an assault of any mode, a
    looting."""
    return t.label == "ASSAULT" or (t.label == "COERCE" and t.mode == "seize")


def _released_unsaid(t: Trigger, k: int, actors: Mapping[int, object]) -> bool:
    """Whether ``t`` is a release with no actor: told between an attack and its looting
    ("Le chauffeur a été relâché, mais la cargaison a été emportée"), it does not break
    the account."""
    return t.label == "RETREAT" and t.mode == "release" and k not in actors


def _opens(text: str, s_start: int, pos: int) -> bool:
    """Whether ``pos`` opens its sentence (or what follows a colon in it), at most one
    word before it."""
    return _OPENING.search(text[s_start:pos]) is not None


def carried_actors(
    text: str,
    out: list[Argument],
    kept: Sequence[int],
    triggers: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    sentence: Callable[[int], tuple[int, int]],
) -> list[Argument]:
    """``out`` with, for each kept event told by an agentless passive participle and
    given no actor, the actor of the attack or looting told right before it in the same
    paragraph (module docstring)."""
    actors: dict[int, list[Argument]] = {}
    for a in out:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(a)
    order = sorted(kept, key=lambda k: triggers[k].start)
    extra: list[Argument] = []
    for n, head in enumerate(order):
        t = triggers[head]
        if n == 0 or head in actors or not _carries(t):
            continue
        if not _PARTICIPLE.search(t.text) or " " in t.text.strip():
            continue
        s_start, _ = sentence(t.start)
        lead = text[s_start : t.start]
        if not _PASSIVE_BEFORE.search(lead):
            continue
        if any(
            m.label == "TIME" and s_start <= m.start < t.start and _opens(text, s_start, m.start)
            for m in mentions
        ):
            continue  # a day of its own opens the sentence: another act, not the attack's
        before = next(
            (k for k in reversed(order[:n]) if not _released_unsaid(triggers[k], k, actors)),
            None,
        )
        if before is None or before not in actors:
            continue
        p = triggers[before]
        if not _before_carries(p):
            continue  # the act before is not the attack (nor its looting or release)
        between = text[p.end : t.start]
        if "\n" in between or _NEW_ACCOUNT.search(between):
            continue
        p_sentence = sentence(p.start)
        if p_sentence[0] != s_start and sentence(max(0, s_start - 2)) != p_sentence:
            continue  # a sentence between: not told right after
        if _ATTACKERS_UNDERGO.search(lead):
            continue
        given = {a.mention for a in actors[before]}
        if any(s_start <= mentions[k].start < t.start for k in given):
            # Named before the act in its own sentence, the clause-local rules passed it
            # over (the victims of the act before: "Les hommes trouvés auraient été
            # regroupés puis exécutés, et des cases auraient été incendiées").
            continue
        if any(
            m.label in _DOERS and k not in given and m.actor_id and s_start <= m.start < t.start
            for k, m in enumerate(mentions)
        ):
            continue  # someone else named with the act could have done it
        # Recorded at once, so that a chain of such acts carries the actor on.
        actors[head] = [replace(a, trigger=head, score=min(a.score, 0.3)) for a in actors[before]]
        extra += actors[head]
    return out + extra
