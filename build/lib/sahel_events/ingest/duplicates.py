"""Repeated paragraphs inside an article, and near-duplicate articles across the corpus.

Nothing is removed: repeats are flagged so that annotators code each fact once.

**Inside an article** (rules also in ``docs/ingest.md``). Paragraphs are compared as
sequences of words (``\\w+``, case-folded), so spacing, case and punctuation do not hide
a repeat. Only paragraphs of at least :data:`MIN_REPEAT_WORDS` words count (headings,
title and signature never do). Going through the paragraphs in order, a paragraph is
compared with the earlier ones:

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

**In time about linear in the text.** No paragraph is compared with every earlier one:
rules 1 and 2 look up the first :data:`MIN_REPEAT_WORDS` words of each paragraph in a
hash index of word positions, and rule 3 takes its candidates from MinHash signatures of
word pairs in locality-sensitive buckets (:data:`PARAGRAPH_BANDS` bands of
:data:`PARAGRAPH_ROWS`), so a pair that shares half its word pairs is a candidate with
probability above 0.99. Each lookup checks at most :data:`MAX_CANDIDATES` paragraphs,
which bounds the work on hostile input (thousands of paragraphs opening with the same
words) at the cost of possibly missing a repeat there.

**Across the corpus**, each document is reduced to its set of
:data:`SHINGLE_WORDS`-word shingles (as 64-bit hashes). MinHash signatures in
:data:`CORPUS_BANDS` buckets give the candidates, and the exact Jaccard similarity of
the shingle sets decides. Documents are taken in doc_id order, and each one that is a
near-duplicate of an earlier document is reported once, with the most similar earlier
document it was compared with: a cluster of *n* copies gives *n - 1* pairs, not
*n (n - 1) / 2*.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .documents import Duplicate, Span

MIN_REPEAT_WORDS = 6
NEAR_REPEAT_SIMILARITY = 0.9
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.5
#: Paragraphs checked per lookup at most (see the module doc).
MAX_CANDIDATES = 32
#: Members kept per MinHash bucket: the earliest, which are the ones a repeat points to.
BUCKET_SIZE = 4
#: MinHash banding for rule 3 (word pairs of paragraphs) and for the corpus (shingles).
PARAGRAPH_BANDS, PARAGRAPH_ROWS = 16, 2
CORPUS_BANDS, CORPUS_ROWS = 32, 2
#: Minimum MinHash estimate of the word-pair Jaccard before difflib is run (rule 3): a
#: 0.9 difflib ratio shares far more word pairs than this.
PAIR_ESTIMATE_FLOOR = 0.3
#: Candidates of rule 3 that go on to the exact tests at most, best estimates first.
MAX_DIFFLIB = 4
#: Exact word-pair Jaccard below which rule 3 does not run difflib.
BIGRAM_PREFILTER = 0.5
#: Above this many words, rule 3 takes the word-pair Jaccard as the similarity instead
#: of difflib's ratio, whose time grows with the product of the lengths.
DIFFLIB_MAX_WORDS = 5000
#: Above this many characters, the reported similarity of two stretches is difflib's
#: fast upper bound (``real_quick_ratio`` is exact for identical or same-length text).
SIMILARITY_MAX_CHARS = 20_000

_WORD = re.compile(r"\w+")
#: An array of unsigned 64-bit hashes.
U64 = npt.NDArray[np.uint64]
_MASK = np.uint64(0xFFFFFFFFFFFFFFFF)


class _Vocabulary:
    """Case-folded words to small integers, in order of first appearance."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, words: Sequence[str]) -> array[int]:
        ids = self.ids
        return array("q", [ids.setdefault(w, len(ids)) for w in words])


@dataclass
class _Paragraph:
    span: Span
    words: array[int]  # word ids
    starts: array[int]  # character offset of each word
    ends: array[int]
    covered: list[tuple[int, int]]  # word index ranges already flagged as copies

    def is_free(self, lo: int, hi: int) -> bool:
        return all(hi <= a or lo >= b for a, b in self.covered)

    @property
    def fully_covered(self) -> bool:
        return any(a == 0 and b == len(self.words) for a, b in self.covered)


def _paragraph(text: str, span: Span, vocabulary: _Vocabulary) -> _Paragraph:
    matches = list(_WORD.finditer(text, span[0], span[1]))
    return _Paragraph(
        span,
        vocabulary.encode([m.group().casefold() for m in matches]),
        array("q", [m.start() for m in matches]),
        array("q", [m.end() for m in matches]),
        [],
    )


