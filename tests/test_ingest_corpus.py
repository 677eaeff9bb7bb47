"""A whole raw/ directory: bad files reported and skipped, the rest ingested, raw untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_events.ingest import (
    INGEST_VERSION,
    Document,
    IngestResult,
    doc_id_from_stem,
    read_documents,
    write_documents,
)

from .test_ingest_helpers import (
    SEED,
    SEED_NAME,
    copy_fixture,
    fixture_text,
    hashes,
    ingest_dir,
    only_document,
)

GOOD = ["fr_gao_synthetique.txt", "en_niamey_synthetic.txt", "en_kidal_synthetic.txt"]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A raw/ directory holding the seed and three good synthetic articles."""
    directory = tmp_path / "raw"
    directory.mkdir()
    (directory / SEED_NAME).write_bytes(SEED.read_bytes())
    for name in GOOD:
        copy_fixture(name, directory)
    return directory


def add_bad(raw: Path, name: str, data: bytes) -> IngestResult:
    """Add one bad file (``name`` under ``raw``) to the good corpus, ingest, and check that
    the good ones survived."""
    (raw / name).parent.mkdir(exist_ok=True)
    (raw / name).write_bytes(data)
    result = ingest_dir(raw)
    assert [d.doc_id for d in result.documents] == [
        "000_acd4907f2525db7b",
        "en_kidal_synthetic",
        "en_niamey_synthetic",
        "fr_gao_synthetique",
    ]
    assert result.counts["article_files"] == 5
    assert result.counts["rejected"] == 1
    assert not result.ok
    return result


def the_rejection(result: IngestResult) -> tuple[str, str, str | None]:
    [issue] = result.rejected
    assert issue.severity == "error"
    return issue.code, issue.message, issue.location.file


def test_good_corpus(raw: Path) -> None:
    result = ingest_dir(raw)
    assert result.ok
    assert result.counts == {
        "article_files": 4,
        "ingested": 4,
        "rejected": 0,
        "ignored_files": 0,
        "repeated_paragraphs": 4,
        "documents_with_repeats": 2,
        "near_duplicate_pairs": 0,
    }
    assert [d.language for d in result.documents] == ["fr", "en", "en", "fr"]
    assert all(d.ingest_version == INGEST_VERSION for d in result.documents)


def test_not_utf8(raw: Path) -> None:
    data = fixture_text("fr_gao_synthetique.txt").encode("cp1252")
    code, message, file = the_rejection(add_bad(raw, "latin.txt", data))
    assert (code, file) == ("ingest.not-utf8", "raw/latin.txt")
    assert message.startswith("not valid UTF-8: byte 0xE8 at byte offset 42 (line 1)")


def test_empty_file(raw: Path) -> None:
    assert the_rejection(add_bad(raw, "empty.txt", b"")) == (
        "ingest.empty",
        "the file is empty",
        "raw/empty.txt",
    )


def test_file_of_blank_lines_and_bom(raw: Path) -> None:
    code, message, _ = the_rejection(add_bad(raw, "blank.txt", b"\xef\xbb\xbf\r\n \t\r\n"))
    assert code == "ingest.empty"
    assert message == "the file holds only white space or invisible characters"


def test_no_dateline(raw: Path) -> None:
    # Synthetic: the dateline was left out by the outlet.
    text = "Les convois humanitaires ont repris lundi sur l'axe Gao-Ansongo.\nM.T.\n"
    code, message, file = the_rejection(add_bad(raw, "nodateline.txt", text.encode()))
    assert (code, file) == ("ingest.no-dateline", "raw/nodateline.txt")
    assert message == (
        "no dateline: the first paragraph must open with 'Place, date - ' (e.g. "
        "'Bamako, 16 septembre 2025 - ' or 'Niamey, Sept. 16, 2025 - '); it opens with "
        '"Les convois humanitaires ont repris lundi sur l\'axe Gao-Anso…"'
    )


def test_impossible_dateline_date(raw: Path) -> None:
    text = "Bamako, 31 février 2025 - Une réunion synthétique a eu lieu au ministère.\nAB\n"
    code, message, _ = the_rejection(add_bad(raw, "fevrier.txt", text.encode()))
    assert code == "ingest.bad-dateline"
    assert message == "the dateline date in '31 février 2025' is not a real date"


def test_unsupported_language(raw: Path) -> None:
    # Synthetic German text with a valid dateline.
    text = (
        "Bamako, 16 Sept. 2025 - Die Regierung hat am Dienstag neue Gespräche mit den "
        "Gemeindevertretern der Region angekündigt, sagten Beamte. Dieser Artikel ist "
        "synthetisch und wurde für Tests geschrieben.\nAB\n"
    )
    code, message, _ = the_rejection(add_bad(raw, "deutsch.txt", text.encode()))
    assert code == "ingest.unsupported-language"
    assert message == (
        "the text is detected as German ('de'); the dataset takes French ('fr'), "
        "English ('en') articles"
    )


def test_same_doc_id_twice(raw: Path) -> None:
    data = (raw / "en_kidal_synthetic.txt").read_bytes()
    code, message, file = the_rejection(add_bad(raw, "more/en_kidal_synthetic.txt", data))
    assert (code, file) == ("ingest.duplicate-doc-id", "raw/more/en_kidal_synthetic.txt")
    assert message.startswith(
        "doc_id 'en_kidal_synthetic' is already used by raw/en_kidal_synthetic.txt"
    )


