"""Whole-text scans skipped when a text holds none of the words every match needs.

Each gate must let through every text its pattern matches in: checked on each alternative
of the pattern (phrases written here), on the development corpus and on the benchmark's
articles, where the gated scan must give exactly the matches of the full one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sahel_events.preannotate import nominals

ROOT = Path(__file__).resolve().parents[1]

#: One phrase for each alternative of nominals._EN_SUBJECT.
EN_SUBJECT_PHRASES = [
    "The report said. Gunmen stormed the market.",
    "Late on Friday, the heavily armed militants withdrew.",
    "He said that armed men took the herd.",
    "On Monday, the defence ministers met in Accra.",
    "The town was calm, residents said.",
    "On Sunday, around 200 people marched to the square.",
    "In Niamey, several hundred people protested against the plan.",
    "In Bamako, hundreds of university students blocked the road.",
    "The attack was blamed on the army.",
    "Two days later, Niger's military authorities ordered him to leave.",
    "The strike was claimed by the group.",
    "Such raids are often attributed to jihadist groups.",
]


@pytest.mark.parametrize("phrase", EN_SUBJECT_PHRASES)
def test_each_english_subject_alternative_passes_the_gate(phrase: str) -> None:
    full = [m.span() for m in nominals._EN_SUBJECT.finditer(phrase)]
    assert full, f"the phrase should exercise the pattern: {phrase!r}"
    assert [m.span() for m in nominals.english_subjects(phrase)] == full
    for span in full:
        assert nominals._EN_SUBJECT_WORDS.search(phrase[span[0] : span[1]].lower())


def _texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_preannotate

    dev = sorted((ROOT / "corpus" / "dev").glob("*.txt"))
    assert len(dev) > 40
    return [p.read_text(encoding="utf-8") for p in dev] + [
        str(bench_preannotate.article(i)["text"]) for i in range(20)
    ]


def test_the_gated_scan_finds_what_the_full_scan_finds_in_real_sized_texts() -> None:
    matched = 0
    for text in _texts():
        full = list(nominals._EN_SUBJECT.finditer(text))
        assert [m.span() for m in nominals.english_subjects(text)] == [m.span() for m in full]
        for m in full:
            assert nominals._EN_SUBJECT_WORDS.search(m.group().lower()), m.group()
        matched += len(full)
    assert matched > 5  # the English articles of the corpus have such subjects


def test_a_french_article_without_the_words_is_not_scanned() -> None:
    text = "Niamey, 3 mars 2026 - Des hommes armés ont attaqué un poste de gendarmerie."
    assert nominals._EN_SUBJECT_WORDS.search(text.lower()) is None
    assert list(nominals.english_subjects(text)) == []


#: One text ending with each alternative of arguments._SOURCE.
SOURCE_ENDINGS = [
    "Selon le ",
    "Le bilan est lourd, d'après les ",
    "according to the ",
    "a appris l'AFP de ",
    "a appris auprès des ",
    "Trois civils ont été tués, a-t-on indiqué les ",
    "ont rapporté des ",
    "L'armée annonce la ",
    "Le ministre précise ",
    "AFFIRME LES ",
    "An official said the ",
    "Local media reported ",
    "The ministry announced ",
]


@pytest.mark.parametrize("before", SOURCE_ENDINGS)
def test_each_source_alternative_passes_its_gate(before: str) -> None:
    from sahel_events.preannotate import arguments

    assert arguments._SOURCE.search(before), f"the text should exercise the pattern: {before!r}"
    assert arguments._source_before(before)


def test_the_source_and_distance_gates_agree_with_their_patterns_on_real_texts() -> None:
    # Every prefix of every sentence (as link_arguments reads a sentence up to a
    # mention), every word start (as _location reads the 60 characters before a place).
    from sahel_events.preannotate import arguments

    sources = distances = 0
    for text in _texts():
        starts = [i for i in range(1, len(text)) if text[i].isalnum() and not text[i - 1].isalnum()]
        for start in starts:
            sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
            before = text[sentence_start:start]
            expected = arguments._SOURCE.search(before) is not None
            assert arguments._source_before(before) == expected, before
            sources += expected
            measured = arguments._DISTANCE_FROM.search(text, max(0, start - 60), start)
            assert arguments._measured_from(text, start) == (measured is not None), text[:start]
            distances += measured is not None
    assert sources > 50 and distances > 3


def test_a_distance_gate_reads_units_in_any_case() -> None:
    from sahel_events.preannotate import arguments

    text = "le village de Kassan, à 30 KM de Djibo"
    assert arguments._measured_from(text, text.index("Djibo"))
    text = "a camp about forty Miles from Menaka"
    assert arguments._measured_from(text, text.index("Menaka"))


def test_the_circumstance_gate_agrees_with_its_pattern_on_real_texts() -> None:
    # Acts at every fifth word, a place at every word after them: the gated test must
    # say what trying the pattern after every act says.
    from types import SimpleNamespace

    from sahel_events.preannotate import eventplace

    found = 0
    texts = [*_texts(), "Six bûcherons enlevés alors qu'ils coupaient du bois près de Déou."]
    for text in texts:
        starts = [i for i in range(1, len(text)) if text[i].isalnum() and not text[i - 1].isalnum()]
        acts = [SimpleNamespace(start=s, end=s + 1) for s in starts[::5]]
        trig = SimpleNamespace(start=len(text), end=len(text))
        for start in starts:
            place = SimpleNamespace(start=start, end=start + 1)
            expected = any(
                t.end <= start and eventplace._CIRCUMSTANCE.fullmatch(text, t.end, start)
                for t in acts
            )
            got = eventplace.in_circumstance(text, place, trig, [*acts, trig])  # type: ignore[arg-type]
            assert got == expected, text[:start]
            found += expected
    assert found > 0


def test_the_date_rules_scanned_near_their_words_find_what_every_window_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # dates._RULE_WORDS narrows where a rule is scanned to the neighbourhood of a word
    # every match of it holds; with the table emptied each rule reads every window, as
    # before 0.57.0. Both must find the same expressions (with their values).
    import datetime as dt

    from sahel_events.preannotate import dates

    texts = [
        *_texts(),
        "Dans la nuit du mercredi 18 au jeudi 19 septembre 2025, à la mi-juillet, fin août, "
        "le 1er mars, entre le 30 décembre 2024 et le 2 janvier 2025, du 8 au 11 juillet, "
        "overnight on Monday into Tuesday, in mid-week, early March 2026, en début de semaine "
        "dernière, le 12 courant, à la fin du mois, samedi soir, depuis 2023, June 3-5, 2025.",
    ]
    dateline = dt.date(2025, 9, 20)
    narrowed = [dates.find_dates(text, dateline) for text in texts]
    monkeypatch.setattr(dates, "_RULE_WORDS", {})
    everywhere = [dates.find_dates(text, dateline) for text in texts]
    assert narrowed == everywhere
    assert sum(len(found) for found in narrowed) > 100


#: Phrases for each alternative of the English one-person casualty patterns and of the
#: English clash pattern, with the pattern and the words it is gated by.
def _word_gates() -> list[tuple[str, object, tuple[str, ...]]]:
    from sahel_events.preannotate import casualties, clashsides

    person = casualties._EN_ONE_PERSON_WORDS
    clash = clashsides._EN_CLASH_WORDS
    return [
        ("Gunmen killed a local aid worker.", casualties._ONE_PERSON_EN, person),
        ("They were shooting dead a security guard.", casualties._ONE_PERSON_EN, person),
        ("Police arrested a young trader.", casualties._ONE_PERSON_EN, person),
        ("Militants seized a nurse.", casualties._ONE_PERSON_EN, person),
        ("A nurse was shot dead.", casualties._ONE_PERSON_EN_PASSIVE, person),
        ("An aid worker has been kidnapped.", casualties._ONE_PERSON_EN_PASSIVE, person),
        ("The driver was killed.", casualties._EN_ONE_PERSON_PASSIVE, person),
        ("His driver had been wounded.", casualties._EN_ONE_PERSON_PASSIVE, person),
        ("They killed the village chief.", casualties._EN_ONE_PERSON_OBJECT, person),
        ("Wounding the driver of the bus.", casualties._EN_ONE_PERSON_OBJECT, person),
        ("Clashes between soldiers and jihadists.", clashsides._EN_CLASH, clash),
        ("Fighting pitted rebels against the army.", clashsides._EN_CLASH, clash),
        ("Skirmishes between herders and farmers.", clashsides._EN_CLASH, clash),
        ("The army clashed with JNIM fighters.", clashsides._EN_CLASH, clash),
    ]


@pytest.mark.parametrize("case", range(14))
def test_each_gated_english_alternative_holds_a_gate_word(case: int) -> None:
    phrase, pattern, words = _word_gates()[case]
    found = list(pattern.finditer(phrase))  # type: ignore[attr-defined]
    assert found, f"the phrase should exercise the pattern: {phrase!r}"
    assert all(any(w in m.group().lower() for w in words) for m in found)


def test_every_gated_match_of_the_dev_texts_holds_a_gate_word() -> None:
    patterns = {id(p): (p, words) for _, p, words in _word_gates()}.values()
    matched = 0
    for text in _texts():
        for pattern, words in patterns:
            for m in pattern.finditer(text):  # type: ignore[attr-defined]
                assert any(w in m.group().lower() for w in words), m.group()
                matched += 1
    assert matched > 0


def test_french_articles_skip_the_english_scans_and_keep_their_counts() -> None:
    from sahel_events.preannotate import casualties, clashsides

    text = "Niamey, 3 mars 2026 - Le maire de la commune a été assassiné et deux civils tués."
    assert not any(w in text.lower() for w in casualties._EN_ONE_PERSON_WORDS)
    assert not any(w in text.lower() for w in clashsides._EN_CLASH_WORDS)
    assert [(c.text, c.count) for c in casualties.find_casualties(text)] == [
        ("Le maire de la commune", "1"),
        ("deux civils tués", "2"),
    ]


def _alternation(words: list[str]) -> re.Pattern[str]:
    """The registry's pattern as it was before 0.57.0: every name, longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def test_the_tree_of_names_finds_what_the_alternation_of_names_finds() -> None:
    from sahel_events.preannotate import registry

    names = ["forces armees", "forces armees maliennes", "forces armees mali", "fama", "fa"]
    pattern = registry._pattern(names)
    assert pattern is not None
    text = (
        "les forces armees maliennes, les forces  armees malien, les forces armees mali; "
        "fama famas fa fa- forces\narmees"
    )
    expected = [m.group() for m in _alternation(names).finditer(text)]
    assert [m.group() for m in pattern.finditer(text)] == expected
    assert expected == [
        "forces armees maliennes",
        "forces  armees",  # "malien" is no name: the shorter one, as before
        "forces armees mali",
        "fama",
        "fa",
        "fa",
        "forces\narmees",
    ]


