"""Speed since 0.68.0: gated patterns and date windows find what the direct reading finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import pytest

import sahel_events.preannotate as package
from sahel_events.preannotate import wordgate
from sahel_events.preannotate.wordgate import Gated, gated, required_words

#: Sentences of our own, in both languages and in every case, with the words of many
#: of the package's gated patterns (reports, meetings, periods, tolls, pursuits).
_TEXTS = [
    "Selon une source sécuritaire, des hommes armés affiliés à l'État islamique ont attaqué "
    "lundi le village de Tin-Akoff, après la réunion du comité local, tuant trois civils.",
    "Le gouvernement a indiqué dans un communiqué publié mardi que les assaillants, en fuite "
    "vers la frontière, étaient poursuivis par l'armée depuis plusieurs jours.",
    "DEPUIS LE DÉBUT DE L'ANNÉE, AU MOINS VINGT ATTAQUES ONT ÉTÉ RECENSÉES DANS LA RÉGION DE "
    "MOPTI, A AFFIRMÉ LE GOUVERNEUR, QUI A PROMIS DES RENFORTS.",
    "Trois soldats et deux gendarmes ont été blessés, et un engin explosif a été désamorcé "
    "le lendemain sur la route de Djibo, en direction de Ouagadougou.",
    "Officials said militants linked to al-Qaeda had ambushed a convoy the following day, "
    "days after a meeting in Niamey; the army said it pursued them toward the border.",
    "Earlier this week, gunmen loyal to a local commander abducted five traders, a statement "
    "issued on Friday said, while the governor blamed the attack on a splinter group.",
    "La Cour a jugé jeudi les prévenus, accusés d'avoir soutenu un groupe armé, et les "
    "ministres ont tenu une session extraordinaire pour signer l'accord.",
    "Les troupes se sont repliées vers le camp, avant d'être évacuées par hélicoptère vers "
    "l'hôpital de Gao, où elles ont été admises.",
    # The letters a lower-cased text keeps apart or doubles: such texts are searched.
    "İSTANBUL - Des hommes armés affılıés à un groupe ont attaqué, ſelon une ſource.",
    "Quatre bergers ont été enlevés mardı soir après la réunıon, a ındıqué le maire.",
]


def _gated_patterns() -> list[tuple[str, Gated]]:
    """Every gated pattern of the package's modules, by name."""
    out = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Gated) and vars(module).get(name) is value:
                out.append((f"{info.name}.{name}", value))
    return out


def _variants(text: str) -> list[str]:
    return [text, text.lower(), text.upper(), text.swapcase()]


def test_the_package_gates_patterns_and_every_gate_holds_words() -> None:
    patterns = _gated_patterns()
    assert len(patterns) > 50
    # A gated pattern without words is searched every time: the wrapper would cost
    # without saving.
    assert [name for name, p in patterns if p.words is None] == []


@pytest.mark.parametrize(("name", "pattern"), _gated_patterns())
def test_a_gated_pattern_finds_what_the_pattern_finds(name: str, pattern: Gated) -> None:
    compiled = pattern.compiled
    words = sorted(pattern.words or ())
    for base in _TEXTS:
        # The texts as they are, then with each word of the gate in them: the search
        # then runs, and must find what the bare pattern finds.
        for text in [*_variants(base), *(f"{base} {w} {base[:60]}" for w in words)]:
            for pos, endpos in [(0, len(text)), (10, len(text) - 5), (30, 90), (-3, 40)]:
                assert _same(
                    pattern.search(text, pos, endpos), compiled.search(text, pos, endpos)
                ), (name, text, pos, endpos)
                assert [m.span() for m in pattern.finditer(text, pos, endpos)] == [
                    m.span() for m in compiled.finditer(text, pos, endpos)
                ], (name, text, pos, endpos)
            assert _same(pattern.search(text), compiled.search(text))
            assert _same(pattern.match(text, 5), compiled.match(text, 5))
            assert _same(pattern.fullmatch(text), compiled.fullmatch(text))


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def test_the_words_are_those_every_match_holds() -> None:
    blind = re.IGNORECASE
    assert required_words(re.compile(r"\b(?:depuis|since)\s+\w+", blind)) == {"depuis", "since"}
    # The most telling of a sequence's parts: the longest shortest word.
    assert required_words(re.compile(r"(?:la|le)\s+réunion\s+(?:de|du)", blind)) == {"réunion"}
    # Written in capitals, looked for in lower case.
    assert required_words(re.compile(r"Selon\s+", blind)) == {"selon"}
    assert required_words(re.compile(r"Selon\s+")) == {"Selon"}
    # A repetition of at least one holds its words; an optional part holds none.
    assert required_words(re.compile(r"(?:tués?\s+)+", blind)) == {"tué"}
    assert required_words(re.compile(r"(?:tués?\s+)?", blind)) is None
    # An alternative without a word, a lookaround's words (not consumed), a scoped flag.
    assert required_words(re.compile(r"(?:depuis|\d+)\s+", blind)) is None
    assert required_words(re.compile(r"(?<=depuis\s)\w+", blind)) is None
    assert required_words(re.compile(r"(?i:Depuis)")) is None
    # A case-sensitive part of a case-blind pattern: its words in lower case too.
    assert required_words(re.compile(r"said|(?-i:Says)", blind)) == {"said", "says"}
    # A letter IGNORECASE equates with a letter lower() keeps apart is in no word.
    assert required_words(re.compile(r"ſoldat", blind)) == {"oldat"}
    assert required_words(re.compile(r"ſo", blind)) is None


