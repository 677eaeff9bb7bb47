"""The tokenizer's chunk cache, filled before the parse: the same tokens and annotations."""

from __future__ import annotations

from typing import Any

from spacy.tokenizer import Tokenizer

from sahel_events.preannotate import ner
from sahel_events.preannotate.ner import analyse, load_model
from sahel_events.preannotate.tokcache import ChunkCache

# Special cases early ("M.", "aujourd'hui", "porte-parole", one of ner.COMPOUNDS), after
# which spaCy caches no chunk of the text; then chunks with prefixes, suffixes, infixes,
# elisions, numbers and hyphens, repeated so that the cache is read.
LEAD = (
    "M. Diallo, porte-parole de l'état-major, a déclaré aujourd'hui : « l'armée a "
    "repoussé l'attaque (vers 14h30) à Ménaka-Est ; 12 soldats tués, 3 blessés... »\n"
)
TEXTS = [
    LEAD + "L'armée, l'armée. (L'armée) a riposté : « 12 soldats » tués à Ménaka-Est, "
    "dont l'adjudant-chef ; Gao, Gao ! Les FAMa/MINUSMA ont-elles vu 1.000 personnes ?",
    "Ouagadougou, 3 mai 2025 - Les terroristes ont attaqué l'armée. M. Traoré a "
    "condamné l'attaque, « lâche », et l'armée a riposté à Ménaka-Est le 3/5/2025.",
    "Gao, Gao, Gao ! l'armée (l'armée) « l'armée » a-t-elle fui ? Aujourd'hui, non.\n\nFin.",
]
COLUMNS = ["ORTH", "NORM", "SPACY", "IDX", "LENGTH", "IS_SPACE"]
PARSE = ["POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE", "SENT_START", "TAG"]


def _fresh(nlp: Any) -> Tokenizer:
    """A tokenizer with the model's rules and special cases and an empty cache."""
    return Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())


def test_filled_cache_gives_the_tokens_and_annotations_of_the_cold_tokenizer() -> None:
    nlp = load_model()
    cold = _fresh(nlp)
    warm = _fresh(nlp)
    ChunkCache(warm).fill(TEXTS)
    # Twice: the second pass reads what the first left in each cache.
    for _ in range(2):
        assert [warm(t).to_array(COLUMNS).tolist() for t in TEXTS] == [
            cold(t).to_array(COLUMNS).tolist() for t in TEXTS
        ]
    shipped = nlp.tokenizer
    try:
        nlp.tokenizer = cold
        expected = [d.to_array(COLUMNS + PARSE).tolist() for d in nlp.pipe(TEXTS)]
        nlp.tokenizer = warm
        assert [d.to_array(COLUMNS + PARSE).tolist() for d in nlp.pipe(TEXTS)] == expected
    finally:
        nlp.tokenizer = shipped


def test_fill_stops_at_its_limit_and_raises_the_tokenizers() -> None:
    tokenizer = _fresh(load_model())
    cache = ChunkCache(tokenizer, limit=20_000)
    assert tokenizer.max_cache_size == 20_000  # spaCy's own is 10,000
    small = ChunkCache(_fresh(load_model()), limit=5)
    small.fill(TEXTS)
    assert len(small.seen) == 5
    cache.fill(TEXTS)
    assert cache.seen == {chunk for t in TEXTS for chunk in t.split()}


def test_analyse_fills_the_cache_of_the_models_tokenizer() -> None:
    text = TEXTS[0] + " Tessit-Nord."
    [analysis] = analyse([(text, "fr")])
    assert "Tessit-Nord." in ner._chunk_cache().seen
    assert ner._chunk_cache().tokenizer is load_model().tokenizer
    cold = _fresh(load_model())(text)
    assert [t.text for t in analysis.tokens] == [t.text for t in cold if not t.is_space]
