"""`sahel-events ingest`: exit codes, readable and JSON reports, the documents file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_events.ingest import ingest_corpus, read_documents

from .clirunner import run_cli
from .test_ingest_helpers import SEED, SEED_NAME, copy_fixture, hashes, make_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose raw/ holds the seed and two synthetic articles."""
    root = make_project(tmp_path, monkeypatch)
    (root / "raw" / SEED_NAME).write_bytes(SEED.read_bytes())
    copy_fixture("fr_gao_synthetique.txt", root / "raw")
    copy_fixture("en_niamey_synthetic.txt", root / "raw")
    return root


def test_all_ingested_exit_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["ingest"], capsys)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        "Ingest of raw/: 3 article file(s), 3 ingested, 0 rejected"
    )
    assert "Repeated paragraphs: 4 in 2 document(s)" in result.out
    assert "Near-duplicate articles: 0 pair(s)" in result.out
    docs = read_documents(project / "work" / "documents.jsonl")
    assert [d.doc_id for d in docs] == [
        "000_acd4907f2525db7b",
        "en_niamey_synthetic",
        "fr_gao_synthetique",
    ]


def test_rejected_files_exit_1_and_the_rest_is_written(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "raw" / "empty.txt").write_bytes(b"")
    (project / "raw" / "latin.txt").write_bytes("Gao, 1er août 2025 - Été".encode("latin-1"))
    before = hashes(project / "raw")
    result = run_cli(["ingest"], capsys)
    assert result.code == 1
    assert "Ingest of raw/: 5 article file(s), 3 ingested, 2 rejected" in result.out
    assert "  raw/empty.txt: [ingest.empty] the file is empty" in result.out
    assert "  raw/latin.txt: [ingest.not-utf8] not valid UTF-8: byte 0xFB" in result.out
    assert "Traceback" not in result.out + result.err
    assert len(read_documents(project / "work" / "documents.jsonl")) == 3
    assert hashes(project / "raw") == before


def test_json_equals_the_library_result(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "raw" / "nodateline.txt").write_text("Rien ici.\n", encoding="utf-8")
    copy_fixture("en_niamey_synthetic_edited.txt", project / "raw")
    result = run_cli(["ingest", "--json"], capsys)
    assert result.code == 1
    printed = json.loads(result.out)
    assert printed == ingest_corpus(project / "raw", project).as_dict()
    assert printed["rejected"] == [
        {
            "file": "raw/nodateline.txt",
            "code": "ingest.no-dateline",
            "message": printed["rejected"][0]["message"],
        }
    ]
    assert printed["rejected"][0]["message"].startswith("no dateline:")
    assert [p["doc_b"] for p in printed["near_duplicates"]] == ["en_niamey_synthetic_edited"]
    assert printed["counts"]["repeated_paragraphs"] == 4
    assert printed["report"]["valid"] is False


def test_raw_and_out_options(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    copy_fixture("en_kidal_synthetic.txt", other)
    out = tmp_path / "docs.jsonl"
    result = run_cli(["ingest", "--raw", str(other), "--out", str(out)], capsys)
    assert result.code == 0, result.err
    [doc] = read_documents(out)
    assert doc.doc_id == "en_kidal_synthetic"
    assert not (project / "work" / "documents.jsonl").exists()


def test_missing_raw_dir_is_misuse_exit_2(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["ingest", "--raw", str(tmp_path / "nope")], capsys)
    assert result.code == 2
    assert result.err.strip() == (
        f"Error: raw directory {tmp_path / 'nope'} does not exist or is not a directory"
    )
    assert not (project / "work").exists()


def test_out_inside_raw_is_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashes(project / "raw")
    result = run_cli(["ingest", "--out", str(project / "raw" / "docs.jsonl")], capsys)
    assert result.code == 2
    assert "inside the raw directory, which is never written to" in result.err
    assert hashes(project / "raw") == before


def test_no_project_is_misuse_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    monkeypatch.chdir(tmp_path)
    result = run_cli(["ingest"], capsys)
    assert result.code == 2
    assert "no sahel-events project here" in result.err


def test_help_documents_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["ingest", "--help"], capsys)
    assert result.code == 0
    for option in ("--raw", "--out", "--json"):
        assert option in result.out


def test_project_option(
    project: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT")
    monkeypatch.chdir(tmp_path)  # outside the project
    result = run_cli(["ingest", "--project", str(project)], capsys)
    assert result.code == 0, result.err
    assert len(read_documents(project / "work" / "documents.jsonl")) == 3
