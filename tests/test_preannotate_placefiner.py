"""Finer places an annotator marks (pre-annotation 0.18.0): the relative location the
body gives for an attack the lead placed at a bare town ("à une quinzaine de kilomètres
de X")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import places

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def annotator() -> Preannotator:
    return Preannotator(load_project_codebook(REPO))


def test_the_relative_location_of_the_body_is_finer_than_the_town_of_the_lead(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le bilan de l'attaque menée lundi contre un convoi de vivres destiné aux déplacés "
        "de Bankilaré s'élève à sept morts, selon le ministère de l'Intérieur.\nSelon le "
        "ministère, des hommes armés ont ouvert le feu sur les camions, à une vingtaine de "
        "kilomètres de Bankilaré, dans la région de Tillabéri. Les assaillants ont ensuite "
        "incendié quatre camions.",
    )
    # Both the attack and the burning that followed are placed by the mention inside
    # "à une vingtaine de kilomètres de Bankilaré" (the second one), not by the town of
    # the lead nor by the region named after it.
    text_of = {k: v for k, v in got.items()}
    assert text_of["attaque"] == ["Bankilaré"]
    assert text_of["incendié"] == ["Bankilaré"]
    located = _offsets(
        annotator,
        "Le bilan de l'attaque menée lundi contre un convoi de vivres destiné aux déplacés "
        "de Bankilaré s'élève à sept morts, selon le ministère de l'Intérieur.\nSelon le "
        "ministère, des hommes armés ont ouvert le feu sur les camions, à une vingtaine de "
        "kilomètres de Bankilaré, dans la région de Tillabéri. Les assaillants ont ensuite "
        "incendié quatre camions.",
    )
    second = located["text"].index("kilomètres de Bankilaré") + len("kilomètres de ")
    assert located["attaque"] == [second]
    assert located["incendié"] == [second]


def _offsets(annotator: Preannotator, body: str) -> dict[str, object]:
    """Trigger text -> start offsets of its suggested locations, and the text itself."""
    text = f"Niamey, 2 décembre 2026 - {body}\n"
    doc = {
        "doc_id": "f",
        "text": text,
        "language": "fr",
        "dateline_date": "2026-12-02",
        "dateline_place": "Niamey",
        "dateline": [0, len("Niamey, 2 décembre 2026")],
        "duplicates": [],
    }
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    out: dict[str, object] = {"text": text}
    for i in result:
        if i.get("type") == "relation" and i["labels"] == ["location"]:
            starts = out.setdefault(spans[i["from_id"]]["text"], [])
            assert isinstance(starts, list)
            starts.append(spans[i["to_id"]]["start"])
    return out