def test_the_registry_finds_the_same_names_as_before_in_real_texts() -> None:
    from sahel_events.codebook import load_project_codebook
    from sahel_events.folding import fold
    from sahel_events.preannotate import registry

    loaded = registry.load_registry(load_project_codebook(ROOT))
    aliases, acronyms = _alternation(list(loaded._by_alias)), _alternation(list(loaded._by_acronym))
    found = 0
    for text in _texts():
        folded = fold(text)
        new = [m.span() for m in loaded._alias_re.finditer(folded)]  # type: ignore[union-attr]
        assert new == [m.span() for m in aliases.finditer(folded)]
        new_acronyms = [m.span() for m in loaded._acronym_re.finditer(text)]  # type: ignore[union-attr]
        assert new_acronyms == [m.span() for m in acronyms.finditer(text)]
        found += len(new) + len(new_acronyms)
    assert found > 100


@pytest.mark.parametrize(
    "before",
    [
        "Les ministres se sont réunis pour faire le point sur la ",
        "afin d'examiner les ",
        "pour discuter du ",
        "pour débattre de la ",
        "pour ÉVOQUER la ",
        "pour évaluer la ",
        "pour étudier les ",
        "met to review the ",
        "in order to discuss their ",
        "to examine the ",
        "to assess the ",
        "to debate its ",
    ],
)
def test_each_agenda_alternative_passes_its_gate(before: str) -> None:
    from sahel_events.preannotate import untold

    assert untold._AGENDA.search(before), f"the text should exercise the pattern: {before!r}"
    assert untold._agenda(before)


