"""Event triggers from a French and English lexicon, and the factuality cues around them.

The lexicon is ``sahel_events/data/triggers.yaml`` (format at its top). Phrases are
written as lemmas; a phrase word matches a token when their folded forms (no case, no
accents), lemmas or crude stems agree, so "frappes de drones", "attaqué", "attacked"
all match. Between the words of a phrase, up to two auxiliaries, adverbs or pronouns
may stand ("se sont retirés", "a fermement condamné"), and once a time expression
("a rappelé lundi son ambassadeur", "a décrété le 3 novembre un couvre-feu"): the
trigger then stops before the time, which stays a time the event can take.

Factuality cues are looked for in the trigger's sentence:

* the conditional (spaCy's ``Mood=Cnd``, or the words aurait/auraient/serait/seraient,
  "would have", "reportedly", "allegedly") makes the event ``probable``;
* a hedge (potentiellement, peut-être, possiblement, "may have", "possibly") makes it
  ``possible``;
* "selon"/"d'après"/"according to" and "de sources ..." name who asserts it: media
  (``media-report``), security or local sources (``anonymous-source``), the army or the
  government (``official``), a claim of responsibility (``perpetrator``), a named person
  (``named-source``);
* a negation just before the trigger makes it ``negative``; a future tense or
  "va"/"will" makes it ``future``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from pydantic import Field

from ..annotation.ids import EventAttribute
from ..codebook import Codebook
from ..errors import InvalidDataError, Location, Report
from ..yamlcheck import Lines, parse_yaml_into
from ..yamlmodels import StrictModel, Text, structure_problems
from .ner import Analysis, Token
from .text import fold, in_ranges
from .wordgate import Gated, gated

LEXICON_FILE = "data/triggers.yaml"
DEFAULT_SCORE = 0.7
#: Acts done by saying (codebook): made where and when they are said, whatever act they
#: speak of.
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
_SKIPPABLE_POS = frozenset({"AUX", "ADV", "PRON"})
_MAX_GAP = 2
_MODIFIER_POS = frozenset({"DET", "NUM", "ADJ"})
#: English is read without a parser (no part of speech): the closed classes that may
#: stand between a phrase's words, as the French auxiliaries, adverbs, pronouns and the
#: object's articles and counts do (since 0.64.0): "has been", "set *it* ablaze", "fired
#: *several* rockets", "*have* strongly". Adverbs in "-ly" are matched by their ending.
_EN_FUNCTION_WORDS = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did",
    "does", "do", "it", "them", "him", "her", "us", "themselves", "itself", "a", "an",
    "the", "its", "their", "his", "several", "some", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "also", "again", "then", "later", "reportedly",
    "allegedly", "repeatedly", "already",
})  # fmt: skip
_EN_PREPOSITIONS = frozenset({"on", "in", "of", "for", "to", "at", "by", "with", "from", "into"})


class LexiconError(InvalidDataError):
    """The trigger lexicon is invalid; ``report`` lists every problem."""


#: English words whose crude stem is another word's: "aides" (assistants) is no "aid".
_EN_OWN_WORDS = frozenset({"aides"})
#: English irregular pasts and participles -> their verb, a closed class: English is read
#: without a lemmatiser, and the crude stem cannot reach "sent", "froze", "laid", "took"
#: (since 0.64.0; the lexicon lists a few of them as phrases of their own already).
_EN_IRREGULAR = {
    form: verb
    for verb, forms in {
        "be": ("is", "are", "was", "were", "been", "being", "am"),
        "send": ("sent",),
        "take": ("took", "taken"),
        "freeze": ("froze", "frozen"),
        "lay": ("laid",),
        "seek": ("sought",),
        "break": ("broke", "broken"),
        "burn": ("burnt",),
        "bring": ("brought",),
        "hold": ("held",),
        "fall": ("fell", "fallen"),
        "come": ("came",),
        "leave": ("left",),
        "steal": ("stole", "stolen"),
        "drive": ("drove", "driven"),
        "throw": ("threw", "thrown"),
        "blow": ("blew", "blown"),
        "flee": ("fled",),
        "withdraw": ("withdrew", "withdrawn"),
        "overrun": ("overran",),
        "overthrow": ("overthrew", "overthrown"),
        "fight": ("fought",),
        "strike": ("struck", "stricken"),
        "shoot": ("shot",),
        "meet": ("met",),
        "speak": ("spoke", "spoken"),
        "forbid": ("forbade", "forbidden"),
        "withhold": ("withheld",),
        "slay": ("slew", "slain"),
        "hide": ("hid", "hidden"),
        "give": ("gave", "given"),
        "lead": ("led",),
        "catch": ("caught",),
        "sweep": ("swept",),
        "undertake": ("undertook", "undertaken"),
        "beat": ("beaten",),
        "ride": ("rode", "ridden"),
        "win": ("won",),
        "lose": ("lost",),
        "swear": ("swore", "sworn"),
        "stand": ("stood",),
        "tear": ("tore", "torn"),
        "bear": ("bore", "borne"),
        "rise": ("rose", "risen"),
        "light": ("lit",),
    }.items()
    for form in forms
}


def _stem(word: str) -> str:
    """A crude stem shared by both languages: drop one common ending, undouble a consonant.

    An English past in "-ied" is its verb in "-y" ("rallied", "denied", "carried": since
    0.59.1), which the ending dropped alone never reached ("ralli" is no "rally")."""
    if word.endswith("ied") and len(word) >= 6:
        return word[:-3] + "y"
    for suffix in ("ings", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouy":
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def _keys(*forms: str) -> frozenset[str]:
    folded = {fold(f) for f in forms if f}
    return frozenset(folded | {_stem(f) for f in folded})


@cache
def _tokenizer(language: str) -> Any:
    import spacy

    return spacy.blank(language).tokenizer


def _phrase_words(phrase: str, language: str) -> tuple[frozenset[str], ...]:
    words = [t.text for t in _tokenizer(language)(phrase) if not t.is_space]
    if language == "fr" and len(words) == 1 and fold(words[0]).endswith("er"):
        # A verb of the first group also matches its forms the tagger did not lemmatise
        # ("Il réclame la libération", tagged a noun): their stem (since 0.12.0).
        return (_keys(words[0]) | {fold(words[0])[:-2]},)
    if language == "fr" and words and fold(words[0]) in ("s'", "s’", "se"):
        # A reflexive pronoun, elided or not, is the same word: "s'emparer" also matches
        # "se sont emparés" (since 0.15.0).
        return (_keys("se", "s'"), *(_keys(w) for w in words[1:]))
    if language == "fr" and len(words) > 1 and fold(words[0]).endswith("er"):
        # Since 0.62.0 also the phrase a verb opens: its participle the tagger took for an
        # adjective ("a gelé les avoirs", lemma "gelé") is keyed by the same stem.
        return (_keys(words[0]) | {fold(words[0])[:-2]}, *(_keys(w) for w in words[1:]))
    return tuple(_keys(w) for w in words)


#: Words before a noun: a form matched by its verb's stem after them is the noun ("un
#: appel", "les accusés", "des menaces"), not the verb the tagger missed.
_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ses", "sa", "son", "leur",
     "leurs", "cette", "ces", "ce", "aux", "au", "nos", "notre", "vos", "votre"}
)  # fmt: skip


#: What a subject ends with: a pronoun, a noun, a name, an adjective or a participle
#: ("L'état-major général des armées invite", "l'intéressé conteste").
_SUBJECT_END = frozenset({"PRON", "NOUN", "PROPN", "ADJ", "VERB"})


#: The endings of a French past participle of the first group, in either case.
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES")
#: A count a participle may follow in an elliptical passive: "une dizaine", "trois
#: autres", "15".
_COUNTED_BEFORE = re.compile(
    r"^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
    r"trente|cent|autres|[a-z]+aines?)$",
    re.IGNORECASE,
)


def _opens_participle_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a capitalised past participle opening its sentence and the
    clause a comma closes a few words on ("Enlevé le 3 mai, le prêtre", "Arrêté en mai à
    son domicile, l'opposant"): the act told of the subject after the comma."""
    token = tokens[i]
    at_start = i == 0 or tokens[i - 1].text in (".", "!", "?", "»") or "\n" in tokens[i - 1].text
    return (
        at_start
        and token.text[:1].isupper()
        and token.text.endswith(_PARTICIPLE_ENDINGS)
        and any(t.text == "," for t in tokens[i + 1 : i + 10])
    )


