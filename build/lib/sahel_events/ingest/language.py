"""Language detection with lingua, built once and only when first needed.

The detector is restricted to the dataset's languages (French, English) and a few others
that Sahel coverage or a mislabelled file could plausibly be in, so that an Arabic or
Portuguese article is recognised as such and rejected instead of being forced into
French or English. Building the model takes a moment and memory, hence lazily and once.
"""

from __future__ import annotations

from functools import cache
from typing import Any

SUPPORTED_LANGUAGES = ("fr", "en")
"""ISO 639-1 codes of the languages the dataset accepts."""

_CANDIDATES = ("FRENCH", "ENGLISH", "ARABIC", "PORTUGUESE", "SPANISH", "GERMAN", "ITALIAN")


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


#: Characters of an article that language detection reads: far more than it needs, and
#: a bound on its time and memory for a huge file.
SAMPLE_CHARS = 20_000


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code (lower case) of the language of ``text``, or None if unknown.

    A long text is judged on its first :data:`SAMPLE_CHARS` characters (cut at a space).
    """
    if len(text) > SAMPLE_CHARS:
        cut = text.rfind(" ", 0, SAMPLE_CHARS)
        text = text[: cut if cut > 0 else SAMPLE_CHARS]
    language = _detector().detect_language_of(text)
    if language is None:
        return None
    return str(language.iso_code_639_1.name.lower())
