"""A span may start or end at a line break, whatever the character after it."""

from __future__ import annotations

from pathlib import Path

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.corpus import load_split
from sahel_events.validate import validate_snapshot
from sahel_events.validate.text_rules import GraphemeBoundaries
from tests.lsexport import annotation, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]


def test_a_line_start_is_a_boundary_before_an_accented_capital() -> None:
    text = "Titre\nBamako, 2 mars 2026 - Une réunion a eu lieu.\nÀ l'issue, rien."
    bounds = GraphemeBoundaries(text)
    assert text.index("À") in bounds
    assert text.index("À") + 1 in bounds
    # A flag is still one character: no boundary between its two code points.
    flagged = GraphemeBoundaries("Drapeau 🇲🇱 levé")
    assert "Drapeau 🇲🇱 levé".index("🇲🇱") + 1 not in flagged


def test_a_region_opening_a_paragraph_with_an_accented_capital_is_valid(
    tmp_path: Path,
) -> None:
    split = tmp_path / "split"
    split.mkdir()
    (split / "fr900_ecole.txt").write_text(
        "Une école rouvre à Djibo\nDjibo, 2 mars 2026 - Les cours ont repris lundi.\n"
        "École fermée depuis mai, l'établissement accueille 300 élèves.\n",
        encoding="utf-8",
    )
    (split / "fr900_ecole.yaml").write_text(
        "doc_id: fr900_ecole\nentities:\n"
        "  - {key: school, label: FAC, text: École fermée, place_precision: town}\n"
        "events: []\n",
        encoding="utf-8",
    )
    codebook = load_project_codebook(REPO)
    loaded = load_split(split, REPO, codebook)
    doc = loaded.documents[0]
    snapshot = write_snapshot(
        tmp_path,
        "20260302T000000Z",
        [task(1, doc, [annotation(101, 1, loaded.gold[doc.doc_id], ground_truth=True)])],
    )
    report = validate_snapshot(snapshot, codebook, {doc.doc_id: doc})
    assert report.valid, report.to_text()
