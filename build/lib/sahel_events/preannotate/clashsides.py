"""The sides of a fight, as the text names them after it (since 0.27.0).

The codebook makes every party of two-sided violence an actor ("In two-sided violence
... all parties are actors"), and the press names both right after the fight's noun:
"des affrontements entre chasseurs dozos et hommes armés", "des combats entre l'armée et
des groupes jihadistes", "Des combats ont opposé mardi des combattants de l'État
islamique au Sahel à une milice locale", "les combats qui opposent depuis lundi les
Forces de soutien rapide à des groupes armés". Those sides are neither subjects nor
objects, so the parse-led nominals (:mod:`.nominals`) did not see them, and the parse of
such phrases is often wrong (a side attached to the sentence's first noun). They are
read here from the order of the words instead: the fight's noun, a few words, "entre"
(the sides joined by "et") or a form of "opposer" (the sides joined by "à"), and each
side up to where a place, a time, a clause or punctuation begins.

In French this module only finds the spans; :func:`.nominals.find_nominals` decides
which of them name people or bodies, with its own lists of nouns. English, which has no
parse, is read by a pattern whose sides end on a noun of people or bodies
(:func:`english_clash_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .casescan import lowered_text, may_hold
from .entities import Mention
from .ner import Analysis, Token
from .wordorder import AUXILIARIES

__all__ = ["CLASH_NOUNS", "Side", "clash_sides", "english_clash_sides"]

#: Nouns (lemmas) of a fight between two sides.
CLASH_NOUNS = frozenset(
    {"affrontement", "combat", "heurt", "accrochage", "échauffourée", "rixe", "bataille"}
)
#: Words that open a place, a time or a circumstance after a side: the side ends there.
_ENDS_SIDE = frozenset(
    {
        "dans", "près", "autour", "aux", "au", "à", "en", "sur", "vers", "depuis", "lors",
        "pendant", "selon", "avec", "après", "avant", "pour", "par", "non", "loin", "entre",
    }
)  # fmt: skip
#: Mentions that end the search for "entre" or "opposer": a party or a place between
#: says the fight's sides were told otherwise (a weapon, "à la machette", does not).
_NAMES = frozenset({"PER", "ORG", "GPE", "LOC", "FAC"})
#: Words that may stand between the fight's noun and "entre": adjectives and short
#: complements ("de violents affrontements *meurtriers* entre", "*à la machette* entre").
_MAX_BEFORE_OPENER = 4
#: The longest side, in tokens ("la synergie des syndicats d'enseignants signataires").
_MAX_SIDE = 12


@dataclass(frozen=True)
class Side:
    """One side of a fight: the tokens in it (never none)."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def clash_sides(analysis: Analysis, mentions: Sequence[Mention]) -> Iterator[tuple[Side, ...]]:
    """The sides named after each fight's noun of ``analysis`` (module docstring): two,
    or one when a single plural noun names both ("entre groupes rivaux").

    A mention (a name, a time) is never cut: its tokens go to one side or none."""
    tokens = analysis.tokens
    owner = _mention_of_tokens(analysis, mentions)
    for tok in tokens:
        if tok.pos != "NOUN" or tok.lemma.lower() not in CLASH_NOUNS:
            continue
        opened = _opener(tokens, tok, owner)
        if opened is None:
            continue
        first_at, joiner = opened
        first = _side(tokens, first_at, owner, until=joiner)
        if first is None:
            if joiner == "et" and (alone := _side(tokens, first_at, owner, until=None)):
                # "des affrontements entre groupes d'orpailleurs armés": one noun for
                # both sides.
                yield (Side(tokens[alone[0] : alone[1]]),)
            continue
        second = _side(tokens, first[1] + 1, owner, until=None)
        if second is None:
            continue
        yield Side(tokens[first_at : first[1]]), Side(tokens[first[1] + 1 : second[1]])


def _mention_of_tokens(analysis: Analysis, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Each token inside a mention, by index, with that mention."""
    owner: dict[int, Mention] = {}
    for m in mentions:
        for t in analysis.tokens_between(m.start, m.end):
            owner.setdefault(t.index, m)
    return owner


def _opener(
    tokens: Sequence[Token], fight: Token, owner: dict[int, Mention]
) -> tuple[int, str] | None:
    """Where the first side begins after ``fight``, and the word that joins the sides:
    after "entre" ("et"), or after a form of "opposer" and the time told with it ("à")."""
    for k in range(fight.index + 1, min(len(tokens), fight.index + 2 + _MAX_BEFORE_OPENER)):
        t = tokens[k]
        if t.text.lower() == "entre":
            return k + 1, "et"
        if t.lemma.lower() == "opposer":
            k += 1
            # "ont opposé mardi", "qui opposent depuis lundi": the time is no side.
            while k < len(tokens) and (
                (k in owner and owner[k].label == "TIME")
                or tokens[k].pos == "ADV"
                or tokens[k].text.lower() == "depuis"
            ):
                k += 1
            return k, "à"
        if t.pos in ("PUNCT", "VERB") or (k in owner and owner[k].label in _NAMES):
            return None
    return None


def _closing(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the ")" closing the "(" at ``k`` within three tokens, if any."""
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].text == ")":
            return j
    return None