#: Verbs that name an attack only as a passive participle after its auxiliary (since
#: 0.60.0): "le village voisin a également été visé", "was also targeted"; not "a visé"
#: (the strike before it is the trigger), "vise à", "targets", "targeted sanctions".
_PASSIVE_ONLY = frozenset({"viser", "target"})
#: The passive auxiliaries, folded.
_PASSIVE_AUX = frozenset(
    {"ete", "est", "sont", "fut", "furent", "was", "were", "been", "is", "are"}
)


def _after_passive(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a past participle right after a passive auxiliary, with at
    most three adverbs or words of "à son tour" between them."""
    if not fold(tokens[i].text).endswith(("e", "es", "ee", "ees", "ed")):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        word = fold(tokens[k].text)
        if word in _PASSIVE_AUX:
            return True
        # An untagged word (no tagger for the language) may be the adverb.
        if tokens[k].pos not in ("ADV", "ADP", "DET", "PRON", "") and word not in ("tour", "too"):
            return False
    return False


def _by_verb_stem(entry: LexiconEntry, tokens: Sequence[Token], i: int) -> bool:
    """True when a one-verb entry matched token ``i`` only by its stem (neither the
    token's text nor its lemma is the verb) where the token is not a verb: an adjective,
    a participle ("les accusés", "un arrêté"), or a word that does not follow a subject
    (a pronoun or a noun, not a determiner)."""
    if entry.language != "fr" or len(entry.words) != 1 or not fold(entry.phrase).endswith("er"):
        return False
    token = tokens[i]
    verb = fold(entry.phrase)
    if verb in (fold(token.lemma), fold(token.text)):
        return False
    if _opens_participle_clause(tokens, i):
        return False  # "Arrêté en mai à son domicile, l'opposant" (since 0.48.0)
    if (
        i > 0
        and _COUNTED_BEFORE.match(tokens[i - 1].text)
        and tokens[i - 1].pos != "DET"
        # Not "Les quatre accusés": a determined count names people by the noun.
        and not (i > 1 and fold(tokens[i - 2].text) in ("les", "ces", "leurs", "ses", "nos"))
    ):
        # "Plusieurs manifestants ont été blessés et une dizaine interpellés": the
        # passive of a count left elliptical (since 0.51.0).
        return False
    if i == 0 or token.pos == "ADJ" or token.text.endswith(_PARTICIPLE_ENDINGS):
        return True  # "une posture plus critique", "les accusés", "un arrêté"
    before = tokens[i - 1]
    if _dative_leur(tokens, i):
        return False
    # A verb follows its subject: "Il réclame", "le magistrat invite", "l'ONG dénonce".
    return fold(before.text) in _DETERMINERS or before.pos not in _SUBJECT_END


def _dative_leur(tokens: Sequence[Token], i: int) -> bool:
    """Whether "leur" before token ``i`` is the pronoun of the verb, not a determiner
    (since 0.62.0): after a subject or a comma, the verb followed by "de" ("L'instance de
    régulation leur reproche d'avoir relayé"); the tagger reads "leur reproche" as a noun
    with its determiner."""
    if i < 2 or fold(tokens[i - 1].text) != "leur":
        return False
    head = tokens[i - 2]
    if not (head.text == "," or head.pos in ("NOUN", "PROPN", "PRON")):
        return False
    word = fold(tokens[i].text)
    # "leur reproche d'avoir": the clitic's verb takes "de" and an infinitive.
    return (
        word.endswith(("e", "ent"))
        and i + 1 < len(tokens)
        and fold(tokens[i + 1].text) in ("d'", "de")
    )


@dataclass(frozen=True)
class LexiconEntry:
    """One phrase of the lexicon, in one language."""

    phrase: str
    language: str
    label: str  # event type, or WEA / VEH for instruments
    mode: str | None
    contexts: tuple[str, ...]
    score: float
    words: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Trigger:
    """A matched phrase: an event trigger (or an instrument mention)."""

    start: int
    end: int
    text: str
    label: str
    mode: str | None
    contexts: tuple[str, ...]
    score: float
    phrase: str
    tokens: tuple[int, int] = (-1, -1)  # first and last token index in the analysis


@dataclass(frozen=True)
class Cue:
    """A word that changes the factuality of an event, and what it changes."""

    start: int
    end: int
    text: str
    kind: str  # conditional, hedge, source, negation, future


@dataclass(frozen=True)
class Factuality:
    """Suggested factuality attributes; None means "leave the codebook default"."""

    certainty: str | None = None
    polarity: str | None = None
    source: str | None = None
    temporal_status: str | None = None
    cues: tuple[Cue, ...] = ()


class Lexicon:
    """The loaded lexicon, indexed for matching."""

    def __init__(self, entries: Sequence[LexiconEntry], instruments: Sequence[LexiconEntry]):
        self.entries = tuple(entries)
        self.instruments = tuple(instruments)

    def find_triggers(
        self,
        analysis: Analysis,
        language: str,
        ranges: Sequence[tuple[int, int]] | None = None,
        times: Sequence[tuple[int, int]] = (),
    ) -> list[Trigger]:
        """Event triggers in the document, the longest phrase winning at each place.

        ``times`` are the spans of the document's time expressions: a phrase may be
        broken by one of them, and its trigger then ends before it.
        """
        return _match(self.entries, analysis, language, ranges, times)

    def find_instruments(
        self, analysis: Analysis, language: str, ranges: Sequence[tuple[int, int]] | None = None
    ) -> list[Trigger]:
        """Weapon (WEA) and vehicle (VEH) mentions."""
        return _match(self.instruments, analysis, language, ranges)


def _token_keys(text: str, lemma: str, language: str) -> frozenset[str]:
    """The lexicon keys of one token, folded once; an English word whose crude stem is
    another word's keeps its own form only ("aides" is no "aid")."""
    if language == "en":
        folded = fold(text)
        if folded in _EN_OWN_WORDS:
            return frozenset({folded})
        if base := _EN_IRREGULAR.get(folded):
            # Unparsed English has no lemma: "sent troops" is "send troops" (since 0.64.0).
            return _keys(text, base)
    if language == "fr" and text.endswith(_PARTICIPLE_ENDINGS):
        return _participle_keys(text, lemma)
    return _keys(text, lemma)


@lru_cache(maxsize=50_000)
def _participle_keys(text: str, lemma: str) -> frozenset[str]:
    """A past participle the tagger took for a noun ("une dizaine interpellés", lemma
    "interpellé"): also its verb's stem, which the crude stem undoubles ("interpel"), as
    a key (since 0.51.0). Cached: tokens repeat."""
    stem = text.rstrip("sSeE").removesuffix("é").removesuffix("É")
    return _keys(text, lemma) | {fold(stem)}


#: The words before a French present participle that tells a result of the clause before
#: it: ", incendiant des boutiques", "en emportant des vivres" (since 0.69.0).
_GERUND_LEAD = frozenset({",", "en", "En"})


@lru_cache(maxsize=4096)
def _present_participle_keys(text: str) -> frozenset[str]:
    """A present participle of the first group the tagger took for a noun or adjective and
    left unlemmatised ("incendiant", lemma "incendiant"): also its verb's stem
    ("incendi"), the key a first-group verb of the lexicon has (since 0.69.0). Only after
    a comma or "en", where "-ant" is a participle, not a noun ("un manifestant")."""
    stem = fold(text)[:-3]
    return frozenset({stem}) if len(stem) >= 3 else frozenset()


#: The lexicon keys of the tokens last matched, with those tokens and their language:
#: the triggers and then the instruments of one document are matched on the same
#: tokens, whose keys are made once (0.68.0). The tokens are held, so that the identity
#: test cannot meet another list at the same address.
_LAST_KEYS: list[tuple[Sequence[Token], str, list[frozenset[str]]]] = []


def _keys_of(tokens: Sequence[Token], language: str) -> list[frozenset[str]]:
    """The lexicon keys of each token (:func:`_token_keys`), remembered for the last
    token list."""
    if _LAST_KEYS and _LAST_KEYS[0][0] is tokens and _LAST_KEYS[0][1] == language:
        return _LAST_KEYS[0][2]
    keys = [_token_keys(t.text, t.lemma, language) for t in tokens]
    if language == "fr":
        for i in range(1, len(tokens)):
            if tokens[i - 1].text in _GERUND_LEAD and tokens[i].text.endswith("ant"):
                keys[i] = keys[i] | _present_participle_keys(tokens[i].text)
    _LAST_KEYS[:] = [(tokens, language, keys)]
    return keys


def _match(
    entries: Sequence[LexiconEntry],
    analysis: Analysis,
    language: str,
    ranges: Sequence[tuple[int, int]] | None,
    times: Sequence[tuple[int, int]] = (),
) -> list[Trigger]:
    tokens = analysis.tokens
    keys = _keys_of(tokens, language)
    by_first = _by_first(entries, language)
    skips = _time_skips(analysis, times)
    candidates: list[tuple[bool, int, float, int, Trigger, tuple[int, int]]] = []
    for i, token_keys in enumerate(keys):
        # The entries a token opens, in the lexicon's order whatever the order of its keys
        # (a set's, which changes with the hash seed): of two equal matches at one place
        # the one listed first wins, so "ont frappé" (the general ASSAULT's "frappe" and
        # "frapper" of a beating) is the same trigger in every process (since 0.59.0).
        opened = {
            position: entry for key in token_keys for position, entry in by_first.get(key, ())
        }
        for _, entry in sorted(opened.items()):
            matched = _match_rest(entry, tokens, keys, i, skips, by_first)
            if matched is None:
                continue
            if _by_verb_stem(entry, tokens, i):
                continue
            if entry.phrase in _PASSIVE_ONLY and not _after_passive(tokens, i):
                continue  # "a visé", "vise à", "targets": not the passive of an attack
            last, cut = matched
            first = i
            # A reflexive pronoun opens the phrase but is not part of the trigger.
            if fold(tokens[i].text) in ("se", "s'") and len(entry.words) > 1:
                first = _next_content(tokens, keys, entry, i)
            extent = (tokens[first].start, tokens[last].end)
            if not in_ranges(*extent, ranges):
                continue
            if cut is not None:
                # Broken by a time: the trigger is the part before it (the verb), so
                # the time stays outside the trigger, free to date the event.
                last = cut
            start, end = tokens[first].start, tokens[last].end
            trig = Trigger(
                start,
                end,
                analysis_text(tokens, first, last),
                entry.label,
                entry.mode,
                entry.contexts,
                entry.score,
                entry.phrase,
                (first, last),
            )
            candidates.append((cut is None, len(entry.words), entry.score, -start, trig, extent))
    # A phrase broken by a time comes after every whole match: when its object is a
    # trigger of its own ("a présenté lundi sa démission", "est tombée mardi dans une
    # embuscade"), the noun names the event, as it did before the time was skipped.
    # Since 0.48.0 one whose object holds no trigger of its own ranks as a whole match
    # ("ont quitté mercredi leur base": the withdrawal, longer than "quitter" alone).
    # Since 0.56.0 a demand too: what it asks for is not what happened ("a exigé mardi
    # leur libération" asks for a release, REQUEST yield).
    starts = [c[4].start for c in candidates]
    candidates = [
        (
            c[0]
            or c[4].label == "REQUEST"
            or not any(c[4].end < other < c[5][1] for other in starts),
            *c[1:],
        )
        for c in candidates
    ]
    candidates.sort(key=lambda c: (c[0], c[1], c[2], c[3]), reverse=True)
    # Overlaps are judged on the whole matched phrase, time included, so the object of a
    # phrase broken by a time ("une déclaration") is no second trigger.
    taken: list[tuple[Trigger, tuple[int, int]]] = []
    for _, _, _, _, trig, (start, end) in candidates:
        if any(start < e and s < end for _, (s, e) in taken):
            continue
        taken.append((trig, (start, end)))
    return sorted((t for t, _ in taken), key=lambda t: t.start)


#: Word classes that may open a time expression without being part of its span ("le" 3
#: novembre, "on" Sunday, "dans la nuit de" lundi).
_TIME_OPENERS = frozenset({"DET", "ADP"})


def _time_skips(analysis: Analysis, times: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Token index where a time expression (with its article or preposition) begins ->
    index of the first token after it."""
    skips: dict[int, int] = {}
    if not times:
        return skips
    tokens = analysis.tokens
    index = {t.start: k for k, t in enumerate(tokens)}
    for start, end in times:
        inside = analysis.tokens_between(start, end)
        if not inside:
            continue
        first = index[inside[0].start]
        after = first + len(inside)
        skips[first] = after
        k = first - 1
        while k >= 0 and first - k <= 3 and tokens[k].pos in _TIME_OPENERS:
            skips[k] = after
            k -= 1
    return skips


#: The entries of a lexicon indexed by the keys of their first word, per language, built
#: once per entry list (not once per document): ``id(entries)`` -> (entries, index).
_Index = dict[str, list[tuple[int, LexiconEntry]]]
_INDEXES: dict[tuple[int, str], tuple[Sequence[LexiconEntry], _Index]] = {}


def _by_first(entries: Sequence[LexiconEntry], language: str) -> _Index:
    """The ``language`` entries of ``entries`` by the keys of their first word, each
    with its position in ``entries``."""
    known = _INDEXES.get((id(entries), language))
    if known is not None and known[0] is entries:
        return known[1]
    by_first: _Index = {}
    for position, entry in enumerate(entries):
        if entry.language == language:
            for key in entry.words[0]:
                by_first.setdefault(key, []).append((position, entry))
    if len(_INDEXES) > 16:  # lexicons come and go in tests; keep a few
        _INDEXES.clear()
    _INDEXES[(id(entries), language)] = (entries, by_first)
    return by_first


def uncovered_words(
    text: str,
    analysis: Analysis,
    words: re.Pattern[str] | Gated,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Token]:
    """The tokens ``words`` spells (:meth:`Analysis.tokens_spelt`) inside ``ranges`` that
    no trigger of ``triggers`` overlaps: where a rule may add a trigger the lexicon's
    phrases did not find."""
    return [
        token
        for token in analysis.tokens_spelt(text, words)
        if in_ranges(token.start, token.end, ranges)
        and not any(t.start < token.end and token.start < t.end for t in triggers)
    ]


def word_trigger(token: Token, label: str, mode: str | None, score: float, phrase: str) -> Trigger:
    """A trigger on one token, with no context of its own."""
    return Trigger(
        token.start, token.end, token.text, label, mode, (), score, phrase,
        (token.index, token.index),
    )  # fmt: skip


def analysis_text(tokens: Sequence[Token], first: int, last: int) -> str:
    """The text from token ``first`` to token ``last``, rebuilt from the tokens' offsets."""
    parts = []
    for k in range(first, last + 1):
        if k > first:
            parts.append(" " * (tokens[k].start - tokens[k - 1].end))
        parts.append(tokens[k].text)
    return "".join(parts)


def _match_rest(
    entry: LexiconEntry,
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    i: int,
    skips: dict[int, int] | None = None,
    by_first: _Index | None = None,
) -> tuple[int, int | None] | None:
    """Index of the last token of ``entry`` matched from token ``i``, or None; with it,
    the last phrase token before a skipped time expression (None when none was skipped)."""
    pos = i
    cut: int | None = None
    for j, word in enumerate(entry.words[1:], start=1):
        nxt = pos + 1
        gap = 0
        # An unparsed English verb's object before its result ("took five travellers
        # hostage", "set several houses ablaze", "hacked two farmers to death").
        reach = _OBJECT_GAP if pos == i and _closes_result(tokens[i], entry.words, j) else 0
        if pos == i and entry.language == "fr":
            # A French verb of giving names whom or where it gives to before the goods:
            # "a fourni *à Karimama* des vivres", "remettre *aux familles* des kits".
            # The trigger is the verb alone, as before a time that breaks a phrase: the
            # place or people given to stay free to be the event's arguments.
            after = _dative_gap(tokens, nxt)
            if after != nxt:
                cut, nxt = pos, after
        while nxt < len(tokens) and not (word & keys[nxt]):
            if skips and cut is None and nxt in skips:
                # One time expression may break the phrase; it is no part of the gap.
                cut = pos
                nxt = skips[nxt]
                continue
            if (
                gap < reach
                and tokens[nxt].text[:1].isalnum()
                # An object, not a clause: "took part in the hostage talks" is no taking.
                and fold(tokens[nxt].text) not in _EN_PREPOSITIONS
            ):
                nxt += 1
                gap += 1
                continue
            if not tokens[nxt].pos and tokens[nxt].text in _EN_QUOTES:
                # Since 0.66.0 a quotation mark inside an unparsed English phrase is no
                # word of the gap: the wires quote the words of a statement, 'expressed
                # its "total solidarity"' is "express solidarity".
                nxt += 1
                continue
            if (gap == 0 or _after_determiner(tokens, nxt)) and _adjective_gap(
                tokens, keys, entry.words, pos, nxt, j, by_first
            ):
                nxt += 1
                gap += 1
                continue
            if gap >= _MAX_GAP or not (
                tokens[nxt].pos in _SKIPPABLE_POS
                or _modifies_next(tokens, keys, nxt, word)
                or (
                    not tokens[nxt].pos
                    and fold(tokens[nxt].text) in _EN_FUNCTION_WORDS
                    # "on strike" is not "on the strikes": a preposition's noun is
                    # the phrase's only when it follows right after it.
                    and fold(tokens[pos].text) not in _EN_PREPOSITIONS
                )
            ):
                return None
            nxt += 1
            gap += 1
        if nxt >= len(tokens):
            return None
        pos = nxt
    return pos, cut


#: The French prepositions that open a verb's indirect object (since 0.66.0), folded.
_FR_DATIVE = frozenset({"a", "aux", "au"})
#: The longest indirect object skipped between a verb of giving and its goods.
_DATIVE_WORDS = 4
#: The parts of speech of an indirect object's words: "à *Birni Lafia*", "aux *nouveaux
#: arrivants*", "à *la* mairie".
_DATIVE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})
#: The articles that open the goods after the indirect object: "des rations", "du riz".
_FR_PARTITIVE = frozenset({"des", "du", "de", "d'", "d’"})


def _dative_gap(tokens: Sequence[Token], k: int) -> int:
    """Index of the first token after the French indirect object ``tokens[k:]`` opens, or
    ``k`` when there is none (since 0.66.0): "a fourni *à Birni Lafia* des rations" is the
    phrase "fournir des rations". Only a short object of names and nouns counts, and only
    when a partitive article follows it, so "fourni à temps" or a clause ("remis à ceux
    qui") never joins a verb to a later noun."""
    if k >= len(tokens) or tokens[k].pos != "ADP" or fold(tokens[k].text) not in _FR_DATIVE:
        return k
    end = k + 1
    while end < len(tokens) and end - k <= _DATIVE_WORDS:
        token = tokens[end]
        if fold(token.text) in _FR_PARTITIVE and end > k + 1:
            return end
        if token.pos not in _DATIVE_POS:
            return k
        end += 1
    return k


#: Quotation marks of unparsed English (the tokenizer's tokens for them).
_EN_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
#: English articles, possessives and counts an adjective may follow before a phrase's
#: noun: "expressed *its full* support", "set up *two new* checkpoints" (since 0.66.0).
_EN_DETERMINERS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "several", "some", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})  # fmt: skip


