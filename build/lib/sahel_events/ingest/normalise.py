"""Raw bytes to the one normalised string that annotators see and offsets count in.

Label Studio counts offsets in code points over the task text exactly as imported
(a CRLF counts 2, a BOM 1), so every variation in encoding details is removed here,
once, and the result is what every later stage works on. The rules, in order (also in
``docs/ingest.md``):

1. decode strict UTF-8; a leading BOM is dropped;
2. line breaks CRLF, CR, NEL, LS and PS become LF;
3. invisible characters are removed: BOM/zero-width no-break space (U+FEFF), zero-width
   space (U+200B), and control characters other than tab and LF;
4. on each line, leading and trailing white space is removed and every run of
   horizontal white space becomes one space, except that a lone no-break space (U+00A0)
   or narrow no-break space (U+202F) is kept (French typography puts them before
   ``: ; ? !`` and inside guillemets);
5. runs of blank lines become one blank line; blank lines at the start and end go, and
   the text has no final newline;
6. Unicode NFC, last, so that rule 3 cannot leave a decomposed sequence behind.

The function is idempotent: normalising a normalised text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

from .rejection import Rejected

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# Controls other than tab and LF (\v and \f are treated as white space below), DEL, C1
# controls, and the two zero-width characters that carry no meaning in our languages.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ufeff\u200b]")
# Horizontal white space: tab, VT, FF, and every Unicode space separator (Zs).
_HSPACE = re.compile("[\t\x0b\x0c\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_KEPT_LONE_SPACES = {"\u00a0", "\u202f"}
_BLANK_RUN = re.compile(r"\n{3,}")


def decode_utf8(data: bytes) -> str:
    """Decode raw article bytes as strict UTF-8, without a leading BOM.

    Raises :class:`Rejected` (``ingest.not-utf8``) naming the first bad byte, its offset
    and line, so that the file can be fixed at the source rather than guessed at.
    """
    if data.startswith(_UTF16_BOMS):
        raise Rejected(
            "ingest.not-utf8",
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark); re-save it as UTF-8",
        )
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1]
        line = data.count(b"\n", 0, exc.start) + 1
        raise Rejected(
            "ingest.not-utf8",
            f"not valid UTF-8: byte 0x{bad.hex().upper()} at byte offset {exc.start} "
            f"(line {line}); the file is probably Latin-1 or Windows-1252, re-save it "
            "as UTF-8",
        ) from None


def _tidy_space_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return run if run in _KEPT_LONE_SPACES else " "


def normalise_text(text: str) -> str:
    """Apply the normalisation rules of this module to decoded text (see the module doc)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    lines = [_HSPACE.sub(_tidy_space_run, line).strip(" \u00a0\u202f") for line in text.split("\n")]
    text = "\n".join(lines)
    text = _BLANK_RUN.sub("\n\n", text).strip("\n")
    return unicodedata.normalize("NFC", text)


def normalise_bytes(data: bytes) -> str:
    """Decode raw bytes (:func:`decode_utf8`) and normalise them (:func:`normalise_text`)."""
    return normalise_text(decode_utf8(data))
