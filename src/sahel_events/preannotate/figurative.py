"""Event words that name no act: a figure of speech, or part of a body's name (since 0.64.0).

The lexicon matches words; two uses of an act's word tell no happening an annotator
would code:

* **an act against a value**: "une attaque contre la liberté de la presse", "an assault
  on democracy", "a attaqué la souveraineté du pays": what is attacked is an abstract
  value (freedom, sovereignty, the constitution, the nation's unity...), so the word is a
  figure of speech for a criticism or a measure, whose own verb, if any, is the event.
  The values are a closed class of nouns (:data:`_VALUES`); what is attacked is read from
  the parse: the object of the verb, or the noun of "contre", "on", "against" right after
  the trigger;
* **a harm done by nature** (since 0.69.0): "la sécheresse a décimé le cheptel",
  "l'épidémie de choléra a tué douze personnes", "le cheptel a été décimé par la
  maladie", "les inondations ont détruit 300 maisons": the one who kills or destroys is a
  drought, a flood or a disease (a closed class of nouns, :data:`_NATURAL_CAUSES`), read
  from the parse as the subject or the agent of the act's verb; no one's deliberate act
  (codebook, ASSAULT: "a deliberate act"). Also the plagues a policy wants to end
  ("anéantir la pauvreté") as values of the first kind;
* **a body's name**: "the Attack Prevention Unit", "le Comité de lutte contre les
  enlèvements": a trigger inside an organisation's name is part of the name (the body is
  an entity, no act took place).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .entities import Mention
from .ner import Token
from .text import fold
from .triggers import Trigger

#: Abstract values and institutions' principles: what a figurative attack is against.
#: Folded lemmas of both languages.
_VALUES = frozenset({
    "liberte", "freedom", "liberty", "democratie", "democracy", "souverainete",
    "sovereignty", "dignite", "dignity", "unite", "unity", "constitution", "droit", "right",
    "paix", "peace", "justice", "valeur", "value", "principe", "principle", "presse",
    "press", "independance", "independence", "integrite", "integrity", "laicite",
    "secularism", "honneur", "honour", "honor", "reputation", "verite", "truth",
    "memoire", "memory", "nation", "republique", "republic", "cohesion", "concorde",
    "pluralisme", "pluralism", "legalite", "legality", "ethique", "ethics", "morale",
    "morality",
    # Since 0.69.0 the plagues a policy fights: "anéantir la pauvreté", "attack on
    # corruption".
    "pauvrete", "poverty", "corruption", "misere", "chomage", "unemployment", "faim",
    "hunger", "analphabetisme", "illiteracy",
    # Since 0.69.0 a policy or a text attacked in words: "une attaque contre la réforme".
    "loi", "law", "reforme", "reform", "politique", "policy", "bilan", "record",
    "gestion", "texte", "budget", "decision",
})  # fmt: skip
#: Droughts, floods, fires of nature and diseases (since 0.69.0): who kills or destroys
#: when the act is no one's (module docstring). Folded lemmas, French only (English is
#: read without a parser).
_NATURAL_CAUSES = frozenset({
    "secheresse", "inondation", "crue", "pluie", "averse", "orage", "tempete", "vent",
    "canicule", "chaleur", "foudre", "epidemie", "pandemie", "maladie", "cholera",
    "paludisme", "meningite", "rougeole", "famine", "faim", "criquet", "sauterelle",
    "epizootie", "peste", "fievre", "virus", "covid", "diphterie", "dengue",
})  # fmt: skip
#: The parse's labels of who does the act: the subject, or the agent of a passive.
_DOER_DEPS = frozenset({"nsubj", "obl:agent"})
#: How far from the act's verb its subject or agent is looked for (tokens).
_DOER_SPAN = 12
#: The prepositions of what an act is against.
_AGAINST = frozenset({"contre", "on", "against", "upon", "envers"})
#: Articles that open an organisation told by a common noun ("Des renforts", "Une unité").
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "the", "a", "an"})
#: Words that may stand between the preposition (or the verb) and the noun it governs.
_BEFORE_NOUN = frozenset({"DET", "ADJ", "NUM"})
#: Acts whose target may be a value in a figure of speech; an arrest or a meeting is
#: never "against" a value.
_FIGURATIVE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE"})


#: English is read without a parser: its articles and possessives before the noun.
_EN_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _noun_after(tokens: Sequence[Token], k: int) -> Token | None:
    """The first noun from token ``k`` on, past at most three articles or adjectives (in
    English, unparsed, past its articles: the word after them)."""
    for j in range(k, min(k + 4, len(tokens))):
        token = tokens[j]
        if not token.pos:
            if fold(token.text) not in _EN_ARTICLES:
                return token
        elif token.pos in ("NOUN", "PROPN"):
            return token
        elif token.pos not in _BEFORE_NOUN:
            return None
    return None


def _is_value(token: Token | None) -> bool:
    if token is None:
        return False
    word = fold(token.lemma or token.text)
    # An unparsed English plural: "rights", "freedoms", "values".
    return word in _VALUES or (word.endswith("s") and word[:-1] in _VALUES)


def _against_a_value(tokens: Sequence[Token], t: Trigger) -> bool:
    """Whether what trigger ``t`` is against is an abstract value (module docstring)."""
    last = t.tokens[1]
    if last < 0 or last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    # Since 0.69.0 "une attaque en règle contre le projet de loi": a thorough attack is
    # the press's figure for a criticism, whatever it is against.
    if last + 2 < len(tokens) and fold(nxt.text) == "en" and fold(tokens[last + 2].text) == "regle":
        return True
    if fold(nxt.text) in _AGAINST and nxt.pos in ("ADP", ""):
        return _is_value(_noun_after(tokens, last + 2))
    if tokens[last].pos == "VERB":
        noun = _noun_after(tokens, last + 1)
        # The verb's own object, as the parse ties it ("a attaqué la souveraineté").
        return noun is not None and noun.head == last and _is_value(noun)
    return False


def _by_nature(tokens: Sequence[Token], t: Trigger) -> bool:
    """Whether the verb of ASSAULT trigger ``t`` has a drought, a flood or a disease as
    its subject or agent (module docstring): "la sécheresse a décimé le cheptel"."""
    first = t.tokens[0]
    if first < 0 or tokens[first].pos != "VERB":
        return False
    for j in range(max(0, first - _DOER_SPAN), min(len(tokens), t.tokens[1] + _DOER_SPAN)):
        token = tokens[j]
        if token.head == first and token.dep in _DOER_DEPS and j != first:
            return fold(token.lemma or token.text) in _NATURAL_CAUSES
    return False


def _capitalised(token: Token, first_words: frozenset[int]) -> bool:
    """Whether ``token`` is capitalised where a sentence does not make it so."""
    return token.text[:1].isupper() and token.index not in first_words


def _in_a_name(tokens: Sequence[Token], t: Trigger, first_words: frozenset[int]) -> bool:
    """Whether trigger ``t`` is a capitalised word of a run of them, mid-sentence: "the
    *Attack* Prevention Unit" (English names are found by no model)."""
    first, last = t.tokens
    if first < 0 or not _capitalised(tokens[first], first_words):
        return False
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (after is not None and _capitalised(after, first_words)) or (
        before is not None and _capitalised(before, first_words)
    )