def _side(
    tokens: Sequence[Token], at: int, owner: dict[int, Mention], until: str | None
) -> tuple[int, int] | None:
    """``(at, end)``: the tokens of one side, up to the joining word ``until`` (the first
    side) or to where a place, a time, a clause or punctuation begins (the second)."""
    k = at
    while k < len(tokens) and k - at < _MAX_SIDE:
        t = tokens[k]
        mention = owner.get(k)
        if mention is not None and mention.label in ("PER", "ORG"):
            # A name is one piece of a side ("l'État islamique au Sahel"), whatever its
            # words ("au").
            while k < len(tokens) and owner.get(k) is mention:
                k += 1
            continue
        word = t.text.lower()
        if until is not None and word == until and k > at:
            return at, k
        if word == "(" and (close := _closing(tokens, k)) is not None:
            k = close + 1  # "les Forces de soutien rapide (FSR)": its initials
            continue
        if t.lemma.lower() in ("armer", "armé") and k > at:
            k += 1  # "hommes armés", whatever part of speech the tagger gives it
            continue
        if (
            t.pos in ("PUNCT", "VERB", "PRON", "SCONJ")
            # The tagger reads some nouns as auxiliaries ("chasseurs dozos avaient fait"
            # gives "dozos" AUX): only a true auxiliary ends a side.
            or (t.pos == "AUX" and t.lemma.lower() in AUXILIARIES)
            or word in _ENDS_SIDE
            or mention is not None  # a time or a place
        ):
            break
        k += 1
    if until is not None or k == at:
        return None
    return at, k


#: English people and bodies that fight, by their head noun, with the label and sector
#: of the side they head.
_EN_SIDE_HEADS = {
    **dict.fromkeys(
        (
            "soldiers", "troops", "jihadists", "militants", "fighters", "gunmen", "rebels",
            "insurgents", "herders", "farmers", "hunters", "militiamen", "villagers",
            "residents", "youths", "protesters", "assailants", "attackers", "bandits",
            "volunteers", "miners", "smugglers", "separatists", "men",
        ),
        ("PER", None),
    ),
    "army": ("ORG", "military"),
    "military": ("ORG", "military"),
    "forces": ("ORG", "military"),
    "police": ("ORG", "police"),
    "militia": ("ORG", "armed-group"),
    "militias": ("ORG", "armed-group"),
    "groups": ("ORG", "armed-group"),
    "group": ("ORG", "armed-group"),
    "factions": ("ORG", "armed-group"),
    "communities": ("PER", None),
}  # fmt: skip
#: One English side: an article, up to three words that are no preposition or
#: conjunction, and a head of :data:`_EN_SIDE_HEADS`.
_EN_SIDE = (
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:and|against|near|in|on|at|of|from|with|between|since)\b)"
    r"[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(_EN_SIDE_HEADS, key=len, reverse=True)) + r")\b"
)
#: "clashes between A and B", "fighting pitted A against B".
_EN_CLASH = re.compile(
    r"\b(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|firefights?|gunfights?)\s+"
    r"(?:(?:\w+\s+){0,2}?between\s+(?P<a>" + _EN_SIDE + r")\s+and\s+(?P<b>" + _EN_SIDE + r")"
    r"|(?:has\s+|have\s+)?pit(?:ted|s)?\s+(?P<c>"
    + _EN_SIDE
    + r")\s+against\s+(?P<d>"
    + _EN_SIDE
    + r"))"
    # "The army clashed with JNIM fighters": the side after; the subject is the other.
    r"|\bclash(?:ed|es)?\s+with\s+(?P<e>" + _EN_SIDE + r")",
    re.IGNORECASE,
)

#: The words one of which every match of :data:`_EN_CLASH` holds, in lower case.
_EN_CLASH_WORDS = ("clash", "fighting", "battle", "skirmish", "firefight", "gunfight")


def english_clash_sides(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """``(start, end, label, sector)`` of each side an English fight names after it
    ("clashes between soldiers and jihadists", "fighting pitted rebels against the army",
    "clashed with JNIM fighters")."""
    if not may_hold(lowered_text(text), _EN_CLASH_WORDS):
        return  # no fight named in English (most French articles; for speed, since 0.57.0)
    for m in _EN_CLASH.finditer(text):
        for group in ("a", "b", "c", "d", "e"):
            if m.group(group) is None:
                continue
            head = m.group(group).split()[-1].lower()
            yield (m.start(group), m.end(group), *_EN_SIDE_HEADS[head])