def test_a_text_without_the_words_is_not_searched() -> None:
    pattern = gated(re.compile(r"(?<!\w)(?:réunion|meeting)s?\b", re.IGNORECASE))
    assert pattern.search("Une Réunion a eu lieu.") is not None
    assert pattern.search("Une attaque a eu lieu.") is None
    assert pattern.search("Une Réunion a eu lieu.", 5) is None  # "éunion": not the word
    assert list(pattern.finditer("MEETINGS, réunions")) != []


def test_the_letters_of_case_blind_words_lower_case_as_ignorecase_equates_them() -> None:
    # Every character IGNORECASE equates with a letter of a word must lower-case to that
    # letter, but for the three texts are searched unread for (dotless i, long s, dotted
    # capital I): else a word in lower case could miss a match.
    apart = {"\u0131", "\u017f", "\u0130"}
    letters = sorted(wordgate._PLAIN)
    anyone = re.compile("[" + "".join(re.escape(c) for c in letters) + "]", re.IGNORECASE)
    probes = [re.compile(re.escape(c), re.IGNORECASE) for c in letters]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char in apart or not anyone.fullmatch(char):
            continue
        for letter, probe in zip(letters, probes, strict=True):
            if probe.fullmatch(char):
                assert char.lower() == letter, (hex(code), letter)


@pytest.mark.parametrize("text", _TEXTS)
def test_date_windows_from_digit_runs_are_those_from_each_digit(text: str) -> None:
    # Since 0.68.0 a run of digits anchors the date rules' windows once: the windows are
    # those each digit made, merged.
    from sahel_events.preannotate import dates

    text = f"{text} Le 12 mars 2026, 1 500 déplacés; 3ans, 2024-2025."
    by_digit = re.compile(dates._ANCHOR.pattern.replace(r"\d+|", r"\d|", 1), re.IGNORECASE)
    for start, end in [(0, len(text)), (15, len(text) - 10), (40, 120)]:
        direct = dates._around(by_digit.finditer(text, start, end), dates._REACH, start, end)
        assert dates._windows(text, start, end) == direct


#: Sentences of our own where the words of the casualty and date rules stand inside
#: other words ("situé", "restitué", "debout", "surlendemain") and at the very start.
_WORD_START_TEXTS = [
    "Tués lors de l'embuscade, situé près du pont, ils ont restitué les armes entre lundi "
    "et mardi, du 3 au 5 mai, le 1er juin, on the 2nd of May, overnight on Friday.",
    "Blessés: quatre. Deux bergers ont été blessés et trois enlevés, killing two and "
    "wounding five; the toll rose, claimed 12 lives, from 4 to 6 June; debout au "
    "surlendemain, pertes lourdes, abducted or detained, le 14 au matin.",
    "L'armée a perdu sept soldats; a-t-elle libéré les otages? unkilled, rewounded, "
    "au-delà du 20 mai, en début de mois, x-le 3 juin, entre-deux.",
]


