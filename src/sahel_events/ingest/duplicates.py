"""Repeated paragraphs inside an article, and near-duplicate articles across the corpus.

Nothing is removed: repeats are flagged so that annotators code each fact once.

**Inside an article** (rules also in ``docs/ingest.md``). Paragraphs are compared as
sequences of words (``\\w+``, case-folded), so spacing, case and punctuation do not hide
a repeat. Only paragraphs of at least :data:`MIN_REPEAT_WORDS` words count (headings,
title and signature never do). Going through the paragraphs in order, a paragraph is
compared with each earlier one:

1. an earlier paragraph whose words occur again inside it, alone or glued to other
   text on the same line, is a repeat (the copy is that stretch; the first is the whole
   earlier paragraph);
2. a paragraph whose words occur inside an earlier, longer paragraph is a repeat of
   that stretch (the earlier line was the glued one);
3. failing that, a whole paragraph whose words are at least
   :data:`NEAR_REPEAT_SIMILARITY` similar to an earlier one's (``difflib`` ratio of the
   word sequences) is a lightly edited repeat.

``first`` always points to the earliest occurrence, never to another copy. The
similarity reported is the ``difflib`` ratio of the two stretches of text (1.0 when they
are identical).

**Across the corpus**, each document is reduced to its set of
:data:`SHINGLE_WORDS`-word shingles and every pair with a Jaccard similarity of at least
the threshold (default :data:`NEAR_DUPLICATE_THRESHOLD`) is reported.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .documents import Duplicate, Span

MIN_REPEAT_WORDS = 6
NEAR_REPEAT_SIMILARITY = 0.9
BIGRAM_PREFILTER = 0.5
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.5

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


@dataclass
class _Paragraph:
    span: Span
    tokens: list[_Token]
    covered: list[tuple[int, int]]  # token index ranges already flagged as copies

    def is_free(self, lo: int, hi: int) -> bool:
        return all(hi <= a or lo >= b for a, b in self.covered)

    @cached_property
    def words(self) -> list[str]:
        return [t.word for t in self.tokens]

    @cached_property
    def bigrams(self) -> set[tuple[str, str]]:
        return set(itertools.pairwise(self.words))

    @property
    def fully_covered(self) -> bool:
        return any(a == 0 and b == len(self.tokens) for a, b in self.covered)


def _tokens(text: str, span: Span) -> list[_Token]:
    start = span[0]
    segment = text[span[0] : span[1]]
    return [
        _Token(m.group().casefold(), start + m.start(), start + m.end())
        for m in _WORD.finditer(segment)
    ]


def _occurrences(needle: list[str], haystack: list[str]) -> list[int]:
    n = len(needle)
    return [
        i
        for i in range(len(haystack) - n + 1)
        if haystack[i] == needle[0] and haystack[i : i + n] == needle
    ]


def _char_span(text: str, para: _Paragraph, lo: int, hi: int) -> Span:
    """Characters of tokens lo..hi-1, widened over adjacent punctuation (not over words).

    A stretch that starts (ends) with the paragraph's first (last) word starts (ends)
    with the paragraph, so that a whole repeated paragraph is flagged whole.
    """
    start, end = para.tokens[lo].start, para.tokens[hi - 1].end
    if lo == 0:
        start = para.span[0]
    if hi == len(para.tokens):
        end = para.span[1]
    while start > para.span[0] and not text[start - 1].isspace() and not _is_word(text[start - 1]):
        start -= 1
    while end < para.span[1] and not text[end].isspace() and not _is_word(text[end]):
        end += 1
    return (start, end)


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def similarity(a: str, b: str) -> float:
    """The ``difflib`` ratio of two strings, rounded to 4 decimals (1.0 when equal)."""
    if a == b:
        return 1.0
    return round(difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


def _word_similarity(a: _Paragraph, b: _Paragraph) -> float:
    """difflib ratio of the two word sequences; 0.0 for pairs that are plainly different."""
    words_a, words_b = a.words, b.words
    # Cheap set test first: paragraphs that share few word pairs cannot be 0.9 similar
    # (one changed word breaks at most two pairs), and most pairs stop here.
    if _jaccard(a.bigrams, b.bigrams) < BIGRAM_PREFILTER:
        return 0.0
    return difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()


def _jaccard(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def find_repeated_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[Duplicate]:
    """Flag the paragraphs (or glued stretches of a line) that repeat an earlier one."""
    paras = [_Paragraph(span, _tokens(text, span), []) for span in paragraphs]
    found: list[Duplicate] = []

    def flag(copy: _Paragraph, clo: int, chi: int, first: _Paragraph, flo: int, fhi: int) -> None:
        copy.covered.append((clo, chi))
        copy_span = _char_span(text, copy, clo, chi)
        first_span = _char_span(text, first, flo, fhi)
        found.append(
            Duplicate(
                copy_span, first_span, similarity(_at(text, first_span), _at(text, copy_span))
            )
        )

    for j, later in enumerate(paras):
        words = later.words
        for earlier in paras[:j]:
            source = earlier.words
            if len(source) < MIN_REPEAT_WORDS or earlier.fully_covered:
                continue
            # Rule 1: the earlier paragraph, whole, inside this one.
            for at in _occurrences(source, words):
                if later.is_free(at, at + len(source)):
                    flag(later, at, at + len(source), earlier, 0, len(source))
            # Rule 2: this whole paragraph inside a longer earlier one.
            if MIN_REPEAT_WORDS <= len(words) < len(source) and later.is_free(0, len(words)):
                for at in _occurrences(words, source):
                    if earlier.is_free(at, at + len(words)):
                        flag(later, 0, len(words), earlier, at, at + len(words))
                        break
        # Rule 3: a lightly edited repeat of a whole earlier paragraph.
        if len(words) >= MIN_REPEAT_WORDS and not later.covered:
            best: tuple[float, _Paragraph] | None = None
            for earlier in paras[:j]:
                if len(earlier.tokens) < MIN_REPEAT_WORDS or earlier.fully_covered:
                    continue
                score = _word_similarity(earlier, later)
                if score >= NEAR_REPEAT_SIMILARITY and (best is None or score > best[0]):
                    best = (score, earlier)
            if best is not None:
                flag(later, 0, len(words), best[1], 0, len(best[1].tokens))
    return sorted(found, key=lambda d: d.copy)


def _at(text: str, span: Span) -> str:
    return text[span[0] : span[1]]


@dataclass(frozen=True)
class NearDuplicate:
    """Two documents that tell the same story; ``similarity`` is a shingle Jaccard."""

    doc_a: str
    doc_b: str
    similarity: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    """The set of ``size``-word shingles of ``text`` (case-folded words)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def find_near_duplicates(
    texts: dict[str, str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[NearDuplicate]:
    """Pairs of documents (by id) whose shingle Jaccard similarity is at least ``threshold``.

    Candidate pairs come from an inverted index of shingles, so documents that share no
    shingle are never compared; the result is sorted by id pair.
    """
    sets = {doc_id: shingles(text) for doc_id, text in texts.items()}
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for doc_id in sorted(sets):
        for shingle in sets[doc_id]:
            index[shingle].append(doc_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for holders in index.values():
        for a, b in itertools.combinations(holders, 2):
            shared[(a, b)] += 1
    pairs = []
    for (a, b), common in sorted(shared.items()):
        jaccard = common / (len(sets[a]) + len(sets[b]) - common)
        if jaccard >= threshold:
            pairs.append(NearDuplicate(a, b, round(jaccard, 4)))
    return pairs