def _char_span(text: str, para: _Paragraph, lo: int, hi: int) -> Span:
    """Characters of words lo..hi-1, widened over adjacent punctuation (not over words).

    A stretch that starts (ends) with the paragraph's first (last) word starts (ends)
    with the paragraph, so that a whole repeated paragraph is flagged whole.
    """
    start, end = para.starts[lo], para.ends[hi - 1]
    if lo == 0:
        start = para.span[0]
    if hi == len(para.words):
        end = para.span[1]
    while start > para.span[0] and not text[start - 1].isspace() and not _is_word(text[start - 1]):
        start -= 1
    while end < para.span[1] and not text[end].isspace() and not _is_word(text[end]):
        end += 1
    return (start, end)


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def similarity(a: str, b: str) -> float:
    """The ``difflib`` ratio of two strings, rounded to 4 decimals (1.0 when equal).

    Beyond :data:`SIMILARITY_MAX_CHARS` characters, difflib's fast upper bound.
    """
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if max(len(a), len(b)) > SIMILARITY_MAX_CHARS:
        return round(matcher.real_quick_ratio(), 4)
    return round(matcher.ratio(), 4)


# ------------------------------------------------------------------------------ MinHash


def _mix(values: U64, seeds: U64) -> U64:
    """splitmix64 of ``values`` (uint64) under each seed: one row per seed."""
    with np.errstate(over="ignore"):
        z = values[None, :] + seeds[:, None] * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        out: U64 = z ^ (z >> np.uint64(31))
        return out


#: Values hashed at a time: the seeds x values matrix stays a few MB however long the text.
_CHUNK = 16_384


def _signature(values: U64, seeds: U64) -> U64:
    """The MinHash signature (one minimum per seed) of a non-empty set of uint64."""
    out: U64 = _mix(values[:_CHUNK], seeds).min(axis=1)
    for start in range(_CHUNK, len(values), _CHUNK):
        np.minimum(out, _mix(values[start : start + _CHUNK], seeds).min(axis=1), out=out)
    return out


