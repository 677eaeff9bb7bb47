"""Repeated paragraphs inside an article, near-duplicate articles across the corpus."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import numpy as np

from sahel_events.ingest import find_near_duplicates, find_repeated_paragraphs
from sahel_events.ingest.duplicates import (
    _CORPUS_SEEDS,
    CORPUS_BANDS,
    CORPUS_ROWS,
    WordHashes,
    _bands,
    _shingle_hashes,
    _signature,
    document_signature,
)
from sahel_events.ingest.structure import line_spans

from .test_ingest_helpers import copy_fixture, ingest_dir

# Synthetic paragraphs for these tests.
P1 = "Les convois ont repris lundi sur l'axe Gao-Ansongo après trois semaines d'arrêt."
P2 = "Un responsable a indiqué que la reprise restait fragile et dépendait de la sécurité."
P3 = "Les autorités estiment que des milliers de personnes attendent encore une aide."
NEW = "Les prochains convois sont attendus dans une semaine."


def repeats(lines: list[str]) -> list[tuple[str, str, float]]:
    text = "\n".join(lines)
    found = find_repeated_paragraphs(text, line_spans(text))
    return [(text[slice(*d.copy)], text[slice(*d.first)], d.similarity) for d in found]


def test_exact_repeat() -> None:
    assert repeats([P1, P2, P3, P2]) == [(P2, P2, 1.0)]


def test_repeat_glued_after_new_text() -> None:
    assert repeats([P1, P2, f"{NEW} {P1}"]) == [(P1, P1, 1.0)]


def test_two_repeats_glued_together() -> None:
    assert repeats([P1, P2, P3, f"{P1} {P2}"]) == [(P1, P1, 1.0), (P2, P2, 1.0)]


def test_glued_first_occurrence_then_repeat_alone() -> None:
    # The first time, P2 is glued to P1; its repeat points into that line.
    text = "\n".join([f"{P1} {P2}", P3, P2])
    [dup] = find_repeated_paragraphs(text, line_spans(text))
    assert text[slice(*dup.first)] == P2
    assert dup.first[0] == len(P1) + 1
    assert text[slice(*dup.copy)] == P2


def test_third_copy_points_to_the_first() -> None:
    text = "\n".join([P1, P2, P1, P1])
    found = find_repeated_paragraphs(text, line_spans(text))
    assert [d.first for d in found] == [(0, len(P1)), (0, len(P1))]
    assert len({d.copy for d in found}) == 2


def test_lightly_edited_repeat_has_its_similarity() -> None:
    edited = P2.replace("restait", "demeurait")
    [(copy, first, similarity)] = repeats([P1, P2, edited])
    assert (copy, first) == (edited, P2)
    assert 0.9 <= similarity < 1.0


def test_case_and_punctuation_do_not_hide_a_repeat() -> None:
    shouted = P1.upper().rstrip(".") + " !"
    [(copy, first, similarity)] = repeats([P1, P3, shouted])
    assert (copy, first) == (shouted, P1)
    assert similarity < 1.0


def test_short_lines_and_different_paragraphs_are_not_repeats() -> None:
    assert repeats([P1, "Selon des sources locales.", P2, "Selon des sources locales.", P3]) == []
    assert repeats([P1, P2, P3]) == []


def test_near_duplicate_articles_across_the_corpus(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("en_niamey_synthetic.txt", "en_niamey_synthetic_edited.txt"):
        copy_fixture(name, raw)
    copy_fixture("en_kidal_synthetic.txt", raw)
    copy_fixture("fr_gao_synthetique.txt", raw)
    result = ingest_dir(raw)
    assert result.ok
    [pair] = result.near_duplicates
    assert (pair.doc_a, pair.doc_b) == ("en_niamey_synthetic", "en_niamey_synthetic_edited")
    assert 0.5 <= pair.similarity < 1.0
    [warning] = [i for i in result.report if i.code == "ingest.near-duplicate-article"]
    assert warning.severity == "warning"
    assert warning.location.doc_id == "en_niamey_synthetic_edited"
    assert f"similarity {pair.similarity}" in warning.message
    # Both are kept: nothing is deleted.
    assert {d.doc_id for d in result.documents} >= {pair.doc_a, pair.doc_b}
    assert result.as_dict()["near_duplicates"] == [
        {"doc_a": pair.doc_a, "doc_b": pair.doc_b, "similarity": pair.similarity}
    ]


def test_near_duplicate_similarity_is_jaccard_of_shingles() -> None:
    base = " ".join(f"mot{i}" for i in range(20))
    same = find_near_duplicates({"a": base, "b": base})
    assert [(p.doc_a, p.doc_b, p.similarity) for p in same] == [("a", "b", 1.0)]
    # Changing the last word removes 1 of 16 shingles on each side: 15 / 17.
    edited = base.replace("mot19", "autre")
    [pair] = find_near_duplicates({"a": base, "b": edited})
    assert pair.similarity == round(15 / 17, 4)
    assert find_near_duplicates({"a": base, "b": "tout autre chose ici vraiment"}) == []


def test_a_signature_is_two_byte_strings_and_cuts_its_bands_when_asked() -> None:
    # The ingest cache keeps 10,000 signatures: two byte strings each, not 32 band
    # tuples (failed before: the bands were a field, built with every signature).
    text = f"{P1} {P2} {P3}"
    signature = document_signature(text)
    assert [f.name for f in dataclasses.fields(signature)] == ["shingles", "minhash"]
    hashes = _shingle_hashes(text, WordHashes())
    assert signature.shingles == hashes.tobytes()
    expected = _bands(_signature(hashes, _CORPUS_SEEDS), CORPUS_ROWS)
    assert list(signature.bands) == expected and len(expected) == CORPUS_BANDS
    assert pickle.loads(pickle.dumps(signature)).bands == signature.bands
    assert np.frombuffer(signature.minhash, dtype=np.uint64).size == CORPUS_BANDS * CORPUS_ROWS
    assert document_signature("").bands == ()
