"""Gold specs become exactly the result items the labeling screen stores, and validate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sahel_events.codebook import load_project_codebook
from sahel_events.errors import UsageError
from sahel_events.goldspec import GoldSpec, gold_result, load_gold_spec
from sahel_events.ingest import ingest_corpus
from sahel_events.studio.push import task_prediction
from sahel_events.validate import validate_snapshot
from tests.lsexport import annotation, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "scripts" / "gold" / "000_acd4907f2525db7b.yaml"
CODEBOOK = load_project_codebook(REPO)


@pytest.fixture(scope="module")
def seed() -> Any:
    docs = ingest_corpus(REPO / "raw", REPO).documents
    return next(d for d in docs if d.doc_id == "000_acd4907f2525db7b")


def spec_with(**changes: Any) -> GoldSpec:
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    data.update(changes)
    path = Path(str(SPEC)).with_name("edited.yaml")
    return GoldSpec(
        doc_id=data["doc_id"],
        lead_time=data["lead_time"],
        document=data["document"],
        entities=data["entities"],
        events=data["events"],
        source=str(path),
    )


def test_seed_gold_spec_is_a_valid_annotation(seed: Any, tmp_path: Path) -> None:
    result = gold_result(load_gold_spec(SPEC), seed.text, CODEBOOK)
    snapshot = write_snapshot(
        tmp_path, "20261128T220000Z", [task(1, seed, [annotation(7, 1, result, ground_truth=True)])]
    )
    report = validate_snapshot(snapshot, CODEBOOK, {seed.doc_id: seed})
    assert report.valid and not report.issues, report.to_text()
    labels = [i["value"]["labels"][0] for i in result if i["type"] == "labels"]
    assert labels.count("CONSULT") == 1 and labels.count("ASSAULT") == 1
    assert {"COOPERATE", "AGREE", "SUPPORT"} <= set(labels)


def test_regions_matching_suggestions_keep_their_id_and_say_so(seed: Any) -> None:
    # A suggestion for the visit trigger with no mode: the gold adds the mode, so the
    # region is a corrected suggestion; the repeated-paragraph marks are accepted.
    start = seed.text.index("visite")
    suggestion = [
        {
            "id": "sugg-visit",
            "from_name": "event",
            "to_name": "text",
            "type": "labels",
            "value": {"start": start, "end": start + 6, "text": "visite", "labels": ["CONSULT"]},
        }
    ]
    prediction = task_prediction(
        seed, {"model_version": "m", "score": 1.0, "result": suggestion}, "m"
    )
    assert prediction is not None
    result = gold_result(load_gold_spec(SPEC), seed.text, CODEBOOK, prediction["result"])
    visit = [i for i in result if i.get("id") == "sugg-visit"]
    assert visit and {i["origin"] for i in visit} == {"prediction-changed"}
    assert any(i["from_name"] == "mode_consult" for i in visit)
    repeated = [i for i in result if i.get("from_name") == "layout"]
    assert len(repeated) == 3 and {i["origin"] for i in repeated} == {"prediction"}
    others = [i for i in result if i.get("type") == "labels" and i["id"] != "sugg-visit"]
    assert {i["origin"] for i in others if i["from_name"] != "layout"} == {"manual"}


def test_a_span_at_the_wrong_offset_is_refused_naming_it(seed: Any) -> None:
    spec = load_gold_spec(SPEC)
    entities = [dict(e) for e in spec.entities]
    entities[0]["start"] += 1
    bad = spec_with(entities=entities)
    with pytest.raises(UsageError, match=f"{entities[0]['key']}.*not at offset"):
        gold_result(bad, seed.text, CODEBOOK)


def test_a_role_the_type_does_not_take_is_refused(seed: Any) -> None:
    spec = load_gold_spec(SPEC)
    events = [dict(e) for e in spec.events]
    visit = next(e for e in events if e["key"] == "visit")
    visit["arguments"] = {**visit["arguments"], "instrument": ["drone"]}
    with pytest.raises(UsageError, match="CONSULT takes no role instrument"):
        gold_result(spec_with(events=events), seed.text, CODEBOOK)


def test_a_malformed_spec_names_each_problem_by_line_and_path(tmp_path: Path) -> None:
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("doc_id:"))
    lines.insert(first + 1, "lead_tim: 60")  # a typo: refused, not ignored
    entity = next(i for i, line in enumerate(lines) if line.startswith("  - {key: mali-lead"))
    lines[entity] = lines[entity].replace("start: 51", "start: -51")
    path = tmp_path / "spec.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        load_gold_spec(path)
    message = str(caught.value)
    assert f"{path}:{first + 2}: lead_tim: unknown key 'lead_tim'" in message
    assert f"{path}:{entity + 1}: entities[0].start: " in message
    assert load_gold_spec(SPEC).doc_id == "000_acd4907f2525db7b"