def test_file_name_without_usable_id(raw: Path) -> None:
    data = (raw / "en_kidal_synthetic.txt").read_bytes()
    code, message, _ = the_rejection(add_bad(raw, "---.txt", data))
    assert code == "ingest.bad-doc-id"
    assert "give a 'doc_id' in its sidecar" in message


def test_every_bad_input_at_once_leaves_raw_untouched(raw: Path) -> None:
    (raw / "latin.txt").write_bytes("Bamako, 16 août 2025 - Été".encode("latin-1"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "nodateline.txt").write_bytes(b"Pas de dateline ici.\n")
    (raw / "en_niamey_synthetic.meta.json").write_text("{not json", encoding="utf-8")
    (raw / "README.md").write_text("notes about the raw files\n", encoding="utf-8")
    (raw / ".hidden.txt").write_text("ignored entirely\n", encoding="utf-8")
    (raw / ".git" / "sub").mkdir(parents=True)  # a hidden directory, at any depth
    (raw / ".git" / "sub" / "kept.txt").write_text("ignored entirely\n", encoding="utf-8")
    (raw / "notes" / ".drafts").mkdir(parents=True)
    (raw / "notes" / ".drafts" / "x.txt").write_text("ignored entirely\n", encoding="utf-8")
    before = hashes(raw)
    result = ingest_dir(raw)
    assert hashes(raw) == before  # not one byte of raw/ changed
    assert [(i.location.file, i.code) for i in result.rejected] == [
        ("raw/empty.txt", "ingest.empty"),
        ("raw/en_niamey_synthetic.txt", "ingest.bad-sidecar"),
        ("raw/latin.txt", "ingest.not-utf8"),
        ("raw/nodateline.txt", "ingest.no-dateline"),
    ]
    assert [d.doc_id for d in result.documents] == [
        "000_acd4907f2525db7b",
        "en_kidal_synthetic",
        "fr_gao_synthetique",
    ]
    assert result.ignored_files == ["raw/README.md"]
    assert result.counts["article_files"] == 7


def test_doc_id_survives_a_typo_fix(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    article = copy_fixture("fr_gao_synthetique.txt", raw)
    before = only_document(ingest_dir(raw))
    article.write_text(
        fixture_text("fr_gao_synthetique.txt").replace("transportaient", "transportaeint"),
        encoding="utf-8",
    )
    typo = only_document(ingest_dir(raw))
    article.write_text(fixture_text("fr_gao_synthetique.txt"), encoding="utf-8")
    fixed = only_document(ingest_dir(raw))
    assert before.doc_id == typo.doc_id == fixed.doc_id == "fr_gao_synthetique"
    assert typo.text_sha256 != before.text_sha256
    assert typo.raw_sha256 != before.raw_sha256
    assert fixed.text_sha256 == before.text_sha256  # the correction restores the text


def test_doc_id_rule() -> None:
    assert doc_id_from_stem("000_acd4907f2525db7b") == "000_acd4907f2525db7b"
    assert doc_id_from_stem("Niamey Été 2025") == "niamey-ete-2025"
    assert doc_id_from_stem("  --Gao (Mali)--  ") == "gao-mali"


def test_documents_file_roundtrip_and_determinism(raw: Path, tmp_path: Path) -> None:
    docs = ingest_dir(raw).documents
    out = tmp_path / "work" / "documents.jsonl"
    write_documents(reversed(docs), out)  # written sorted whatever the input order
    first_bytes = out.read_bytes()
    assert read_documents(out) == docs
    write_documents(docs, out)
    assert out.read_bytes() == first_bytes
    assert [p.name for p in out.parent.iterdir()] == ["documents.jsonl"]  # no temp file left
    lines = first_bytes.decode("utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == sorted(d.doc_id for d in docs)
    seed = json.loads(lines[0])
    assert seed["dateline_date"] == "2025-09-16"
    assert seed["duplicates"][0] == {
        "copy": list(docs[0].duplicates[0].copy),
        "first": list(docs[0].duplicates[0].first),
        "similarity": 1.0,
    }
    assert seed["headings"][0] == list(docs[0].headings[0])
    assert "é" in first_bytes.decode("utf-8")  # UTF-8 kept, not \u-escaped


def test_document_dict_roundtrip(raw: Path) -> None:
    for doc in ingest_dir(raw).documents:
        assert Document.from_dict(json.loads(json.dumps(doc.as_dict()))) == doc


def test_rejections_come_in_path_order_part_by_part(raw: Path) -> None:
    # "a/b.txt" sorts before "a-b.txt" part by part ("a" < "a-b.txt"), after it as a
    # string ("/" > "-"): rejected files are reported in pathlib's order of their paths.
    for name in ("a-b.txt", "a/b.txt", "a/b/c.txt", "a.b.txt", "A.txt"):
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(b"")
    result = ingest_dir(raw)
    expected = sorted(p for p in raw.rglob("*.txt") if p.stat().st_size == 0)
    assert [i.location.file for i in result.rejected] == [
        f"raw/{p.relative_to(raw).as_posix()}" for p in expected
    ]
    assert [i.location.file for i in result.rejected] == [
        "raw/A.txt",
        "raw/a/b/c.txt",
        "raw/a/b.txt",
        "raw/a-b.txt",
        "raw/a.b.txt",
    ]
