"""The seed article (raw/000_acd4907f2525db7b.txt, real) ingests as a person reads it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sahel_events.ingest import Document, ingest_corpus

from .test_ingest_helpers import SEED, SEED_NAME, ingest_dir, only_document

SEED_SHA256 = "1fa0a97f93b1ddb756f538772f2baa6826434f1b825d1d11fb5298448351dd53"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Document:
    raw = tmp_path_factory.mktemp("seed") / "raw"
    raw.mkdir()
    (raw / SEED_NAME).write_bytes(SEED.read_bytes())
    return only_document(ingest_dir(raw))


def test_seed_is_in_raw_unchanged() -> None:
    # The raw copy must be byte-for-byte the article as received.
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_identity(seed: Document) -> None:
    assert seed.doc_id == "000_acd4907f2525db7b"
    assert seed.source_file == "raw/000_acd4907f2525db7b.txt"
    assert seed.raw_sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed.text_sha256 == hashlib.sha256(seed.text.encode("utf-8")).hexdigest()
    # Already NFC, LF, without BOM or stray spaces: normalising changes nothing.
    assert seed.text == SEED.read_bytes().decode("utf-8")
    assert seed.language == "fr"
    assert (seed.source, seed.url, seed.published, seed.license) == (None, None, None, None)


def test_seed_dateline(seed: Document) -> None:
    assert seed.dateline_place == "Bamako"
    assert seed.dateline_date == "2025-09-16"
    assert seed.dateline_country is None
    assert seed.span_text(seed.dateline) == "Bamako, 16 septembre 2025"
    assert seed.title is None


def test_seed_headings(seed: Document) -> None:
    assert [seed.span_text(h) for h in seed.headings] == [
        "Une relance diplomatique significative",
        "Intensification du partage de renseignements",
        "Une approche diplomatique évolutive",
        "Une concurrence géopolitique au Sahel",
    ]


def test_seed_paragraphs(seed: Document) -> None:
    texts = [seed.span_text(p) for p in seed.paragraphs]
    assert len(texts) == 13
    assert texts[0].startswith("Bamako, 16 septembre 2025 - Les relations entre le Mali")
    assert texts[-1].startswith("Cette évolution des relations")
    # Every line of the article is exactly one of: heading, paragraph, signature.
    lines = seed.text.split("\n")
    assert seed.signature is not None
    spans = sorted([*seed.headings, *seed.paragraphs, seed.signature])
    assert [seed.span_text(s) for s in spans] == lines


def test_seed_signature(seed: Document) -> None:
    assert seed.signature is not None
    assert seed.span_text(seed.signature) == "AK12"
    assert seed.signature[1] == len(seed.text)


def test_seed_three_repeated_paragraphs(seed: Document) -> None:
    assert len(seed.duplicates) == 3
    lines = seed.text.split("\n")
    a, b, c = lines[6], lines[7], lines[8]  # the three paragraphs that come back
    assert a.startswith("Cette intensification de la coopération")
    assert b.startswith("En proposant une assistance sécuritaire")
    assert c.startswith("Cette évolution des relations")
    assert lines[15] == f"{a} {b}"  # two repeats glued on one line
    assert lines[16] == c
    expected_firsts = [a, b, c]
    for dup, first_text in zip(seed.duplicates, expected_firsts, strict=True):
        assert seed.span_text(dup.first) == first_text
        assert seed.span_text(dup.copy) == first_text
        assert dup.copy[0] > dup.first[1]
        assert dup.similarity == 1.0
    # The first occurrences are whole paragraphs; the glued copies share one line.
    assert [d.first for d in seed.duplicates] == list(seed.paragraphs[4:7])
    glued_line = seed.paragraphs[11]
    assert seed.duplicates[0].copy[0] == glued_line[0]
    assert seed.duplicates[1].copy[1] == glued_line[1]
    assert seed.duplicates[2].copy == seed.paragraphs[12]


def test_seed_is_deterministic(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED_NAME).write_bytes(SEED.read_bytes())
    first = ingest_corpus(raw, tmp_path).as_dict()
    assert ingest_corpus(raw, tmp_path).as_dict() == first