def _after_determiner(tokens: Sequence[Token], k: int) -> bool:
    """Whether unparsed English token ``k`` follows an article, a possessive or a count,
    quotation marks between them aside: the one word skipped before it was that
    determiner, so ``k`` may be the noun's adjective (since 0.66.0)."""
    before = k - 1
    while before > 0 and tokens[before].text in _EN_QUOTES:
        before -= 1
    return not tokens[before].pos and fold(tokens[before].text) in _EN_DETERMINERS


#: The particles after which a verb phrase's noun may take an adjective: "set up new
#: checkpoints", "cut off mobile internet" (since 0.66.0).
_EN_VERB_PARTICLES = frozenset({"up", "off", "down", "out"})

#: The English words that open a noun phrase whose noun ends a lexicon phrase: "came
#: *under* heavy fire", "signed *a* new agreement", "went *on* indefinite strike".
_EN_NOUN_OPENERS = _EN_PREPOSITIONS | {"under", "a", "an", "the"}


def _adjective_gap(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    words: Sequence[frozenset[str]],
    pos: int,
    k: int,
    j: int,
    by_first: _Index | None,
) -> bool:
    """Whether unparsed English token ``k`` is one adjective between the preposition or
    article ``pos`` and the phrase's last word, its noun, right after it (since 0.64.0):
    "came under *heavy* fire" is "come under fire". A closed-class word is no adjective,
    nor a word that makes a phrase of its own with the noun ("went on *hunger* strike":
    "hunger strike")."""
    if tokens[k].pos or j != len(words) - 1 or k + 1 >= len(tokens):
        return False
    word = tokens[k].text
    folded = fold(word)
    return (
        (
            fold(tokens[pos].text) in _EN_NOUN_OPENERS
            or _verb_then_noun(tokens[pos], words, j)
            or (j >= 2 and fold(tokens[pos].text) in _EN_VERB_PARTICLES)
        )
        and word.isalpha()
        and word.islower()
        and folded not in _EN_FUNCTION_WORDS
        and folded not in _EN_NOUN_OPENERS
        and folded not in _EN_JOINERS
        and bool(words[j] & keys[k + 1])
        and not any(
            len(other.words) == 2 and other.words[1] & keys[k + 1]
            for key in keys[k]
            for _, other in (by_first or {}).get(key, ())
        )
    )


