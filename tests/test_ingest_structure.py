"""Title, dateline, headings, paragraphs and signature of synthetic French and English articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.ingest import Rejected, analyse_structure

from .test_ingest_helpers import copy_fixture, ingest_dir, only_document


def test_french_article_structure(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture("fr_gao_synthetique.txt", raw)
    doc = only_document(ingest_dir(raw))
    assert doc.doc_id == "fr_gao_synthetique"
    assert doc.language == "fr"
    assert doc.title == "Gao : reprise des convois humanitaires après trois semaines d'arrêt"
    assert doc.title_span == (0, len(doc.title))
    assert (doc.dateline_place, doc.dateline_country, doc.dateline_date) == (
        "Gao",
        "Mali",
        "2025-09-01",
    )
    assert doc.span_text(doc.dateline) == "GAO (Mali), lundi 1er sept. 2025"
    assert [doc.span_text(h) for h in doc.headings] == [
        "Une route rouverte sous escorte",
        "Des besoins toujours importants",
    ]
    assert len(doc.paragraphs) == 5
    assert doc.span_text(doc.paragraphs[0]).startswith("GAO (Mali), lundi 1er sept. 2025 — Les")
    assert doc.signature is not None and doc.span_text(doc.signature) == "M.T."


def test_english_article_structure(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture("en_niamey_synthetic.txt", raw)
    doc = only_document(ingest_dir(raw))
    assert doc.language == "en"
    assert doc.title is None and doc.title_span is None
    assert (doc.dateline_place, doc.dateline_date) == ("Niamey", "2025-09-16")
    assert doc.span_text(doc.dateline) == "NIAMEY, Tuesday, Sept. 16, 2025"
    assert [doc.span_text(h) for h in doc.headings] == ["Talks in the capital", "Local reactions"]
    assert len(doc.paragraphs) == 4
    assert doc.signature is not None and doc.span_text(doc.signature) == "SW/ab"
    assert doc.duplicates == ()


# Synthetic snippets: one line each, "A" marks the dateline paragraph.
DATELINE = "Bamako, 16 septembre 2025 - Une réunion a eu lieu au ministère."


@pytest.mark.parametrize(
    ("lines", "signature"),
    [
        ([DATELINE, "Un paragraphe final se termine par un point."], None),
        ([DATELINE, "AK12"], "AK12"),
        ([DATELINE, "(AFP)"], "(AFP)"),
        ([DATELINE, "A.K."], "A.K."),
        ([DATELINE, "Par notre correspondant"], "Par notre correspondant"),
        ([DATELINE, "Il est parti."], None),
    ],
)
def test_signature_rule(lines: list[str], signature: str | None) -> None:
    text = "\n".join(lines)
    structure = analyse_structure(text)
    found = text[slice(*structure.signature)] if structure.signature else None
    assert found == signature


def test_heading_rules() -> None:
    text = "\n".join(
        [
            DATELINE,
            "Quelle suite pour la médiation ?",  # a question can be a heading
            "Le ministre a reçu les délégués des deux communes dans la matinée.",
            "Réactions",
            "Les habitants attendent des mesures concrètes : routes, écoles, puits.",
            "Une phrase courte sans point mais en dernier",  # last body line: not a heading
            "AK12",
        ]
    )
    structure = analyse_structure(text)
    assert [text[slice(*h)] for h in structure.headings] == [
        "Quelle suite pour la médiation ?",
        "Réactions",
    ]
    assert len(structure.paragraphs) == 4


def test_dateline_must_open_the_first_or_second_line() -> None:
    with pytest.raises(Rejected) as caught:
        analyse_structure("Un titre\nUn sous-titre\n" + DATELINE)
    assert caught.value.code == "ingest.no-dateline"
    assert "it opens with 'Un titre'" in caught.value.message
