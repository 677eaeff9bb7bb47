"""``sahel-events preannotate`` and ``sahel-events evaluate`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sahel_events.ingest import read_documents

from .clirunner import run_cli
from .conftest import REPO
from .lsexport import annotation, task, write_snapshot


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    (tmp_path / "raw").mkdir()
    shutil.copy(REPO / "raw" / "000_acd4907f2525db7b.txt", tmp_path / "raw")
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_preannotate_needs_ingested_documents(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["preannotate"], capsys)
    assert result.code == 2
    assert "run `sahel-events ingest` first" in result.err
    assert not (project / "work" / "predictions.jsonl").exists()


def test_preannotate_then_evaluate(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["ingest"], capsys).code == 0
    result = run_cli(["preannotate", "--json"], capsys)
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["documents"] == 1
    assert summary["model_version"].startswith("sahel-preannotate-")
    assert summary["events"] > 0 and summary["relations"] > 0
    [line] = (project / "work" / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    prediction = json.loads(line)
    assert prediction["doc_id"] == "000_acd4907f2525db7b"

    # Gold: the prediction minus its first event region (an annotator deleted it).
    doc = read_documents(project / "work" / "documents.jsonl")[0]
    first_event = next(i["id"] for i in prediction["result"] if i.get("from_name") == "event")
    kept = [
        i
        for i in prediction["result"]
        if i.get("id") != first_event and i.get("from_id") != first_event
    ]
    write_snapshot(
        project / "annotations",
        "20260101T000000Z",
        [task(1, doc, [annotation(10, 1, kept, ground_truth=True)])],
    )

    result = run_cli(["evaluate"], capsys)
    assert result.code == 0, result.err
    assert "trigger" in result.out and "date normalisation" in result.out
    saved = json.loads((project / "work" / "evaluation.json").read_text(encoding="utf-8"))
    assert saved["model_version"] == prediction["model_version"]
    triggers = saved["layers"]["trigger"]["exact"]["micro"]
    assert triggers["recall"] == 1.0 and triggers["fp"] == 1
    assert saved["layers"]["entity"]["exact"]["micro"]["f1"] == 1.0
    assert saved["dates"]["accuracy"] == 1.0

    result = run_cli(["evaluate", "--json"], capsys)
    assert json.loads(result.out)["documents"] == 1

    # The card's figures: the released gold and a corpus test half, side by side.
    split = project / "split"
    split.mkdir()
    for suffix in (".txt", ".yaml"):
        shutil.copy(REPO / "corpus" / "dev" / f"fr03_tenenkou{suffix}", split)
    result = run_cli(["evaluate", "--card", "card.json", "--corpus", "split"], capsys)
    assert result.code == 0, result.err
    assert "Wrote the card's pre-annotation scores to card.json" in result.out
    card = json.loads((project / "card.json").read_text(encoding="utf-8"))
    assert list(card) == ["corpus_test", "released_gold"]
    assert card["released_gold"]["documents"] == 1
    assert card["released_gold"]["model_version"] == prediction["model_version"]
    assert card["released_gold"]["overlap_f1"]["entity"] == 1.0
    assert card["corpus_test"]["documents"] == 1 and card["corpus_test"]["source"] == "split"
    assert set(card["corpus_test"]["headline"]) >= {"kept_rate", "place", "actor", "casualties"}
    # However the split is named, the card shows it relative to the project: a published
    # card never carries the build machine's directories.
    result = run_cli(["evaluate", "--card", "card.json", "--corpus", str(split.resolve())], capsys)
    assert result.code == 0, result.err
    card = json.loads((project / "card.json").read_text(encoding="utf-8"))
    assert card["corpus_test"]["source"] == "split"


def test_evaluate_without_predictions_is_misuse(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["evaluate"], capsys)
    assert result.code == 2
    assert "run `sahel-events preannotate` first" in result.err


def test_evaluate_a_corpus_split(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    split = project / "split"
    split.mkdir()
    for name in ("fr03_tenenkou", "en03_kidnapping"):
        for suffix in (".txt", ".yaml"):
            shutil.copy(REPO / "corpus" / "dev" / f"{name}{suffix}", split)
    result = run_cli(["evaluate", "--corpus", "split"], capsys)
    assert result.code == 0, result.err
    assert "kept rate" in result.out and "factuality_certainty" in result.out
    saved = json.loads((project / "work" / "evaluation-split.json").read_text(encoding="utf-8"))
    assert saved["documents"] == 2 and saved["events"]["documents"] == 2
    assert saved["events"]["events"]["tp"] + saved["events"]["events"]["fn"] == 3
    assert set(saved["events"]["headline"]) >= {"kept_rate", "event_recall", "place"}

    (split / "en03_kidnapping.yaml").unlink()
    result = run_cli(["evaluate", "--corpus", "split"], capsys)
    assert result.code == 2 and "en03_kidnapping has no gold spec" in result.err