#: Words that end a two-word English phrase as a particle, not a noun: "pull out",
#: "step down", "hand over" take no adjective before them.
_EN_PARTICLES = _EN_PREPOSITIONS | {"out", "back", "down", "up", "off", "over", "away"}
#: Words that join two words and are no adjective: "security and cooperation".
_EN_JOINERS = frozenset({"and", "or", "but", "nor", "than", "not", "no"})


def _verb_then_noun(first: Token, words: Sequence[frozenset[str]], j: int) -> bool:
    """Whether the English two-word phrase's first word ``first`` is a verb in the past or
    the "-ing" form and its second word ``j`` a noun, so one adjective may stand between
    (since 0.64.0): "exchanged *heavy* fire", "traded *intense* fire", "held *bilateral*
    talks" are "exchange fire", "trade fire", "hold talks"."""
    if j != 1 or len(words) != 2 or words[1] & _EN_PARTICLES:
        return False
    folded = fold(first.text)
    return folded.endswith(("ed", "ing")) or _EN_IRREGULAR.get(folded, "be") != "be"


#: The most words of an object between an English verb and its result.
_OBJECT_GAP = 4
#: The results that close an English verb-object-result phrase (since 0.64.0), and the
#: words a preposition opening the result is followed by ("on fire", "to death").
_RESULTS = frozenset({"hostage", "ablaze", "alight", "captive"})
_RESULT_NOUNS = frozenset({"fire", "death"})


