"""The subject a French clause puts right before its verb, read from the order of words
(since 0.27.0).

French puts the subject before the verb group: "*L'association Tabital Pulaaku* a accusé
lundi", "*Un responsable de la police nationale* a rejeté ces accusations", "*La Maison
de la presse* a dénoncé". The statistical parse often gets such subjects wrong (a name
it does not know read as an adjective, an opening participle "Joint par téléphone," made
the subject), and then the rules that follow the parse find no actor. This module reads
the noun phrase that opens a clause (after the sentence's start, a comma, a colon or
"que") and runs without a verb, a pronoun or punctuation up to the verb group (its
auxiliaries, negation, reflexive pronoun and adverbs). It is a fallback: the parse's
subject is tried first.
"""

from __future__ import annotations

from collections.abc import Sequence

from .ner import Token

__all__ = ["AUXILIARIES", "clause_subject", "finite", "verb_group_start"]

#: The lemmas of French auxiliaries: they open a verb group.
AUXILIARIES = frozenset({"avoir", "être", "pouvoir", "devoir", "aller", "venir"})
#: Words between a subject and its verb that belong to the verb group: negation,
#: reflexive and other clitic pronouns.
_CLITICS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur"})
#: Words after which a clause, and so its subject, begins.
_OPENERS = frozenset({"que", "qu'", "qu’", ",", ":", ";", "«", "(", "-", "–", "—", "\n"})
#: Punctuation that ends a sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
#: The longest subject read this way, in tokens.
_MAX_SUBJECT = 12


def verb_group_start(tokens: Sequence[Token], k: int) -> int:
    """The index of the first token of verb ``k``'s group: its auxiliaries, negation,
    clitic pronouns and adverbs right before it ("ne *s'est* pas rendu", "a *déjà*
    dénoncé")."""
    start = k
    while start > 0:
        t = tokens[start - 1]
        word = t.text.lower()
        if (
            (t.pos == "AUX" and t.lemma.lower() in AUXILIARIES)
            or word in _CLITICS
            or (t.pos == "ADV" and word not in ("ainsi", "alors"))
        ):
            start -= 1
            continue
        break
    return start


def finite(tokens: Sequence[Token], k: int) -> bool:
    """Whether verb ``k`` with its group is finite: the verb or an auxiliary of its group
    has a mood, where a participle or an infinitive alone has none ("les personnes
    *interpellées*", "des partis *dissous* en mai": a noun's qualifier, not a clause)."""
    group = tokens[verb_group_start(tokens, k) : k + 1]
    return any(t.mood for t in group if t.pos in ("VERB", "AUX"))


def clause_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """``(first, last)`` token indices of the noun phrase that opens the clause of verb
    ``k`` right before its verb group, or None: a phrase that starts with a determiner or
    a name, holds a noun, and holds no verb, pronoun, conjunction or punctuation (module
    docstring). Where the sentence begins is read from its punctuation: the parse's
    sentences may begin inside a subject it misread."""
    group = verb_group_start(tokens, k)
    last = group - 1
    if last < 0 or tokens[last].pos == "PUNCT":
        return None
    first = last
    while first > 0 and last - first < _MAX_SUBJECT:
        before = tokens[first - 1]
        if before.text.lower() in _OPENERS or before.text in _SENTENCE_ENDS or "\n" in before.text:
            break
        if before.text in ("'", "’", "-") or _qualifier(before):
            first -= 1
            continue
        if before.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PUNCT"):
            return None
        first -= 1
    else:
        if first > 0:
            return None  # too long to be sure where it begins
    phrase = tokens[first : last + 1]
    if phrase[0].pos not in ("DET", "PROPN", "NUM") or not any(
        t.pos in ("NOUN", "PROPN") for t in phrase
    ):
        return None
    if any(
        t.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") and not _qualifier(t) for t in phrase
    ):
        return None
    return first, last


def _qualifier(t: Token) -> bool:
    """A past participle qualifying the noun before it ("les personnes *interpellées*
    lundi", "les habitants *rencontrés* par l'AMAP"): part of the subject."""
    return t.pos == "VERB" and not t.mood and t.tense == "Past"