def _bands(signature: U64, rows: int) -> list[tuple[int, bytes]]:
    data = signature.tobytes()
    width = rows * 8
    return [(i, data[i * width : (i + 1) * width]) for i in range(len(signature) // rows)]


_PARAGRAPH_SEEDS = np.arange(1, PARAGRAPH_BANDS * PARAGRAPH_ROWS + 1, dtype=np.uint64)
_CORPUS_SEEDS = np.arange(1, CORPUS_BANDS * CORPUS_ROWS + 1, dtype=np.uint64) + np.uint64(1000)


def _pairs(words: array[int]) -> U64:
    """The set of word pairs of a paragraph, each as one uint64."""
    ids = np.frombuffer(words, dtype=np.int64).astype(np.uint64)
    with np.errstate(over="ignore"):
        out: U64 = np.unique(ids[:-1] * np.uint64(0x100000001B3) ^ ids[1:])
        return out


# ------------------------------------------------------------------- repeated paragraphs


def find_repeated_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[Duplicate]:
    """Flag the paragraphs (or glued stretches of a line) that repeat an earlier one."""
    vocabulary = _Vocabulary()
    paras = [_paragraph(text, span, vocabulary) for span in paragraphs]
    found: list[Duplicate] = []
    k = MIN_REPEAT_WORDS

    def flag(copy: _Paragraph, clo: int, chi: int, first: _Paragraph, flo: int, fhi: int) -> None:
        copy.covered.append((clo, chi))
        copy_span = _char_span(text, copy, clo, chi)
        first_span = _char_span(text, first, flo, fhi)
        found.append(
            Duplicate(
                copy_span, first_span, similarity(_at(text, first_span), _at(text, copy_span))
            )
        )

    # The opening k words of every paragraph long enough to be a source, and every
    # place where such an opening occurs (only those: the index stays small).
    # Word ids as bytes (8 per word): a k-word stretch is a slice, hashed at C speed.
    raw = [para.words.tobytes() for para in paras]
    width = 8 * k
    openings: dict[bytes, list[int]] = {}
    distinct: set[bytes] = set()
    for i, para in enumerate(paras):
        if len(para.words) >= k:
            if raw[i] in distinct:
                continue  # an exact copy is never a source: its first occurrence is
            distinct.add(raw[i])
            openings.setdefault(raw[i][:width], []).append(i)
    places: dict[bytes, list[tuple[int, int]]] = {}
    for i, para in enumerate(paras):
        data = raw[i]
        for at in range(len(para.words) - k + 1):
            gram = data[8 * at : 8 * at + width]
            if gram in openings:
                places.setdefault(gram, []).append((i, at))
    del distinct

    buckets: dict[tuple[int, bytes], list[int]] = {}
    signatures: dict[int, U64] = {}
    for j, later in enumerate(paras):
        words, data = later.words, raw[j]
        # Rules 1 and 2, earlier paragraphs in order as the rules say.
        steps: dict[int, list[int]] = {}
        for at in range(len(words) - k + 1):
            for i in openings.get(data[8 * at : 8 * at + width], ())[:MAX_CANDIDATES]:
                if i < j:
                    steps.setdefault(i, []).append(at)
        inside: dict[int, list[int]] = {}
        if len(words) >= k:
            for i, at in places.get(data[:width], ())[:MAX_CANDIDATES]:
                if i < j and len(words) < len(paras[i].words):
                    inside.setdefault(i, []).append(at)
        for i in sorted(steps.keys() | inside.keys()):
            earlier = paras[i]
            source = earlier.words
            if len(source) < k or earlier.fully_covered:
                continue
            n = len(source)
            for at in steps.get(i, ()):
                if words[at : at + n] == source and later.is_free(at, at + n):
                    flag(later, at, at + n, earlier, 0, n)
            if len(words) >= k and later.is_free(0, len(words)):
                for at in inside.get(i, ()):
                    if source[at : at + len(words)] == words and earlier.is_free(
                        at, at + len(words)
                    ):
                        flag(later, 0, len(words), earlier, at, at + len(words))
                        break
        if len(words) < k:
            continue
        # Rule 3: a lightly edited repeat of a whole earlier paragraph.
        signature = _signature(_pairs(words), _PARAGRAPH_SEEDS)
        bands = _bands(signature, PARAGRAPH_ROWS)
        if not later.covered:
            best = _best_near_repeat(later, signature, bands, buckets, signatures, paras)
            if best is not None:
                flag(later, 0, len(words), best, 0, len(best.words))
        signatures[j] = signature
        for band in bands:
            bucket = buckets.setdefault(band, [])
            if len(bucket) < BUCKET_SIZE:
                bucket.append(j)
    return sorted(found, key=lambda d: d.copy)


def _best_near_repeat(
    later: _Paragraph,
    signature: U64,
    bands: list[tuple[int, bytes]],
    buckets: dict[tuple[int, bytes], list[int]],
    signatures: dict[int, U64],
    paras: list[_Paragraph],
) -> _Paragraph | None:
    """The earlier paragraph ``later`` is a lightly edited repeat of, if any.

    Candidates share a bucket; the :data:`MAX_DIFFLIB` with the highest MinHash
    estimate of at least :data:`PAIR_ESTIMATE_FLOOR` go on to the exact word-pair test
    and difflib (the estimate of a 0.9-similar pair is far above the floor).
    """
    candidates = sorted(
        {i for band in bands for i in buckets.get(band, ()) if not paras[i].fully_covered}
    )
    if not candidates:
        return None
    estimates = (np.stack([signatures[i] for i in candidates]) == signature).mean(axis=1)
    ranked = sorted(
        (-float(e), i)
        for e, i in zip(estimates, candidates, strict=True)
        if e >= PAIR_ESTIMATE_FLOOR
    )
    best: tuple[float, int] | None = None
    for _, i in ranked[:MAX_DIFFLIB]:
        score = _word_similarity(paras[i], later)
        if score >= NEAR_REPEAT_SIMILARITY and (best is None or (-score, i) < (-best[0], best[1])):
            best = (score, i)
    return paras[best[1]] if best is not None else None


def _word_similarity(a: _Paragraph, b: _Paragraph) -> float:
    """difflib ratio of the two word sequences; 0.0 for pairs that are plainly different.

    Word-pair Jaccard when a paragraph is very long (:data:`DIFFLIB_MAX_WORDS`).
    """
    pa, pb = _pairs(a.words), _pairs(b.words)
    common = len(np.intersect1d(pa, pb, assume_unique=True))
    jaccard = common / (len(pa) + len(pb) - common)
    # Paragraphs that share few word pairs cannot be 0.9 similar (one changed word
    # breaks at most two pairs): most candidates stop here.
    if jaccard < BIGRAM_PREFILTER:
        return 0.0
    if max(len(a.words), len(b.words)) > DIFFLIB_MAX_WORDS:
        return jaccard
    matcher = difflib.SequenceMatcher(None, a.words.tolist(), b.words.tolist(), autojunk=False)
    if matcher.real_quick_ratio() < NEAR_REPEAT_SIMILARITY:
        return 0.0
    return matcher.ratio()


def _at(text: str, span: Span) -> str:
    return text[span[0] : span[1]]


# ------------------------------------------------------------------ near-duplicate articles


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


class WordHashes:
    """Case-folded words to stable 64-bit hashes (BLAKE2b), remembered while in use.

    Stable, unlike :class:`_Vocabulary`'s numbers in order of appearance: a document's
    shingles then hash the same whatever corpus it is in, so the ingest cache keeps them
    per document (:mod:`.cache`) and the search over cached ones finds what it finds
    over the texts.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, words: Sequence[str]) -> array[int]:
        """The hash of each word, in order."""
        ids = self.ids
        out = array("Q")
        for w in words:
            value = ids.get(w)
            if value is None:
                digest = hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8)
                value = ids[w] = int.from_bytes(digest.digest(), "little")
            out.append(value)
        return out


def _shingle_hashes(text: str, words: WordHashes, size: int = SHINGLE_WORDS) -> U64:
    """The shingles of ``text`` as a sorted array of distinct 64-bit hashes."""
    ids = np.frombuffer(words.encode([w.casefold() for w in _WORD.findall(text)]), dtype=np.uint64)
    if len(ids) == 0:
        return ids
    width = min(size, len(ids))
    count = len(ids) - width + 1
    code = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            code = (code * np.uint64(0x100000001B3)) ^ (ids[offset : offset + count] + np.uint64(1))
        code = _mix(code, np.array([0], dtype=np.uint64))[0]
    out: U64 = np.unique(code)
    return out


@dataclass(frozen=True)
class Signature:
    """What the near-duplicate search needs of one document: its shingles (sorted
    distinct hashes, as bytes) and its MinHash signature (:data:`CORPUS_BANDS` bands of
    :data:`CORPUS_ROWS` hashes, as bytes). Empty for a text without words.

    Two byte strings, not the bands themselves: the ingest cache loads 10,000 of these
    on every warm run, and 32 band tuples each were three quarters of the objects it
    made (and that the garbage collector then walked), for a search that a corpus the
    same as the last run's never makes (issue 17). :attr:`bands` cuts them when asked."""

    shingles: bytes
    minhash: bytes

    @property
    def bands(self) -> tuple[tuple[int, bytes], ...]:
        """The MinHash buckets of the document: (band number, its hashes as bytes)."""
        width = CORPUS_ROWS * 8
        data = self.minhash
        return tuple((i, data[i * width : (i + 1) * width]) for i in range(len(data) // width))


def document_signature(text: str, words: WordHashes | None = None) -> Signature:
    """The :class:`Signature` of ``text`` (the same for the same text, in any corpus)."""
    hashes = _shingle_hashes(text, words or WordHashes())
    if len(hashes) == 0:
        return Signature(b"", b"")
    return Signature(hashes.tobytes(), _signature(hashes, _CORPUS_SEEDS).tobytes())


def find_near_duplicates(
    texts: dict[str, str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[NearDuplicate]:
    """Documents (by id) whose shingle Jaccard with an earlier one is at least ``threshold``.

    Each document is compared with the earlier documents (in id order) that share a
    MinHash bucket with it, and is reported once, with the most similar of them (ties:
    the smallest id). The result is sorted by id pair.
    """
    return near_duplicates_in_order(((k, texts[k]) for k in sorted(texts)), threshold)


def near_duplicates_in_order(
    documents: Iterable[tuple[str, str]], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[NearDuplicate]:
    """:func:`find_near_duplicates` over ``(doc_id, text)`` pairs streamed in id order.

    Only the shingle hashes of each document are kept, never its text, so the texts of a
    large corpus can be read one at a time.
    """
    words = WordHashes()
    return near_duplicates_of_signatures(
        ((doc_id, document_signature(text, words)) for doc_id, text in documents), threshold
    )


def near_duplicates_of_signatures(
    signatures: Iterable[tuple[str, Signature]], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[NearDuplicate]:
    """:func:`near_duplicates_in_order` over the documents' :class:`Signature` s (in
    doc_id order), computed now or kept by the ingest cache: the same pairs either way."""
    kept: dict[str, U64] = {}
    buckets: dict[tuple[int, bytes], list[str]] = {}
    pairs = []
    for doc_id, signature in signatures:
        if not signature.shingles:
            continue
        hashes: U64 = np.frombuffer(signature.shingles, dtype=np.uint64)
        bands = signature.bands
        candidates = sorted({other for band in bands for other in buckets.get(band, ())})
        best: tuple[float, str] | None = None
        for other in candidates:
            common = len(np.intersect1d(kept[other], hashes, assume_unique=True))
            jaccard = common / (len(kept[other]) + len(hashes) - common)
            if jaccard >= threshold and (best is None or jaccard > best[0]):
                best = (jaccard, other)
        if best is not None:
            pairs.append(NearDuplicate(best[1], doc_id, round(best[0], 4)))
        kept[doc_id] = hashes
        for band in bands:
            bucket = buckets.setdefault(band, [])
            if len(bucket) < BUCKET_SIZE:
                bucket.append(doc_id)
    return sorted(pairs, key=lambda p: (p.doc_a, p.doc_b))
