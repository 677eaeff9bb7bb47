"""One fault, one code: validate, compile and the check of pre-annotations agree.

Each fault below is put in one annotation and read by the three stages that meet it: the
snapshot validator, the compiler (which leaves the region or relation out) and the check
run on fresh pre-annotations. Each reports it under the same code, naming the region.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation.controls import controls
from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.compile import compile_dataset
from sahel_events.errors import Issue
from sahel_events.preannotate.predict import check_result
from sahel_events.validate import validate_snapshot
from tests.lsexport import Regions, annotation, make_document, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]
TEXT = "Niamey, 2 mai 2025 - Des hommes armés ont attaqué Tillabéri lundi, tuant 5 civils."
DOC = make_document("tillaberi", TEXT, dateline_place="Niamey")


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def coded() -> Regions:
    r = Regions(TEXT).event("ev", "ASSAULT", "attaqué").entity("loc", "GPE", "Tillabéri")
    r.entity("who", "ORG", "hommes armés").relation("ev", "loc", "location")
    return r.relation("ev", "who", "actor")


def shift_out(items: list[dict[str, Any]]) -> None:
    """The location region's offsets past the end of the text (made on another text)."""
    for item in items:
        if item.get("id") == "loc":
            item["value"]["start"], item["value"]["end"] = len(TEXT) + 5, len(TEXT) + 14


def mislabel_text(items: list[dict[str, Any]]) -> None:
    """The location region's value.text no longer what its offsets cut."""
    for item in items:
        if item.get("id") == "loc":
            item["value"]["text"] = "Tillaberi"


def dangle(items: list[dict[str, Any]]) -> None:
    """A relation from the event to a region that was deleted."""
    items.append(
        {"from_id": "ev", "to_id": "gone", "type": "relation", "direction": "right",
         "labels": ["time"]}
    )  # fmt: skip


def orphan(items: list[dict[str, Any]]) -> None:
    """A per-region value whose span was deleted."""
    items.append(
        {"id": "gone", "from_name": "date_precision", "to_name": "text", "type": "choices",
         "value": {"start": 0, "end": 6, "text": "Niamey", "choices": ["day"]}}
    )  # fmt: skip


FAULTS: list[tuple[Callable[[list[dict[str, Any]]], None], str, str]] = [
    (shift_out, "text.offset-out-of-range", "loc"),
    (mislabel_text, "text.span-text-mismatch", "loc"),
    (dangle, "codebook.dangling-relation", "gone"),
    (orphan, "codebook.orphan-attribute", "gone"),
]


def found(issues: list[Issue], code: str) -> list[str | None]:
    return [i.location.region for i in issues if i.code == code]


@pytest.mark.parametrize(("fault", "code", "region"), FAULTS, ids=[f[1] for f in FAULTS])
def test_a_fault_has_one_code_in_every_stage(
    tmp_path: Path,
    codebook: Codebook,
    fault: Callable[[list[dict[str, Any]]], None],
    code: str,
    region: str,
) -> None:
    items = copy.deepcopy(coded().items)
    fault(items)
    snapshot = write_snapshot(
        tmp_path / "annotations", "20261128T203300Z", [task(1, DOC, [annotation(7, 1, items)])]
    )
    validated = validate_snapshot(snapshot, codebook, {DOC.doc_id: DOC})
    compiled = compile_dataset([DOC], [snapshot], codebook, tmp_path).report
    checked = check_result(items, TEXT, controls(codebook), DOC.doc_id)
    for stage, report in (("validate", validated), ("compile", compiled), ("check", checked)):
        assert found(report.issues, code) == [region], (stage, report.codes())


def test_sound_annotation_has_none_of_these_faults(tmp_path: Path, codebook: Codebook) -> None:
    items = coded().items
    snapshot = write_snapshot(
        tmp_path / "annotations", "20261128T203300Z", [task(1, DOC, [annotation(7, 1, items)])]
    )
    codes = {code for _, code, _ in FAULTS}
    for report in (
        validate_snapshot(snapshot, codebook, {DOC.doc_id: DOC}),
        compile_dataset([DOC], [snapshot], codebook, tmp_path).report,
        check_result(items, TEXT, controls(codebook), DOC.doc_id),
    ):
        assert not codes & set(report.codes())
