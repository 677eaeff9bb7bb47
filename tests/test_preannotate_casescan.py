"""The case-blind recognisers scanned on the lower-cased text find what they find case-blind."""

from __future__ import annotations

import re

import pytest

from sahel_events.preannotate import casescan, casualties

#: Counts written in every case, with the words the patterns' alternations hold
#: (weekdays, acronyms in brackets, qualifiers, pairs, English "a").
_TEXTS = [
    "MÉNAKA, LE 4 MARS 2026 - Au Moins Douze Soldats Ont Été Tués Lundi. Trois Volontaires "
    "Pour La Défense De La Patrie (VDP) ont perdu la vie, et Une Dizaine De Civils Enlevés. "
    "Les assaillants ont tué Sur Le Coup QUATRE GENDARMES, blessant le Chauffeur et son "
    "Apprenti. Sept Autres VDP, Grièvement Blessés, ont été évacués.",
    "On Monday Night Gunmen Killed AT LEAST 30 CIVILIANS and Abducted A Local Aid Worker; "
    "The Driver And His Assistant Were Wounded. Police Arrested Several Suspects On Sunday.",
    # İ lower-cases to two characters and ſ folds to s: these are scanned case-blind.
    "İSTANBUL - Trois ſoldats ont été tués, deux civils blessés.",
    "Quatre bergers ont été enlevés mardı soir, trois autres blessés.",
]


def _patterns() -> list[re.Pattern[str]]:
    return [
        *(p for _, p in casualties._PATTERNS),
        *(p for _, p in casualties._PAIR_PATTERNS),
        casualties._ONE_PERSON_EN,
    ]


def test_every_casualty_pattern_is_scanned_on_the_lower_cased_text() -> None:
    # An upper-case letter or an inline flag in a pattern would send it back to the slow
    # case-blind scan: the speed this module gives would be lost without a word.
    assert all(casescan.case_sensitive(p) is not None for p in _patterns())


@pytest.mark.parametrize("text", _TEXTS)
def test_casualty_patterns_find_on_the_lower_cased_text_what_they_find_case_blind(
    text: str,
) -> None:
    lower = casescan.lowered(text)
    found = 0
    for pattern in _patterns():
        fast = casescan.scan(pattern, text, lower, 0, len(text))
        blind = list(pattern.finditer(text))
        assert [(m.span(), m.groupdict()) for m in fast] == [
            (m.span(), m.groupdict()) for m in blind
        ]
        found += len(blind)
    assert found  # the text holds counts: the comparison compared something


def test_counts_in_capitals_are_those_in_lower_case() -> None:
    shouting = "AU MOINS DOUZE SOLDATS ONT ÉTÉ TUÉS, BLESSANT LE CHAUFFEUR ET SON APPRENTI."
    quiet = shouting.lower()
    as_shouted = [(c.start, c.end, c.kind, c.count) for c in casualties.find_casualties(shouting)]
    as_said = [(c.start, c.end, c.kind, c.count) for c in casualties.find_casualties(quiet)]
    assert as_shouted == as_said == [(0, 22, "killed", "12"), (46, 74, "injured", "2")]


def test_texts_lower_case_cannot_keep_apart_are_not_lowered() -> None:
    assert casescan.lowered("Tués à Gao") == "tués à gao"
    assert casescan.lowered("İSTANBUL") is None  # two characters once lower-cased
    assert casescan.lowered("ſoldats") is None  # a long s, which IGNORECASE folds to s
    assert casescan.lowered("mardı") is None  # a dotless i


def test_only_patterns_of_lower_case_letters_without_inline_flags_get_a_fast_path() -> None:
    blind = re.IGNORECASE
    assert casescan.case_sensitive(re.compile(r"(?P<Kind>tués)\s+\S+", blind)) is not None
    assert casescan.case_sensitive(re.compile(r"(?P<c>,)?tués(?(c),)", blind)) is not None
    assert casescan.case_sensitive(re.compile("Lundi", blind)) is None
    assert casescan.case_sensitive(re.compile("(?-i:lundi)", blind)) is None
    assert casescan.case_sensitive(re.compile("lundi")) is None  # case-sensitive already
