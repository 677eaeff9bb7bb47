"""A second act named by a pronoun and its place, with its own toll (since 0.62.0).

"L'embuscade de Tamou a fait six morts, tandis que celle d'Abala a coûté la vie à quatre
soldats", "The attack on the Djibo post killed nine soldiers, while the one in Arbinda
killed four": "celle d'Abala", "the one in Arbinda" is one more act of the kind of the
noun told before it, at another place, and the corpus codes it as an event of its own
on the pronoun ("celui d'un commerçant à Ouallam"). Only when the pronoun's clause tells
a toll of its own (a verb of the toll or a count right after the place): a pronoun that
only compares ("une semaine après celle de Songho") is left alone.

Since 0.63.0 the pronoun may open its sentence ("Celle de Bouza a fait sept blessés"),
and an act may be named by its rank among acts told together ("La seconde, contre un
convoi près de Gorom-Gorom, a fait cinq victimes", "while the other, at Sanam, wounded
four", "The second killed two gendarmes"): an event of its own on the rank, placed by its
own clause. The first rank is such an act only when the acts were told as a sum, no
event of their own; a count told before a pronoun is never the pronoun act's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .casescan import lowered_text, may_hold
from .casualties import NUMBER_WORD
from .entities import Mention
from .ner import Token
from .triggers import Trigger
from .untold import sum_sentence

#: A count in words or digits: casualties' own number words, compounds included ("vingt
#: et un", "thirty-four"), never a list of this module's own.
_FIGURE = rf"(?:\d+|{NUMBER_WORD}(?:[\s-]+(?:et[\s-]+|and[\s-]+)?{NUMBER_WORD})*)"
#: A toll in the pronoun's clause: a verb of the toll in the past ("a fait", "a coûté",
#: "killed", "left"), or a count and its outcome ("et celle d'Inékar, sept morts"); a
#: toll of none is one too ("la seconde, à Diapaga, n'a fait aucune victime").
_TOLL = (
    r"(?:n['’])?(?:a\s+(?:fait|coûté|tué|blessé|causé|provoqué)|a\s+fait\s+état|faisant|killed|killing|"
    r"left|leaving|claimed|wounded|wounding|injured|"
    rf"{_FIGURE}\s+(?:morts?|tués?|blessés?|victimes|dead|killed|wounded|injured))\b"
)
#: The pronoun, a preposition of place and a capitalised name, then a toll in the same
#: clause. The pronoun's case is free: it may open the sentence ("Celle de Bouza a fait
#: sept blessés", "The one near Abala left eleven soldiers dead"; since 0.63.0).
_PRONOUN_ACT = re.compile(
    r"(?<![\w'’])(?P<pronoun>(?i:celle|celui|the\s+one))\s+(?:de\s+|d['’]\s*|du\s+|à\s+|"
    r"(?i:in|at|near|on)\s+(?:the\s+)?)(?:l['’]|la\s+|le\s+)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[\s-]+[A-ZÀ-Ý][\w'’-]*)*[^.;:!?\n]{0,40}?\s" + _TOLL,
)
#: The words one of which every match of :data:`_PRONOUN_ACT` holds, in lower case.
_PRONOUN_GATE = ("celle", "celui", "the one")
#: An act named by its rank among acts told together, as the subject of its clause, with
#: a toll in that clause (since 0.63.0): "La seconde, contre un convoi près de
#: Gorom-Gorom, a fait cinq victimes", "while the other, at Sanam, wounded four", "The
#: second killed two gendarmes". Not followed by its noun ("the second attack" is a
#: trigger of its own) nor comparing ("la deuxième en un mois", the period words below).
_ORDINAL_ACT = re.compile(
    r"(?<![\w'’])(?P<pronoun>(?i:la\s+(?:première|seconde|deuxième|troisième|dernière)|"
    r"le\s+(?:premier|second|deuxième|troisième|dernier)|l['’]autre|"
    r"the\s+(?:first|second|third|other|latter|last)))(?![\w'’-])"
    r"(?P<clause>[^.;:!?\n]{0,80}?\s)" + _TOLL,
)
#: A passive right before the rank's toll: the rank counts people, not acts ("Two men
#: were abducted [...]; the second, a teacher, was killed in captivity").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are|été|est|sont)\s+(?:\w+\s+)?$", re.IGNORECASE
)
#: The words one of which every match of :data:`_ORDINAL_ACT` holds, in lower case.
_ORDINAL_GATE = (
    "la première", "la seconde", "la deuxième", "la troisième", "la dernière", "le premier",
    "le second", "le deuxième", "le troisième", "le dernier", "l'autre", "l’autre",
    "the first", "the second", "the third", "the other", "the latter", "the last",
)  # fmt: skip
#: What may stand before a rank that is its clause's subject: the sentence's start, a
#: comma, "tandis que", "while", "and" ("The one near Abala [...], while the other").
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s*|\b(?:tandis\s+qu[e'’]|alors\s+qu[e'’]|while|whereas|et|and)\s*)$",
    re.IGNORECASE,
)
#: A period or a repetition in the rank's clause: it compares ("la deuxième en un mois",
#: "the second time", "for the first time this year"), it names no act of its own.
_COMPARED = re.compile(
    r"\b(?:fois|time|mois|semaines?|années?|ans|months?|weeks?|years?|jours|days)\b",
    re.IGNORECASE,
)
#: The nouns a pronoun refers back to, by the pronoun's gender.
_FEMININE = ("attaque", "embuscade", "explosion", "frappe", "incursion", "offensive", "tuerie")
_MASCULINE = ("enlèvement", "assaut", "raid", "attentat", "accrochage", "massacre", "bombardement")
_ENGLISH = ("attack", "ambush", "raid", "assault", "strike", "explosion", "bombing", "massacre")
#: The pronouns' words, lower-cased: a trigger of these words is such an act. The ranks
#: since 0.63.0.
PRONOUN_WORDS = frozenset({"celle", "celui", "the one", *_ORDINAL_GATE})
#: The ranks of the first act: an act of its own only when the acts were told together
#: as a sum ("Quinze personnes ont été tuées dans deux attaques distinctes. La première
#: [...]"), else the noun told before is that first act and keeps its toll.
_FIRST = frozenset({"la première", "le premier", "the first"})
#: A pluperfect in the pronoun's clause: an earlier act compared, whose toll the
#: arguments' rules leave out ("une semaine après celle de Hombori, qui avait fait").
_EARLIER = re.compile(r"\b(?:avai(?:en)?t|had)\b", re.IGNORECASE)
#: How far back the noun may be told: its sentence and the one before.
_REACH = 400
#: How far after a rank its own place may be told ("La seconde, contre un convoi de
#: commerçants près de Gorom-Gorom, a fait").
_RANK_PLACE_REACH = 80


def _refers_to(pronoun: str, t: Trigger) -> bool:
    word = t.text.lower()
    if pronoun == "celle":
        return word.startswith(_FEMININE)
    if pronoun == "celui":
        return word.startswith(_MASCULINE)
    return word.startswith(_ENGLISH)


def _token_span(tokens_starts: Sequence[int], n: int, s: int, e: int) -> tuple[int, int] | None:
    first = bisect_left(tokens_starts, s)
    if first >= n:
        return None
    return first, max(first, bisect_left(tokens_starts, e) - 1)


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The sentence holding ``at``, by its punctuation (the parse's sentences are not
    known yet where the pronoun acts are found)."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for c in ".!?\n" if (e := text.find(c, at)) != -1]
    return start, min(ends, default=len(text))


def pronoun_acts(text: str, triggers: Sequence[Trigger], tokens: Sequence[Token]) -> list[Trigger]:
    """The acts named by a pronoun and a place, or by their rank ("la seconde", "the
    other"), with a toll of their own (module docstring): one trigger on the pronoun, of
    the label, mode and contexts of the assault trigger told before it."""
    lower = lowered_text(text)
    pronouns = may_hold(lower, _PRONOUN_GATE)
    ranks = may_hold(lower, _ORDINAL_GATE)
    if not pronouns and not ranks:
        return []
    starts = [t.start for t in tokens]
    out: list[Trigger] = []
    matches = [*_PRONOUN_ACT.finditer(text)] if pronouns else []
    if ranks:
        matches += _ORDINAL_ACT.finditer(text)
    for m in sorted(matches, key=lambda m: m.start()):
        if _EARLIER.search(m.group()):
            continue
        pronoun = " ".join(m.group("pronoun").lower().split())
        s, e = m.span("pronoun")
        if any(t.start <= s < t.end or s <= t.start < e for t in triggers):
            continue
        if pronoun in _ORDINAL_GATE:
            noun = _ranked_act(text, triggers, tokens, starts, m, pronoun)
        else:
            noun = next(
                (
                    t
                    for t in reversed(triggers)
                    if s - _REACH <= t.start < s and t.label == "ASSAULT" and _refers_to(pronoun, t)
                ),
                None,
            )
        if noun is None or (span := _token_span(starts, len(tokens), s, e)) is None:
            continue
        out.append(replace(noun, start=s, end=e, text=text[s:e], tokens=span))
    return out


def _ranked_act(
    text: str,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    starts: Sequence[int],
    m: re.Match[str],
    rank: str,
) -> Trigger | None:
    """The assault told before an act named by its rank (:data:`_ORDINAL_ACT`), when the
    rank is its clause's subject and its clause compares nothing; for the first act,
    only when the acts were told as a sum (:data:`_FIRST`)."""
    s = m.start("pronoun")
    clause = m.group("clause")
    if not _SUBJECT_BEFORE.search(text, max(0, s - 20), s) or _COMPARED.search(clause):
        return None
    if _PASSIVE_BEFORE.search(text, m.start("clause"), m.end("clause")):
        return None  # "the second was killed": a person
    # The rank stands alone: "The second attack killed" is the noun's own trigger, "La
    # première dame", "le premier ministre" are people; a verb, a comma or a preposition
    # follows a rank that names the act ("The second killed two gendarmes").
    after = bisect_left(starts, m.end("pronoun"))
    if after < len(tokens) and tokens[after].pos in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    noun = next(
        (t for t in reversed(triggers) if s - _REACH <= t.start < s and t.label == "ASSAULT"),
        None,
    )
    if noun is None or rank not in _FIRST:
        return noun
    return noun if sum_sentence(text, *_sentence_around(text, noun.start)) else None


#: The pronoun's own place right after it: "celle d'Abala", "the one near Abala".
_OWN_PLACE = re.compile(
    r"\s+(?:de\s+|d['’]\s*|du\s+|à\s+|(?:in|at|near|on)\s+(?:the\s+)?)(?:l['’]|la\s+|le\s+)?$",
    re.IGNORECASE,
)


def _rank_place(text: str, t: Trigger, mentions: Sequence[Mention]) -> int | None:
    """The place told in a ranked act's own clause, before its count: "the other, at
    Sanam, wounded four", "La première a visé un site d'orpaillage à Kouri, faisant"."""
    stop = min(t.end + _RANK_PLACE_REACH, _sentence_around(text, t.start)[1])
    stop = min(
        (m.start for m in mentions if m.label == "CASUALTY" and m.start >= t.end), default=stop
    )
    places = [
        k
        for k, m in enumerate(mentions)
        if m.label in ("GPE", "LOC", "FAC") and t.end <= m.start and m.end <= stop
    ]
    # A town over the site in it: "un site d'orpaillage à Kouri" is placed at Kouri.
    return next((k for k in places if mentions[k].label == "GPE"), places[0] if places else None)


def own_places(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments with each pronoun act's place its own (module docstring): the
    place named right after the pronoun ("celle d'Abala"), never the place of the act
    told before it in the sentence ("L'embuscade de Tamou [...] celle d'Abala"); no
    place when the name after the pronoun is no place the entities know. An act named by
    its rank takes the place of its own clause; without one, it keeps only the places
    told before the sentence before it (the region the acts share, not the place of
    the act told just before it; since 0.63.0)."""
    acts = [i for i, t in enumerate(triggers) if t.text.lower() in PRONOUN_WORDS]
    if not acts:
        return arguments
    out = list(arguments)
    for i in acts:
        t = triggers[i]
        placed = [a for a in out if a.trigger == i and a.role == Role.LOCATION]
        if t.text.lower() in _ORDINAL_GATE:
            own = _rank_place(text, t, mentions)
            if own is None:
                shared = _sentence_around(text, _sentence_around(text, t.start)[0] - 2)[0]
                out = [a for a in out if a not in placed or mentions[a.mention].end <= shared]
                continue
        else:
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
        out = [a for a in out if not (a.trigger == i and a.role == Role.LOCATION)]
        if own is not None:
            score = max((a.score for a in placed), default=0.6)
            out.append(Argument(i, own, Role.LOCATION, score))
    return out


def own_tolls(
    triggers: Sequence[Trigger], mentions: Sequence[Mention], arguments: list[Argument]
) -> list[Argument]:
    """The arguments with each pronoun act's toll told after the pronoun (since 0.63.0):
    a count before it in its sentence is the act told before ("La première, contre le
    poste de Kantchari, a fait cinq morts, tandis que la seconde, à Diapaga, n'a fait
    aucune victime": five dead at Kantchari). The count goes to the assault told last
    before it that is no pronoun act, within the pronoun's reach, or to none."""
    acts = {i for i, t in enumerate(triggers) if t.text.lower() in PRONOUN_WORDS}
    if not acts:
        return arguments
    out: list[Argument] = []
    for a in arguments:
        count = mentions[a.mention]
        if (
            a.role != Role.CASUALTIES
            or a.trigger not in acts
            or count.start > triggers[a.trigger].start
        ):
            out.append(a)
            continue
        earlier = next(
            (
                k
                for k in range(len(triggers) - 1, -1, -1)
                if k not in acts
                and triggers[k].label == "ASSAULT"
                and count.start - _REACH <= triggers[k].start < count.start
            ),
            None,
        )
        if earlier is not None and not any(
            b.trigger == earlier and b.mention == a.mention for b in arguments
        ):
            out.append(replace(a, trigger=earlier))
    return out