def _closes_result(first: Token, words: Sequence[frozenset[str]], j: int) -> bool:
    """Whether phrase word ``j`` opens the result of the English verb ``first`` opens:
    "hostage" of "take hostage", "on" of "set on fire", "to" of "hack to death"."""
    if first.pos:
        return False  # a parsed language: its own gaps
    if words[j] & _RESULTS:
        return True
    return (
        j + 1 < len(words) and bool(words[j] & {"on", "to"}) and bool(words[j + 1] & _RESULT_NOUNS)
    )


#: Dependencies of a word that counts or qualifies the noun after it.
_NOUN_MODIFIERS = frozenset({"det", "nummod", "amod", "det:poss", "poss"})


def _modifies_next(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], k: int, word: frozenset[str]
) -> bool:
    """Whether token ``k`` is an article, a count or an adjective of the phrase's next word
    (since 0.64.0): "fired *several* rockets", "fired *two* mortar rounds", "a signé *un
    nouvel* accord" are the phrase "fire rocket", "signer un accord" with the object's own
    modifiers, which the parse ties to the object a few words on."""
    token = tokens[k]
    if token.pos not in _MODIFIER_POS or token.dep not in _NOUN_MODIFIERS:
        return False
    head = token.head
    return k < head <= k + _MAX_GAP and bool(word & keys[head])


def _next_content(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], entry: LexiconEntry, i: int
) -> int:
    k = i + 1
    while k < len(tokens) and not (entry.words[1] & keys[k]):
        k += 1
    return min(k, len(tokens) - 1)


# ---------------------------------------------------------------------------- loading


class _TriggerModel(StrictModel):
    type: str  # an event type of the codebook: checked by the loader
    mode: str | None = None
    contexts: list[str] | None = None
    score: float = Field(default=DEFAULT_SCORE, ge=0, le=1)
    fr: list[Text] | None = None
    en: list[Text] | None = None


class _PhrasesModel(StrictModel):
    fr: list[Text] | None = None
    en: list[Text] | None = None


class LexiconModel(StrictModel):
    """The structure of the lexicon file."""

    triggers: list[_TriggerModel]
    instruments: dict[str, _PhrasesModel | None] | None = None


