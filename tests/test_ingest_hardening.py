"""Ingest of hostile or odd raw/ directories: links, FIFOs, control characters, dates, ids."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sahel_events.ingest import ingest_corpus
from sahel_events.ingest.pipeline import SUMMARY_LINES

from .test_ingest_helpers import copy_fixture, fixture_text, hashes, ingest_dir

FR = "fr_gao_synthetique.txt"
EN = "en_kidal_synthetic.txt"


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    copy_fixture(FR, folder)
    return folder


def _issues(result: object, code: str) -> list[object]:
    return [i for i in result.report if i.code == code]  # type: ignore[attr-defined]


def test_a_link_out_of_raw_is_refused_and_never_read(raw: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(fixture_text(EN).replace("Kidal", "SECRET-CONTENT"), encoding="utf-8")
    (raw / "linked.txt").symlink_to(secret)
    result = ingest_dir(raw)
    [issue] = result.rejected
    assert (issue.code, issue.location.file) == ("ingest.outside-raw", "raw/linked.txt")
    assert "SECRET-CONTENT" not in result.to_text() + json.dumps(result.as_dict())
    assert [d.source_file for d in result.documents] == [f"raw/{FR}"]


def test_a_sidecar_linked_from_outside_raw_is_refused(raw: Path, tmp_path: Path) -> None:
    outside = tmp_path / "meta.json"
    outside.write_text('{"doc_id": "stolen"}', encoding="utf-8")
    (raw / "fr_gao_synthetique.meta.json").symlink_to(outside)
    [issue] = ingest_dir(raw).rejected
    assert issue.code == "ingest.outside-raw"
    assert "fr_gao_synthetique.meta.json" in issue.message


def test_a_link_inside_raw_is_followed(raw: Path) -> None:
    (raw / "alias.txt").symlink_to(raw / FR)
    result = ingest_dir(raw)
    assert {d.doc_id for d in result.documents} == {"fr_gao_synthetique", "alias"}


def test_fifo_and_dangling_link_are_noted_never_opened(raw: Path) -> None:
    os.mkfifo(raw / "pipe.txt")  # opening it would block the ingest for ever
    (raw / "gone.txt").symlink_to(raw / "nowhere.txt")
    result = ingest_dir(raw)
    notes = {i.location.file: i.message for i in _issues(result, "ingest.not-a-file")}
    assert "named pipe" in notes["raw/pipe.txt"]
    assert "dangling link" in notes["raw/gone.txt"]
    assert result.ok and len(result.documents) == 1


def test_removed_control_characters_are_reported(raw: Path) -> None:
    text = fixture_text(EN).replace("\n", "\n\x00\x00", 1)
    (raw / "nul.txt").write_text(text, encoding="utf-8")
    result = ingest_dir(raw)
    [issue] = _issues(result, "ingest.control-characters")
    assert issue.location.file == "raw/nul.txt"
    assert "2 control character(s)" in issue.message and "U+0000, on line 2" in issue.message
    assert "\x00" not in next(d for d in result.documents if d.doc_id == "nul").text


def test_a_dateline_in_the_future_is_warned(raw: Path) -> None:
    text = fixture_text(EN)
    year = text.split("2025", 1)
    assert len(year) == 2
    (raw / "future.txt").write_text("2999".join(year), encoding="utf-8")
    result = ingest_dir(raw)
    [issue] = _issues(result, "ingest.future-dateline")
    assert issue.location.doc_id == "future"
    assert "2999" in issue.message


@pytest.mark.parametrize("claimant", ["000-first.txt", "zzz-last.txt"])
def test_a_sidecar_cannot_take_another_files_id_whatever_the_names(
    raw: Path, claimant: str
) -> None:
    # The other file claims the id that fr_gao_synthetique.txt has by its name; which
    # one sorts first must not matter.
    article = raw / claimant
    article.write_text(fixture_text(EN), encoding="utf-8")
    article.with_name(article.stem + ".meta.json").write_text(
        '{"doc_id": "fr_gao_synthetique"}', encoding="utf-8"
    )
    result = ingest_dir(raw)
    [issue] = result.rejected
    assert (issue.code, issue.location.file) == ("ingest.duplicate-doc-id", f"raw/{claimant}")
    assert [d.source_file for d in result.documents] == [f"raw/{FR}"]


def test_two_sidecars_claiming_one_id_are_both_refused(raw: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (raw / name).write_text(fixture_text(EN), encoding="utf-8")
        (raw / name).with_suffix(".meta.json").write_text('{"doc_id": "same"}', "utf-8")
    result = ingest_dir(raw)
    assert sorted(i.location.file for i in result.rejected) == ["raw/a.txt", "raw/b.txt"]


def test_a_long_report_is_summarised_and_the_json_has_everything(raw: Path) -> None:
    base = fixture_text(EN)
    for i in range(SUMMARY_LINES + 5):
        (raw / f"copy-{i:02d}.txt").write_text(base.replace("2025", "2025", 1), "utf-8")
    result = ingest_corpus(raw, raw.parent)
    assert result.counts["near_duplicate_pairs"] == SUMMARY_LINES + 4
    text = result.to_text()
    assert "... and 4 more (--json lists them all)" in text
    assert len(result.as_dict()["near_duplicates"]) == SUMMARY_LINES + 4


def test_hostile_raw_directory_is_left_untouched(raw: Path, tmp_path: Path) -> None:
    os.mkfifo(raw / "pipe.txt")
    (raw / "out.txt").symlink_to(tmp_path)
    (raw / "nul.txt").write_bytes(b"\x00" * 100)
    before = hashes(raw)
    ingest_dir(raw)
    assert hashes(raw) == before
