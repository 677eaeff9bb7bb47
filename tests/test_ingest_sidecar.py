"""The <stem>.meta.json sidecar: carried into the document, refused when broken or contradicting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sahel_events.ingest import IngestResult

from .test_ingest_helpers import copy_fixture, ingest_dir, only_document

EN = "en_niamey_synthetic.txt"
FR = "fr_gao_synthetique.txt"


def with_sidecar(tmp_path: Path, article: str, sidecar: dict[str, Any] | str) -> IngestResult:
    """Ingest ``article`` with the given sidecar (a dict, or raw text for broken JSON)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    target = copy_fixture(article, raw)
    content = sidecar if isinstance(sidecar, str) else json.dumps(sidecar, ensure_ascii=False)
    target.with_name(target.stem + ".meta.json").write_text(content, encoding="utf-8")
    return ingest_dir(raw)


def rejection(result: IngestResult) -> tuple[str, str, str | None]:
    """The code, message and file of the one rejected article."""
    assert result.documents == []
    [issue] = result.rejected
    return issue.code, issue.message, issue.location.file


def test_sidecar_fields_are_carried(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture(EN, raw)  # comes with en_niamey_synthetic.meta.json
    doc = only_document(ingest_dir(raw))
    assert doc.source == "Synthetic Wire (test fixture)"
    assert doc.url == "https://example.org/synthetic/niamey-talks"
    assert doc.published == "2025-09-16"
    assert doc.license == "CC-BY-4.0"
    assert doc.language == "en"


def test_sidecar_doc_id_and_title(tmp_path: Path) -> None:
    result = with_sidecar(tmp_path, EN, {"doc_id": "synthetic-niamey-01", "title": "Talks"})
    doc = only_document(result)
    assert doc.doc_id == "synthetic-niamey-01"
    assert doc.title == "Talks" and doc.title_span is None  # not in the text
    assert doc.source is None  # a sidecar without a source says nothing about it


def test_published_datetime_within_a_day_is_accepted(tmp_path: Path) -> None:
    doc = only_document(with_sidecar(tmp_path, EN, {"published": "2025-09-17T08:30:00+00:00"}))
    assert doc.published == "2025-09-17T08:30:00+00:00"


def test_sidecar_not_json(tmp_path: Path) -> None:
    result = with_sidecar(tmp_path, EN, '{"source": "Synthetic Wire",}')
    code, message, file = rejection(result)
    assert code == "ingest.bad-sidecar"
    assert file == "raw/en_niamey_synthetic.txt"
    assert message == (
        "en_niamey_synthetic.meta.json: the sidecar is not valid JSON: Expecting property "
        "name enclosed in double quotes at line 1, column 29"
    )


def test_sidecar_not_an_object(tmp_path: Path) -> None:
    code, message, _ = rejection(with_sidecar(tmp_path, EN, "[1, 2]"))
    assert code == "ingest.bad-sidecar"
    assert message == "en_niamey_synthetic.meta.json: the sidecar must hold a JSON object ({...})"


def test_sidecar_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    code, message, _ = rejection(with_sidecar(tmp_path, EN, {"licence": "CC-BY-4.0"}))
    assert code == "ingest.bad-sidecar"
    assert message.startswith(
        "en_niamey_synthetic.meta.json: unknown key 'licence' (did you mean 'license'?)"
    )


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        ({"url": "example.org/a"}, "'url' must be an absolute http(s) URL, not 'example.org/a'"),
        ({"published": "16/09/2025"}, "'published' must be an ISO 8601 date or date-time"),
        ({"language": "French"}, "'language' must be an ISO 639-1 code"),
        ({"source": ""}, "'source' must be a non-empty string, not \"\""),
        ({"license": 4}, "'license' must be a non-empty string, not 4"),
        ({"doc_id": "Niamey Talks"}, "'doc_id' 'Niamey Talks' must be lower-case letters"),
    ],
)
def test_sidecar_bad_values(tmp_path: Path, sidecar: dict[str, Any], expected: str) -> None:
    code, message, _ = rejection(with_sidecar(tmp_path, EN, sidecar))
    assert code == "ingest.bad-sidecar"
    assert message.startswith(f"en_niamey_synthetic.meta.json: {expected}")


def test_sidecar_contradicts_language(tmp_path: Path) -> None:
    code, message, file = rejection(with_sidecar(tmp_path, FR, {"language": "en"}))
    assert code == "ingest.language-mismatch"
    assert file == "raw/fr_gao_synthetique.txt"
    assert message == (
        "the sidecar says the language is English ('en') but the text is detected as French ('fr')"
    )


def test_sidecar_contradicts_date(tmp_path: Path) -> None:
    code, message, _ = rejection(with_sidecar(tmp_path, FR, {"published": "2025-10-01"}))
    assert code == "ingest.sidecar-contradicts"
    assert message == (
        "the sidecar's 'published' 2025-10-01 is 30 day(s) after the dateline date "
        "2025-09-01 (at most 1 allowed)"
    )


def test_sidecar_contradicts_title(tmp_path: Path) -> None:
    code, message, _ = rejection(with_sidecar(tmp_path, FR, {"title": "Un autre titre"}))
    assert code == "ingest.sidecar-contradicts"
    assert message.startswith("the sidecar's title 'Un autre titre' differs from the title line")


def test_orphan_sidecar_is_a_warning(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture(FR, raw)
    (raw / "lost.meta.json").write_text('{"source": "Synthetic"}', encoding="utf-8")
    result = ingest_dir(raw)
    assert result.ok and len(result.documents) == 1
    [orphan] = [i for i in result.report if i.code == "ingest.orphan-sidecar"]
    assert orphan.severity == "warning"
    assert orphan.location.file == "raw/lost.meta.json"
    assert orphan.message == "sidecar without an article: lost.txt does not exist"