def parse_lexicon(
    data: Any,
    codebook: Codebook | None = None,
    file: str = LEXICON_FILE,
    lines: Lines | None = None,
) -> Lexicon:
    """Check and index a parsed lexicon; with a codebook, types/modes/contexts must exist in it.

    The structure is checked by :class:`LexiconModel`; ``lines`` (from
    :func:`sahel_events.yamlcheck.parse_yaml`) adds the line of each problem.
    """
    report = Report()

    def error(path: str, message: str, line: int | None = None) -> None:
        if line is None and lines is not None:
            line = lines.line_of(path)
        report.add("lexicon.invalid", message, Location(file=file, line=line, path=path))

    model, problems = structure_problems(LexiconModel, data, lines)
    for problem in problems:
        error(problem.path, problem.message, problem.line)
    if model is None:
        raise LexiconError(f"the trigger lexicon {file} is invalid", report)
    entries: list[LexiconEntry] = []
    owner: dict[tuple[str, str], str] = {}
    contexts_known = (
        set(codebook.event_attributes[EventAttribute.CONTEXTS].values)
        if codebook and EventAttribute.CONTEXTS in codebook.event_attributes
        else None
    )
    for i, item in enumerate(data["triggers"]):
        path = f"triggers[{i}]"
        etype, mode = item.get("type"), item.get("mode")
        contexts = tuple(item.get(EventAttribute.CONTEXTS) or ())
        if codebook is not None:
            if etype not in codebook.event_types:
                error(f"{path}.type", f"{etype!r} is not an event type of the codebook")
                continue
            if mode is not None and mode not in codebook.event_types[etype].modes:
                error(f"{path}.mode", f"{mode!r} is not a mode of {etype}")
            for c in contexts:
                if contexts_known is not None and c not in contexts_known:
                    error(f"{path}.contexts", f"{c!r} is not a context of the codebook")
        score = float(item.get("score", DEFAULT_SCORE))
        for language in ("fr", "en"):
            for phrase in item.get(language) or ():
                key = (language, " ".join(fold(str(phrase)).split()))
                label = f"{etype}/{mode}"
                if key in owner and owner[key] != label:
                    error(f"{path}.{language}", f"{phrase!r} is also listed under {owner[key]}")
                owner[key] = label
                entries.append(
                    LexiconEntry(
                        str(phrase),
                        language,
                        str(etype),
                        mode,
                        contexts,
                        score,
                        _phrase_words(str(phrase), language),
                    )
                )
    instruments: list[LexiconEntry] = []
    for label, langs in (data.get("instruments") or {}).items():
        for language, phrases in (langs or {}).items():
            for phrase in phrases or ():
                instruments.append(
                    LexiconEntry(
                        str(phrase),
                        language,
                        str(label),
                        None,
                        (),
                        0.7,
                        _phrase_words(str(phrase), language),
                    )
                )
    if not report.valid:
        raise LexiconError(f"the trigger lexicon {file} is invalid", report)
    return Lexicon(entries, instruments)


def load_lexicon(codebook: Codebook | None = None) -> Lexicon:
    """The shipped lexicon, checked against ``codebook`` when one is given (cached)."""
    key = codebook.sha256 if codebook is not None else ""
    if key not in _LOADED:
        text = resources.files("sahel_events").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
        _LOADED[key] = parse_lexicon_text(text, codebook)
    return _LOADED[key]


def parse_lexicon_text(
    text: str, codebook: Codebook | None = None, file: str = LEXICON_FILE
) -> Lexicon:
    """Parse and check a lexicon file's text (duplicate keys refused, lines reported)."""
    report = Report()
    data, lines = parse_yaml_into(
        text, file, report, syntax_code="lexicon.invalid", duplicate_code="lexicon.invalid"
    )
    if report.issues:
        raise LexiconError(f"the trigger lexicon {file} is invalid", report)
    return parse_lexicon(data, codebook, file, lines)


_LOADED: dict[str, Lexicon] = {}


# ---------------------------------------------------------------------------- factuality

