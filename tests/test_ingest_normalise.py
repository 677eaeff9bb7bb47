"""Normalisation: BOM, CRLF, decomposed Unicode, white space; offsets count in the result."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from sahel_events.ingest import Document, Rejected, decode_utf8, normalise_text

from .test_ingest_helpers import DATA, fixture_text, ingest_dir, only_document

FR = "fr_gao_synthetique.txt"


def ingest_bytes(tmp_path: Path, data: bytes, name: str = "article.txt") -> Document:
    raw = tmp_path / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / name).write_bytes(data)
    return only_document(ingest_dir(raw))


@pytest.fixture
def reference(tmp_path: Path) -> Document:
    """The French synthetic article as stored: UTF-8, LF, NFC, no BOM."""
    return ingest_bytes(tmp_path / "ref", (DATA / FR).read_bytes())


def assert_same_document(doc: Document, ref: Document) -> None:
    assert doc.text == ref.text
    assert doc.text_sha256 == ref.text_sha256
    assert (doc.headings, doc.paragraphs, doc.signature) == (
        ref.headings,
        ref.paragraphs,
        ref.signature,
    )
    assert (doc.dateline, doc.duplicates, doc.title_span) == (
        ref.dateline,
        ref.duplicates,
        ref.title_span,
    )


def test_bom_is_dropped(tmp_path: Path, reference: Document) -> None:
    doc = ingest_bytes(tmp_path, b"\xef\xbb\xbf" + (DATA / FR).read_bytes())
    assert not doc.text.startswith("\ufeff")
    assert_same_document(doc, reference)
    assert doc.raw_sha256 != reference.raw_sha256  # the raw bytes did differ


def test_crlf_becomes_lf(tmp_path: Path, reference: Document) -> None:
    doc = ingest_bytes(tmp_path, (DATA / FR).read_bytes().replace(b"\n", b"\r\n"))
    assert "\r" not in doc.text
    assert_same_document(doc, reference)


def test_lone_cr_becomes_lf(tmp_path: Path, reference: Document) -> None:
    doc = ingest_bytes(tmp_path, (DATA / FR).read_bytes().replace(b"\n", b"\r"))
    assert_same_document(doc, reference)


def test_nfd_becomes_nfc_and_offsets_count_composed_characters(
    tmp_path: Path, reference: Document
) -> None:
    nfd = unicodedata.normalize("NFD", fixture_text(FR))
    assert nfd != fixture_text(FR)  # the test input really is decomposed
    doc = ingest_bytes(tmp_path, nfd.encode("utf-8"))
    assert unicodedata.is_normalized("NFC", doc.text)
    assert_same_document(doc, reference)
    # Offsets point at composed characters: "é" is one code point.
    heading = doc.span_text(doc.headings[1])
    assert heading == "Des besoins toujours importants"
    assert doc.title == "Gao : reprise des convois humanitaires après trois semaines d'arrêt"
    assert len("è") == 1 and "è" in doc.span_text(doc.title_span or (0, 0))


def test_bom_crlf_and_nfd_together(tmp_path: Path, reference: Document) -> None:
    data = unicodedata.normalize("NFD", fixture_text(FR)).replace("\n", "\r\n")
    doc = ingest_bytes(tmp_path, b"\xef\xbb\xbf" + data.encode("utf-8"))
    assert_same_document(doc, reference)


def test_whitespace_is_tidied(tmp_path: Path, reference: Document) -> None:
    messy = "\n\n" + "\n\n\n".join(
        "  \t" + line.replace(" ", "  ", 3) + " \t " for line in fixture_text(FR).splitlines()
    )
    doc = ingest_bytes(tmp_path, (messy + "\n\n\n").encode("utf-8"))
    # Runs of blank lines become one blank line; everything else is as in the reference.
    assert doc.text == reference.text.replace("\n", "\n\n")
    assert [doc.span_text(h) for h in doc.headings] == [
        reference.span_text(h) for h in reference.headings
    ]
    assert doc.span_text(doc.signature or (0, 0)) == "M.T."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b\t\tc", "a b c"),
        ("  indented\nline  ", "indented\nline"),
        ("a\u2003\u2003b", "a b"),  # em spaces
        ("Attention\u00a0: «\u202fNon\u202f»", "Attention\u00a0: «\u202fNon\u202f»"),  # kept
        ("a \u00a0 b", "a b"),  # a run with ordinary spaces becomes one space
        ("a\u200bb\u00ad", "ab\u00ad"),  # zero-width space removed; soft hyphen kept
        ("a\x00b\x07c", "abc"),  # control characters removed
        ("one\u2028two\u2029three\x85four", "one\ntwo\nthree\nfour"),
        ("p1\n\n\n\np2", "p1\n\np2"),
        ("\n\n p1 \n\n", "p1"),
        ("\ufeffBOM in the middle\ufeff too", "BOM in the middle too"),
        ("e\u0301te\u0301", "été"),
    ],
)
def test_normalise_text_rules(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected
    assert normalise_text(expected) == expected  # idempotent


def test_normalisation_is_idempotent_on_the_seed() -> None:
    text = (Path(__file__).resolve().parents[1] / "raw" / "000_acd4907f2525db7b.txt").read_text(
        encoding="utf-8"
    )
    assert normalise_text(text) == text


def test_not_utf8_message_names_the_byte_and_line() -> None:
    data = fixture_text(FR).encode("cp1252")  # what a Windows editor would save
    with pytest.raises(Rejected) as caught:
        decode_utf8(data)
    assert caught.value.code == "ingest.not-utf8"
    # The first non-ASCII character is the "è" of "après" in the title: 0xE8 in cp1252.
    offset = data.index(b"\xe8")
    assert caught.value.message == (
        f"not valid UTF-8: byte 0xE8 at byte offset {offset} (line 1); the file is "
        "probably Latin-1 or Windows-1252, re-save it as UTF-8"
    )


def test_utf16_is_named_as_such() -> None:
    with pytest.raises(Rejected) as caught:
        decode_utf8(fixture_text(FR).encode("utf-16"))
    assert caught.value.code == "ingest.not-utf8"
    assert "UTF-16" in caught.value.message