def _sensitive_patterns() -> list[re.Pattern[str]]:
    """The case-sensitive forms of the casualty and date rules' scanned patterns."""
    from sahel_events.preannotate import casescan, casualties, dates

    patterns = [p for _, p in casualties._PATTERNS] + [p for _, p, _, _ in dates._RULES]
    return [s for p in patterns if (s := casescan.case_sensitive(p)) is not None]


def test_patterns_scanned_past_their_lookbehind_find_what_finditer_finds() -> None:
    # Since 0.68.0 a pattern opening with a word-start lookbehind is searched without it
    # and the lookbehind checked by hand: the same spans, in order, in every window.
    from sahel_events.preannotate import casescan

    patterns = _sensitive_patterns()
    fast = [p for p in patterns if casescan._after_lookbehind(p) is not None]
    assert len(fast) >= 10  # the rules of outcome verbs, tolls and day ranges
    for base in _WORD_START_TEXTS + _TEXTS:
        lower = base.lower()
        for pattern in patterns:
            for start, end in [(0, len(lower)), (1, len(lower)), (3, 60), (20, len(lower) - 7)]:
                assert [m.span() for m in casescan._finditer(pattern, lower, start, end)] == [
                    m.span() for m in pattern.finditer(lower, start, end)
                ], (pattern.pattern[:40], base[:30], start, end)


def test_only_a_lookbehind_before_the_whole_pattern_is_read_by_hand() -> None:
    from sahel_events.preannotate import casescan

    # "(?<!\w)tué|blessé" is "(?<!\w)tué" or "blessé": the lookbehind is not the whole's.
    assert casescan._after_lookbehind(re.compile(r"(?<!\w)tué|blessé")) is None
    pattern = re.compile(r"(?<!\w)(?:tué|blessé)s?")
    assert casescan._after_lookbehind(pattern) is not None
    text = "situé, tués, blessé, rétablessé"
    assert [m.span() for m in casescan._finditer(pattern, text, 0, len(text))] == [
        (7, 11),
        (13, 19),
    ]
    # Read before the window's start, as the engine's lookbehind is: "tué" in "situé".
    assert next(iter(casescan._finditer(pattern, text, 2, len(text)))).span() == (7, 11)
    # A rest that may start with many letters is scanned as the pattern is.
    assert casescan._after_lookbehind(re.compile(r"(?<!\w)(?:a|b|c|d|e|f|g)x")) is None
    assert casescan._after_lookbehind(re.compile(r"(?<!\w)(?:au\s+moins\s+)?\d+")) is None


def test_the_forms_remembered_by_identity_are_those_computed_directly() -> None:
    # Since 0.68.0 scan_spans remembers a pattern's case-sensitive form and its form
    # without the lookbehind by the pattern's identity (hashing a compiled pattern hashes
    # its whole code): the same as asking case_sensitive and _after_lookbehind.
    from sahel_events.preannotate import casescan, casualties, dates

    patterns = [p for _, p in casualties._PATTERNS] + [p for _, p, _, _ in dates._RULES]
    for pattern in patterns:
        assert casescan._sensitive_form(pattern) is casescan.case_sensitive(pattern)
        sensitive = casescan.case_sensitive(pattern)
        if sensitive is not None:
            assert casescan._fast_form(sensitive) == casescan._after_lookbehind(sensitive)
    # A pattern compiled anew (another object, maybe at a freed one's address) is read
    # afresh, not taken for the one remembered.
    fresh = re.compile(r"(?<!\w)(?:tué|blessé)s?", re.IGNORECASE)
    assert casescan._sensitive_form(fresh) is casescan.case_sensitive(fresh)
    text = "Situé là, trois Tués et deux BLESSÉS."
    lower = casescan.lowered(text)
    assert [m.span() for m in casescan.scan(fresh, text, lower, 0, len(text))] == [
        m.span() for m in fresh.finditer(text)
    ]


def test_without_the_re_modules_parser_nothing_is_gated_and_matches_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A later Python could drop or rename the private re._parser the gates read; that
    # fault cannot be caused here otherwise, hence the patch. Patterns must then be
    # searched as they are: no gate, the same matches.
    monkeypatch.setattr(wordgate, "_parser", None)
    pattern = re.compile(r"(?:depuis|pendant)\s+\d+\s+jours", re.IGNORECASE)
    gate = Gated(pattern)
    assert gate.words is None
    text = "Le marché est fermé depuis 12 jours, et la route pendant 3 jours."
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert gate.search("rien ici") is None