def test_the_agenda_gate_agrees_with_its_pattern_on_real_texts() -> None:
    from sahel_events.preannotate import untold

    for text in _texts():
        for start in range(1, len(text)):
            if text[start].isalnum() and not text[start - 1].isalnum():
                before = text[max(0, start - 60) : start]
                assert untold._agenda(before) == bool(untold._AGENDA.search(before)), before


@pytest.mark.parametrize(
    "phrase",
    [
        "à la fin du même mois",
        "au début du mois même",
        "à la mi du même mois",
        "dans le MÊME mois",
        "at the end of that month",
        "at the beginning of the same month",
        "later that month",
        "in the same month",
    ],
)
def test_each_same_month_alternative_holds_a_gate_word(phrase: str) -> None:
    import datetime as dt

    from sahel_events.preannotate import dates

    found = list(dates._SAME_MONTH.finditer(phrase))
    assert found, f"the phrase should exercise the pattern: {phrase!r}"
    words = dates._SAME_MONTH_WORDS
    assert all(any(w in m.group().lower() for w in words) for m in found)
    text = f"Le 3 mars 2025, un camp a été attaqué; {phrase}, un autre."
    at = text.index(phrase)
    [told] = [d for d in dates.find_dates(text, dt.date(2025, 4, 1)) if d.start >= at]
    assert told.interval.start.month == 3