def figurative_triggers(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    sentences: Sequence[tuple[int, int]],
) -> set[int]:
    """Indices of the triggers that name no act: against a value, done by nature, or
    inside a body's name (module docstring)."""
    # Names only: "une patrouille conjointe des FAMa", "Des renforts" are organisations
    # told by a common noun, whose words are the act's.
    orgs = [
        (m.start, m.end)
        for m in mentions
        if m.label == "ORG"
        and m.source != "nominal"
        and m.text[:1].isupper()
        and fold(m.text.split()[0].split("'")[0].split("’")[0]) not in _ARTICLES
    ]
    starts = [token.start for token in tokens]
    first_words = frozenset(bisect_left(starts, s) for s, _ in sentences)
    out: set[int] = set()
    for i, t in enumerate(triggers):
        if any(s <= t.start and t.end <= e and e - s > t.end - t.start for s, e in orgs):
            out.add(i)  # "le Comité de lutte contre les enlèvements": a name
        elif _in_a_name(tokens, t, first_words):
            out.add(i)  # "the Attack Prevention Unit": a name
        elif t.label in _FIGURATIVE_TYPES and _against_a_value(tokens, t):
            out.add(i)  # "une attaque contre la liberté de la presse": a figure
        elif t.label == "ASSAULT" and _by_nature(tokens, t):
            out.add(i)  # "la sécheresse a décimé le cheptel": no one's act
    return out
