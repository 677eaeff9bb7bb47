"""Pre-annotation 0.60.0: one pattern for a word of release (``casualties.RELEASE_WORD``).

Three modules spelt the release words each their own way: arguments.py missed "set free"
("freed" only), casualties.py took "délibéré" for a release (no word start), events.py
kept "releasing" out of its exception. One pattern now serves all three. Each sentence is
written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import RELEASE_WORD
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_059 import _tolls


def test_part_of_the_kidnapped_set_free_later_is_not_the_abductions(
    annotator: Preannotator,
) -> None:
    # 0.59.1 read "set free" as no word of release: the abduction took the four beside
    # its 25.
    tolls = _tolls(
        annotator,
        "Gunmen kidnapped 25 traders on the road to Gao on Sunday, residents said. Four of "
        "the kidnapped were later set free.",
    )
    assert tolls["kidnapped"] == [("abducted", "25")]


def test_release_words_start_a_word() -> None:
    for sentence in (
        "Ils ont été libérés mardi.",
        "Les otages ont été relâchés.",
        "Trois détenus remis en liberté.",
        "The hostages were set free.",
        "The group released two nurses.",
        "Troops freeing the captives.",
    ):
        assert RELEASE_WORD.search(sentence), sentence
    for sentence in (
        "Le conseil a délibéré mardi.",
        "Une zone de libre-échange.",
        "A carefree afternoon.",
    ):
        assert not RELEASE_WORD.search(sentence), sentence
