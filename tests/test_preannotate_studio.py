"""The seed article's predictions load into a real Label Studio server, unchanged.

Needs the ``ls_server`` fixture (tests/lsserver.py, a pytest plugin that starts a real
server on 127.0.0.1); the module is skipped while that plugin is not there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.generate.labelconfig import render
from sahel_events.ingest import ingest_corpus
from sahel_events.preannotate.predict import Preannotator

from .conftest import REPO

pytestmark = pytest.mark.studio


def _url_token(server: Any) -> tuple[str, str]:
    """Accept the fixture's value as (url, token) or as an object with url and token."""
    if isinstance(server, tuple):
        return str(server[0]), str(server[1])
    return str(server.url), str(server.token)


def roundtrip(
    url: str,
    token: str,
    text: str,
    title: str,
    doc_id: str,
    prediction: dict[str, Any],
    label_config: str,
) -> list[dict[str, Any]]:
    """Create a project, import the task with its prediction, return the stored result."""
    from label_studio_sdk import LabelStudio

    ls = LabelStudio(base_url=url, api_key=token, timeout=120)
    project = ls.projects.create(title="preannotate-seed", label_config=label_config)
    imported = ls.projects.import_tasks(
        id=project.id,
        return_task_ids=True,
        request=[
            {
                "data": {"text": text, "title": title, "doc_id": doc_id, "repeats_note": ""},
                "predictions": [prediction],
            }
        ],
    )
    assert imported.task_count == 1
    assert imported.prediction_count == 1
    # The labeling screen shows a project's predictions of its current model version as
    # suggestions: importing them must have made ours the current one.
    assert ls.projects.get(id=project.id).model_version == prediction["model_version"]
    task = ls.tasks.get(id=imported.task_ids[0])
    predictions = [p if isinstance(p, dict) else p.model_dump() for p in task.predictions]
    assert len(predictions) == 1
    assert predictions[0]["model_version"] == prediction["model_version"]
    return list(predictions[0]["result"])


def test_seed_predictions_load_and_read_back(ls_server: Any) -> None:
    codebook = load_project_codebook(REPO)
    doc = next(
        d for d in ingest_corpus(REPO / "raw", REPO).documents if d.doc_id == "000_acd4907f2525db7b"
    )
    prediction = next(Preannotator(codebook).predict([doc]))
    url, token = _url_token(ls_server)
    stored = roundtrip(
        url,
        token,
        doc.text,
        doc.title or doc.doc_id,
        doc.doc_id,
        prediction.for_label_studio(),
        render(codebook),
    )

    assert stored == prediction.result
    for item in stored:
        if item.get("type") in ("labels", "choices"):
            value = item["value"]
            assert doc.text[value["start"] : value["end"]] == value["text"]


def test_config_file_matches_codebook() -> None:
    """The predictions are checked against render(codebook); the committed file is the same."""
    path = Path(REPO / "schema" / "labelstudio" / "labeling-config.xml")
    assert path.read_text(encoding="utf-8") == render(load_project_codebook(REPO))