def test_every_same_month_phrase_of_the_dev_texts_holds_a_gate_word() -> None:
    from sahel_events.preannotate import dates

    for text in _texts():
        for m in dates._SAME_MONTH.finditer(text):
            assert any(w in m.group().lower() for w in dates._SAME_MONTH_WORDS), m.group()


@pytest.mark.parametrize(
    "before",
    [
        "Cette embuscade survient moins d'une semaine après l'",
        "deux jours avant la ",
        "THREE WEEKS AFTER THE ",
        "The operation came two weeks after militants killed ",
        "quelques heures après que des assaillants ont ",
        "Six months before an ",
    ],
)
def test_each_counted_interval_passes_its_gate(before: str) -> None:
    from sahel_events.preannotate import events

    matched = [p for p in (events._COUNTED_AFTER, events._COUNTED_AFTER_CLAUSE) if p.search(before)]
    assert matched, f"the text should exercise a pattern: {before!r}"
    for pattern in matched:
        assert events._counted_before(pattern, before, 0, len(before))


def test_the_interval_gate_agrees_with_its_patterns_on_real_texts() -> None:
    from sahel_events.preannotate import events

    found = 0
    for text in _texts():
        for start in range(1, len(text)):
            if text[start].isalnum() and not text[start - 1].isalnum():
                for pattern, reach in (
                    (events._COUNTED_AFTER_CLAUSE, 50),
                    (events._COUNTED_AFTER, 40),
                ):
                    lo = max(0, start - reach)
                    expected = pattern.search(text, lo, start) is not None
                    assert events._counted_before(pattern, text, lo, start) == expected
                    found += expected
    assert found > 0