_CONDITIONAL_WORDS = gated(
    re.compile(
        r"(?<!\w)(?:aurai(?:t|ent)|serai(?:t|ent)|would\s+have|reportedly|allegedly|"
        r"purportedly|is\s+said\s+to|are\s+said\s+to)(?!\w)",
        re.IGNORECASE,
    )
)
#: "Présumé" applies to what it qualifies (codebook, certainty; since 0.27.0): the act
#: right before or after it ("les exécutions présumées", "a suspected attack"), not the
#: people of the sentence ("des jihadistes présumés ont incendié": the burning is told
#: as certain, who did it is not).
_PRESUMED = r"(?:présumée?s?|presumed|suspected)"
_PRESUMED_AFTER = re.compile(r"(?<=\s)" + _PRESUMED + r"(?!\w)", re.IGNORECASE)
_PRESUMED_BEFORE = re.compile(r"(?<!\w)" + _PRESUMED + r"(?=\s+$)", re.IGNORECASE)
#: The spaces between an act and the "présumé" right after it.
_SPACES = re.compile(r" {0,3}")
_HEDGE_WORDS = gated(
    re.compile(
        r"(?<!\w)(?:potentiellement|peut-être|possiblement|éventuellement|pourrai(?:t|ent)|"
        r"possibly|may\s+have|might\s+have|could\s+have|potentially)(?!\w)",
        re.IGNORECASE,
    )
)
_SOURCE_INTRO = gated(
    re.compile(
        r"(?<!\w)(?:selon|d['’]après|de\s+sources?|according\s+to|sources?\s+said|"
        r"a\s+revendiqué|ont\s+revendiqué|revendiquée?|claimed\s+responsibility|"
        r"(?:a|ont)(?:-t-on)?\s+(?:annoncé|indiqué|rapporté|précisé|affirmé|appris)|"
        r"a-t-on\s+appris|annonce|affirme|dans\s+un\s+communiqué|"
        r"(?:said|reported|announced|added|told)|in\s+a\s+statement)(?!\w)",
        re.IGNORECASE,
    )
)
#: Reporting verbs whose speaker may come before them: "the ministry said", "L'armée
#: burkinabè affirme", "Le gouverneur a annoncé mardi que" (not "a-t-on appris").
_SAID_AFTER = re.compile(
    r"said|reported|announced|added|told|annonce|affirme|"
    r"(?:a|ont)\s+(?:annoncé|indiqué|rapporté|précisé|affirmé)",
    re.IGNORECASE,
)
_SOURCE_KINDS = (
    ("perpetrator", re.compile(r"revendiqu|claimed\s+responsibility", re.IGNORECASE)),
    (
        "media-report",
        re.compile(
            # Since 0.59.0 not the reporters a speaker talks to ("told reporters"), nor a
            # ministry's press service ("Director of Defence Media Operations").
            r"médiatiques?|médias?|presse|journal|(?<!defence\s)(?<!defense\s)media|press|"
            r"report(?!ers\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "anonymous-source",
        re.compile(
            r"sources?\s+(?:sécuritaires?|locales?|militaires?|proches?|concordantes?|"
            r"humanitaires?|anonymes?|security|local|military)|"
            r"(?:security|local|military|diplomatic|humanitarian|medical|hospital|informed)\s+"
            r"sources?|"
            r"un\s+responsable|une\s+source|an?\s+official\s+who|habitants?|témoins?|residents?|"
            r"witness|"
            # Since 0.58.0 an unnamed local councillor (corpus second reading, fr21): "selon
            # un élu local", "a déclaré un élu de la commune".
            r"un\s+élu",
            re.IGNORECASE,
        ),
    ),
    (
        "official",
        re.compile(
            r"l['’]armée|état-major|gouvernement|autorités|ministère|ministre|communiqué|porte-parole|"
            r"gouverneur|préfet|maire|présidence|armées|"
            r"army|military|government|authorities|ministry|minister|statement|spokes|"
            # Since 0.28.0.
            r"officials?\b|governor|prefect|mayor|general\s+staff|junta|police|gendarmerie|"
            # Since 0.59.0 a force's own bulletin ("In its weekly bulletin", "The bulletin
            # also reported") and a general officer speaking ("Major General Edward Buba").
            r"\bbulletin|(?:major|brigadier|lieutenant)[- ]general",
            re.IGNORECASE,
        ),
    ),
    (
        "named-source",
        re.compile(
            r"avocat|lawyer|organisation|organization|\bONG\b|\bNGO\b|dioc[eè]se|"
            r"Human\s+Rights\s+Watch|Amnesty",
            re.IGNORECASE,
        ),
    ),
)
_NEGATION = re.compile(
    r"(?<!\w)(?:ne|n['’]|pas|jamais|aucune?|not|never|no|didn['’]t)(?!\w)", re.IGNORECASE
)
#: A negation that ranks the act, not denies it (since 0.32.0): "Ce n'est pas le premier
#: enlèvement", "not the first attack", "pas la seule attaque".
_NOT_THE_FIRST = re.compile(
    r"\b(?:pas|not)\s+(?:(?:le|la|les|the|un|une|an?)\s+)?(?:premi(?:er|ère)s?|first|seule?s?|only)"
    r"\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_FUTURE = gated(
    re.compile(
        r"(?<!\w)(?:va|vont|prochainement|will|shall|is\s+to|are\s+to|plans?\s+to|"
        # Since 0.11.0 "doit se rendre", "doivent signer": what is to be done.
        r"s['’]apprête|doit|doivent)(?!\w)",
        re.IGNORECASE,
    )
)


#: An English future told in reported speech (since 0.33.0): "said on Sunday it would
#: reopen its border" ("would" alone may be a hedge: "that would be the deadliest").
_REPORTED_FUTURE = gated(
    re.compile(
        r"\b(?:said|announced|promised|pledged|vowed|added|indicated)\b[^.;]{0,50}?\b"
        r"(?:it|they|he|she)\s+would\s+(?:\w+ly\s+)?$",
        re.IGNORECASE,
    )
)
#: The French future in the past (since 0.34.0): "a indiqué qu'il reprendrait
#: l'assistance". Not "aurait", "serait", "pourrait", "devrait": a hedge.
_FUTURE_IN_PAST = gated(
    re.compile(
        r"\b(?:indiqué|annoncé|affirmé|assuré|déclaré|précisé|promis|expliqué|fait\s+savoir)\s+"
        r"(?:\w+\s+)?qu['’](?:il|elle|ils|elles|on)\s+(?:ne\s+|n['’])?"
        r"(?!(?:aur|ser|pourr|devr)(?:ait|aient)\b)[a-zà-ÿ]+r(?:ait|aient)\s+"
        r"(?:\S+\s+|\S*['’]){0,3}$",
        re.IGNORECASE,
    )
)
#: A conditional's ending ("aurait", "seraient", "pourrions"): the tagger's Cnd also
#: takes some imperfects ("le car qui les transportait", since 0.33.0). English has no
#: such form, and its tokens carry no mood.
_CONDITIONAL_FORM = re.compile(r"r(?:ais|ait|ions|iez|aient)$", re.IGNORECASE)
#: A future's ending ("se rendra", "livreront"): the tagger's Fut alone also takes some
#: presents ("Le communiqué salue").
_FUTURE_FORM = re.compile(r"[^\W\d_]r(?:a|as|ai|ez|ons|ont)$", re.IGNORECASE)


#: A claim of responsibility among the source introductions.
_CLAIM = re.compile(r"(?:(?:a|ont)\s+)?(?:revendiqu|claimed\s+responsibility)", re.IGNORECASE)
#: The words that deny a claim right before it: "n'a pas été revendiquée", "non
#: revendiquée", "jamais revendiqué", "no group has claimed responsibility", "has not
#: been claimed" (the English verb alone is no intro).
_UNCLAIMED = re.compile(
    r"(?:\b(?:pas|jamais|non|toujours\s+pas|encore)\s+(?:été\s+)?|"
    r"\b(?:no|none|nobody|not)\b[^.;,]{0,25})$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _sentence_cues(
    text: str, start: int, end: int
) -> tuple[
    re.Match[str] | None, re.Match[str] | None, tuple[tuple[re.Match[str], int, str | None], ...]
]:
    """What :func:`factuality` reads in a sentence whatever the trigger: the first
    conditional word, the first hedge, and each source introduction with the end of its
    window and the kind its words tell. Kept per sentence: every trigger of a sentence
    asks for the same."""
    intros = []
    for m in _SOURCE_INTRO.finditer(text, start, end):
        if _UNCLAIMED.search(text, max(start, m.start() - 30), m.start()) and _CLAIM.match(
            m.group()
        ):
            # "L'attaque n'a pas été revendiquée", "no group has claimed responsibility":
            # no claim, so no one speaks for the perpetrator (since 0.58.0).
            continue
        window_end = min(end, m.end() + 60)
        window = text[m.start() : window_end]
        kind = None
        sources_said = m.group().lower().startswith("source")
        if _SAID_AFTER.fullmatch(m.group()) or sources_said:
            # "the defence ministry said on Monday", "L'armée burkinabè affirme": who says
            # comes before the reporting verb, in its clause (since 0.28.0); after it only
            # when nothing before names one ("..., a indiqué l'armée"). Since 0.56.0 also
            # "A security source said", whose kind is told before "source".
            before = text[max(start, m.start() - 60) : m.end() if sources_said else m.start()]
            before = before[before.rfind(",") + 1 :] if "," in before else before
            kind = next((k for k, pattern in _SOURCE_KINDS if pattern.search(before)), None)
        if kind is None:
            kind = next((k for k, pattern in _SOURCE_KINDS if pattern.search(window)), None)
        intros.append((m, window_end, kind))
    return (
        _CONDITIONAL_WORDS.search(text, start, end),
        _HEDGE_WORDS.search(text, start, end),
        tuple(intros),
    )


#: The words of a medium, French and English, for the measures that censor one (a
#: suspension, an authorisation withdrawn: ``events.py``, ``revocations.py``).
MEDIUM = (
    r"(?:radios?|chaînes?|télévisions?|journa(?:l|ux)|médias?|magazines?|broadcasters?|"
    r"newspapers?|television|channels?)"
)


#: A promise that opens the clause it announces: "annoncé que", "assuré qu'" (AGREE since
#: 0.18.1, when what is announced is to come: idioms.py), or a plan, "prévoit de". What
#: follows is what is promised, with its own mood and time.
ANNOUNCING = re.compile(r"^(?:annon[cç]|assur)", re.IGNORECASE)
_PLANNING = re.compile(r"^prévoi", re.IGNORECASE)
#: Since 0.37.0 a promise by its own verb: "a promis que les bourses seraient versées
#: avant la fin du mois", "pledged that".
_PROMISING = re.compile(r"^(?:promi|promet|pledg)", re.IGNORECASE)


#: Verbal acts, whose object may tell a claim in the conditional.
_VERBAL = frozenset({"REJECT", "ACCUSE", "REQUEST"})


def promise(trigger: Trigger) -> bool:
    """Whether the trigger is such a promise (an AGREE the lexicon found on "annoncer
    que", "assurer que", "prévoir de" or "promettre", whatever time stands inside the
    phrase)."""
    return trigger.label == "AGREE" and bool(
        ANNOUNCING.match(trigger.text)
        or _PLANNING.match(trigger.text)
        or _PROMISING.match(trigger.text)
    )


def factuality(
    text: str,
    analysis: Analysis,
    trigger: Trigger,
    named_people: Iterable[tuple[int, int]] = (),
) -> Factuality:
    """Factuality suggested by the cues in the trigger's sentence (module docstring)."""
    s_start, s_end = analysis.sentence_of(trigger.start)
    if s_end <= s_start:
        s_start, s_end = trigger.start, trigger.end
    cues: list[Cue] = []
    certainty = polarity = source = temporal = None

    def cue(m: re.Match[str], kind: str) -> None:
        cues.append(Cue(m.start(), m.end(), m.group(), kind))

    conditional = [
        t
        for t in analysis.tokens_between(s_start, s_end)
        if t.mood == "Cnd" and t.end <= trigger.end and _CONDITIONAL_FORM.search(t.text)
    ]
    for t in conditional[:1]:
        cues.append(Cue(t.start, t.end, t.text, "conditional"))
        certainty = "probable"
    conditional_word, hedge, intros = _sentence_cues(text, s_start, s_end)
    if certainty is None:
        m = conditional_word
        if m and m.start() >= trigger.end and (promise(trigger) or trigger.label in _VERBAL):
            # "a annoncé que le réseau serait rétabli": the conditional is in what is
            # promised, not in the announcement (since 0.18.1); "a démenti les
            # accusations selon lesquelles des soldats auraient exécuté": in what is
            # denied, not in the denial (since 0.46.0).
            m = None
        if m is None:
            spaces = _SPACES.match(text, trigger.end)
            after = spaces.end() if spaces else trigger.end
            m = (
                _PRESUMED_AFTER.search(text, trigger.start, trigger.end)  # in the phrase
                or _PRESUMED_AFTER.match(text, after, s_end)
                or _PRESUMED_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start)
            )
        if m:
            cue(m, "conditional")
            certainty = "probable"
    m = hedge
    if m:
        cue(m, "hedge")
        certainty = "possible"

    # Who asserts it: every attribution of the sentence; a claim of responsibility
    # ("revendiquée par le JNIM") yields to whoever reports the event itself ("ont indiqué
    # des sources sécuritaires"). An attributed claim in the indicative stays certain
    # (codebook, certainty): only the conditional and hedges lower it.
    found: list[tuple[re.Match[str], str]] = []
    for m, window_end, told in intros:
        people = [p for p in named_people if m.end() <= p[0] < window_end]
        kind = told
        if kind is None and people:
            kind = "named-source"
        if kind is not None:
            found.append((m, kind))
    if found:
        m, source = next(((m, k) for m, k in found if k != "perpetrator"), found[0])
        cue(m, "source")
    elif certainty == "probable":
        # The press conditional without attribution relays an unidentified origin.
        source = "anonymous-source"

    before = text[max(s_start, trigger.start - 25) : trigger.start]
    neg = list(_NEGATION.finditer(before))
    if neg and _NOT_THE_FIRST.search(before):
        neg = []  # "Ce n'est pas le premier enlèvement": one of several, not denied
    if neg and any(
        n.group().lower() in ("pas", "jamais", "not", "never", "didn't", "didn’t") for n in neg
    ):
        offset = max(s_start, trigger.start - 25)
        cues.append(Cue(offset + neg[0].start(), offset + neg[0].end(), neg[0].group(), "negation"))
        polarity = "negative"

    future_tokens = [
        t
        for t in analysis.tokens_between(max(s_start, trigger.start - 30), trigger.end + 1)
        if t.tense == "Fut" and _FUTURE_FORM.search(t.text)
    ]
    m = (
        _FUTURE.search(text, max(s_start, trigger.start - 30), trigger.start)
        or _REPORTED_FUTURE.search(text, max(s_start, trigger.start - 80), trigger.start)
        or _FUTURE_IN_PAST.search(text, max(s_start, trigger.start - 80), trigger.start)
    )
    if future_tokens:
        cues.append(
            Cue(future_tokens[0].start, future_tokens[0].end, future_tokens[0].text, "future")
        )
        temporal = "future"
    elif m:
        cue(m, "future")
        temporal = "future"
    return Factuality(
        certainty, polarity, source, temporal, tuple(sorted(cues, key=lambda c: c.start))
    )


# ---------------------------------------------------------------------------- coverage


@dataclass(frozen=True)
class Coverage:
    """How many of the codebook's example sentences the lexicon finds a right trigger in."""

    found: int
    total: int
    missed: tuple[str, ...]  # "ASSAULT/drone fr: <sentence>"

    @property
    def rate(self) -> float:
        """Share of examples covered."""
        return self.found / self.total if self.total else 1.0


def coverage(lexicon: Lexicon, codebook: Codebook, analyses: dict[str, Analysis]) -> Coverage:
    """Check the lexicon against the codebook's examples (``analyses``: sentence -> analysis).

    An example counts as found when a trigger of its event type is matched in it.
    """
    found = total = 0
    missed = []
    for etype in codebook.event_types.values():
        samples = [(None, etype.examples)] + [(m.id, m.examples) for m in etype.modes.values()]
        for mode, examples in samples:
            for language, sentence in (("fr", examples.fr), ("en", examples.en)):
                total += 1
                triggers = lexicon.find_triggers(analyses[sentence], language)
                if any(t.label == etype.id for t in triggers):
                    found += 1
                else:
                    missed.append(f"{etype.id}/{mode or '-'} {language}: {sentence}")
    return Coverage(found, total, tuple(missed))
